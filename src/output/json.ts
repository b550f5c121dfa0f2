import type { OutputRecord } from './columns.js';

// Machine formats print whole records (every field, full precision), not
// only the columns a table shows.

/** NDJSON: one object a line. */
export function renderNdjsonRows(records: readonly OutputRecord[]): string {
  let out = '';
  for (const record of records) out += JSON.stringify(record) + '\n';
  return out;
}

/**
 * JSON: one array over all records. Rendered in pieces so that a long stream
 * of records never has to be held at once: `open`, then rows (each chunk told
 * whether records came before it), then `close`.
 */
export function renderJsonOpen(): string {
  return '[';
}

export function renderJsonRows(records: readonly OutputRecord[], first: boolean): string {
  let out = '';
  records.forEach((record, i) => {
    out += (first && i === 0 ? '\n' : ',\n') + JSON.stringify(record);
  });
  return out;
}

export function renderJsonClose(anyRecords: boolean): string {
  return anyRecords ? '\n]\n' : ']\n';
}
