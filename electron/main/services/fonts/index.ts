import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Bundled fonts (SIL Open Font License, see OFL-*.txt): the app makes no network request, so the
 * PDF never asks for a font from anywhere but this folder.
 * - Inter: body text and tables (clear at small sizes, wide language coverage)
 * - Source Serif 4: headings and the cover title (a calm, contract-like voice)
 * - Caveat: handwriting style, for typed signatures when no image could be drawn
 */
export const FONT_FILES = {
  body: 'Inter_400Regular.ttf',
  bodyItalic: 'Inter_400Regular_Italic.ttf',
  bodyStrong: 'Inter_600SemiBold.ttf',
  heading: 'SourceSerif4_600SemiBold.ttf',
  hand: 'Caveat_500Medium.ttf',
} as const;

let override: string | null = null;

/** Lets the packaged app point at the folder it ships the fonts in (e.g. resources/fonts). */
export function setFontsFolder(folder: string | null): void {
  override = folder;
}

function moduleFolder(): string | null {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return null;
  }
}

/** Finds the folder holding the TTFs: source tree in dev, tests and CLI; beside the bundle or in resources once built. */
export function fontsFolder(): string {
  const here = moduleFolder();
  const resources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  const candidates = [
    override,
    process.env.CG_FONTS_DIR ?? null,
    here,
    here ? join(here, 'fonts') : null,
    resources ? join(resources, 'fonts') : null,
    join(process.cwd(), 'electron', 'main', 'services', 'fonts'),
  ].filter((c): c is string => Boolean(c));
  const found = candidates.find((folder) => existsSync(join(folder, FONT_FILES.body)));
  if (!found) throw new Error(`The PDF fonts were not found (looked in ${candidates.join(', ')})`);
  return found;
}

export function fontPath(name: keyof typeof FONT_FILES): string {
  return join(fontsFolder(), FONT_FILES[name]);
}
