import { useMemo } from 'react';
import type { Criterion } from '../../../../shared/model/scoring';
import { PLACEMENT_RULE_SENTENCE, formatPoints, totalsByCategory } from '../../../../shared/rules/scoring';

/** The placement rule in one sentence and the live totals per category. */
export function BoardSummary({ criteria }: { criteria: Criterion[] }) {
  const totals = useMemo(() => totalsByCategory(criteria), [criteria]);
  const widest = Math.max(1, totals.Fit.positive, totals.Engagement.positive);
  return (
    <div className="sc-summary">
      <p className="sc-rule" data-testid="placement-rule">
        <strong>How points are set: </strong>
        {PLACEMENT_RULE_SENTENCE}
      </p>
      <div className="sc-totals" aria-label="Points per category">
        {(['Fit', 'Engagement'] as const).map((cat) => (
          <div key={cat} className="sc-total" data-testid={`total-${cat}`}>
            <span className={`sc-cat sc-cat-${cat}`}>{cat}</span>
            <span className="sc-total-bar" aria-hidden="true">
              <span className={`sc-total-fill sc-fill-${cat}`} style={{ width: `${(totals[cat].positive / widest) * 100}%` }} />
            </span>
            <span className="sc-total-num">
              {formatPoints(totals[cat].positive)}
              {totals[cat].negative < 0 && <span className="muted"> / {formatPoints(totals[cat].negative)}</span>}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
