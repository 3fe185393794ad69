import { useEffect, useState } from 'react';

/** The current time as an ISO string, for the pure agenda rules. */
export const nowIso = () => new Date().toISOString();

/**
 * Milliseconds since the epoch, refreshed once a second while `active`. Only the component that
 * calls it re-renders on each tick, so a running timer never re-renders the step being edited.
 */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [active]);
  return now;
}

/** 754 → "12:34"; the sign is for the caller to word ("over"). */
export function formatClock(seconds: number): string {
  const total = Math.abs(Math.trunc(seconds));
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  return `${minutes}:${String(rest).padStart(2, '0')}`;
}

/** Tests and automation drive a real browser with navigator.webdriver set: keep them silent. */
const silent = () => typeof navigator !== 'undefined' && navigator.webdriver === true;

/** A soft two-note chime through WebAudio; no audio files, no network. */
export function chime() {
  if (silent()) return;
  const AudioContextClass = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!AudioContextClass) return;
  try {
    const context = new AudioContextClass();
    [660, 880].forEach((frequency, index) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const start = context.currentTime + index * 0.25;
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.15, start + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.65);
    });
    setTimeout(() => void context.close(), 1500);
  } catch {
    // A missing audio device must never break the timer; the flash still shows.
  }
}
