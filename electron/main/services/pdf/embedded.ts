import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFObject } from 'pdf-lib';

/** An embedded file larger than this is not an agreement: refuse rather than inflate it. */
const MAX_EMBEDDED_BYTES = 50_000_000;
const MAX_TREE_DEPTH = 12;

function textOf(value: PDFObject | undefined): string | null {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return null;
}

/** Walks the /EmbeddedFiles name tree (leaves hold /Names pairs, inner nodes /Kids) and returns file specs by name. */
function collectFileSpecs(node: PDFDict, found: Map<string, PDFDict>, depth: number): void {
  if (depth > MAX_TREE_DEPTH) return;
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (names) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const key = textOf(names.lookup(i));
      const spec = names.lookup(i + 1);
      if (spec instanceof PDFDict) {
        const fileName = textOf(spec.lookup(PDFName.of('UF'))) ?? textOf(spec.lookup(PDFName.of('F'))) ?? key;
        if (key) found.set(key, spec);
        if (fileName && fileName !== key) found.set(fileName, spec);
      }
    }
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  if (kids) {
    for (let i = 0; i < kids.size(); i++) {
      const kid = kids.lookup(i);
      if (kid instanceof PDFDict) collectFileSpecs(kid, found, depth + 1);
    }
  }
}

/** Names of every embedded file in the document. */
export async function listEmbeddedFiles(pdf: Uint8Array): Promise<string[]> {
  return [...(await fileSpecs(pdf)).keys()];
}

async function fileSpecs(pdf: Uint8Array): Promise<Map<string, PDFDict>> {
  const doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  const found = new Map<string, PDFDict>();
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  if (tree) collectFileSpecs(tree, found, 0);
  return found;
}

/** The decoded bytes of the embedded file called `name`, or null when the PDF has none by that name. */
export async function readEmbeddedFile(pdf: Uint8Array, name: string): Promise<Uint8Array | null> {
  const spec = (await fileSpecs(pdf)).get(name);
  if (!spec) return null;
  const ef = spec.lookupMaybe(PDFName.of('EF'), PDFDict);
  const stream = ef?.lookup(PDFName.of('UF')) ?? ef?.lookup(PDFName.of('F'));
  if (!(stream instanceof PDFRawStream)) return null;
  const decoded = decodePDFRawStream(stream).decode();
  if (decoded.byteLength > MAX_EMBEDDED_BYTES) throw new Error(`The embedded ${name} is too large`);
  return decoded;
}
