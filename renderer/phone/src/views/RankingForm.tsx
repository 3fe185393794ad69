import { useState } from 'react';
import type { ActivitySpec, Answer } from '../../../../shared/room/protocol';
import { PlacedList } from './PlacedList';

type Spec = Extract<ActivitySpec, { kind: 'ranking' }>;
type RankingAnswer = Extract<Answer, { kind: 'ranking' }>;

/**
 * Silent ranking by tapping: the first tap is the most important criterion, and so on; what is
 * placed can then be dragged or moved with ↑ and ↓. No dragging is needed (WCAG 2.5.7); "Undo
 * last" and "Start over" take taps back. The order never reaches another phone.
 */
export function RankingForm({ spec, answer, disabled, onAnswer }: { spec: Spec; answer: RankingAnswer | null; disabled: boolean; onAnswer: (a: Answer) => void }) {
  const [order, setOrder] = useState<string[]>(answer?.order ?? []);
  const label = new Map(spec.criteria.map((c) => [c.id, c.label]));
  const left = spec.criteria.filter((c) => !order.includes(c.id));
  const complete = left.length === 0;
  return (
    <>
      <h1>Rank the criteria</h1>
      <p className="phone-hint">Tap them from most to least important. Only you see your ranking; the projector shows how many are in.</p>
      {order.length > 0 && <PlacedList order={order} label={(id) => label.get(id) ?? id} disabled={disabled} onChange={setOrder} />}
      {!complete && (
        <div className="phone-tap-list" role="group" aria-label={`Tap number ${order.length + 1}`}>
          {left.map((c) => (
            <button key={c.id} className="phone-button" disabled={disabled} onClick={() => setOrder((o) => [...o, c.id])}>
              {c.label}
            </button>
          ))}
        </div>
      )}
      <div className="phone-row">
        <button className="phone-button" disabled={disabled || order.length === 0} onClick={() => setOrder((o) => o.slice(0, -1))}>
          Undo last
        </button>
        <button className="phone-button" disabled={disabled || order.length === 0} onClick={() => setOrder([])}>
          Start over
        </button>
      </div>
      <button className="phone-button phone-primary" disabled={disabled || !complete} onClick={() => onAnswer({ kind: 'ranking', order })}>
        {complete ? 'Send my ranking' : `${left.length} left to place`}
      </button>
    </>
  );
}
