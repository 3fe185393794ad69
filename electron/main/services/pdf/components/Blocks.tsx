/** @jsxRuntime automatic @jsxImportSource react */
import { Text, View } from '@react-pdf/renderer';
import type { Block, Cell, Section as PresentedSection, TableBlock } from '../../../../../shared/present/agreement';
import { colors, s } from '../styles';
import { softWrap } from '../format';
import { CurveChart } from './CurveChart';
import { KeyValues, Section, SubHeading, Table } from './Table';

/*
 * Lays out the sections of shared/present/agreement in the PDF. No wording and no figures of its
 * own: every sentence and cell comes from the presentation model the review summary renders too.
 */

/** Table cells never run out of their column: long e-mail addresses and hashes get places to wrap. */
const CELL_TOKEN = 40;

function cellOf(cell: Cell, align: 'start' | 'end') {
  const style = [s.td, ...(align === 'end' ? [s.num] : []), ...(cell.strong ? [s.strong] : []), ...(cell.tone === 'negative' ? [{ color: colors.warn }] : [])];
  return <Text style={style}>{softWrap(cell.text, CELL_TOKEN)}</Text>;
}

function TableOf({ block }: { block: TableBlock }) {
  return (
    <>
      {block.caption ? <Text style={s.small}>{block.caption}</Text> : null}
      <Table
        columns={block.columns.map((c) => ({ title: c.title, width: `${c.width}%`, align: c.align === 'end' ? 'right' : 'left' }))}
        rows={block.rows.map((r) => r.cells.map((cell, i) => cellOf(cell, block.columns[i]?.align ?? 'start')))}
      />
      {block.footnote ? <Text style={s.small}>{block.footnote}</Text> : null}
    </>
  );
}

function BlockBody({ block }: { block: Block }) {
  switch (block.kind) {
    case 'table':
      return <TableOf block={block} />;
    case 'paragraph':
      if (block.tone === 'quote') {
        return (
          <View style={s.callout}>
            <Text style={s.body}>{block.text}</Text>
          </View>
        );
      }
      return <Text style={[block.tone === 'small' || block.tone === 'warning' ? s.small : s.body, { marginTop: 4 }, ...(block.tone === 'warning' ? [{ color: colors.warn }] : [])]}>{block.text}</Text>;
    case 'facts':
      return <KeyValues items={block.items.map((f): [string, string] => [f.label, f.text])} />;
    case 'list':
      return <Text style={s.body}>{block.items.map((x) => `•  ${x}`).join('\n')}</Text>;
    case 'rules':
      return (
        <View>
          {block.items.map((item, i) => (
            <View key={item.key} style={{ flexDirection: 'row', marginBottom: 3 }} wrap={false}>
              <Text style={[s.body, { width: 14, color: colors.muted }]}>{`${i + 1}.`}</Text>
              <Text style={[s.body, { flex: 1 }]}>{item.text}</Text>
            </View>
          ))}
        </View>
      );
    case 'figures':
      return (
        <View style={s.figures}>
          {block.items.map((f) => (
            <View key={f.label} style={s.figure}>
              <Text style={s.figureValue}>{f.value}</Text>
              <Text style={s.figureLabel}>{f.label}</Text>
            </View>
          ))}
        </View>
      );
    case 'notice':
      return (
        <View style={{ marginBottom: 6 }}>
          <Text style={[s.body, s.strong]}>{block.heading}</Text>
          {block.sentences.map((sentence) => (
            <Text key={sentence} style={s.small}>{sentence}</Text>
          ))}
        </View>
      );
    case 'curve':
      return (
        <>
          <Text style={s.small}>{block.caption}</Text>
          <CurveChart curve={block.points} maxAttainment={block.maxAttainment} />
        </>
      );
    case 'pair':
      return (
        <View style={{ flexDirection: 'row', marginTop: 4 }}>
          <View style={{ width: '60%', paddingRight: 14 }}>
            <BlockWithHeading block={block.blocks[0]} alone />
          </View>
          <View style={{ width: '40%' }}>
            <BlockWithHeading block={block.blocks[1]} alone />
          </View>
        </View>
      );
  }
}

function headingOf(block: Block): string | undefined {
  return block.kind === 'pair' || block.kind === 'notice' || block.kind === 'rules' || block.kind === 'figures' ? undefined : block.heading;
}

/**
 * A long table may run over pages: its heading only stays with its first rows. Everything else
 * is kept whole with its heading; `alone` when the caller already keeps it together.
 */
function BlockWithHeading({ block, alone }: { block: Block; alone?: boolean }) {
  const heading = headingOf(block);
  if (block.kind === 'table') {
    return (
      <>
        {heading ? alone ? <Text style={s.h2}>{heading}</Text> : <SubHeading>{heading}</SubHeading> : null}
        <BlockBody block={block} />
      </>
    );
  }
  if (alone) {
    return (
      <>
        {heading ? <Text style={s.h2}>{heading}</Text> : null}
        <BlockBody block={block} />
      </>
    );
  }
  // Sentences of rules may run over a page one by one; the rest is short and kept whole.
  return (
    <View wrap={block.kind === 'rules'}>
      {heading ? <Text style={s.h2}>{heading}</Text> : null}
      <BlockBody block={block} />
    </View>
  );
}

/** One numbered section of the agreement. */
export function PresentedSectionPdf({ section }: { section: PresentedSection }) {
  return (
    <Section number={section.number} title={section.title} intro={section.intro}>
      {section.blocks.map((block, i) => (
        <BlockWithHeading key={i} block={block} />
      ))}
    </Section>
  );
}
