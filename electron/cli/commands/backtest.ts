import { AppFailure } from '../../../shared/ipc/result';
import type { Criterion } from '../../../shared/model/scoring';
import { BacktestMappingSchema, LeadTableBuilder, MatchCache, PRESET_NAMES, isPresetName, mappingProblems, presetMapping, runBacktest, type BacktestMapping, type BacktestResult, type PresetName } from '../../../shared/rules/backtest';
import { CELL_READING_HELP } from '../../../shared/rules/scoring/read-cell';
import { describeZodError } from '../../main/ipc/dispatch';
import { nothingToScore, readAgreementInput, readCsvRows, readInputFile, readingJson, readingLines } from '../inputs';
import { UsageError, decimalOption, parseCommandLine } from '../args';
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
 * app's worker uses, with the agreement's locale: one lead reader for every path. The mapping is
 * given, or made from the header row by a CRM preset (which refuses a file lacking its columns).
 */
export function buildTable(csv: string, mapping: BacktestMapping | ((headers: string[]) => BacktestMapping | string), locale?: string): LeadTableBuilder {
  let fromPreset = false;
  const builder = readCsvRows<LeadTableBuilder>(csv, (headers) => {
    const chosen = typeof mapping === 'function' ? mapping(headers) : mapping;
    if (typeof chosen === 'string') {
      fromPreset = true;
      return chosen;
    }
    return mappingProblems(headers, chosen)[0] ?? new LeadTableBuilder(headers, chosen, { locale });
  });
  if (typeof builder === 'string') throw new AppFailure('BAD_INPUT', fromPreset ? builder : `${builder}; check the mapping against the CSV header.`);
  if (!builder) throw new AppFailure('BAD_INPUT', 'The leads file is empty: it needs a header row and one row per lead.');
  return builder;
}

interface PresetUse {
  label: string;
  mapping: BacktestMapping;
  unmappedFields: string[];
}

/** A mapping maker for `buildTable` from a preset; what it made is kept in `used`. */
function presetMapper(name: PresetName, criteria: readonly Criterion[], file: string, used: { value: PresetUse | null }) {
  return (headers: string[]): BacktestMapping | string => {
    const result = presetMapping(name, headers, criteria);
    if (!result.ok) return `${file} does not fit the ${name} preset (${result.label}): it has no column ${result.missing.join(', no column ')}.`;
    used.value = { label: result.label, mapping: result.mapping, unmappedFields: result.unmappedFields };
    return result.mapping;
  };
}

function describePreset(used: PresetUse): string[] {
  const lines = [`Preset:           ${used.label}, columns mapped automatically:`];
  for (const c of used.mapping.columns) {
    const role = c.use.role === 'field' ? `field ${c.use.name}` : c.use.role === 'event' ? `event ${c.use.name}` : c.use.role === 'outcome' ? `outcome (won: ${used.mapping.wonWhen === 'filled' ? 'any date filled in' : used.mapping.wonValues.join(', ')})` : c.use.role === 'created' ? 'created date' : 'days since activity';
    lines.push(`                  ${c.column} → ${role}`);
  }
  if (used.unmappedFields.length > 0) lines.push(`                  no column for: ${used.unmappedFields.join(', ')} (criteria on them match no lead)`);
  return [...lines, ''];
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
  usage: `backtest --agreement <file.json> --leads <file.csv> (--mapping <file.json> | --preset ${PRESET_NAMES.join('|')}) [--threshold N] [--json]`,
  help: [
    'Columns: --mapping gives a column mapping (as saved by the app); --preset maps a CRM export from its header row:',
    '  hubspot     a HubSpot contacts export: outcome "Lifecycle Stage" (won: customer, evangelist), else',
    '              "Became a Customer Date" (won: a date filled in), "Create Date";',
    '  salesforce  a Salesforce leads export: outcome "Converted"/"IsConverted" (won: true), else "Lead Status"',
    '              (won: Closed - Converted), "Created Date"/"CreatedDate".',
    '  Report labels and API names are both recognised; criteria fields are mapped to the CRM columns that hold',
    '  them (job title, e-mail, number of employees, industry, country, lead source …). A file without the',
    '  preset’s outcome or created date column is refused, naming the missing columns. --json lists the mapping.',
    '',
    ...CELL_READING_HELP,
  ],
  async run(args, ctx) {
    const { values: options } = parseCommandLine(this.name, args, {
      options: {
        agreement: { type: 'string', value: 'file.json', required: true },
        leads: { type: 'string', value: 'file.csv', required: true },
        mapping: { type: 'string', value: 'file.json' },
        preset: { type: 'string', value: PRESET_NAMES.join('|') },
        threshold: { type: 'string', value: 'N' },
        json: { type: 'boolean' },
      },
    });
    const threshold = options.threshold === undefined ? undefined : decimalOption('threshold', options.threshold, { min: 1, max: 1000, whole: true });
    if (options.mapping !== undefined && options.preset !== undefined) throw new UsageError('give --mapping or --preset, not both.');
    if (options.mapping === undefined && options.preset === undefined) throw new UsageError(`--mapping file.json or --preset ${PRESET_NAMES.join('|')} is required.`);
    const preset = options.preset;
    if (preset !== undefined && !isPresetName(preset)) throw new UsageError(`--preset must be ${PRESET_NAMES.join(' or ')}, not "${preset}".`);
    const { version } = await readAgreementInput(options.agreement, ctx.cwd);
    const mapping = options.mapping === undefined ? null : await readMapping(options.mapping, ctx.cwd);
    const csv = (await readInputFile(options.leads, ctx.cwd, 'leads file')).toString('utf8');
    const { locale } = version.content;
    const used: { value: PresetUse | null } = { value: null };
    const builder = buildTable(csv, mapping ?? presetMapper(preset as PresetName, version.content.scoring.criteria, options.leads, used), locale);
    if (builder.rowsRead === builder.rejectedCount) return nothingToScore(this.name, options.leads, builder, ctx);
    const table = builder.finish();
    const result = runBacktest(version.content.scoring, new MatchCache(table), { threshold, goals: version.content.goals, locale });
    if (options.json) {
      const m = result.metrics;
      ctx.out(
        JSON.stringify(
          {
            ...(used.value ? { preset: { name: preset, label: used.value.label, mapping: used.value.mapping, unmappedFields: used.value.unmappedFields } } : {}),
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
    } else for (const line of [...(used.value ? describePreset(used.value) : []), ...describe(builder, result)]) ctx.out(line);
    return EXIT.ok;
  },
};
