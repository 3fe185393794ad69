import { execFileSync } from 'node:child_process';

/** One word as poppler placed it, in points from the top-left of its page. */
export interface PlacedWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PlacedPage {
  number: number;
  width: number;
  height: number;
  words: PlacedWord[];
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every word of every page with its box, from `pdftotext -bbox`. */
export function placedPages(path: string): PlacedPage[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page, i) => ({
    number: i + 1,
    width: Number(page[1]),
    height: Number(page[2]),
    words: [...page[3].matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: decode(w[5]),
    })),
  }));
}

/** The plain text of one page (reading order, table cells kept together). */
export const pageText = (path: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });

/** Words that overlap another word on the same page by more than a hair: text drawn over text. */
export function overlappingWords(page: PlacedPage, tolerance = 0.75): [string, string][] {
  const hits: [string, string][] = [];
  const { words } = page;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i];
      const b = words[j];
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (dx > tolerance && dy > tolerance) hits.push([a.text, b.text]);
    }
  }
  return hits;
}
