import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { Signature } from '../../../../shared/model/signatures';

// The renderer's bridge goes straight to the real main-process handlers (zod at the boundary, the
// install's seal key in a temporary data folder): only the transport is left out.
const dataFolder = mkdtempSync(join(tmpdir(), 'cg-witness-'));
const saveAs = join(dataFolder, 'exported.pdf');
vi.mock('../../../../renderer/src/bridge', async () => {
  const { createPdfHandlers } = await import('../../../../electron/main/handlers/pdf');
  const { dispatch } = await import('../../../../electron/main/ipc/dispatch');
  const { createPlainNodeDeps } = await import('../../../../electron/main/services/plain-node-deps');
  const deps = createPlainNodeDeps({ shell: 'web', appVersion: 'test', dataFolder, chooseSavePath: async () => saveAs });
  const handlers = createPdfHandlers(deps) as never;
  // Laying out a PDF needs Node's own typed arrays, which jsdom replaces: the export is decided by the
  // real rule and services (receipts, kept originals), and the file itself is made in the electron tests.
  const { decideExport } = await import('../../../../electron/main/services/pdf/provenance');
  const { KeyStore } = await import('../../../../electron/main/services/keys');
  const keys = new KeyStore(deps);
  const exportPdf = async ({ version }: { version: never }) => {
    const decision = await decideExport(version, { dataFolder, verifiers: () => keys.witnessVerifiers(), originOf: (fp) => keys.originOf(fp) });
    return { ok: true, data: { path: saveAs, bytes: 1, sha256: '0'.repeat(64), sealed: decision.plan === 'seal' || decision.plan === 'original', copy: decision.plan, provenance: decision.provenance, certificate: null } };
  };
  const call = (method: string) => (input: unknown) => (method === 'exportPdf' ? exportPdf(input as never) : dispatch(handlers, method as never, input));
  return { bridge: new Proxy({}, { get: (_t, method: string) => call(method) }) };
});

const { openDatabase } = await import('../../../../renderer/src/db/database');
const { createSampleWorkshop } = await import('../../../../renderer/src/db/repositories/workshops');
const { addSignature } = await import('../../../../renderer/src/db/repositories/signing');
const { witnessOnThisInstall } = await import('../../../../renderer/src/features/review/witness');
const { bridge } = await import('../../../../renderer/src/bridge');
const { useEditor } = await import('../../../../renderer/src/stores/editor');
const { default: ExportStep } = await import('../../../../renderer/src/features/export/ExportStep');
const { contentHash } = await import('../../../../shared/rules/canonical');
const { provenanceItem } = await import('../../../../shared/rules/provenance');

afterAll(() => rmSync(dataFolder, { recursive: true, force: true }));

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
function signatureOf(version: AgreementVersion, participantId: string, at = new Date().toISOString()): Signature {
  const person = version.content.participants.find((p) => p.id === participantId)!;
  return { id: `sig-${participantId}`, participantId, name: person.name, title: person.title, team: person.team, method: 'typed', image: PNG, consentText: 'I agree to sign electronically.', consentAt: at, signedAt: at, timeZone: 'Europe/Berlin', contentHash: contentHash(version.content) };
}

async function signedSample(witness = true) {
  const db = openDatabase(`witness-${Math.random()}`);
  const { versionId } = await createSampleWorkshop(db);
  const draft = (await db.versions.get(versionId))!;
  const options = witness ? { witness: witnessOnThisInstall } : {};
  await addSignature(versionId, signatureOf(draft, 'p-mary'), db, options);
  const signed = await addSignature(versionId, signatureOf(draft, 'p-sammy'), db, options);
  return { db, versionId, signed };
}

const provenanceOf = async (version: AgreementVersion) => {
  const result = await bridge.provenance({ items: [provenanceItem(version)] });
  if (!result.ok) throw new Error(result.error.message);
  return result.data.items[0].provenance;
};

describe('signing on this install', () => {
  it('stores each signature with a receipt from the witness channel, so the version is witnessed and seals', async () => {
    const { db, signed } = await signedSample();
    expect(signed.status).toBe('signed');
    expect(signed.signatures.map((s) => s.receipt?.certificateFingerprint)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/), expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(await provenanceOf(signed)).toBe('witnessed');
    const events = await db.auditEvents.where('versionId').equals(signed.id).toArray();
    expect(events.filter((e) => e.kind === 'signed').every((e) => /Witnessed by this install/.test(e.detail))).toBe(true);
    const exported = await bridge.exportPdf({ version: signed, auditEvents: [] });
    expect(exported).toMatchObject({ ok: true, data: { sealed: true, copy: 'seal', provenance: 'witnessed' } });
    await db.delete();
  }, 30_000);

  it('a receipt handed in with the signature is dropped, and without the witness the version is not verified', async () => {
    const { db, signed: witnessed } = await signedSample();
    const again = await signedSample(false);
    expect(again.signed.signatures.every((s) => s.receipt === undefined)).toBe(true);
    expect(await provenanceOf(again.signed)).toBe('unverified');

    const third = openDatabase(`witness-${Math.random()}`);
    const { versionId } = await createSampleWorkshop(third);
    const draft = (await third.versions.get(versionId))!;
    const borrowed = { ...signatureOf(draft, 'p-mary'), receipt: witnessed.signatures[0].receipt };
    expect((await addSignature(versionId, borrowed, third)).signatures[0].receipt).toBeUndefined();
    await Promise.all([db.delete(), again.db.delete(), third.delete()]);
  }, 30_000);

  it('when the witness refuses (a signature not given now), nothing is saved', async () => {
    const db = openDatabase(`witness-${Math.random()}`);
    const { versionId } = await createSampleWorkshop(db);
    const draft = (await db.versions.get(versionId))!;
    await expect(addSignature(versionId, signatureOf(draft, 'p-mary', '2020-01-01T10:00:00.000Z'), db, { witness: witnessOnThisInstall })).rejects.toThrow(/could not witness the signature, so it was not saved/);
    expect((await db.versions.get(versionId))!.signatures).toEqual([]);
    expect(await db.auditEvents.where('versionId').equals(versionId).filter((e) => e.kind === 'signed').count()).toBe(0);
    await db.delete();
  });
});

describe('the export screen', () => {
  it('offers a sealed PDF for a version signed here', async () => {
    const { db, signed } = await signedSample();
    useEditor.setState({ version: signed });
    render(<ExportStep />);
    expect(await screen.findByRole('button', { name: 'Export sealed PDF' }, { timeout: 10_000 })).toBeEnabled();
    expect(screen.getByRole('heading', { name: 'Sealed agreement' })).toBeVisible();
    await db.delete();
  }, 30_000);

  it('says why an imported, forged-looking version cannot be sealed and what to do, and exports it as an unverified copy', async () => {
    const { db, signed } = await signedSample();
    const content = { ...signed.content, title: 'Edited after signing' };
    const hash = contentHash(content);
    const forged = { ...signed, content, contentHash: hash, signatures: signed.signatures.map((s) => ({ ...s, contentHash: hash })) };
    useEditor.setState({ version: forged });
    render(<ExportStep />);
    expect(await screen.findByRole('heading', { name: 'Imported, not verified' }, { timeout: 10_000 })).toBeVisible();
    const why = screen.getByTestId('export-why');
    expect(why).toHaveTextContent('This version cannot be sealed.');
    expect(why).toHaveTextContent(/open the original sealed PDF you received/);
    expect(why).toHaveTextContent('IMPORTED COPY — NOT VERIFIED');
    expect(screen.getByRole('button', { name: 'Open the original sealed PDF…' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Export unverified copy' }));
    expect(await screen.findByTestId('export-result')).toHaveTextContent('Unverified copy saved');
    expect(screen.getByTestId('export-result')).toHaveTextContent('Not sealed (marked IMPORTED COPY — NOT VERIFIED)');
    await db.delete();
  }, 30_000);
});
