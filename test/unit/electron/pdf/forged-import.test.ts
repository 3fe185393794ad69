import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createPdfHandlers } from '../../../../electron/main/handlers/pdf';
import { dispatch } from '../../../../electron/main/ipc/dispatch';
import type { Handlers } from '../../../../electron/main/handlers/types';
import { runCli } from '../../../../electron/cli/index';
import type { CliContext } from '../../../../electron/cli/types';
import { openDatabase } from '../../../../renderer/src/db/database';
import { importAgreementText } from '../../../../renderer/src/db/repositories/import';
import { loadAuditChain } from '../../../../renderer/src/db/repositories/audit';
import type { ExportedPdf } from '../../../../shared/ipc/channels/pdf';
import { contentHash } from '../../../../shared/rules/canonical';
import { fixtureFile, forge, hasPoppler, loadFixture, tempDir, testDeps, tool, writeAgreementFile } from './helpers';

vi.mock('electron', () => ({}));

/**
 * The import-then-export path of issue 15 item 1: a forged agreement file goes through the
 * library's real import (Dexie, on fake-indexeddb here) and is stored as signed, as it claims;
 * exporting what was stored, through the contract, still gives no seal, and `verify` says no.
 */
describe('a forged agreement imported into the library, then exported', () => {
  const db = openDatabase(`forged-import-${Math.random()}`);
  afterAll(() => db.delete());

  it('is stored as it claims, and exported as an unsealed IMPORTED COPY that verify and pdfsig reject', async () => {
    const dir = tempDir('cg-forged-');
    const file = JSON.parse(readFileSync(new URL('../../../fixtures/signed-agreement.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const forged = forge(loadFixture().version);
    expect(forged.contentHash).toBe(contentHash(forged.content));
    // The forger keeps the original sealed PDF beside it too: it is for other content, so it does not help.
    const text = JSON.stringify({ ...file, version: forged, contentHash: forged.contentHash });
    const stored = await importAgreementText(text, db);
    expect(stored).toMatchObject({ status: 'signed', contentHash: forged.contentHash });
    expect(stored.signatures.map((s) => s.name)).toEqual(['Maya Fischer', 'Daniel Okoye']);

    const target = join(dir, 'exported.pdf');
    const deps = testDeps(join(dir, 'data'), target);
    const handlers = createPdfHandlers(deps) as unknown as Handlers;
    const version = (await db.versions.get(stored.id))!;
    const before = filesUnder(dir);
    const result = await dispatch(handlers, 'exportPdf', { version, auditEvents: await loadAuditChain(version.agreementId, db) });
    expect(result).toMatchObject({ ok: true, data: { sealed: false, copy: 'unverified-copy', provenance: 'unverified' } });
    expect((result as { data: ExportedPdf }).data.path).toBe(target);
    // Only the file asked for: no key made, no copy kept as this version's "original" in the data folder.
    const { 'exported.pdf': exported, ...rest } = filesUnder(dir);
    expect(exported).toMatch(/^[0-9a-f]{64}$/);
    expect(rest).toEqual(before);

    const out: string[] = [];
    const ctx: CliContext = { deps, out: (l) => out.push(l), err: (l) => out.push(l), env: {}, cwd: dir };
    expect(await runCli(['verify', 'exported.pdf'], ctx)).toBe(1);
    expect(out).toEqual([expect.stringMatching(/^exported\.pdf: not sealed — imported, not verified: it says it was signed by Maya Fischer, Daniel Okoye, /)]);
    if (hasPoppler) {
      expect(tool('pdfsig', [target]).out).toMatch(/does not contain any signatures/);
      expect(tool('pdftotext', [target, '-']).out).toContain('IMPORTED COPY — NOT VERIFIED');
    }
  }, 30_000);
});

/** Every file under `root` (recursively) with the SHA-256 of its bytes, so a test sees any write, however small. */
function filesUnder(root: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return found;
}

/**
 * The CLI path of issue 15 item 1, as a person would try it: take the signed fixture, edit its title,
 * recompute the content hash (shared/rules/canonical, no secret), keep the receipts and the sealed
 * PDF beside it, and `export` it. The result is an unsealed copy (exit 1), `verify` rejects it in
 * one line saying why, and nothing besides the requested PDF is written: no key, no kept
 * "original", nothing in the data folder.
 */
describe('a forged copy of the signed fixture, exported through the CLI', () => {
  it('is written as an unsealed IMPORTED COPY (exit 1), verify rejects it in one line (exit 1), and nothing else is written', async () => {
    const dir = tempDir('cg-forged-cli-');
    const dataFolder = join(dir, 'data');
    const file = JSON.parse(readFileSync(fixtureFile(), 'utf8')) as Record<string, unknown>;
    const genuine = loadFixture().version;
    const content = { ...genuine.content, title: 'Sales and Marketing SLA (quietly amended)' };
    const hash = contentHash(content);
    const forged = { ...genuine, content, contentHash: hash, signatures: genuine.signatures.map((s) => ({ ...s, contentHash: hash })) };
    writeAgreementFile(dir, 'forged.json', forged, { contentHash: hash, auditEvents: file.auditEvents, sealedPdf: file.sealedPdf });

    const out: string[] = [];
    const err: string[] = [];
    const ctx: CliContext = { deps: testDeps(dataFolder), out: (l) => out.push(l), err: (l) => err.push(l), env: {}, cwd: dir };
    const before = filesUnder(dir);
    expect(await runCli(['export', 'forged.json', 'forged.pdf'], ctx)).toBe(1);
    expect(err).toEqual([]);
    expect(out.join('\n')).toContain('exported as an unsealed copy marked “IMPORTED COPY — NOT VERIFIED”');
    const after = filesUnder(dir);
    const { 'forged.pdf': written, ...rest } = after;
    expect(written).toMatch(/^[0-9a-f]{64}$/);
    expect(rest).toEqual(before);
    expect(readFileSync(join(dir, 'forged.pdf')).toString('latin1')).not.toContain('/ByteRange');

    out.length = 0;
    expect(await runCli(['verify', 'forged.pdf'], ctx)).toBe(1);
    expect(out).toEqual(['forged.pdf: not sealed — imported, not verified: it says it was signed by Maya Fischer, Daniel Okoye, but carries no seal, so nothing shows those signatures belong to this content; ask for the original sealed PDF']);
    out.length = 0;
    expect(await runCli(['verify', 'forged.pdf', '--json'], ctx)).toBe(1);
    expect(JSON.parse(out[0]!)).toMatchObject({ file: 'forged.pdf', result: 'unverified-copy', sealed: false, trusted: false });
    // Verifying writes nothing either.
    expect(filesUnder(dir)).toEqual(after);
    if (hasPoppler) expect(tool('pdfsig', [join(dir, 'forged.pdf')]).out).toMatch(/does not contain any signatures/);
  }, 30_000);
});
