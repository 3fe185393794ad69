import type { Condition, Criterion, ScoringModel, Tier } from '../../../../shared/model/scoring';
import { LeadTableBuilder, type BacktestMapping, type LeadTable } from '../../../../shared/rules/backtest';

let next = 0;
export function criterion(condition: Condition, tier: Tier, extra: Partial<Criterion> = {}): Criterion {
  next += 1;
  return { id: `c${next}`, label: `Criterion ${next}`, category: condition.op === 'event' ? 'Engagement' : 'Fit', description: '', condition, tier, order: 0, pinnedPoints: null, disqualifies: false, ...extra };
}

export function model(criteria: Criterion[], threshold = 50, settings: Partial<ScoringModel['settings']> = {}): ScoringModel {
  return {
    criteria,
    settings: { mqlThreshold: threshold, caps: { Fit: null, Engagement: null, total: null }, decay: { enabled: false, halfLifeDays: 30 }, useFitGrade: false, ...settings },
    sampleLeads: [],
  };
}

/** Builds a table from CSV-like rows (first row = header). */
export function tableFrom(rows: string[][], mapping: BacktestMapping): { table: LeadTable; builder: LeadTableBuilder } {
  const builder = new LeadTableBuilder(rows[0], mapping);
  rows.slice(1).forEach((r, i) => builder.add(r, i + 2));
  return { table: builder.finish(), builder };
}
