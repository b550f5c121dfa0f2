import type { Token } from '../types.js';
import { tokenize } from '../text/tokens.js';

/**
 * The entity layers work on words: tokens with hyphenated compounds split
 * into their parts (`China-Russia` → `China` `-` `Russia`), apostrophes and
 * dotted initialisms normalised in `key` (`U.S.` and `US` share the key `US`),
 * and the casing facts every layer asks about computed once.
 */
export interface Word {
  text: string;
  /** Matching key: curly apostrophes straightened, initialism dots dropped. */
  key: string;
  start: number;
  end: number;
  sentence: number;
  isWord: boolean;
  /** White space (or nothing, at the start) before it; false inside compounds. */
  gap: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** All letters upper case, at least two of them (`NATO`, `US`). */
  upper: boolean;
  /** First word of its sentence (after opening quotes or brackets). */
  initial: boolean;
  /** The sentence is written in capitals (a headline): casing says nothing. */
  capsLine: boolean;
}

const INITIALISM = /^(?:[A-Za-z]\.){2,}$|^(?:[A-Za-z]\.)+[A-Za-z]\.?$/;

function keyOf(text: string): string {
  let quote = false;
  let dot = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2019) quote = true;
    else if (c === 46) dot = true;
  }
  let k = quote ? text.replace(/\u2019/g, "'") : text;
  if (dot && k.length >= 3 && INITIALISM.test(k)) k = k.replace(/\./g, '');
  return k;
}

function isUpperChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
}

function makeWord(text: string, start: number, end: number, sentence: number, isWord: boolean, gap: boolean, given?: string): Word {
  const surface = given ?? text.slice(start, end);
  const c = surface.charCodeAt(0);
  const cap = isWord && isUpperChar(c);
  let letters = 0;
  let upper = cap;
  if (cap) {
    for (let i = 0; i < surface.length; i++) {
      const d = surface.charCodeAt(i);
      if ((d >= 97 && d <= 122) || (d > 0xff && isUpperChar(d) === false && surface[i]!.toUpperCase() !== surface[i])) { upper = false; break; }
      if ((d >= 65 && d <= 90) || d > 0xbf) letters++;
    }
    if (letters < 2) upper = false;
  }
  return { text: surface, key: keyOf(surface), start, end, sentence, isWord, gap, cap, upper, initial: false, capsLine: false };
}

function isSpaceBefore(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const c = text.charCodeAt(pos - 1);
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a);
}

const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', '\u2014', '\u2013', '-', ':', '\u2022', '*']);

/** Builds the word sequence of a document from its tokens. */
export function buildWords(text: string, tokens: readonly Token[]): Word[] {
  const words = wordsOfTokens(text, tokens);
  joinWrappedHyphens(text, words);
  mergeBrokenInitials(words);
  markSentences(words);
  return words;
}

// A function of its own: V8 compiled the long loop on the stack (OSR) and
// then threw the code away at the calls after it, up to 270 times a run.
function wordsOfTokens(text: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  for (const t of tokens) {
    const isWord = t.kind === 'word' || t.kind === 'number';
    const gap = isSpaceBefore(text, t.start);
    if (t.parts && t.parts.length > 1) {
      let prevEnd = -1;
      for (const p of t.parts) {
        if (prevEnd >= 0) words.push(makeWord(text, prevEnd, p.start, t.sentence, false, false));
        words.push(makeWord(text, p.start, p.end, t.sentence, /\d/.test(text[p.start] ?? '') ? true : isWord, prevEnd < 0 ? gap : false));
        prevEnd = p.end;
      }
      if (prevEnd < t.end) words.push(makeWord(text, prevEnd, t.end, t.sentence, false, false));
    } else {
      words.push(makeWord(text, t.start, t.end, t.sentence, isWord, gap, t.text));
    }
  }
  return words;
}

/**
 * `the Non-` + line break + `Aligned Movement`: hard-wrapped text breaks a word
 * after its hyphen; the word after the line break is joined as if it followed
 * the hyphen directly, so lists and patterns read `Non-Aligned Movement`.
 */
function joinWrappedHyphens(text: string, words: Word[]): void {
  for (let k = 1; k + 1 < words.length; k++) {
    const dash = words[k]!;
    if (dash.isWord || dash.text !== '-' || dash.gap) continue;
    const before = words[k - 1]!;
    const after = words[k + 1]!;
    if (!before.isWord || !after.isWord || !after.gap || after.sentence !== dash.sentence) continue;
    const between = text.slice(dash.end, after.start);
    if (between === '\n' || between === '\r\n') after.gap = false;
  }
}

/**
 * `W. B.` + line break + `Yeats`: the sentence splitter may end a sentence
 * after the second initial and split its full stop off; the initial is
 * rebuilt as one word (`B.`), so a name can run on past it (persons.ts).
 */
function mergeBrokenInitials(words: Word[]): void {
  for (let k = words.length - 2; k >= 1; k--) {
    const w = words[k]!;
    const dot = words[k + 1]!;
    if (w.text.length === 1 && w.cap && dot.text === '.' && !dot.gap && /^[A-Z]\.$/.test(words[k - 1]!.text)) {
      words.splice(k, 2, { ...w, text: `${w.text}.`, key: `${w.text}.`, end: dot.end });
    }
  }
}

function markSentences(words: Word[]): void {
  let i = 0;
  while (i < words.length) {
    const s = words[i]!.sentence;
    let j = i;
    while (j < words.length && words[j]!.sentence === s) j++;
    let first = true;
    let letters = 0;
    let capsWords = 0;
    for (let k = i; k < j; k++) {
      const w = words[k]!;
      if (first && w.isWord) { w.initial = true; first = false; }
      else if (!w.isWord && OPENERS.has(w.text) && w.gap) first = true;
      if (w.isWord && w.text.length >= 2 && (w.cap || !/^\d/.test(w.text))) {
        letters++;
        if (w.upper) capsWords++;
      }
    }
    if (letters >= 2 && capsWords / letters >= 0.6) for (let k = i; k < j; k++) words[k]!.capsLine = true;
    i = j;
  }
}

/** Word k when it is in the given sentence. */
export function inSentence(words: readonly Word[], k: number, sentence: number): Word | undefined {
  const w = words[k];
  return w !== undefined && w.sentence === sentence ? w : undefined;
}

/** Words of a standalone phrase (a lexicon entry), for building gazetteers. */
export function phraseWords(phrase: string): Word[] {
  return buildWords(phrase, tokenize(phrase, 0, phrase.length, 0));
}

/** Keys of a lexicon phrase. */
export function phraseKeys(phrase: string): string[] {
  return phraseWords(phrase).map((w) => w.key);
}

/** One to six ASCII digits: a number as documents cite it (`242`, `65` of `65/1`), or a day (`5`). */
export function isDigits(text: string): boolean {
  if (text.length === 0 || text.length > 6) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
