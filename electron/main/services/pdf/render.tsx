/** @jsxRuntime automatic @jsxImportSource react */
import { renderToBuffer } from '@react-pdf/renderer';
import { AgreementDocument, type AgreementDocumentProps } from './AgreementDocument';
import { registerFonts } from './styles';

/** Lays out the agreement with @react-pdf in the main process; returns the unsealed PDF bytes. */
export async function renderAgreementPdf(props: AgreementDocumentProps): Promise<Uint8Array> {
  registerFonts();
  const buffer = await renderToBuffer(<AgreementDocument {...props} />);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
