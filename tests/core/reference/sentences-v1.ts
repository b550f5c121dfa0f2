// A frozen copy of src/core/text/sentences.ts
// as of commit 043e300 (before the columnar tokenizer), kept only as the
// reference the differential tests compare the current code with. One later,
// intended change is taken from the current code: a UN page footer inside a
// sentence does not break it (inPageFooterGap, imported, not copied).
import type { Sentence } from '../../../src/core/types.js';
import {
  AMBIGUOUS_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from '../../../src/core/lexicon/abbreviations.js';
import { isAlnum, isCloser, isDigit, isLetter, isLower, isOpener, isSpace, isUpper } from '../../../src/core/text/chars.js';
import { inPageFooterGap } from '../../../src/core/text/sentences.js';

// A single forward scan over the body. Every decision looks at most a bounded
// number of characters back (the word before a full stop, capped) or ahead
// (white space, quotes, the next word), so the whole split is linear and
// allocation-free except for one short string per full stop.

const enum Kind {
  Word = 0,
  Title = 1,
  Number = 2,
  Ambiguous = 3,
}

const KIND = new Map<string, Kind>();
for (const w of TITLE_ABBREVIATIONS) KIND.set(w, Kind.Title);
for (const w of NUMBER_ABBREVIATIONS) KIND.set(w, Kind.Number);
for (const w of AMBIGUOUS_ABBREVIATIONS) KIND.set(w, Kind.Ambiguous);
const STARTERS = new Set(SENTENCE_STARTERS);

const MAX_WORD = 24;
const NEWLINE = 10;
const DOT = 46;
const ELLIPSIS = 0x2026;

function isStop(c: number): boolean {
  return c === DOT || c === 63 || c === 33 || c === ELLIPSIS;
}

function isNewline(c: number): boolean {
  return c === NEWLINE || c === 0x2028 || c === 0x2029;
}

/** The kind of the word that ends just before the full stop at `dot`. */
function kindBefore(text: string, dot: number, start: number): Kind {
  let b = dot;
  let dots = 0;
  while (b > start) {
    const c = text.charCodeAt(b - 1);
    if (c === DOT) {
      // `U.S..` or `word..`: an ellipsis-like run is not part of the word.
      if (b === dot || text.charCodeAt(b - 2) === DOT) break;
      dots++;
    } else if (!isAlnum(c)) break;
    b--;
    if (dot - b > MAX_WORD) return Kind.Word;
  }
  const len = dot - b;
  if (len === 0) return Kind.Word;
  // A single capital is an initial (`Joseph R. Biden`, `James S. Brady`).
  if (len === 1 && isUpper(text.charCodeAt(b))) return Kind.Ambiguous;
  const kind = KIND.get(text.slice(b, dot).toLowerCase());
  if (kind !== undefined) return kind;
  // Other dotted forms (`D.C.`, `N.A.T.O.`, `Ph.D.`) behave like `U.S.`.
  return dots > 0 ? Kind.Ambiguous : Kind.Word;
}

/** Whether the capitalised word at `p` is a common sentence starter. */
function startsWithStarter(text: string, p: number, end: number): boolean {
  let q = p;
  while (q < end && q - p < 16) {
    const c = text.charCodeAt(q);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
    q++;
  }
  if (q === p || q - p >= 16) return false;
  // `I` alone, not `I-95`; other starters must end at a non-letter.
  if (q < end && isAlnum(text.charCodeAt(q))) return false;
  return STARTERS.has(text.slice(p, q));
}

/**
 * A transcript turn at line start: `Q:`, `A:`, `Q Thanks`, `MS. PSAKI:`,
 * `THE PRESIDENT:`. Only consulted in hard-wrapped text, where a single
 * newline is not otherwise a boundary.
 */
function isTurnAt(text: string, p: number, end: number): boolean {
  const first = text.charCodeAt(p);
  if (!isUpper(first)) return false;
  if ((first === 81 || first === 65) && p + 2 < end) {
    const next = text.charCodeAt(p + 1);
    if (next === 58) return true;
    if (first === 81 && next === 32 && isUpper(text.charCodeAt(p + 2))) return true;
  }
  let letters = 0;
  for (let q = p; q < end && q - p < 40; q++) {
    const c = text.charCodeAt(q);
    if (c === 58) return letters >= 2;
    if (c >= 65 && c <= 90) letters++;
    else if (c !== 32 && c !== DOT && c !== 45 && c !== 39 && c !== 0x2019) return false;
  }
  return false;
}

/**
 * Hard-wrapped text (the UN debates: `On my way to the\nAssembly Hall`) must
 * not break at every newline. Counted once: a text is wrapped when at least a
 * fifth of its single newlines continue a sentence onto a line that starts in
 * lower case.
 */
function isHardWrapped(text: string, start: number, end: number): boolean {
  let singles = 0;
  let continued = 0;
  let i = text.indexOf('\n', start);
  while (i >= 0 && i < end) {
    let j = i + 1;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c !== 32 && c !== 9 && c !== 13) break;
      j++;
    }
    if (j < end && text.charCodeAt(j) !== NEWLINE) {
      singles++;
      let b = i;
      while (b > start && isSpace(text.charCodeAt(b - 1))) b--;
      const before = b > start ? text.charCodeAt(b - 1) : 0;
      if (isLower(text.charCodeAt(j)) && (isAlnum(before) || before === 44 || before === 45)) continued++;
    }
    i = text.indexOf('\n', j);
  }
  return continued > 0 && continued * 5 >= singles;
}

/**
 * Sentence spans over text[start, end): offsets index the whole text, `index`
 * counts from 0, spans are trimmed of white space. Boundaries: `.`, `?`, `!`
 * and ellipses (with any closing quotes or brackets), also when glued to the
 * next sentence (`countries.Wang`); blank lines; and a newline ending a line
 * that has no final stop (headlines, datelines, `###`, transcript turns),
 * except in hard-wrapped text.
 */
export function splitSentences(text: string, start = 0, end: number = text.length): Sentence[] {
  const out: Sentence[] = [];
  if (end > text.length) end = text.length;
  if (start < 0) start = 0;
  const wrapped = text.indexOf('\n', start) >= 0 && isHardWrapped(text, start, end);

  // Emits text[from, to) trimmed at the end; `to` is just past the boundary.
  const emit = (from: number, to: number): void => {
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) out.push({ start: from, end: to, index: out.length });
  };

  let i = start;
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const sStart = i;
    let sEnd = end;
    // The hot loop: most characters are ordinary, one table load decides.
    scan: for (; i < end; i++) {
      const c = text.charCodeAt(i);
      let t: number;
      if (c < 128) {
        t = ASCII[c]!;
        if (t === ORDINARY) continue;
      } else if (c === ELLIPSIS) t = STOP;
      else if (c === 0x2028 || c === 0x2029) t = BREAK;
      else continue;

      if (t === BREAK) {
        if (c === NEWLINE && inPageFooterGap(text, i, start, end)) continue;
        if (!wrapped || c !== NEWLINE || isWrappedBreak(text, i, end)) {
          sEnd = i;
          break scan;
        }
        continue;
      }
      // The run of stops (`...`, `?!`, `.`), then closing quotes and brackets.
      let runEnd = i + 1;
      while (runEnd < end && isStop(text.charCodeAt(runEnd))) runEnd++;
      const single = c === DOT && runEnd === i + 1;
      let k = runEnd;
      while (k < end && isCloser(text.charCodeAt(k))) k++;
      if (isBoundary(text, i, runEnd, k, single, start, end, wrapped)) {
        sEnd = k;
        i = k;
        break scan;
      }
      i = runEnd - 1;
    }
    if (i >= end) sEnd = end;
    emit(sStart, sEnd);
  }
  return out;
}

const ORDINARY = 0;
const STOP = 1;
const BREAK = 2;
/** ASCII code → ORDINARY, STOP (`.` `?` `!`) or BREAK (newline). */
const ASCII = new Uint8Array(128);
ASCII[46] = STOP;
ASCII[63] = STOP;
ASCII[33] = STOP;
ASCII[NEWLINE] = BREAK;

/**
 * In hard-wrapped text a newline breaks only before a blank line (unless the
 * next paragraph starts in lower case: a page break in extracted PDF text,
 * `act\n\nas one.`) or before a transcript turn.
 */
function isWrappedBreak(text: string, i: number, end: number): boolean {
  let j = i + 1;
  while (j < end) {
    const d = text.charCodeAt(j);
    if (!isSpace(d) || isNewline(d)) break;
    j++;
  }
  if (j >= end) return true;
  if (isNewline(text.charCodeAt(j))) {
    let f = j + 1;
    while (f < end && isSpace(text.charCodeAt(f))) f++;
    return f >= end || !isLower(text.charCodeAt(f));
  }
  return isTurnAt(text, j, end);
}

function isBoundary(
  text: string,
  i: number,
  runEnd: number,
  k: number,
  single: boolean,
  start: number,
  end: number,
  wrapped: boolean,
): boolean {
  if (k >= end) return true;
  const next = text.charCodeAt(k);
  const hasQuestion = !single && hasNonDot(text, i, runEnd);
  if (!isSpace(next)) {
    // Glued: `countries.Wang`, `said."The`, `why?The`. Not `U.S.`, `3.5`,
    // `whitehouse.gov`, `Mr.Smith`.
    if (!isUpper(next)) return false;
    if (k > runEnd || hasQuestion) return true;
    if (!single) return true;
    // `U.S` inside `U.S.`: a capital followed by a dot continues the abbreviation.
    if (k + 1 < end && text.charCodeAt(k + 1) === DOT) return false;
    let b = i;
    while (b > start && i - b < 3 && isLetter(text.charCodeAt(b - 1))) b--;
    if (i - b < 2 && !(b > start && isDigit(text.charCodeAt(b - 1)))) return false;
    return kindBefore(text, i, start) === Kind.Word;
  }
  // Skip white space; a blank line, or any newline in unwrapped text, ends it.
  let m = k;
  let newlines = 0;
  while (m < end) {
    const d = text.charCodeAt(m);
    if (!isSpace(d)) break;
    if (isNewline(d)) newlines++;
    m++;
  }
  if (m >= end) return true;
  if (newlines >= 2 || (newlines === 1 && !wrapped)) return true;
  let p = m;
  while (p < end && p - m < 3 && isOpener(text.charCodeAt(p))) p++;
  if (p >= end) return true;
  const f = text.charCodeAt(p);
  if (isLower(f) || f === 44 || f === 59 || f === 58) return false;
  if (!single) return true;
  const kind = kindBefore(text, i, start);
  if (kind === Kind.Word) return true;
  if (kind === Kind.Title) return false;
  if (isDigit(f)) return false;
  if (kind === Kind.Number) return true;
  // Ambiguous (`U.S.`, `Jr.`, `a.m.`, initials): only before a sentence starter.
  return isUpper(f) && p === m && startsWithStarter(text, p, end);
}

function hasNonDot(text: string, i: number, runEnd: number): boolean {
  for (let q = i; q < runEnd; q++) {
    const c = text.charCodeAt(q);
    if (c === 63 || c === 33) return true;
  }
  return false;
}
