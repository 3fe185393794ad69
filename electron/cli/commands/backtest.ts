import { AppFailure } from '../../../shared/ipc/result';
import type { Criterion } from '../../../shared/model/scoring';
import { BacktestMappingSchema, ENGAGEMENT_BANDS, FIT_GRADES, LeadTableBuilder, MatchCache, PRESET_NAMES, SHARE_CUTS, describeTodayCut, isPresetName, matrixCutsSentence, mappingProblems, presetMapping, runBacktest, type BacktestMapping, type BacktestResult, type FitEngagementMatrix, type PresetName, type TodayComparison } from '../../../shared/rules/backtest';
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
    const role = c.use.role === 'field' ? `field ${c.use.name}` : c.use.role === 'event' ? `event ${c.use.name}` : c.use.role === 'outcome' ? `outcome (won: ${used.mapping.wonWhen === 'filled' ? 'any date filled in' : used.mapping.wonValues.join(', ')})` : c.use.role === 'created' ? 'created date' : c.use.role === 'crmScore' ? 'today’s CRM score (compared with the model)' : 'days since activity';
    lines.push(`                  ${c.column} → ${role}`);
  }
  if (used.unmappedFields.length > 0) lines.push(`                  no column for: ${used.unmappedFields.join(', ')} (criteria on them match no lead)`);
  return [...lines, ''];
}

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
const times = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}×`);
const SCALE_WORDS = { number: 'read as numbers', grade: 'read as grades A+ … F', rating: 'read as Hot / Warm / Cold' } as const;

/** The workshop model beside today's score, at the same MQL volume. */
function describeComparison(c: TodayComparison): string[] {
  const row = (label: string, workshop: string, today: string) => `${label.padEnd(18)}${workshop.padEnd(18)}${today}`;
  const lines = [
    `Today’s score:    ${c.column} (${SCALE_WORDS[c.scale]}), judged at the workshop model’s MQL volume (${c.volume}):`,
    `                  the top ${c.volume} by today’s score are ${describeTodayCut(c)}`,
    row('', 'Workshop model', 'Today’s score'),
    row('MQLs', String(c.workshop.mqlCount), String(c.today.mqlCount)),
    row('Won captured', String(c.workshop.wonCaptured), String(c.today.wonCaptured)),
    row('Precision', pct(c.workshop.precision), pct(c.today.precision)),
    row('Recall', pct(c.workshop.recall), pct(c.today.recall)),
    row('Lift', times(c.workshop.lift), times(c.today.lift)),
    `Hidden wins:      ${c.hiddenWins} won leads the workshop model makes MQL and today’s score misses`,
    `Won only today:   ${c.todayOnlyWins} won leads today’s score catches and the workshop model does not`,
    `Won by both:      ${c.bothWins}`,
  ];
  if (c.unscored > 0) lines.push(`No score today:   ${c.unscored} leads (blank${c.unreadExamples.length > 0 ? ` or unreadable, e.g. ${c.unreadExamples.map((e) => `“${e}”`).join(', ')}` : ''}), ranked last`);
  return lines;
}

/** The fit × engagement matrix: won / leads and the win rate per cell, grade by grade. */
function describeMatrix(m: FitEngagementMatrix): string[] {
  const cell = (won: number, leads: number, rate: number | null) => `${won}/${leads} ${pct(rate)}`.padEnd(18);
  const lines = [
    'Fit × engagement: fit grade A–D by engagement band 1–4, won/leads and win rate per cell',
    `                  ${matrixCutsSentence(m)}`,
    `Grade   ${ENGAGEMENT_BANDS.map((b) => `Band ${b}`.padEnd(18)).join('')}All`,
  ];
  for (const grade of FIT_GRADES) {
    const cells = ENGAGEMENT_BANDS.map((band) => m.cells.find((c) => c.grade === grade && c.band === band)!);
    const all = m.byGrade.find((g) => g.grade === grade)!;
    lines.push(`${grade.padEnd(8)}${cells.map((c) => cell(c.won, c.leads, c.winRate)).join('')}${cell(all.won, all.leads, all.winRate).trimEnd()}`);
  }
  lines.push(`${'All'.padEnd(8)}${m.byBand.map((b) => cell(b.won, b.leads, b.winRate)).join('')}${cell(m.wonTotal, m.leads, m.leads > 0 ? m.wonTotal / m.leads : null).trimEnd()}`);
  return lines;
}

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
  lines.push('');
  if (r.comparison) lines.push(...describeComparison(r.comparison), '');
  else if (r.comparisonProblem) lines.push(`Today’s score:    not compared. ${r.comparisonProblem}`, '');
  lines.push(...describeMatrix(r.matrix));
  return lines;
}

export const command: CliCommand = {
  name: 'backtest',
  summary: 'Score last year’s leads (CSV) with an agreement’s scoring model: MQLs, precision, recall, lift, win rate by decile, the comparison with today’s CRM score and the fit × engagement matrix.',
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
    'Today’s score: when the mapping has a crmScore column (a preset maps HubSpot Score, pi__score__c, pi__grade__c',
    '  or Rating), the model is compared with it at the same MQL volume: the N leads today’s score ranks highest,',
    '  N being the model’s MQL count (ties at the cut taken in file order). --json: "comparison".',
    'Fit × engagement: every lead by fit grade A–D and engagement band 1–4, its points as a share of the most the',
    `  category can give (A/1 ≥ ${SHARE_CUTS[0] * 100} %, B/2 ≥ ${SHARE_CUTS[1] * 100} %, C/3 ≥ ${SHARE_CUTS[2] * 100} %, D/4 below). --json: "matrix".`,
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
            comparison: result.comparison,
            ...(result.comparisonProblem ? { comparisonProblem: result.comparisonProblem } : {}),
            matrix: result.matrix,
          },
          null,
          2,
        ),
      );
    } else for (const line of [...(used.value ? describePreset(used.value) : []), ...describe(builder, result)]) ctx.out(line);
    return EXIT.ok;
  },
};
