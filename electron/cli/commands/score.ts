import { extname } from 'node:path';
import type { SampleLead } from '../../../shared/model/scoring';
import { explainScore, scoreLeads } from '../../../shared/rules/scoring';
import { CELL_READING_HELP } from '../../../shared/rules/scoring/read-cell';
import { LeadListBuilder, leadListHeaderProblem, leadsFromJson, type LeadReadOptions, type RowTally } from '../../../shared/rules/scoring/read-lead';
import { describeDecay } from '../../../shared/present/scoring';
import { AppFailure } from '../../../shared/ipc/result';
import { parseCommandLine } from '../args';
import { EXIT, type CliCommand } from '../types';
import { nothingToScore, readAgreementInput, readCsvRows, readInputFile, readingJson, readingLines } from '../inputs';

export const LEADS_FORMAT_HELP = [
  'Leads file formats:',
  '  CSV  – a header row, then one lead per row. Columns:',
  '         name (required), id, daysSinceActivity, outcome (won/lost/open, case ignored; blank: no outcome,',
  '         counted as not won) – all but name optional;',
  '         event:<event name> – how many times the lead did that event, e.g. "event:demo request";',
  '         any other column is a lead field matched by the criteria, e.g. seniority, employees, industry.',
  '  JSON – an array of leads, or {"leads": [...]}, each {name, fields: {...}, events: {...}, daysSinceActivity}.',
  'Example CSV:',
  '  name,seniority,employees,emailDomain,event:demo request,event:pricing page visit,daysSinceActivity',
  '  Priya Nair,Director,4200,brightline.com,1,0,1',
  ...CELL_READING_HELP,
];

/**
 * Reads a CSV or JSON leads file (the extension decides) with the one lead reader, as `backtest`
 * reads its rows: a row that cannot be read is skipped and listed with its spreadsheet row
 * number; only a file that is not a leads file at all is refused.
 */
export async function readLeads(path: string, cwd: string, options: LeadReadOptions = {}): Promise<{ leads: SampleLead[]; tally: RowTally }> {
  const text = (await readInputFile(path, cwd, 'leads file')).toString('utf8').replace(/^\uFEFF/, '');
  if (extname(path).toLowerCase() === '.json') {
    try {
      return leadsFromJson(JSON.parse(text), options);
    } catch (error) {
      throw new AppFailure('INVALID_FILE', `${path}: ${(error as Error).message}`);
    }
  }
  const builder = readCsvRows<LeadListBuilder>(text, (headers) => leadListHeaderProblem(headers) ?? new LeadListBuilder(headers, options));
  if (typeof builder === 'string') throw new AppFailure('INVALID_FILE', `${path}: ${builder}`);
  if (!builder) throw new AppFailure('BAD_INPUT', 'The leads file is empty: it needs a header row and one row per lead.');
  return { leads: builder.leads, tally: builder };
}

export const command: CliCommand = {
  name: 'score',
  summary: 'Score leads with an agreement’s scoring model: each lead’s score, MQL flag and line-by-line explanation.',
  usage: 'score --agreement <file.json> --leads <file.csv|json> [--json]',
  help: LEADS_FORMAT_HELP,
  async run(args, ctx) {
    const { values: options } = parseCommandLine(this.name, args, {
      options: {
        agreement: { type: 'string', value: 'file.json', required: true },
        leads: { type: 'string', value: 'file.csv|json', required: true },
        json: { type: 'boolean' },
      },
    });
    const { version } = await readAgreementInput(options.agreement, ctx.cwd);
    const { locale } = version.content;
    const { leads, tally } = await readLeads(options.leads, ctx.cwd, { locale });
    if (leads.length === 0) return nothingToScore(this.name, options.leads, tally, ctx);
    const model = version.content.scoring;
    const scores = scoreLeads(model, leads, locale);
    if (options.json) {
      ctx.out(JSON.stringify({ threshold: model.settings.mqlThreshold, decay: describeDecay(model.settings), ...readingJson(tally), leads: scores.map((s) => ({ ...s, explanation: explainScore(s) })) }, null, 2));
      return EXIT.ok;
    }
    ctx.out(`Scoring model of ${version.content.organisation} · ${version.content.quarter} · v${version.version}: MQL at ${model.settings.mqlThreshold} points, ${model.criteria.length} criteria.`);
    ctx.out(describeDecay(model.settings));
    for (const line of readingLines(tally)) ctx.out(line);
    for (const s of scores) {
      ctx.out('');
      ctx.out(`${s.leadName}: ${s.total} points — ${s.isMql ? 'MQL' : 'not MQL'}${s.grade ? `, fit grade ${s.grade}` : ''}`);
      for (const line of explainScore(s)) ctx.out(`  ${line}`);
    }
    ctx.out('');
    ctx.out(`${scores.filter((s) => s.isMql).length} of ${scores.length} leads are MQLs.`);
    return EXIT.ok;
  },
};
