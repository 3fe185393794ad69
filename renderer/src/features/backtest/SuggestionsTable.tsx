import { memo } from 'react';
import type { CriterionEvidence } from '../../../../shared/rules/backtest';
import { formatPoints } from '../../../../shared/rules/scoring';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
const nf = new Intl.NumberFormat('en-US');

interface SuggestionsTableProps {
  evidence: CriterionEvidence[];
  baseRate: number | null;
  onApply(suggestions: Map<string, number>): void;
}

/** Per criterion: how the leads it matches converted against the base rate, and the points the data suggests. */
export function SuggestionsTable({ evidence, baseRate, onApply }: SuggestionsTableProps) {
  const changes = evidence.filter((e) => e.suggestedPoints !== null && e.suggestedPoints !== e.currentPoints);
  return (
    <section className="stack" aria-labelledby="bt-suggest-title">
      <div className="row bt-suggest-head">
        <h3 id="bt-suggest-title">Suggested weights</h3>
        <button type="button" className="btn btn-small" disabled={changes.length === 0} onClick={() => onApply(new Map(changes.map((e) => [e.criterionId, e.suggestedPoints!])))}>
          Apply all suggestions ({changes.length})
        </button>
      </div>
      <p className="muted bt-note">
        Suggested points = 10 × log₂(conversion ÷ base rate {pct(baseRate)}), with the conversion shrunk towards the base rate by 20 imaginary leads; at least 30 matching leads are needed. Applied points are typed onto the cards, so they stay wherever the cards are dragged.
      </p>
      <div className="bt-scroll">
        <table className="data bt-suggest-table">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Leads matched</th>
              <th scope="col">Conversion</th>
              <th scope="col">Lift</th>
              <th scope="col">Points now</th>
              <th scope="col">Suggested</th>
              <th scope="col">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {evidence.map((e) => (
              <SuggestionRow key={e.criterionId} evidence={e} onApply={onApply} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const sameEvidence = (a: CriterionEvidence, b: CriterionEvidence) =>
  a.criterionId === b.criterionId && a.label === b.label && a.matched === b.matched && a.wonMatched === b.wonMatched && a.lift === b.lift && a.currentPoints === b.currentPoints && a.suggestedPoints === b.suggestedPoints;

/**
 * One criterion's row. Every result arrives as new objects from the worker, but a drag changes
 * one or two rows' points: the others compare equal and are not rendered again.
 */
const SuggestionRow = memo(
  function SuggestionRow({ evidence: e, onApply }: { evidence: CriterionEvidence; onApply(suggestions: Map<string, number>): void }) {
    return (
      <tr>
        <th scope="row">{e.label}</th>
        <td>{nf.format(e.matched)}</td>
        <td>{pct(e.conversion)}</td>
        <td>{e.lift === null ? '—' : `${e.lift.toFixed(2)}×`}</td>
        <td>{formatPoints(e.currentPoints)}</td>
        <td>{e.suggestedPoints === null ? <span className="muted">{e.matched === 0 ? 'no lead matches' : 'too few leads'}</span> : formatPoints(e.suggestedPoints)}</td>
        <td>
          {e.suggestedPoints !== null && e.suggestedPoints !== e.currentPoints && (
            <button type="button" className="btn btn-small btn-ghost" aria-label={`Apply ${formatPoints(e.suggestedPoints)} to ${e.label}`} onClick={() => onApply(new Map([[e.criterionId, e.suggestedPoints!]]))}>
              Apply
            </button>
          )}
        </td>
      </tr>
    );
  },
  (prev, next) => prev.onApply === next.onApply && sameEvidence(prev.evidence, next.evidence),
);
