/**
 * Seeds a profile through the app's own "Import library…" control with generated library files:
 * the same parse, validation (zod, content hashes) and single-transaction write a user gets.
 * Nothing bench-only ships in the app.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { boardWorkshop } from '../data/board';
import { generateVersions, libraryFile } from '../data/library';
import { BENCH_DIR } from './servers';

/** The import refuses files over 150 MB of text; 2,500 versions with signature images are about 64 MB. */
const VERSIONS_PER_FILE = 2_500;

export function writeLibraryFiles(total: number): string[] {
  const dir = join(BENCH_DIR, 'files');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const all = generateVersions(total);
  for (let start = 0; start < total; start += VERSIONS_PER_FILE) {
    const path = join(dir, `library-${total}-${start / VERSIONS_PER_FILE + 1}.json`);
    writeFileSync(path, JSON.stringify(libraryFile(all.slice(start, start + VERSIONS_PER_FILE))));
    files.push(path);
  }
  return files;
}

export function writeBoardFile(sizes: number[]): string {
  const path = join(BENCH_DIR, 'files', `boards-${sizes.join('-')}.json`);
  mkdirSync(join(BENCH_DIR, 'files'), { recursive: true });
  const boards = sizes.map(boardWorkshop);
  writeFileSync(path, JSON.stringify(libraryFile(boards.map((b) => b.version), { workshops: boards.map((b) => b.workshop) })));
  return path;
}

/** Imports the files one by one and waits until the library says every version is stored. */
export async function importThroughUi(page: Page, files: string[], adding: number, alreadyStored = 0): Promise<number> {
  const start = performance.now();
  const expectedTotal = alreadyStored + adding;
  let expected = alreadyStored;
  const perFile = Math.ceil(adding / files.length);
  for (const file of files) {
    expected = Math.min(expectedTotal, expected + perFile);
    await page.getByLabel('Library file to import').setInputFiles(file);
    await page.getByTestId('library-range').filter({ hasText: `${expected.toLocaleString('en-US')} versions stored` }).waitFor({ timeout: 180_000 });
  }
  return performance.now() - start;
}
