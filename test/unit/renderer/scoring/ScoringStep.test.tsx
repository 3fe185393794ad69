import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ScoringStep from '../../../../renderer/src/features/scoring/ScoringStep';
import { moveBy, moveCard } from '../../../../renderer/src/features/scoring/card-actions';
import { trySetting } from '../../../../renderer/src/features/scoring/SettingsPanel';
import { undo, useEditor } from '../../../../renderer/src/stores/editor';
import { PLACEMENT_RULE_SENTENCE } from '../../../../shared/rules/scoring';
import type { Criterion } from '../../../../shared/model/scoring';
import { byLabel, loadSample, scoring } from './fixtures';

const tierList = (tier: string) => screen.getByRole('list', { name: `${tier} tier` });
const pointsOf = (label: string) => screen.getByRole('button', { name: `Drag ${label}` }).closest('li')!.querySelector('.sc-points')!.textContent;

describe('ScoringStep board', () => {
  it('shows the rule, every card in its tier with live points, and the preview', () => {
    loadSample();
    render(<ScoringStep />);
    expect(screen.getByTestId('placement-rule')).toHaveTextContent(PLACEMENT_RULE_SENTENCE);
    expect(within(tierList('Critical')).getAllByRole('listitem')).toHaveLength(2);
    expect(pointsOf('Demo request')).toBe('+34');
    expect(pointsOf('Unsubscribed')).toBe('−14');
    expect(screen.getByTestId('lead-total-lead-1')).toHaveTextContent('118');
  });

  it('a move is one undo step and the points and preview follow it', () => {
    loadSample();
    render(<ScoringStep />);
    const sam = screen.getByTestId('lead-total-lead-2');
    expect(sam).toHaveTextContent('−3');
    act(() => void moveCard(byLabel('Whitepaper download').id, 'Critical', 0));
    expect(within(tierList('Critical')).getByText('Whitepaper download')).toBeInTheDocument();
    expect(pointsOf('Whitepaper download')).toBe('+34');
    expect(pointsOf('Demo request')).toBe('+32');
    expect(sam).toHaveTextContent('22');
    act(() => undo());
    expect(within(tierList('Weak')).getByText('Whitepaper download')).toBeInTheDocument();
    expect(pointsOf('Demo request')).toBe('+34');
  });

  it('says beside the board which other cards a move re-priced, until the board changes again', () => {
    loadSample();
    render(<ScoringStep />);
    const status = screen.getByTestId('board-status');
    expect(status).toHaveTextContent('');
    act(() => void moveCard(byLabel('Decision-maker title').id, 'Critical', 0));
    expect(status).toHaveTextContent('Also changed: Demo request +34 → +32.');
    expect(status).toHaveAttribute('aria-live', 'polite');
    act(() => undo());
    expect(status).toHaveTextContent('');
    // A drop the drag announcement already spoke is shown but not read a second time.
    act(() => void moveCard(byLabel('Decision-maker title').id, 'Critical', 0, { spoken: true }));
    expect(status).toHaveTextContent('Also changed: Demo request +34 → +32.');
    expect(status).toHaveAttribute('aria-live', 'off');
    // A move that re-prices nobody else says nothing.
    act(() => void moveCard(byLabel('Newsletter subscriber').id, 'Ignore', 0));
    act(() => void moveCard(byLabel('Competitor domain').id, 'Ignore', 5));
    expect(status).toHaveTextContent('');
  });

  it('moves up and down within a tier and ignores a move past the ends', () => {
    loadSample();
    render(<ScoringStep />);
    const before = useEditor.getState().version;
    act(() => void moveBy(byLabel('Demo request').id, -1));
    expect(useEditor.getState().version).toBe(before);
    act(() => void moveBy(byLabel('Demo request').id, 1));
    expect(pointsOf('Decision-maker title')).toBe('+34');
  });

  it('a signed version offers no card to pick up', () => {
    loadSample();
    const version = useEditor.getState().version!;
    act(() => useEditor.setState({ version: { ...version, status: 'signed', contentHash: 'a'.repeat(64) } }));
    render(<ScoringStep />);
    expect(screen.getByRole('button', { name: 'Drag Demo request' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('renders 200 cards', () => {
    const many: Criterion[] = Array.from({ length: 200 }, (_, i) => ({
      id: `c-${i}`,
      label: `Criterion ${i}`,
      category: i % 2 ? 'Fit' : 'Engagement',
      description: '',
      condition: { op: 'event', field: 'events', value: `e${i}`, repeat: 'once', maxCount: 1 },
      tier: (['Critical', 'Strong', 'Moderate', 'Weak', 'Ignore', 'Negative'] as const)[i % 6],
      order: Math.floor(i / 6),
      pinnedPoints: null,
      disqualifies: false,
    }));
    loadSample(many);
    render(<ScoringStep />);
    expect(screen.getAllByRole('button', { name: /^Drag Criterion/ })).toHaveLength(200);
  });
});

describe('ScoringStep editing', () => {
  it('refuses pinned points of 150 with a message and keeps the card as it was', async () => {
    loadSample();
    const user = userEvent.setup();
    render(<ScoringStep />);
    await user.click(screen.getByRole('button', { name: 'Demo request' }));
    await user.click(screen.getByLabelText(/Pin the points by hand/));
    await user.type(screen.getByLabelText('Pinned points'), '150');
    await user.click(screen.getByRole('button', { name: 'Save criterion' }));
    expect(screen.getByText('Points must be between −100 and 100')).toBeInTheDocument();
    expect(byLabel('Demo request').pinnedPoints).toBeNull();
    await user.clear(screen.getByLabelText('Pinned points'));
    await user.type(screen.getByLabelText('Pinned points'), '-5');
    await user.click(screen.getByRole('button', { name: 'Save criterion' }));
    expect(byLabel('Demo request').pinnedPoints).toBe(-5);
    expect(pointsOf('Demo request')).toMatch(/^●?−5$/);
    // The rule now leaves the pinned card alone, and Decision-maker title takes the top bonus only if moved.
    expect(pointsOf('Decision-maker title')).toBe('+32');
  });

  it('adds a criterion only once its condition is filled in', async () => {
    loadSample();
    const user = userEvent.setup();
    render(<ScoringStep />);
    const count = scoring().criteria.length;
    await user.click(screen.getByRole('button', { name: '+ Add criterion' }));
    await user.type(screen.getByLabelText('Label'), 'Case study read');
    await user.click(screen.getByRole('button', { name: 'Add criterion' }));
    expect(screen.getByText('Event name is required')).toBeInTheDocument();
    expect(scoring().criteria).toHaveLength(count);
    await user.type(screen.getByLabelText('Event name'), 'case study');
    await user.click(screen.getByRole('button', { name: 'Add criterion' }));
    expect(scoring().criteria).toHaveLength(count + 1);
    expect(within(tierList('Moderate')).getByText('Case study read')).toBeInTheDocument();
  });

  it('refuses a threshold no lead can reach, in the settings tab and in the helper', async () => {
    loadSample();
    const user = userEvent.setup();
    render(<ScoringStep />);
    await user.click(screen.getByRole('tab', { name: 'Model settings' }));
    const input = screen.getByLabelText('MQL threshold');
    await user.clear(input);
    expect(screen.getByText('MQL threshold is required')).toBeInTheDocument();
    // Pasted in one go; typed digit by digit, 9 and 90 would each be valid thresholds on the way.
    await user.click(input);
    await user.paste('900');
    expect(screen.getByText(/No lead can reach the MQL threshold of 900/)).toBeInTheDocument();
    expect(scoring().settings.mqlThreshold).toBe(50);
    expect(trySetting(scoring(), (s, v) => ({ ...s, caps: { ...s.caps, total: v } }), 10)).toMatch(/most any lead can score is 10/);
    expect(trySetting(scoring(), (s, v) => ({ ...s, mqlThreshold: v ?? 0 }), 70)).toBeNull();
  });
});
