import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BacktestMappingSchema, LeadTableBuilder, MatchCache, detectPreset, presetMapping, previewMatchCounts, suggestMapping } from '../../../../shared/rules/backtest';
import { starterCriteria } from '../../../../shared/template/criteria';
import { HUBSPOT_CSV, HUBSPOT_HEADERS, SALESFORCE_CSV, SALESFORCE_HEADERS, hubspotCsv, salesforceCsv } from '../../../fixtures/make-crm-exports';

const criteria = starterCriteria();
const rowsOf = (file: string) => Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;

describe('CRM export presets', () => {
  it('the committed exports are what the seeded generator writes', () => {
    expect(readFileSync(HUBSPOT_CSV, 'utf8')).toBe(hubspotCsv());
    expect(readFileSync(SALESFORCE_CSV, 'utf8')).toBe(salesforceCsv());
  });

  it('recognises a HubSpot contacts export (report labels) and maps outcome, created date and every criterion field', () => {
    const detected = detectPreset(HUBSPOT_HEADERS, criteria);
    expect(detected).toMatchObject({ ok: true, preset: 'hubspot', label: 'HubSpot contacts export', unmappedFields: [] });
    expect(detected!.mapping).toEqual({
      columns: [
        { column: 'Email', use: { role: 'field', name: 'emailDomain' } },
        { column: 'Job Title', use: { role: 'field', name: 'seniority' } },
        { column: 'Lifecycle Stage', use: { role: 'outcome' } },
        { column: 'Create Date', use: { role: 'created' } },
        { column: 'HubSpot Score', use: { role: 'crmScore' } },
        { column: 'Number of Employees', use: { role: 'field', name: 'employees' } },
        { column: 'Industry', use: { role: 'field', name: 'industry' } },
      ],
      wonValues: ['customer', 'evangelist'],
    });
    expect(BacktestMappingSchema.safeParse(detected!.mapping).success).toBe(true);
  });

  it('recognises HubSpot API names too, and prefers the e-mail domain column when there is one', () => {
    const headers = ['hs_object_id', 'email', 'hs_email_domain', 'jobtitle', 'lifecyclestage', 'hs_lead_status', 'createdate', 'hs_analytics_source', 'hubspotscore', 'numemployees', 'industry', 'country'];
    const detected = detectPreset(headers, criteria);
    expect(detected?.preset).toBe('hubspot');
    expect(detected!.mapping.columns).toEqual([
      { column: 'hs_email_domain', use: { role: 'field', name: 'emailDomain' } },
      { column: 'jobtitle', use: { role: 'field', name: 'seniority' } },
      { column: 'lifecyclestage', use: { role: 'outcome' } },
      { column: 'createdate', use: { role: 'created' } },
      { column: 'hubspotscore', use: { role: 'crmScore' } },
      { column: 'numemployees', use: { role: 'field', name: 'employees' } },
      { column: 'industry', use: { role: 'field', name: 'industry' } },
    ]);
  });

  it('recognises a Salesforce leads export (API names): Converted is the outcome', () => {
    const detected = detectPreset(SALESFORCE_HEADERS, criteria);
    expect(detected).toMatchObject({ preset: 'salesforce', label: 'Salesforce leads export', unmappedFields: [] });
    expect(detected!.mapping.columns).toEqual([
      { column: 'Email', use: { role: 'field', name: 'emailDomain' } },
      { column: 'Title', use: { role: 'field', name: 'seniority' } },
      { column: 'CreatedDate', use: { role: 'created' } },
      { column: 'IsConverted', use: { role: 'outcome' } },
      { column: 'Industry', use: { role: 'field', name: 'industry' } },
      { column: 'NumberOfEmployees', use: { role: 'field', name: 'employees' } },
      { column: 'pi__score__c', use: { role: 'crmScore' } },
    ]);
    expect(detected!.mapping.wonValues).toContain('true');
  });

  it('a Salesforce report with labels and no Converted column takes "Closed - Converted" in Lead Status as won', () => {
    const headers = ['Lead ID', 'First Name', 'Title', 'Email', 'Lead Status', 'Lead Source', 'Created Date', 'Industry', 'No. of Employees', 'Annual Revenue', 'Rating', 'pi__score__c', 'pi__grade__c'];
    const detected = detectPreset(headers, criteria);
    expect(detected?.preset).toBe('salesforce');
    expect(detected!.mapping.columns).toContainEqual({ column: 'Lead Status', use: { role: 'outcome' } });
    expect(detected!.mapping.columns).toContainEqual({ column: 'No. of Employees', use: { role: 'field', name: 'employees' } });
    expect(detected!.mapping.columns).toContainEqual({ column: 'Created Date', use: { role: 'created' } });
    expect(detected!.mapping.wonValues).toEqual(['Closed - Converted', 'Converted']);
  });

  it('maps the CRM’s own score for the comparison, a score before a grade before a rating', () => {
    const todayOf = (headers: string[]) => detectPreset(headers, criteria)?.mapping.columns.find((c) => c.use.role === 'crmScore')?.column;
    const sf = ['Lead ID', 'Title', 'Lead Status', 'Created Date', 'No. of Employees', 'Rating', 'pi__score__c', 'pi__grade__c'];
    expect(todayOf(sf)).toBe('pi__score__c');
    expect(todayOf(sf.filter((h) => h !== 'pi__score__c'))).toBe('pi__grade__c');
    expect(todayOf(sf.filter((h) => !h.startsWith('pi__')))).toBe('Rating');
    expect(todayOf(HUBSPOT_HEADERS.filter((h) => h !== 'HubSpot Score'))).toBeUndefined();
  });

  it('maps fields the preset does not know as the generic suggestion does, and lists criterion fields no column holds', () => {
    const headers = [...HUBSPOT_HEADERS.filter((h) => h !== 'Industry'), 'Demo Requests'];
    const withEvent = detectPreset(headers, criteria)!;
    expect(withEvent.mapping.columns).toContainEqual({ column: 'Demo Requests', use: { role: 'event', name: 'demo request' } });
    expect(withEvent.unmappedFields).toEqual(['industry']);
  });

  it('finds no preset in a generic file, and falls back to suggestMapping there', () => {
    const headers = ['lead_id', 'created', 'industry', 'employees', 'seniority', 'email_domain', 'outcome'];
    expect(detectPreset(headers, criteria)).toBeNull();
    // Columns any CRM may have do not make a Salesforce export; one of its own does.
    const generic = ['Name', 'Status', 'Created Date', 'Lead Source', 'Rating', 'Industry'];
    expect(detectPreset(generic, criteria)).toBeNull();
    expect(detectPreset([...generic, 'IsConverted'], criteria)?.preset).toBe('salesforce');
    expect(suggestMapping(headers, criteria).columns.length).toBeGreaterThan(0);
  });

  it('names the columns a file lacks for a preset', () => {
    expect(presetMapping('hubspot', SALESFORCE_HEADERS, criteria)).toEqual({ ok: false, preset: 'hubspot', label: 'HubSpot contacts export', missing: ['“Lifecycle Stage” (or “lifecyclestage”) or “Became a Customer Date” (or “hs_lifecyclestage_customer_date”)', '“Create Date” (or “createdate”)'] });
    const noDate = presetMapping('salesforce', SALESFORCE_HEADERS.filter((h) => h !== 'CreatedDate'), criteria);
    expect(noDate).toMatchObject({ ok: false, missing: ['“Created Date” (or “CreatedDate”)'] });
  });

  it.each([
    ['hubspot', HUBSPOT_CSV],
    ['salesforce', SALESFORCE_CSV],
  ] as const)('the %s export imports with no manual step: every row read, the title and e-mail criteria match', (name, file) => {
    const [headers, ...rows] = rowsOf(file);
    const detected = detectPreset(headers, criteria, rows.slice(0, 8))!;
    expect(detected.preset).toBe(name);
    const builder = new LeadTableBuilder(headers, detected.mapping);
    rows.forEach((r, i) => builder.add(r, i + 2));
    expect(builder.rejectedCount).toBe(0);
    const table = builder.finish();
    expect(table.rowCount).toBe(300);
    const won = table.won.reduce((a, b) => a + b, 0);
    expect(won).toBeGreaterThan(30);
    const cache = new MatchCache(table);
    for (const c of criteria.filter((c) => c.condition.op !== 'event')) expect(cache.evidence(c.condition).matched, c.label).toBeGreaterThan(0);
  });
});

describe('previewMatchCounts', () => {
  it('counts per criterion the sample rows it matches, under the detected mapping, and names the column it reads', () => {
    const [headers, ...rows] = rowsOf(HUBSPOT_CSV);
    const sample = rows.slice(0, 50);
    const { mapping } = detectPreset(headers, criteria, sample)!;
    const { rows: read, counts } = previewMatchCounts(headers, sample, mapping, criteria);
    expect(read).toBe(50);
    const col = (h: string) => headers.indexOf(h);
    const titles = sample.filter((r) => /\b(vp|vice president|svp|director|head|chief|ceo|cmo|cto|cro)\b/i.test(r[col('Job Title')])).length;
    const personal = sample.filter((r) => /@(gmail|outlook|yahoo|hotmail)\.com$/i.test(r[col('Email')])).length;
    const byLabel = Object.fromEntries(counts.map((c) => [c.label, c]));
    expect(byLabel['Decision-maker title']).toMatchObject({ column: 'Job Title', matched: titles });
    expect(titles).toBeGreaterThan(0);
    expect(byLabel['Personal e-mail domain']).toMatchObject({ column: 'Email', matched: personal });
    expect(personal).toBeGreaterThan(0);
    expect(byLabel['Demo request']).toMatchObject({ column: null, matched: 0 });
  });

  it('shows a criterion that matches no row: the title column mapped as a plain field that no value equals', () => {
    const headers = ['Title', 'Outcome'];
    const sample = [['Vice President', 'won'], ['CEO', 'lost']];
    const mapping = { columns: [{ column: 'Title', use: { role: 'field' as const, name: 'industry' } }, { column: 'Outcome', use: { role: 'outcome' as const } }], wonValues: ['won'] };
    const counts = previewMatchCounts(headers, sample, mapping, criteria).counts;
    expect(counts.find((c) => c.label === 'Target industry')).toMatchObject({ column: 'Title', matched: 0 });
  });
});

describe('a HubSpot export without a lifecycle stage', () => {
  it('takes a filled "Became a Customer Date" as won and a blank one as lost (not as no outcome)', () => {
    const headers = HUBSPOT_HEADERS.filter((h) => h !== 'Lifecycle Stage');
    const detected = detectPreset(headers, criteria)!;
    expect(detected.preset).toBe('hubspot');
    expect(detected.mapping.columns).toContainEqual({ column: 'Became a Customer Date', use: { role: 'outcome' } });
    expect(detected.mapping.wonWhen).toBe('filled');
    expect(BacktestMappingSchema.parse(detected.mapping).wonWhen).toBe('filled');
    const [allHeaders, ...rows] = rowsOf(HUBSPOT_CSV);
    const keep = headers.map((h) => allHeaders.indexOf(h));
    const builder = new LeadTableBuilder(headers, detected.mapping);
    rows.forEach((r, i) => builder.add(keep.map((k) => r[k]), i + 2));
    const table = builder.finish();
    const stage = allHeaders.indexOf('Lifecycle Stage');
    const customers = rows.filter((r) => ['Customer', 'Evangelist'].includes(r[stage])).length;
    expect(table.won.reduce((a, b) => a + b, 0)).toBe(customers);
    expect(builder.withoutOutcome).toBe(0);
  });

  it('a mapping without wonWhen reads outcomes by their listed won values, as before', () => {
    expect(BacktestMappingSchema.parse({ columns: [{ column: 'o', use: { role: 'outcome' } }] }).wonWhen).toBeUndefined();
  });
});
