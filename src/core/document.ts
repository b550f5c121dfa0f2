import type { Document } from './types.js';

// The header line of SPEC.md: `date 2020-12-23 China-Russia Photo: VCG`, with
// leading white space allowed, followed by a blank line. Anything else is body.
const HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2}|\d{4}|unknown)(?=[ \t]|\r?\n|$)([^\r\n]*)(\r?\n|$)/;
const BLANK_LINE = /^[ \t]*(\r?\n|$)/;

export interface DocumentInput {
  id: string;
  text: string;
  /** A date given outside the text (a JSON line's `date`); the header wins over it. */
  date?: string | null;
  title?: string | null;
}

/** Drops a leading byte-order mark; offsets then index the text without it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Normalises a date given as metadata to `YYYY-MM-DD`, `YYYY`, or null. */
export function normaliseDate(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const s = String(value).trim();
  const full = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (full) return `${full[1]}-${full[2]}-${full[3]}`;
  if (/^\d{4}$/.test(s)) return s;
  return null;
}

/** Reads the header line (if any) and returns the document with its body offset. */
export function parseDocument(input: DocumentInput): Document {
  const text = stripBom(input.text);
  const header = HEADER.exec(text);
  let bodyStart = 0;
  let date = normaliseDate(input.date ?? null);
  let tags: string[] = [];
  if (header) {
    const afterHeader = header[0].length;
    const blank = BLANK_LINE.exec(text.slice(afterHeader));
    bodyStart = afterHeader + (blank ? blank[0].length : 0);
    const headerDate = header[1] ?? 'unknown';
    date = headerDate === 'unknown' ? date : headerDate;
    tags = (header[2] ?? '').trim().split(/\s+/).filter((t) => t.length > 0);
  }
  return { id: input.id, text, bodyStart, date, tags, title: input.title ?? null };
}
