import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AgreementFileSchema, type AgreementVersion } from '../../../../shared/model/agreement';
import { presentAgreement, type Block, type TableBlock } from '../../../../shared/present/agreement';

function fixture(): AgreementVersion {
  return AgreementFileSchema.parse(JSON.parse(readFileSync(new URL('../../../fixtures/signed-agreement.json', import.meta.url), 'utf8'))).version;
}

const sectionOf = (version: Pick<AgreementVersion, 'content' | 'contentHash' | 'rulesVersion'>, id: string) => presentAgreement(version).sections.find((s) => s.id === id)!;
const tables = (blocks: Block[]): TableBlock[] => blocks.flatMap((b) => (b.kind === 'table' ? [b] : b.kind === 'pair' ? tables(b.blocks) : []));
const column = (table: TableBlock, title: string) => table.rows.map((r) => r.cells[table.columns.findIndex((c) => c.title === title)].text);

describe('presentAgreement: the agreement as the summary, the PDF and the CLI print it', () => {
  it('numbers the six sections in the PDF’s order', () => {
    expect(presentAgreement(fixture()).sections.map((s) => `${s.number}. ${s.title}`)).toEqual([
      '1. Parties and participants',
      '2. Lead definition',
      '3. Lead scoring model',
      '4. Shared goals and funnel',
      '5. Incentive split',
      '6. Service-level commitments',
    ]);
  });

  it('lists criteria in board order with their placement points, each table row as wide as its columns', () => {
    const scoring = sectionOf(fixture(), 'scoring');
    const [table] = tables(scoring.blocks);
    expect(table.rows[0].cells.map((c) => c.text)).toEqual(['Critical', 'Demo request', expect.stringMatching(/^Scores a “demo request” event, once\./), 'Engagement', '+34']);
    expect(column(table, 'Points').slice(-3)).toEqual(['−14', '−12', '−10']);
    expect(table.rows.at(-1)!.cells[4].tone).toBe('negative');
    for (const t of presentAgreement(fixture()).sections.flatMap((s) => tables(s.blocks))) {
      expect(t.columns.reduce((sum, c) => sum + c.width, 0)).toBe(100);
      for (const row of t.rows) expect(row.cells).toHaveLength(t.columns.length);
    }
  });

  it('explains a criterion from its agreed values and says where the ideal customer differs (the issue’s 50–5,000 case)', () => {
    const version = fixture();
    const content = version.content;
    const edited = {
      ...version,
      content: {
        ...content,
        leadDefinition: { ...content.leadDefinition, idealCustomer: { ...content.leadDefinition.idealCustomer, companySize: { min: 50, max: 5000 }, industries: [...content.leadDefinition.idealCustomer.industries, 'Healthcare'] } },
      },
    };
    const scoring = sectionOf(edited, 'scoring');
    const explained = column(tables(scoring.blocks)[0], 'What it scores');
    const size = explained.find((t) => t.includes('employees'))!;
    expect(size).toBe('Scores when employees is from 200 to 5,000. 200 to 5,000 employees: the ideal-customer band.');
    const warning = scoring.blocks.find((b) => b.kind === 'paragraph' && b.tone === 'warning');
    expect(warning).toMatchObject({ text: expect.stringContaining('Company size in range scores 200 to 5,000 employees; the ideal customer is 50 to 5,000.') });
    expect(warning).toMatchObject({ text: expect.stringContaining('Manufacturing and Healthcare') });
    // The criterion follows the profile: its typed words now disagree and are left out; no warning.
    const followed = {
      ...edited,
      content: {
        ...edited.content,
        scoring: {
          ...content.scoring,
          criteria: content.scoring.criteria.map((c) => (c.condition.op === 'between' ? { ...c, condition: { ...c.condition, min: 50 } } : c.condition.op === 'in' && c.condition.field === 'industry' ? { ...c, condition: { ...c.condition, values: edited.content.leadDefinition.idealCustomer.industries } } : c)),
        },
      },
    };
    const after = sectionOf(followed, 'scoring');
    expect(column(tables(after.blocks)[0], 'What it scores')).toContain('Scores when employees is from 50 to 5,000.');
    expect(after.blocks.some((b) => b.kind === 'paragraph' && b.tone === 'warning')).toBe(false);
  });

  it('the funnel of the brief: 40 deals, 160 SQLs, 267 SALs, 534 MQLs (178 a month), with how it is rounded', () => {
    const goals = sectionOf(fixture(), 'goals');
    const figures = goals.blocks.find((b) => b.kind === 'figures');
    expect(figures && figures.items.map((f) => f.value)).toEqual(['$1,200,000', '40', '160', '267', '534']);
    expect(column(tables(goals.blocks)[0], 'Per month')).toEqual(['14', '54', '89', '178']);
    expect(goals.blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('Every stage is rounded up'))).toBe(true);
  });

  it('a version signed under rules version 1 presents what was signed, with the note', () => {
    const { rulesVersion: _none, ...old } = fixture();
    const incentives = sectionOf(old, 'incentives');
    expect(incentives.blocks[0]).toMatchObject({ kind: 'notice', heading: 'Signed under rules version 1.' });
    const worked = tables(incentives.blocks)[0];
    expect(worked.rows.find((r) => r.key === '120')!.cells[1].text).toBe('240 %');
    expect(tables(sectionOf(fixture(), 'incentives').blocks)[0].rows.find((r) => r.key === '120')!.cells[1].text).toBe('200 %');
  });

  it('prints the incentive table at the attainments asked for (cli plan --attainments)', () => {
    const s = presentAgreement(fixture(), { attainments: [80, 125] }).sections.find((x) => x.id === 'incentives')!;
    expect(tables(s.blocks)[0].rows.map((r) => r.key)).toEqual(['80', '125']);
  });
});
