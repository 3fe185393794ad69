import type { Condition, SampleLead } from '../../model/scoring';
import { DEFAULT_LOCALE, numberFormatOf, readNumber, readText } from './read-cell';

/**
 * How many times a criterion's condition holds for a lead: 0 means "does not match".
 * Field conditions count at most once; event conditions count occurrences (see below).
 * The operator decides how the field is read (read-cell.ts): text operators compare the text as
 * written, ignoring case and surrounding spaces, because CRM exports are inconsistent; `between`
 * reads a plain decimal number in the agreement's locale.
 */

const norm = (value: string | number): string => readText(value).toLocaleLowerCase('en');

/** Reads a lead field by exact name, falling back to a case-insensitive name match. */
export function leadField(lead: SampleLead, field: string): string | number | undefined {
  if (Object.prototype.hasOwnProperty.call(lead.fields, field)) return lead.fields[field];
  const wanted = norm(field);
  const key = Object.keys(lead.fields).find((k) => norm(k) === wanted);
  return key === undefined ? undefined : lead.fields[key];
}

/** How often the lead did `event` (exact name first, then ignoring case); 0 when never. */
export function eventCount(lead: SampleLead, event: string): number {
  const events = lead.events ?? {};
  if (Object.prototype.hasOwnProperty.call(events, event)) return Math.max(0, Math.floor(events[event]));
  const wanted = norm(event);
  const key = Object.keys(events).find((k) => norm(k) === wanted);
  return key === undefined ? 0 : Math.max(0, Math.floor(events[key]));
}

/**
 * - contains: the field's text includes the value (case-insensitive) → 1
 * - equals: the field's text equals the value (case-insensitive) → 1
 * - in: the field's text equals one of the values (case-insensitive) → 1
 * - between: the field is a plain decimal number (readNumber, in `locale`) with min ≤ field ≤ max → 1
 * - event: 'once' → 1 if the event happened at all; 'each' → occurrences, at most maxCount
 * A missing field never matches.
 */
export function matchCount(condition: Condition, lead: SampleLead, locale: string = DEFAULT_LOCALE): number {
  if (condition.op === 'event') {
    const count = eventCount(lead, condition.value);
    return condition.repeat === 'each' ? Math.min(count, Math.max(1, condition.maxCount)) : Math.min(count, 1);
  }
  const raw = leadField(lead, condition.field);
  if (raw === undefined) return 0;
  switch (condition.op) {
    case 'contains':
      return norm(raw).includes(norm(condition.value)) ? 1 : 0;
    case 'equals':
      return norm(raw) === norm(condition.value) ? 1 : 0;
    case 'in': {
      const value = norm(raw);
      return condition.values.some((v) => norm(v) === value) ? 1 : 0;
    }
    case 'between': {
      const n = readNumber(raw, numberFormatOf(locale));
      return n !== null && n >= condition.min && n <= condition.max ? 1 : 0;
    }
  }
}

/** The most times a condition can count for any lead: maxCount for repeating events, else 1. */
export function maxMatchCount(condition: Condition): number {
  return condition.op === 'event' && condition.repeat === 'each' ? Math.max(1, condition.maxCount) : 1;
}
