import { useEffect, type RefObject } from 'react';

/** Controls that only change what is shown (tabs), or areas a step keeps live on purpose (signing). */
const KEEP_ENABLED = '[role="tab"], [data-keep-enabled]';
/** For a record changed outside the app: the areas kept live on purpose (signing, export) are locked too. */
export const KEEP_ONLY_TABS = '[role="tab"]';
const CONTROLS = 'input, select, textarea, button';
const LOCK_MARK = 'data-frozen-lock';

function lockAll(container: HTMLElement, keep: string) {
  for (const control of container.querySelectorAll<HTMLInputElement>(CONTROLS)) {
    if (control.disabled || control.closest(keep)) continue;
    control.disabled = true;
    control.setAttribute(LOCK_MARK, '');
  }
}

function unlockAll(container: HTMLElement) {
  for (const control of container.querySelectorAll<HTMLInputElement>(`[${LOCK_MARK}]`)) {
    control.removeAttribute(LOCK_MARK);
    control.disabled = false;
  }
}

/**
 * Disables every native control inside the container while `locked`, like <fieldset disabled>,
 * except tabs and [data-keep-enabled] areas, which a disabled fieldset cannot spare. A mutation
 * observer locks controls that render later (lazy steps, dialogs opened inline, re-renders).
 */
export function useReadOnlyControls(ref: RefObject<HTMLElement | null>, locked: boolean, keep = KEEP_ENABLED) {
  useEffect(() => {
    const container = ref.current;
    if (!container || !locked) return;
    lockAll(container, keep);
    const observer = new MutationObserver(() => lockAll(container, keep));
    observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
    return () => {
      observer.disconnect();
      unlockAll(container);
    };
  }, [ref, locked, keep]);
}
