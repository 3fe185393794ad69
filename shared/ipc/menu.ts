import type { CommonGroundApi } from './api';

/**
 * Commands the application menu sends to the renderer. The main process only announces them;
 * the renderer decides what each means on the current screen (e.g. undo in a text field vs.
 * undo of a board move), because only it knows where the focus is.
 */
export const MENU_COMMANDS = [
  'new-workshop',
  'open-library',
  'import',
  'export-pdf',
  'backups',
  'undo',
  'redo',
  'presenter',
  'shortcuts',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The one channel main uses to push menu commands; `main:` because main speaks first. */
export const MENU_COMMAND_CHANNEL = 'main:menu-command';

export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

/** Subscribes to menu commands; returns the function that unsubscribes. */
export type OnMenuCommand = (callback: (command: MenuCommand) => void) => () => void;

/** What the desktop preload exposes: every contract method plus menu events. */
export type CommonGroundDesktopApi = CommonGroundApi & { onMenuCommand: OnMenuCommand };
