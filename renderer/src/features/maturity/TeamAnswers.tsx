import { MATURITY_STATEMENTS, scoreMaturity } from '../../../../shared/rules/maturity';
import type { ConsentTeam } from '../../../../shared/rules/consent';
import type { Workshop } from '../../../../shared/model/workshop';
import { rate, setSubmitted } from './edit-maturity';

const RATINGS = [1, 2, 3, 4, 5] as const;
const RATING_WORDS = ['', 'Not true', 'Rarely', 'Partly', 'Mostly', 'Fully true'];

/** One team's questionnaire; once submitted, its answers stay out of sight until the reveal, then show locked. */
export function TeamAnswers({ team, answers, revealed }: { team: ConsentTeam; answers: Workshop['maturity']['Marketing']; revealed: boolean }) {
  const { answered, total } = scoreMaturity(answers.answers);
  if (answers.submitted && !revealed) {
    return (
      <div className="maturity-sealed stack">
        <p className="alert alert-info">
          {team} has submitted {answered} of {total} answers. They stay hidden until the facilitator reveals both teams’ results.
        </p>
        <div>
          <button className="btn" onClick={() => setSubmitted(team, false)}>
            Change {team} answers
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="stack">
      {revealed ? (
        <p className="alert alert-info maturity-locked" role="note">
          <strong>Revealed — answers are locked.</strong> The {answered} {team} answers stay as submitted. To change them, choose “Hide again to re-open answers”
          above.
        </p>
      ) : (
        <p className="muted">
          Rate each statement from 1 (not true at all) to 5 (fully true) as {team} sees it today. {answered} of {total} answered.
        </p>
      )}
      <ol className="maturity-statements">
        {MATURITY_STATEMENTS.map((statement) => (
          <li key={statement.id} className="maturity-statement">
            <fieldset>
              <legend>
                <strong>{statement.topic}.</strong> {statement.text}
              </legend>
              <div className="rating-group">
                {RATINGS.map((n) => (
                  <label key={n} className="rating-option" title={RATING_WORDS[n]}>
                    <input
                      type="radio"
                      name={`${team}-${statement.id}`}
                      value={n}
                      checked={answers.answers[statement.id] === n}
                      disabled={revealed}
                      onChange={() => rate(team, statement.id, n)}
                      aria-label={`${statement.topic}: ${n} of 5 (${RATING_WORDS[n]})`}
                    />
                    <span aria-hidden="true">{n}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {!revealed && (
        <div className="row">
          <button className="btn btn-primary" onClick={() => setSubmitted(team, true)} disabled={answered < total} aria-label={`Submit ${team} answers`}>
            Submit {team} answers
          </button>
          {answered < total && <span className="muted">Answer all {total} statements to submit.</span>}
        </div>
      )}
    </div>
  );
}
