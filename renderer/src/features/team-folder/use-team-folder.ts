import { useCallback, useEffect, useState } from 'react';
import { bridge } from '../../bridge';
import { unwrap } from '../../bridge/unwrap';
import type { TeamFolderStatus } from '../../../../shared/team-folder/status';
import { indexTeamFolderScan, type IndexedFromFolder } from '../../db/repositories/team-folder';

/** Indexing runs one scan's news at a time: a scan the watcher started and one a click started may share a result. */
let indexing: Promise<unknown> = Promise.resolve();

/** The team folder as this laptop sees it, and a scan that indexes what it found into the library. */
export function useTeamFolder() {
  const [status, setStatus] = useState<TeamFolderStatus | null>(null);
  const [scanning, setScanning] = useState(false);
  useEffect(() => {
    void bridge.getTeamFolder({}).then((r) => r.ok && setStatus(r.data));
  }, []);
  const scan = useCallback(async (): Promise<IndexedFromFolder> => {
    setScanning(true);
    const result = unwrap(await bridge.scanTeamFolder({}).finally(() => setScanning(false)));
    setStatus(result.status);
    const indexed = indexing.then(() => indexTeamFolderScan(result));
    indexing = indexed.catch(() => undefined);
    return indexed;
  }, []);
  return { status, setStatus, scan, scanning };
}

/** "1,198 verified, 4 sealed by a laptop you have not confirmed, 2 tampered": what the folder holds, in words. */
export function describeRecords(status: TeamFolderStatus): string {
  const count = (s: string) => status.records.filter((r) => r.status === s).length;
  const parts = [
    [count('verified'), 'verified'],
    [count('unconfirmed'), 'sealed by a laptop you have not confirmed'],
    [count('tampered'), 'tampered'],
    [count('incomplete'), 'still arriving'],
    [count('duplicate'), 'conflict copies'],
    [count('removed'), 'removed from the folder'],
  ].filter(([n]) => Number(n) > 0);
  if (parts.length === 0) return 'No signed versions in the folder yet.';
  return parts.map(([n, words]) => `${Number(n).toLocaleString()} ${words}`).join(', ');
}
