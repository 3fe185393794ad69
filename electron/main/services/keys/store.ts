import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { ServiceDeps } from '../deps';
import type { CertificateInfo, CertificateOrigin } from '../../../../shared/ipc/channels/pdf';
import { AppFailure } from '../../../../shared/ipc/result';
import { writeFileAtomic } from '../atomic-file';
import type { KeyObject } from 'node:crypto';
import { generateSealingCertificate, inspectP12, type CertificateFacts } from './certificate';
import { witnessKeyFromP12, type WitnessKey } from './witness';

export interface SealingKey {
  p12: Uint8Array;
  passphrase: string;
  info: CertificateInfo;
}

interface StoredKey {
  p12Base64: string;
  passphrase: string;
  facts: CertificateFacts;
}

/** Fingerprints are public; kept in clear so a PDF can be recognised without unlocking any key. */
interface KnownCertificates {
  thisInstall: string[];
  imported: string[];
}

const INSTALL_FILE = 'seal-install.p12.vault';
const IMPORTED_FILE = 'seal-imported.p12.vault';
const KNOWN_FILE = 'known-certificates.json';

export type KeyStoreDeps = Pick<ServiceDeps, 'dataFolder' | 'keyVault' | 'appName'>;

/**
 * The certificates this install seals with: its own, made on first use, or one the organisation
 * imported (which then takes precedence). Keys are written only through the key vault.
 */
export class KeyStore {
  private installKey: Promise<SealingKey> | null = null;
  /** Opened key pairs by certificate fingerprint: opening a .p12 (3DES) is slow enough to do once. */
  private readonly opened = new Map<string, WitnessKey>();
  private readonly folder: string;

  constructor(private readonly deps: KeyStoreDeps) {
    this.folder = join(deps.dataFolder, 'keys');
  }

  /** The key used for the next seal: the imported one if any, otherwise this install's own. */
  async sealingKey(): Promise<SealingKey> {
    const imported = await this.readKey(IMPORTED_FILE, 'imported');
    return imported ?? this.ownKey();
  }

  async info(): Promise<CertificateInfo> {
    return (await this.sealingKey()).info;
  }

  /** This install's own key, generated and stored the first time anyone asks for it. */
  ownKey(): Promise<SealingKey> {
    this.installKey ??= this.loadOrCreateOwnKey().catch((error: unknown) => {
      this.installKey = null;
      throw error;
    });
    return this.installKey;
  }

  /** The key that signs witness receipts: always this install's own, which never changes once made. */
  async witnessKey(): Promise<WitnessKey> {
    return this.open(await this.ownKey());
  }

  /**
   * The public keys a witness receipt may verify under: this install's own and the organisation
   * certificate it seals with (plus any the caller holds, e.g. the CLI's --p12), by fingerprint.
   * Reading never creates the install key: receipts cannot come from a key that does not exist.
   */
  async witnessVerifiers(extra: readonly SealingKey[] = []): Promise<Map<string, KeyObject>> {
    const own = this.installKey ? await this.installKey : await this.readKey(INSTALL_FILE, 'this-install');
    const keys = [own, await this.readKey(IMPORTED_FILE, 'imported'), ...extra].filter((k): k is SealingKey => k !== null);
    return new Map(keys.map((k) => [k.info.fingerprint, this.open(k).publicKey]));
  }

  private open(key: SealingKey): WitnessKey {
    let opened = this.opened.get(key.info.fingerprint);
    if (!opened) {
      opened = witnessKeyFromP12(key.p12, key.passphrase);
      this.opened.set(key.info.fingerprint, opened);
    }
    return opened;
  }

  async importP12(p12: Uint8Array, password: string): Promise<CertificateInfo> {
    const facts = inspectP12(p12, password);
    await this.writeKey(IMPORTED_FILE, { p12Base64: Buffer.from(p12).toString('base64'), passphrase: password, facts });
    await this.remember('imported', facts.fingerprint);
    return toInfo(facts, 'imported');
  }

  /**
   * Records an organisation certificate as known without keeping its key: the CLI seals with a
   * .p12 it is handed each time (`export --p12`), and what it sealed with must verify as known later.
   */
  async recogniseImported(fingerprint: string): Promise<void> {
    await this.remember('imported', fingerprint);
  }

  async originOf(fingerprint: string): Promise<CertificateOrigin> {
    const known = await this.known();
    if (known.thisInstall.includes(fingerprint)) return 'this-install';
    if (known.imported.includes(fingerprint)) return 'imported';
    return 'unknown';
  }

  private async loadOrCreateOwnKey(): Promise<SealingKey> {
    const existing = await this.readKey(INSTALL_FILE, 'this-install');
    if (existing) return existing;
    const generated = generateSealingCertificate({ commonName: `${this.deps.appName} seal (${hostname().slice(0, 40) || 'this computer'})`, organisation: this.deps.appName });
    const { p12, passphrase, ...facts } = generated;
    await this.writeKey(INSTALL_FILE, { p12Base64: Buffer.from(p12).toString('base64'), passphrase, facts });
    await this.remember('thisInstall', facts.fingerprint);
    return { p12, passphrase, info: toInfo(facts, 'this-install') };
  }

  private async readKey(file: string, origin: CertificateOrigin): Promise<SealingKey | null> {
    let sealed: Buffer;
    try {
      sealed = await readFile(join(this.folder, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new AppFailure('IO', `Could not read the sealing key: ${(error as Error).message}`);
    }
    try {
      const stored = JSON.parse((await this.deps.keyVault.decrypt(sealed)).toString('utf8')) as StoredKey;
      return { p12: new Uint8Array(Buffer.from(stored.p12Base64, 'base64')), passphrase: stored.passphrase, info: toInfo(stored.facts, origin) };
    } catch {
      throw new AppFailure('INVALID_FILE', 'The stored sealing key could not be unlocked on this computer. Import the organisation .p12 again or remove the keys folder to make a new one.');
    }
  }

  private async writeKey(file: string, key: StoredKey): Promise<void> {
    const sealed = await this.deps.keyVault.encrypt(Buffer.from(JSON.stringify(key), 'utf8'));
    await writeFileAtomic(join(this.folder, file), sealed, { allowedRoot: this.deps.dataFolder });
  }

  private async known(): Promise<KnownCertificates> {
    try {
      const parsed = JSON.parse(await readFile(join(this.folder, KNOWN_FILE), 'utf8')) as Partial<KnownCertificates>;
      return { thisInstall: strings(parsed.thisInstall), imported: strings(parsed.imported) };
    } catch {
      return { thisInstall: [], imported: [] };
    }
  }

  private async remember(kind: keyof KnownCertificates, fingerprint: string): Promise<void> {
    const known = await this.known();
    if (!known[kind].includes(fingerprint)) known[kind].push(fingerprint);
    await writeFileAtomic(join(this.folder, KNOWN_FILE), JSON.stringify(known, null, 2), { allowedRoot: this.deps.dataFolder });
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function toInfo(facts: CertificateFacts, origin: CertificateOrigin): CertificateInfo {
  return { subject: facts.subject, fingerprint: facts.fingerprint, origin, validUntil: facts.validUntil };
}
