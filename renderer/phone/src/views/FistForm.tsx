import { useState } from 'react';
import type { ActivitySpec, Answer } from '../../../../shared/room/protocol';

type Spec = Extract<ActivitySpec, { kind: 'fist' }>;
type FistAnswer = Extract<Answer, { kind: 'fist' }>;

const MEANING = ['Block: I cannot accept this', 'Strong concerns', 'Concerns to talk through', 'I can live with it', 'Good', 'Full support'];

/** Fist of five on one step or clause: under three fingers asks for a reason and marks it for discussion. */
export function FistForm({ spec, answer, disabled, onAnswer }: { spec: Spec; answer: FistAnswer | null; disabled: boolean; onAnswer: (a: Answer) => void }) {
  const [fist, setFist] = useState<number | null>(answer?.fist ?? null);
  const [reason, setReason] = useState(answer?.reason ?? '');
  return (
    <>
      <h1>Fist of five</h1>
      <p>{spec.label}</p>
      <fieldset className="phone-fists">
        <legend>How many fingers?</legend>
        {MEANING.map((meaning, n) => (
          <label key={n} className="phone-choice">
            <input type="radio" name="fist" checked={fist === n} onChange={() => setFist(n)} disabled={disabled} />
            <span>
              <strong>{n}</strong> {meaning}
            </span>
          </label>
        ))}
      </fieldset>
      {fist !== null && fist < 3 && (
        <label className="phone-field">
          <span>What would have to change? (optional)</span>
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} disabled={disabled} />
        </label>
      )}
      <button className="phone-button phone-primary" disabled={disabled || fist === null} onClick={() => fist !== null && onAnswer({ kind: 'fist', fist, reason: fist < 3 ? reason.trim() : '' })}>
        Send my vote
      </button>
    </>
  );
}
