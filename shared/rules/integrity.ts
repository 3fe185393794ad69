import type { AgreementVersion } from '../model/agreement';
import type { AuditEvent } from '../model/audit';
import { verifyAuditChain } from './audit-chain';
import { contentHash } from './canonical';
import { describeTeams, missingTeams } from './signers';

/**
 * Whether a stored version still is what the app wrote: IndexedDB can be edited with any
 * browser's developer tools, so every load checks a version against its own content hash, its
 * signatures and its agreement's audit trail (a hash chain). Anything that does not agree is a
 * problem in plain words; a version with problems is shown as changed outside the app and is
 * never signed or sealed. No secret is involved: a careful forger who rewrites the content, every
 * hash and the whole trail consistently is not caught here (the install's own receipts are).
 */

/** The heading every screen uses for a version with problems. */
export const CHANGED_OUTSIDE_APP = 'This record was changed outside the app';

export type IntegrityInput = Pick<AgreementVersion, 'id' | 'agreementId' | 'status' | 'contentHash' | 'content' | 'signatures' | 'rulesVersion'>;

const SIGNED_STATUSES: readonly AgreementVersion['status'][] = ['signed', 'superseded', 'archived'];
const HASH_IN_DETAIL = /SHA-256 ([0-9a-f]{64})/;
const RULES_IN_DETAIL = /rules version (\d+)/;
const short = (hash: string | null) => (hash ? `${hash.slice(0, 12)}…` : 'none');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the version says about itself: content against its hash, signatures against both, status against all three. */
export function versionProblems(version: Omit<IntegrityInput, 'id' | 'agreementId'>): string[] {
  const problems: string[] = [];
  const { status, signatures } = version;
  const hash = version.contentHash;
  if (hash !== null && contentHash(version.content) !== hash) {
    problems.push('Its content (a title, a name or a number) no longer matches the content hash it was signed with.');
  }
  if (hash === null && signatures.length > 0) problems.push(`It carries ${plural(signatures.length, 'signature')} but no content hash.`);
  for (const signature of signatures) {
    if (hash !== null && signature.contentHash !== hash) problems.push(`The signature of ${signature.name} was made over different content.`);
  }
  if (status === 'draft' && (hash !== null || signatures.length > 0)) {
    problems.push(`It is marked as a draft, yet it was frozen${signatures.length ? ` and carries ${plural(signatures.length, 'signature')}` : ''}.`);
  }
  if (status === 'signing' && signatures.length === 0) problems.push('It is marked as being signed but carries no signature.');
  if (SIGNED_STATUSES.includes(status)) {
    if (hash === null) problems.push(`It is marked ${status} but was never frozen (it has no content hash).`);
    const missing = missingTeams(version.content, signatures);
    if (missing.length > 0) problems.push(`It is marked ${status}, but ${describeTeams(missing)} never signed it.`);
  }
  return problems;
}

/**
 * One agreement's events in chain order, oldest first, by following each event's previousHash
 * from the first (''); events no link reaches (removed neighbours, inserted or edited events, a
 * second branch) come back apart. The stored order and the clock play no part.
 */
export function linkAuditChain(events: readonly AuditEvent[]): { chain: AuditEvent[]; unlinked: AuditEvent[] } {
  const byPrevious = new Map<string, AuditEvent>();
  for (const event of events) if (!byPrevious.has(event.previousHash)) byPrevious.set(event.previousHash, event);
  const chain: AuditEvent[] = [];
  let next = byPrevious.get('');
  while (next && chain.length < events.length) {
    chain.push(next);
    next = byPrevious.get(next.hash);
  }
  const linked = new Set(chain);
  return { chain, unlinked: events.filter((e) => !linked.has(e)) };
}

/** Problems of an agreement's trail as a whole: an edited event, or events that do not follow on. */
export function trailProblems(events: readonly AuditEvent[]): string[] {
  const { chain, unlinked } = linkAuditChain(events);
  const problems: string[] = [];
  const check = verifyAuditChain(chain);
  if (!check.ok) problems.push(`The audit trail was edited: ${check.reason}`);
  if (unlinked.length > 0) {
    problems.push(`${plural(unlinked.length, 'event')} of the audit trail no longer follow the others: an event was removed, inserted or edited.`);
  }
  return problems;
}

/** What the trail recorded about this version (frozen, signed, imported) against what the version now says. */
function recordedProblems(version: IntegrityInput, own: readonly AuditEvent[]): string[] {
  const problems: string[] = [];
  const of = (kind: AuditEvent['kind']) => own.filter((e) => e.kind === kind);
  const frozen = of('frozen');
  const signed = of('signed');
  const imported = of('imported');
  const bornHere = imported.length === 0 && own.some((e) => e.kind === 'created' || e.kind === 'revised');
  if ((frozen.length > 0 || signed.length > 0) && version.status === 'draft') {
    problems.push(`The audit trail records it as frozen and signed (${plural(signed.length, 'signature')}), but it is marked as a draft.`);
  }
  if (frozen.length > 0 && version.contentHash === null) problems.push('The audit trail records it as frozen, but it has no content hash any more.');
  // Each of these events names the content hash it was made over.
  for (const event of [...frozen, ...signed, ...imported]) {
    const recorded = HASH_IN_DETAIL.exec(event.detail)?.[1];
    if (recorded && version.contentHash !== null && recorded !== version.contentHash) {
      problems.push(`The audit trail records content SHA-256 ${short(recorded)} (${event.kind}), but the version carries ${short(version.contentHash)}.`);
      break;
    }
  }
  // The first signature records the rules the figures were computed with (shared/rules/rules-version.ts).
  const rules = frozen.map((e) => RULES_IN_DETAIL.exec(e.detail)?.[1]).find(Boolean);
  if (rules && Number(rules) !== (version.rulesVersion ?? 1)) {
    problems.push(`The audit trail records it as signed under rules version ${rules}, but it now says rules version ${version.rulesVersion ?? 1}.`);
  }
  if (bornHere && version.contentHash !== null && frozen.length === 0) problems.push('It was frozen, but the audit trail never recorded the first signature that froze it.');
  if ((bornHere || signed.length > 0) && signed.length !== version.signatures.length) {
    problems.push(`The audit trail records ${plural(signed.length, 'signature')}; the version carries ${version.signatures.length}.`);
  }
  return problems;
}

/**
 * Every problem of one version, in plain words (empty when it is intact). `events` are the audit
 * events of its agreement, in any order (events of other agreements are ignored).
 */
export function checkIntegrity(version: IntegrityInput, events: readonly AuditEvent[]): string[] {
  return checkVersions([version], events)[0]!;
}

/**
 * checkIntegrity for several versions at once (a page of the library): each agreement's trail is
 * verified once, however many of its versions are on the page. Problems come in the versions' order.
 */
export function checkVersions(versions: readonly IntegrityInput[], events: readonly AuditEvent[]): string[][] {
  const trails = new Map<string, AuditEvent[]>();
  for (const event of events) {
    const trail = trails.get(event.agreementId);
    if (trail) trail.push(event);
    else trails.set(event.agreementId, [event]);
  }
  const trailChecks = new Map<string, string[]>();
  return versions.map((version) => {
    const trail = trails.get(version.agreementId) ?? [];
    let trailCheck = trailChecks.get(version.agreementId);
    if (!trailCheck) trailChecks.set(version.agreementId, (trailCheck = trailProblems(trail)));
    const own = trail.filter((e) => e.versionId === version.id);
    return [...versionProblems(version), ...trailCheck, ...recordedProblems(version, own)];
  });
}

/** The one sentence a refused action shows. */
export function integrityRefusal(problems: readonly string[], action: string): string {
  return `${CHANGED_OUTSIDE_APP}, so it cannot be ${action}: ${problems[0]}${problems.length > 1 ? ` (and ${plural(problems.length - 1, 'more problem')})` : ''} Restore a backup from before the change, or import the original file again.`;
}
