/** @jsxRuntime automatic @jsxImportSource react */
import { Text, View } from '@react-pdf/renderer';
import type { AgreementContent } from '../../../../../shared/model/agreement';
import { PLACEMENT_RULE_SENTENCE } from '../../../../../shared/rules/scoring/tier-points';
import { describeScoringSettings } from '../../../../../shared/present/scoring';
import { describeFunnelCapacity, describeFunnelRounding, funnelTable } from '../../../../../shared/present/funnel';
import { colors, s } from '../styles';
import { longDate, money, number, signedPoints } from '../format';
import { funnelFigures, scoredCriteria } from '../derive';
import { KeyValues, Section, Table } from './Table';

export function Scoring({ content, n }: { content: AgreementContent; n: number }) {
  const { criteria, settings } = content.scoring;
  const rows = scoredCriteria(criteria);
  return (
    <Section number={n} title="Lead scoring model" intro={`A lead becomes an MQL when its score reaches ${settings.mqlThreshold} points and no disqualifier applies. ${PLACEMENT_RULE_SENTENCE}`}>
      <Table
        columns={[
          { title: 'Tier', width: '13%' },
          { title: 'Criterion', width: '27%' },
          { title: 'Why it counts', width: '36%' },
          { title: 'Category', width: '13%' },
          { title: 'Points', width: '11%', align: 'right' },
        ]}
        rows={rows.map(({ criterion: c, points }) => [
          c.tier,
          c.disqualifies ? `${c.label} (disqualifies)` : c.label,
          c.description || '—',
          c.category,
          <Text key="p" style={[s.td, s.num, s.strong, { color: points < 0 ? colors.warn : colors.ink }]}>
            {c.pinnedPoints !== null ? `${signedPoints(points)}*` : signedPoints(points)}
          </Text>,
        ])}
      />
      {rows.some((r) => r.criterion.pinnedPoints !== null) ? <Text style={s.small}>* Points typed by the team rather than set by placement.</Text> : null}
      <View wrap={false} style={{ marginTop: 6 }}>
        <KeyValues items={describeScoringSettings(content.scoring).map((f): [string, string] => [f.label, f.text])} />
      </View>
    </Section>
  );
}

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <View style={s.figure}>
      <Text style={s.figureValue}>{value}</Text>
      <Text style={s.figureLabel}>{label}</Text>
    </View>
  );
}

export function Goals({ content, n }: { content: AgreementContent; n: number }) {
  const g = content.goals;
  const f = funnelFigures(g);
  const q = f.perQuarter;
  const loc = content.locale;
  const m = (cents: number) => money(cents, content.currency, loc);
  const ctx = { currency: content.currency, locale: loc };
  return (
    <Section number={n} title="Shared goals and funnel" intro="One revenue number, owned by both teams, sets every other target. Working backwards through the agreed conversion rates gives the volume each stage must deliver this quarter.">
      <View style={s.figures} wrap={false}>
        <Figure value={m(g.revenueTargetCents)} label="Revenue target" />
        <Figure value={number(q.deals, loc)} label="Deals won" />
        <Figure value={number(q.sqls, loc)} label="SQLs" />
        <Figure value={number(q.sals, loc)} label="SALs" />
        <Figure value={number(q.mqls, loc)} label="MQLs" />
      </View>
      <Table
        columns={[
          { title: 'Stage', width: '30%' },
          { title: 'How it is derived', width: '40%' },
          { title: 'Per quarter', width: '15%', align: 'right' },
          { title: 'Per month', width: '15%', align: 'right' },
        ]}
        rows={funnelTable(g, f, ctx).map((r) => [r.stage, r.derivation, r.perQuarter, r.perMonth])}
      />
      <Text style={[s.small, { marginTop: 4 }]}>{describeFunnelRounding(g, f, ctx)}</Text>
      <Text style={[s.small, { color: f.capacity.exceeded ? colors.warn : colors.muted }]}>{describeFunnelCapacity(g, f, ctx)}</Text>
    </Section>
  );
}

// The incentive section lives in its own file; re-exported so the document keeps one import.
export { Incentives } from './Incentives';

export function Commitments({ content, n }: { content: AgreementContent; n: number }) {
  const cm = content.commitments;
  const loc = content.locale;
  return (
    <Section number={n} title="Service-level commitments" intro="What each side promises the other. Each row is measured at the quarterly review.">
      <Table
        columns={[
          { title: 'Owner', width: '12%' },
          { title: 'Commitment', width: '40%' },
          { title: 'Metric', width: '20%' },
          { title: 'Target', width: '16%', align: 'right' },
          { title: 'Period', width: '12%' },
        ]}
        rows={cm.rows.map((r) => [r.owner, r.commitment, r.metric, `${number(r.target, loc, 2)} ${r.unit}`.trim(), r.period])}
      />
      {cm.reasonCodes.length ? <Text style={[s.small, { marginTop: 4 }]}>{`Rejection reason codes: ${cm.reasonCodes.join(', ')}.`}</Text> : null}
      {cm.reviewDate ? <Text style={s.small}>{`Quarterly review: ${longDate(cm.reviewDate, loc)}.`}</Text> : null}
    </Section>
  );
}
