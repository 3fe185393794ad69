/** @jsxRuntime automatic @jsxImportSource react */
import type { ReactNode } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { s } from '../styles';

export interface Column {
  title: string;
  /** Share of the row, e.g. '30%'. */
  width: string;
  align?: 'left' | 'right';
}

/** A ruled table: header repeats on each page it spans, rows never split across pages. */
export function Table({ columns, rows }: { columns: Column[]; rows: ReactNode[][] }) {
  return (
    <View style={s.table}>
      <View style={s.tr} fixed>
        {columns.map((c) => (
          <Text key={c.title} style={[s.th, s.td, { width: c.width }, c.align === 'right' ? s.num : {}]}>
            {c.title}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} style={r % 2 === 1 ? [s.tr, s.trZebra] : s.tr} wrap={false}>
          {row.map((cell, c) => (
            <View key={c} style={{ width: columns[c].width }}>
              {typeof cell === 'string' || typeof cell === 'number' ? (
                <Text style={columns[c].align === 'right' ? [s.td, s.num] : s.td}>{cell}</Text>
              ) : (
                cell
              )}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

/** Room (pt) a heading wants below it on its page: a table header and a couple of rows, or a short paragraph. */
export const KEEP_WITH_NEXT = 72;

/**
 * A numbered section. Its parts are laid out as siblings of the other sections (a fragment, not a
 * wrapping View) because @react-pdf only honours minPresenceAhead for an element that has earlier
 * siblings on its page: that is what keeps a heading with the start of its content while short
 * sections still share a page. keepTogether moves a short section onto the next page whole.
 */
export function Section({ number, title, intro, children, breakBefore, keepTogether }: { number: number; title: string; intro?: string; children: ReactNode; breakBefore?: boolean; keepTogether?: boolean }) {
  const heading = (
    <>
      <Text style={s.sectionNumber}>{`SECTION ${number}`}</Text>
      <Text style={s.h1}>{title}</Text>
      {intro ? <Text style={s.lead}>{intro}</Text> : null}
    </>
  );
  if (keepTogether) {
    return (
      <View style={s.section} break={breakBefore} wrap={false}>
        {heading}
        {children}
      </View>
    );
  }
  return (
    <>
      <View break={breakBefore} wrap={false} minPresenceAhead={KEEP_WITH_NEXT}>
        {heading}
      </View>
      {children}
      <View style={s.sectionEnd} />
    </>
  );
}

/** A sub-heading that is never left alone at the foot of a page. */
export function SubHeading({ children }: { children: string }) {
  return (
    <Text style={s.h2} minPresenceAhead={KEEP_WITH_NEXT}>
      {children}
    </Text>
  );
}

export function KeyValues({ items }: { items: [string, string][] }) {
  return (
    <View style={s.keyValues}>
      {items.map(([k, v]) => (
        <View key={k} style={s.keyValue}>
          <Text style={s.key}>{k}</Text>
          <Text style={s.value}>{v}</Text>
        </View>
      ))}
    </View>
  );
}
