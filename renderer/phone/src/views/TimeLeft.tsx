import { useEffect, useState } from 'react';

/**
 * The facilitator's timer, counted down on the phone from the seconds left when the room last
 * spoke (the phone's clock may be wrong; a duration is not).
 */
export function TimeLeft({ seconds }: { seconds: number }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setLeft(Math.max(0, seconds - Math.round((Date.now() - started) / 1000))), 1000);
    return () => clearInterval(timer);
  }, [seconds]);
  return <p className="phone-time">{left > 0 ? `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left` : 'Time is up'}</p>;
}
