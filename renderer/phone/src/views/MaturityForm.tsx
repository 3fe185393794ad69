import { useState } from 'react';
import type { ActivitySpec, Answer } from '../../../../shared/room/protocol';

type Spec = Extract<ActivitySpec, { kind: 'maturity' }>;
type MaturityAnswer = Extract<Answer, { kind: 'maturity' }>;

const WORDS = ['', 'not at all true', 'rarely true', 'partly true', 'mostly true', 'fully true'];

/** Each statement rated 1–5 with big tap targets; sent as one answer, changeable until the reveal. */
export function MaturityForm({ spec, answer, disabled, onAnswer }: { spec: Spec; answer: MaturityAnswer | null; disabled: boolean; onAnswer: (a: Answer) => void }) {
  const [ratings, setRatings] = useState<Record<string, number>>(answer?.ratings ?? {});
  const rated = Object.keys(ratings).length;
  return (
    <>
      <h1>How true is this for us?</h1>
      <p className="phone-hint">1 = not at all true, 5 = fully true. Your own view; the team's score is the mean of its members.</p>
      <ol className="phone-statements">
        {spec.statements.map((statement) => (
          <li key={statement.id}>
            <fieldset className="phone-scale">
              <legend>{statement.label}</legend>
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="phone-scale-option">
                  <input
                    type="radio"
                    name={statement.id}
                    checked={ratings[statement.id] === n}
                    onChange={() => setRatings((r) => ({ ...r, [statement.id]: n }))}
                    disabled={disabled}
                    aria-label={`${n} of 5: ${WORDS[n]}`}
                  />
                  <span aria-hidden="true">{n}</span>
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <button className="phone-button phone-primary" disabled={disabled || rated === 0} onClick={() => onAnswer({ kind: 'maturity', ratings })}>
        Send my answers ({rated} of {spec.statements.length})
      </button>
    </>
  );
}
