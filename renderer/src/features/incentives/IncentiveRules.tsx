import type { Incentives } from '../../../../shared/model/incentives';
import { describeIncentivePlan, workedIncentiveTable, type IncentiveContext, type IncentiveSentence, type IncentiveTableView } from '../../../../shared/present/incentives';
import './incentive-rules.css';

/**
 * The plan's rules and worked table as shared/present words them: the incentives step and the
 * review summary render these, and the PDF renders the same model, so all three say one thing.
 */

/** `sentences`, when given, are a signed version's own (shared/present/incentives-of-version). */
export function IncentiveSentences({ incentives, context, sentences }: { incentives: Incentives; context: IncentiveContext; sentences?: IncentiveSentence[] }) {
  return (
    <ol className="incentive-rules" data-testid="incentive-rules">
      {(sentences ?? describeIncentivePlan(incentives, context)).map((s) => (
        <li key={s.rule} data-rule={s.rule}>{s.text}</li>
      ))}
    </ol>
  );
}

/** Sales and marketing columns of the worked table wear their team's colour. */
const TEAM_COLUMN: Record<number, string> = { 3: 'team-Sales', 4: 'team-Marketing' };

/** The worked table: % of the on-target bonus, total and each side's share at each attainment. */
export function IncentiveTable({ incentives, context, ariaLabel, view: given }: { incentives: Incentives; context: IncentiveContext; ariaLabel: string; view?: IncentiveTableView }) {
  const view = given ?? workedIncentiveTable(incentives, context);
  return (
    <table className="data incentive-table" aria-label={ariaLabel} data-testid="incentive-table">
      <caption className="muted">{view.label}</caption>
      <thead>
        <tr>
          {view.columns.map((c, i) => <th key={c} scope="col" className={i === 0 ? undefined : 'num'}>{c}</th>)}
        </tr>
      </thead>
      <tbody>
        {view.rows.map((r) => (
          <tr key={r.attainment}>
            {r.cells.map((cell, i) => (i === 0
              ? <th key={i} scope="row">{cell}</th>
              : <td key={i} className={`num${TEAM_COLUMN[i] ? ` ${TEAM_COLUMN[i]}` : ''}`}>{cell}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
