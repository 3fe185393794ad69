import { create } from 'zustand';

interface PresenterState {
  open: boolean;
  /** A blank screen lets the room look at each other instead of the wall. */
  blank: boolean;
  toggle(): void;
  leave(): void;
  toggleBlank(): void;
}

export const usePresenter = create<PresenterState>()((set) => ({
  open: false,
  blank: false,
  toggle: () => set((s) => ({ open: !s.open, blank: false })),
  leave: () => set({ open: false, blank: false }),
  toggleBlank: () => set((s) => ({ blank: !s.blank })),
}));

/** Single-letter shortcuts must not fire while someone types into a field. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(type);
}
