export type MenuCommand =
  | 'new-workshop'
  | 'open-library'
  | 'import'
  | 'export-pdf'
  | 'backups'
  | 'undo'
  | 'redo'
  | 'presenter'
  | 'shortcuts';
