import { useMemo } from 'react';
import type { Criterion } from '../../../../../shared/model/scoring';
import { bordaMerge, kendallTau, rankGaps, spearmanRho } from '../../../../../shared/rules/scoring';
import { formatCorrelation } from '../../../../../shared/rules/format';
import { useScoringModel } from '../scoring-model';
import { ApplyMerged } from './ApplyMerged';
import { EMPTY_RANKINGS, agreementWords, editRankings } from './ranking-state';

/** How many of the largest disagreements (two places or more) get highlighted for discussion. */
const HIGHLIGHTED_GAPS = 3;


/** Both rankings side by side: correlation, the biggest gaps, and the Borda merge to start the joint board from. */
export function Reveal({ marketing, sales, byId }: { marketing: string[]; sales: string[]; byId: ReadonlyMap<string, Criterion> }) {
  const tau = kendallTau(marketing, sales);
  const rho = spearmanRho(marketing, sales);
  const gaps = useMemo(() => rankGaps(marketing, sales), [marketing, sales]);
  const merged = useMemo(() => bordaMerge([marketing, sales]), [marketing, sales]);
  const hot = new Set(gaps.filter((g) => Math.abs(g.gap) >= 2).slice(0, HIGHLIGHTED_GAPS).map((g) => g.id));
  const criteria = useScoringModel().criteria;
  const label = (id: string) => byId.get(id)?.label ?? 'Deleted criterion';
  return (
    <div className="stack sc-reveal">
      <div className="sc-stats">
        <div className="card sc-stat" data-testid="kendall">
          <span className="sc-stat-num">{formatCorrelation(tau)}</span>
          <span>Kendall τ</span>
        </div>
        <div className="card sc-stat" data-testid="spearman">
          <span className="sc-stat-num">{formatCorrelation(rho)}</span>
          <span>Spearman ρ</span>
        </div>
        <div className="card sc-stat sc-stat-words">
          <strong>{agreementWords(tau)}</strong>
          <span className="muted sc-small">1 = same order, 0 = unrelated, −1 = reversed. Discuss the highlighted rows first.</span>
        </div>
      </div>
      <div className="sc-reveal-grid">
        <section className="card" aria-labelledby="gaps-heading">
          <h2 id="gaps-heading">Where the teams differ</h2>
          <table className="data sc-gaps" aria-label="Rank gaps">
            <thead>
              <tr>
                <th>Criterion</th>
                <th className="team-Marketing">Marketing</th>
                <th className="team-Sales">Sales</th>
                <th>Gap</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((g) => (
                <tr key={g.id} data-hot={hot.has(g.id) || undefined}>
                  <td>
                    {label(g.id)}
                    {hot.has(g.id) && <span className="badge badge-draft sc-hot">Big gap</span>}
                  </td>
                  <td>{g.rankA}</td>
                  <td>{g.rankB}</td>
                  <td>{Math.abs(g.gap)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card stack" aria-labelledby="merged-heading">
          <h2 id="merged-heading">Merged ranking (Borda count)</h2>
          <p className="muted sc-small">Each team’s ranks become points; the sum orders the list. A starting point for the joint board.</p>
          <ApplyMerged criteria={criteria} merged={merged} onRankAgain={() => editRankings(() => EMPTY_RANKINGS)} />
          <ol className="sc-merged" aria-label="Merged ranking">
            {merged.map((id) => (
              <li key={id}>{label(id)}</li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
