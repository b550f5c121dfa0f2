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

  /**
   * A string as UTF-8, escaped for the dialect. Lone surrogates become U+FFFD,
   * as Node's own encoder writes them, so output is the same as for a string.
   */
  text(text: string, dialect: Dialect): void {
    const quoted = dialect === 'csv' && needsCsvQuotes(text);
    // Worst case: every code unit 3 bytes (or escaped to 2, quoted to 2), plus the quotes.
    this.reserve(text.length * 3 + 2);
    const bytes = this.bytes;
    let p = this.length;
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
    this.length = p;
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
