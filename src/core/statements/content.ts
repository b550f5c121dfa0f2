// The span of what was said: after the cue (without the framing `that`, an
// addressee, or a colon), or before it (`X, Wang said.`), or a quotation —
// which may run over several sentences, or be split by its cue
// (`"A," he said, "B."`).

import type { Quote } from './quotes.js';

export interface Content {
  start: number;
  end: number;
  text: string;
  direct: boolean;
  /** One word that is the whole content (`he said that multiple times`). */
  single?: boolean;
}

// Framing characters trimmed from the ends of a content span. Trimming is done
// with character loops: a `[…]+$`-anchored regex is retried at every offset
// of a long run (a quote padded with spaces), which is quadratic.
const TRAILING_CHARS = new Set([...'.,;:!?\u201d"\u2014\u2013-']);
const LEADING_CHARS = new Set([...',:;\u2014\u2013-']);
const SEPARATOR_CHARS = new Set([...',;']);
const DANGLING = ['and', 'while', 'but', 'or', 'as well as', 'whereas', 'so', 'then'];
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** The end after removing trailing conjunctions, each after spaces or commas (`…, and`). */
function trimDangling(text: string, s: number, e: number): number {
  for (;;) {
    let cut = -1;
    for (const word of DANGLING) {
      const at = e - word.length;
      if (at <= s || text.slice(at, e).toLowerCase() !== word) continue;
      let before = at;
      while (before > s && (isSpace(text[before - 1]) || SEPARATOR_CHARS.has(text[before - 1] ?? ''))) before--;
      if (before < at) {
        cut = before;
        break;
      }
    }
    if (cut < 0) return e;
    e = cut;
  }
}

/** Trims framing punctuation and a dangling conjunction from [start, end). */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  for (let round = 0; round < 3; round++) {
    while (s < e && (isSpace(text[s]) || LEADING_CHARS.has(text[s] ?? ''))) s++;
    e = trimDangling(text, s, e);
    while (e > s && (isSpace(text[e - 1]) || TRAILING_CHARS.has(text[e - 1] ?? ''))) e--;
  }
  if (/^that\s/i.test(text.slice(s, e))) {
    s += 4;
    while (s < e && /\s/.test(text[s]!)) s++;
  }
  return [s, Math.max(s, e)];
}

export function span(text: string, start: number, end: number, direct = false): Content {
  const [s, e] = trimSpan(text, start, end);
  return { start: s, end: e, text: text.slice(s, e), direct };
}

/** The quote whose opening mark is at `offset` (quotes are sorted and disjoint). */
export function quoteOpeningAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  const q = quotes[lastOpenAtOrBefore(quotes, offset)];
  return q && q.open === offset ? q : undefined;
}

/** The quote whose closing mark is at `offset`. */
export function quoteClosingAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  const q = quotes[lastOpenAtOrBefore(quotes, offset)];
  return q && q.close === offset ? q : undefined;
}

export function lastOpenAtOrBefore(quotes: readonly Quote[], offset: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

export function quoteContent(text: string, q: Quote): Content {
  return span(text, q.open + 1, q.close, true);
}

/** Joins the two halves of a quote split by its cue. */
export function joinQuotes(a: Content, b: Content): Content {
  return { start: a.start, end: b.end, text: `${a.text} ${b.text}`, direct: true };
}

/** True when the offset lies inside a quotation. */
export function insideQuote(quotes: readonly Quote[], offset: number): boolean {
  const q = quotes[lastOpenAtOrBefore(quotes, offset)];
  return q !== undefined && offset > q.open && offset < q.close;
}
