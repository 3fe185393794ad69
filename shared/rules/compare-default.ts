import type { AgreementVersion } from '../model/agreement';

const SIGNED: readonly AgreementVersion['status'][] = ['signed', 'superseded', 'archived'];

/**
 * Which two versions History compares first: the newest against the last signed version before
 * it (what the team agreed last time), not an abandoned draft in between; the one just before it
 * when nothing earlier was signed. `versions` are oldest first.
 */
export function defaultComparison(versions: readonly Pick<AgreementVersion, 'id' | 'status'>[]): { beforeId: string; afterId: string } | null {
  if (versions.length === 0) return null;
  const after = versions[versions.length - 1]!;
  const earlier = versions.slice(0, -1);
  const signed = [...earlier].reverse().find((v) => SIGNED.includes(v.status));
  const before = signed ?? earlier[earlier.length - 1] ?? after;
  return { beforeId: before.id, afterId: after.id };
}
