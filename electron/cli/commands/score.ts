import Papa from 'papaparse';
import { extname } from 'node:path';
import type { SampleLead } from '../../../shared/model/scoring';
import { explainScore, scoreLeads } from '../../../shared/rules/scoring';
import { leadFromRow, leadsFromJson } from '../../../shared/rules/scoring/lead-input';
import { describeDecay } from '../../../shared/present/scoring';
import { AppFailure } from '../../../shared/ipc/result';
import { parseCommandLine } from '../args';
import { EXIT, type CliCommand } from '../types';
import { readAgreementInput, readInputFile } from '../inputs';

export const LEADS_FORMAT_HELP = [
  'Leads file formats:',
  '  CSV  – a header row, then one lead per row. Columns:',
  '         name (required), id, daysSinceActivity, outcome (won/lost/open) – all but name optional;',
  '         event:<event name> – how many times the lead did that event, e.g. "event:demo request";',
  '         any other column is a lead field matched by the criteria, e.g. seniority, employees, industry.',
  '  JSON – an array of leads, or {"leads": [...]}, each {name, fields: {...}, events: {...}, daysSinceActivity}.',
  'Example CSV:',
  '  name,seniority,employees,emailDomain,event:demo request,event:pricing page visit,daysSinceActivity',
  '  Priya Nair,Director,4200,brightline.com,1,0,1',
];

/** Reads a CSV or JSON leads file; the extension decides, and bad rows are refused with their number. */
export async function readLeads(path: string, cwd: string): Promise<SampleLead[]> {
  const text = (await readInputFile(path, cwd, 'leads file')).toString('utf8').replace(/^\uFEFF/, '');
  try {
    if (extname(path).toLowerCase() === '.json') return leadsFromJson(JSON.parse(text));
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
    // A one-column file has no delimiter to detect; that warning is harmless, real parse errors are not.
    const problem = parsed.errors.find((e) => e.type !== 'Delimiter');
    if (problem) throw new Error(`CSV row ${(problem.row ?? 0) + 1}: ${problem.message}`);
    if (!parsed.meta.fields?.includes('name')) throw new Error('The CSV needs a "name" column');
    return parsed.data.map((row, i) => leadFromRow(row, i + 1));
  } catch (error) {
    throw new AppFailure('INVALID_FILE', `${path}: ${(error as Error).message}`);
  }
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
    const leads = await readLeads(options.leads, ctx.cwd);
    const model = version.content.scoring;
    const scores = scoreLeads(model, leads);
    if (options.json) {
      ctx.out(JSON.stringify({ threshold: model.settings.mqlThreshold, decay: describeDecay(model.settings), leads: scores.map((s) => ({ ...s, explanation: explainScore(s) })) }, null, 2));
      return EXIT.ok;
    }
    ctx.out(`Scoring model of ${version.content.organisation} · ${version.content.quarter} · v${version.version}: MQL at ${model.settings.mqlThreshold} points, ${model.criteria.length} criteria.`);
    ctx.out(describeDecay(model.settings));
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
