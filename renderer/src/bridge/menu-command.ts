export type { MenuCommand } from '../../../shared/ipc/menu';
