import { useEffect } from 'react';
import { onMenuCommand } from '../../bridge';
import type { MenuCommand } from '../../bridge/menu-command';
import { navigate } from '../../router';
import { redo, undo } from '../../stores/editor';

/** Commands reachable from the native menu and from the keyboard, handled in one place. */
export function runCommand(command: MenuCommand) {
  switch (command) {
    case 'undo':
      return undo();
    case 'redo':
      return redo();
    case 'new-workshop':
      return navigate({ name: 'new-workshop' });
    case 'open-library':
      return navigate({ name: 'library' });
    case 'backups':
      return navigate({ name: 'backups' });
    default:
      window.dispatchEvent(new CustomEvent('cg:command', { detail: command }));
  }
}

export function useGlobalShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        runCommand('undo');
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        runCommand('redo');
      }
    };
    window.addEventListener('keydown', onKey);
    const off = onMenuCommand(runCommand);
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, []);
}
