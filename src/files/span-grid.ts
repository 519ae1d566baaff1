/** A cell of a table with spans (HTML `rowspan`/`colspan`, Word `vMerge`/`gridSpan`): its text and its size. */
export interface SpanCell {
  readonly text: string;
  /** Rows covered, ≥ 1; 0 covers every row to the end of the table (HTML `rowspan="0"`). */
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** Spans beyond these are errors of markup, not tables: capped as browsers cap them. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/**
 * Lays out a table's rows of cells with spans as a browser does: each cell takes the first column its row
 * leaves free (cells spanning down from rows above take theirs), its text stands in its top-left place and
 * every place it covers is blank — what the section reader expects of a merged cell. Blank columns and rows
 * beyond the table are dropped ({@link trimGrid}); the row and column numbers are the table's.
 */
export function layOutSpans(rows: readonly (readonly SpanCell[])[]): string[][] {
  const out: string[][] = rows.map(() => []);
  // Columns of each row already taken by a cell from above.
  const taken: Set<number>[] = rows.map(() => new Set<number>());
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while ((taken[r] as Set<number>).has(c)) c++;
      const colSpan = Math.min(Math.max(1, Math.trunc(cell.colSpan) || 1), MAX_COLSPAN);
      const rowSpan = cell.rowSpan === 0 ? rows.length - r : Math.min(Math.max(1, Math.trunc(cell.rowSpan) || 1), MAX_ROWSPAN, rows.length - r);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          (taken[r + dr] as Set<number>).add(c + dc);
          const row = out[r + dr] as string[];
          while (row.length < c + dc) row.push('');
          row[c + dc] = dr === 0 && dc === 0 ? cell.text : '';
        }
      }
      c += colSpan;
    }
  });
  return trimGrid(out);
}

/**
 * The rows without what lies beyond the table: columns after the last that holds text in any row, and rows after
 * the last that holds text. A row keeps the blank cells it has within the table (a cell left empty, a formatted
 * empty cell of a workbook), so that it reads as the same row copied as text.
 */
export function trimGrid(rows: readonly (readonly string[])[]): string[][] {
  const filled = (row: readonly string[]): number => {
    let n = row.length;
    while (n > 0 && (row[n - 1] ?? '').trim() === '') n--;
    return n;
  };
  const width = Math.max(0, ...rows.map(filled));
  let height = rows.length;
  while (height > 0 && filled(rows[height - 1] as readonly string[]) === 0) height--;
  return rows.slice(0, height).map((row) => Array.from({ length: Math.min(row.length, width) }, (_, k) => row[k] ?? ''));
}
