import { toast } from 'sonner';

/** One place for notices so every screen phrases them the same way. */
export const notify = {
  success: (message: string) => toast.success(message),
  error: (message: string) => toast.error(message, { duration: 8000 }),
  info: (message: string) => toast(message),
  undoable: (message: string, onUndo: () => void) => toast(message, { action: { label: 'Undo', onClick: onUndo }, duration: 8000 }),
};
