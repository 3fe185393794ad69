import type { Condition, Criterion, ScoringModel, SampleLead } from '../../model/scoring';
import { matchCount } from '../scoring/match';
import { decayedPoints } from '../scoring/score';
import { pointsByCriterion } from '../scoring/tier-points';
import type { LeadTable } from './table';

/**
 * Scoring a whole LeadTable with the SAME rules as scoreLead, split in two so a drag is cheap:
 * 1. a match vector per criterion condition (how often each row matches it), computed once and
 *    cached, because dragging a card changes its points, never its condition;
 * 2. totals from points × match vectors, followed by decay and caps exactly as in scoreLead.
 * The property test in test/unit/shared/backtest checks totals and MQL flags against scoreLead.
 */

const norm = (s: string) => s.trim().toLocaleLowerCase('en');

/** The column a name refers to: exact first, then ignoring case, as leadField/eventCount do. */
function findByName<T extends { name: string }>(columns: readonly T[], name: string): T | undefined {
  return columns.find((c) => c.name === name) ?? columns.find((c) => norm(c.name) === norm(name));
}

const probeLead = (field: string, value: string): SampleLead => ({ id: 'probe', name: 'probe', fields: { [field]: value }, events: {}, daysSinceActivity: 0, outcome: 'open' });

/** How often every row matches `condition` (0 = not at all); counts never exceed 100. */
export function matchVector(condition: Condition, table: LeadTable): Uint8Array {
  const n = table.rowCount;
  const out = new Uint8Array(n);
  if (condition.op === 'event') {
    const column = findByName(table.events, condition.value);
    if (!column) return out;
    const limit = condition.repeat === 'each' ? Math.max(1, condition.maxCount) : 1;
    const counts = column.counts;
    for (let i = 0; i < n; i++) {
      const c = counts[i];
      out[i] = c <= 0 ? 0 : c < limit ? c : limit;
    }
    return out;
  }
  const column = findByName(table.fields, condition.field);
  if (!column) return out;
  // Each distinct value is judged once by matchCount itself, then looked up per row.
  const lookup = new Uint8Array(column.dict.length + 1);
  column.dict.forEach((value, k) => (lookup[k + 1] = matchCount(condition, probeLead(column.name, value))));
  const codes = column.codes;
  for (let i = 0; i < n; i++) out[i] = lookup[codes[i]];
  return out;
}

/** Match vectors keyed by condition, so re-scoring after a drag reuses every one of them. */
export class MatchCache {
  private readonly vectors = new Map<string, Uint8Array>();
  constructor(readonly table: LeadTable) {}

  get(condition: Condition): Uint8Array {
    const key = JSON.stringify(condition);
    let vector = this.vectors.get(key);
    if (!vector) {
      vector = matchVector(condition, this.table);
      this.vectors.set(key, vector);
    }
    return vector;
  }

  /** Forgets vectors of conditions no longer on the board, so edits do not pile up memory. */
  keepOnly(criteria: readonly Criterion[]): void {
    const wanted = new Set(criteria.map((c) => JSON.stringify(c.condition)));
    for (const key of this.vectors.keys()) if (!wanted.has(key)) this.vectors.delete(key);
  }
}

export interface TableScores {
  totals: Int32Array;
  /** 1 when a disqualifying card matched the row. */
  disqualified: Uint8Array;
  /** 1 when the row would have been an MQL: total ≥ threshold and not disqualified. */
  mql: Uint8Array;
}

/** Scores every row of the table; row i's total and MQL flag equal scoreLead(model, rowToLead(table, i)). */
export function scoreTable(model: ScoringModel, cache: MatchCache): TableScores {
  const { table } = cache;
  const n = table.rowCount;
  const { settings } = model;
  const points = pointsByCriterion(model.criteria);
  const decay = settings.decay?.enabled ? settings.decay.halfLifeDays : 0;
  const fit = new Int32Array(n);
  const engagement = new Int32Array(n);
  const positiveEngagement = decay ? new Int32Array(n) : null;
  const disqualified = new Uint8Array(n);

  for (const c of model.criteria) {
    const vector = cache.get(c.condition);
    const p = points.get(c.id) ?? 0;
    const target = c.category === 'Fit' ? fit : engagement;
    const positive = positiveEngagement && c.category === 'Engagement' && p > 0 ? positiveEngagement : null;
    if (p !== 0) {
      for (let i = 0; i < n; i++) {
        const count = vector[i];
        if (count === 0) continue;
        target[i] += p * count;
        if (positive) positive[i] += p * count;
      }
    }
    if (c.disqualifies) for (let i = 0; i < n; i++) if (vector[i] !== 0) disqualified[i] = 1;
  }

  const capFit = settings.caps?.Fit ?? null;
  const capEngagement = settings.caps?.Engagement ?? null;
  const capTotal = settings.caps?.total ?? null;
  const threshold = settings.mqlThreshold;
  const days = table.daysSinceActivity;
  const totals = new Int32Array(n);
  const mql = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let e = engagement[i];
    if (positiveEngagement) {
      const positive = positiveEngagement[i];
      const kept = decayedPoints(positive, days ? days[i] : 0, decay);
      if (kept < positive) e += kept - positive;
    }
    let f = fit[i];
    if (capFit !== null && f > capFit) f = capFit;
    if (capEngagement !== null && e > capEngagement) e = capEngagement;
    let total = f + e;
    if (capTotal !== null && total > capTotal) total = capTotal;
    totals[i] = total;
    mql[i] = disqualified[i] === 0 && total >= threshold ? 1 : 0;
  }
  return { totals, disqualified, mql };
}
