import { useMemo } from 'react';
import { TIERS } from '../../../../shared/model/scoring';
import { formatPoints, groupByTier, pointsByCriterion } from '../../../../shared/rules/scoring';
import { tryReverseFunnel } from '../../../../shared/rules/goals/funnel';
import { splitPercents } from '../../../../shared/rules/goals/rate-steps';
import { formatMoneyCompact } from '../../../../shared/rules/money';
import { describeIncentivePlan } from '../../../../shared/present/incentives';
import { describeTeams, missingTeams } from '../../../../shared/rules/signers';
import { useEditor } from '../../stores/editor';

/*
 * What the room sees on the projector for steps 4–8: the figures a step decides, large. Each reads
 * the stored content object itself (a selector that builds new objects would loop React).
 */

const TOP_TIERS = TIERS.filter((t) => t === 'Critical' || t === 'Strong');

export function ScoringFigures() {
  const scoring = useEditor((s) => s.version?.content.scoring);
  const view = useMemo(() => {
    if (!scoring) return null;
    const points = pointsByCriterion(scoring.criteria);
    const tiers = groupByTier(scoring.criteria);
    return { points, tiers, disqualifiers: scoring.criteria.filter((c) => c.disqualifies).map((c) => c.label) };
  }, [scoring]);
  if (!scoring || !view) return null;
  return (
    <>
      <p className="presenter-key">An MQL scores {scoring.settings.mqlThreshold} points or more.</p>
      <div className="presenter-columns">
        {TOP_TIERS.map((tier) => (
          <div key={tier}>
            <h3>{tier}</h3>
            <ul>
              {view.tiers[tier].slice(0, 5).map((c) => (
                <li key={c.id}>
                  {c.label} <span className="presenter-muted">{formatPoints(view.points.get(c.id) ?? 0)}</span>
                </li>
              ))}
              {view.tiers[tier].length > 5 && <li className="presenter-muted">and {view.tiers[tier].length - 5} more</li>}
            </ul>
          </div>
        ))}
      </div>
      {view.disqualifiers.length > 0 && <p>Disqualified whatever the score: {view.disqualifiers.join(', ')}.</p>}
    </>
  );
}

export function GoalsFigures() {
  const content = useEditor((s) => s.version?.content);
  const result = useMemo(() => (content ? tryReverseFunnel(content.goals) : null), [content]);
  if (!content || !result) return null;
  if (!result.ok) return <p className="presenter-key">{result.error.message}</p>;
  const funnel = result.data;
  const month = funnel.perMonth;
  const money = formatMoneyCompact(funnel.perQuarter.revenueCents, content.currency, content.locale);
  return (
    <>
      <p className="presenter-key">{money} new revenue this quarter, which needs each month:</p>
      <div className="presenter-columns presenter-funnel">
        {[
          ['MQLs', funnel.mqlCommitmentPerMonth],
          ['SQLs', month.sqls],
          ['Deals', month.deals],
        ].map(([label, value]) => (
          <div key={label} className="presenter-score">
            <p className="presenter-big">{Number(value).toLocaleString(content.locale)}</p>
            <p>{label} a month</p>
          </div>
        ))}
      </div>
      {funnel.capacity.message && <p>{funnel.capacity.message}</p>}
    </>
  );
}

export function IncentivesFigures() {
  const content = useEditor((s) => s.version?.content);
  if (!content) return null;
  const { incentives } = content;
  const split = splitPercents(incentives.salesSharePercent);
  const context = { revenueTargetCents: content.goals.revenueTargetCents, currency: content.currency, locale: content.locale };
  // The plan's own first sentence: the pool is a % of the revenue target, which is the on-target bonus.
  const bonus = describeIncentivePlan(incentives, context).find((x) => x.rule === 'onTargetBonus')?.text;
  return (
    <>
      <p className="presenter-key">{bonus} It is shared:</p>
      <div className="presenter-columns">
        <div className="presenter-score">
          <h3 className="team-Sales">Sales</h3>
          <p className="presenter-big">{split.sales} %</p>
        </div>
        <div className="presenter-score">
          <h3 className="team-Marketing">Marketing</h3>
          <p className="presenter-big">{split.marketing} %</p>
        </div>
      </div>
      {incentives.gate.enabled && <p>Paid out along the agreed gate curve: less below target, more above it.</p>}
    </>
  );
}

export function CommitmentsFigures() {
  const content = useEditor((s) => s.version?.content);
  if (!content) return null;
  const rows = content.commitments.rows;
  return (
    <>
      <p className="presenter-key">
        {rows.length} {rows.length === 1 ? 'commitment' : 'commitments'}, each with its number:
      </p>
      <ul className="presenter-list">
        {rows.slice(0, 6).map((r) => (
          <li key={r.id}>
            <span className={`team-${r.owner}`}>{r.owner}</span> · {r.commitment}{' '}
            <span className="presenter-muted">
              ({r.target.toLocaleString(content.locale)}
              {r.unit ? ` ${r.unit}` : ''} {r.period})
            </span>
          </li>
        ))}
        {rows.length > 6 && <li className="presenter-muted">and {rows.length - 6} more</li>}
      </ul>
    </>
  );
}

export function ReviewFigures() {
  const version = useEditor((s) => s.version);
  if (!version) return null;
  const missing = missingTeams(version.content, version.signatures);
  const signed = version.signatures.length;
  return (
    <>
      <p className="presenter-key">
        {signed === 0 ? 'Not signed yet.' : `${signed} ${signed === 1 ? 'signature' : 'signatures'}.`}{' '}
        {missing.length === 0 ? 'Every required team has signed.' : `Still to sign: ${describeTeams(missing)}.`}
      </p>
      {signed > 0 && (
        <ul className="presenter-list">
          {version.signatures.map((s) => (
            <li key={s.participantId}>
              {s.name} <span className={`team-${s.team}`}>· {s.team}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
