import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderWatch } from '../../../../electron/main/services/team-folder/watch';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../../electron/main/handlers';
import type { Handlers } from '../../../../electron/main/handlers/types';
import { createPlainNodeDeps } from '../../../../electron/main/services/plain-node-deps';
import { keepSealedOriginal } from '../../../../electron/main/services/pdf/sealed-originals';
import { agreementPath } from '../../../../shared/team-folder/names';
import { fixtureSealedPdf, loadFixture } from '../pdf/helpers';

const { version, auditEvents } = loadFixture();
let handlers: Handlers;
let dataFolder: string;
let folder: string;

beforeEach(() => {
  dataFolder = mkdtempSync(join(tmpdir(), 'cg-data-'));
  folder = mkdtempSync(join(tmpdir(), 'cg-team-'));
  handlers = createHandlers(createPlainNodeDeps({ shell: 'web', dataFolder, appVersion: '0.0.0-test' }));
});

describe('the team folder through the IPC handlers', () => {
  it('refuses a path that is not a folder, and changes nothing', async () => {
    await expect(handlers.setTeamFolder({ path: join(folder, 'missing') })).rejects.toThrow(/is not a folder/);
    expect((await handlers.getTeamFolder({})).folder).toBeNull();
  });

  it('publishes this install’s certificate, trusted as its own, when the folder is chosen', async () => {
    const status = await handlers.setTeamFolder({ path: folder });
    expect(status.folder).toBe(folder);
    expect(status.canChoose).toBe(false);
    expect(status.certificates).toHaveLength(1);
    expect(status.certificates[0]).toMatchObject({ own: true, trusted: true });
    expect(readdirSync(join(folder, 'certificates'))).toEqual([`${status.certificates[0].fingerprint}.pem`]);
  });

  it('publishes only sealed versions: a draft stays local, a version with its sealed original goes in once', async () => {
    await handlers.setTeamFolder({ path: folder });
    await expect(handlers.publishToTeamFolder({ version: { ...version, status: 'draft', contentHash: null, signatures: [] }, auditEvents: [] })).rejects.toThrow(/Drafts stay on this laptop/);
    await expect(handlers.publishToTeamFolder({ version, auditEvents })).rejects.toThrow(/unverified copy/);
    expect(existsSync(join(folder, 'agreements'))).toBe(false);
    await keepSealedOriginal(dataFolder, version, fixtureSealedPdf());
    const path = agreementPath(version.agreementId, version.version, version.contentHash!);
    expect(await handlers.publishToTeamFolder({ version, auditEvents })).toEqual({ outcome: 'written', path, message: null });
    expect(await handlers.publishToTeamFolder({ version, auditEvents })).toEqual({ outcome: 'already there', path, message: null });
  });

  it('reads a colleague’s seal as unconfirmed until this laptop trusts that certificate', async () => {
    await handlers.setTeamFolder({ path: folder });
    await keepSealedOriginal(dataFolder, version, fixtureSealedPdf());
    await handlers.publishToTeamFolder({ version, auditEvents });
    const first = await handlers.scanTeamFolder({});
    const record = first.status.records.find((r) => r.status !== 'removed')!;
    expect(record.status).toBe('unconfirmed');
    expect(first.changed[0].agreement?.version.id).toBe(version.id);
    const trusted = await handlers.trustTeamCertificate({ fingerprint: record.fingerprint!, trusted: true });
    expect(trusted.records).toEqual([]);
    const again = await handlers.scanTeamFolder({});
    expect(again.status.records[0]).toMatchObject({ status: 'verified', versionId: version.id });
    expect(again.status.scannedAt).not.toBeNull();
  });
});

describe('watching the team folder', () => {
  afterEach(async () => {
    // Stop following the folder: the watcher holds the folder open.
    await handlers.setTeamFolder({ path: null });
  });

  it('reports a change a sync engine makes', async () => {
    const { revision } = await handlers.setTeamFolder({ path: folder });
    const next = handlers.watchTeamFolder({ after: revision });
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(folder, 'agreements'), { recursive: true });
    writeFileSync(join(folder, 'agreements', '.syncthing.x.pdf.tmp'), 'partial');
    writeFileSync(join(folder, 'agreements', 'arrived.pdf'), '%PDF-1.7 … %%EOF');
    expect((await next).revision).toBeGreaterThan(revision);
  });
});

it('a sync engine’s temporary and dot files are not changes', async () => {
  const watch = new FolderWatch();
  await watch.follow(folder);
  const { writeFileSync } = await import('node:fs');
  try {
    const quiet = watch.next(0, 1_500);
    writeFileSync(join(folder, '.syncthing.copy.pdf.tmp'), 'partial');
    writeFileSync(join(folder, '~lock.pdf'), 'lock');
    expect(await quiet).toBe(0);
    const moved = watch.next(0, 10_000);
    writeFileSync(join(folder, 'arrived.pdf'), 'whole');
    expect(await moved).toBeGreaterThan(0);
  } finally {
    await watch.close();
  }
});

it('a long first read shows how far it is and can be stopped; the next read goes on from there', async () => {
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const dir = join(folder, 'agreements', 'agr-many');
  mkdirSync(dir, { recursive: true });
  // 300 files that are not whole yet (cheap to read): enough for a scan to be caught part-way.
  for (let i = 1; i <= 300; i++) writeFileSync(join(dir, `${i}-${'0'.repeat(64)}.pdf`), '%PDF-1.7 still arriving');
  await handlers.setTeamFolder({ path: folder });
  const running = handlers.scanTeamFolder({});
  await handlers.cancelTeamFolderScan({});
  const stopped = await running;
  expect(stopped.cancelled).toBe(true);
  expect(stopped.status.records.length).toBeLessThan(300);
  const whole = await handlers.scanTeamFolder({});
  expect(whole.cancelled).toBe(false);
  expect(whole.status.records.filter((r) => r.status === 'incomplete')).toHaveLength(300);
  expect(whole.status.progress).toBeNull();
  await handlers.setTeamFolder({ path: null });
});
