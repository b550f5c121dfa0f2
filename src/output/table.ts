import type Table from 'cli-table3';
import { createRequire } from 'node:module';
import { cellText, type CellValue, type Column, type OutputRecord, type Style } from './columns.js';

export interface TableOptions {
  /** Terminal width in characters; wide columns fold to fit it. */
  width: number;
  header: boolean;
  style: Style;
}

// A table is for reading on a terminal: a cell longer than this is cut with
// an ellipsis (machine formats always carry the whole text). cli-table3's
// word wrapping also slows down badly on cells of tens of kilobytes.
export const TABLE_CELL_LIMIT = 1000;

/** Only the table rounds (core keeps full precision) and cuts very long text. */
export function formatTableCell(value: CellValue | undefined): string {
  if (typeof value === 'number' && !Number.isInteger(value)) return value.toFixed(2);
  const text = cellText(value);
  return text.length > TABLE_CELL_LIMIT ? `${text.slice(0, TABLE_CELL_LIMIT - 1)}…` : text;
}

// Each cell costs its text plus 2 padding and 1 border character.
const CELL_OVERHEAD = 3;
const MIN_WIDE_WIDTH = 16;

function columnWidths(rows: string[][], columns: readonly Column[], width: number, header: boolean): number[] {
  const natural = columns.map((c, i) => {
    let w = header ? c.title.length : 1;
    for (const row of rows) w = Math.max(w, longestLine(row[i] ?? ''));
    return w;
  });
  const wideCount = columns.filter((c) => c.wide).length;
  if (wideCount === 0) return natural.map((w) => w + 2);
  const fixed = natural.reduce((sum, w, i) => sum + (columns[i]?.wide ? 0 : w + CELL_OVERHEAD), 1);
  const share = Math.max(MIN_WIDE_WIDTH, Math.floor((width - fixed) / wideCount) - CELL_OVERHEAD);
  return natural.map((w, i) => (columns[i]?.wide ? Math.min(w, share) : w) + 2);
}

function longestLine(text: string): number {
  let longest = 0;
  for (const line of text.split('\n')) longest = Math.max(longest, line.length);
  return longest;
}

// Loaded on the first table: machine formats (every run in a pipe) never
// need it, and loading it took about 23 ms of each run's start-up.
let tableClass: typeof Table | null = null;
function loadTable(): typeof Table {
  tableClass ??= createRequire(import.meta.url)('cli-table3') as typeof Table;
  return tableClass;
}

/** A boxed table for the terminal, wide text folded on word boundaries. */
export function renderTable(records: readonly OutputRecord[], columns: readonly Column[], options: TableOptions): string {
  const rows = records.map((r) => columns.map((c) => formatTableCell(r[c.key])));
  const widths = columnWidths(rows, columns, options.width, options.header);
  // cli-table3 colours headers and borders unless told not to: colour comes
  // only from our style object, so pipes and NO_COLOR never see escape codes.
  const TableClass = loadTable();
  const table = new TableClass({
    ...(options.header ? { head: columns.map((c) => options.style.header(c.title)) } : {}),
    colWidths: widths,
    colAligns: columns.map((c) => (c.numeric ? 'right' : 'left')),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: true },
  });
  for (const row of rows) table.push(row);
  return table.toString() + '\n';
}
