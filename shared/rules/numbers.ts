/**
 * The one reader of numbers written as text, for every place that turns text into a number: the
 * fields of every step (goals, incentives, commitments, scoring settings and criteria, the lead
 * definition, timeboxes, the quarterly review) and the cells of a lead (read-cell.ts). Money has
 * its own reader (parseMoneyToCents in money.ts, for "30k" and currency signs) that guesses the
 * decimal mark with the same rule as here.
 *
 * Only plain decimal numbers are numbers: an optional sign (+, - or the true minus −), digits
 * with the locale's grouping marks in groups of three, and the locale's decimal separator followed
 * by digits. Hex, binary and octal ("0x1F4", "0b111110100", "0o764"), exponents ("1e3"),
 * "Infinity", "NaN", blanks, units and currency signs are not numbers. `Number(text)` accepts
 * all of those and drops a German decimal comma, which is why nothing else should call it on
 * what a person typed.
 */

export const DEFAULT_LOCALE = 'en-US';

/** How a locale writes a number: its decimal separator and the characters that may group thousands. */
export interface NumberFormat {
  locale: string;
  decimal: '.' | ',';
  groups: readonly string[];
}

const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';
const SPACE_GROUPS = ['.', NARROW_NBSP, NBSP, ' '];
const formats = new Map<string, NumberFormat>();

function intlPart(locale: string, value: number, type: 'decimal' | 'group'): string | undefined {
  try {
    return new Intl.NumberFormat(locale).formatToParts(value).find((p) => p.type === type)?.value;
  } catch {
    return undefined;
  }
}

/**
 * The number format of a locale: "en-US" groups with "," and has a "." decimal ("1,200.5");
 * "de-DE", "fr-FR" and the other comma-decimal locales have a "," decimal and group with "." or
 * a space (ordinary, no-break or narrow) — "1.200,5", "1 200,5". A locale's own grouping mark
 * (de-CH "'" or "’") is accepted too. An unknown locale reads like en-US.
 */
export function numberFormatOf(locale: string = DEFAULT_LOCALE): NumberFormat {
  const known = formats.get(locale);
  if (known) return known;
  const decimal = intlPart(locale, 1.5, 'decimal') === ',' ? ',' : '.';
  const own = intlPart(locale, 12345, 'group');
  const groups = new Set(decimal === '.' ? [','] : SPACE_GROUPS);
  if (own && own !== decimal && own.length === 1 && !/\d/.test(own)) groups.add(own);
  // Swiss locales group with an apostrophe: typed as ' or ’ alike.
  if (own === "'" || own === '’') for (const mark of ["'", '’']) groups.add(mark);
  const format: NumberFormat = { locale, decimal, groups: [...groups] };
  formats.set(locale, format);
  return format;
}

/**
 * Without a locale, which of "." and "," is the decimal mark: when both appear the last one is;
 * a lone comma followed by exactly three digits (or repeated commas) groups thousands, as do
 * repeated dots. The same rule reads amounts (parseMoneyToCents) and plain numbers.
 */
export function guessDecimalSeparator(digits: string): '.' | ',' {
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  if (lastComma >= 0) {
    const commas = digits.split(',').length - 1;
    const after = digits.length - lastComma - 1;
    return commas === 1 && after !== 3 ? ',' : '.';
  }
  const dots = digits.split('.').length - 1;
  return dots > 1 ? ',' : '.';
}

/** The formats a guess leads to: "1,200.5" or "1.200,5" / "1 200,5". */
const GUESSED: Record<'.' | ',', NumberFormat> = {
  '.': { locale: '', decimal: '.', groups: [','] },
  ',': { locale: '', decimal: ',', groups: SPACE_GROUPS },
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const strictPatterns = new WeakMap<NumberFormat, RegExp>();
const typingPatterns = new WeakMap<NumberFormat, RegExp>();

/**
 * sign? (digits | 1–3 digits then groups of 3 with ONE grouping mark)? (decimal digits)?, at least
 * one digit. `typing` also takes a decimal separator with no digits yet after it ("45." on the way
 * to "45.5").
 */
function patternOf(format: NumberFormat, typing: boolean): RegExp {
  const cache = typing ? typingPatterns : strictPatterns;
  let pattern = cache.get(format);
  if (!pattern) {
    const grouped = format.groups.map((g) => `\\d{1,3}(?:${escape(g)}\\d{3})+`).join('|');
    const fraction = typing ? '(\\d*)' : '(\\d+)';
    pattern = new RegExp(`^([+\\-\u2212]?)(\\d+|${grouped})?(?:${escape(format.decimal)}${fraction})?$`);
    cache.set(format, pattern);
  }
  return pattern;
}

function read(text: string, format: NumberFormat, typing: boolean): number | null {
  const match = patternOf(format, typing).exec(text.trim());
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  let digits = whole;
  for (const g of format.groups) digits = digits.split(g).join('');
  const n = Number(`${sign === '-' || sign === '\u2212' ? '-' : ''}${digits || '0'}${fraction === '' ? '' : `.${fraction}`}`);
  return Number.isFinite(n) ? n + 0 : null; // + 0 turns −0 into 0
}

/**
 * A lead's cell read as a number in a known format, or null when it is not one (see the top of
 * this file); surrounding spaces are ignored. A number given as a number (a JSON lead) is taken
 * as it is, when finite.
 */
export function readNumber(value: string | number, format: NumberFormat = numberFormatOf()): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return read(value, format, false);
}

/**
 * What a person typed into a number field, read as a plain decimal number in `locale` (the
 * agreement's locale): "1,200.5" in en-US and "1.200,5" or "12,5" in de-DE. Without a locale the
 * decimal mark is guessed as for amounts (guessDecimalSeparator). A decimal separator not yet
 * followed by digits ("45.") reads as the whole number, so a field can save as the person types.
 * Null for a blank and for anything that is not a plain decimal number (hex, binary, octal,
 * exponents, Infinity, NaN, units).
 */
export function readDecimal(text: string, locale?: string): number | null {
  const trimmed = text.trim();
  const format = locale ? numberFormatOf(locale) : GUESSED[guessDecimalSeparator(trimmed)];
  return read(trimmed, format, true);
}

/** A percentage as typed: "55", "55 %", "55%" or "12,5 %" (de-DE) read as 55 or 12.5; otherwise as readDecimal. */
export function readPercent(text: string, locale?: string): number | null {
  const withoutSign = /^(.*?)[\s\u00a0\u202f]*%$/su.exec(text.trim());
  return readDecimal(withoutSign ? withoutSign[1] : text, locale);
}

/**
 * A stored number as text to edit, written so readDecimal reads it back in the same locale: the
 * locale's decimal separator, no grouping ("12,5" in de-DE, "12.5" in en-US). Empty for a
 * number that is not finite.
 */
export function writeDecimal(value: number, locale?: string): string {
  if (!Number.isFinite(value)) return '';
  let text = String(value + 0);
  // Never an exponent, which readDecimal refuses: 1e-7 is written 0.0000001.
  if (/e/i.test(text) && Math.abs(value) < 1e21) text = value.toFixed(20).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  const decimal = locale ? numberFormatOf(locale).decimal : '.';
  return decimal === '.' ? text : text.replace('.', decimal);
}
