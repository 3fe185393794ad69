import { useCallback, useState, type KeyboardEvent } from 'react';
import { Board } from './Board';
import { BoardSummary } from './BoardSummary';
import { BoardStatusLine } from './board-status';
import { CriterionDialog } from './CriterionDialog';
import { PreviewPanel } from './PreviewPanel';
import { SettingsPanel } from './SettingsPanel';
import { RankingsPanel } from './rankings/RankingsPanel';
import { useScoringModel } from './scoring-model';
import './scoring.css';
import { BacktestPanel } from '../backtest/BacktestPanel';

const TABS = [
  { id: 'board', label: 'Board' },
  { id: 'settings', label: 'Model settings' },
  { id: 'rankings', label: 'Team rankings' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** Step 4: weight criteria by dragging, set the model, preview sample leads, and compare the teams' rankings. */
export default function ScoringStep() {
  const model = useScoringModel();
  const [tab, setTab] = useState<TabId>('board');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const onEdit = useCallback((id: string) => setEditing(id), []);

  const onTabKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    setTab(next.id);
    document.getElementById(`scoring-tab-${next.id}`)?.focus();
  };

  return (
    <div className="stack sc-step">
      <div className="sc-tabbar">
        <div role="tablist" aria-label="Scoring views" className="sc-tabs" onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button key={t.id} id={`scoring-tab-${t.id}`} role="tab" type="button" aria-selected={tab === t.id} aria-controls={`scoring-panel-${t.id}`} tabIndex={tab === t.id ? 0 : -1} className="sc-tab" onClick={() => setTab(t.id)}>
              {t.label}
            </button>
          ))}
        </div>
        {tab === 'board' && (
          <button type="button" className="btn btn-primary btn-small" onClick={() => setEditing('new')}>
            + Add criterion
          </button>
        )}
      </div>
      <div role="tabpanel" id={`scoring-panel-${tab}`} aria-labelledby={`scoring-tab-${tab}`}>
        {tab === 'board' && (
          <div className="sc-layout">
            <div className="stack">
              <BoardSummary criteria={model.criteria} />
              <BoardStatusLine criteria={model.criteria} />
              <Board criteria={model.criteria} onEdit={onEdit} />
            </div>
            <PreviewPanel model={model} />
          </div>
        )}
        {tab === 'settings' && (
          <div className="sc-layout">
            <SettingsPanel model={model} />
            <PreviewPanel model={model} />
          </div>
        )}
        {tab === 'rankings' && <RankingsPanel criteria={model.criteria} />}
      </div>
      {/* Backtest on past leads (features/backtest); hidden during the silent team rankings so data does not sway them. */}
      {tab !== 'rankings' && <BacktestPanel />}
      {editing && <CriterionDialog key={editing} editing={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
