import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createWorkshop, loadWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { useEditor } from '../../../../renderer/src/stores/editor';
import IncentivesStep from '../../../../renderer/src/features/incentives/IncentivesStep';
import { AgreementSummary } from '../../../../renderer/src/features/review/summary/AgreementSummary';
import { describeIncentivePlan, workedIncentiveTable } from '../../../../shared/present/incentives';

const content = () => useEditor.getState().version!.content;
const context = () => ({ revenueTargetCents: content().goals.revenueTargetCents, currency: content().currency, locale: content().locale });
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const rulesText = (root: HTMLElement) => within(root).getAllByRole('listitem').map((li) => li.textContent);
const rowTexts = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

beforeEach(async () => {
  const workshop = await createWorkshop({ organisation: 'Acme', title: 'Q1 SLA', quarter: '2027-Q1', date: '2027-01-14', facilitator: 'Riley' });
  const found = await loadWorkshop(workshop.id);
  useEditor.getState().load(found!.workshop, found!.version);
});

describe('Incentive splits step', () => {
  it('states each rule in the shared sentences and prints the shared worked table', () => {
    render(<IncentivesStep />);
    expect(rulesText(screen.getByTestId('incentive-rules'))).toEqual(describeIncentivePlan(content().incentives, context()).map((s) => s.text));
    const table = screen.getByRole('table', { name: 'Pay-out projection' });
    expect(rowTexts(table)).toEqual(workedIncentiveTable(content().incentives, context()).rows.map((r) => r.cells));
    // The seed plan (cap 200 %): 120 % attainment pays 200 % of the $120,000 bonus, not 240 %.
    expect(within(table).getByRole('row', { name: /^120 %/ })).toHaveTextContent('120 %200 %$240,000$168,000$72,000');
    expect(screen.getByTestId('example-sentence')).toHaveTextContent('A $10,000 deal is $10,000 ÷ $1,200,000 of the revenue target');
    expect(screen.getByTestId('payout-curve-chart')).toHaveAttribute('aria-label', expect.stringContaining('150 % → 200 %'));
  });

  it('follows the accelerator and the cap as they are edited', () => {
    render(<IncentivesStep />);
    type('Accelerator above 100 %', '2');
    type('Cap on the pay-out', '');
    expect(content().incentives).toMatchObject({ acceleratorAbove100: 2, capPercent: null });
    const table = screen.getByRole('table', { name: 'Pay-out projection' });
    // 100 + 2 × (200 − 100) = 300 % of the bonus at 110 %.
    expect(within(table).getByRole('row', { name: /^110 %/ })).toHaveTextContent('110 %300 %$360,000');
    expect(screen.getByTestId('incentive-rules')).toHaveTextContent('= 300 % of the bonus.');
    expect(screen.getByTestId('incentive-rules')).toHaveTextContent('There is no cap');
  });
});

describe('Incentives review summary', () => {
  it('says exactly what the step says, from the same shared sentences and table', () => {
    render(<AgreementSummary version={{ content: content(), contentHash: null, rulesVersion: 2 }} />);
    const section = screen.getByRole('region', { name: '5. Incentive split' });
    expect(rulesText(section)).toEqual(describeIncentivePlan(content().incentives, context()).map((s) => s.text));
    expect(rowTexts(within(section).getByRole('table', { name: 'Incentive pay-out by attainment' }))).toEqual(workedIncentiveTable(content().incentives, context()).rows.map((r) => r.cells));
  });
});

describe('a version signed under rules version 1', () => {
  /** The seed plan signed before rules had versions: frozen, signed, no rulesVersion recorded. */
  function signUnderOldRules() {
    const { version, workshop } = useEditor.getState();
    const { rulesVersion: _none, ...old } = version!;
    useEditor.getState().load(workshop!, { ...old, status: 'signed', contentHash: 'a'.repeat(64), frozenAt: '2027-01-14T12:00:00.000Z' });
  }

  it('shows the figures its signers saw, in the words of its rules, with a note on how today’s rules read it', () => {
    signUnderOldRules();
    render(<IncentivesStep />);
    const table = screen.getByRole('table', { name: 'Pay-out projection' });
    // Rules version 1 capped the gate percentage, not the pay-out: 120 % attainment paid 240 % of the bonus.
    expect(within(table).getByRole('row', { name: /^120 %/ })).toHaveTextContent('120 %240 %$288,000');
    expect(screen.getByTestId('incentive-rules')).toHaveTextContent('The cap of 200 % limits the gate percentage, not the pay-out');
    expect(screen.getByTestId('rules-notice')).toHaveTextContent('Signed under rules version 1');
    expect(screen.getByTestId('rules-notice')).toHaveTextContent('At 120 % attainment it pays 240 % of the on-target bonus ($288,000); today’s rules would pay 200 % of the on-target bonus ($240,000).');
    expect(screen.queryByTestId('worked-example')).toBeNull();
  });
});
