import { watch, type FSWatcher } from 'chokidar';
import { basename } from 'node:path';
import { ChangeCounter } from '../change-counter';

/**
 * Tells the laptop when the team folder changed (a sync engine brought or removed a file), so the
 * library reads it again without anyone pressing a button. Only the fact of a change is passed on:
 * the scan decides what it means. Sync engines' temporary and dot files are not changes.
 */
export class FolderWatch {
  private watcher: FSWatcher | null = null;
  private readonly changes = new ChangeCounter();

  get revision(): number {
    return this.changes.value;
  }

  /** Follows `folder` (or nothing); resolves once the watcher is ready, so no change after this is missed. */
  async follow(folder: string | null): Promise<void> {
    await this.watcher?.close();
    this.watcher = null;
    if (!folder) return;
    const watcher = watch(folder, {
      ignoreInitial: true,
      ignored: (path) => path !== folder && /^[.~]|\.tmp$|\.partial$/.test(basename(path)),
      // A file is a change once it stops growing (a sync engine may write it in pieces).
      awaitWriteFinish: { stabilityThreshold: 400, pollInterval: 100 },
    });
    watcher.on('all', () => this.changes.bump());
    watcher.on('error', () => undefined);
    this.watcher = watcher;
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  }

  /** Answers at once when the folder changed since `after`, else at the next change or after `ms`. */
  next(after: number, ms = 20_000): Promise<number> {
    return this.changes.next(after, ms);
  }

  async close(): Promise<void> {
    await this.watcher?.close();
    this.watcher = null;
  }
}
