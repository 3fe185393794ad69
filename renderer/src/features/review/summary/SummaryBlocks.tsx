import type { Block, Cell, TableBlock } from '../../../../../shared/present/agreement';
import { CurveChart } from '../../incentives/CurveChart';

/*
 * Lays out the blocks of shared/present/agreement on screen. No wording and no figures of its
 * own: the PDF renders the same model, so what is read here is what is signed and sealed.
 */

function cellClass(cell: Cell, align: 'start' | 'end'): string | undefined {
  const names = [align === 'end' ? 'num' : '', cell.team ? `team-${cell.team}` : '', cell.tone === 'negative' ? 'negative' : ''].filter(Boolean);
  return names.length ? names.join(' ') : undefined;
}

function TableView({ block }: { block: TableBlock }) {
  return (
    <table className="data present-table" aria-label={block.label}>
      {block.caption && <caption className="muted">{block.caption}</caption>}
      {/* The PDF's column shares as hints: the browser still keeps every word inside its column. */}
      <colgroup>
        {block.columns.map((c) => <col key={c.title} style={{ width: `${c.width}%` }} />)}
      </colgroup>
      <thead>
        <tr>
          {block.columns.map((c) => (
            <th key={c.title} scope="col" className={c.align === 'end' ? 'num' : undefined}>{c.title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => {
              const align = block.columns[i]?.align ?? 'start';
              const text = cell.strong ? <strong>{cell.text}</strong> : cell.text;
              return block.rowHeaders && i === 0
                ? <th key={i} scope="row" className={cellClass(cell, align)}>{text}</th>
                : <td key={i} className={cellClass(cell, align)}>{text}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BlockBody({ block }: { block: Block }) {
  switch (block.kind) {
    case 'table':
      return (
        <>
          <TableView block={block} />
          {block.footnote && <p className="muted">{block.footnote}</p>}
        </>
      );
    case 'paragraph':
      if (block.tone === 'quote') return <blockquote className="review-quote">{block.text}</blockquote>;
      if (block.tone === 'warning') return <p className="alert alert-warning">{block.text}</p>;
      return <p className={block.tone === 'small' ? 'muted' : undefined}>{block.text}</p>;
    case 'facts':
      return (
        <dl className="review-facts">
          {block.items.map((f) => (
            <div key={f.label} className="contents">
              <dt>{f.label}</dt>
              <dd>{f.text}</dd>
            </div>
          ))}
        </dl>
      );
    case 'list':
      return (
        <ul className="present-list">
          {block.items.map((x, i) => <li key={i}>{x}</li>)}
        </ul>
      );
    case 'rules':
      return (
        <ol className="incentive-rules" aria-label={block.label} data-testid="incentive-rules">
          {block.items.map((item) => <li key={item.key} data-rule={item.key}>{item.text}</li>)}
        </ol>
      );
    case 'figures':
      return (
        <ul className="present-figures" aria-label={block.label}>
          {block.items.map((f) => (
            <li key={f.label}>
              <span className="present-figure-value">{f.value}</span>
              <span className="present-figure-label">{f.label}</span>
            </li>
          ))}
        </ul>
      );
    case 'notice':
      return (
        <div className="alert alert-info" role="note">
          <strong>{block.heading}</strong>
          {block.sentences.map((sentence) => <p key={sentence}>{sentence}</p>)}
        </div>
      );
    case 'curve':
      return (
        <>
          <p className="muted">{block.caption}</p>
          <CurveChart points={block.points} label={block.summary} testId="summary-curve-chart" />
        </>
      );
    case 'pair':
      return (
        <div className="present-pair">
          {block.blocks.map((b, i) => <div key={i} className="stack"><PresentedBlock block={b} /></div>)}
        </div>
      );
  }
}

/** One block, under its sub-heading when it has one. */
export function PresentedBlock({ block }: { block: Block }) {
  const heading = 'heading' in block && block.kind !== 'notice' ? block.heading : undefined;
  return (
    <>
      {heading && <h3>{heading}</h3>}
      <BlockBody block={block} />
    </>
  );
}
