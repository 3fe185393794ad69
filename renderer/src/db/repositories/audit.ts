import { AuditEventSchema, type AuditEvent } from '../../../../shared/model/audit';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { StepId, Workshop } from '../../../../shared/model/workshop';
import { STEP_LABELS } from '../../../../shared/rules/agenda';
import { AGREE_FIST } from '../../../../shared/rules/consent';
import { describeTeams, isFullySigned, requiredTeams } from '../../../../shared/rules/signers';
import { confirmBeforeSigning, type OpenBeforeSigning } from '../../../../shared/rules/signing-readiness';
import { appendAuditEvent } from '../../../../shared/rules/audit-chain';
import { version as packageVersion } from '../../../../package.json';
import { db as defaultDb, type CommonGroundDb } from '../database';
import { validOrThrow } from '../errors';

export interface AuditInput {
  agreementId: string;
  versionId: string;
  kind: AuditEvent['kind'];
  actor: string;
  detail?: string;
}

/** The app version every event records; the package version is what both shells ship. */
export const APP_VERSION = packageVersion;

/** The local time zone, e.g. "Europe/Berlin", so an auditor can read UTC times as the signers lived them. */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** A short, human device line ("Chrome 131 on Linux"), not the whole user-agent string. */
export function deviceSummary(userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent): string {
  const browser =
    match(userAgent, /Electron\/(\d+)/, 'Electron') ??
    match(userAgent, /Edg\/(\d+)/, 'Edge') ??
    match(userAgent, /Firefox\/(\d+)/, 'Firefox') ??
    match(userAgent, /Chrome\/(\d+)/, 'Chrome') ??
    match(userAgent, /Version\/(\d+).*Safari/, 'Safari') ??
    (userAgent.includes('jsdom') ? 'jsdom' : 'Unknown browser');
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /Mac OS X|Macintosh/.test(userAgent)
      ? 'macOS'
      : /Android/.test(userAgent)
        ? 'Android'
        : /iPhone|iPad/.test(userAgent)
          ? 'iOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : 'unknown system';
  return `${browser} on ${os}`.slice(0, 200);
}

function match(text: string, pattern: RegExp, name: string): string | null {
  const found = pattern.exec(text);
  return found ? `${name} ${found[1]}` : null;
}

/**
 * Loads one agreement's events in chain order (following previousHash from the first event),
 * which is safer than sorting by time: two events may share a millisecond.
 */
export async function loadAuditChain(agreementId: string, database: CommonGroundDb = defaultDb): Promise<AuditEvent[]> {
  const events = await database.auditEvents.where('agreementId').equals(agreementId).toArray();
  const byPrevious = new Map(events.map((e) => [e.previousHash, e]));
  const ordered: AuditEvent[] = [];
  let next = byPrevious.get('');
  while (next && ordered.length < events.length) {
    ordered.push(next);
    next = byPrevious.get(next.hash);
  }
  // A broken chain still shows every event: the unlinked ones follow by time, for the verifier to flag.
  if (ordered.length < events.length) {
    const seen = new Set(ordered.map((e) => e.id));
    ordered.push(...events.filter((e) => !seen.has(e.id)).sort((a, b) => a.at.localeCompare(b.at)));
  }
  return ordered;
}

/** The last event of an agreement's chain, or null when it has none yet. */
async function lastEvent(agreementId: string, database: CommonGroundDb): Promise<AuditEvent | null> {
  const events = await database.auditEvents.where('agreementId').equals(agreementId).toArray();
  const pointedTo = new Set(events.map((e) => e.previousHash));
  const tails = events.filter((e) => !pointedTo.has(e.hash));
  if (tails.length === 0) return null;
  return tails.sort((a, b) => a.at.localeCompare(b.at))[tails.length - 1];
}

/**
 * Appends an event to the agreement's hash chain with UTC time, time zone, device and app
 * version. Runs in its own transaction, or joins the caller's when it already covers auditEvents,
 * so a signature and its audit events are written together or not at all.
 */
export async function recordAuditEvent(database: CommonGroundDb, input: AuditInput, at = new Date()): Promise<AuditEvent> {
  return database.transaction('rw', database.auditEvents, async () => {
    const event = nextEvent(await lastEvent(input.agreementId, database), input, at);
    await database.auditEvents.add(event);
    return event;
  });
}

/** The event after `previous` in its agreement's chain, checked against the schema. */
function nextEvent(previous: AuditEvent | null, input: AuditInput, at: Date): AuditEvent {
  const event = appendAuditEvent(previous, {
    agreementId: input.agreementId,
    versionId: input.versionId,
    kind: input.kind,
    actor: input.actor.slice(0, 120),
    detail: (input.detail ?? '').slice(0, 2000),
    at: at.toISOString(),
    timeZone: localTimeZone().slice(0, 64),
    device: deviceSummary(),
    appVersion: APP_VERSION.slice(0, 40),
  });
  return validOrThrow(AuditEventSchema, event);
}

/** Appends the 'edited' events of `steps` in one transaction (a draft's edit stored on its own, as a replayed one is). */
export async function recordEditedSteps(database: CommonGroundDb, version: AgreementVersion, steps: readonly StepId[], at = new Date()): Promise<void> {
  await database.transaction('rw', database.auditEvents, async () => {
    await database.auditEvents.bulkAdd(await editedEvents(database, version, steps, at));
  });
}

/**
 * The 'edited' events for steps of a draft whose edit is being stored, built and checked but not
 * written: the caller adds them in the transaction that stores the content, once it is sure to. Call
 * it inside a transaction that covers auditEvents; it opens none of its own, so a failure here can be
 * caught without failing the caller's transaction.
 */
export async function editedEvents(database: CommonGroundDb, version: AgreementVersion, steps: readonly StepId[], at = new Date()): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let previous = await lastEvent(version.agreementId, database);
  for (const step of steps) {
    previous = nextEvent(previous, { agreementId: version.agreementId, versionId: version.id, kind: 'edited', actor: version.content.facilitator || 'Facilitator', detail: `${STEP_LABELS[step]} edited in draft v${version.version}` }, at);
    events.push(previous);
  }
  return events;
}

type Consent = Workshop['consents'][number];
const voteKey = (c: Pick<Consent, 'step' | 'team'>) => `${c.step}|${c.team}`;

/** The latest vote per step and team (a team may change its vote; the last record wins). */
function votes(consents: readonly Consent[]): Map<string, Consent> {
  return new Map(consents.map((c) => [voteKey(c), c]));
}

/**
 * What changed between two lists of consent votes, one line per team and step, in the order of
 * the new list: a fist shown, changed or taken back, and a written objection raised or withdrawn.
 * Edits to the wording of an objection already written are not votes (the text is in the
 * workshop, and in full in the events of a signature made over it).
 */
export function consentVoteChanges(before: readonly Consent[], after: readonly Consent[]): { team: string; detail: string }[] {
  const old = votes(before);
  const now = votes(after);
  const keys = [...new Set([...now.keys(), ...old.keys()])];
  const lines: { team: string; detail: string }[] = [];
  for (const key of keys) {
    const was = old.get(key);
    const is = now.get(key);
    const { step, team } = (is ?? was)!;
    const where = STEP_LABELS[step];
    const fistBefore = was?.fist ?? null;
    const fistAfter = is?.fist ?? null;
    if (fistAfter !== fistBefore) {
      const from = fistBefore === null ? '' : ` (was ${fistBefore} of 5)`;
      lines.push({
        team,
        detail:
          fistAfter === null
            ? `${team} took back its vote on ${where}${from}.`
            : `${team} showed ${fistAfter} of 5 on ${where}: ${fistAfter >= AGREE_FIST ? 'can live with it' : 'objects'}${from}.`,
      });
    }
    const wrote = (was?.objection.trim() ?? '') !== '';
    const writes = (is?.objection.trim() ?? '') !== '';
    if (!wrote && writes) lines.push({ team, detail: `${team} wrote an objection on ${where}.` });
    if (wrote && !writes) lines.push({ team, detail: `${team} withdrew its written objection on ${where}.` });
  }
  return lines;
}

/**
 * Appends a 'consent' event for every vote that changed between the stored workshop and the one
 * being stored. Call it inside the transaction that stores the workshop.
 */
export async function recordConsentVotes(database: CommonGroundDb, before: Pick<Workshop, 'consents'>, after: Pick<Workshop, 'consents' | 'agreementId' | 'versionId'>, at = new Date()): Promise<number> {
  const changes = consentVoteChanges(before.consents, after.consents);
  for (const change of changes) {
    await recordAuditEvent(database, { agreementId: after.agreementId, versionId: after.versionId, kind: 'consent', actor: change.team, detail: change.detail }, at);
  }
  return changes.length;
}

export interface SigningOutcome {
  /** The version just before this signature, and with it. */
  before: AgreementVersion;
  after: AgreementVersion;
  /** Who signed, as stored on the signature. */
  signer: { name: string; team: string; title?: string };
  /** What was still open when they signed: openBeforeSigning(workshop), or null when there is no workshop. */
  open: OpenBeforeSigning | null;
}

/**
 * The events of a signature beyond consent, frozen and signed (which signing writes itself):
 * one 'overridden' event per objection and per parked question the signer signed over (the
 * first signature is the one that confirms "Sign anyway": it freezes the content as it is), and
 * a 'completed' event naming the signer whose signature completed the required set. Call it in
 * the signing transaction, after the 'signed' event.
 */
export async function recordSigningOutcome(database: CommonGroundDb, outcome: SigningOutcome, at = new Date()): Promise<AuditEvent[]> {
  const { before, after, signer, open } = outcome;
  const ids = { agreementId: after.agreementId, versionId: after.id, actor: signer.name };
  const events: AuditEvent[] = [];
  if (open && confirmBeforeSigning(before, open)) {
    for (const item of open.objections) {
      events.push(await recordAuditEvent(database, { ...ids, kind: 'overridden', detail: `${signer.name} signed version ${after.version} over an open objection. ${item.reason}` }, at));
    }
    for (const item of open.parked) {
      events.push(await recordAuditEvent(database, { ...ids, kind: 'overridden', detail: `${signer.name} signed version ${after.version} with a parked question unanswered: ${item.text}` }, at));
    }
    for (const stage of open.emptyStages) {
      events.push(await recordAuditEvent(database, { ...ids, kind: 'overridden', detail: `${signer.name} signed version ${after.version} with the lifecycle stage “${stage.name}” still without entry criteria.` }, at));
    }
  }
  if (after.status === 'signed' && before.status !== 'signed' && isFullySigned(after.content, after.signatures)) {
    const who = after.signatures.map((s) => `${s.name} (${s.team})`).join(', ');
    const role = `${signer.name} (${signer.team}${signer.title ? `, ${signer.title}` : ''})`;
    events.push(
      await recordAuditEvent(
        database,
        { ...ids, kind: 'completed', detail: `${role} completed the required set of signatures (${describeTeams(requiredTeams(after.content))}): version ${after.version} is signed. Signed by ${who}.` },
        at,
      ),
    );
  }
  return events;
}
