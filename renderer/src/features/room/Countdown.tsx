import { useEffect, useState } from 'react';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** The activity's timer on the laptop; the room reveals when it reaches zero. */
const secondsUntil = (endsAt: string) => Math.max(0, Math.round((Date.parse(endsAt) - Date.now()) / 1000));

export function Countdown({ endsAt }: { endsAt: string }) {
  const [seconds, setSeconds] = useState(() => secondsUntil(endsAt));
  useEffect(() => {
    const timer = setInterval(() => setSeconds(secondsUntil(endsAt)), 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  return (
    <p className="room-countdown" aria-label={`Time left: ${clock(seconds)}`}>
      {clock(seconds)} left
    </p>
  );
}
