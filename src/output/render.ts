import type { Column, OutputRecord, Style } from './columns.js';
import { renderCsvHeader, renderCsvRows, renderTsvHeader, renderTsvRows } from './delimited.js';
import { renderJsonClose, renderJsonOpen, renderJsonRows, renderNdjsonRows } from './json.js';
import { renderTable } from './table.js';

export const FORMATS = ['table', 'tsv', 'csv', 'json', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  format: Format;
  /** Print a header row (tables, TSV, CSV). */
  header: boolean;
  style: Style;
  /** Terminal width, for tables. */
  width: number;
}

/**
 * Renders a stream of records chunk by chunk: `begin()`, then `rows()` as
 * records come, then `end()`. Each call returns text to write; nothing is
 * printed here. Delimited and JSON formats stream; a table must see every row
 * to size its columns, so it collects them and renders at the end.
 */
export interface Renderer {
  begin(): string;
  rows(records: readonly OutputRecord[]): string;
  end(): string;
}

export function createRenderer(columns: readonly Column[], options: RenderOptions): Renderer {
  switch (options.format) {
    case 'tsv':
      return {
        begin: () => (options.header ? renderTsvHeader(columns) : ''),
        rows: (records) => renderTsvRows(records, columns),
        end: () => '',
      };
    case 'csv':
      return {
        begin: () => (options.header ? renderCsvHeader(columns) : ''),
        rows: (records) => renderCsvRows(records, columns),
        end: () => '',
      };
    case 'ndjson':
      return { begin: () => '', rows: (records) => renderNdjsonRows(records), end: () => '' };
    case 'json': {
      let seen = false;
      return {
        begin: () => renderJsonOpen(),
        rows: (records) => {
          const text = renderJsonRows(records, !seen);
          if (records.length > 0) seen = true;
          return text;
        },
        end: () => renderJsonClose(seen),
      };
    }
    case 'table': {
      const collected: OutputRecord[] = [];
      return {
        begin: () => '',
        rows: (records) => {
          for (const r of records) collected.push(r);
          return '';
        },
        end: () => renderTable(collected, columns, { width: options.width, header: options.header, style: options.style }),
      };
    }
  }
}

/** Renders a finished list of records in one go. */
export function renderRecords(records: readonly OutputRecord[], columns: readonly Column[], options: RenderOptions): string {
  const renderer = createRenderer(columns, options);
  return renderer.begin() + renderer.rows(records) + renderer.end();
}
