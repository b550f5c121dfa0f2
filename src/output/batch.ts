import type { CellValue, OutputRecord } from './columns.js';

// Records in columns. `statements tokens` prints one record per token, and
// building an object per token only for the encoder to take it apart again
// cost more than finding the tokens (profiled on the White House corpus: row
// objects and their keyed loads were 45% of the run). A batch holds the same
// records as typed arrays and spans of the document text; the delimited
// encoder writes bytes straight from it, other formats get the records back
// through `batchRecords`, so every format prints what it printed before.

/** One field of every record in a batch. */
export type BatchColumn =
  /** The same value in every record (the document id). */
  | { type: 'constant'; value: CellValue }
  /** Non-negative integers. */
  | { type: 'integers'; values: Int32Array }
  /** Substrings source.slice(starts[i], ends[i]), lower-cased when `lowerCase`. */
  | { type: 'spans'; source: string; starts: Int32Array; ends: Int32Array; lowerCase: boolean }
  /** One of a few strings, by index. */
  | { type: 'choices'; codes: Uint8Array; choices: readonly string[] }
  | { type: 'strings'; values: readonly string[] };

export interface BatchField {
  key: string;
  column: BatchColumn;
}

/** `length` records whose fields, in key order, are `fields`. */
export interface RecordBatch {
  length: number;
  fields: readonly BatchField[];
}

/** The value of one field of record `row`. */
export function batchCell(column: BatchColumn, row: number): CellValue {
  switch (column.type) {
    case 'constant':
      return column.value;
    case 'integers':
      return column.values[row]!;
    case 'spans': {
      const text = column.source.slice(column.starts[row], column.ends[row]);
      return column.lowerCase ? text.toLowerCase() : text;
    }
    case 'choices':
      return column.choices[column.codes[row]!]!;
    case 'strings':
      return column.values[row]!;
  }
}

/** The records of a batch as objects, keys in field order. */
export function batchRecords(batch: RecordBatch): OutputRecord[] {
  const records: OutputRecord[] = [];
  for (let row = 0; row < batch.length; row++) {
    const record: Record<string, CellValue> = {};
    for (const { key, column } of batch.fields) record[key] = batchCell(column, row);
    records.push(record);
  }
  return records;
}

/** The first `length` records of a batch. */
export function sliceBatch(batch: RecordBatch, length: number): RecordBatch {
  if (length >= batch.length) return batch;
  const fields = batch.fields.map(({ key, column }): BatchField => {
    switch (column.type) {
      case 'constant':
        return { key, column };
      case 'integers':
        return { key, column: { type: 'integers', values: column.values.subarray(0, length) } };
      case 'spans':
        return { key, column: { ...column, starts: column.starts.subarray(0, length), ends: column.ends.subarray(0, length) } };
      case 'choices':
        return { key, column: { ...column, codes: column.codes.subarray(0, length) } };
      case 'strings':
        return { key, column: { type: 'strings', values: column.values.slice(0, length) } };
    }
  });
  return { length, fields };
}

/**
 * The batch with constant fields added to every record, as `{...record,
 * ...extra}` would: an existing key keeps its place and takes the new value.
 */
export function withConstantFields(batch: RecordBatch, extra: Readonly<Record<string, string>>): RecordBatch {
  const fields = batch.fields.map((field) => (Object.hasOwn(extra, field.key) ? { key: field.key, column: { type: 'constant', value: extra[field.key]! } as const } : field));
  for (const [key, value] of Object.entries(extra)) {
    if (!batch.fields.some((f) => f.key === key)) fields.push({ key, column: { type: 'constant', value } });
  }
  return { length: batch.length, fields };
}
