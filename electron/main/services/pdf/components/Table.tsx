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

export function Section({ number, title, intro, children, breakBefore, keepTogether }: { number: number; title: string; intro?: string; children: ReactNode; breakBefore?: boolean; keepTogether?: boolean }) {
  return (
    <View style={s.section} break={breakBefore} wrap={!keepTogether}>
      {/* Heading and intro stay together. (minPresenceAhead does not keep them with what follows in
          @react-pdf 4.9, so the longer sections start on a new page instead: see breakBefore.) */}
      <View wrap={false}>
        <Text style={s.sectionNumber}>{`SECTION ${number}`}</Text>
        <Text style={s.h1}>{title}</Text>
        {intro ? <Text style={s.lead}>{intro}</Text> : null}
      </View>
      {children}
    </View>
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
