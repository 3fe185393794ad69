import { useEffect, useSyncExternalStore } from 'react';
import { navigate } from '../../router';
import { notify } from '../../ui/toast';
import { looksLikePdf } from './read-file';

/**
 * A PDF dropped anywhere on the window is handed to the Verify screen. Dropping anything else is
 * swallowed, so the window never navigates away to show the file.
 */
let pending: File | null = null;
const listeners = new Set<() => void>();

export function takeDroppedPdf(): File | null {
  const file = pending;
  pending = null;
  return file;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** Re-renders when a new file was dropped, so an open Verify screen picks it up too. */
export function useDroppedPdf(): File | null {
  return useSyncExternalStore(subscribe, () => pending);
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function usePdfDropAnywhere(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (!looksLikePdf(file)) return void notify.error(`${file.name} is not a PDF. Drop an exported agreement PDF to verify it.`);
      pending = file;
      listeners.forEach((l) => l());
      navigate({ name: 'verify' });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
