import type { RoomActivityStatus } from '../../../../shared/room/status';
import type { FistTally, MaturityTally, RankingTally } from '../../../../shared/room/tally';
import { describeRoomResult } from '../../../../shared/room/describe';
import { VOTING_TEAMS } from '../../../../shared/room/teams';
import { agreementWords } from '../scoring/rankings/ranking-state';
import { formatCorrelation } from '../../../../shared/rules/format';
import { roomResultCsv } from '../../../../shared/room/csv';
import { activityTitle } from '../../../../shared/room/describe';
import { bridge } from '../../bridge';
import { unwrap } from '../../bridge/unwrap';
import { bytesToBase64 } from '../../db/base64';
import { notify } from '../../ui/toast';
import { useBusyAction } from '../../ui/useBusyAction';

/** The revealed result: what the projector shows, and the sentence the audit trail keeps. */
export function RoomResults({ activity }: { activity: RoomActivityStatus }) {
  const { tally, spec } = activity;
  if (!tally) return null;
  const label = new Map((spec.kind === 'ranking' ? spec.criteria : spec.kind === 'maturity' ? spec.statements : spec.kind === 'dots' ? spec.items : []).map((i) => [i.id, i.label]));
  return (
    <div className="stack" data-testid="room-results">
      {tally.kind === 'maturity' && <MaturityResult tally={tally} />}
      {tally.kind === 'ranking' && <RankingResult tally={tally} label={(id) => label.get(id) ?? id} />}
      {tally.kind === 'fist' && <FistResult tally={tally} />}
      {tally.kind === 'ready' && (
        <p className="room-progress">
          {tally.ready} of {activity.eligible} done
        </p>
      )}
      {tally.kind === 'dots' && (
        <ol className="room-dots-result" aria-label="Questions by dots">
          {tally.totals.map((t) => (
            <li key={t.id}>
              <span>{label.get(t.id)}</span> <strong>{t.dots}</strong>
            </li>
          ))}
        </ol>
      )}
      <p className="muted">{describeRoomResult(spec, tally, activity.visibility)}</p>
      <ExportCsv activity={activity} />
    </div>
  );
}

function MaturityResult({ tally }: { tally: MaturityTally }) {
  return (
    <table className="room-table">
      <caption className="sr-only">Maturity by team</caption>
      <thead>
        <tr>
          <th scope="col">Team</th>
          <th scope="col">Answers</th>
          <th scope="col">Score</th>
          <th scope="col">Band</th>
        </tr>
      </thead>
      <tbody>
        {VOTING_TEAMS.map((team) => (
          <tr key={team}>
            <th scope="row">{team}</th>
            <td>{tally.teams[team].respondents}</td>
            <td>{tally.teams[team].result.score ?? '—'}</td>
            <td>{tally.teams[team].result.band ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RankingResult({ tally, label }: { tally: RankingTally; label: (id: string) => string }) {
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
      <table className="room-table">
        <caption>Spread: the best and worst place anyone gave each criterion</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Best</th>
            <th scope="col">Worst</th>
          </tr>
        </thead>
        <tbody>
          {tally.spread.map((row) => (
            <tr key={row.id}>
              <th scope="row">{label(row.id)}</th>
              <td>{row.best || '—'}</td>
              <td>{row.worst || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function FistResult({ tally }: { tally: FistTally }) {
  const reasons = VOTING_TEAMS.flatMap((team) => tally.teams[team].reasons);
  return (
    <>
      <table className="room-table">
        <caption className="sr-only">Votes by team</caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            {[0, 1, 2, 3, 4, 5].map((n) => (
              <th scope="col" key={n}>
                {n}
              </th>
            ))}
            <th scope="col">Lowest</th>
          </tr>
        </thead>
        <tbody>
          {VOTING_TEAMS.map((team) => (
            <tr key={team}>
              <th scope="row">{team}</th>
              {tally.teams[team].counts.map((count, n) => (
                <td key={n}>{count}</td>
              ))}
              <td>{tally.teams[team].lowest ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
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

/** The result as a CSV file, counts only, for the workshop's notes or a spreadsheet. */
function ExportCsv({ activity }: { activity: RoomActivityStatus }) {
  const { busy, run } = useBusyAction();
  const save = () =>
    run(async () => {
      const csv = roomResultCsv(activity.spec, activity.tally!);
      const name = `${activityTitle(activity.spec).toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${new Date().toISOString().slice(0, 10)}.csv`;
      const saved = unwrap(await bridge.saveFile({ suggestedName: name, base64: bytesToBase64(new TextEncoder().encode(csv)), filters: [{ name: 'CSV', extensions: ['csv'] }] }));
      if (saved) notify.success(`Saved ${saved.path}`);
    });
  return (
    <div className="row">
      <button className="btn btn-small" disabled={busy} onClick={save}>
        Export results (CSV)
      </button>
    </div>
  );
}
