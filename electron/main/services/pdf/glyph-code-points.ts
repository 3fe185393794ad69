import { Font } from '@react-pdf/renderer';

/*
 * Keeps the text layer of every PDF true to what is drawn (diegomura/react-pdf#3404): fontkit
 * caches a glyph the first time it meets it, and when that first time is a font subset pulling in
 * a composite glyph's parts (getGlyph(id) with no characters), the glyph stays cached without its
 * code points. @react-pdf then drops it from the ToUnicode map of every later document of the
 * process: the second export printed "version 1." but its text said "version 1", so search, copy
 * and our own pdftotext checks read something other than what was sealed. The fix fills the code
 * points in when a later lookup knows them.
 */

interface GlyphLike {
  codePoints: number[];
}
interface FontkitFont {
  getGlyph(id: number, characters?: number[]): GlyphLike | null;
}
interface FontStore {
  load(descriptor: { fontFamily: string; fontWeight?: number; fontStyle?: string }): Promise<void>;
  getFont(descriptor: { fontFamily: string; fontWeight?: number; fontStyle?: string }): { data: unknown } | undefined;
}

const patched = new WeakSet<object>();

/** Patches the fontkit font class the registered fonts were opened with (once per class). */
export async function keepGlyphCodePoints(descriptors: { fontFamily: string; fontWeight?: number; fontStyle?: string }[]): Promise<void> {
  const store = Font as unknown as FontStore;
  for (const descriptor of descriptors) {
    await store.load(descriptor);
    const data = store.getFont(descriptor)?.data as FontkitFont | null | undefined;
    const proto = data ? (Object.getPrototypeOf(data) as FontkitFont) : null;
    if (!proto || patched.has(proto) || typeof proto.getGlyph !== 'function') continue;
    const getGlyph = proto.getGlyph;
    proto.getGlyph = function (this: FontkitFont, id: number, characters: number[] = []) {
      const glyph = getGlyph.call(this, id, characters);
      if (glyph && glyph.codePoints.length === 0 && characters.length > 0) glyph.codePoints = characters;
      return glyph;
    };
    patched.add(proto);
  }
}
