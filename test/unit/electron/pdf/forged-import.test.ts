import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { forge, hasPoppler, loadFixture, tempDir, testDeps, tool } from './helpers';

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
    const result = await dispatch(handlers, 'exportPdf', { version, auditEvents: await loadAuditChain(version.agreementId, db) });
    expect(result).toMatchObject({ ok: true, data: { sealed: false, copy: 'unverified-copy', provenance: 'unverified' } });
    expect((result as { data: ExportedPdf }).data.path).toBe(target);

    const out: string[] = [];
    const ctx: CliContext = { deps, out: (l) => out.push(l), err: (l) => out.push(l), env: {}, cwd: dir };
    expect(await runCli(['verify', 'exported.pdf'], ctx)).toBe(1);
    expect(out).toEqual([expect.stringMatching(/^exported\.pdf: not sealed — /)]);
    if (hasPoppler) {
      expect(tool('pdfsig', [target]).out).toMatch(/does not contain any signatures/);
      expect(tool('pdftotext', [target, '-']).out).toContain('IMPORTED COPY — NOT VERIFIED');
    }
  }, 30_000);
});
