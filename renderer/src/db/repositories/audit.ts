import { AuditEventSchema, type AuditEvent } from '../../../../shared/model/audit';
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
    const previous = await lastEvent(input.agreementId, database);
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
    await database.auditEvents.add(validOrThrow(AuditEventSchema, event));
    return event;
  });
}
