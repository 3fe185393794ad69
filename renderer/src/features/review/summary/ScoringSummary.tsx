import { TIERS, type ScoringModel } from '../../../../../shared/model/scoring';
import { formatPoints, pointsByCriterion } from '../../../../../shared/rules/scoring';

/** The scoring model as the PDF will show it: tier, criterion, points, category; then threshold, caps, decay. */
export function ScoringSummary({ scoring }: { scoring: ScoringModel }) {
  const points = pointsByCriterion(scoring.criteria);
  const rows = [...scoring.criteria].sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || a.order - b.order);
  const { caps, decay } = scoring.settings;
  return (
    <section className="review-section" aria-labelledby="review-scoring">
      <h2 id="review-scoring">3. Lead scoring</h2>
      <p>
        A lead becomes an MQL at <strong>{scoring.settings.mqlThreshold} points</strong>.
        {caps.Fit !== null && ` Fit points are capped at ${caps.Fit}.`}
        {caps.Engagement !== null && ` Engagement points are capped at ${caps.Engagement}.`}
        {caps.total !== null && ` The total is capped at ${caps.total}.`}
        {decay.enabled ? ` Engagement points halve after ${decay.halfLifeDays} days without activity.` : ' Points do not decay.'}
      </p>
      <table className="data review-scoring" aria-label="Scoring criteria and points">
        <thead>
          <tr>
            <th>Tier</th>
            <th>Criterion</th>
            <th>Category</th>
            <th className="num">Points</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const p = points.get(c.id) ?? 0;
            return (
              <tr key={c.id}>
                <td className="muted">{c.tier}</td>
                <td>
                  {c.label}
                  {c.disqualifies && <span className="badge badge-danger">disqualifies</span>}
                </td>
                <td>{c.category}</td>
                <td className={`num ${p < 0 ? 'negative' : ''}`}>{formatPoints(p)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
