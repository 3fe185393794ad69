import type { RoomActivityStatus } from '../../../../shared/room/status';
import type { FistTally, RankingTally } from '../../../../shared/room/tally';
import { roomResultTables, type ResultTable } from '../../../../shared/room/tables';
import { describeRoomResult } from '../../../../shared/room/describe';
import { VOTING_TEAMS } from '../../../../shared/room/teams';
import { formatCorrelation } from '../../../../shared/rules/format';
import { agreementWords } from '../scoring/rankings/ranking-state';
import { ExportResultCsv } from './ExportResultCsv';

/**
 * The revealed result, as the projector shows it: the shared result tables (the CSV has the
 * same), the teams' merged orders for a ranking, the reasons for a fist of five, and the
 * sentence the audit trail keeps.
 */
export function RoomResults({ activity }: { activity: RoomActivityStatus }) {
  const { tally, spec } = activity;
  if (!tally) return null;
  const labels = new Map((spec.kind === 'ranking' ? spec.criteria : []).map((i) => [i.id, i.label]));
  return (
    <div className="stack" data-testid="room-results">
      {tally.kind === 'ranking' && <MergedOrders tally={tally} label={(id) => labels.get(id) ?? id} />}
      {tally.kind === 'fist' && <FistVerdict tally={tally} />}
      {roomResultTables(spec, tally).map((table) => (
        <ResultTableView key={table.caption} table={table} />
      ))}
      <p className="muted">{describeRoomResult(spec, tally, activity.visibility)}</p>
      <ExportResultCsv activity={activity} />
    </div>
  );
}

function ResultTableView({ table }: { table: ResultTable }) {
  return (
    <table className="room-table">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map(([head, ...cells], i) => (
          <tr key={i}>
            <th scope="row">{head}</th>
            {cells.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MergedOrders({ tally, label }: { tally: RankingTally; label: (id: string) => string }) {
  return (
    <>
      <div className="room-columns">
        {VOTING_TEAMS.map((team) => (
          <div key={team}>
            <h4 className={`team-${team}`}>
              {team} ({tally.teams[team].respondents})
            </h4>
            <ol aria-label={`${team}'s merged ranking`}>
              {tally.teams[team].merged.map((id) => (
                <li key={id}>{label(id)}</li>
              ))}
            </ol>
          </div>
        ))}
      </div>
      <p>
        <strong>{agreementWords(tally.tau)}</strong>
        {tally.tau !== null && ` (Kendall τ ${formatCorrelation(tally.tau)})`}
      </p>
    </>
  );
}

function FistVerdict({ tally }: { tally: FistTally }) {
  const reasons = VOTING_TEAMS.flatMap((team) => tally.teams[team].reasons);
  return (
    <>
      {tally.discuss ? <p className="alert alert-warning">A vote under 3: talk this through before moving on.</p> : <p className="alert alert-info">Everyone can live with it.</p>}
      {reasons.length > 0 && (
        <ul aria-label="Reasons given with low votes">
          {reasons.map((reason, i) => (
            <li key={i}>
              {reason.text}
              {reason.name ? ` (${reason.name})` : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
