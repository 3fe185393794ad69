import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readVersionIntegrity } from '../../db/repositories/integrity';
import { CHANGED_OUTSIDE_APP } from '../../../../shared/rules/integrity';

/**
 * The open version's problems (shared/rules/integrity), re-checked whenever it or its audit
 * trail changes; undefined while checking or when intact. One string per problem, joined, so the
 * workshop screen re-renders only when the verdict changes, not on every autosave.
 */
export function useVersionIntegrity(versionId: string | undefined): string[] | undefined {
  const joined = useLiveQuery(async () => (versionId ? (await readVersionIntegrity(versionId)).join('\n') : ''), [versionId]);
  return useMemo(() => (joined ? joined.split('\n') : undefined), [joined]);
}

/** Shown above every step of a version changed outside the app: what is wrong, what is off, what to do. */
export function IntegrityBanner({ problems }: { problems: string[] }) {
  return (
    <div className="alert alert-danger integrity-banner" data-testid="integrity-banner">
      <strong>{CHANGED_OUTSIDE_APP}.</strong> What is stored no longer agrees with what was signed or with its audit trail, so signing, editing and
      export are turned off for this version.
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      If nobody here changed it on purpose, restore a backup from before the change (Backups), or import the original file again.
    </div>
  );
}
