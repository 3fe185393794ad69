/**
 * Money helpers. Amounts live in integer minor units ("cents", hundredths of the currency unit)
 * so sums and splits never drift; floats appear only at the very edge, when text is shown.
 */

import { guessDecimalSeparator } from './numbers';

/** Percentages are honoured to four decimals (12.3456 %); finer digits are rounded away. */
const PERCENT_SCALE = 10_000n;

function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (n * 2n + d) / (d * 2n);
  return negative ? -rounded : rounded;
}

/** `percent` % of an amount, rounded half-up (away from zero) to whole cents, computed exactly. */
export function percentOfCents(cents: number, percent: number): number {
  if (!Number.isFinite(cents) || !Number.isFinite(percent)) return 0;
  const scaledPercent = BigInt(Math.round(percent * Number(PERCENT_SCALE)));
  const result = divideHalfUp(BigInt(Math.round(cents)) * scaledPercent, 100n * PERCENT_SCALE);
  return Number(result);
}

/** Splits an amount between sales and marketing; marketing takes the remainder, so the two always add up. */
export function splitCents(totalCents: number, salesPercent: number): { sales: number; marketing: number } {
  const total = Math.round(totalCents);
  const share = Math.min(100, Math.max(0, salesPercent));
  const sales = percentOfCents(total, share);
  return { sales, marketing: total - sales };
}

/** Shows an amount in the workshop's currency and locale; whole amounts drop the ",00". */
export function formatMoney(cents: number, currency: string, locale: string): string {
  const whole = Math.round(cents) % 100 === 0;
  const digits = whole ? 0 : 2;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(cents / 100);
  } catch {
    // An unknown locale or currency code must not break a screen or the PDF: fall back to plain text.
    return `${currency} ${(cents / 100).toFixed(digits)}`;
  }
}

/** Short form for chart axes and tight cells, e.g. "$1.2M". */
export function formatMoneyCompact(cents: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(cents / 100);
  } catch {
    return formatMoney(cents, currency, locale);
  }
}

const SUFFIX_EXPONENT: Record<string, number> = {
  k: 3, thousand: 3,
  m: 6, mm: 6, mn: 6, mio: 6, million: 6,
  b: 9, bn: 9, billion: 9,
};

/** The decimal separator a locale writes, or null when no locale is given. */
function decimalSeparatorOf(locale: string | undefined): string | null {
  if (!locale) return null;
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    return part?.value ?? null;
  } catch {
    return null;
  }
}

/** Builds exact integer cents from "123" and "45" scaled by 10^exponent, rounding half-up. */
function toCents(integerPart: string, fractionPart: string, exponent: number): number | null {
  const scale = exponent + 2;
  const kept = fractionPart.padEnd(scale, '0').slice(0, scale);
  const roundUp = fractionPart.length > scale && fractionPart.charCodeAt(scale) >= 53; // '5'
  let value = BigInt(`${integerPart || '0'}${kept}`);
  if (roundUp) value += 1n;
  const result = Number(value);
  return Number.isSafeInteger(result) ? result : null;
}

/**
 * Reads what a person typed as an amount: "1.2M", "30k", "$30,000", "1200000.50", "€ 1.234,50"
 * (pass the locale to read "1.234" the German way). Returns whole cents, or null when it is not an amount.
 */
export function parseMoneyToCents(text: string, locale?: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f'’]/g, '');
  const match = /^([^\d.,]*?)([\d.,]+)([a-z]*)(.*)$/i.exec(compact);
  if (!match) return null;
  const [, before, digits, word, after] = match;
  if (/\d/.test(after) || /[^\p{Sc}\p{L}]/u.test(after)) return null;
  const negative = /[-−]/.test(before);
  if (/[^\p{Sc}\p{L}\-−+]/u.test(before)) return null;

  // The letters after the number: an optional size word ("k", "M", "million") then an optional
  // currency code, e.g. "30k", "1.2M USD", "30000 EUR".
  const words = /^(thousand|million|billion|mio|mm|mn|bn|k|m|b)?([a-z]{3})?$/i.exec(word);
  if (!words) return null;
  const exponent = words[1] ? SUFFIX_EXPONENT[words[1].toLowerCase()] : 0;

  const decimal = decimalSeparatorOf(locale) ?? guessDecimalSeparator(digits);
  const group = decimal === '.' ? ',' : '.';
  const parts = digits.split(group).join('').split(decimal);
  if (parts.length > 2 || parts.some((p, i) => p === '' && !(i === 0 && parts.length === 2))) return null;
  if (!/^\d*$/.test(parts[0]) || (parts[1] !== undefined && !/^\d+$/.test(parts[1]))) return null;

  const cents = toCents(parts[0], parts[1] ?? '', exponent);
  if (cents === null) return null;
  return negative && cents !== 0 ? -cents : cents;
}
