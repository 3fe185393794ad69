import { AFRelationship, PDFDocument } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import type { AgreementFile } from '../../../../shared/model/agreement';

export const ATTACHMENT_NAME = 'agreement.json';

/** Room reserved for the CMS signature in bytes: enough for a certificate chain of three 4096-bit certificates. */
export const SIGNATURE_LENGTH = 16_384;

export interface PrepareOptions {
  agreement: AgreementFile;
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** The document's creation time; the seal's signing time is the same moment, never earlier. */
  createdAt: Date;
  /** When set, a signature placeholder is added so the file can be sealed next. */
  placeholder: { name: string; reason: string; location: string; signingTime: Date } | null;
}

/**
 * Adds what @react-pdf cannot: the machine-readable agreement as an embedded file (so the PDF
 * alone can be re-imported), the document metadata, and (for sealing) the signature placeholder.
 * Saved without object streams so the signature dictionary stays readable by every verifier.
 */
export async function prepareForSeal(rendered: Uint8Array, options: PrepareOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.load(rendered, { updateMetadata: false });
  const json = JSON.stringify(options.agreement, null, 2);
  const now = options.createdAt;
  await doc.attach(new TextEncoder().encode(json), ATTACHMENT_NAME, {
    mimeType: 'application/json',
    description: 'The agreement in machine-readable form (Common Ground agreement file)',
    creationDate: now,
    modificationDate: now,
    afRelationship: AFRelationship.Data,
  });
  doc.setTitle(options.title, { showInWindowTitleBar: true });
  doc.setAuthor(options.author);
  doc.setSubject(options.subject);
  doc.setKeywords(options.keywords);
  doc.setProducer('Common Ground');
  doc.setCreator('Common Ground');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  if (options.placeholder) {
    pdflibAddPlaceholder({
      pdfDoc: doc,
      reason: options.placeholder.reason,
      contactInfo: '',
      name: options.placeholder.name,
      location: options.placeholder.location,
      signingTime: options.placeholder.signingTime,
      signatureLength: SIGNATURE_LENGTH,
      subFilter: 'adbe.pkcs7.detached',
      appName: 'Common Ground',
    });
  }
  return doc.save({ useObjectStreams: false });
}
