import Papa from 'papaparse';
import { AppFailure } from '../../../shared/ipc/result';
import { BacktestMappingSchema, LeadTableBuilder, MatchCache, mappingProblems, runBacktest, type BacktestMapping, type BacktestResult } from '../../../shared/rules/backtest';
import { describeZodError } from '../../main/ipc/dispatch';
import { readAgreementInput, readInputFile } from '../inputs';
import { decimalOption, parseCommandLine } from '../args';
import { EXIT, type CliCommand, type CliContext } from '../types';

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

/** Streams the CSV rows through papaparse into the same LeadTableBuilder the app's worker uses. */
export function buildTable(csv: string, mapping: BacktestMapping): LeadTableBuilder {
  let builder: LeadTableBuilder | null = null;
  let line = 0;
  let problem: string | null = null;
  Papa.parse<string[]>(csv, {
    skipEmptyLines: false,
    step(results, parser) {
      line += 1;
      if (!builder) {
        const headers = results.data;
        problem = mappingProblems(headers, mapping)[0] ?? null;
        if (problem) return parser.abort();
        builder = new LeadTableBuilder(headers, mapping);
        return;
      }
      const quoteError = results.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        builder.rowsRead += 1;
        builder.reject(line, `could not be read: ${quoteError.message}`);
      } else builder.add(results.data, line);
    },
  });
  if (problem) throw new AppFailure('BAD_INPUT', `${problem}; check the mapping against the CSV header.`);
  if (!builder) throw new AppFailure('BAD_INPUT', 'The leads file is empty: it needs a header row and one row per lead.');
  return builder;
}

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);

const SHOWN_REJECTS = 5;

/** Row numbers as a spreadsheet shows them: the header is row 1, the first lead row 2. */
function rejectedLines(builder: LeadTableBuilder, shown = SHOWN_REJECTS): string[] {
  const lines = builder.rejected.slice(0, shown).map((r) => `  row ${r.line}: ${r.reason}`);
  const more = builder.rejectedCount - lines.length;
  if (more > 0) lines.push(`  … and ${more} more`);
  return lines;
}

/** Every row was refused (or there was none): there are no figures to give, so say why and exit 1. */
function nothingToScore(leads: string, builder: LeadTableBuilder, ctx: CliContext): number {
  if (builder.rowsRead === 0) ctx.err(`backtest: ${leads} has a header but no lead rows; nothing was scored.`);
  else {
    ctx.err(`backtest: none of the ${builder.rowsRead} rows of ${leads} could be used; nothing was scored. Reasons (the header is row 1):`);
    for (const line of rejectedLines(builder)) ctx.err(line);
  }
  return EXIT.negative;
}

function describe(builder: LeadTableBuilder, r: BacktestResult): string[] {
  const m = r.metrics;
  const lines = [
    `Rows read:        ${builder.rowsRead}`,
    `Rows rejected:    ${builder.rejectedCount}${builder.rejectedCount ? ' (the header is row 1):' : ''}`,
    ...rejectedLines(builder),
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
    const builder = buildTable(csv, mapping);
    if (builder.rowsRead === builder.rejectedCount) return nothingToScore(options.leads, builder, ctx);
    const table = builder.finish();
    const result = runBacktest(version.content.scoring, new MatchCache(table), { threshold, goals: version.content.goals });
    if (options.json) {
      const m = result.metrics;
      ctx.out(
        JSON.stringify(
          {
            rowsRead: builder.rowsRead,
            rowsRejected: builder.rejectedCount,
            rejected: builder.rejected,
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
