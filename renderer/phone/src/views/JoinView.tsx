import { useState, type FormEvent } from 'react';
import { ROOM_TEAMS, type RoomTeam } from '../../../../shared/room/teams';

const TEAM_HINT: Record<RoomTeam, string> = {
  Marketing: 'Your answers count for marketing',
  Sales: 'Your answers count for sales',
  Leadership: 'Counted apart from the two teams',
  RevOps: 'Counted apart from the two teams',
  Observer: 'Follow along without voting',
};

/** A display name (or none) and a team: all the room asks of a person. */
export function JoinView({ notice, onJoin, disabled }: { notice: string; onJoin: (name: string, team: RoomTeam) => void; disabled: boolean }) {
  const [name, setName] = useState('');
  const [team, setTeam] = useState<RoomTeam | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!team) return setProblem('Choose your team first');
    onJoin(name.trim(), team);
  };
  return (
    <form className="phone-card" onSubmit={submit} noValidate>
      <h1>Join the workshop</h1>
      {notice && <p className="phone-alert">{notice}</p>}
      <label className="phone-field">
        <span>Your name (optional)</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={40} autoComplete="nickname" aria-describedby="name-hint" />
        <span id="name-hint" className="phone-hint">
          Leave it empty to take part anonymously.
        </span>
      </label>
      <fieldset className="phone-choices" aria-describedby={problem ? 'team-problem' : undefined}>
        <legend>Your team</legend>
        {ROOM_TEAMS.map((t) => (
          <label key={t} className="phone-choice">
            <input type="radio" name="team" value={t} checked={team === t} onChange={() => (setTeam(t), setProblem(null))} />
            <span>
              <strong>{t}</strong>
              <span className="phone-hint">{TEAM_HINT[t]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {problem && (
        <p id="team-problem" className="phone-alert" role="alert">
          {problem}
        </p>
      )}
      <button className="phone-button phone-primary" type="submit" disabled={disabled}>
        Join
      </button>
    </form>
  );
}
