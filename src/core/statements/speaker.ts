// Locates the words that name a speaker: the subject before a cue
// (`The two ministers both agreed`), the name after an inverted cue
// (`said Chinese State Councilor and Foreign Minister Wang Yi`), the source
// of `according to`, and a sentence's own subject for coordinated cues
// (`Wang stressed X and noted that Y`).

import {
  DETERMINERS, GROUP_HEADS, NOT_IN_SPEAKER, NUMBERED_DOCUMENT_HEADS, NUMBER_WORDS, OTHER_PRONOUNS, PLURAL_PRONOUNS,
  SINGULAR_PRONOUNS, SKIP_BEFORE_CUE, SOURCE_MODIFIERS, SOURCE_NOUNS, TEXT_NOUNS, THOSE_HEADS, TITLE_HEADS, TITLE_WORDS, isPeoplePlural,
} from '../lexicon/speakers.js';
import type { Word } from './words.js';

export interface Phrase {
  first: number;
  last: number;
}

/** The pronoun in a contraction (`she's` → `she`), or the word itself. */
export function pronounOf(lower: string): string {
  const m = /^(he|she|they|i|we|you|it)'(s|re|ve|ll|d|m)$/.exec(lower);
  return m ? m[1]! : lower;
}

export function isPronoun(word: string): boolean {
  const lower = pronounOf(word);
  return SINGULAR_PRONOUNS.has(lower) || PLURAL_PRONOUNS.has(lower) || OTHER_PRONOUNS.has(lower);
}

/** Heads of a post that a place follows: `the Chinese Embassy in Washington`. */
const LOCATED_HEADS = new Set(['embassy', 'consulate', 'mission', 'office', 'bureau', 'correspondent', 'ambassador', 'envoy', 'representative', 'delegation', 'spokesperson', 'spokesman', 'spokeswoman']);
/** Heads that take whom they serve: `aides to the president`, `a spokesman for the ministry`. */
const AIDE_HEADS = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'assistant', 'assistants', 'envoy', 'ambassador', 'secretary', 'representative', 'representatives', 'minister']);

/** `US` in capitals is the country, not the pronoun `us`. */
const isUS = (w: Word): boolean => w.text === 'US';

function isNounish(w: Word, named: ReadonlySet<number>, i: number): boolean {
  if (named.has(i) || isUS(w)) return true;
  const l = w.lower;
  return SOURCE_NOUNS.has(l) || GROUP_HEADS.has(l) || TITLE_HEADS.has(l) || (w.cap && !NOT_IN_SPEAKER.has(l)) || (!w.cap && isPeoplePlural(l));
}

function isInner(w: Word, named: ReadonlySet<number>, i: number): boolean {
  if (named.has(i) || isUS(w)) return true;
  const l = w.lower;
  if (w.cap) return !NOT_IN_SPEAKER.has(l) || DETERMINERS.has(l) || TITLE_WORDS.has(l);
  return (DETERMINERS.has(l) && l !== 'that' && l !== 'this') || TITLE_WORDS.has(l) || SOURCE_NOUNS.has(l) || GROUP_HEADS.has(l) ||
    NUMBER_WORDS.has(l) || SOURCE_MODIFIERS.has(l) || l.endsWith("'s") || l.endsWith("s'");
}

const TIME_NOUNS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'time']);
const TIME_DETERMINERS = new Set(['last', 'this', 'that', 'next', 'each', 'every']);

/** Skips adverbs and auxiliaries before a cue (`also`, `has`, `both`, `strongly`). */
export function skipBack(words: Word[], i: number): number {
  let k = i;
  while (k >= 0) {
    const w = words[k]!;
    // `the historic resolution 31/4, of 21 October 1976, underscores …`: a dated apposition after a numbered document
    if (w.text === ',' && k === i) {
      let j = k - 1;
      let year = false;
      while (j >= 0 && k - j <= 6 && !words[j]!.punct) { if (isYearText(words[j]!.text)) year = true; j--; }
      if (year && words[j]?.text === ',' && words[j + 1]?.lower === 'of' && numberedDocumentAt(words, j - 1) >= 0) { k = j - 1; break; }
    }
    if (w.punct) break;
    // `Both agreed`, `All agreed`: opening the clause, the quantifier is the subject.
    if ((w.lower === 'both' || w.lower === 'all') && (k === 0 || words[k - 1]!.punct)) break;
    if (SKIP_BEFORE_CUE.has(w.lower) || (!w.cap && w.lower.length > 4 && w.lower.endsWith('ly'))) { k--; continue; }
    // `Blinken last week recognizing`, `the minister this morning said`
    if (TIME_NOUNS.has(w.lower) && k > 0 && TIME_DETERMINERS.has(words[k - 1]!.lower)) { k -= 2; continue; }
    break;
  }
  return k;
}

/** A number as written in a document's name: `242`, `4.15`, `1507`, or a Roman numeral (`II`). */
export function isNumberWord(w: Word | undefined): boolean {
  if (!w || w.punct) return false;
  const c = w.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (w.text.length > 4) return false;
  for (const ch of w.text) if (!'IVXLC'.includes(ch)) return false;
  return true;
}

/**
 * `resolution 242 (1967)`, `Article 4.15` ending at `end`: the index of the document
 * noun before the number, or -1.
 */
export function numberedDocumentAt(words: Word[], end: number): number {
  let e = end;
  if (words[e]?.text === ')' && isNumberWord(words[e - 1]) && words[e - 2]?.text === '(') e -= 3;
  if (!isNumberWord(words[e])) return -1;
  // (`resolution 74/306`, `decision 62/557`: a session and a number)
  while (words[e - 1]?.text === '/' && words[e - 1]!.start === words[e - 2]?.end && words[e - 1]!.end === words[e]!.start && isNumberWord(words[e - 2])) e -= 2;
  return NUMBERED_DOCUMENT_HEADS.has(words[e - 1]?.lower ?? '') ? e - 1 : -1;
}

/** Prepositions before a numbered document that make it a place in a text, not a speaker. */
const DOCUMENT_PREPOSITIONS = new Set(['in', 'under', 'through', 'pursuant']);

/** The speaker phrase that ends at word `end`, or null. */
/** Four digits from 1800 to 2199. */
export function isYearText(t: string): boolean {
  for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i); if (c < 48 || c > 57) return false; }
  const n = Number(t);
  return n >= 1800 && n < 2200;
}

/**
 * `textHeads`: a text may head the phrase (`The deal says they have to …`, `the agreement states that …`); only for
 * cues that a text does (see TEXT_CUE_LEMMAS), since `the agreement concluded between …` is no report.
 */
export function phraseBackward(words: Word[], end: number, named: ReadonlySet<number>, textHeads = false): Phrase | null {
  const head = words[end];
  if (!head) return null;
  // A numbered document: the phrase runs from the words before its noun (`Security Council resolution 242 (1967)`).
  const doc = numberedDocumentAt(words, end);
  if (doc >= 0) {
    const before = phraseBackward(words, doc, named);
    // (`The General Assembly, in resolution 60/16, adopted last year, invited …`: a document after a preposition is
    // where the body said it, not who said it)
    const first = before ? before.first : doc;
    // (but it is what `which` stands for: `in Security Council resolution 2046 (2012), which stresses …`)
    const relative = words[end + 1]?.text === ',' ? words[end + 2] : words[end + 1];
    if (DOCUMENT_PREPOSITIONS.has(words[first - 1]?.lower ?? '') && relative?.lower !== 'which' && relative?.lower !== 'that') return null;
    return { first, last: end };
  }
  if (head.punct) return null;
  // (`He` inside a name, as in `Liu He`, is no pronoun.)
  if (isPronoun(head.lower) && !named.has(end)) return { first: end, last: end };
  // `All those present expressed …`, `those attending agreed …`
  if (THOSE_HEADS.has(head.lower) && words[end - 1]?.lower === 'those') {
    return { first: words[end - 2]?.lower === 'all' ? end - 2 : end - 1, last: end };
  }
  // `The two condemned …`, `the three agreed`: a number after `the` stands for that many people.
  if (NUMBER_WORDS.has(head.lower) && words[end - 1]?.lower === 'the') return { first: end - 1, last: end };
  // `The Charter of the United Nations of 1945 declares`: a name dated by its year.
  if (head.text.length === 4 && isYearText(head.text) && words[end - 1]?.lower === 'of' && (named.has(end - 2) || !!words[end - 2]?.cap)) {
    const named2 = phraseBackward(words, end - 2, named);
    return named2 ? { first: named2.first, last: end } : null;
  }
  if (!isNounish(head, named, end) && !(textHeads && !head.cap && TEXT_NOUNS.has(head.lower))) return null;
  let k = end - 1;
  while (k >= 0) {
    const w = words[k]!;
    if (w.punct) {
      // `Joseph R. Biden, Jr.`
      if (w.text === ',' && words[k + 1]?.lower === 'jr.') { k--; continue; }
      break;
    }
    const l = w.lower;
    if (l === 'and') {
      const left = words[k - 1];
      // Only names, titles and source nouns coordinate: `Resolutions and the leaders` is no speaker.
      if (left && !left.punct && (named.has(k - 1) || (!left.cap && isNounish(left, named, k - 1) && !isPronoun(left.lower)) || TITLE_HEADS.has(left.lower))) { k--; continue; }
      break;
    }
    if (l === 'of') {
      const left = words[k - 1];
      if (left && !left.punct && (left.cap || TITLE_WORDS.has(left.lower) || SOURCE_NOUNS.has(left.lower))) { k--; continue; }
      break;
    }
    // `The Chinese Embassy in Washington`, `the bureau chief at Xinhua`: a post and its place.
    if ((l === 'in' || l === 'at') && LOCATED_HEADS.has(words[k - 1]?.lower ?? '') && words[k + 1]?.cap) { k--; continue; }
    // `Aides to the president`, `a spokesman for the ministry`.
    if ((l === 'to' || l === 'for') && AIDE_HEADS.has(words[k - 1]?.lower ?? '')) { k--; continue; }
    if (isPronoun(l) && w.text !== 'US') break;
    if (isInner(w, named, k)) { k--; continue; }
    break;
  }
  let first = k + 1;
  while (first < end && (words[first]!.lower === 'and' || words[first]!.lower === 'of')) first++;
  // `Leaders in New Delhi committed`, `The Pacific Leaders in their annual meeting in Tonga last month reiterated`:
  // a place after `in` or `at` is where the group spoke, and the group is the subject.
  const group = groupBeforeVenue(words, first, named);
  if (group) return group;
  // (`they discussed the surge of cases in Indonesia and Mr. Sullivan underscored`: a name after a preposition
  // is its object; the subject starts after the `and`; but `with General Milley and General McKenzie testifying`
  // is one subject of its participle)
  if (OBJECT_PREPOSITIONS.has(words[first - 1]?.lower ?? '') && !(words[end + 1]?.lower.endsWith('ing') ?? false)) {
    // (not the `and` inside a name: `with the U.S. Department of Health and Human Services announced`)
    for (let j = end - 1; j > first; j--) if (words[j]!.lower === 'and' && !(named.has(j - 1) && named.has(j + 1) && words[j - 2]?.lower === 'of')) { first = j + 1; break; }
  }
  return { first, last: end };
}

const VENUE_PREPOSITIONS = new Set(['in', 'at']);

/** The group whose venue (one or two `in`/`at` phrases) ends right before word `first`, or null. */
function groupBeforeVenue(words: Word[], first: number, named: ReadonlySet<number>): Phrase | null {
  let k = first - 1;
  if (!VENUE_PREPOSITIONS.has(words[k]?.lower ?? '') || !named.has(first)) return null;
  for (let venues = 0; venues < 2 && k > 0; venues++) {
    const head = words[k - 1]!;
    if (head.punct) return null;
    // (people in the plural: `officials in Beijing`, not `the meeting in Tonga`)
    if (GROUP_HEADS.has(head.lower) || (SOURCE_NOUNS.has(head.lower) && head.lower.endsWith('s')) || isPeoplePlural(head.lower)) {
      if (head.lower === 'both' || head.lower === 'all' || head.lower === 'heads') return null;
      const group = phraseBackward(words, k - 1, named);
      // (the subject of its clause, not an object: `as every other leader in both parties in Congress has affirmed`)
      const before = group ? words[group.first - 1] : undefined;
      return group && (!before || before.punct || before.lower === 'and' || before.lower === 'but') ? group : null;
    }
    // (over the venue before: `in their annual meeting` before `in Tonga`)
    let j = k - 1;
    while (j > 0 && k - j < 5 && !words[j]!.punct && !VENUE_PREPOSITIONS.has(words[j]!.lower)) j--;
    if (!VENUE_PREPOSITIONS.has(words[j]!.lower)) return null;
    k = j;
  }
  return null;
}

const OBJECT_PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'with', 'about', 'for', 'into', 'to', 'against', 'over', 'between', 'among', 'across', 'toward', 'towards']);

/** The speaker phrase that starts at word `start` (`said Wang Yi in …`, `according to the ministry`). */
export function phraseForward(words: Word[], start: number, named: ReadonlySet<number>): Phrase | null {
  const w0 = words[start];
  if (!w0 || w0.punct) return null;
  if (isPronoun(w0.lower) && !named.has(start)) return { first: start, last: start };
  let k = start;
  let last = -1;
  while (k < words.length) {
    const w = words[k]!;
    if (w.punct) {
      if (w.text === ',' && words[k + 1]?.lower === 'jr.') { k++; continue; }
      // `Special Presidential Envoy for Climate (SPEC) John Kerry`: a title's acronym between it and the name.
      const acronym = words[k + 1];
      if (w.text === '(' && last >= start && acronym && !acronym.punct && acronym.text.length > 1 && acronym.text === acronym.text.toUpperCase() && words[k + 2]?.text === ')' && named.has(k + 3) && words[k + 3]!.cap) { k += 3; continue; }
      break;
    }
    const l = w.lower;
    if (l === 'and' || l === 'of') {
      const right = words[k + 1];
      if (right && !right.punct && (right.cap || DETERMINERS.has(right.lower) || TITLE_WORDS.has(right.lower))) { k++; continue; }
      break;
    }
    if (isInner(w, named, k)) {
      if (isNounish(w, named, k)) last = k;
      k++;
      continue;
    }
    break;
  }
  if (last < start) return null;
  return { first: start, last };
}

/**
 * The text named after `as stated in` at word `start`: `the Rio+20 outcome document`, `Article 33 of the Charter
 * of the United Nations`, `resolution 68/167`, `the Secretary-General's report`. It ends before a preposition
 * other than `of` (`resolution 68/167 on privacy`) and at its last capitalised word, number or text noun
 * (`report`, `declaration`); null when it has none (`as highlighted in the overarching theme`).
 */
export function textSourceForward(words: Word[], start: number): Phrase | null {
  let last = -1;
  for (let k = start; k < words.length && k < start + 16; k++) {
    const w = words[k]!;
    const l = w.lower;
    // (`Rio+20`, `68/167`, `A/71/1`, `1244 (1999)`: symbols inside a name or number)
    if (w.punct) {
      if ((w.text === '+' || w.text === '/') && last === k - 1 && words[k + 1] && !words[k + 1]!.punct) continue;
      if (w.text === '(' && isNumberWord(words[k + 1]) && words[k + 2]?.text === ')' && last === k - 1) { last = k + 2; k += 2; continue; }
      break;
    }
    if (l === 'of' || DETERMINERS.has(l)) continue;
    if (l === 'and' && words[k + 1] && (words[k + 1]!.cap || DETERMINERS.has(words[k + 1]!.lower))) continue;
    if (w.cap || TEXT_NOUNS.has(l) || isNumberWord(w) || l.endsWith("'s") || l.endsWith('\u2019s')) { last = k; continue; }
    // a lowercase modifier before the head (`the final outcome document`, `the recent report`)
    if (!w.cap && k < start + 3 && !STOP_AFTER_TEXT.has(l)) continue;
    break;
  }
  return last >= start ? { first: start, last } : null;
}

/** Words that end a text's name after `as stated in`: prepositions, relatives and verbs that open a new phrase. */
const STOP_AFTER_TEXT = new Set(['on', 'in', 'at', 'to', 'for', 'by', 'with', 'from', 'entitled', 'titled', 'that', 'which', 'is', 'are', 'was', 'were']);

const isDash = (t: string) => t === '\u2014' || t === '\u2013';
/** Prepositions that open a sentence before its subject (`Beyond the four areas—…—participants discussed`). */
const OPENING_PREPOSITIONS = new Set(['beyond', 'in', 'on', 'at', 'during', 'after', 'before', 'following', 'with', 'without', 'for', 'from', 'under', 'amid', 'despite', 'regarding', 'concerning', 'alongside', 'across', 'along', 'besides', 'through', 'throughout', 'toward', 'towards', 'upon', 'within', 'among', 'between', 'against']);

/** The subject at the start of a sentence, after an opening adverbial (`Today, …`). */
export function sentenceSubject(words: Word[], named: ReadonlySet<number>): Phrase | null {
  let start = 0;
  const w0 = words[0];
  if (!w0) return null;
  if (w0.punct && w0.text !== '"' && w0.text !== '\u201c') start = 1;
  const lead = words[start];
  // (`Building on the Vice President's visit, the leaders …`: an opening participle, as an opening preposition.)
  const participle = !!lead && lead.cap && !named.has(start) && lead.lower.length > 5 && lead.lower.endsWith('ing') && !!words[start + 1] && !words[start + 1]!.punct && !words[start + 1]!.cap;
  if (lead && ((NOT_IN_SPEAKER.has(lead.lower) && !isPronoun(lead.lower) && !DETERMINERS.has(lead.lower)) || participle)) {
    // (`Beyond the four areas of focus—cyber capabilities, artificial intelligence—participants also discussed`:
    // after an opening preposition or participle, an aside between dashes ends the opening phrase.)
    const dashes = participle || OPENING_PREPOSITIONS.has(lead.lower);
    let c = start;
    while (c < words.length && c < start + 30 && words[c]!.text !== ',' && !(dashes && isDash(words[c]!.text))) c++;
    if (c >= words.length || c >= start + 30) return null;
    if (dashes && isDash(words[c]!.text)) {
      let d = c + 1;
      while (d < words.length && d < c + 30 && !isDash(words[d]!.text)) d++;
      if (d >= words.length || d >= c + 30) return null;
      c = d;
    }
    start = c + 1;
  }
  const p = phraseForward(words, start, named);
  if (!p) return null;
  // The subject must be followed by a verb-like lower-case word, not by more noun phrase.
  return p;
}
