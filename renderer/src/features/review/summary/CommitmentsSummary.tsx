import type { Commitments } from '../../../../../shared/model/commitments';

/** Each side's promises with metric, target and period. */
export function CommitmentsSummary({ commitments, locale }: { commitments: Commitments; locale: string }) {
  return (
    <section className="review-section" aria-labelledby="review-commitments">
      <h2 id="review-commitments">6. Service-level commitments</h2>
      <table className="data" aria-label="Commitments">
        <thead>
          <tr>
            <th>Owner</th>
            <th>Commitment</th>
            <th>Metric</th>
            <th className="num">Target</th>
            <th>Period</th>
          </tr>
        </thead>
        <tbody>
          {commitments.rows.map((row) => (
            <tr key={row.id}>
              <td className={`team-${row.owner}`}>{row.owner}</td>
              <td>{row.commitment}</td>
              <td>{row.metric}</td>
              <td className="num">
                {row.target.toLocaleString(locale)} {row.unit}
              </td>
              <td>{row.period}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {commitments.reasonCodes.length > 0 && <p className="muted">Reason codes for rejecting an MQL: {commitments.reasonCodes.join(', ')}.</p>}
      {commitments.reviewDate && <p>Quarterly review on {commitments.reviewDate}.</p>}
    </section>
  );
}
