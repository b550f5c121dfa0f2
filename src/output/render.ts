import { batchRecords, type RecordBatch } from './batch.js';
import type { Column, OutputRecord, Style } from './columns.js';
import { delimitedBatchEncoder, type BatchEncoder, delimitedEncoder, renderCsvHeader, renderTsvHeader } from './delimited.js';
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
 * to size its columns, so it collects them and renders at the end. Delimited
 * rows come as UTF-8 bytes (see delimited.ts), everything else as text.
 */
export interface Renderer {
  begin(): string;
  rows(records: readonly OutputRecord[]): string | Uint8Array;
  /** Where a format encodes batches itself: the same as `rows(batchRecords(batch))`. */
  batch?: (batch: RecordBatch) => string | Uint8Array;
  /** Told that a chunk `batch` returned has been written, so its memory can be reused. */
  release?: (chunk: Uint8Array) => void;
  end(): string;
}

/** Renders a batch with the renderer's batch encoder, or else as records. */
export function renderBatch(renderer: Renderer, batch: RecordBatch): string | Uint8Array {
  return renderer.batch ? renderer.batch(batch) : renderer.rows(batchRecords(batch));
}

function batchEncoding(encoder: BatchEncoder): Pick<Renderer, 'batch' | 'release'> {
  return { batch: encoder.encode, release: encoder.release };
}

export function createRenderer(columns: readonly Column[], options: RenderOptions): Renderer {
  switch (options.format) {
    case 'tsv':
      return {
        begin: () => (options.header ? renderTsvHeader(columns) : ''),
        rows: delimitedEncoder(columns, 'tsv'),
        ...batchEncoding(delimitedBatchEncoder(columns, 'tsv')),
        end: () => '',
      };
    case 'csv':
      return {
        begin: () => (options.header ? renderCsvHeader(columns) : ''),
        rows: delimitedEncoder(columns, 'csv'),
        ...batchEncoding(delimitedBatchEncoder(columns, 'csv')),
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
  const rows = renderer.rows(records);
  return renderer.begin() + (typeof rows === 'string' ? rows : new TextDecoder().decode(rows)) + renderer.end();
}
