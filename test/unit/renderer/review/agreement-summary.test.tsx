import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { AgreementSummary } from '../../../../renderer/src/features/review/summary/AgreementSummary';
import { AgreementFileSchema, type AgreementVersion } from '../../../../shared/model/agreement';
import { presentAgreement, sectionHeading, type Block } from '../../../../shared/present/agreement';

function fixture(): AgreementVersion {
  return AgreementFileSchema.parse(JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/signed-agreement.json'), 'utf8'))).version;
}

const flat = (blocks: Block[]): Block[] => blocks.flatMap((b) => (b.kind === 'pair' ? flat(b.blocks) : [b]));
const sentencesOf = (b: Block): string[] => {
  switch (b.kind) {
    case 'paragraph': return [b.text];
    case 'rules': return b.items.map((i) => i.text);
    case 'notice': return [b.heading, ...b.sentences];
    case 'facts': return b.items.flatMap((i) => [i.label, i.text]);
    case 'list': return b.items;
    case 'figures': return b.items.flatMap((i) => [i.value, i.label]);
    default: return [];
  }
};

describe('the review summary renders the presentation model, nothing of its own', () => {
  it.each([
    ['signed under today’s rules', fixture()],
    ['signed under rules version 1', (({ rulesVersion: _none, ...old }) => old)(fixture())],
  ])('every heading, sentence and table cell of the model is on screen (%s)', (_name, version) => {
    render(<AgreementSummary version={version} />);
    for (const section of presentAgreement(version).sections) {
      const region = screen.getByRole('region', { name: sectionHeading(section) });
      const text = region.textContent ?? '';
      if (section.intro) expect(text).toContain(section.intro);
      for (const block of flat(section.blocks)) {
        for (const sentence of sentencesOf(block)) expect(text).toContain(sentence);
        if (block.kind !== 'table') continue;
        const table = within(region).getByRole('table', { name: block.label });
        const rows = within(table).getAllByRole('row').slice(1).map((tr) => Array.from(tr.children, (td) => td.textContent));
        expect(rows).toEqual(block.rows.map((r) => r.cells.map((c) => c.text)));
      }
    }
  });
});
