import { useState } from 'react';
import type { ActivitySpec, Answer } from '../../../../shared/room/protocol';

type Spec = Extract<ActivitySpec, { kind: 'dots' }>;
type DotsAnswer = Extract<Answer, { kind: 'dots' }>;

/** Dot voting: spread your dots over the parking-lot questions, several on one if it matters most. */
export function DotsForm({ spec, answer, disabled, onAnswer }: { spec: Spec; answer: DotsAnswer | null; disabled: boolean; onAnswer: (a: Answer) => void }) {
  const [dots, setDots] = useState<Record<string, number>>(answer?.dots ?? {});
  const placed = Object.values(dots).reduce((a, b) => a + b, 0);
  const left = spec.dotsPerPerson - placed;
  const change = (id: string, delta: number) =>
    setDots((current) => {
      const next = { ...current, [id]: (current[id] ?? 0) + delta };
      if (next[id] <= 0) delete next[id];
      return next;
    });
  return (
    <>
      <h1>Dot voting</h1>
      <p className="phone-hint">Which questions should we take up first? Place your dots; several on one question is fine.</p>
      <p className="phone-dots-left" aria-live="polite">
        {left} of {spec.dotsPerPerson} dots left
      </p>
      <ul className="phone-dot-items">
        {spec.items.map((item) => (
          <li key={item.id}>
            <span className="phone-dot-label">{item.label}</span>
            <span className="phone-dot-controls">
              <button className="phone-button phone-small" disabled={disabled || !dots[item.id]} onClick={() => change(item.id, -1)} aria-label={`Take a dot from: ${item.label}`}>
                −
              </button>
              <span className="phone-dot-count" aria-label={`${dots[item.id] ?? 0} dots on: ${item.label}`}>
                {dots[item.id] ?? 0}
              </span>
              <button className="phone-button phone-small" disabled={disabled || left <= 0} onClick={() => change(item.id, 1)} aria-label={`Add a dot to: ${item.label}`}>
                +
              </button>
            </span>
          </li>
        ))}
      </ul>
      <button className="phone-button phone-primary" disabled={disabled || placed === 0} onClick={() => onAnswer({ kind: 'dots', dots })}>
        Send my dots
      </button>
    </>
  );
}
