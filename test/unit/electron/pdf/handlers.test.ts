import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createPdfHandlers, suggestedPdfName } from '../../../../electron/main/handlers/pdf';
import { dispatch } from '../../../../electron/main/ipc/dispatch';
import type { Handlers } from '../../../../electron/main/handlers/types';
import { generateSealingCertificate, KeyStore } from '../../../../electron/main/services/keys';
import { draftOf, loadFixture, tempDir, testDeps, witnessOn } from './helpers';

vi.mock('electron', () => ({}));

const { version, auditEvents } = loadFixture();

describe('PDF handlers', () => {
  it('exportPdf seals a version signed (witnessed) on this install, writes it where the user chose and reports its hash', async () => {
    const dir = tempDir('cg-h-');
    const target = join(dir, 'agreement.pdf');
    const deps = testDeps(join(dir, 'data'), target);
    const chooser = vi.spyOn(deps, 'chooseSavePath');
    const keys = new KeyStore(deps);
    const handlers = createPdfHandlers(deps, keys);
    const saved = await handlers.exportPdf({ version: await witnessOn(keys, version), auditEvents });
    expect(chooser).toHaveBeenCalledWith('Northwind Analytics 2027-Q1 v1.pdf', [{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(saved).toMatchObject({ path: target, sealed: true, copy: 'seal', provenance: 'witnessed' });
    expect(existsSync(target)).toBe(true);

    const report = await handlers.verifyPdf({ base64: readFileSync(target).toString('base64') });
    expect(report).toMatchObject({ sealed: true, intact: true, coversWholeFile: true, hashMatches: true });
    expect(report.certificate?.origin).toBe('this-install');
    expect((await handlers.getCertificateInfo({})).fingerprint).toBe(report.certificate?.fingerprint);
    expect((await handlers.extractAgreement({ base64: readFileSync(target).toString('base64') })).version.id).toBe(version.id);
  }, 30_000);

  it('exportPdf exports a draft unsealed, and returns null when the user cancels', async () => {
    const dir = tempDir('cg-h-');
    const handlers = createPdfHandlers(testDeps(join(dir, 'data'), join(dir, 'd.pdf')));
    expect(await handlers.exportPdf({ version: draftOf(version), auditEvents: [] })).toMatchObject({ sealed: false, copy: 'draft', provenance: 'unsigned' });
    const cancelled = createPdfHandlers(testDeps(join(dir, 'data'), null));
    expect(await cancelled.exportPdf({ version, auditEvents })).toBeNull();
  }, 30_000);

  it('importP12 with a wrong password comes back through dispatch as a clear BAD_INPUT', async () => {
    const org = generateSealingCertificate({ commonName: 'Org seal', organisation: 'Org' });
    const handlers = createPdfHandlers(testDeps(tempDir('cg-h-'))) as unknown as Handlers;
    const result = await dispatch(handlers, 'importP12', { base64: Buffer.from(org.p12).toString('base64'), password: 'nope' });
    expect(result).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/password does not open/) } });
    const good = await dispatch(handlers, 'importP12', { base64: Buffer.from(org.p12).toString('base64'), password: org.passphrase });
    expect(good).toMatchObject({ ok: true, data: { origin: 'imported', fingerprint: org.fingerprint } });
  });

  it('extractAgreement on a PDF without agreement.json is INVALID_FILE', async () => {
    const handlers = createPdfHandlers(testDeps(tempDir('cg-h-'))) as unknown as Handlers;
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage();
    const result = await dispatch(handlers, 'extractAgreement', { base64: Buffer.from(await doc.save()).toString('base64') });
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_FILE', message: expect.stringMatching(/carries no agreement\.json/) } });
  });

  it('suggests file names free of path characters', () => {
    expect(suggestedPdfName('A/B: "C"', '2027-Q1', 3, true)).toBe('A B C 2027-Q1 v3 DRAFT.pdf');
  });
});
