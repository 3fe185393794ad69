import type { Criterion } from '../../model/scoring';
import type { BacktestMapping } from './mapping';
import { MatchCache } from './score-table';
import { LeadTableBuilder } from './table';

export interface CriterionPreviewCount {
  criterionId: string;
  label: string;
  /** The CSV column the criterion reads under this mapping, or null when none does. */
  column: string | null;
  /** Rows of the sample the criterion matches. */
  matched: number;
}

/**
 * How many rows of a sample (the import's first rows) each criterion matches under a mapping,
 * read by the same LeadTableBuilder and matchCount as the full import: a criterion that matches
 * nothing, or reads no column, shows before the backtest runs. `rows` is the number of sample
 * rows read (rows the import would reject are not counted).
 */
export function previewMatchCounts(headers: readonly string[], sample: readonly string[][], mapping: BacktestMapping, criteria: readonly Criterion[], locale?: string): { rows: number; counts: CriterionPreviewCount[] } {
  const builder = new LeadTableBuilder(headers, mapping, { locale });
  sample.forEach((row, i) => builder.add(row, i + 2));
  const table = builder.finish();
  const cache = new MatchCache(table);
  const lower = (s: string) => s.trim().toLowerCase();
  const counts = criteria.map((c) => {
    const wanted = c.condition.op === 'event' ? { role: 'event', name: c.condition.value } : { role: 'field', name: c.condition.field };
    const column = mapping.columns.find((m) => m.use.role === wanted.role && 'name' in m.use && lower(m.use.name) === lower(wanted.name))?.column ?? null;
    return { criterionId: c.id, label: c.label, column, matched: column === null ? 0 : cache.evidence(c.condition).matched };
  });
  return { rows: table.rowCount, counts };
}
