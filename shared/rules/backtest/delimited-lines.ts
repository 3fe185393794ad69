import type { LeadTableBuilder } from './table';

/**
 * The fast path of the CSV import, for text without any quote character. Such text is read by
 * papaparse's own "fast mode" as plain splits (lines on the line break, cells on the delimiter);
 * this does the same splits but only cuts out the cells the table reads, straight into a reused
 * buffer, instead of building an array of strings for every row. The result is the same rows,
 * rejects and line numbers as papaparse's (see the property test); text with a quote anywhere
 * must go to papaparse instead, which knows quoted cells.
 */
export interface LineFormat {
  delimiter: string;
  newline: string;
}

export class DelimitedLineReader {
  private readonly wanted: Uint8Array;
  private readonly cells: string[];

  constructor(
    private readonly builder: LeadTableBuilder,
    readonly format: LineFormat,
    /** Line number of the next line read (the header is line 1). */
    public line: number,
  ) {
    this.wanted = new Uint8Array(builder.headerCount + 1);
    for (const index of builder.neededColumns) this.wanted[index] = 1;
    this.cells = new Array<string>(builder.headerCount + 1).fill('');
  }

  /**
   * Adds every line of `text`. Unless `isEnd`, the text must end with a line break (the line
   * after it belongs to the next chunk); at the end of the file, a last line without a line
   * break counts too, and an empty one is skipped as papaparse's blank row would be.
   */
  addText(text: string, isEnd: boolean): void {
    const { delimiter, newline } = this.format;
    const dl = delimiter.length;
    const nl = newline.length;
    const { wanted, cells, builder } = this;
    let from = 0;
    // The next delimiter at or after the cursor, found once and reused across lines without one,
    // so a file with few delimiters is not searched to its end on every line.
    let nextDelimiter = -2;
    while (from < text.length) {
      let to = text.indexOf(newline, from);
      if (to === -1) {
        if (!isEnd) throw new Error('A chunk must end with a line break');
        to = text.length;
      }
      let count = 0;
      let start = from;
      for (;;) {
        if (nextDelimiter !== -1 && nextDelimiter < start) nextDelimiter = text.indexOf(delimiter, start);
        const inLine = nextDelimiter !== -1 && nextDelimiter < to;
        const end = inLine ? nextDelimiter : to;
        if (count === 0 || wanted[count] === 1) cells[count] = text.slice(start, end);
        count++;
        if (!inLine) break;
        start = nextDelimiter + dl;
      }
      builder.add(cells, this.line, count);
      this.line++;
      from = to + nl;
    }
  }
}
