/*
 * The one formatting module: every figure the screen, the PDF and the CLI print is written by
 * these functions (money, percentages and points keep their own files beside their rules and are
 * re-exported here), so "1,234", "55 %", "+34" and "14 January 2027" look the same everywhere.
 */

export { formatMoney } from './money';
export { formatPercent } from './goals/rates';
export { formatPoints } from './scoring/score';

/** Counts and plain numbers in the agreement's locale ("1,234"); an unknown locale falls back to plain digits. */
export function formatCount(value: number, locale: string, digits = 0): string {
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  } catch {
    return value.toFixed(digits);
  }
}

/** "A", "A or B", "A, B or C" (conjunction "and" for lists of things that all hold). */
export function joinList(items: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** A list for a table cell, or a dash when it is empty. */
export function listOrDash(items: readonly string[]): string {
  return items.length ? items.join(', ') : '—';
}

/** A calendar date such as "14 January 2027" / "January 14, 2027", from YYYY-MM-DD without time-zone drift. */
export function longDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  } catch {
    return isoDate.slice(0, 10);
  }
}

/** A rank correlation (Kendall τ, Spearman ρ) to two decimals with a true minus sign; a dash when it cannot be measured. */
export function formatCorrelation(value: number | null): string {
  return value === null ? '—' : value.toFixed(2).replace('-', '−');
}
