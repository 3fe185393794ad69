import type { Criterion } from '../../model/scoring';
import { criteriaInputs, suggestMapping, type BacktestMapping, type ColumnMapping } from './mapping';

/**
 * Import presets for the CRM exports people actually have: a HubSpot contacts export and a
 * Salesforce leads export (with Account Engagement's fields). A preset knows, for each thing the
 * backtest needs, the columns the CRM writes, both as report labels ("Lifecycle Stage") and as API
 * names ("lifecyclestage"); headers are compared ignoring case, spaces and punctuation. It is
 * recognised from the header row, and gives a full mapping: the outcome and its won values, the
 * created date, a column for each field the criteria read, and the CRM's own score or grade to
 * compare with. Whatever the preset does not know
 * (events, fields named as the criteria name them) is mapped as suggestMapping maps it.
 */
export const PRESET_NAMES = ['hubspot', 'salesforce'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const isPresetName = (name: string): name is PresetName => (PRESET_NAMES as readonly string[]).includes(name);

interface OutcomeChoice {
  columns: readonly string[];
  wonValues: string[];
  /** Won when the cell is filled (a date), whatever it says. */
  filled?: boolean;
}

interface CrmPreset {
  name: PresetName;
  label: string;
  /** Outcome columns in order of preference, each with the texts that mean won. */
  outcomes: readonly OutcomeChoice[];
  created: readonly string[];
  /** Columns this CRM writes: how the preset is recognised. */
  signature: readonly (readonly string[])[];
  /**
   * The CRM's own score or grade today, in order of preference (a score before a grade: it ranks
   * leads more finely), mapped as crmScore so the backtest compares the workshop's model with it.
   */
  crmScore: readonly string[];
  /** Of those, columns no generic export has (compared as findHeader does, so "Lead Source" is "LeadSource"): one must be present. */
  distinctive: readonly string[];
}

const HUBSPOT: CrmPreset = {
  name: 'hubspot',
  label: 'HubSpot contacts export',
  // "evangelist" comes after "customer" in HubSpot's lifecycle, so it is won too.
  // Without a lifecycle stage, a contact with a date in "Became a Customer Date" is won.
  outcomes: [
    { columns: ['Lifecycle Stage', 'lifecyclestage'], wonValues: ['customer', 'evangelist'] },
    { columns: ['Became a Customer Date', 'hs_lifecyclestage_customer_date'], wonValues: ['customer'], filled: true },
  ],
  created: ['Create Date', 'createdate'],
  crmScore: ['HubSpot Score', 'hubspotscore'],
  signature: [
    ['Lifecycle Stage', 'lifecyclestage'],
    ['hs_lead_status'],
    ['HubSpot Score', 'hubspotscore'],
    ['Became a Customer Date', 'hs_lifecyclestage_customer_date'],
    ['Became a Marketing Qualified Lead Date', 'hs_lifecyclestage_marketingqualifiedlead_date'],
    ['Became a Sales Qualified Lead Date', 'hs_lifecyclestage_salesqualifiedlead_date'],
    ['Original Source', 'hs_analytics_source'],
    ['Create Date', 'createdate'],
    ['Record ID', 'hs_object_id'],
    ['numemployees'],
  ],
  distinctive: ['Lifecycle Stage', 'lifecyclestage', 'hs_lead_status', 'HubSpot Score', 'hubspotscore', 'Became a Customer Date', 'hs_lifecyclestage_customer_date', 'Became a Marketing Qualified Lead Date', 'Became a Sales Qualified Lead Date', 'hs_analytics_source', 'hs_object_id', 'numemployees', 'createdate'],
};

const SALESFORCE: CrmPreset = {
  name: 'salesforce',
  label: 'Salesforce leads export',
  outcomes: [
    { columns: ['Converted', 'IsConverted'], wonValues: ['true', '1', 'yes', 'converted'] },
    { columns: ['Lead Status', 'Status'], wonValues: ['Closed - Converted', 'Converted'] },
  ],
  created: ['Created Date', 'CreatedDate'],
  // Account Engagement (Pardot) writes its score and grade on the lead; Rating (Hot/Warm/Cold) is Salesforce's own.
  crmScore: ['pi__score__c', 'Account Engagement Score', 'Pardot Score', 'Score', 'pi__grade__c', 'Account Engagement Grade', 'Pardot Grade', 'Grade', 'Rating'],
  signature: [
    ['Converted', 'IsConverted'],
    ['Converted Date', 'ConvertedDate'],
    ['Lead Source', 'LeadSource'],
    ['Created Date', 'CreatedDate'],
    ['No. of Employees', 'NumberOfEmployees'],
    ['Annual Revenue', 'AnnualRevenue'],
    ['Lead ID'],
    ['Rating'],
    ['pi__score__c'],
    ['pi__grade__c'],
  ],
  distinctive: ['IsConverted', 'Converted', 'ConvertedDate', 'Converted Date', 'pi__score__c', 'pi__grade__c', 'Lead ID', 'NumberOfEmployees', 'No. of Employees'],
};

const PRESETS: Record<PresetName, CrmPreset> = { hubspot: HUBSPOT, salesforce: SALESFORCE };

/**
 * What a criterion's field means, by its name (ignoring case, spaces and punctuation), and the
 * columns each CRM writes for it, in order of preference.
 */
const FIELD_COLUMNS: readonly { fields: readonly string[]; hubspot: readonly string[]; salesforce: readonly string[] }[] = [
  { fields: ['seniority', 'jobseniority', 'jobtitle', 'title'], hubspot: ['Job Title', 'jobtitle'], salesforce: ['Title'] },
  { fields: ['employees', 'numberofemployees', 'numemployees', 'noofemployees', 'employeecount', 'companysize', 'headcount'], hubspot: ['Number of Employees', 'numemployees'], salesforce: ['No. of Employees', 'NumberOfEmployees', 'Employees'] },
  { fields: ['industry'], hubspot: ['Industry'], salesforce: ['Industry'] },
  { fields: ['emaildomain', 'domain', 'email', 'emailaddress'], hubspot: ['Email Domain', 'hs_email_domain', 'Email'], salesforce: ['Email'] },
  { fields: ['country', 'countryregion'], hubspot: ['Country', 'Country/Region'], salesforce: ['Country'] },
  { fields: ['revenue', 'annualrevenue'], hubspot: ['Annual Revenue', 'annualrevenue'], salesforce: ['Annual Revenue', 'AnnualRevenue'] },
  { fields: ['source', 'leadsource', 'originalsource'], hubspot: ['Original Source', 'hs_analytics_source'], salesforce: ['Lead Source', 'LeadSource'] },
  { fields: ['leadstatus', 'status'], hubspot: ['Lead Status', 'hs_lead_status'], salesforce: ['Lead Status', 'Status'] },
  { fields: ['rating'], hubspot: [], salesforce: ['Rating'] },
  { fields: ['grade', 'pardotgrade', 'accountengagementgrade'], hubspot: [], salesforce: ['pi__grade__c'] },
  { fields: ['score', 'leadscore', 'hubspotscore', 'pardotscore', 'accountengagementscore'], hubspot: ['HubSpot Score', 'hubspotscore'], salesforce: ['pi__score__c'] },
];

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The first header that is one of `names` (in the order of `names`), or undefined. */
function findHeader(headers: readonly string[], names: readonly string[], used: ReadonlySet<string> = new Set()): string | undefined {
  for (const name of names) {
    const found = headers.find((h) => !used.has(h) && squash(h) === squash(name));
    if (found !== undefined) return found;
  }
  return undefined;
}

const describeNames = (names: readonly string[]) => (names.length > 1 ? `“${names[0]}” (or ${names.slice(1).map((n) => `“${n}”`).join(', ')})` : `“${names[0]}”`);

export type PresetMappingResult =
  | {
      ok: true;
      preset: PresetName;
      label: string;
      mapping: BacktestMapping;
      /** Fields the criteria read that no column of the file holds: those criteria match no lead. */
      unmappedFields: string[];
    }
  | { ok: false; preset: PresetName; label: string; missing: string[] };

/** The full mapping a preset gives for these headers, or the columns it needs that the file lacks. */
export function presetMapping(name: PresetName, headers: readonly string[], criteria: readonly Criterion[], sample: readonly string[][] = []): PresetMappingResult {
  const preset = PRESETS[name];
  const outcome = preset.outcomes.map((o) => ({ column: findHeader(headers, o.columns), wonValues: o.wonValues, filled: o.filled === true })).find((o) => o.column !== undefined);
  const created = findHeader(headers, preset.created);
  const missing: string[] = [];
  if (!outcome) missing.push(preset.outcomes.map((o) => describeNames(o.columns)).join(' or '));
  if (!created) missing.push(describeNames(preset.created));
  if (!outcome?.column || !created) return { ok: false, preset: name, label: preset.label, missing };

  const byColumn = new Map<string, ColumnMapping>();
  byColumn.set(outcome.column, { column: outcome.column, use: { role: 'outcome' } });
  byColumn.set(created, { column: created, use: { role: 'created' } });
  const used = new Set(byColumn.keys());
  const { fields } = criteriaInputs(criteria);
  const mappedFields = new Set<string>();
  for (const field of fields) {
    const known = FIELD_COLUMNS.find((f) => f.fields.includes(squash(field)));
    const column = known ? findHeader(headers, known[name], used) : undefined;
    if (column === undefined) continue;
    byColumn.set(column, { column, use: { role: 'field', name: field } });
    used.add(column);
    mappedFields.add(field.toLowerCase());
  }
  const crmScore = findHeader(headers, preset.crmScore, used);
  if (crmScore !== undefined) {
    byColumn.set(crmScore, { column: crmScore, use: { role: 'crmScore' } });
    used.add(crmScore);
  }
  // What the preset does not know is mapped as the generic suggestion maps it (same-named fields, events, days without activity).
  for (const c of suggestMapping(headers, criteria, sample).columns) {
    if (used.has(c.column) || c.use.role === 'outcome' || c.use.role === 'created') continue;
    if (c.use.role === 'field') {
      if (mappedFields.has(c.use.name.toLowerCase())) continue;
      mappedFields.add(c.use.name.toLowerCase());
    }
    byColumn.set(c.column, c);
    used.add(c.column);
  }
  const columns = headers.flatMap((h) => (byColumn.has(h) ? [byColumn.get(h)!] : []));
  return { ok: true, preset: name, label: preset.label, mapping: { columns, wonValues: outcome.wonValues, ...(outcome.filled ? { wonWhen: 'filled' as const } : {}) }, unmappedFields: fields.filter((f) => !mappedFields.has(f.toLowerCase())) };
}

/** How many of a preset's own columns the headers have. */
function signatureScore(preset: CrmPreset, headers: readonly string[]): number {
  if (findHeader(headers, preset.distinctive) === undefined) return 0;
  return preset.signature.filter((names) => findHeader(headers, names) !== undefined).length;
}

/**
 * The preset these headers come from, with its mapping, or null when the file is neither export
 * (none of a preset's distinctive columns, fewer than 3 of its columns, a tie, or its outcome or
 * created date missing).
 */
export function detectPreset(headers: readonly string[], criteria: readonly Criterion[], sample: readonly string[][] = []): Extract<PresetMappingResult, { ok: true }> | null {
  const scored = PRESET_NAMES.map((name) => ({ name, score: signatureScore(PRESETS[name], headers) })).sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (best.score < 3 || best.score === next.score) return null;
  const result = presetMapping(best.name, headers, criteria, sample);
  return result.ok ? result : null;
}

/** The preset's label, e.g. "HubSpot contacts export". */
export const presetLabel = (name: PresetName): string => PRESETS[name].label;
