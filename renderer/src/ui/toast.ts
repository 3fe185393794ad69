import type { toast as Toast } from 'sonner';

/**
 * sonner loads after the first screen (it is not needed to paint it). A notice raised before the
 * <Toaster> is mounted waits for it rather than being lost.
 */
let markMounted: () => void = () => undefined;
const mounted = new Promise<void>((resolve) => {
  markMounted = resolve;
});
/** Called by the app's <Toaster> once it is on screen. */
export const toasterMounted = () => markMounted();

const show = (notice: (toast: typeof Toast) => void) => {
  void Promise.all([import('sonner'), mounted]).then(([{ toast }]) => notice(toast));
};

/** One place for notices so every screen phrases them the same way. */
export const notify = {
  success: (message: string) => show((toast) => toast.success(message)),
  // The same message again (a refused edit per keystroke) replaces its toast instead of stacking.
  error: (message: string) => show((toast) => toast.error(message, { id: message, duration: 8000 })),
  info: (message: string) => show((toast) => toast(message)),
  undoable: (message: string, onUndo: () => void) => show((toast) => toast(message, { action: { label: 'Undo', onClick: onUndo }, duration: 8000 })),
};
