import type { AgreementContent } from '../../model/agreement';
import { formatCount, longDate } from '../../rules/format';
import { derivedTarget } from '../../rules/goals/commitments';
import { column, type Block, type Section } from '../document';

/** Section 6: what each side promises the other, measured at the quarterly review. */
export function commitmentsSection(content: AgreementContent, number: number): Section {
  const cm = content.commitments;
  const loc = content.locale;
  const blocks: Block[] = [
    {
      kind: 'table',
      label: 'Commitments',
      columns: [column('Owner', 12), column('Commitment', 40), column('Metric', 20), column('Target', 16, 'end'), column('Period', 12)],
      rows: cm.rows.map((r) => ({
        key: r.id,
        cells: [{ text: r.owner, team: r.owner }, { text: r.commitment }, { text: r.metric }, { text: `${formatCount(r.target, loc, 2)} ${r.unit}`.trim() }, { text: r.period }],
      })),
    },
  ];
  // A file edited outside the app can carry a derived target the goals no longer give: say so.
  for (const r of cm.rows) {
    const fromFunnel = r.overridden ? null : derivedTarget(r, content.goals);
    if (fromFunnel !== null && fromFunnel !== r.target) {
      blocks.push({ kind: 'paragraph', tone: 'warning', text: `${r.owner}: “${r.commitment}” is ${formatCount(r.target, loc, 2)} ${r.unit}, but the funnel gives ${formatCount(fromFunnel, loc)} today.` });
    }
  }
  if (cm.reasonCodes.length) blocks.push({ kind: 'paragraph', tone: 'small', text: `Rejection reason codes: ${cm.reasonCodes.join(', ')}.` });
  if (cm.reviewDate) blocks.push({ kind: 'paragraph', tone: 'small', text: `Quarterly review: ${longDate(cm.reviewDate, loc)}.` });
  return { id: 'commitments', number, title: 'Service-level commitments', intro: 'What each side promises the other. Each row is measured at the quarterly review.', blocks };
}
