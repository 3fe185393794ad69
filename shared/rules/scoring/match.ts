import type { Condition, SampleLead } from '../../model/scoring';
import { DEFAULT_LOCALE, fieldReading, numberFormatOf, readEmailDomain, readNumber, readText, readTitleLevels } from './read-cell';

/**
 * How many times a criterion's condition holds for a lead: 0 means "does not match".
 * Field conditions count at most once; event conditions count occurrences (see below).
 * The operator decides how the field is read (read-cell.ts): text operators compare the text as
 * written, ignoring case and surrounding spaces, because CRM exports are inconsistent; `between`
 * reads a plain decimal number in the agreement's locale. Job titles and e-mail addresses are
 * read the way a CRM writes them (read-cell.ts, fieldReading): a seniority criterion matches the
 * levels a title names, an e-mail-domain criterion the domain part of an address.
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
 * Whether a field's text satisfies a text operator: `test` compares two normalised texts
 * (equality, or inclusion for contains). A title field also matches a value naming one of the
 * seniority levels the title names ("VP" matches "Vice President, Sales"); an e-mail-domain field
 * is also compared by the domain of an address ("gmail.com" matches "sam@Gmail.com").
 */
function textMatches(field: string, raw: string | number, values: readonly string[], test: (cell: string, value: string) => boolean): boolean {
  const cell = norm(raw);
  if (values.some((v) => test(cell, norm(v)))) return true;
  const reading = fieldReading(field);
  if (reading === 'emailDomain') {
    const domain = norm(readEmailDomain(readText(raw)));
    return domain !== cell && values.some((v) => test(domain, norm(v)));
  }
  if (reading === 'title') {
    const levels = readTitleLevels(readText(raw));
    return levels.length > 0 && values.some((v) => readTitleLevels(v).some((l) => levels.includes(l)));
  }
  return false;
}

const same = (cell: string, value: string) => cell === value;
const includes = (cell: string, value: string) => cell.includes(value);

/**
 * - contains: the field's text includes the value (case-insensitive) → 1
 * - equals: the field's text equals the value (case-insensitive) → 1
 * - in: the field's text equals one of the values (case-insensitive) → 1
 * - between: the field is a plain decimal number (readNumber, in `locale`) with min ≤ field ≤ max → 1
 * - event: 'once' → 1 if the event happened at all; 'each' → occurrences, at most maxCount
 * Text operators on a seniority / job-title field and on an e-mail-domain field also match as
 * textMatches says. A missing field never matches.
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
      return textMatches(condition.field, raw, [condition.value], includes) ? 1 : 0;
    case 'equals':
      return textMatches(condition.field, raw, [condition.value], same) ? 1 : 0;
    case 'in':
      return textMatches(condition.field, raw, condition.values, same) ? 1 : 0;
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
