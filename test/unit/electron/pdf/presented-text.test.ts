import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { exportAgreementPdf } from '../../../../electron/main/services/pdf/export';
import { presentAgreement, type Block } from '../../../../shared/present/agreement';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import { hasPoppler, loadFixture, tempDir, writeTemp } from './helpers';

/** Cells this short sit on one line of their column, so pdftotext keeps their words together. */
const ONE_LINE = 16;

const flat = (blocks: Block[]): Block[] => blocks.flatMap((b) => (b.kind === 'pair' ? flat(b.blocks) : [b]));
function wordsOf(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph': return [b.text];
    case 'rules': return b.items.map((i) => i.text);
    case 'notice': return [b.heading, ...b.sentences];
    case 'facts': return b.items.map((i) => i.text);
    case 'list': return b.items;
    case 'figures': return b.items.map((i) => i.value);
    case 'curve': return [b.heading, b.caption];
    case 'table': return [...(b.caption ? [b.caption] : []), ...b.rows.flatMap((r) => r.cells.map((c) => c.text).filter((t) => t.length <= ONE_LINE))];
    case 'pair': return [];
  }
}

/** Text without any whitespace: line breaks and the soft wraps of long tokens fall away. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

// The two cases run in one process on purpose: the second export once lost the "." of its bold
// notice heading from the text layer (glyph-code-points.ts), though the page still drew it.
describe.skipIf(!hasPoppler)('what is sealed is what the summary shows', () => {
  it.each([
    ['today’s rules', loadFixture().version],
    ['rules version 1', (({ rulesVersion: _none, ...old }) => old as AgreementVersion)(loadFixture().version)],
  ])('the PDF prints every heading, sentence and short cell of the presentation model (%s)', async (_name, version) => {
    const bytes = await exportAgreementPdf({ version, auditEvents: loadFixture().auditEvents, certificate: null, watermark: 'unverified' });
    const text = squeezed(execFileSync('pdftotext', [writeTemp(tempDir(), 'presented.pdf', bytes), '-'], { encoding: 'utf8' }));
    const missing: string[] = [];
    for (const section of presentAgreement(version).sections) {
      for (const words of [section.title, ...(section.intro ? [section.intro] : []), ...flat(section.blocks).flatMap(wordsOf)]) {
        if (!text.includes(squeezed(words))) missing.push(words);
      }
    }
    expect(missing).toEqual([]);
  }, 60_000);
});
