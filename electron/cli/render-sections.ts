import { sectionHeading, type Block, type Section } from '../../shared/present/agreement';

/*
 * Lays out sections of shared/present/agreement for a terminal: the same sentences and cells as
 * the review summary and the PDF, in plain columns. No wording or figures of its own.
 */

/** Plain columns: start-aligned cells padded on the right, end-aligned ones on the left. */
export function columns(rows: string[][], rightAligned: (index: number) => boolean): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => `  ${r.map((cell, i) => (rightAligned(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ')}`.trimEnd());
}

function blockLines(block: Block): string[] {
  const heading = 'heading' in block && block.heading && block.kind !== 'notice' ? [`  ${block.heading}`] : [];
  switch (block.kind) {
    case 'table': {
      const rows = [block.columns.map((c) => c.title), ...block.rows.map((r) => r.cells.map((c) => c.text))];
      return [...heading, ...(block.caption ? [`  ${block.caption}:`] : []), ...columns(rows, (i) => block.columns[i]?.align === 'end'), ...(block.footnote ? [`  ${block.footnote}`] : [])];
    }
    case 'paragraph':
      return [...heading, `  ${block.text}`];
    case 'facts':
      return [...heading, ...block.items.map((f) => `  ${f.label}: ${f.text}`)];
    case 'list':
      return [...heading, ...block.items.map((x) => `  • ${x}`)];
    case 'rules':
      return block.items.map((item, i) => `  ${i + 1}. ${item.text}`);
    case 'figures':
      return [`  ${block.items.map((f) => `${f.label} ${f.value}`).join(' · ')}`];
    case 'notice':
      return [block.heading, ...block.sentences].map((line) => `  ${line}`);
    case 'curve':
      // A terminal has no chart: its description says what it shows.
      return [...heading, `  ${block.summary}`];
    case 'pair':
      return block.blocks.flatMap(blockLines);
  }
}

/** A section as lines: "4. Shared goals and funnel", its intro, then each block. */
export function sectionLines(section: Section): string[] {
  return [sectionHeading(section), ...(section.intro ? [`  ${section.intro}`] : []), ...section.blocks.flatMap(blockLines)];
}
