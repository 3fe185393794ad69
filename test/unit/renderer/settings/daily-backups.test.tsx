import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { BackupInfo } from '../../../../shared/ipc/channels/backups';

const written: string[] = [];
const existing: BackupInfo[] = [];
// The main process keeps the backup files; here the bridge only records what would be written.
vi.mock('../../../../renderer/src/bridge', () => ({
  bridge: {
    listBackups: async () => ({ ok: true, data: existing }),
    beginBackup: async ({ reason }: { reason: BackupInfo['reason'] }) => ({ ok: true, data: { uploadId: reason } }),
    appendBackup: async ({ offset, base64 }: { offset: number; base64: string }) => ({ ok: true, data: { bytes: offset + atob(base64).length } }),
    finishBackup: async ({ uploadId: reason, bytes }: { uploadId: BackupInfo['reason']; bytes: number }) => {
      written.push(reason);
      return { ok: true, data: { name: `common-ground-x-${reason}.json`, bytes, reason, createdAt: new Date().toISOString() } };
    },
  },
}));

const { db } = await import('../../../../renderer/src/db/database');
const { backupIfDue } = await import('../../../../renderer/src/db/repositories/backup');
const { saveSetting } = await import('../../../../renderer/src/db/repositories/settings');
const { createWorkshop } = await import('../../../../renderer/src/db/repositories/workshops');
const { DailyBackupsStatus } = await import('../../../../renderer/src/features/backups/DailyBackupsStatus');

const NOW = Date.parse('2027-01-12T10:00:00.000Z');

beforeEach(async () => {
  written.length = 0;
  existing.length = 0;
  await db.settings.clear();
  if ((await db.versions.count()) === 0) {
    await createWorkshop({ organisation: 'Acme', title: 'Alignment', quarter: '2027-Q1', date: '2027-01-12', facilitator: 'Riley' }, { kind: 'template' });
  }
});
afterEach(() => vi.restoreAllMocks());

describe('the daily backup follows the setting', () => {
  it('backs up when daily backups are on (the default) and none is recent', async () => {
    expect(await backupIfDue(NOW)).not.toBeNull();
    expect(written).toEqual(['daily']);
  });

  it('skips the backup when daily backups are switched off', async () => {
    await saveSetting('dailyBackups', false);
    expect(await backupIfDue(NOW)).toBeNull();
    expect(written).toEqual([]);
  });

  it('still skips when a backup is less than a day old, with the setting on', async () => {
    existing.push({ name: 'common-ground-recent-daily.json', bytes: 10, reason: 'daily', createdAt: new Date(NOW - 60_000).toISOString(), contents: null });
    expect(await backupIfDue(NOW)).toBeNull();
    expect(written).toEqual([]);
  });
});

describe('the Backups screen says whether daily backups are on', () => {
  it('says on, then off after the setting changes, with a way to Settings', async () => {
    render(<DailyBackupsStatus />);
    expect(await screen.findByTestId('daily-backups-state')).toHaveTextContent('Daily backups are on');
    await saveSetting('dailyBackups', false);
    expect(await screen.findByText(/Daily backups are off/)).toBeInTheDocument();
    screen.getByRole('button', { name: 'Turn on in Settings' }).click();
    expect(window.location.hash).toBe('#/settings');
  });
});
