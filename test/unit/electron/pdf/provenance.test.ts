import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createPdfHandlers } from '../../../../electron/main/handlers/pdf';
import { dispatch } from '../../../../electron/main/ipc/dispatch';
import type { Handlers } from '../../../../electron/main/handlers/types';
import { KeyStore } from '../../../../electron/main/services/keys';
import { sealedFolder } from '../../../../electron/main/services/pdf/sealed-originals';
import { verifyPdf } from '../../../../electron/main/services/pdf/verify';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { ExportedPdf } from '../../../../shared/ipc/channels/pdf';
import type { Result } from '../../../../shared/ipc/result';
import { contentHash } from '../../../../shared/rules/canonical';
import { provenanceItem, UNVERIFIED_WATERMARK } from '../../../../shared/rules/provenance';
import { appendIncrementalUpdate, draftOf, fixtureSealedPdf, forge, hasPoppler, loadFixture, pdftotext, tempDir, testDeps, tool, withoutReceipts } from './helpers';

vi.mock('electron', () => ({}));

/**
 * Issue 15 item 1 through the contract, with the real services in a temporary data folder: only
 * what this install witnessed is sealed, a version from a sealed PDF is that PDF again, and a
 * forged agreement (title and pool edited, content hash recomputed) never gets a valid seal.
 */

const fixture = loadFixture();
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function install() {
  const dir = tempDir('cg-prov-');
  const dataFolder = join(dir, 'data');
  let saveAs: string | null = null;
  const deps = testDeps(dataFolder);
  deps.chooseSavePath = async () => saveAs;
  let now = new Date();
  const keys = new KeyStore(deps);
  const handlers = createPdfHandlers(deps, keys, () => now) as unknown as Handlers;
  const call = async <T,>(method: string, input: unknown) => (await dispatch(handlers, method, input)) as Result<T>;
  const data = async <T,>(method: string, input: unknown) => {
    const result = await call<T>(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.data;
  };
  /** Signs in the room: each signature asks the witness channel at the moment it is given, then is stored with its receipt. */
  const sign = async (version: AgreementVersion): Promise<AgreementVersion> => {
    const signatures = [];
    for (const { receipt: _old, ...signature } of version.signatures) {
      now = new Date(signature.signedAt);
      signatures.push({ ...signature, receipt: await data('witnessSignature', { agreementId: version.agreementId, version: version.version, signature }) });
    }
    now = new Date();
    return { ...version, signatures } as AgreementVersion;
  };
  const exportPdf = async (version: AgreementVersion, name: string) => {
    saveAs = join(dir, name);
    const saved = await data<ExportedPdf>('exportPdf', { version, auditEvents: fixture.auditEvents });
    return { saved, bytes: new Uint8Array(readFileSync(saveAs)), path: saveAs };
  };
  const provenance = async (...versions: AgreementVersion[]) => (await data<{ items: { provenance: string }[] }>('provenance', { items: versions.map(provenanceItem) })).items.map((i) => i.provenance);
  return { dir, dataFolder, keys, call, data, sign, exportPdf, provenance };
}

const pdfsig = (path: string) => tool('pdfsig', [path]).out;

describe('a version signed on this install', () => {
  let here: ReturnType<typeof install>;
  let witnessed: AgreementVersion;
  beforeAll(async () => {
    here = install();
    witnessed = await here.sign(withoutReceipts(fixture.version));
  });

  it('is witnessed, seals, verifies as this install’s, and the sealed bytes are kept as its original', async () => {
    expect(await here.provenance(witnessed)).toEqual(['witnessed']);
    const { saved, bytes, path } = await here.exportPdf(witnessed, 'witnessed.pdf');
    expect(saved).toMatchObject({ sealed: true, copy: 'seal', provenance: 'witnessed', certificate: { origin: 'this-install' } });
    const report = await verifyPdf(bytes, (fp) => here.keys.originOf(fp));
    expect(report).toMatchObject({ sealed: true, intact: true, coversWholeFile: true, hashMatches: true, problems: [] });
    expect(report.certificate?.origin).toBe('this-install');
    const kept = join(sealedFolder(here.dataFolder, witnessed.agreementId), `1-${witnessed.contentHash}.pdf`);
    expect(readFileSync(kept)).toEqual(Buffer.from(bytes));
    if (hasPoppler) {
      expect(pdfsig(path)).toContain('Signature is Valid.');
      expect(pdfsig(path)).toContain('Total document signed');
    }
  });

  it('a forged copy of it (title and pool edited, hash recomputed, receipts kept) is exported unsealed, marked, and no verifier accepts it', async () => {
    const forged = forge(witnessed);
    expect(forged.contentHash).toBe(contentHash(forged.content));
    expect(await here.provenance(forged)).toEqual(['unverified']);
    const { saved, bytes, path } = await here.exportPdf(forged, 'forged.pdf');
    expect(saved).toMatchObject({ sealed: false, copy: 'unverified-copy', provenance: 'unverified', certificate: null });
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('/ByteRange');
    const report = await verifyPdf(bytes, (fp) => here.keys.originOf(fp));
    expect(report.sealed).toBe(false);
    if (hasPoppler) {
      expect(pdfsig(path)).toMatch(/does not contain any signatures/);
      expect(pdfsig(path)).not.toContain('Signature is Valid.');
      expect(pdftotext(path)).toContain(UNVERIFIED_WATERMARK);
    }
    // Nothing was kept for the forged content.
    expect(readdirSync(sealedFolder(here.dataFolder, witnessed.agreementId))).toEqual([`1-${witnessed.contentHash}.pdf`]);
  });

  it('rejects a receipt made for another content hash, one whose signer name or image was edited, and one from another install', async () => {
    // A fresh install that has exported nothing yet, so no kept original can stand in for the receipts.
    const fresh = install();
    const mine = await fresh.sign(withoutReceipts(fixture.version));
    const [first, second] = mine.signatures;
    const otherHash = 'f'.repeat(64);
    const receiptForOtherContent = (await fresh.sign({ ...mine, signatures: [{ ...first, contentHash: otherHash }] })).signatures[0].receipt;
    const forOtherContent = { ...mine, signatures: [{ ...first, receipt: receiptForOtherContent }, second] };
    const renamed = { ...mine, signatures: [{ ...first, name: 'Someone Else' }, second] };
    const redrawn = { ...mine, signatures: [{ ...first, image: second.image }, second] };
    const elsewhere = await install().sign(withoutReceipts(fixture.version));
    expect(await fresh.provenance(mine, forOtherContent, renamed, redrawn, elsewhere, withoutReceipts(fixture.version))).toEqual(['witnessed', 'unverified', 'unverified', 'unverified', 'unverified', 'unverified']);
    const { saved } = await fresh.exportPdf(renamed, 'renamed.pdf');
    expect(saved).toMatchObject({ sealed: false, copy: 'unverified-copy' });
  });

  it('once sealed here, the same signatures without receipts are that sealed original (and only those signatures)', async () => {
    const { receipt: _r, ...first } = witnessed.signatures[0];
    expect(await here.provenance(withoutReceipts(witnessed), { ...witnessed, signatures: [{ ...first, name: 'Someone Else' }, witnessed.signatures[1]] })).toEqual(['sealed-original', 'unverified']);
  });

  it('a draft is unsigned, exports as a DRAFT, and a partly signed witnessed version is a draft too', async () => {
    const draft = draftOf(fixture.version);
    const partly = { ...witnessed, status: 'signing' as const, signatures: witnessed.signatures.slice(0, 1) };
    expect(await here.provenance(draft, partly)).toEqual(['unsigned', 'witnessed']);
    expect((await here.exportPdf(partly, 'partly.pdf')).saved).toMatchObject({ sealed: false, copy: 'draft' });
  });

  it('witnesses only a signature being given now, and answers at most 100 versions at once', async () => {
    const { receipt: _r, ...old } = fixture.version.signatures[0];
    const refused = await here.call('witnessSignature', { agreementId: fixture.version.agreementId, version: 1, signature: old });
    expect(refused).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/Only a signature being given now can be witnessed/) } });
    const withReceipt = await here.call('witnessSignature', { agreementId: fixture.version.agreementId, version: 1, signature: fixture.version.signatures[0] });
    expect(withReceipt).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const many = await here.call('provenance', { items: Array.from({ length: 101 }, () => provenanceItem(witnessed)) });
    expect(many).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/at most 100/) } });
  });
});

describe('a version that came from a sealed PDF', () => {
  const original = fixtureSealedPdf();
  // Its receipts are the workshop laptop's: they prove nothing on this install.
  const version = fixture.version;

  it('is unverified until its sealed PDF is imported; then exporting gives back the original bytes, never a new seal', async () => {
    const here = install();
    expect(await here.provenance(version)).toEqual(['unverified']);
    expect((await here.exportPdf(version, 'before.pdf')).saved).toMatchObject({ sealed: false, copy: 'unverified-copy' });

    const extracted = await here.data<{ version: AgreementVersion }>('extractAgreement', { base64: b64(original) });
    expect(extracted.version).toEqual(version);
    const kept = join(sealedFolder(here.dataFolder, version.agreementId), `1-${version.contentHash}.pdf`);
    expect(readFileSync(kept)).toEqual(Buffer.from(original));

    const answer = await here.data<{ items: { provenance: string; sealer: { subject: string; origin: string } | null }[] }>('provenance', { items: [provenanceItem(version)] });
    expect(answer.items[0]).toEqual({ provenance: 'sealed-original', sealer: expect.objectContaining({ subject: expect.stringContaining('Northwind workshop laptop'), origin: 'unknown' }) });
    const { saved, bytes, path } = await here.exportPdf(version, 'again.pdf');
    expect(saved).toMatchObject({ sealed: true, copy: 'original', provenance: 'sealed-original' });
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(original))).toBe(0);
    if (hasPoppler) expect(pdfsig(path)).toContain('Total document signed');

    // The same version with a signer's name edited (the content hash does not cover names) is not that PDF.
    const renamed = { ...version, signatures: [{ ...version.signatures[0], name: 'Mallory' }, version.signatures[1]] };
    expect(await here.provenance(renamed, forge(version))).toEqual(['unverified', 'unverified']);
    const forgedExport = await here.exportPdf(forge(version), 'forged.pdf');
    expect(forgedExport.saved).toMatchObject({ sealed: false, copy: 'unverified-copy' });
    if (hasPoppler) expect(pdfsig(forgedExport.path)).toMatch(/does not contain any signatures/);
  });

  it('keeps the original exclusively: the same file twice is one file, a damaged kept file no longer counts', async () => {
    const here = install();
    await here.data('extractAgreement', { base64: b64(original) });
    await here.data('extractAgreement', { base64: b64(original) });
    const folder = sealedFolder(here.dataFolder, version.agreementId);
    expect(readdirSync(folder)).toEqual([`1-${version.contentHash}.pdf`]);
    const kept = join(folder, `1-${version.contentHash}.pdf`);
    const damaged = Buffer.from(original);
    damaged[200] ^= 0x01;
    writeFileSync(kept, damaged);
    expect(await here.provenance(version)).toEqual(['unverified']);
    // Importing the intact PDF again keeps it beside the damaged one (never over it), and it counts again.
    await here.data('extractAgreement', { base64: b64(original) });
    expect(readdirSync(folder)).toHaveLength(2);
    expect(readFileSync(kept)).toEqual(damaged);
    expect(await here.provenance(version)).toEqual(['sealed-original']);
  });

  it('an unsealed or appended-to PDF is not kept', async () => {
    const here = install();
    const unsealed = (await here.exportPdf(forge(version), 'forged.pdf')).bytes;
    await here.data('extractAgreement', { base64: b64(unsealed) });
    await here.data('extractAgreement', { base64: b64(appendIncrementalUpdate(original)) });
    expect(existsSync(sealedFolder(here.dataFolder, version.agreementId))).toBe(false);
  });
});
