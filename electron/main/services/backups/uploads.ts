/**
 * Writing a backup in pieces: the renderer streams the export, the main process appends it to a
 * temporary file only it names, and on finish gives the file its final name by exclusive create.
 * Two backups never share a file, a success is reported only once the file is whole on disk, and
 * an abandoned upload leaves nothing behind but a temporary file that is cleaned up later.
 */
import { mkdir, open, readdir, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppFailure } from '../../../../shared/ipc/result';
import { BACKUP_CHUNK_BYTES, type BackupInfo, type BackupReason } from '../../../../shared/ipc/channels/backups';
import { backupFolder, backupName, pathOf } from './names';
import { readContents, rotateBackups } from './store';
import { createExclusively } from '../atomic-file';

interface Upload {
  dataFolder: string;
  reason: BackupReason;
  temp: string;
  handle: FileHandle;
  bytes: number;
  touchedAt: number;
  writing: boolean;
}

/** More than this many unfinished backups at once means something is looping: refuse the next. */
const MAX_OPEN_UPLOADS = 16;
/** An upload with no piece for this long is abandoned (the window closed mid-backup). */
const IDLE_MS = 10 * 60 * 1000;
const TEMP = /^\.upload-[a-f0-9]{32}\.part$/;

const uploads = new Map<string, Upload>();
/** Finishing (naming, rotating) happens one at a time per data folder. */
const finishing = new Map<string, Promise<unknown>>();

function serially<T>(dataFolder: string, work: () => Promise<T>): Promise<T> {
  const previous = finishing.get(dataFolder) ?? Promise.resolve();
  const next = previous.then(work, work);
  finishing.set(dataFolder, next.catch(() => undefined));
  return next;
}

const unknownUpload = () => new AppFailure('NOT_FOUND', 'This backup was interrupted before it was finished. Start the backup again.');

async function drop(id: string): Promise<void> {
  const upload = uploads.get(id);
  if (!upload) return;
  uploads.delete(id);
  await upload.handle.close().catch(() => undefined);
  await rm(upload.temp, { force: true });
}

/** Abandoned uploads of this process, and temporary files a crash left in the folder. */
async function sweep(dataFolder: string, now: number): Promise<void> {
  for (const [id, upload] of uploads) if (now - upload.touchedAt > IDLE_MS) await drop(id);
  const folder = backupFolder(dataFolder);
  const live = new Set([...uploads.values()].map((u) => u.temp));
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const path = join(folder, name);
    if (!TEMP.test(name) || live.has(path)) continue;
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > IDLE_MS) await rm(path, { force: true });
  }
}

export async function beginBackup(dataFolder: string, reason: BackupReason, now = Date.now()): Promise<{ uploadId: string }> {
  await sweep(dataFolder, now);
  if ([...uploads.values()].filter((u) => u.dataFolder === dataFolder).length >= MAX_OPEN_UPLOADS) {
    throw new AppFailure('IO', 'Several backups are being written already. Wait until they are done, then try again.');
  }
  const folder = backupFolder(dataFolder);
  await mkdir(folder, { recursive: true });
  const uploadId = randomBytes(16).toString('hex');
  const temp = join(folder, `.upload-${uploadId}.part`);
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx', 0o600);
  } catch {
    throw new AppFailure('IO', 'A backup file could not be created. Check that the app’s data folder is writable and the disk is not full.');
  }
  uploads.set(uploadId, { dataFolder, reason, temp, handle, bytes: 0, touchedAt: now, writing: false });
  return { uploadId };
}

export async function appendBackup(dataFolder: string, uploadId: string, offset: number, data: Uint8Array): Promise<{ bytes: number }> {
  const upload = uploads.get(uploadId);
  if (!upload || upload.dataFolder !== dataFolder) throw unknownUpload();
  if (data.byteLength === 0 || data.byteLength > BACKUP_CHUNK_BYTES) throw new AppFailure('BAD_INPUT', 'A backup piece must hold between 1 byte and 4 MB');
  if (upload.writing || offset !== upload.bytes) throw new AppFailure('BAD_INPUT', 'A piece of the backup arrived out of order. Start the backup again.');
  upload.writing = true;
  try {
    await upload.handle.write(data, 0, data.byteLength, offset);
    upload.bytes += data.byteLength;
    upload.touchedAt = Date.now();
    return { bytes: upload.bytes };
  } catch {
    await drop(uploadId);
    throw new AppFailure('IO', 'The backup could not be written (is the disk full?). Nothing was saved; free some space and try again.');
  } finally {
    upload.writing = false;
  }
}

export async function abortBackup(dataFolder: string, uploadId: string): Promise<null> {
  if (uploads.get(uploadId)?.dataFolder === dataFolder) await drop(uploadId);
  return null;
}

/** Creates `target` with the temporary file's content, failing with EEXIST if it is there already. */

export async function finishBackup(dataFolder: string, uploadId: string, bytes: number, now = new Date()): Promise<BackupInfo> {
  const upload = uploads.get(uploadId);
  if (!upload || upload.dataFolder !== dataFolder) throw unknownUpload();
  if (upload.writing) throw new AppFailure('BAD_INPUT', 'The backup is still being written.');
  if (bytes !== upload.bytes) {
    await drop(uploadId);
    throw new AppFailure('INVALID_FILE', `The backup arrived incomplete (${upload.bytes.toLocaleString('en-US')} of ${bytes.toLocaleString('en-US')} bytes); nothing was saved. Try again.`);
  }
  uploads.delete(uploadId);
  try {
    await upload.handle.sync();
  } finally {
    await upload.handle.close();
  }
  try {
    return await serially(dataFolder, async () => {
      // Two backups in the same millisecond would collide; step forward until a name is free.
      let at = now.getTime();
      for (;;) {
        try {
          await createExclusively(upload.temp, pathOf(dataFolder, backupName(at, upload.reason)));
          break;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          at += 1;
        }
      }
      const name = backupName(at, upload.reason);
      await syncFolder(backupFolder(dataFolder));
      const onDisk = await stat(pathOf(dataFolder, name));
      if (onDisk.size !== bytes) throw new AppFailure('IO', 'The backup file on disk is not complete; try again.');
      await rotateBackups(dataFolder);
      return { name, bytes, createdAt: new Date(at).toISOString(), reason: upload.reason, contents: await readContents(pathOf(dataFolder, name)) };
    });
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('IO', 'The backup could not be saved in the app’s data folder. Check that it is writable and the disk is not full.');
  } finally {
    await rm(upload.temp, { force: true });
  }
}

async function syncFolder(folder: string): Promise<void> {
  try {
    const dir = await open(folder, 'r');
    await dir.sync().catch(() => undefined);
    await dir.close();
  } catch {
    /* not every platform lets us open a folder */
  }
}

/** A whole backup in one call (tests, plain-Node tools): the same path as a streamed one. */
export async function writeBackup(dataFolder: string, data: Uint8Array, reason: BackupReason, now = new Date()): Promise<BackupInfo> {
  if (data.byteLength === 0) throw new AppFailure('BAD_INPUT', 'The backup is empty');
  const { uploadId } = await beginBackup(dataFolder, reason, now.getTime());
  try {
    for (let offset = 0; offset < data.byteLength; offset += BACKUP_CHUNK_BYTES) {
      await appendBackup(dataFolder, uploadId, offset, data.subarray(offset, offset + BACKUP_CHUNK_BYTES));
    }
  } catch (error) {
    await drop(uploadId);
    throw error;
  }
  return finishBackup(dataFolder, uploadId, data.byteLength, now);
}
