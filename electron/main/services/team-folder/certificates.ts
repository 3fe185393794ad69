import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { CERTIFICATES_DIR, certificatePath, readFolderPath } from '../../../../shared/team-folder/names';
import { writeFileAtomic } from '../atomic-file';
import { describeCertificateDer, openP12, type SealingKey } from '../keys';
import { publishRecord } from './publish';

/**
 * Whose seal: each install publishes its seal certificate into the folder, and each laptop keeps
 * its own list of colleagues' certificates it was told to trust (after comparing the fingerprint
 * in person or by phone). Trust is this laptop's decision and never travels through the folder.
 */

export interface FolderCertificate {
  fingerprint: string;
  subject: string;
  validUntil: string;
}

const TRUST_FILE = 'team-trust.json';
const TrustSchema = z.object({ trusted: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(1000) });

const toPem = (der: Uint8Array) => `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
const fromPem = (pem: string) => new Uint8Array(Buffer.from(pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''), 'base64'));

export async function publishOwnCertificate(folder: string, key: SealingKey): Promise<void> {
  const der = openP12(key.p12, key.passphrase).certificateDer;
  await publishRecord(folder, certificatePath(key.info.fingerprint), Buffer.from(toPem(der)));
}

/** The certificates in the folder whose contents match their names (a renamed or edited one is left out). */
export async function readFolderCertificates(folder: string): Promise<FolderCertificate[]> {
  let names: string[];
  try {
    names = await readdir(join(folder, CERTIFICATES_DIR));
  } catch {
    return [];
  }
  const found: FolderCertificate[] = [];
  for (const name of names.sort()) {
    const file = readFolderPath(`${CERTIFICATES_DIR}/${name}`);
    if (file.kind !== 'certificate' || file.copyOf) continue;
    try {
      const facts = describeCertificateDer(fromPem(await readFile(join(folder, CERTIFICATES_DIR, name), 'utf8')));
      if (facts.fingerprint === file.fingerprint) found.push({ fingerprint: facts.fingerprint, subject: facts.subject, validUntil: facts.validUntil });
    } catch {
      // Not a readable certificate: it says nothing about whose seal anything is.
    }
  }
  return found;
}

export async function trustedFingerprints(dataFolder: string): Promise<Set<string>> {
  try {
    return new Set(TrustSchema.parse(JSON.parse(await readFile(join(dataFolder, TRUST_FILE), 'utf8'))).trusted);
  } catch {
    return new Set();
  }
}

export async function setTrusted(dataFolder: string, fingerprint: string, trusted: boolean): Promise<Set<string>> {
  const set = await trustedFingerprints(dataFolder);
  if (trusted) set.add(fingerprint);
  else set.delete(fingerprint);
  await writeFileAtomic(join(dataFolder, TRUST_FILE), JSON.stringify({ trusted: [...set].sort() }));
  return set;
}
