import { useEffect, useState, type RefObject } from 'react';

/**
 * One shared IntersectionObserver tells each card whether it is within half a screen of the
 * viewport. Cards further away stop being drop targets, so a drag on a 200-card board measures
 * and hit-tests the few dozen cards a pointer can reach instead of all of them. Their bands stay
 * drop targets, and they become cards to drop on again as soon as scrolling brings them near.
 */
const listeners = new Map<Element, (near: boolean) => void>();
let observer: IntersectionObserver | null = null;

function shared(): IntersectionObserver | null {
  if (typeof IntersectionObserver === 'undefined') return null;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: '50% 0px' },
  );
  return observer;
}

/** Whether the element behind `node` is near the viewport (true until the observer first says otherwise). */
export function useNearViewport(node: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    const io = shared();
    const element = node.current;
    if (!io || !element) return;
    listeners.set(element, setNear);
    io.observe(element);
    return () => {
      io.unobserve(element);
      listeners.delete(element);
    };
  }, [node]);
  return near;
}
