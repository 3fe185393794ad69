import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ScoringStep from '../../../../renderer/src/features/scoring/ScoringStep';
import { edit } from '../../../../renderer/src/stores/edit';
import { describeDecay } from '../../../../shared/present/scoring';
import { loadSample, scoring } from './fixtures';

describe('decay on the scoring screen says what the rule does', () => {
  it('the settings say "halve every N days: after 2N days a quarter", and the preview line names the halvings', () => {
    loadSample();
    act(() => void edit('scoring', (m) => ({ ...m, settings: { ...m.settings, decay: { enabled: true, halfLifeDays: 30 } } })));
    render(<ScoringStep />);
    fireEvent.click(screen.getByRole('tab', { name: 'Model settings' }));
    const sentence = describeDecay(scoring().settings);
    expect(sentence).toContain('halve every 30 days without activity: after 30 days a lead keeps half of them, after 60 days a quarter');
    expect(screen.getByLabelText('Half-life (days without activity)')).toHaveAccessibleDescription(sentence);
    expect(screen.queryByText(/halve after/)).toBeNull();
    const leo = scoring().sampleLeads.find((l) => l.name.startsWith('Leo Grant'))!;
    expect(screen.getByTestId(`lead-${leo.id}`)).toHaveTextContent('Engagement decay (45 days without activity, halving every 30 days: halved once, half kept) −22');
  });

  it('says plainly that points do not decay when decay is off', () => {
    loadSample();
    render(<ScoringStep />);
    fireEvent.click(screen.getByRole('tab', { name: 'Model settings' }));
    expect(screen.getByText('Points do not decay: a lead keeps its engagement points however long it stays quiet.')).toBeInTheDocument();
  });
});
