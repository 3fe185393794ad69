import { Suspense } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { createSampleWorkshop, loadWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { WorkshopScreen } from '../../../../renderer/src/features/workshop/WorkshopScreen';
import { useIsFrozen } from '../../../../renderer/src/features/workshop/useIsFrozen';
import { useEditor } from '../../../../renderer/src/stores/editor';
import type { StepId } from '../../../../shared/model/workshop';

const HASH = 'c'.repeat(64);
let workshopId = '';

async function openSample(frozen: boolean) {
  const created = await createSampleWorkshop();
  const found = (await loadWorkshop(created.id))!;
  const version = frozen
    ? { ...found.version, status: 'signed' as const, contentHash: HASH, frozenAt: '2027-01-14T10:00:00.000Z' }
    : found.version;
  useEditor.getState().load(found.workshop, version);
  workshopId = created.id;
}

const show = (step: StepId) =>
  render(
    <Suspense fallback={<p>Loading…</p>}>
      <WorkshopScreen workshopId={workshopId} step={step} />
    </Suspense>,
  );

function FrozenFlag() {
  return <span data-testid="flag">{String(useIsFrozen())}</span>;
}

describe('a signed version is read-only on every step', () => {
  beforeEach(() => openSample(true));

  it('locks the participants form and table, keeps step navigation and shows one banner', async () => {
    show('participants');
    await screen.findByRole('heading', { name: 'Participants & context', level: 1 });
    await waitFor(() => expect(screen.getByLabelText('Organisation')).toBeDisabled());
    const banner = screen.getByTestId('frozen-banner');
    expect(banner).toHaveTextContent(/Signed v1 on .+ — read-only\. Revise to make changes/);
    expect(screen.getAllByTestId('frozen-banner')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Revise' })).toBeEnabled();
    expect(screen.getByRole('button', { name: /Remove Ola Brandt/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Next: Maturity check/ })).toBeEnabled();
  });

  it('locks the consent bar but not the view tabs of a step', async () => {
    show('maturity');
    await screen.findByRole('heading', { name: 'Maturity check', level: 1 });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sales: 4 of 5' })).toBeDisabled());
    expect(screen.getByLabelText('Sales objection (reason)')).toBeDisabled();
    for (const tab of screen.getAllByRole('tab')) expect(tab).toBeEnabled();
  });

  it('keeps the export action live', async () => {
    show('export');
    expect(await screen.findByRole('button', { name: 'Export draft PDF' })).toBeEnabled();
  });

  it('exposes the flag to custom widgets through useIsFrozen', () => {
    render(<FrozenFlag />);
    expect(screen.getByTestId('flag')).toHaveTextContent('true');
  });
});

describe('a draft stays editable', () => {
  beforeEach(() => openSample(false));

  it('has no banner and no locked fields', async () => {
    show('participants');
    await screen.findByRole('heading', { name: 'Participants & context', level: 1 });
    expect(screen.getByLabelText('Organisation')).toBeEnabled();
    expect(screen.queryByTestId('frozen-banner')).toBeNull();
    render(<FrozenFlag />);
    expect(screen.getByTestId('flag')).toHaveTextContent('false');
  });
});
