import type { Condition, Criterion, ScoringModel } from '../../model/scoring';
import { matchCount } from '../scoring/match';
import { DEFAULT_LOCALE } from '../scoring/read-cell';
import { decayedPoints } from '../scoring/score';
import { pointsByCriterion } from '../scoring/tier-points';
import { sourceFor, type ColumnSource } from './column-source';
import { rowToLead, type LeadTable } from './table';

/**
 * Scoring a whole LeadTable with the SAME rules as scoreLead, built so that a drag is cheap.
 *
 * Every criterion reads one column, and what it adds to a row depends only on that row's key in
 * the column (a field's dictionary code, or an event count). So for each column the scorer keeps
 * per-key tables (Fit points, Engagement points, positive Engagement points for decay, number of
 * disqualifying matches) and per-row running sums of them. A new model only rebuilds the small
 * per-key tables; a column whose tables changed costs one loop over the rows adding the
 * difference, and every other column costs nothing. A drag changes one or two cards' points, so
 * it touches one or two columns, whatever the number of criteria.
 *
 * Decay and caps are not additive, so they are applied per row in the one final pass that turns
 * the running sums into totals, exactly as scoreLead applies them to its subtotals.
 * The property tests in test/unit/shared/backtest check totals and MQL flags against scoreLead,
 * after any sequence of changes.
 */

const FIT = 0;
const ENGAGEMENT = 1;
const POSITIVE = 2;
const DISQUALIFYING = 3;
const KINDS = [FIT, ENGAGEMENT, POSITIVE, DISQUALIFYING] as const;
type Tables = (Int32Array | null)[];

const conditionKey = (condition: Condition) => JSON.stringify(condition);

/** How often every row matches `condition`, row by row: the plain definition the fast path is tested against. */
export function matchVector(condition: Condition, table: LeadTable, locale?: string): Uint8Array {
  const out = new Uint8Array(table.rowCount);
  for (let i = 0; i < table.rowCount; i++) out[i] = matchCount(condition, rowToLead(table, i), locale);
  return out;
}

/** Totals and flags; `key` changes whenever they do. The arrays are reused by the next call, so copy what must outlive it. */
export interface FinishedTotals {
  key: string;
  totals: Int32Array;
  disqualified: Uint8Array;
}

interface Lookup {
  source: ColumnSource | null;
  matches: Uint8Array | null;
  evidence: { matched: number; wonMatched: number } | null;
}

/** The running state of a table being scored model after model (the name says what it caches: matches). */
export class MatchCache {
  private readonly sources = new Map<object, ColumnSource>();
  private lookups = new Map<string, Lookup>();
  /** Per-row sums of each kind; null until some criterion adds to that kind. */
  private readonly sums: (Int32Array | null)[] = [null, null, null, null];
  /** Per column, the per-key tables the sums currently hold. */
  private applied = new Map<ColumnSource, Tables>();
  /** Bumped whenever the sums change, so totals are only recomputed when needed. */
  private revision = 0;
  private finished: FinishedTotals | null = null;
  /** Rows looped over by the last update (for tests and the worker's timing). */
  lastUpdateColumnPasses = 0;
  /** The locale the cached matches read numbers in (see read-cell.ts). */
  private locale = DEFAULT_LOCALE;

  constructor(readonly table: LeadTable) {}

  private lookup(condition: Condition, key = conditionKey(condition)): Lookup {
    let found = this.lookups.get(key);
    if (!found) {
      const source = sourceFor(this.table, condition, this.sources);
      found = { source, matches: source ? source.matchesByKey(condition, this.locale) : null, evidence: null };
      this.lookups.set(key, found);
    }
    return found;
  }

  private sum(kind: number): Int32Array {
    return (this.sums[kind] ??= new Int32Array(this.table.rowCount));
  }

  /**
   * Brings the per-row sums to these criteria's points; only columns whose per-key tables changed
   * are looped over. `locale` is how the leads write numbers: a new one re-judges every condition.
   */
  update(criteria: readonly Criterion[], withDecay: boolean, locale: string = DEFAULT_LOCALE): void {
    if (locale !== this.locale) {
      this.locale = locale;
      this.lookups.clear();
    }
    const points = pointsByCriterion(criteria);
    // Criteria sharing a condition are summed first, so each distinct condition is spread over its keys once.
    const factors = new Map<string, { lookup: Lookup; byKind: number[] }>();
    for (const c of criteria) {
      const key = conditionKey(c.condition);
      let entry = factors.get(key);
      if (!entry) factors.set(key, (entry = { lookup: this.lookup(c.condition, key), byKind: [0, 0, 0, 0] }));
      const p = points.get(c.id) ?? 0;
      entry.byKind[c.category === 'Fit' ? FIT : ENGAGEMENT] += p;
      // Decay only ever shrinks positive Engagement points, so only they are tracked apart.
      if (withDecay && p > 0 && c.category === 'Engagement') entry.byKind[POSITIVE] += p;
      if (c.disqualifies) entry.byKind[DISQUALIFYING] += 1;
    }
    const wanted = new Map<ColumnSource, Tables>();
    for (const { lookup, byKind } of factors.values()) {
      const { source, matches } = lookup;
      if (!source || !matches) continue;
      for (const kind of KINDS) {
        const factor = byKind[kind];
        if (factor === 0) continue;
        let tables = wanted.get(source);
        if (!tables) wanted.set(source, (tables = [null, null, null, null]));
        const t = (tables[kind] ??= new Int32Array(source.size));
        if (kind === DISQUALIFYING) for (let k = 0; k < t.length; k++) t[k] += matches[k] > 0 ? factor : 0;
        else for (let k = 0; k < t.length; k++) t[k] += factor * matches[k];
      }
    }
    this.lastUpdateColumnPasses = 0;
    for (const source of new Set([...this.applied.keys(), ...wanted.keys()])) {
      const next = wanted.get(source);
      const prev = this.applied.get(source);
      for (const kind of KINDS) {
        const delta = difference(next?.[kind] ?? null, prev?.[kind] ?? null);
        if (!delta) continue;
        source.addByKey(this.sum(kind), delta);
        this.lastUpdateColumnPasses++;
        this.revision++;
      }
    }
    this.applied = wanted;
    // Forget conditions no longer on the board, so edits do not pile up memory.
    if (this.lookups.size > factors.size) this.lookups = new Map([...this.lookups].filter(([key]) => factors.has(key)));
  }

  /**
   * Totals after decay and caps, and disqualified flags, for the sums as they stand: one pass,
   * or none when neither the sums nor these settings changed since the last call.
   */
  totals(settings: ScoringModel['settings']): FinishedTotals {
    const decay = settings.decay?.enabled ? settings.decay.halfLifeDays : 0;
    const capFit = settings.caps?.Fit ?? null;
    const capEngagement = settings.caps?.Engagement ?? null;
    const capTotal = settings.caps?.total ?? null;
    const key = JSON.stringify([this.revision, decay, capFit, capEngagement, capTotal]);
    if (this.finished?.key === key) return this.finished;
    const n = this.table.rowCount;
    const fit = this.sum(FIT);
    const engagement = this.sum(ENGAGEMENT);
    const positive = decay ? this.sums[POSITIVE] : null;
    const disqualifying = this.sums[DISQUALIFYING];
    const days = this.table.daysSinceActivity;
    const totals = this.finished?.totals ?? new Int32Array(n);
    const disqualified = this.finished?.disqualified ?? new Uint8Array(n);
    if (!positive && capFit === null && capEngagement === null && capTotal === null) {
      for (let i = 0; i < n; i++) totals[i] = fit[i] + engagement[i];
    } else {
      for (let i = 0; i < n; i++) {
        let e = engagement[i];
        if (positive && positive[i] > 0) e += decayedPoints(positive[i], days ? days[i] : 0, decay) - positive[i];
        let f = fit[i];
        if (capFit !== null && f > capFit) f = capFit;
        if (capEngagement !== null && e > capEngagement) e = capEngagement;
        const total = f + e;
        totals[i] = capTotal !== null && total > capTotal ? capTotal : total;
      }
    }
    for (let i = 0; i < n; i++) disqualified[i] = disqualifying && disqualifying[i] > 0 ? 1 : 0;
    this.finished = { key, totals, disqualified };
    return this.finished;
  }

  /**
   * Each row's Fit and Engagement subtotals after decay and the category caps (scoreLead's
   * byCategory), handed to `visit` row by row in file order, for the sums as they stand (call
   * update first). Nothing per row is kept: a caller tallies what it needs (the fit × engagement
   * matrix keeps 16 cells). The same formulas as totals(), which the property tests check against scoreLead.
   */
  visitSubtotals(settings: ScoringModel['settings'], visit: (row: number, fit: number, engagement: number) => void): void {
    const decay = settings.decay?.enabled ? settings.decay.halfLifeDays : 0;
    const capFit = settings.caps?.Fit ?? null;
    const capEngagement = settings.caps?.Engagement ?? null;
    const fit = this.sum(FIT);
    const engagement = this.sum(ENGAGEMENT);
    const positive = decay ? this.sums[POSITIVE] : null;
    const days = this.table.daysSinceActivity;
    for (let i = 0; i < this.table.rowCount; i++) {
      let e = engagement[i];
      if (positive && positive[i] > 0) e += decayedPoints(positive[i], days ? days[i] : 0, decay) - positive[i];
      let f = fit[i];
      if (capFit !== null && f > capFit) f = capFit;
      if (capEngagement !== null && e > capEngagement) e = capEngagement;
      visit(i, f, e);
    }
  }

  /** Leads matching `condition` and how many of them were won, from the column's counts per key (no pass over rows). */
  evidence(condition: Condition): { matched: number; wonMatched: number } {
    const found = this.lookup(condition);
    if (found.evidence) return found.evidence;
    let matched = 0;
    let wonMatched = 0;
    if (found.source && found.matches) {
      const counts = found.source.rowsByKey(this.table.won);
      for (let k = 0; k < found.matches.length; k++) {
        if (found.matches[k] === 0) continue;
        matched += counts.rows[k];
        wonMatched += counts.won[k];
      }
    }
    found.evidence = { matched, wonMatched };
    return found.evidence;
  }
}

/** next − prev per key, or null when they are equal (a missing table counts as all zeros). */
function difference(next: Int32Array | null, prev: Int32Array | null): Int32Array | null {
  if (!next && !prev) return null;
  const size = (next ?? prev)!.length;
  const delta = new Int32Array(size);
  let changed = false;
  for (let k = 0; k < size; k++) {
    delta[k] = (next ? next[k] : 0) - (prev ? prev[k] : 0);
    if (delta[k] !== 0) changed = true;
  }
  return changed ? delta : null;
}

export interface TableScores {
  totals: Int32Array;
  /** 1 when a disqualifying card matched the row. */
  disqualified: Uint8Array;
  /** 1 when the row would have been an MQL: total ≥ threshold and not disqualified. */
  mql: Uint8Array;
}

/** Scores every row of the table; row i's total and MQL flag equal scoreLead(model, rowToLead(table, i), locale). */
export function scoreTable(model: ScoringModel, cache: MatchCache, locale?: string): TableScores {
  cache.update(model.criteria, Boolean(model.settings.decay?.enabled), locale);
  const { totals, disqualified } = cache.totals(model.settings);
  const threshold = model.settings.mqlThreshold;
  const mql = new Uint8Array(totals.length);
  for (let i = 0; i < totals.length; i++) mql[i] = disqualified[i] === 0 && totals[i] >= threshold ? 1 : 0;
  return { totals: totals.slice(), disqualified: disqualified.slice(), mql };
}
