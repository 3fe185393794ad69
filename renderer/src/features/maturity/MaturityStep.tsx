import { useState } from 'react';
import { CONSENT_TEAMS, type ConsentTeam } from '../../../../shared/rules/consent';
import { useEditor } from '../../stores/editor';
import { TeamAnswers } from './TeamAnswers';
import { MaturityReveal } from './MaturityReveal';
import { setRevealed } from './edit-maturity';
import './maturity.css';

/** Each team rates alignment on its own; the facilitator reveals both views side by side. */
export default function MaturityStep() {
  const maturity = useEditor((s) => s.workshop?.maturity);
  const [team, setTeam] = useState<ConsentTeam>('Marketing');
  if (!maturity) return null;
  const bothSubmitted = CONSENT_TEAMS.every((t) => maturity[t].submitted);
  const focusTab = (next: ConsentTeam) => {
    setTeam(next);
    document.getElementById(`maturity-tab-${next}`)?.focus();
  };
  return (
    <div className="stack" style={{ gap: 'var(--space-5)' }}>
      <div className="row maturity-reveal-bar">
        {maturity.revealed ? (
          <button className="btn" onClick={() => setRevealed(false)}>
            Hide again to re-open answers
          </button>
        ) : (
          <button className="btn btn-primary" onClick={() => setRevealed(true)} disabled={!bothSubmitted}>
            Reveal
          </button>
        )}
        <span className="muted">
          {maturity.revealed ? 'Revealed — both teams’ answers are visible and locked.' : bothSubmitted ? 'Both teams have submitted: reveal when the room is ready.' : 'Reveal unlocks once both teams have submitted.'}
        </span>
        {CONSENT_TEAMS.map((t) => (
          <span key={t} className={`badge ${maturity[t].submitted ? 'badge-signed' : ''}`}>
            {t}: {maturity[t].submitted ? 'submitted' : 'answering'}
          </span>
        ))}
      </div>
      {maturity.revealed && <MaturityReveal maturity={maturity} />}
      <section className="card">
        <div role="tablist" aria-label="Team answers" className="tabs">
          {CONSENT_TEAMS.map((t) => (
            <button
              key={t}
              id={`maturity-tab-${t}`}
              role="tab"
              className={`tab team-tab-${t}`}
              aria-selected={team === t}
              aria-controls="maturity-panel"
              tabIndex={team === t ? 0 : -1}
              onClick={() => setTeam(t)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') focusTab(t === 'Marketing' ? 'Sales' : 'Marketing');
              }}
            >
              {t} answers
            </button>
          ))}
        </div>
        {/* Only the active team's panel exists: the other team's ratings are never on screen. */}
        <div role="tabpanel" id="maturity-panel" aria-labelledby={`maturity-tab-${team}`} className="tab-panel">
          <TeamAnswers key={team} team={team} answers={maturity[team]} revealed={maturity.revealed} />
        </div>
      </section>
    </div>
  );
}
