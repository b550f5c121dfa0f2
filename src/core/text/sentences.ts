import type { Sentence } from '../types.js';
import {
  AMBIGUOUS_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from '../lexicon/abbreviations.js';
import { isAlnum, isCloser, isDigit, isLetter, isLower, isOpener, isSpace, isUpper } from './chars.js';

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
/** The longest key of KIND: a longer word before a full stop is no abbreviation, and needs no lower-cased copy to say so. */
const LONGEST_KIND = Math.max(...[...KIND.keys()].map((w) => w.length));

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
  if (len > LONGEST_KIND) return dots > 0 ? Kind.Ambiguous : Kind.Word;
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
 * In text that is not hard-wrapped, a newline inside a sentence that a record broke (`to the timely and effective
 * implementation of\nthe recently agreed …`, `the Chairman of the CARICOM\nReparations Commission, stated`): the
 * line before ends in a letter or a comma, and either the next line starts in lower case, or the line before is a
 * paragraph (100 characters or more, no heading or salutation) and the next starts a word, not a turn, a list item
 * or a number.
 */
function isStrayNewline(text: string, i: number, start: number, end: number): boolean {
  let b = i;
  while (b > start && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9 || text.charCodeAt(b - 1) === 13)) b--;
  const before = b > start ? text.charCodeAt(b - 1) : 0;
  if (!(isLetter(before) || before === 44)) return false;
  let j = i + 1;
  while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  if (j >= end) return false;
  const next = text.charCodeAt(j);
  if (next === NEWLINE || next === 13) return false;
  if (isLower(next)) return true;
  if (!isUpper(next) || isTurnAt(text, j, end)) return false;
  let lineStart = b;
  while (lineStart > start && text.charCodeAt(lineStart - 1) !== NEWLINE) lineStart--;
  return b - lineStart >= 100;
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

  // Where each character the scan stops at occurs next (-1: nowhere after),
  // found again only once the scan has passed it; the scan only moves forward.
  const nextAt = new Int32Array(SPECIALS.length).fill(-2);
  const nextSpecial = (from: number): number => {
    let best = end;
    for (let n = 0; n < SPECIALS.length; n++) {
      let at = nextAt[n]!;
      if (at < from && at !== -1) {
        at = text.indexOf(SPECIALS[n]!, from);
        nextAt[n] = at;
      }
      if (at !== -1 && at < best) best = at;
    }
    return best;
  };

  let i = start;
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const sStart = i;
    let sEnd = end;
    // Most characters are ordinary: the scan jumps from one stop or line
    // break to the next (String#indexOf, native), never looking at the rest.
    scan: for (; ; i++) {
      i = nextSpecial(i);
      if (i >= end) break;
      const c = text.charCodeAt(i);
      const t = c < 128 ? ASCII[c]! : c === ELLIPSIS ? STOP : BREAK;

      if (t === BREAK) {
        if (c === NEWLINE && inPageFooterGap(text, i, start, end)) continue;
        if ((!wrapped && !(c === NEWLINE && isStrayNewline(text, i, start, end))) || (wrapped && (c !== NEWLINE || isWrappedBreak(text, i, end)))) {
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

/**
 * A UN record's page footer, alone on its line: the document number and the page (`11-51185 40`, `06-52879 2`, or
 * `2 06-52879`), which the corpus has about 2,400 times, often inside a sentence.
 */
function isFooterLine(text: string, from: number, to: number): boolean {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  const digitsAt = (p: number): number => { let q = p; while (q < to && isDigit(text.charCodeAt(q))) q++; return q - p; };
  const symbolAt = (p: number): number => (digitsAt(p) === 2 && text.charCodeAt(p + 2) === 45 && digitsAt(p + 3) === 5 ? p + 8 : -1);
  let p = from;
  const lead = digitsAt(p);
  if (lead >= 1 && lead <= 3 && text.charCodeAt(p + lead) === 32) {
    const e = symbolAt(p + lead + 1);
    if (e === to) return true;
  }
  const e = symbolAt(p);
  if (e < 0) return false;
  if (e === to) return true;
  p = e;
  if (text.charCodeAt(p) !== 32) return false;
  const page = digitsAt(p + 1);
  return page >= 1 && page <= 3 && p + 1 + page === to;
}

/** The line break at i is on either side of a page footer that falls inside a sentence (`occupying\n\n11-51185 40\n\nPalestinian land`). */
export function inPageFooterGap(text: string, i: number, start: number, end: number): boolean {
  // The footer's line: the next line that is not blank, or the line that ends at i.
  let after = i + 1;
  while (after < end && isSpace(text.charCodeAt(after))) after++;
  let prevEnd = i;
  while (prevEnd > start && isSpace(text.charCodeAt(prevEnd - 1))) prevEnd--;
  // (a footer starts and ends in a digit: most line breaks are ruled out by the characters around them)
  if (!(after < end && isDigit(text.charCodeAt(after))) && !(prevEnd > start && isDigit(text.charCodeAt(prevEnd - 1)))) return false;
  let lineStart = prevEnd;
  while (lineStart > start && prevEnd - lineStart < 16 && !isNewline(text.charCodeAt(lineStart - 1))) lineStart--;
  let lineEnd = after;
  while (lineEnd < end && lineEnd - after < 16 && !isNewline(text.charCodeAt(lineEnd))) lineEnd++;
  let before: number;
  const wholeNext = lineEnd >= end || isNewline(text.charCodeAt(lineEnd));
  const wholePrevious = lineStart <= start || isNewline(text.charCodeAt(lineStart - 1));
  if (after < end && wholeNext && isFooterLine(text, after, lineEnd)) before = i;
  else if (prevEnd > lineStart && wholePrevious && isFooterLine(text, lineStart, prevEnd)) before = lineStart;
  else return false;
  // Inside a sentence: the text before the footer ends in a letter, a digit or a comma, and the text after it goes on.
  while (before > start && isSpace(text.charCodeAt(before - 1))) before--;
  if (before <= start) return false;
  const last = text.charCodeAt(before - 1);
  if (!(isLetter(last) || isDigit(last) || last === 44)) return false;
  return true;
}

const ORDINARY = 0;
const STOP = 1;
const BREAK = 2;
/** The characters the scan stops at: stops (ASCII table below, and the ellipsis) and line breaks. */
const SPECIALS = ['.', '?', '!', '\n', '\u2026', '\u2028', '\u2029'];
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
