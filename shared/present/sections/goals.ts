import type { AgreementContent } from '../../model/agreement';
import { formatCount, formatMoney } from '../../rules/format';
import { reverseFunnel } from '../../rules/goals/funnel';
import { describeFunnelCapacity, describeFunnelRounding, FUNNEL_TABLE_COLUMNS, funnelTable } from '../funnel';
import { column, type Section } from '../document';

/** Section 4: the revenue goal and the reverse funnel it implies, with how it is rounded. */
export function goalsSection(content: AgreementContent, number: number): Section {
  const g = content.goals;
  const funnel = reverseFunnel(g);
  const q = funnel.perQuarter;
  const ctx = { currency: content.currency, locale: content.locale };
  const n = (v: number) => formatCount(v, content.locale);
  const [stage, derived, quarter, month] = FUNNEL_TABLE_COLUMNS;
  return {
    id: 'goals',
    number,
    title: 'Shared goals and funnel',
    intro: 'One revenue number, owned by both teams, sets every other target. Working backwards through the agreed conversion rates gives the volume each stage must deliver this quarter.',
    blocks: [
      {
        kind: 'figures',
        label: 'The quarter in five numbers',
        items: [
          { label: 'Revenue target', value: formatMoney(g.revenueTargetCents, ctx.currency, ctx.locale) },
          { label: 'Deals won', value: n(q.deals) },
          { label: 'SQLs', value: n(q.sqls) },
          { label: 'SALs', value: n(q.sals) },
          { label: 'MQLs', value: n(q.mqls) },
        ],
      },
      {
        kind: 'table',
        label: 'Reverse funnel',
        rowHeaders: true,
        columns: [column(stage, 30), column(derived, 40), column(quarter, 15, 'end'), column(month, 15, 'end')],
        rows: funnelTable(g, funnel, ctx).map((r) => ({ key: r.key, cells: [{ text: r.stage }, { text: r.derivation }, { text: r.perQuarter }, { text: r.perMonth }] })),
      },
      { kind: 'paragraph', tone: 'small', text: describeFunnelRounding(g, funnel, ctx) },
      { kind: 'paragraph', tone: funnel.capacity.exceeded ? 'warning' : 'small', text: describeFunnelCapacity(g, funnel, ctx) },
    ],
  };
}
