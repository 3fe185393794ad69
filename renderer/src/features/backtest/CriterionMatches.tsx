import type { CriterionPreviewCount } from '../../../../shared/rules/backtest';

interface CriterionMatchesProps {
  rows: number;
  counts: readonly CriterionPreviewCount[];
}

/**
 * Per criterion, how many of the file's first rows it matches under the mapping as it stands, so
 * a criterion that matches nobody (an unmapped column, a title written differently) shows before
 * the backtest runs.
 */
export function CriterionMatches({ rows, counts }: CriterionMatchesProps) {
  const none = counts.filter((c) => c.matched === 0).length;
  return (
    <details className="bt-matches" open={none > 0}>
      <summary>
        What each criterion matches, of the first {rows} rows{none > 0 ? ` — ${none} ${none === 1 ? 'criterion matches' : 'criteria match'} no lead` : ''}
      </summary>
      <div className="bt-scroll">
        <table className="data bt-map-table" aria-label={`Leads each criterion matches, of the first ${rows} rows`}>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Column</th>
              <th scope="col">Matches</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              // Named by the criterion alone, so a row of the column table is not confused with it (the column name is in both).
              <tr key={c.criterionId} aria-label={c.label}>
                <th scope="row">{c.label}</th>
                <td>{c.column ?? <span className="muted">no column mapped</span>}</td>
                <td>
                  {c.matched > 0 ? (
                    `${c.matched} of the first ${rows} rows`
                  ) : (
                    <span className="badge bt-no-match">{c.column === null ? 'matches no lead: map a column' : `matches no lead of the first ${rows} rows`}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
