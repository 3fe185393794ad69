import { Suspense } from 'react';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { Signature } from '../../../../shared/model/signatures';
import type { ProvenanceItem } from '../../../../shared/rules/provenance';

// The bridge goes to the real main-process handlers (receipts checked with the install's key in a
// temporary data folder); every provenance question is recorded, to count them.
const dataFolder = mkdtempSync(join(tmpdir(), 'cg-library-provenance-'));
const questions: ProvenanceItem[][] = [];
vi.mock('../../../../renderer/src/bridge', async () => {
  const { createPdfHandlers } = await import('../../../../electron/main/handlers/pdf');
  const { dispatch } = await import('../../../../electron/main/ipc/dispatch');
  const { createPlainNodeDeps } = await import('../../../../electron/main/services/plain-node-deps');
  const deps = createPlainNodeDeps({ shell: 'web', appVersion: 'test', dataFolder });
  const handlers = createPdfHandlers(deps) as never;
  const call = (method: string) => (input: unknown) => {
    if (method === 'provenance') questions.push((input as { items: ProvenanceItem[] }).items);
    // Other channels (the presenter's display) are not the PDF handlers' and not under test here.
    if (!(method in (handlers as object))) return Promise.resolve({ ok: false, error: { code: 'IO', message: 'Not in this test' } });
    return dispatch(handlers, method as never, input);
  };
  return { bridge: new Proxy({}, { get: (_t, method: string) => call(method) }), isDesktop: false, onMenuCommand: () => () => undefined };
});

const { db } = await import('../../../../renderer/src/db/database');
const { createSampleWorkshop, loadWorkshop } = await import('../../../../renderer/src/db/repositories/workshops');
const { addSignature } = await import('../../../../renderer/src/db/repositories/signing');
const { queryLibrary } = await import('../../../../renderer/src/db/repositories/library');
const { forgetProvenance, provenanceOfVersions, readPageProvenance } = await import('../../../../renderer/src/db/repositories/provenance-cache');
const { witnessOnThisInstall } = await import('../../../../renderer/src/features/review/witness');
const { LibraryScreen } = await import('../../../../renderer/src/features/library/LibraryScreen');
const { UNVERIFIED_LABEL } = await import('../../../../renderer/src/features/library/LibraryRow');
const { startFirstRead } = await import('../../../../renderer/src/features/library/first-read');
const { EMPTY_QUERY } = await import('../../../../renderer/src/features/library/useLibraryPage');
const { WorkshopScreen } = await import('../../../../renderer/src/features/workshop/WorkshopScreen');
const { useEditor } = await import('../../../../renderer/src/stores/editor');
const { contentHash } = await import('../../../../shared/rules/canonical');
const { provenanceNotice } = await import('../../../../shared/rules/provenance');

afterAll(() => rmSync(dataFolder, { recursive: true, force: true }));

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
function signatureOf(version: AgreementVersion, participantId: string): Signature {
  const person = version.content.participants.find((p) => p.id === participantId)!;
  const at = new Date().toISOString();
  return { id: `sig-${participantId}`, participantId, name: person.name, title: person.title, team: person.team, method: 'typed', image: PNG, consentText: 'I agree to sign electronically.', consentAt: at, signedAt: at, timeZone: 'Europe/Berlin', contentHash: contentHash(version.content) };
}

/** The sample, signed by both teams: witnessed by this install, or (witness: false) as an import from another install would be. */
async function signedSample(witness: boolean) {
  const workshop = await createSampleWorkshop();
  const draft = (await db.versions.get(workshop.versionId))!;
  const options = witness ? { witness: witnessOnThisInstall } : {};
  await addSignature(workshop.versionId, signatureOf(draft, 'p-mary'), db, options);
  const signed = await addSignature(workshop.versionId, signatureOf(draft, 'p-sammy'), db, options);
  return { workshop, signed };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  forgetProvenance();
  questions.length = 0;
  useEditor.getState().close();
});

describe('the library marks signed versions this install cannot vouch for', () => {
  it('says “Imported, not verified” in words (the notice’s own title) on the unverified row only, after one batched question', async () => {
    const unverified = await signedSample(false);
    const witnessed = await signedSample(true);
    const draft = await createSampleWorkshop();
    questions.length = 0;
    startFirstRead();
    render(<LibraryScreen />);
    const rows = await screen.findAllByTestId('library-row');
    expect(rows).toHaveLength(3);
    const badge = await screen.findByTestId('provenance-badge', {}, { timeout: 5000 });
    expect(UNVERIFIED_LABEL).toBe(provenanceNotice('unverified')!.title);
    expect(badge).toHaveTextContent(/^Imported, not verified: These signatures were not captured on this computer/);
    expect(badge).toBeVisible();
    expect(screen.getAllByTestId('provenance-badge')).toHaveLength(1);
    // One question for the page, about its two signed versions (the draft is not asked about).
    expect(questions.map((q) => q.map((i) => i.version))).toHaveLength(1);
    expect(questions[0]!.map((item) => item.signatures.length)).toEqual([2, 2]);
    // The rows are drawn in the library's order: the marked one is the unverified version.
    const order = (await queryLibrary(EMPTY_QUERY)).rows.map((r) => r.versionId);
    const marked = screen.getAllByTestId('library-row').findIndex((r) => within(r).queryByTestId('provenance-badge'));
    expect(order[marked]).toBe(unverified.signed.id);
    expect(order).toEqual(expect.arrayContaining([witnessed.signed.id, draft.versionId]));
  }, 30_000);

  it('asks once per version and content hash: a second read of the page asks nothing; a new signature asks again', async () => {
    await signedSample(false);
    await signedSample(true);
    const rows = (await queryLibrary(EMPTY_QUERY)).rows;
    questions.length = 0;
    const first = await readPageProvenance(rows);
    expect([...first.values()].sort()).toEqual(['unverified', 'witnessed']);
    expect(questions).toHaveLength(1);
    expect(await readPageProvenance(rows)).toEqual(first);
    expect(questions).toHaveLength(1);

    // Same id and content hash, but a receipt stripped inside IndexedDB: another key, another question, another answer.
    const witnessedId = [...first].find(([, p]) => p === 'witnessed')![0];
    const stored = (await db.versions.get(witnessedId))!;
    await db.versions.put({ ...stored, signatures: stored.signatures.map(({ receipt: _r, ...s }, i) => (i === 0 ? s : { ...s, receipt: _r })) });
    const again = await readPageProvenance(rows);
    expect(questions).toHaveLength(2);
    expect(questions[1]).toHaveLength(1);
    expect(again.get(witnessedId)).toBe('unverified');
  }, 30_000);

  it('batches by the contract’s limit, does not ask about unsigned versions, and caches no failed answer', async () => {
    const { signed } = await signedSample(false);
    const many = Array.from({ length: 230 }, (_, i) => ({ ...signed, id: `v-${i}` }));
    const sizes: number[] = [];
    const ask = async (items: ProvenanceItem[]) => {
      sizes.push(items.length);
      return { ok: true as const, data: { items: items.map(() => ({ provenance: 'unverified' as const, sealer: null })) } };
    };
    expect((await provenanceOfVersions([...many, { ...signed, id: 'd', signatures: [] }], ask)).size).toBe(230);
    expect(sizes).toEqual([100, 100, 30]);

    let calls = 0;
    const failing = async () => {
      calls += 1;
      return { ok: false as const, error: { code: 'IO' as const, message: 'The app service did not answer' } };
    };
    const lone = { ...signed, id: 'lone' };
    expect((await provenanceOfVersions([lone], failing)).size).toBe(0);
    expect((await provenanceOfVersions([lone], failing)).size).toBe(0);
    expect(calls).toBe(2);
  }, 30_000);
});

describe('the workshop marks an unverified version on every step but review and export (which show their own notice)', () => {
  it('shows the notice above the step', async () => {
    const { workshop } = await signedSample(false);
    const found = (await loadWorkshop(workshop.id))!;
    useEditor.getState().load(found.workshop, found.version);
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <WorkshopScreen workshopId={workshop.id} step="goals" />
      </Suspense>,
    );
    const notice = await screen.findByTestId('provenance-notice', {}, { timeout: 5000 });
    expect(notice).toHaveAttribute('data-provenance', 'unverified');
    expect(notice).toHaveTextContent(/^Imported, not verified\. These signatures were not captured on this computer/);
  }, 30_000);

  it('shows nothing for a version witnessed here', async () => {
    const { workshop } = await signedSample(true);
    const found = (await loadWorkshop(workshop.id))!;
    useEditor.getState().load(found.workshop, found.version);
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <WorkshopScreen workshopId={workshop.id} step="goals" />
      </Suspense>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Shared goals' }, { timeout: 5000 });
    await waitFor(() => expect(questions.length).toBeGreaterThan(0), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.queryByTestId('provenance-notice')).toBeNull();
  }, 30_000);
});
