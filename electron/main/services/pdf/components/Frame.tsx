/** @jsxRuntime automatic @jsxImportSource react */
import { Text, View } from '@react-pdf/renderer';
import { s } from '../styles';
import type { Watermark as WatermarkKind } from '../watermark';

/**
 * A light diagonal mark across every page of an unsealed export: DRAFT for an unsigned version,
 * IMPORTED COPY / NOT VERIFIED (two lines, so it fits the diagonal) for signatures this install cannot vouch for.
 */
export function Watermark({ kind = 'draft' }: { kind?: WatermarkKind }) {
  return kind === 'draft' ? (
    <Text style={s.watermark} fixed>
      DRAFT
    </Text>
  ) : (
    <Text style={[s.watermark, s.watermarkUnverified]} fixed>
      {'IMPORTED COPY\nNOT VERIFIED'}
    </Text>
  );
}

/** The running header and the page-number footer of every page after the cover. */
export function RunningFrame({ left, right, footerNote }: { left: string; right: string; footerNote: string }) {
  return (
    <>
      <View style={s.header} fixed>
        <Text>{left}</Text>
        <Text>{right}</Text>
      </View>
      <View style={s.footer} fixed>
        <Text>{footerNote}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  );
}
