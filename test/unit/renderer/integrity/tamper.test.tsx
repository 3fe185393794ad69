import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../../renderer/src/db/database';
import { createSampleWorkshop, loadWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { addSignature } from '../../../../renderer/src/db/repositories/signing';
import { assertIntact, readPageIntegrity, readVersionIntegrity } from '../../../../renderer/src/db/repositories/integrity';
import { queryLibrary } from '../../../../renderer/src/db/repositories/library';
import { WorkshopScreen } from '../../../../renderer/src/features/workshop/WorkshopScreen';
import { LibraryScreen } from '../../../../renderer/src/features/library/LibraryScreen';
import { startFirstRead } from '../../../../renderer/src/features/library/first-read';
import { EMPTY_QUERY } from '../../../../renderer/src/features/library/useLibraryPage';
import { useEditor } from '../../../../renderer/src/stores/editor';
import { contentHash } from '../../../../shared/rules/canonical';
import { exportReadiness } from '../../../../shared/rules/export-readiness';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { Signature } from '../../../../shared/model/signatures';
import type { StepId } from '../../../../shared/model/workshop';
import { dump } from '../library/db-helpers';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
let workshopId = '';
let versionId = '';

function signatureOf(version: AgreementVersion, participantId: string): Signature {
  const person = version.content.participants.find((p) => p.id === participantId)!;
  const at = new Date().toISOString();
  return { id: `sig-${participantId}`, participantId, name: person.name, title: person.title, team: person.team, method: 'typed', image: PNG, consentText: 'I agree to sign electronically.', consentAt: at, signedAt: at, timeZone: 'Europe/Berlin', contentHash: contentHash(version.content) };
}

/** The sample workshop, signed in this app by Marketing and Sales. */
beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  const workshop = await createSampleWorkshop();
  workshopId = workshop.id;
  versionId = workshop.versionId;
  const draft = (await db.versions.get(versionId))!;
  await addSignature(versionId, signatureOf(draft, 'p-mary'));
  await addSignature(versionId, signatureOf(draft, 'p-sammy'));
});
afterEach(() => useEditor.getState().close());

/** What a person with the browser's developer tools does: writes the versions store directly, nothing else. */
async function tamper(change: (v: AgreementVersion) => AgreementVersion): Promise<void> {
  const stored = (await db.versions.get(versionId))!;
  await db.versions.put(change(stored));
}
const page = async () => (await queryLibrary(EMPTY_QUERY)).rows;
const trail = async (agreementId: string) => db.auditEvents.where('agreementId').equals(agreementId).toArray();

describe('a record changed inside IndexedDB is noticed on load', () => {
  it('an intact signed version has no problems, in the workshop or on its library page', async () => {
    expect(await readVersionIntegrity(versionId)).toEqual([]);
    expect((await readPageIntegrity(await page())).size).toBe(0);
    const version = (await db.versions.get(versionId))!;
    expect(exportReadiness(version, await trail(version.agreementId)).sealable).toBe(true);
  });

  it('a signed version flipped to draft: problems, a library row that disagrees, no signing, no seal, nothing written', async () => {
    await tamper((v) => ({ ...v, status: 'draft' }));
    const problems = await readVersionIntegrity(versionId);
    expect(problems).toContain('It is marked as a draft, yet it was frozen and carries 2 signatures.');
    const onPage = (await readPageIntegrity(await page())).get(versionId)!;
    expect(onPage).toContain('The library lists its status as “signed”, but the stored record says “draft”.');

    const version = (await db.versions.get(versionId))!;
    expect(exportReadiness(version, await trail(version.agreementId))).toMatchObject({ sealable: false, problems });
    const before = await dump(db);
    await expect(assertIntact(version, 'signed')).rejects.toThrow(/^This record was changed outside the app, so it cannot be signed: /);
    expect(await dump(db)).toBe(before);
  });

  it('an edited title', async () => {
    await tamper((v) => ({ ...v, content: { ...v.content, title: 'Quietly changed' } }));
    expect(await readVersionIntegrity(versionId)).toEqual(['Its content (a title, a name or a number) no longer matches the content hash it was signed with.']);
    expect((await readPageIntegrity(await page())).get(versionId)!.join(' ')).toMatch(/The library lists its title as “.+”, but the stored record says “Quietly changed”\./);
  });

  it('an edited audit event', async () => {
    const first = (await trail((await db.versions.get(versionId))!.agreementId)).find((e) => e.previousHash === '')!;
    await db.auditEvents.put({ ...first, actor: 'Someone else' });
    expect((await readVersionIntegrity(versionId)).join(' ')).toMatch(/The audit trail was edited: Event 1 \(created\) was changed after it was recorded/);
  });
});

const showWorkshop = (step: StepId) =>
  render(
    <Suspense fallback={<p>Loading…</p>}>
      <WorkshopScreen workshopId={workshopId} step={step} />
    </Suspense>,
  );

describe('the screens', () => {
  it('the workshop shows the banner and locks signing', async () => {
    await tamper((v) => ({ ...v, status: 'draft' }));
    const found = (await loadWorkshop(workshopId))!;
    useEditor.getState().load(found.workshop, found.version);
    showWorkshop('review');
    const banner = await screen.findByTestId('integrity-banner', {}, { timeout: 5000 });
    expect(banner).toHaveTextContent(/^This record was changed outside the app\. .*signing, editing and export are turned off/);
    expect(within(banner).getAllByRole('listitem').length).toBeGreaterThan(0);
    const signing = await screen.findByLabelText('Who is signing?', {}, { timeout: 5000 });
    await waitFor(() => expect(signing).toBeDisabled(), { timeout: 5000 });
    for (const tab of screen.queryAllByRole('tab')) expect(tab).toBeEnabled();
  });

  it('the workshop locks export too: every control of the step but its tabs', async () => {
    await tamper((v) => ({ ...v, content: { ...v.content, title: 'Quietly changed' } }));
    const found = (await loadWorkshop(workshopId))!;
    useEditor.getState().load(found.workshop, found.version);
    const { container } = showWorkshop('export');
    await screen.findByTestId('integrity-banner', {}, { timeout: 5000 });
    await screen.findByRole('heading', { level: 1, name: 'Export' }, { timeout: 5000 });
    const step = container.querySelector('.step-content')!;
    await waitFor(() => expect(step.querySelectorAll('button').length).toBeGreaterThan(0), { timeout: 5000 });
    await waitFor(() => expect([...step.querySelectorAll('button, input, select, textarea')].filter((c) => !(c as HTMLButtonElement).disabled && c.getAttribute('role') !== 'tab')).toEqual([]), { timeout: 5000 });
  });

  it('an intact signed version shows no banner and keeps signing live', async () => {
    const found = (await loadWorkshop(workshopId))!;
    useEditor.getState().load(found.workshop, found.version);
    showWorkshop('review');
    const signing = await screen.findByLabelText('Who is signing?', {}, { timeout: 5000 });
    // The check has answered (nothing to report) well before this.
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByTestId('integrity-banner')).toBeNull();
    expect(signing).toBeEnabled();
  });

  it('the library marks the row, after the page is drawn', async () => {
    await tamper((v) => ({ ...v, status: 'draft' }));
    startFirstRead();
    render(<LibraryScreen />);
    const row = (await screen.findAllByTestId('library-row'))[0]!;
    const badge = await within(row).findByTestId('integrity-badge', {}, { timeout: 3000 });
    expect(badge).toHaveTextContent('Changed outside the app');
    expect(badge).toHaveAccessibleName(/^This record was changed outside the app: It is marked as a draft/);
  });
});
