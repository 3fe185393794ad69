import { memo, useMemo } from 'react';
import type { SampleLead, ScoringModel } from '../../../../shared/model/scoring';
import { explainScore, scoreLeads, type LeadScore } from '../../../../shared/rules/scoring';
import { edit } from '../../stores/edit';
import { useEditor } from '../../stores/editor';

/** Adds `delta` to one event count of a sample lead (never below zero); one undo step. */
function changeEvent(leadId: string, event: string, delta: number) {
  edit('scoring', (m) => ({
    ...m,
    sampleLeads: m.sampleLeads.map((l): SampleLead => (l.id === leadId ? { ...l, events: { ...l.events, [event]: Math.max(0, Math.min(99, (l.events[event] ?? 0) + delta)) } } : l)),
  }));
}

/**
 * Sample leads scored with the model as it is now: recomputed on every change, drops included.
 * Their cells are read by the one lead reader, in the agreement's locale, as `cli score` reads them.
 */
export function PreviewPanel({ model }: { model: ScoringModel }) {
  const locale = useEditor((s) => s.version?.content.locale);
  const scores = useMemo(() => scoreLeads(model, model.sampleLeads, locale), [model, locale]);
  if (model.sampleLeads.length === 0) return <p className="muted">No sample leads in this workshop.</p>;
  return (
    <aside className="sc-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Live preview</h2>
      <p className="muted sc-small">MQL at {model.settings.mqlThreshold} points.</p>
      <ul className="sc-leads">
        {model.sampleLeads.map((lead, i) => (
          <LeadRow key={lead.id} lead={lead} score={scores[i]} open={i === 0} />
        ))}
      </ul>
    </aside>
  );
}

const LeadRow = memo(function LeadRow({ lead, score, open }: { lead: SampleLead; score: LeadScore; open: boolean }) {
  const [name, ...rest] = lead.name.split(', ');
  return (
    <li className="sc-lead" data-testid={`lead-${lead.id}`}>
      <details open={open}>
        <summary>
          <span className="sc-lead-name">
            {name}
            {rest.length > 0 && <span className="muted sc-small"> {rest.join(', ')}</span>}
          </span>
          <span className="sc-lead-total" data-testid={`lead-total-${lead.id}`} aria-label={`${name}: ${score.total} points`}>
            {score.total < 0 ? `−${Math.abs(score.total)}` : score.total}
          </span>
          {score.grade && <span className="badge">Grade {score.grade}</span>}
          <span className={`badge ${score.isMql ? 'badge-signed' : score.disqualifiedBy ? 'badge-danger' : ''}`}>{score.isMql ? 'MQL' : score.disqualifiedBy ? 'Disqualified' : 'Not MQL'}</span>
        </summary>
        <ol className="sc-explain" aria-label={`Why ${name} scores ${score.total}`}>
          {explainScore(score).map((line, k) => (
            <li key={k}>{line}</li>
          ))}
        </ol>
        <EventEditor lead={lead} name={name} />
      </details>
    </li>
  );
});

function EventEditor({ lead, name }: { lead: SampleLead; name: string }) {
  const events = Object.entries(lead.events);
  if (events.length === 0) return null;
  return (
    <div className="sc-events" aria-label={`${name}’s events`}>
      {events.map(([event, count]) => (
        <span key={event} className="sc-event">
          <button type="button" className="btn btn-ghost btn-small" aria-label={`One fewer ${event} for ${name}`} onClick={() => changeEvent(lead.id, event, -1)} disabled={count === 0}>
            −
          </button>
          <span>
            {event} ×{count}
          </span>
          <button type="button" className="btn btn-ghost btn-small" aria-label={`One more ${event} for ${name}`} onClick={() => changeEvent(lead.id, event, 1)}>
            +
          </button>
        </span>
      ))}
    </div>
  );
}
