import { useEffect } from 'react';
import { useEditor } from '../../stores/editor';
import { isTyping, usePresenter } from './presenter-store';

/**
 * F5 or P switches to the projector view (and the View menu's "presenter" command); inside it,
 * B blanks the screen and Esc leaves. Only while a workshop is open.
 */
export function usePresenterKeys(onStep: (offset: 1 | -1) => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (!useEditor.getState().workshop) return;
      const { open, toggle, leave, toggleBlank } = usePresenter.getState();
      const key = event.key;
      if (key === 'F5' || (!isTyping(event.target) && (key === 'p' || key === 'P') && !document.querySelector('[role="dialog"]'))) {
        event.preventDefault();
        toggle();
        return;
      }
      if (!open) return;
      if (key === 'Escape') {
        event.preventDefault();
        leave();
      } else if (key === 'b' || key === 'B') {
        event.preventDefault();
        toggleBlank();
      } else if (key === 'ArrowRight' || key === 'PageDown') {
        event.preventDefault();
        onStep(1);
      } else if (key === 'ArrowLeft' || key === 'PageUp') {
        event.preventDefault();
        onStep(-1);
      }
    };
    const onCommand = (event: Event) => {
      if ((event as CustomEvent).detail === 'presenter' && useEditor.getState().workshop) usePresenter.getState().toggle();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('cg:command', onCommand);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('cg:command', onCommand);
    };
  }, [onStep]);
}
