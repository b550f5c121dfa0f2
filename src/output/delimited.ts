import { cellText, type Column, type OutputRecord } from './columns.js';

// TSV: one record a line, fields separated by tabs. A tab, newline, carriage
// return or backslash inside a field would break `cut`/`awk`/pandas parsing,
// so they are escaped as \t, \n, \r and \\ (the convention of PostgreSQL COPY
// and of `jq @tsv`).
export function escapeTsvField(text: string): string {
  if (!/[\t\n\r\\]/.test(text)) return text;
  return text.replace(/[\t\n\r\\]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\\\'));
}

export function renderTsvHeader(columns: readonly Column[]): string {
  return columns.map((c) => escapeTsvField(c.key)).join('\t') + '\n';
}

export function renderTsvRows(records: readonly OutputRecord[], columns: readonly Column[]): string {
  let out = '';
  for (const record of records) out += columns.map((c) => escapeTsvField(cellText(record[c.key]))).join('\t') + '\n';
  return out;
}

// CSV per RFC 4180: a field with a comma, quote, CR or LF is quoted, and quotes
// inside are doubled. Lines end with CRLF as the RFC says; every CSV reader
// (pandas, R, Excel) accepts it.
export function escapeCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsvHeader(columns: readonly Column[]): string {
  return columns.map((c) => escapeCsvField(c.key)).join(',') + '\r\n';
}

export function renderCsvRows(records: readonly OutputRecord[], columns: readonly Column[]): string {
  let out = '';
  for (const record of records) out += columns.map((c) => escapeCsvField(cellText(record[c.key]))).join(',') + '\r\n';
  return out;
}
