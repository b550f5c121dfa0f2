import { KIND_NUMBER, KIND_PUNCT, KIND_SYMBOL, KIND_WORD, TOKEN_KINDS, type Sentence, type Span, type Token, type TokenColumns } from '../types.js';
import {
  AMBIGUOUS_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from '../lexicon/abbreviations.js';
import { CharClass, charClass, isAlnum, isDigit, isLetter, isSpace, isUpper } from './chars.js';
import { CodeUnits } from '../strings.js';

// A hand-written scanner over UTF-16 code units (DESIGN.md: a /\p{L}/u regex
// tokenizer is 3–4× slower on two-byte strings). ASCII is decided by
// comparisons; other code units go through the cached table in chars.ts.
// The code units are read from a typed array copy of the text (CodeUnits):
// String#charCodeAt checks the string's representation on every call, and
// the scanner reads each code unit several times.

const textCodes = new CodeUnits();

const ABBREVIATIONS = new Set<string>([...TITLE_ABBREVIATIONS, ...NUMBER_ABBREVIATIONS, ...AMBIGUOUS_ABBREVIATIONS]);

const DOT = 46;
const HYPHEN = 45;
const COMMA = 44;
const APOS = 39;
const RSQUO = 0x2019;

/** ASCII code → ASCII_WORD_CHAR (a letter or digit), ASCII_N (`n`, `N`: maybe a `n't` clitic) or ASCII_OTHER. One load a character in scanWord's loop instead of range tests. */
const ASCII_OTHER = 0;
const ASCII_WORD_CHAR = 1;
const ASCII_N = 2;
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = ASCII_WORD_CHAR;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = ASCII_WORD_CHAR;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = ASCII_WORD_CHAR;
ASCII_WORD[110] = ASCII_N;
ASCII_WORD[78] = ASCII_N;

const astralCache = new Map<number, boolean>();
const RE_ASTRAL_WORD = /^[\p{L}\p{M}\p{N}]$/u;

/** Length (0, 1 or 2 code units) of the word character at q. */
function wordCharLength(codes: Uint16Array, q: number, end: number): number {
  const c = codes[q]!;
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && q + 1 < end) {
    const d = codes[q + 1]!;
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
function cliticLength(codes: Uint16Array, q: number, end: number): number {
  let p = q;
  if ((codes[p]! | 32) === 110 /* n */ && p + 2 < end && isApostrophe(codes[p + 1]!)) {
    if ((codes[p + 2]! | 32) !== 116 /* t */) return 0;
    p += 3;
    return p >= end || !isLetter(codes[p]!) ? 3 : 0;
  }
  if (!isApostrophe(codes[p]!)) return 0;
  p++;
  const a = p < end ? codes[p]! | 32 : 0;
  if (a === 115 || a === 100 || a === 109) p += 1; // 's 'd 'm
  else if (p + 1 < end) {
    const b = codes[p + 1]! | 32;
    if ((a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108)) p += 2; // 're 've 'll
    else return 0;
  } else return 0;
  return p >= end || !isLetter(codes[p]!) ? p - q : 0;
}

/** Length of a dotted abbreviation segment at q: 1–3 letters then a dot. */
function dottedSegment(codes: Uint16Array, q: number, end: number): number {
  let p = q;
  while (p < end && p - q < 4 && isAsciiLetter(codes[p]!)) p++;
  const n = p - q;
  return n >= 1 && n <= 3 && p < end && codes[p]! === DOT ? n : 0;
}

/** Whether text[q..end) holds only white space (so a dot at q-1 ends the range). */
function onlySpaceAfter(codes: Uint16Array, q: number, end: number): boolean {
  for (let p = q; p < end; p++) if (!isSpace(codes[p]!)) return false;
  return true;
}

/**
 * Tokens as they are scanned, into growing typed arrays: no object or
 * substring per token (see TokenColumns).
 */
class TokenColumnsBuilder implements TokenColumns {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  sentences: Int32Array;
  kinds: Uint8Array;
  parts = new Map<number, Span[]>();

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.sentences = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
  }

  /** Empties the columns for another text, keeping their memory. */
  reset(): void {
    this.count = 0;
    if (this.parts.size > 0) this.parts = new Map();
  }

  push(start: number, end: number, kind: number, sentence: number): void {
    const i = this.count;
    if (i === this.starts.length) this.grow();
    this.starts[i] = start;
    this.ends[i] = end;
    this.sentences[i] = sentence;
    this.kinds[i] = kind;
    this.count = i + 1;
  }

  private grow(): void {
    const capacity = this.starts.length * 2;
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    const sentences = new Int32Array(capacity);
    const kinds = new Uint8Array(capacity);
    starts.set(this.starts);
    ends.set(this.ends);
    sentences.set(this.sentences);
    kinds.set(this.kinds);
    this.starts = starts;
    this.ends = ends;
    this.sentences = sentences;
    this.kinds = kinds;
  }
}

function scanInto(out: TokenColumnsBuilder, text: string, codes: Uint16Array, start: number, end: number, sentence: number): void {
  let i = start;
  while (i < end) {
    const c = codes[i]!;
    if (c <= 32 || (c >= 128 && isSpace(c))) {
      i++;
      continue;
    }

    // Fast path: an ASCII letter or digit (other than `n`, see below) starts a word.
    if ((c >= 97 && c <= 122 && c !== 110) || (c >= 65 && c <= 90 && c !== 78) || (c >= 48 && c <= 57)) {
      i = scanWord(out, text, codes, i, end, sentence);
      continue;
    }

    // Clitics split off the word before them: `Müller` + `'s`, `do` + `n't`.
    if (i > start && (isApostrophe(c) || c === 110 || c === 78) &&
        (wordCharLength(codes, i - 1, end) > 0 || (codes[i - 1]! === DOT && i - 2 >= start && isLetter(codes[i - 2]!)))) {
      const n = cliticLength(codes, i, end);
      if (n > 0) {
        out.push(i, i + n, KIND_WORD, sentence);
        i += n;
        continue;
      }
    }

    const first = wordCharLength(codes, i, end);
    if (first > 0) {
      i = scanWord(out, text, codes, i, end, sentence);
      continue;
    }

    // Punctuation and symbols: one per character, except runs of dots or
    // hyphens (`...`, `--`) and astral symbols (emoji), kept whole.
    let j = i + 1;
    if (c === DOT || c === HYPHEN) while (j < end && codes[j]! === c) j++;
    else if (c >= 0xd800 && c <= 0xdbff && j < end) {
      const d = codes[j]!;
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    const kind = c >= 0xd800 && c <= 0xdfff ? KIND_SYMBOL : charClass(c) === CharClass.Symbol ? KIND_SYMBOL : KIND_PUNCT;
    out.push(i, j, kind, sentence);
    i = j;
  }
}

/** Scans one word or number token starting at i; returns where it ends. */
function scanWord(out: TokenColumnsBuilder, text: string, codes: Uint16Array, i: number, end: number, sentence: number): number {
  const c0 = codes[i]!;
  const numeric = c0 < 128 ? isDigit(c0) : charClass(c0) === CharClass.Digit;
  let q = i;
  let partStart = i;
  let segStart = i;
  let parts: Span[] | null = null;
  let dotted = false;
  for (;;) {
    while (q < end) {
      const ch = codes[q]!;
      if (ch < 128) {
        // ASCII fast path: letters and digits, stopping before a `n't` clitic.
        const type = ASCII_WORD[ch]!;
        if (type === ASCII_WORD_CHAR) {
          q++;
          continue;
        }
        if (type === ASCII_OTHER) break;
        if (q > i && q + 1 < end && isApostrophe(codes[q + 1]!) && cliticLength(codes, q, end) === 3) break;
        q++;
        continue;
      }
      const n = wordCharLength(codes, q, end);
      if (n === 0) break;
      q += n;
    }
    if (q >= end) break;
    const d = codes[q]!;
    if (d === 32) break; // the usual case: a space ends the word
    const prev = codes[q - 1]!;

    if (d === DOT) {
      const after = q + 1 < end ? codes[q + 1]! : 0;
      // Decimals: `3.5`, `1.25`.
      if (isDigit(prev) && isDigit(after) && isDigit(codes[partStart]!)) {
        q++;
        continue;
      }
      // Dotted abbreviations: `U.S.`, `e.g.`, `a.m.`, `Ph.D.`, final dot included.
      const segLen = q - segStart;
      if (!numeric && (dotted || (segLen <= 3 && dottedSegment(codes, segStart, end) === segLen))) {
        const next = dottedSegment(codes, q + 1, end);
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
          if (q + 1 < end && isHyphen(codes[q]!) && wordCharLength(codes, q + 1, end) > 0) {
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
      if (parts === null && !onlySpaceAfter(codes, q + 1, end)) {
        const len = q - i;
        if ((len === 1 && isUpper(codes[i]!)) || (len <= 6 && ABBREVIATIONS.has(text.slice(i, q).toLowerCase()))) {
          q++;
        }
      }
      break;
    }

    // Hyphenated compounds: `China-Russia`, `COVID-19`, `Good-neighborliness`.
    if (isHyphen(d) && q + 1 < end && wordCharLength(codes, q + 1, end) > 0) {
      parts ??= [];
      parts.push({ start: partStart, end: q });
      q++;
      partStart = segStart = q;
      dotted = false;
      continue;
    }

    // Thousands separators: `1,000`, `1,000,000`.
    if (d === COMMA && numeric && isDigit(prev) && q + 3 < end && isDigit(codes[q + 1]!) &&
        isDigit(codes[q + 2]!) && isDigit(codes[q + 3]!) &&
        (q + 4 >= end || !isDigit(codes[q + 4]!))) {
      q += 4;
      continue;
    }

    // Apostrophes inside names (`O'Brien`, `d'Ivoire`) but not clitics (`'s`).
    if (isApostrophe(d) && q + 1 < end && isLetter(codes[q + 1]!) && cliticLength(codes, q, end) === 0) {
      q += 2;
      continue;
    }
    break;
  }
  if (parts !== null) {
    parts.push({ start: partStart, end: q });
    out.parts.set(out.count, parts);
  }
  out.push(i, q, numeric ? KIND_NUMBER : KIND_WORD, sentence);
  return q;
}

/** Tokens of text[start, end), all tagged with `sentence`. */
export function tokenize(text: string, start: number, end: number, sentence: number): Token[] {
  const out = new TokenColumnsBuilder(16);
  scanInto(out, text, textCodes.of(text), Math.max(0, start), Math.min(end, text.length), sentence);
  return tokensOfColumns(text, out);
}

// Columns for callers that are done with them before tokenising the next text.
let scratch: TokenColumnsBuilder | null = null;

/**
 * Tokens of every sentence, in order, as columns. With `transient`, the
 * columns are valid only until the next transient call, and their memory is
 * reused: `freq` took fresh arrays for every document (about 1 GB for the UN
 * corpus) only to read them once.
 */
export function tokenizeColumns(text: string, sentences: readonly Sentence[], transient = false): TokenColumns {
  let out: TokenColumnsBuilder;
  if (transient) {
    scratch ??= new TokenColumnsBuilder(1 << 14);
    out = scratch;
    out.reset();
  } else {
    // About one token per six characters of news text; the arrays grow if not.
    out = new TokenColumnsBuilder(Math.max(16, text.length >> 2));
  }
  const codes = textCodes.of(text);
  for (const s of sentences) scanInto(out, text, codes, s.start, Math.min(s.end, text.length), s.index);
  return out;
}

/** Tokens of every sentence, in order. */
export function tokenizeSentences(text: string, sentences: readonly Sentence[]): Token[] {
  return tokensOfColumns(text, tokenizeColumns(text, sentences));
}

/** The token objects of columns over `text`. */
export function tokensOfColumns(text: string, columns: TokenColumns): Token[] {
  const { count, starts, ends, sentences, kinds, parts } = columns;
  const tokens: Token[] = [];
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    const kind = TOKEN_KINDS[kinds[i]!]!;
    const sentence = sentences[i]!;
    const spans = parts.size > 0 ? parts.get(i) : undefined;
    tokens.push(spans === undefined ? { start, end, text: text.slice(start, end), kind, sentence } : { start, end, text: text.slice(start, end), kind, sentence, parts: spans });
  }
  return tokens;
}
