import { beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishRecord } from '../../../../electron/main/services/team-folder/publish';
import { scanTeamFolder, type ScanOptions } from '../../../../electron/main/services/team-folder/scan';
import { agreementPath } from '../../../../shared/team-folder/names';
import { fixtureSealedPdf, loadFixture } from '../pdf/helpers';

const { version } = loadFixture();
const pdf = fixtureSealedPdf();
const path = agreementPath(version.agreementId, version.version, version.contentHash!);
let folder: string;
let dataFolder: string;
const known = (origin: 'this-install' | 'unknown') => ({ originOf: () => origin, trusted: new Set<string>() });
const scan = (extra: Partial<ScanOptions> = {}) => scanTeamFolder({ folder, dataFolder, ...known('this-install'), ...extra });

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'cg-team-'));
  dataFolder = mkdtempSync(join(tmpdir(), 'cg-data-'));
});

describe('publishing into the team folder', () => {
  it('creates each record once and never overwrites one', async () => {
    expect(await publishRecord(folder, path, pdf)).toEqual({ outcome: 'written', path });
    expect(await publishRecord(folder, path, pdf)).toEqual({ outcome: 'already there', path });
    const other = new Uint8Array(pdf);
    other[other.length - 100] ^= 1;
    const taken = await publishRecord(folder, path, other);
    expect(taken.outcome).toBe('name taken');
    expect(readFileSync(join(folder, path)).equals(Buffer.from(pdf))).toBe(true);
  });
});

describe('scanning the team folder', () => {
  it('verifies a sealed version and hands its agreement over once', async () => {
    await publishRecord(folder, path, pdf);
    const first = await scan();
    expect(first.records).toHaveLength(1);
    expect(first.records[0]).toMatchObject({ path, status: 'verified', agreementId: version.agreementId, versionId: version.id, version: version.version });
    expect(first.changed[0].agreement?.version.id).toBe(version.id);
    // The second scan reads nothing again: same size and time, same record, nothing changed.
    const second = await scan();
    expect(second.changed).toEqual([]);
    expect(second.records[0].status).toBe('verified');
  });

  it('says "intact, sealed by an unconfirmed laptop" until that certificate is trusted', async () => {
    await publishRecord(folder, path, pdf);
    const unconfirmed = await scan(known('unknown'));
    expect(unconfirmed.records[0]).toMatchObject({ status: 'unconfirmed', note: 'Intact, sealed by a laptop you have not confirmed yet.' });
    const fingerprint = unconfirmed.records[0].fingerprint!;
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // A changed trust decision is read on the next full read of the file (a fresh index here).
    rmSync(join(dataFolder, 'team-folder-index.json'));
    expect((await scan({ originOf: () => 'unknown', trusted: new Set([fingerprint]) })).records[0].status).toBe('verified');
  });

  it('flags a flipped byte as tampered and never hands it over', async () => {
    const flipped = new Uint8Array(pdf);
    flipped[Math.floor(flipped.length / 2)] ^= 0x20;
    await publishRecord(folder, path, flipped);
    const result = await scan();
    expect(result.records[0].status).toBe('tampered');
    expect(result.changed[0].agreement).toBeNull();
  });

  it('leaves a half-synced file for the next scan instead of calling it tampered', async () => {
    writeFileSync(join(folder, 'half.pdf'), '');
    await publishRecord(folder, path, pdf.subarray(0, Math.floor(pdf.length / 2)));
    expect((await scan()).records[0].status).toBe('incomplete');
    // The rest arrives: the next scan verifies it.
    writeFileSync(join(folder, path), pdf);
    expect((await scan()).records.find((r) => r.path === path)?.status).toBe('verified');
  });

  it('shows a sync engine’s conflict copy as a duplicate of the same record, not a second agreement', async () => {
    await publishRecord(folder, path, pdf);
    const copies = [path.replace('.pdf', '.sync-conflict-20261207-101500-ABCDEFG.pdf'), path.replace('.pdf', ' (1).pdf'), path.replace('.pdf', '-DESKTOP-7Q2LK9.pdf'), path.replace('.pdf', " (Jane's conflicted copy 2026-12-07).pdf")];
    for (const copy of copies) copyFileSync(join(folder, path), join(folder, copy));
    const { records, changed } = await scan();
    expect(records.filter((r) => r.status === 'verified').map((r) => r.path)).toEqual([path]);
    expect(records.filter((r) => r.status === 'duplicate')).toHaveLength(4);
    expect(changed.filter((c) => c.agreement !== null)).toHaveLength(1);
  });

  it('flags a file whose name and contents disagree', async () => {
    const wrong = agreementPath(version.agreementId, version.version + 1, version.contentHash!);
    await publishRecord(folder, wrong, pdf);
    const { records } = await scan();
    expect(records[0]).toMatchObject({ status: 'tampered' });
    expect(records[0].note).toMatch(/file name says version/);
  });

  it('lists a removed file as removed, and remembers it', async () => {
    await publishRecord(folder, path, pdf);
    await scan();
    rmSync(join(folder, path));
    const result = await scan();
    expect(result.records[0]).toMatchObject({ path, status: 'removed' });
    expect(result.changed.map((c) => c.status)).toEqual(['removed']);
    expect((await scan()).changed).toEqual([]);
  });

  it('can be cancelled part-way and resumes where it stopped', async () => {
    await publishRecord(folder, path, pdf);
    const controller = new AbortController();
    controller.abort();
    const stopped = await scan({ signal: controller.signal });
    expect(stopped.cancelled).toBe(true);
    expect(stopped.records).toEqual([]);
    expect((await scan()).records[0].status).toBe('verified');
  });
});
