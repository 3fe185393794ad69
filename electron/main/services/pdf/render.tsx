/** @jsxRuntime automatic @jsxImportSource react */
import { renderToBuffer } from '@react-pdf/renderer';
import { AgreementDocument, type AgreementDocumentProps } from './AgreementDocument';
import { registerFonts, REGISTERED_FONTS } from './styles';
import { keepGlyphCodePoints } from './glyph-code-points';

/** Lays out the agreement with @react-pdf in the main process; returns the unsealed PDF bytes. */
export async function renderAgreementPdf(props: AgreementDocumentProps): Promise<Uint8Array> {
  registerFonts();
  await keepGlyphCodePoints(REGISTERED_FONTS);
  const buffer = await renderToBuffer(<AgreementDocument {...props} />);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
