import type { RecordBatch } from './batch.js';
import { CodeUnits } from '../core/strings.js';
import { cellText, type CellValue, type Column, type OutputRecord } from './columns.js';

// TSV: one record a line, fields separated by tabs. A tab, newline, carriage
// return or backslash inside a field would break `cut`/`awk`/pandas parsing,
// so they are escaped as \t, \n, \r and \\ (the convention of PostgreSQL COPY
// and of `jq @tsv`).
//
// CSV per RFC 4180: a field with a comma, quote, CR or LF is quoted, and quotes
// inside are doubled. Lines end with CRLF as the RFC says; every CSV reader
// (pandas, R, Excel) accepts it.
//
// Rows are encoded straight to UTF-8 bytes. `statements tokens` writes a row
// per word, about 30 bytes of output per byte of input; building that as
// strings made ropes of millions of pieces that the stream then flattened and
// encoded, and that took five sixths of the command's time (profiled on the
// White House corpus: 2.7 MB/s as strings, 6.4 MB/s as bytes).

const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;
const BACKSLASH = 92;

export function escapeTsvField(text: string): string {
  if (!needsTsvEscape(text)) return text;
  return text.replace(/[\t\n\r\\]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\\\'));
}

export function escapeCsvField(text: string): string {
  return needsCsvQuotes(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function needsTsvEscape(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === TAB || c === LF || c === CR || c === BACKSLASH) return true;
  }
  return false;
}

function needsCsvQuotes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === COMMA || c === LF || c === CR) return true;
  }
  return false;
}

export function renderTsvHeader(columns: readonly Column[]): string {
  return columns.map((c) => escapeTsvField(c.key)).join('\t') + '\n';
}

export function renderCsvHeader(columns: readonly Column[]): string {
  return columns.map((c) => escapeCsvField(c.key)).join(',') + '\r\n';
}

type Dialect = 'tsv' | 'csv';

/**
 * A string as UTF-8 at p, escaped for the dialect; returns the end. Needs
 * room for 3 bytes a code unit and 2 more. Lone surrogates become U+FFFD, as
 * Node's own encoder writes them, so output is the same as for a string.
 */
function writeText(bytes: Uint8Array, start: number, text: string, dialect: Dialect): number {
  const quoted = dialect === 'csv' && needsCsvQuotes(text);
  let p = start;
  if (quoted) bytes[p++] = QUOTE;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (dialect === 'tsv' && (c === TAB || c === LF || c === CR || c === BACKSLASH)) {
        bytes[p++] = BACKSLASH;
        bytes[p++] = c === TAB ? 116 : c === LF ? 110 : c === CR ? 114 : BACKSLASH;
      } else {
        if (quoted && c === QUOTE) bytes[p++] = QUOTE;
        bytes[p++] = c;
      }
    } else if (c < 0x800) {
      bytes[p++] = 0xc0 | (c >> 6);
      bytes[p++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        bytes[p++] = 0xf0 | (cp >> 18);
        bytes[p++] = 0x80 | ((cp >> 12) & 0x3f);
        bytes[p++] = 0x80 | ((cp >> 6) & 0x3f);
        bytes[p++] = 0x80 | (cp & 0x3f);
        i++;
      } else {
        bytes[p++] = 0xef;
        bytes[p++] = 0xbf;
        bytes[p++] = 0xbd;
      }
    } else {
      bytes[p++] = 0xe0 | (c >> 12);
      bytes[p++] = 0x80 | ((c >> 6) & 0x3f);
      bytes[p++] = 0x80 | (c & 0x3f);
    }
  }
  if (quoted) bytes[p++] = QUOTE;
  return p;
}

/** A growable byte buffer that rows are encoded into. */
class ByteBuffer {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Makes room for `more` bytes. */
  reserve(more: number): void {
    const needed = this.length + more;
    if (needed <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** A non-negative integer in decimal, without a string in between. */
  integer(value: number): void {
    this.reserve(16);
    const bytes = this.bytes;
    let digits = 1;
    for (let n = value; n >= 10; n = Math.floor(n / 10)) digits++;
    let p = this.length + digits;
    this.length = p;
    let n = value;
    do {
      bytes[--p] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }

  /** A string as UTF-8, escaped for the dialect (see writeText). */
  text(text: string, dialect: Dialect): void {
    // Worst case: every code unit 3 bytes (or escaped to 2, quoted to 2), plus the quotes.
    this.reserve(text.length * 3 + 2);
    this.length = writeText(this.bytes, this.length, text, dialect);
  }

  copy(source: Uint8Array): void {
    this.reserve(source.length);
    this.bytes.set(source, this.length);
    this.length += source.length;
  }

  byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }
}

// Long cells that repeat row after row (the document id on every token and
// mention) are encoded once and copied.
const REPEAT_MIN_LENGTH = 16;

/** Encodes records as delimited rows; one reusable buffer per renderer. */
export function delimitedEncoder(columns: readonly Column[], dialect: Dialect): (records: readonly OutputRecord[]) => Uint8Array {
  const keys = columns.map((c) => c.key);
  const separator = dialect === 'tsv' ? TAB : COMMA;
  const buffer = new ByteBuffer(1 << 16);
  const lastValue: (CellValue | undefined)[] = keys.map(() => undefined);
  const lastBytes: Uint8Array[] = keys.map(() => new Uint8Array(0));
  return (records) => {
    buffer.length = 0;
    for (const record of records) {
      for (let k = 0; k < keys.length; k++) {
        if (k > 0) buffer.byte(separator);
        const value = record[keys[k]!];
        if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
          buffer.integer(value);
        } else if (value === lastValue[k] && value !== undefined) {
          buffer.copy(lastBytes[k]!);
        } else {
          const text = typeof value === 'string' ? value : cellText(value);
          const from = buffer.length;
          buffer.text(text, dialect);
          if (text.length >= REPEAT_MIN_LENGTH) {
            lastValue[k] = value;
            lastBytes[k] = buffer.bytes.slice(from, buffer.length);
          }
        }
      }
      if (dialect === 'csv') buffer.byte(CR);
      buffer.byte(LF);
    }
    // A copy: the buffer is reused for the next batch while this one is written.
    const out = buffer.bytes.slice(0, buffer.length);
    // A huge batch (one 100 MB line) should not pin its buffer for the rest of the run.
    if (buffer.bytes.length > 1 << 24) buffer.bytes = new Uint8Array(1 << 16);
    return out;
  };
}

// Cell kinds of the batch encoder's plan, one per output column.
const CELL_BYTES = 0;
const CELL_INTEGERS = 1;
const CELL_SPANS = 2;
const CELL_CHOICES = 3;
const CELL_STRINGS = 4;

/** Bytes of one cell as the record encoder writes it. */
function cellBytes(value: CellValue | undefined, dialect: Dialect): Uint8Array {
  const buffer = new ByteBuffer(64);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) buffer.integer(value);
  else buffer.text(typeof value === 'string' ? value : cellText(value), dialect);
  return buffer.bytes.slice(0, buffer.length);
}

/** ASCII code units a cell can hold unchanged: 1 where no escaping or quoting is needed. */
function plainAscii(special: readonly number[]): Uint8Array {
  const table = new Uint8Array(128).fill(1);
  for (let c = 0; c < 32; c++) table[c] = 0;
  for (const c of special) table[c] = 0;
  return table;
}
const PLAIN_TSV = plainAscii([BACKSLASH]);
const PLAIN_CSV = plainAscii([QUOTE, COMMA]);

/** `00` to `99` as pairs of ASCII digits: half the divisions of one digit at a time. */
const DIGIT_PAIRS = new Uint8Array(200);
for (let n = 0; n < 100; n++) {
  DIGIT_PAIRS[2 * n] = 48 + Math.floor(n / 10);
  DIGIT_PAIRS[2 * n + 1] = 48 + (n % 10);
}

/** Digits of a non-negative int32 written at p; returns the end. */
function writeInteger(bytes: Uint8Array, p: number, value: number): number {
  if (value < 10) {
    bytes[p] = 48 + value;
    return p + 1;
  }
  const digits = value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : value < 100000 ? 5 : value < 1000000 ? 6 : value < 10000000 ? 7 : value < 100000000 ? 8 : value < 1000000000 ? 9 : 10;
  let q = p + digits;
  let n = value;
  while (n >= 100) {
    const pair = 2 * (n % 100);
    n = (n / 100) | 0;
    bytes[--q] = DIGIT_PAIRS[pair + 1]!;
    bytes[--q] = DIGIT_PAIRS[pair]!;
  }
  if (n >= 10) {
    bytes[--q] = DIGIT_PAIRS[2 * n + 1]!;
    bytes[--q] = DIGIT_PAIRS[2 * n]!;
  } else bytes[--q] = 48 + n;
  return p + digits;
}

/**
 * source[start, end) as UTF-8 at p, lower-cased when `lower`; returns the
 * end, or -1 for a span this fast path leaves to writeText (a code unit to
 * escape or quote, a surrogate, or non-ASCII to lower-case), having written
 * nothing that counts.
 */
function writeSpan(bytes: Uint8Array, p: number, source: Uint16Array, start: number, end: number, lower: boolean, plain: Uint8Array): number {
  for (let i = start; i < end; i++) {
    let c = source[i]!;
    if (c < 0x80) {
      if (plain[c] === 0) return -1;
      if (lower && c >= 65 && c <= 90) c += 32;
      bytes[p++] = c;
    } else if (lower) return -1;
    else if (c < 0x800) {
      bytes[p++] = 0xc0 | (c >> 6);
      bytes[p++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdfff) return -1;
    else {
      bytes[p++] = 0xe0 | (c >> 12);
      bytes[p++] = 0x80 | ((c >> 6) & 0x3f);
      bytes[p++] = 0x80 | (c & 0x3f);
    }
  }
  return p;
}

/** A batch encoder, and where its caller hands back chunks once they are written. */
export interface BatchEncoder {
  encode(batch: RecordBatch): Uint8Array;
  /** `chunk` (returned by `encode`) is written: its memory may be reused. */
  release(chunk: Uint8Array): void;
}

// Chunks come from a few buffers that go round: the writer hands each back
// once the stream has written it. Fresh memory for every batch (a copy out of
// one scratch buffer, as before) cost a page fault per 4 KB of output: 274 MB
// of TSV for the White House 10 MB, about 100 ms of CPU. A buffer larger than
// this is not kept (one huge line should not pin its memory for the run).
const KEEP_BUFFER_BYTES = 1 << 26;
const KEEP_BUFFERS = 4;

/**
 * Encodes record batches (batch.ts) as delimited rows: the same bytes the
 * record encoder writes for `batchRecords(batch)`, without the records.
 * Constant cells (the document id) and choices (the token kind) are encoded
 * once per batch; spans of ASCII text are copied from the source text code
 * unit by code unit, anything else (non-ASCII, characters to escape or
 * quote) goes through the record encoder's path on the substring.
 */
export function delimitedBatchEncoder(columns: readonly Column[], dialect: Dialect): BatchEncoder {
  const separator = dialect === 'tsv' ? TAB : COMMA;
  const crlf = dialect === 'csv';
  const free: Uint8Array[] = [];
  const width = columns.length;
  const plain = dialect === 'tsv' ? PLAIN_TSV : PLAIN_CSV;
  // The code units of each span column's source, copied once per batch (see
  // CodeUnits): String#charCodeAt checks the string's representation per call.
  const copies: CodeUnits[] = [];
  const codeUnitsOf = (k: number, source: string): Uint16Array => {
    while (copies.length <= k) copies.push(new CodeUnits());
    return copies[k]!.of(source);
  };
  const take = (room: number): Uint8Array => {
    for (;;) {
      const buffer = free.pop();
      if (buffer === undefined) break;
      if (buffer.length >= room) return buffer;
    }
    let size = 1 << 16;
    while (size < room) size *= 2;
    return new Uint8Array(size);
  };
  const release = (chunk: Uint8Array): void => {
    if (chunk.buffer.byteLength <= KEEP_BUFFER_BYTES && free.length < KEEP_BUFFERS) free.push(new Uint8Array(chunk.buffer));
  };
  const encode = (batch: RecordBatch): Uint8Array => {
    const rows = batch.length;
    // The plan: per output column, its kind and data, in parallel arrays so
    // the row loop reads each from a monomorphic array.
    const kinds = new Int32Array(width);
    const fixedBytes: Uint8Array[] = [];
    const integers: Int32Array[] = [];
    const sources: string[] = [];
    const sourceCodes: Uint16Array[] = [];
    const starts: Int32Array[] = [];
    const ends: Int32Array[] = [];
    const lowerCase: boolean[] = [];
    const choiceBytes: Uint8Array[][] = [];
    const codes: Uint8Array[] = [];
    const strings: (readonly string[])[] = [];
    // Placeholders of the same kinds as the real values: an empty `[]` has
    // other elements than an array of Uint8Arrays or strings, and the row loop
    // compiled for one was thrown away ("wrong map") on meeting the other.
    const none32 = new Int32Array(0);
    const none8 = new Uint8Array(0);
    const none16 = new Uint16Array(0);
    const noChoices: Uint8Array[] = [none8];
    const noStrings: string[] = [''];
    // Room for every row, cells at their widest: 3 bytes a code unit and 2
    // quotes for text (lower case never lengthens a word past that: İ, the
    // one letter it turns into two, is 2 bytes and its lower case 3).
    let room = rows * (width + (crlf ? 2 : 1));
    for (let k = 0; k < width; k++) {
      const column = batch.fields.find((f) => f.key === columns[k]!.key)?.column;
      fixedBytes.push(none8);
      integers.push(none32);
      sources.push('');
      sourceCodes.push(none16);
      starts.push(none32);
      ends.push(none32);
      lowerCase.push(false);
      choiceBytes.push(noChoices);
      codes.push(none8);
      strings.push(noStrings);
      if (column === undefined || column.type === 'constant') {
        kinds[k] = CELL_BYTES;
        fixedBytes[k] = cellBytes(column?.value, dialect);
        room += rows * fixedBytes[k]!.length;
      } else if (column.type === 'integers') {
        kinds[k] = CELL_INTEGERS;
        integers[k] = column.values;
        room += rows * 11;
      } else if (column.type === 'spans') {
        kinds[k] = CELL_SPANS;
        sources[k] = column.source;
        sourceCodes[k] = codeUnitsOf(k, column.source);
        starts[k] = column.starts;
        ends[k] = column.ends;
        lowerCase[k] = column.lowerCase;
        for (let row = 0; row < rows; row++) room += 3 * (column.ends[row]! - column.starts[row]!) + 2;
      } else if (column.type === 'choices') {
        kinds[k] = CELL_CHOICES;
        // Pushed, not mapped: Array#map gives a holey array, another map again.
        const encoded: Uint8Array[] = [];
        let widest = 0;
        for (const choice of column.choices) {
          const cell = cellBytes(choice, dialect);
          encoded.push(cell);
          widest = Math.max(widest, cell.length);
        }
        choiceBytes[k] = encoded;
        codes[k] = column.codes;
        room += rows * widest;
      } else {
        kinds[k] = CELL_STRINGS;
        strings[k] = column.values;
        for (let row = 0; row < rows; row++) room += 3 * column.values[row]!.length + 2;
      }
    }

    const bytes = take(room);
    let p = 0;
    for (let row = 0; row < rows; row++) {
      for (let k = 0; k < width; k++) {
        if (k > 0) bytes[p++] = separator;
        const kind = kinds[k];
        if (kind === CELL_SPANS) {
          const start = starts[k]![row]!;
          const end = ends[k]![row]!;
          const q = writeSpan(bytes, p, sourceCodes[k]!, start, end, lowerCase[k]!, plain);
          if (q >= 0) p = q;
          else {
            const text = sources[k]!.slice(start, end);
            p = writeText(bytes, p, lowerCase[k]! ? text.toLowerCase() : text, dialect);
          }
        } else if (kind === CELL_INTEGERS) {
          const value = integers[k]![row]!;
          p = value >= 0 ? writeInteger(bytes, p, value) : writeText(bytes, p, String(value), dialect);
        } else if (kind === CELL_BYTES) {
          const cell = fixedBytes[k]!;
          if (cell.length > 16) bytes.set(cell, p);
          else for (let j = 0; j < cell.length; j++) bytes[p + j] = cell[j]!;
          p += cell.length;
        } else if (kind === CELL_CHOICES) {
          const cell = choiceBytes[k]![codes[k]![row]!]!;
          for (let j = 0; j < cell.length; j++) bytes[p + j] = cell[j]!;
          p += cell.length;
        } else {
          p = writeText(bytes, p, strings[k]![row]!, dialect);
        }
      }
      if (crlf) bytes[p++] = CR;
      bytes[p++] = LF;
    }
    return bytes.subarray(0, p);
  };
  return { encode, release };
}
