import { readFile, stat, access } from 'node:fs/promises';
import { constants } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { AuditEvent } from '../../../../shared/model/audit';
import type { PublishedVersion } from '../../../../shared/ipc/channels/team-folder';
import { AppFailure } from '../../../../shared/ipc/result';
import { agreementPath } from '../../../../shared/team-folder/names';
import type { TeamFolderRecord, TeamFolderScan, TeamFolderStatus } from '../../../../shared/team-folder/status';
import { writeFileAtomic } from '../atomic-file';
import type { KeyStore } from '../keys';
import { exportWithProvenance, type ProvenanceSources } from '../pdf/provenance';
import { keepSealedOriginal } from '../pdf/sealed-originals';
import { loadFolderIndex, saveFolderIndex } from './index-store';
import { publishOwnCertificate, readFolderCertificates, setTrusted, trustedFingerprints } from './certificates';
import { publishRecord } from './publish';
import { scanTeamFolder } from './scan';
import { FolderWatch } from './watch';

/**
 * This laptop's side of the team library folder: which folder, what the last scan read, whose
 * certificates it trusts, and writing a signed version into it. Drafts stay local: only a sealed
 * PDF (this install's seal, or the sealed original a version came with) is ever published.
 */

const SETTINGS_FILE = 'team-folder.json';
const SettingsSchema = z.object({ folder: z.string().nullable() });

export interface TeamFolderDeps {
  dataFolder: string;
  keys: KeyStore;
  sources: ProvenanceSources;
  /** The desktop's folder chooser; absent in the web harness and the CLI. */
  chooseFolder?: () => Promise<string | null>;
  now?: () => Date;
}

export function createTeamFolder(deps: TeamFolderDeps) {
  let scannedAt: string | null = null;
  let scanning: Promise<TeamFolderScan> | null = null;
  let progress: { done: number; total: number } | null = null;
  let stop: AbortController | null = null;
  const changes = new FolderWatch();
  let following: string | null | undefined;
  /** Watches the chosen folder from the first time anyone asks about it. */
  const followChosen = async () => {
    const path = await folder();
    if (path === following) return;
    following = path;
    await changes.follow(path);
  };

  const folder = async (): Promise<string | null> => {
    try {
      return SettingsSchema.parse(JSON.parse(await readFile(join(deps.dataFolder, SETTINGS_FILE), 'utf8'))).folder;
    } catch {
      return null;
    }
  };

  const status = async (): Promise<TeamFolderStatus> => {
    const path = await folder();
    if (!path) return { folder: null, records: [], certificates: [], scannedAt, canChoose: Boolean(deps.chooseFolder), revision: changes.revision, progress };
    const index = await loadFolderIndex(deps.dataFolder, path);
    const trusted = await trustedFingerprints(deps.dataFolder);
    const own = (await deps.keys.info()).fingerprint;
    const records: TeamFolderRecord[] = Object.entries(index.files)
      .filter(([, e]) => e.status !== 'other')
      .map(([p, { size: _size, mtimeMs: _mtime, ...e }]) => ({ ...e, path: p, status: e.status as TeamFolderRecord['status'] }));
    const certificates = (await readFolderCertificates(path)).map((c) => ({ ...c, own: c.fingerprint === own, trusted: c.fingerprint === own || trusted.has(c.fingerprint) }));
    return { folder: path, records, certificates, scannedAt, canChoose: Boolean(deps.chooseFolder), revision: changes.revision, progress };
  };

  async function useFolder(path: string | null): Promise<TeamFolderStatus> {
    if (path !== null) {
      const full = resolve(path);
      const info = await stat(full).catch(() => null);
      if (!info?.isDirectory()) throw new AppFailure('BAD_INPUT', `${full} is not a folder on this computer.`);
      await access(full, constants.W_OK).catch(() => {
        throw new AppFailure('BAD_INPUT', `This laptop cannot write into ${full}. Choose a folder you can write to.`);
      });
      await publishOwnCertificate(full, await deps.keys.sealingKey());
      path = full;
    }
    await writeFileAtomic(join(deps.dataFolder, SETTINGS_FILE), JSON.stringify({ folder: path }));
    scannedAt = null;
    await followChosen();
    return status();
  }

  return {
    status,
    useFolder,

    /** The folder's change counter, at the next change (or after a while): the library then reads it again. */
    async changed(after: number): Promise<number> {
      await followChosen();
      return changes.next(after);
    },

    close: () => changes.close(),

    async choose(): Promise<TeamFolderStatus | null> {
      if (!deps.chooseFolder) throw new AppFailure('NOT_FOUND', 'There is no folder chooser here: type the folder’s path instead.');
      const picked = await deps.chooseFolder();
      return picked ? useFolder(picked) : null;
    },

    /** One scan at a time: a second caller waits for the running one. */
    async scan(): Promise<TeamFolderScan> {
      if (scanning) return scanning;
      // Set before anything is awaited, so a Stop pressed at once is not lost.
      const controller = new AbortController();
      stop = controller;
      progress = { done: 0, total: 0 };
      scanning = (async () => {
        const path = await folder();
        if (!path) throw new AppFailure('NOT_FOUND', 'Choose a team library folder first (Settings).');
        const result = await scanTeamFolder({
          folder: path,
          dataFolder: deps.dataFolder,
          originOf: deps.sources.originOf,
          trusted: await trustedFingerprints(deps.dataFolder),
          signal: controller.signal,
          onProgress: (done, total) => (progress = { done, total }),
        });
        scannedAt = (deps.now ?? (() => new Date()))().toISOString();
        const changed = result.changed.map(({ size: _size, mtimeMs: _mtime, ...c }) => ({ ...c, status: c.status as TeamFolderRecord['status'] }));
        // A readable sealed PDF is kept as its version's original, so exporting that version here gives back the very file.
        for (const record of changed) {
          if (record.agreement && record.status === 'verified') await keepSealedOriginal(deps.dataFolder, record.agreement.version, await readFile(join(path, ...record.path.split('/')))).catch(() => undefined);
        }
        progress = null;
        return { status: await status(), changed, cancelled: result.cancelled };
      })().finally(() => {
        scanning = null;
        stop = null;
        progress = null;
      });
      return scanning;
    },

    /** Stops a running scan; what it read is kept, and the next scan goes on from there. */
    cancelScan(): void {
      stop?.abort();
    },

    async publish(version: AgreementVersion, auditEvents: AuditEvent[]): Promise<PublishedVersion> {
      const path = await folder();
      if (!path) throw new AppFailure('NOT_FOUND', 'Choose a team library folder first (Settings).');
      if (version.contentHash === null) throw new AppFailure('BAD_INPUT', 'Drafts stay on this laptop: only signed versions go into the team folder.');
      const made = await exportWithProvenance({ version, auditEvents, sources: deps.sources, sealingKey: () => deps.keys.sealingKey(), now: (deps.now ?? (() => new Date()))() });
      if (made.plan !== 'seal' && made.plan !== 'original') throw new AppFailure('BAD_INPUT', 'Only a version sealed on this laptop (or with its sealed original) goes into the team folder; this one would be an unverified copy.');
      const published = await publishRecord(path, agreementPath(version.agreementId, version.version, version.contentHash), made.bytes);
      return { outcome: published.outcome, path: published.path, message: published.outcome === 'name taken' ? published.message : null };
    },

    async trust(fingerprint: string, trusted: boolean): Promise<TeamFolderStatus> {
      await setTrusted(deps.dataFolder, fingerprint, trusted);
      // The next scan reads every file sealed with this certificate again under the new decision.
      const path = await folder();
      if (path) {
        const index = await loadFolderIndex(deps.dataFolder, path);
        for (const [p, entry] of Object.entries(index.files)) if (entry.fingerprint === fingerprint) delete index.files[p];
        await saveFolderIndex(deps.dataFolder, index);
      }
      return status();
    },
  };
}

export type TeamFolder = ReturnType<typeof createTeamFolder>;
