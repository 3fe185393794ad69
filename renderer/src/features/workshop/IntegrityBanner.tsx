import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readVersionIntegrity } from '../../db/repositories/integrity';
import { provenanceKey, provenanceOfVersions } from '../../db/repositories/provenance-cache';
import { CHANGED_OUTSIDE_APP } from '../../../../shared/rules/integrity';
import { useEditor } from '../../stores/editor';
import type { Provenance } from '../../../../shared/rules/provenance';

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

/**
 * Whether this install can vouch for the open version's signatures, from the same session cache as
 * the library's rows (one question to the main process per version, content hash and receipts);
 * undefined while asking, for a version without signatures, or when the question failed.
 */
export function useVersionProvenance(enabled: boolean): Provenance | undefined {
  // Only the key is selected, so the workshop screen does not re-render on every autosaved edit.
  const key = useEditor((s) => (enabled && s.version && s.version.signatures.length > 0 ? provenanceKey(s.version) : null));
  const [answer, setAnswer] = useState<{ key: string; provenance: Provenance | undefined } | null>(null);
  useEffect(() => {
    const version = useEditor.getState().version;
    if (!key || !version) return;
    let cancelled = false;
    void provenanceOfVersions([version]).then((found) => !cancelled && setAnswer({ key, provenance: found.get(version.id) }));
    return () => {
      cancelled = true;
    };
  }, [key]);
  return key && answer?.key === key ? answer.provenance : undefined;
}
