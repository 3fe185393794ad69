import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishRecord } from '../../../../electron/main/services/team-folder/publish';
import { scanTeamFolder } from '../../../../electron/main/services/team-folder/scan';
import { exportAgreementPdf } from '../../../../electron/main/services/pdf/export';
import { generateSealingCertificate } from '../../../../electron/main/services/keys';
import { agreementPath, reviewPath } from '../../../../shared/team-folder/names';
import { fixtureSealedPdf, loadFixture } from '../pdf/helpers';
import { eventually, hasSyncthing, startSyncPair, type SyncPair } from './syncthing';

/**
 * Two laptops' team folders kept in step by two real Syncthing instances on 127.0.0.1 (see
 * syncthing.ts for what keeps them off every other address). Each laptop scans its own copy.
 */
const { version, auditEvents } = loadFixture();
const pdf = fixtureSealedPdf();
const p1 = agreementPath(version.agreementId, version.version, version.contentHash!);
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
const read = (folder: string, path: string) => (existsSync(join(folder, path)) ? readFileSync(join(folder, path)) : null);

let root: string;
let pair: SyncPair;
const dataOf: Record<'a' | 'b', string> = { a: '', b: '' };
// Both laptops trust every intact seal here: whose seal it is, is the trust step's own test (scan.test.ts).
const scanOn = (side: 'a' | 'b') => scanTeamFolder({ folder: pair[side].folder, dataFolder: dataOf[side], originOf: () => 'this-install', trusted: new Set() });

describe.skipIf(!hasSyncthing)('two laptops, one team folder, through Syncthing', () => {
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'cg-two-laptops-'));
    dataOf.a = mkdtempSync(join(tmpdir(), 'cg-a-data-'));
    dataOf.b = mkdtempSync(join(tmpdir(), 'cg-b-data-'));
    pair = await startSyncPair(root);
  }, 30_000);

  afterAll(async () => {
    await pair?.stop();
    for (const dir of [root, dataOf.a, dataOf.b]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('an agreement signed on A appears in B’s library verified', async () => {
    expect((await publishRecord(pair.a.folder, p1, pdf)).outcome).toBe('written');
    await eventually('the PDF on B', () => {
      const there = read(pair.b.folder, p1);
      return there !== null && same(there, pdf);
    });
    const { records, changed } = await scanOn('b');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ path: p1, status: 'verified', versionId: version.id });
    expect(changed[0].agreement?.version.contentHash).toBe(version.contentHash);
  }, 90_000);

  it('quarterly reviews written on both at once both survive on both', async () => {
    const fromA = reviewPath(version.agreementId, 'laptop-a', 1);
    const fromB = reviewPath(version.agreementId, 'laptop-b', 1);
    await Promise.all([
      publishRecord(pair.a.folder, fromA, Buffer.from(JSON.stringify({ quarter: '2027-Q1', notes: 'Written on A' }))),
      publishRecord(pair.b.folder, fromB, Buffer.from(JSON.stringify({ quarter: '2027-Q1', notes: 'Written on B' }))),
    ]);
    for (const folder of [pair.a.folder, pair.b.folder]) {
      await eventually(`both reviews in ${folder}`, () => read(folder, fromA)?.toString().includes('Written on A') && read(folder, fromB)?.toString().includes('Written on B'));
    }
  }, 90_000);

  it('a byte flipped in the PDF on A is flagged on B, and B is never handed the changed record', async () => {
    const flipped = Buffer.from(pdf);
    flipped[Math.floor(flipped.length / 2)] ^= 0x20;
    writeFileSync(join(pair.a.folder, p1), flipped);
    await eventually('the flipped PDF on B', () => {
      const there = read(pair.b.folder, p1);
      return there !== null && same(there, flipped);
    });
    const { records, changed } = await scanOn('b');
    expect(records.find((r) => r.path === p1)?.status).toBe('tampered');
    expect(changed.find((c) => c.path === p1)).toMatchObject({ status: 'tampered', agreement: null });
  }, 90_000);

  it('a conflict copy made by Syncthing is shown as a duplicate, not a second agreement', async () => {
    // The same version sealed on each laptop (different certificates, so different bytes), saved at once under its one name.
    const v2 = { ...version, id: `${version.id}-v2`, version: version.version + 1 };
    const p2 = agreementPath(v2.agreementId, v2.version, v2.contentHash!);
    const sealedWith = async (name: string) => {
      const cert = generateSealingCertificate({ commonName: `Common Ground seal (${name})`, organisation: 'Test' });
      return exportAgreementPdf({ version: v2, auditEvents, certificate: { p12: cert.p12, passphrase: cert.passphrase, info: { subject: cert.subject, fingerprint: cert.fingerprint, origin: 'this-install', validUntil: cert.validUntil } }, watermark: false });
    };
    const [onA, onB] = await Promise.all([sealedWith('laptop A'), sealedWith('laptop B')]);
    await Promise.all([publishRecord(pair.a.folder, p2, onA), publishRecord(pair.b.folder, p2, onB)]);
    const dir = join(pair.b.folder, 'agreements', version.agreementId);
    await eventually('Syncthing’s conflict copy on B', () => readdirSync(dir).some((name) => name.includes('.sync-conflict-') && name.startsWith(`${v2.version}-`)));
    const { records } = await scanOn('b');
    const second = records.filter((r) => r.versionId === v2.id);
    expect(second.filter((r) => r.status === 'verified')).toHaveLength(1);
    expect(second.filter((r) => r.status === 'duplicate')).toHaveLength(1);
    expect(second.find((r) => r.status === 'duplicate')?.note).toMatch(/^A conflict copy Syncthing made of \d+-[0-9a-f]{64}\.pdf: the same record, shown once\.$/);
  }, 90_000);
});

describe('two profiles, one plain shared folder (a network share, no sync engine)', () => {
  let folder: string;
  const data = { a: '', b: '' };
  const scanAs = (side: 'a' | 'b') => scanTeamFolder({ folder, dataFolder: data[side], originOf: () => 'this-install', trusted: new Set() });

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'cg-share-'));
    data.a = mkdtempSync(join(tmpdir(), 'cg-a-data-'));
    data.b = mkdtempSync(join(tmpdir(), 'cg-b-data-'));
  });
  afterAll(() => {
    for (const dir of [folder, data.a, data.b]) rmSync(dir, { recursive: true, force: true });
  });

  it('what A writes, B reads verified; reviews from both survive; a flipped byte is flagged; a copy is a duplicate', async () => {
    await publishRecord(folder, p1, pdf);
    expect((await scanAs('b')).records[0]).toMatchObject({ status: 'verified', versionId: version.id });
    await Promise.all([
      publishRecord(folder, reviewPath(version.agreementId, 'laptop-a', 1), Buffer.from('{"notes":"A"}')),
      publishRecord(folder, reviewPath(version.agreementId, 'laptop-b', 1), Buffer.from('{"notes":"B"}')),
    ]);
    expect(readdirSync(join(folder, 'reviews', version.agreementId)).sort()).toEqual(['laptop-a-000001.json', 'laptop-b-000001.json']);
    writeFileSync(join(folder, p1.replace('.pdf', ' (1).pdf')), pdf);
    const withCopy = await scanAs('a');
    expect(withCopy.records.map((r) => r.status).sort()).toEqual(['duplicate', 'verified']);
    const flipped = Buffer.from(pdf);
    flipped[Math.floor(flipped.length / 2)] ^= 0x20;
    writeFileSync(join(folder, p1), flipped);
    const after = await scanAs('b');
    expect(after.records.find((r) => r.path === p1)?.status).toBe('tampered');
    expect(after.changed.every((c) => c.agreement === null)).toBe(true);
  });
});
