import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgreementFileSchema, type AgreementVersion } from '../../../../shared/model/agreement';
import { AuditEventSchema, type AuditEvent } from '../../../../shared/model/audit';
import type { ServiceDeps } from '../../../../electron/main/services/deps';
import { createPlainNodeDeps } from '../../../../electron/main/services/plain-node-deps';
import { generateSealingCertificate, witnessKeyFromP12, witnessSignature, type KeyStore, type SealingKey, type WitnessKey } from '../../../../electron/main/services/keys';
import type { ProvenanceSources } from '../../../../electron/main/services/pdf/provenance';
import { contentHash } from '../../../../shared/rules/canonical';

const fixturePath = new URL('../../../fixtures/signed-agreement.json', import.meta.url);

export function loadFixture(): { version: AgreementVersion; auditEvents: AuditEvent[] } {
  const json = JSON.parse(readFileSync(fixturePath, 'utf8')) as { auditEvents: unknown[] };
  return { version: AgreementFileSchema.parse(json).version, auditEvents: json.auditEvents.map((e) => AuditEventSchema.parse(e)) };
}

export const fixtureFile = () => fixturePath.pathname;

/** The original sealed PDF the fixture carries: what the workshop's install exported. */
export const fixtureSealedPdf = (): Uint8Array => new Uint8Array(Buffer.from((JSON.parse(readFileSync(fixturePath, 'utf8')) as { sealedPdf: string }).sealedPdf, 'base64'));

/** The version as another install would hold it: the same signatures with no receipt at all. */
export function withoutReceipts(version: AgreementVersion): AgreementVersion {
  return { ...version, signatures: version.signatures.map(({ receipt: _receipt, ...signature }) => signature) };
}

/**
 * Receipts captured the way the app does: each signature goes through the witness service with
 * the install's key, at the moment it is signed (the service refuses any other time).
 */
export function witnessWith(key: WitnessKey, version: AgreementVersion): AgreementVersion {
  return {
    ...version,
    signatures: withoutReceipts(version).signatures.map((signature) => ({
      ...signature,
      receipt: witnessSignature(key, { agreementId: version.agreementId, version: version.version, signature }, new Date(signature.signedAt)),
    })),
  };
}

/** The same, with the key of the install whose key store is given (its data folder's own key). */
export const witnessOn = async (keys: KeyStore, version: AgreementVersion) => witnessWith(await keys.witnessKey(), version);

/** The attack of issue 15: edit the title and the pool, recompute the content hash (no secret involved), keep everything else. */
export function forge(version: AgreementVersion): AgreementVersion {
  const content = { ...version.content, title: 'Sales and Marketing SLA (amended)', incentives: { ...version.content.incentives, poolPercent: version.content.incentives.poolPercent * 3 } };
  const hash = contentHash(content);
  return { ...version, content, contentHash: hash, signatures: version.signatures.map((s) => ({ ...s, contentHash: hash })) };
}

/** An agreement file as the CLI reads it, written into `dir`. */
export function writeAgreementFile(dir: string, name: string, version: AgreementVersion, extra: Record<string, unknown> = {}): string {
  return writeTemp(dir, name, new TextEncoder().encode(JSON.stringify({ kind: 'common-ground/agreement', schemaVersion: 1, version, ...extra })));
}

/** A sealing certificate held in memory, as a test's own install: the key to seal with and the receipts' verifier. */
export function testInstall(commonName = 'Common Ground seal (test)'): { sealingKey: SealingKey; witness: WitnessKey; sources: ProvenanceSources } {
  const cert = generateSealingCertificate({ commonName, organisation: 'Common Ground' });
  const sealingKey: SealingKey = { p12: cert.p12, passphrase: cert.passphrase, info: { subject: cert.subject, fingerprint: cert.fingerprint, origin: 'this-install', validUntil: cert.validUntil } };
  const witness = witnessKeyFromP12(cert.p12, cert.passphrase);
  const sources: ProvenanceSources = { dataFolder: null, verifiers: async () => new Map([[witness.fingerprint, witness.publicKey]]), originOf: (fp) => (fp === cert.fingerprint ? 'this-install' : 'unknown') };
  return { sealingKey, witness, sources };
}

export function draftOf(version: AgreementVersion): AgreementVersion {
  return { ...version, status: 'draft', signatures: [], contentHash: null, frozenAt: null, content: { ...version.content, locale: 'en-GB', currency: 'EUR' } };
}

export const tempDir = (prefix = 'cg-pdf-') => mkdtempSync(join(tmpdir(), prefix));

export function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

export const hasPoppler = spawnSync('pdfsig', ['-v']).error === undefined && spawnSync('qpdf', ['--version']).error === undefined;

/** Runs a poppler/qpdf tool and returns stdout + stderr (pdfsig exits 0 even for broken seals, so read the text). */
export function tool(cmd: string, args: string[]): { out: string; code: number } {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return { out: `${r.stdout}${r.stderr}`, code: r.status ?? -1 };
}

export const pdftotext = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

/** Changes one character of the /Producer string inside the sealed range: structure stays valid, the digest does not. */
export function flipOneByte(pdf: Uint8Array): Uint8Array {
  const copy = new Uint8Array(pdf);
  const text = Buffer.from(copy).toString('latin1');
  const at = text.indexOf('/Producer <FEFF');
  if (at < 0) throw new Error('No /Producer hex string to flip');
  const digit = at + '/Producer <FEFF'.length + 3;
  copy[digit] = copy[digit] === 0x33 ? 0x34 : 0x33;
  return copy;
}

/**
 * Appends a genuine incremental update (new Info dictionary, xref section, trailer pointing
 * back with /Prev) after %%EOF, as an editor would when saving changes to a sealed PDF.
 */
export function appendIncrementalUpdate(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const root = [...text.matchAll(/\/Root\s+(\d+)\s+(\d+)\s+R/g)].pop();
  const prev = [...text.matchAll(/startxref\s+(\d+)/g)].pop();
  const size = [...text.matchAll(/\/Size\s+(\d+)/g)].pop();
  if (!root || !prev || !size) throw new Error('Cannot find the trailer to extend');
  const objectNumber = Number(size[1]);
  const objectOffset = pdf.byteLength + 1;
  const object = `\n${objectNumber} 0 obj\n<< /Title (Changed after sealing) /Producer (Someone else) >>\nendobj\n`;
  const xrefOffset = pdf.byteLength + object.length;
  const update =
    object +
    `xref\n0 1\n0000000000 65535 f \n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${objectNumber + 1} /Root ${root[1]} ${root[2]} R /Info ${objectNumber} 0 R /Prev ${prev[1]} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(pdf), Buffer.from(update, 'latin1')]));
}

/** Service deps for tests: a vault that visibly transforms bytes, and a save dialog answered by the test. */
export function testDeps(dataFolder: string, savePath: string | null = null): ServiceDeps {
  const xor = async (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return createPlainNodeDeps({ shell: 'cli', appVersion: '0.0.0-test', dataFolder, chooseSavePath: async () => savePath, keyVault: { encrypt: xor, decrypt: xor } });
}
