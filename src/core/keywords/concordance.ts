import type { Span, Token } from '../types.js';

// Concordance (keyword in context) lines: each match with the text on either
// side, as AntConc and Voyant show them. Context runs across sentences but
// never outside the document body; white space is folded to single spaces so
// each line stays one line.

export interface ConcordanceLine {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
}

export interface ConcordanceOptions {
  /** Characters of context on each side (cut at a word boundary, `…` marks the cut). */
  width: number;
}

/** Finds the match spans in one document, in text order. */
export type SpanFinder = (text: string, bodyStart: number, tokens: readonly Token[]) => Span[];

const ELLIPSIS = '\u2026';

function fold(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The `width` characters before `end`, cut after a space where possible. */
export function leftContext(text: string, from: number, end: number, width: number): string {
  // Read a little more than the width, since folding white space shortens it.
  const start = Math.max(from, end - width * 2 - 16);
  let left = fold(text.slice(start, end)).replace(/^ /, start === from ? '' : ' ');
  if (start === from && left.length <= width) return left.trimStart();
  if (left.length <= width) return ELLIPSIS + left.trimStart();
  const cut = left.length - width;
  const whole = left[cut - 1] === ' ';
  left = left.slice(cut);
  // A word cut in two is dropped; one that starts right at the cut is kept.
  if (!whole) {
    const space = left.indexOf(' ');
    if (space >= 0 && space < left.length - 1) left = left.slice(space + 1);
  }
  return ELLIPSIS + left;
}

/** The `width` characters after `start`, cut before a space where possible. */
export function rightContext(text: string, start: number, to: number, width: number): string {
  const end = Math.min(to, start + width * 2 + 16);
  let right = fold(text.slice(start, end));
  if (end === to && right.length <= width) return right.trimEnd();
  if (right.length <= width) return right.trimEnd() + ELLIPSIS;
  const whole = right[width] === ' ';
  right = right.slice(0, width);
  if (!whole) {
    const space = right.lastIndexOf(' ');
    if (space > 0) right = right.slice(0, space);
  }
  return right + ELLIPSIS;
}

/** The sentence index of the token at or after an offset (tokens sorted by start). */
function sentenceAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[Math.min(lo, tokens.length - 1)]?.sentence ?? 0;
}

/** Concordance lines of one document for the spans found in it. */
export function concordanceLines(
  doc: { id: string; text: string; bodyStart: number },
  tokens: readonly Token[],
  spans: readonly Span[],
  options: ConcordanceOptions,
): ConcordanceLine[] {
  const { text, bodyStart } = doc;
  return spans.map((span) => ({
    doc: doc.id,
    sentence: sentenceAt(tokens, span.start),
    start: span.start,
    end: span.end,
    left: leftContext(text, bodyStart, span.start, options.width),
    match: fold(text.slice(span.start, span.end)),
    right: rightContext(text, span.end, text.length, options.width),
  }));
}

/**
 * A glob (`sanction*`, `*lateral*`) as a linear matcher: the text before the
 * first `*` must start the word, the text after the last must end it, and the
 * pieces between are found in order with indexOf. A regex with `.*` per star
 * backtracks quadratically or worse on a long token (`a*a*a*b`).
 */
export function globMatcher(glob: string, caseSensitive: boolean): (surface: string) => boolean {
  const fold = (s: string): string => (caseSensitive ? s : s.toLowerCase());
  const pieces = fold(glob).split('*');
  const head = pieces[0] ?? '';
  const tail = pieces.length > 1 ? (pieces[pieces.length - 1] ?? '') : '';
  const middle = pieces.slice(1, -1).filter((p) => p.length > 0);
  return (surface) => {
    const word = fold(surface);
    if (pieces.length === 1) return word === head;
    if (word.length < head.length + tail.length || !word.startsWith(head) || !word.endsWith(tail)) return false;
    let at = head.length;
    const limit = word.length - tail.length;
    for (const piece of middle) {
      const found = word.indexOf(piece, at);
      if (found < 0 || found + piece.length > limit) return false;
      at = found + piece.length;
    }
    return true;
  };
}

/**
 * Matches a word or a phrase (`multilateralism`, `human rights`, `sanction*`)
 * as whole tokens, case-insensitive unless asked. A single word also matches
 * a part of a hyphenated compound (`Russia` in `China-Russia`).
 */
export function termFinder(term: string, caseSensitive = false): SpanFinder {
  const words = term.trim().split(/\s+/).filter((w) => w.length > 0);
  const tests = words.map((word) => {
    if (word.includes('*')) {
      return globMatcher(word, caseSensitive);
    }
    const lower = word.toLowerCase();
    return caseSensitive ? (surface: string) => surface === word : (surface: string) => surface.toLowerCase() === lower;
  });
  return (text, _bodyStart, tokens) => {
    const spans: Span[] = [];
    if (tests.length === 0) return spans;
    const first = tests[0];
    if (!first) return spans;
    if (tests.length === 1) {
      for (const token of tokens) {
        if (token.kind !== 'word' && token.kind !== 'number') continue;
        if (first(token.text)) spans.push({ start: token.start, end: token.end });
        else if (token.parts) {
          for (const part of token.parts) if (first(text.slice(part.start, part.end))) spans.push({ start: part.start, end: part.end });
        }
      }
      return spans;
    }
    for (let i = 0; i + tests.length <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < tests.length && ok; k++) {
        const token = tokens[i + k];
        const test = tests[k];
        ok = token !== undefined && test !== undefined && token.sentence === tokens[i]?.sentence && test(token.text);
      }
      const last = tokens[i + tests.length - 1];
      const head = tokens[i];
      if (ok && head && last) spans.push({ start: head.start, end: last.end });
    }
    return spans;
  };
}

/** Matches a regular expression over the document body (non-empty matches only). */
export function regexFinder(pattern: RegExp): SpanFinder {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return (text, bodyStart) => {
    const regex = new RegExp(pattern.source, flags);
    regex.lastIndex = bodyStart;
    const spans: Span[] = [];
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
    return spans;
  };
}

/** Sort key for `--sort left`: the words of the left context from the match outwards. */
export function leftSortKey(line: ConcordanceLine): string {
  return line.left.replace(ELLIPSIS, '').toLowerCase().split(/\s+/).filter((w) => w.length > 0).reverse().join(' ');
}

/** Sort key for `--sort right`: the right context as read. */
export function rightSortKey(line: ConcordanceLine): string {
  return line.right.replace(ELLIPSIS, '').toLowerCase().trim();
}

/** Total, locale-free order of concordance lines by a key, then by document order. */
export function sortConcordance(lines: ConcordanceLine[], by: 'left' | 'right'): ConcordanceLine[] {
  const key = by === 'left' ? leftSortKey : rightSortKey;
  const keyed = lines.map((line, index) => ({ line, index, key: key(line) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  return keyed.map((k) => k.line);
}
