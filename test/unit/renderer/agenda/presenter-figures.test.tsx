import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { PresenterOverlay } from '../../../../renderer/src/features/presenter/PresenterOverlay';
import { usePresenter } from '../../../../renderer/src/features/presenter/presenter-store';
import { useEditor } from '../../../../renderer/src/stores/editor';
import { reverseFunnel } from '../../../../shared/rules/goals/funnel';
import { splitPercents } from '../../../../shared/rules/goals/rate-steps';
import { openTemplateWorkshop } from './helpers';

let workshopId = '';
beforeEach(async () => {
  usePresenter.getState().leave();
  workshopId = (await openTemplateWorkshop()).id;
});

function presentStep(step: string) {
  window.location.hash = `#/workshop/${workshopId}/${step}`;
  render(<PresenterOverlay />);
  act(() => void fireEvent.keyDown(document.body, { key: 'p' }));
  return screen.getByTestId('presenter');
}

const content = () => useEditor.getState().version!.content;

describe('presenter figures for steps 4–8', () => {
  it('scoring: the MQL threshold and the top tiers', () => {
    const view = presentStep('scoring');
    expect(view).toHaveTextContent(`An MQL scores ${content().scoring.settings.mqlThreshold} points or more.`);
    expect(view).toHaveTextContent('Critical');
    expect(view).toHaveTextContent(content().scoring.criteria.find((c) => c.tier === 'Critical')!.label);
  });

  it('goals: the monthly MQLs, SQLs and deals from the reverse funnel', () => {
    const view = presentStep('goals');
    const funnel = reverseFunnel(content().goals);
    expect(view).toHaveTextContent(`${funnel.mqlCommitmentPerMonth.toLocaleString('en-US')}MQLs a month`);
    expect(view).toHaveTextContent(`${funnel.perMonth.deals.toLocaleString('en-US')}Deals a month`);
  });

  it('incentives: the pool as a share of the revenue target (the on-target bonus) and the split', () => {
    const view = presentStep('incentives');
    const split = splitPercents(content().incentives.salesSharePercent);
    expect(view).toHaveTextContent("The on-target bonus is 10 % of the quarter's revenue target of $1,200,000: $120,000.");
    expect(view).not.toHaveTextContent('of every deal');
    expect(view).toHaveTextContent(`Sales${split.sales} %`);
    expect(view).toHaveTextContent(`Marketing${split.marketing} %`);
  });

  it('goals: a funnel the rule refuses is said, not shown as figures', () => {
    act(() => void useEditor.setState({ version: { ...useEditor.getState().version!, content: { ...content(), goals: { ...content().goals, rates: { ...content().goals.rates, sqlToWon: 0 } } } } }));
    expect(presentStep('goals')).toHaveTextContent('The SQL→won rate must be above 0 %');
  });

  it('commitments: how many, each with its number', () => {
    expect(presentStep('commitments')).toHaveTextContent(`${content().commitments.rows.length} commitments, each with its number`);
  });

  it('review: who still has to sign', () => {
    expect(presentStep('review')).toHaveTextContent('Not signed yet. Still to sign:');
  });
});
