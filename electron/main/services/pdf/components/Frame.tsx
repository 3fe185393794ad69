/** @jsxRuntime automatic @jsxImportSource react */
import { Text, View } from '@react-pdf/renderer';
import { s } from '../styles';

/** A light diagonal DRAFT across every page of an unsigned export. */
export function Watermark() {
  return (
    <Text style={s.watermark} fixed>
      DRAFT
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
