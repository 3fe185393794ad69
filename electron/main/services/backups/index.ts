export { backupFolder, backupName, pathOf } from './names';
export { KEEP_BACKUPS, KEEP_SAFETY_COPIES, listBackups, readBackup, readBackupChunk, rotateBackups } from './store';
export { abortBackup, appendBackup, beginBackup, finishBackup, writeBackup } from './uploads';
