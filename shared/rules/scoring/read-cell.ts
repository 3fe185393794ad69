/**
 * How ONE cell of a lead is read, for every place that reads leads: the scoring board's live
 * preview, `cli score`, `cli backtest`, the backtest import and its worker. A cell is kept as
 * the text it was written with; the criterion's operator decides how it is read:
 * - number operators (between): a plain decimal number in the agreement's locale, see readNumber
 *   (shared/rules/numbers.ts, the reader of every number field of the app too);
 * - text operators (contains, equals, in): the text as written, trimmed, ignoring case (match.ts).
 * So "02139" is the ZIP text "02139" for equals and the number 2139 for between, in every path.
 * Counts (events, days without activity), outcomes and created dates have their readers here too.
 */

import { DEFAULT_LOCALE, numberFormatOf, readNumber, type NumberFormat } from '../numbers';

// A "between" cell is read by the app's one number reader (shared/rules/numbers.ts), strictly:
// a plain decimal number in the agreement's locale. Re-exported for the lead readers.
export { DEFAULT_LOCALE, numberFormatOf, readNumber, type NumberFormat };

/** A cell as text operators compare it: as written, without surrounding spaces (case is the operator's business). */
export function readText(value: string | number): string {
  return String(value).trim();
}

const NO = new Set(['', 'no', 'false', 'n']);
const YES = new Set(['yes', 'true', 'y']);

/**
 * A count cell (how often a lead did an event, days without activity): a whole number of 0 or
 * more read as readNumber reads it, or yes/true/y (1) and no/false/n (0), ignoring case; blank is
 * 0. Null when it is none of these ("many", "-1", "2.5", "0x10", "1e3").
 */
export function readCount(text: string, format: NumberFormat = numberFormatOf()): number | null {
  const t = text.trim().toLowerCase();
  if (NO.has(t)) return 0;
  if (YES.has(t)) return 1;
  const n = readNumber(t, format);
  return n !== null && Number.isInteger(n) && n >= 0 ? n + 0 : null; // + 0 turns −0 into 0
}

/** Outcome texts that count as won unless a mapping says otherwise, compared ignoring case and surrounding spaces. */
export const DEFAULT_WON_VALUES = ['won', 'closed won', 'closed-won', 'converted', 'sql', 'yes', 'true', '1'];

/** won, lost, open (still open: not won), or none (a blank cell: no outcome, counted as not won). */
export type OutcomeReading = 'won' | 'lost' | 'open' | 'none';

/**
 * The outcome reader for a list of won values: a cell equal to one of them (ignoring case and
 * surrounding spaces) is won; blank is "none" (no outcome, counted as not won); "open" is open;
 * any other text is lost.
 */
export function outcomeReader(wonValues: readonly string[] = DEFAULT_WON_VALUES): (text: string) => OutcomeReading {
  const won = new Set(wonValues.map((v) => v.trim().toLowerCase()));
  return (text) => {
    const t = text.trim().toLowerCase();
    if (t === '') return 'none';
    if (won.has(t)) return 'won';
    return t === 'open' ? 'open' : 'lost';
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Days since 1970-01-01 for an ISO date (YYYY-MM-DD, optionally with a time), or NaN. */
export function readDateDays(text: string): number {
  const t = text.trim();
  if (!ISO_DATE.test(t)) return Number.NaN;
  const ms = Date.parse(t.length === 10 ? `${t}T00:00:00Z` : t);
  return Number.isFinite(ms) ? Math.floor(ms / 86_400_000) : Number.NaN;
}

/** The lines of help that say how cells are read, for `cli score --help`, `cli backtest --help` and the import screens. */
export const CELL_READING_HELP = [
  'How cells are read:',
  '  "between" criteria read the cell as a plain decimal number written the agreement’s way (its locale):',
  '         en-US and other "." decimal locales: 1,200.5 ("," groups thousands, "." is the decimal point);',
  '         de-DE, fr-FR and other "," decimal locales: 1.200,5 or 1 200,5 ("." or a space groups thousands).',
  '         A sign is allowed; hex, binary and octal (0x1F4, 0b101, 0o764), exponents (1e3), Infinity and',
  '         anything else are not numbers, so the criterion does not match.',
  '  "contains", "equals" and "in" compare the text as written, ignoring case and surrounding spaces:',
  '         a ZIP code 02139 stays "02139", and 2.50 stays "2.50".',
  '  Event counts and days without activity: a whole number of 0 or more, or yes/no; blank is 0.',
  '  Outcome: won values are matched ignoring case; a blank outcome means no outcome, counted as not won.',
  '  A row that cannot be read is skipped and listed with its spreadsheet row number (the header is row 1).',
];

/**
 * Fields whose cells a CRM writes in its own way, read so that the criteria match what people mean:
 * - seniority (also "job title", "title"): a job title such as "Vice President, Sales" or "cmo"
 *   also counts as the seniority levels its words name (see readTitleLevels);
 * - e-mail domain (also "domain", "email"): an address "dana@Acme.com" counts as its domain "acme.com".
 * Every other field is plain text. Found by the criterion's field name, ignoring case, spaces and punctuation.
 */
export type FieldReading = 'title' | 'emailDomain' | 'text';

const squashName = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const TITLE_FIELDS = new Set(['seniority', 'jobseniority', 'jobtitle', 'title', 'jobtitleseniority']);
const DOMAIN_FIELDS = new Set(['emaildomain', 'domain', 'email', 'emailaddress', 'companydomain', 'hsemaildomain']);

export function fieldReading(field: string): FieldReading {
  const key = squashName(field);
  if (TITLE_FIELDS.has(key)) return 'title';
  if (DOMAIN_FIELDS.has(key)) return 'emailDomain';
  return 'text';
}

/** Seniority levels a title can name, each with the words (after normalising) that name it. */
const TITLE_LEVELS: readonly { level: string; pattern: RegExp }[] = [
  { level: 'c-level', pattern: /\b(c level|c suite|cxo|chief|ceo|cmo|cro|cto|cfo|coo|cio|ciso|cpo|cdo|cco)\b/ },
  { level: 'vp', pattern: /\b(vp|svp|evp|avp|vice president)\b/ },
  { level: 'director', pattern: /\b(director|dir)\b/ },
  { level: 'head', pattern: /\bhead\b/ },
  { level: 'manager', pattern: /\b(manager|mgr)\b/ },
];

/** A title lower-cased with dots dropped ("V.P." → "vp") and every other run of punctuation or spaces made one space. */
function normaliseTitle(text: string): string {
  return ` ${text.toLowerCase().replace(/\./g, '').replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/**
 * The seniority levels a job title names, ignoring case, spacing and punctuation: "VP", "Vice
 * President", "SVP" → vp; "Director" → director; "Head of …" → head; "Chief …", "C-level" and the
 * C-level abbreviations (CEO, CMO, CRO, CTO, CFO, COO, CIO …) → c-level; "Manager" → manager.
 * "VP Marketing" names vp; "Director, Head of Sales" names director and head. Empty when none.
 */
export function readTitleLevels(text: string): string[] {
  const t = normaliseTitle(text);
  return TITLE_LEVELS.filter((l) => l.pattern.test(t)).map((l) => l.level);
}

/** The domain of an e-mail address ("Dana <dana@Acme.com>" → "acme.com"); a cell without "@" is returned trimmed. */
export function readEmailDomain(text: string): string {
  const t = text.trim();
  const at = t.lastIndexOf('@');
  if (at < 0) return t;
  return t.slice(at + 1).replace(/[>\s]+$/, '').replace(/\.$/, '').trim();
}
