import type { AgreementVersion } from '../../model/agreement';
import { CURVE_CHART_MAX_ATTAINMENT, WORKED_ATTAINMENTS } from '../../rules/goals/incentives';
import { formatPercent } from '../../rules/format';
import { incentiveTableOf } from '../../rules/rules-version';
import { incentivePlanOf } from '../incentives-of-version';
import type { Block, Column, Section } from '../document';

/** The attainments the curve's accessible description names. */
const CURVE_SUMMARY_AT = [50, 100, 150];
const WIDTHS = [19, 19, 22, 20, 20];
/** The sales and marketing columns of the worked table wear their team's colour on screen. */
const TEAM_OF_COLUMN = { 3: 'Sales', 4: 'Marketing' } as const;

/**
 * Section 5: the plan's rules one sentence each, the worked table and the curve, computed with
 * the rules the version records (a version signed under older rules shows what was signed).
 */
export function incentivesSection(version: Pick<AgreementVersion, 'content' | 'contentHash' | 'rulesVersion'>, number: number, attainments: readonly number[] = WORKED_ATTAINMENTS): Section {
  const plan = incentivePlanOf(version, attainments);
  const blocks: Block[] = [];
  if (plan.notice) blocks.push({ kind: 'notice', heading: `${plan.notice.heading}.`, sentences: plan.notice.sentences });
  blocks.push({ kind: 'rules', label: 'The incentive plan’s rules', items: plan.sentences.map((s) => ({ key: s.rule, text: s.text })) });
  const columns: Column[] = plan.table.columns.map((title, i) => ({ title, align: i === 0 ? 'start' : 'end', width: WIDTHS[i] ?? 20 }));
  const summaryRows = incentiveTableOf(version, CURVE_SUMMARY_AT).rows;
  blocks.push({
    kind: 'pair',
    blocks: [
      {
        kind: 'table',
        heading: 'Worked table',
        label: 'Incentive pay-out by attainment',
        caption: plan.table.label,
        rowHeaders: true,
        columns,
        rows: plan.table.rows.map((r) => ({
          key: String(r.attainment),
          cells: r.cells.map((text, i) => ({ text, ...(i in TEAM_OF_COLUMN ? { team: TEAM_OF_COLUMN[i as keyof typeof TEAM_OF_COLUMN] } : {}) })),
        })),
      },
      {
        kind: 'curve',
        heading: `Pay-out curve, 0 to ${CURVE_CHART_MAX_ATTAINMENT} % attainment`,
        caption: 'In % of the on-target bonus, after the accelerator and the cap.',
        summary: `Pay-out in % of the on-target bonus: ${summaryRows.map((r) => `${formatPercent(r.attainment)} attainment pays ${formatPercent(r.payoutPercent)}`).join(', ')}.`,
        points: plan.curve,
        maxAttainment: CURVE_CHART_MAX_ATTAINMENT,
      },
    ],
  });
  return { id: 'incentives', number, title: 'Incentive split', blocks };
}
