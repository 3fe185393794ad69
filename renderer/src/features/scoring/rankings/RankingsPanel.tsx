import { useMemo, useState } from 'react';
import type { Criterion } from '../../../../../shared/model/scoring';
import { useEditor } from '../../../stores/editor';
import { HandOver } from './HandOver';
import { Reveal } from './Reveal';
import { TeamRanker } from './TeamRanker';
import { EMPTY_RANKINGS, editRankings, rankableCriteria, reconcileOrder } from './ranking-state';

/**
 * Team rankings on one laptop: Marketing ranks, hands over, Sales ranks, then the reveal.
 * Neither team's order is on screen while the other ranks.
 */
export function RankingsPanel({ criteria }: { criteria: Criterion[] }) {
  const rankings = useEditor((s) => s.workshop?.rankings) ?? EMPTY_RANKINGS;
  const [salesReady, setSalesReady] = useState(false);
  const rankable = useMemo(() => rankableCriteria(criteria), [criteria]);
  const byId = useMemo(() => new Map(criteria.map((c) => [c.id, c])), [criteria]);
  const marketing = useMemo(() => reconcileOrder(rankings.Marketing.order, rankable), [rankings.Marketing.order, rankable]);
  const sales = useMemo(() => reconcileOrder(rankings.Sales.order, rankable), [rankings.Sales.order, rankable]);

  if (rankable.length < 2) return <p className="muted">Add at least two criteria outside the Negative tier before the teams rank them.</p>;
  if (rankings.revealed && rankings.Marketing.submitted && rankings.Sales.submitted) return <Reveal marketing={marketing} sales={sales} byId={byId} />;
  if (!rankings.Marketing.submitted) return <TeamRanker team="Marketing" order={marketing} byId={byId} />;
  if (!rankings.Sales.submitted && !salesReady) {
    return <HandOver onSalesReady={() => setSalesReady(true)} onBackToMarketing={() => editRankings((r) => ({ ...r, Marketing: { ...r.Marketing, submitted: false } }))} />;
  }
  if (!rankings.Sales.submitted) return <TeamRanker team="Sales" order={sales} byId={byId} />;
  return (
    <section className="card stack sc-handover" aria-labelledby="ready-heading">
      <h2 id="ready-heading">Both rankings are in</h2>
      <p>Gather both teams around the screen before revealing.</p>
      <div>
        <button type="button" className="btn btn-primary" onClick={() => editRankings((r) => ({ ...r, revealed: true }))}>
          Reveal both rankings
        </button>
      </div>
    </section>
  );
}
