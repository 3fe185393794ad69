import { AppFailure } from '../../../shared/ipc/result';
import { BacktestMappingSchema, LeadTableBuilder, MatchCache, mappingProblems, runBacktest, type BacktestMapping, type BacktestResult } from '../../../shared/rules/backtest';
import { CELL_READING_HELP } from '../../../shared/rules/scoring/read-cell';
import { describeZodError } from '../../main/ipc/dispatch';
import { nothingToScore, readAgreementInput, readCsvRows, readInputFile, readingJson, readingLines } from '../inputs';
import { decimalOption, parseCommandLine } from '../args';
import { EXIT, type CliCommand } from '../types';

async function readMapping(path: string, cwd: string): Promise<BacktestMapping> {
  let json: unknown;
  try {
    json = JSON.parse((await readInputFile(path, cwd, 'mapping file')).toString('utf8'));
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('INVALID_FILE', `${path} is not valid JSON`);
  }
  // Accept the mapping itself or a stored mapping row ({ mapping: … }).
  const candidate = json && typeof json === 'object' && 'mapping' in json ? (json as { mapping: unknown }).mapping : json;
  const parsed = BacktestMappingSchema.safeParse(candidate);
  if (!parsed.success) throw new AppFailure('INVALID_FILE', `${path} is not a valid column mapping: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/**
 * Reads the CSV rows (papaparse, as `score` reads its file) into the same LeadTableBuilder the
 * app's worker uses, with the agreement's locale: one lead reader for every path.
 */
export function buildTable(csv: string, mapping: BacktestMapping, locale?: string): LeadTableBuilder {
  const builder = readCsvRows<LeadTableBuilder>(csv, (headers) => mappingProblems(headers, mapping)[0] ?? new LeadTableBuilder(headers, mapping, { locale }));
  if (typeof builder === 'string') throw new AppFailure('BAD_INPUT', `${builder}; check the mapping against the CSV header.`);
  if (!builder) throw new AppFailure('BAD_INPUT', 'The leads file is empty: it needs a header row and one row per lead.');
  return builder;
}

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);

function describe(builder: LeadTableBuilder, r: BacktestResult): string[] {
  const m = r.metrics;
  const lines = [
    ...readingLines(builder),
    `Threshold:        ${m.threshold}`,
    `MQL count:        ${m.mqlCount}`,
    `Won total:        ${m.wonTotal}`,
    `Won captured:     ${m.wonCaptured}`,
    `Precision:        ${pct(m.precision)}`,
    `Recall:           ${pct(m.recall)}`,
    `Lift:             ${m.lift === null ? '—' : `${m.lift.toFixed(2)}×`} (base rate ${pct(m.baseRate)})`,
    '',
    'Decile  Leads  Won  Win rate  Scores',
  ];
  for (const d of r.deciles) lines.push(`${String(d.decile).padStart(6)}  ${String(d.leads).padStart(5)}  ${String(d.won).padStart(3)}  ${pct(d.winRate).padStart(8)}  ${d.minScore ?? '—'}…${d.maxScore ?? '—'}`);
  return lines;
}

export const command: CliCommand = {
  name: 'backtest',
  summary: 'Score last year’s leads (CSV) with an agreement’s scoring model: MQLs, precision, recall, lift and win rate by decile.',
  usage: 'backtest --agreement <file.json> --leads <file.csv> --mapping <file.json> [--threshold N] [--json]',
  help: CELL_READING_HELP,
  async run(args, ctx) {
    const { values: options } = parseCommandLine(this.name, args, {
      options: {
        agreement: { type: 'string', value: 'file.json', required: true },
        leads: { type: 'string', value: 'file.csv', required: true },
        mapping: { type: 'string', value: 'file.json', required: true },
        threshold: { type: 'string', value: 'N' },
        json: { type: 'boolean' },
      },
    });
    const threshold = options.threshold === undefined ? undefined : decimalOption('threshold', options.threshold, { min: 1, max: 1000, whole: true });
    const { version } = await readAgreementInput(options.agreement, ctx.cwd);
    const mapping = await readMapping(options.mapping, ctx.cwd);
    const csv = (await readInputFile(options.leads, ctx.cwd, 'leads file')).toString('utf8');
    const { locale } = version.content;
    const builder = buildTable(csv, mapping, locale);
    if (builder.rowsRead === builder.rejectedCount) return nothingToScore(this.name, options.leads, builder, ctx);
    const table = builder.finish();
    const result = runBacktest(version.content.scoring, new MatchCache(table), { threshold, goals: version.content.goals, locale });
    if (options.json) {
      const m = result.metrics;
      ctx.out(
        JSON.stringify(
          {
            ...readingJson(builder),
            threshold: m.threshold,
            mqlCount: m.mqlCount,
            wonTotal: m.wonTotal,
            wonCaptured: m.wonCaptured,
            precision: m.precision,
            recall: m.recall,
            lift: m.lift,
            baseRate: m.baseRate,
            deciles: result.deciles,
            thresholdForCapacity: result.capacity,
          },
          null,
          2,
        ),
      );
    } else for (const line of describe(builder, result)) ctx.out(line);
    return EXIT.ok;
  },
};
