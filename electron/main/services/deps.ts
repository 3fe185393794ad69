import type { AppInfo } from '../../../shared/ipc/channels/app';
import type { FileFilter } from './file-filter';
import type { RoomController } from './room/room-controller';

/**
 * What the services need from their host. Electron passes dialogs and safeStorage (host-deps.ts);
 * the CLI, the web harness and tests pass plain-Node stand-ins (plain-node-deps.ts). Services
 * never import `electron`.
 */
export interface ServiceDeps {
  appName: string;
  appVersion: string;
  platform: string;
  shell: AppInfo['shell'];
  /** Folder for backups, keys and other app files. */
  dataFolder: string;
  /** Asks where to save a file; null when the user cancels. */
  chooseSavePath: (suggestedName: string, filters: FileFilter[]) => Promise<string | null>;
  /** Encrypts and decrypts secrets at rest (Electron safeStorage in the app, identity in tests). */
  keyVault: KeyVault;
  /** A second window on another display for the audience; absent where there is no desktop. */
  audience?: AudienceHost;
  /** Asks for a folder (the team library); absent where there is no desktop (the harness takes a typed path). */
  chooseFolder?: () => Promise<string | null>;
  /** The room for phones; absent where nobody can join (the CLI). */
  room?: RoomController;
}

export interface AudienceHost {
  displayCount(): number;
  isOpen(): boolean;
  open(workshopId: string): Promise<void>;
  close(): void;
}

export interface KeyVault {
  encrypt(plain: Buffer): Promise<Buffer>;
  decrypt(sealed: Buffer): Promise<Buffer>;
}
