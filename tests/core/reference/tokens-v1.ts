// A frozen copy of src/core/text/tokens.ts
// as of commit 043e300 (before the columnar tokenizer), kept only as the
// reference the differential tests compare the current code with.
import type { Sentence, Span, Token, TokenKind } from '../../../src/core/types.js';
import {
  AMBIGUOUS_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from '../../../src/core/lexicon/abbreviations.js';
import { CharClass, charClass, isAlnum, isDigit, isLetter, isSpace, isUpper } from '../../../src/core/text/chars.js';

// A hand-written scanner over UTF-16 code units (DESIGN.md: a /\p{L}/u regex
// tokenizer is 3–4× slower on two-byte strings). ASCII is decided by
// comparisons; other code units go through the cached table in chars.ts.

const ABBREVIATIONS = new Set<string>([...TITLE_ABBREVIATIONS, ...NUMBER_ABBREVIATIONS, ...AMBIGUOUS_ABBREVIATIONS]);

const DOT = 46;
const HYPHEN = 45;
const COMMA = 44;
const APOS = 39;
const RSQUO = 0x2019;

const astralCache = new Map<number, boolean>();
const RE_ASTRAL_WORD = /^[\p{L}\p{M}\p{N}]$/u;

/** Length (0, 1 or 2 code units) of the word character at q. */
function wordCharLength(text: string, q: number, end: number): number {
  const c = text.charCodeAt(q);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && q + 1 < end) {
    const d = text.charCodeAt(q + 1);
    if (d < 0xdc00 || d > 0xdfff) return 0;
    const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    let ok = astralCache.get(cp);
    if (ok === undefined) {
      ok = RE_ASTRAL_WORD.test(String.fromCodePoint(cp));
      astralCache.set(cp, ok);
    }
    return ok ? 2 : 0;
  }
  return isAlnum(c) ? 1 : 0;
}

function isApostrophe(c: number): boolean {
  return c === APOS || c === RSQUO;
}

function isHyphen(c: number): boolean {
  return c === HYPHEN || c === 0x2010 || c === 0x2011;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Length of a clitic at q (`'s`, `’re`, `n't`), or 0. Needs a non-letter after it. */
function cliticLength(text: string, q: number, end: number): number {
  let p = q;
  if ((text.charCodeAt(p) | 32) === 110 /* n */ && p + 2 < end && isApostrophe(text.charCodeAt(p + 1))) {
    if ((text.charCodeAt(p + 2) | 32) !== 116 /* t */) return 0;
    p += 3;
    return p >= end || !isLetter(text.charCodeAt(p)) ? 3 : 0;
  }
  if (!isApostrophe(text.charCodeAt(p))) return 0;
  p++;
  const a = p < end ? text.charCodeAt(p) | 32 : 0;
  if (a === 115 || a === 100 || a === 109) p += 1; // 's 'd 'm
  else if (p + 1 < end) {
    const b = text.charCodeAt(p + 1) | 32;
    if ((a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108)) p += 2; // 're 've 'll
    else return 0;
  } else return 0;
  return p >= end || !isLetter(text.charCodeAt(p)) ? p - q : 0;
}

/** Length of a dotted abbreviation segment at q: 1–3 letters then a dot. */
function dottedSegment(text: string, q: number, end: number): number {
  let p = q;
  while (p < end && p - q < 4 && isAsciiLetter(text.charCodeAt(p))) p++;
  const n = p - q;
  return n >= 1 && n <= 3 && p < end && text.charCodeAt(p) === DOT ? n : 0;
}

/** Whether text[q..end) holds only white space (so a dot at q-1 ends the range). */
function onlySpaceAfter(text: string, q: number, end: number): boolean {
  for (let p = q; p < end; p++) if (!isSpace(text.charCodeAt(p))) return false;
  return true;
}

function scanInto(out: Token[], text: string, start: number, end: number, sentence: number): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c <= 32 || (c >= 128 && isSpace(c))) {
      i++;
      continue;
    }

    // Fast path: an ASCII letter or digit (other than `n`, see below) starts a word.
    if ((c >= 97 && c <= 122 && c !== 110) || (c >= 65 && c <= 90 && c !== 78) || (c >= 48 && c <= 57)) {
      i = scanWord(out, text, i, end, sentence);
      continue;
    }

    // Clitics split off the word before them: `Müller` + `'s`, `do` + `n't`.
    if (i > start && (isApostrophe(c) || c === 110 || c === 78) &&
        (wordCharLength(text, i - 1, end) > 0 || (text.charCodeAt(i - 1) === DOT && i - 2 >= start && isLetter(text.charCodeAt(i - 2))))) {
      const n = cliticLength(text, i, end);
      if (n > 0) {
        out.push({ start: i, end: i + n, text: text.slice(i, i + n), kind: 'word', sentence });
        i += n;
        continue;
      }
    }

    const first = wordCharLength(text, i, end);
    if (first > 0) {
      i = scanWord(out, text, i, end, sentence);
      continue;
    }

    // Punctuation and symbols: one per character, except runs of dots or
    // hyphens (`...`, `--`) and astral symbols (emoji), kept whole.
    let j = i + 1;
    if (c === DOT || c === HYPHEN) while (j < end && text.charCodeAt(j) === c) j++;
    else if (c >= 0xd800 && c <= 0xdbff && j < end) {
      const d = text.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    const kind: TokenKind = c >= 0xd800 && c <= 0xdfff ? 'symbol' : charClass(c) === CharClass.Symbol ? 'symbol' : 'punct';
    out.push({ start: i, end: j, text: text.slice(i, j), kind, sentence });
    i = j;
  }
}

/** Scans one word or number token starting at i; returns where it ends. */
function scanWord(out: Token[], text: string, i: number, end: number, sentence: number): number {
  const c0 = text.charCodeAt(i);
  const numeric = c0 < 128 ? isDigit(c0) : charClass(c0) === CharClass.Digit;
  let q = i;
  let partStart = i;
  let segStart = i;
  let parts: Span[] | null = null;
  let dotted = false;
  for (;;) {
    while (q < end) {
      const ch = text.charCodeAt(q);
      if (ch < 128) {
        // ASCII fast path: letters and digits, stopping before a `n't` clitic.
        if ((ch | 32) === 110) {
          if (q > i && q + 1 < end && isApostrophe(text.charCodeAt(q + 1)) && cliticLength(text, q, end) === 3) break;
        } else if (!((ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57))) break;
        q++;
        continue;
      }
      const n = wordCharLength(text, q, end);
      if (n === 0) break;
      q += n;
    }
    if (q >= end) break;
    const d = text.charCodeAt(q);
    if (d === 32) break; // the usual case: a space ends the word
    const prev = text.charCodeAt(q - 1);

    if (d === DOT) {
      const after = q + 1 < end ? text.charCodeAt(q + 1) : 0;
      // Decimals: `3.5`, `1.25`.
      if (isDigit(prev) && isDigit(after) && isDigit(text.charCodeAt(partStart))) {
        q++;
        continue;
      }
      // Dotted abbreviations: `U.S.`, `e.g.`, `a.m.`, `Ph.D.`, final dot included.
      const segLen = q - segStart;
      if (!numeric && (dotted || (segLen <= 3 && dottedSegment(text, segStart, end) === segLen))) {
        const next = dottedSegment(text, q + 1, end);
        if (next > 0) {
          dotted = true;
          q += 1;
          segStart = q;
          q += next;
          continue;
        }
        if (dotted) {
          q++;
          // `U.S.-Japan`: the abbreviation is the first part of a compound.
          if (q + 1 < end && isHyphen(text.charCodeAt(q)) && wordCharLength(text, q + 1, end) > 0) {
            parts ??= [];
            parts.push({ start: partStart, end: q });
            q++;
            partStart = segStart = q;
            dotted = false;
            continue;
          }
          break;
        }
      }
      // One-word abbreviations and initials (`Mr.`, `Jan.`, `Jr.`, `R.`) keep
      // their dot, unless the dot ends the range: then it is the full stop.
      if (parts === null && !onlySpaceAfter(text, q + 1, end)) {
        const len = q - i;
        if ((len === 1 && isUpper(text.charCodeAt(i))) || (len <= 6 && ABBREVIATIONS.has(text.slice(i, q).toLowerCase()))) {
          q++;
        }
      }
      break;
    }

    // Hyphenated compounds: `China-Russia`, `COVID-19`, `Good-neighborliness`.
    if (isHyphen(d) && q + 1 < end && wordCharLength(text, q + 1, end) > 0) {
      parts ??= [];
      parts.push({ start: partStart, end: q });
      q++;
      partStart = segStart = q;
      dotted = false;
      continue;
    }

    // Thousands separators: `1,000`, `1,000,000`.
    if (d === COMMA && numeric && isDigit(prev) && q + 3 < end && isDigit(text.charCodeAt(q + 1)) &&
        isDigit(text.charCodeAt(q + 2)) && isDigit(text.charCodeAt(q + 3)) &&
        (q + 4 >= end || !isDigit(text.charCodeAt(q + 4)))) {
      q += 4;
      continue;
    }

    // Apostrophes inside names (`O'Brien`, `d'Ivoire`) but not clitics (`'s`).
    if (isApostrophe(d) && q + 1 < end && isLetter(text.charCodeAt(q + 1)) && cliticLength(text, q, end) === 0) {
      q += 2;
      continue;
    }
    break;
  }
  if (parts !== null) parts.push({ start: partStart, end: q });
  const kind: TokenKind = numeric ? 'number' : 'word';
  if (parts === null) out.push({ start: i, end: q, text: text.slice(i, q), kind, sentence });
  else out.push({ start: i, end: q, text: text.slice(i, q), kind, sentence, parts });
  return q;
}

/** Tokens of text[start, end), all tagged with `sentence`. */
export function tokenize(text: string, start: number, end: number, sentence: number): Token[] {
  const out: Token[] = [];
  scanInto(out, text, Math.max(0, start), Math.min(end, text.length), sentence);
  return out;
}

/** Tokens of every sentence, in order. */
export function tokenizeSentences(text: string, sentences: Sentence[]): Token[] {
  const out: Token[] = [];
  for (const s of sentences) scanInto(out, text, s.start, Math.min(s.end, text.length), s.index);
  return out;
}
