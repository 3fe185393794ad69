import type { Answer, PhoneActivity, RoomTeam } from '../../../../shared/room/protocol';
import { MaturityForm } from './MaturityForm';
import { RankingForm } from './RankingForm';
import { FistForm } from './FistForm';
import { DotsForm } from './DotsForm';
import { TimeLeft } from './TimeLeft';

interface Props {
  activity: PhoneActivity | null;
  answer: Answer | null;
  team: RoomTeam;
  disabled: boolean;
  onAnswer: (answer: Answer) => void;
}

/** Whatever the facilitator is running, or a calm "wait" between activities. */
export function ActivityView({ activity, answer, team, disabled, onAnswer }: Props) {
  if (!activity) {
    return (
      <section className="phone-card" aria-live="polite">
        <h1>You are in</h1>
        <p>Wait for the facilitator to start the next activity. You can lock your phone: this page picks up where you were.</p>
      </section>
    );
  }
  if (activity.revealed) {
    return (
      <section className="phone-card" aria-live="polite">
        <h1>Revealed</h1>
        <p>The answers are on the projector now.</p>
      </section>
    );
  }
  const observer = team === 'Observer';
  const sent = answer !== null && (
    <p className="phone-sent" role="status">
      Your answer is in. You can change it until the reveal.
    </p>
  );
  const { spec } = activity;
  return (
    <section className="phone-card" key={activity.id}>
      {observer && <p className="phone-hint">You are observing: you see the activity but do not vote.</p>}
      {activity.secondsLeft !== null && <TimeLeft key={`${activity.id}-${activity.secondsLeft}`} seconds={activity.secondsLeft} />}
      {spec.kind === 'maturity' && <MaturityForm spec={spec} answer={answer?.kind === 'maturity' ? answer : null} disabled={disabled || observer} onAnswer={onAnswer} />}
      {spec.kind === 'ranking' && <RankingForm spec={spec} answer={answer?.kind === 'ranking' ? answer : null} disabled={disabled || observer} onAnswer={onAnswer} />}
      {spec.kind === 'fist' && <FistForm spec={spec} answer={answer?.kind === 'fist' ? answer : null} disabled={disabled || observer} onAnswer={onAnswer} />}
      {spec.kind === 'dots' && <DotsForm spec={spec} answer={answer?.kind === 'dots' ? answer : null} disabled={disabled || observer} onAnswer={onAnswer} />}
      {spec.kind === 'ready' && (
        <>
          <h1>{spec.label || 'Everyone done?'}</h1>
          <p>Tap when you are done with this part.</p>
          <button className="phone-button phone-primary" disabled={disabled || observer || answer !== null} onClick={() => onAnswer({ kind: 'ready' })}>
            {answer ? 'You are done' : 'I am done'}
          </button>
        </>
      )}
      {sent}
    </section>
  );
}
