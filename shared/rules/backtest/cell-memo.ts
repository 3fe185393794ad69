import { outcomeReader, readCount, readDateDays, type NumberFormat } from '../scoring/read-cell';

/**
 * A CRM export repeats the same few cell texts a million times ("0", "1", "Won", "2026-03-14"),
 * so each distinct text is converted once and the answer looked up afterwards: one Map lookup
 * per cell instead of trimming, lower-casing and a regular expression. Past `limit` distinct
 * texts (a column of unique values) the memo stops growing and converts directly.
 */
export class CellMemo {
  private readonly known = new Map<string, number>();

  constructor(
    private readonly convert: (text: string) => number,
    private readonly limit = 65_536,
  ) {}

  get(text: string): number {
    const hit = this.known.get(text);
    if (hit !== undefined) return hit;
    const value = this.convert(text);
    if (this.known.size < this.limit) this.known.set(text, value);
    return value;
  }
}

/** A count cell as the lead reader reads it (readCount: a whole number ≥ 0 or yes/no, blank 0); NaN when it is not a count. */
export function countParser(format: NumberFormat): (text: string) => number {
  return (text) => readCount(text, format) ?? Number.NaN;
}

/** A created-date cell as days since 1970; blank is NaN (no date), anything else not a date is −Infinity (reject). */
export function parseCreated(text: string): number {
  if (text.trim() === '') return Number.NaN;
  const days = readDateDays(text);
  return Number.isNaN(days) ? Number.NEGATIVE_INFINITY : days;
}

/**
 * An outcome cell as the lead reader reads it: 1 won, 0 not won, −1 blank (no outcome: counted as
 * not won, and counted apart). With `wonWhen` 'filled' (a date the lead became a customer) any
 * text is won and a blank is lost: a blank there is an answer, not a missing outcome.
 */
export function outcomeParser(wonValues: readonly string[], wonWhen: 'listed' | 'filled' = 'listed'): (text: string) => number {
  if (wonWhen === 'filled') return (text) => (text.trim() === '' ? 0 : 1);
  const read = outcomeReader(wonValues);
  return (text) => {
    const outcome = read(text);
    return outcome === 'won' ? 1 : outcome === 'none' ? -1 : 0;
  };
}

/**
 * Dictionary codes of a field column: 0 for a blank cell, else 1 + the index of its trimmed
 * text in `dict`. Raw texts are remembered too, so " Software " costs one lookup next time.
 */
export class FieldDictionary {
  readonly dict: string[] = [];
  private readonly codes = new Map<string, number>();

  code(text: string): number {
    const hit = this.codes.get(text);
    if (hit !== undefined) return hit;
    const trimmed = text.trim();
    let code = 0;
    if (trimmed !== '') {
      const known = trimmed === text ? undefined : this.codes.get(trimmed);
      if (known !== undefined) code = known;
      else {
        this.dict.push(trimmed);
        code = this.dict.length;
        this.codes.set(trimmed, code);
      }
    }
    this.codes.set(text, code);
    return code;
  }
}
