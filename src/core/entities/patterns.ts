import { WEEKDAYS } from '../lexicon/dates.js';
import { EVENT_HEADS } from '../lexicon/concepts.js';
import { CLUB_OPENERS, ORG_HEADS, ORG_HEADS_BEFORE_OF } from '../lexicon/organisations.js';
import { PLACE_HEADS, PLACE_HEADS_BEFORE_OF, STATE_FORMS } from '../lexicon/places.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { TREATY_HEADS, TREATY_HEADS_BEFORE_OF } from '../lexicon/treaty-words.js';
import type { EntityType } from '../types.js';
import { caseBucket, isCommonWord } from './learned.js';
import { isFunctionWord } from './lexicon-sets.js';
import type { GazHit } from './persons.js';
import { isDigits, type Word } from './words.js';

/** A named thing found by the shape of its name, over words [start, end). */
export interface PatternHit {
  start: number;
  end: number;
  type: EntityType;
  /** For `Hashemite Kingdom of Jordan`: the country's id and canonical name. */
  id?: string | null;
  entity?: string;
}

const DATE_WORDS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Titles that are also words of bodies' names (`Justice and Equality Movement`). */
const NAMING_TITLES = new Set(['Justice', 'General', 'Major', 'Chief', 'Judge', 'Private', 'Marshal']);
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'du', 'des', 'al', 'el', 'la', 'le', 'von', 'van', 'der', 'to']);
const TAIL_CONNECTORS = new Set(['of', 'for', 'on', 'in', 'to']);
const WEAK_ORG_HEADS = new Set(['Administration', 'Government', 'Cabinet', 'Team', 'Office', 'Group']);
/** `-based`, `-led`: participles after a hyphen that tie a name to a body without being part of the body's name. */
const AFFILIATION_PARTICIPLES: ReadonlySet<string> = new Set([
  'based', 'led', 'backed', 'controlled', 'funded', 'run', 'owned', 'dominated', 'sponsored', 'supported', 'allied',
  'affiliated', 'linked', 'operated', 'administered', 'financed', 'headquartered',
]);

function isCapWord(w: Word): boolean {
  return w.isWord && w.cap;
}

/**
 * Maximal capitalised phrases within a sentence, with inner connectors
 * (`of`, `the`, `and`, `for`), hyphens and slashes without spaces, and `'s`
 * inside names (`Prosecutor's Office`) but not after a country (`Iraq's`).
 * `cut[i]` marks words where a phrase must break (people already found).
 */
export function findChunks(words: readonly Word[], gaz: readonly GazHit[], cut: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = words.length;
  let i = 0;
  while (i < n) {
    const w = words[i]!;
    if (!isCapWord(w) || w.capsLine || cut[i]) { i++; continue; }
    let k = i + 1;
    let end = i + 1;
    while (k < n && words[k]!.sentence === w.sentence && !cut[k]) {
      const x = words[k]!;
      // `… Office on Drugs and Crime Tuesday`: a weekday is no part of a name
      if (isCapWord(x) && WEEKDAYS.has(x.key)) break;
      if (isCapWord(x)) { k++; end = k; continue; }
      if (x.isWord && /^\d+$/.test(x.text) && TREATY_HEADS.has(words[k - 1]!.key)) { k++; end = k; continue; }
      // `Combined Task Force 153`, `Working Group 9`: a unit's number closes its name.
      if (x.isWord && x.text.length <= 3 && /^\d+$/.test(x.text) && NUMBERED_UNIT_HEADS.has(words[k - 1]!.key) && !COUNTED_NOUNS.has(words[k + 1]?.key ?? '')) { k++; end = k; break; }
      // `Partnership to Address the Climate Crisis 2030`: a target year closes a title's purpose.
      if (x.isWord && x.text.length === 4 && /^\d+$/.test(x.text) && isCapWord(words[k - 1]!) && inTitleTail(words, i, k)) { k++; end = k; break; }
      const next = words[k + 1];
      if (!next || next.sentence !== w.sentence || cut[k + 1]) break;
      // `G-7 and United Nations …`: a known name before `and` ends the phrase; so does a name ending in its
      // head word (`Human Rights Council and International Criminal Court`).
      // `the Chairperson and African Union chair`: a title alone before `and` is no name's first word.
      if (x.key === 'and' && k - i === 1 && TITLE_HEADS.has(w.key) && !NAMING_TITLES.has(w.key)) break;
      if (x.key === 'and' && (gazStartsAt(gaz, i, k) || (k - i >= 2 && ORG_HEADS.has(words[k - 1]!.key) && next.cap && !/^(Development|Trade|Technology|Security|Cooperation)$/.test(next.key)))) break;
      if (x.key === 'and' && (andStartsNewName(words, gaz, i, k) || CLUB_OPENERS.has(next.key))) break;
      // `2030 Agenda … and in Agenda 21`, `Millennium Summit and the Security Council`: after `and`, a
      // preposition, or `the` before a name the lists know, starts another name.
      if (x.key === 'and' && x.gap && next.isWord && CONNECTORS.has(next.key) && (next.key !== 'the' || gaz[k + 2])) break;
      // `In September the Forum`: `the` joins names only after another connector (`Office of the Vice President`)
      // (inside a document's title after its head and a connector: `Strategy for Addressing the Root Causes of Migration`)
      if (x.key === 'the' && !(isCapWord(next) && inTitleTail(words, i, k))) break;
      if (x.isWord && CONNECTORS.has(x.key) && x.gap) {
        // allow `of the X`, `Committee for a Responsible Federal Budget`
        let m = k + 1;
        while (m < n && words[m]!.isWord && (CONNECTORS.has(words[m]!.key) || ((words[m]!.key === 'a' || words[m]!.key === 'an') && (x.key === 'for' || x.key === 'of' || x.key === 'on'))) && m < k + 3) m++;
        // `San Francisco Conference in April`: a date is no part of a name
        if (m < n && isCapWord(words[m]!) && words[m]!.sentence === w.sentence && !cut[m] && !DATE_WORDS.test(words[m]!.key)) { k = m; continue; }
        break;
      }
      // `London-based Amnesty International`, `the Democratic-controlled Senate`, `NATO-led Stabilization Force`:
      // a hyphenated participle says where a body sits or who runs it; the name starts after it
      if (!x.isWord && !x.gap && (x.text === '-' || x.text === '\u2010') && !next.gap && next.isWord && AFFILIATION_PARTICIPLES.has(next.text)) break;
      if (!x.isWord && !x.gap && (x.text === '-' || x.text === '\u2010') && !next.gap && next.isWord) { k += 2; end = k; continue; }
      // `Americans with Disabilities Act`: `with` inside the name of a law
      if (x.key === 'with' && x.gap) {
        const act = lawAhead(words, k + 1, w.sentence);
        if (act > 0) { k = act + 1; end = k; break; }
      }
      // `African Charter on Democracy, Elections, and Governance`: a list of single words in a name's tail.
      if (x.text === ',') {
        const j = commaListEnd(words, gaz, i, k);
        if (j > 0) { k = j; continue; }
      }
      // `New Partnership for Africa's Development`, `Partnership for America's Children`: a possessive after
      // `for` is in the purpose the name states.
      if (x.key === "'s" && isCapWord(next) && words[k - 2]?.key === 'for' && k - 2 > i) { k++; continue; }
      if (x.key === "'s" && isCapWord(next)) {
        // `Prosecutor's Office` is one name; `Iraq's Kurdistan …`, `… Office's Agenda` are two.
        if (findHitEnding(gaz, k, i)) break;
        let headBefore = false;
        for (let q = i; q < k; q++) if (ORG_HEADS.has(words[q]!.key)) headBefore = true;
        if (headBefore) break;
        k++;
        continue;
      }
      break;
    }
    out.push([i, end]);
    i = Math.max(end, i + 1);
  }
  return out;
}

/**
 * At the comma at word k inside the phrase that starts at i: when the phrase is a name's tail (`Charter on
 * Democracy`, `Convention on the Prohibition of the Development`) and a list of single capitalised words no
 * list knows follows, closed by `and` (`, Elections, and Governance`, `, Production, Stockpiling and Use`),
 * the index of the word after `and`; else -1 (`the Convention on Climate Change, Russia and China` is a list of names).
 */
function commaListEnd(words: readonly Word[], gaz: readonly GazHit[], i: number, k: number): number {
  let tail = false;
  for (let q = i; q < k - 1 && !tail; q++) {
    const key = words[q]!.key;
    const after = words[q + 1]!.key;
    tail = (TREATY_HEADS_BEFORE_OF.has(key) || ORG_HEADS_BEFORE_OF.has(key)) && (after === 'on' || after === 'of' || after === 'for');
  }
  if (!tail) return -1;
  const sentence = words[k]!.sentence;
  let m = k;
  while (words[m]?.text === ',' && !words[m]!.isWord) {
    const item = words[m + 1];
    if (!item || !isCapWord(item) || item.sentence !== sentence || gaz[m + 1]) return -1;
    m += 2;
    if (words[m]?.text === ',' && words[m + 1]?.key === 'and') m++;
    const last = words[m + 1];
    if (words[m]?.key === 'and' && last && isCapWord(last) && last.sentence === sentence && !gaz[m + 1]) return m + 1;
  }
  return -1;
}

/** `of the African Union` from word `k` to `e`: `of`, an optional `the`, and a body the lists know, ending at `e`. */
function orgTailAt(words: readonly Word[], gaz: readonly GazHit[], k: number, e: number): boolean {
  if (words[k]?.key !== 'of') return false;
  const q = words[k + 1]?.key === 'the' ? k + 2 : k + 1;
  const g = gaz[q];
  return !!g && g.data.type === 'org' && g.end === e;
}

/** The start of the longest place or region the lists know that ends at word `end` and starts after `s`, else -1. */
function placeStartingBefore(gaz: readonly GazHit[], s: number, end: number): number {
  let start = -1;
  for (let q = end - 1; q > s; q--) {
    const g = gaz[q];
    if (g && g.end === end && (g.data.type === 'place' || g.data.type === 'country')) start = q;
  }
  return start;
}

/** Words [i, k) hold a plan's or strategy's head, a connector after it, and then a capitalised verb (`Strategy for Addressing`). */
function inTitleTail(words: readonly Word[], i: number, k: number): boolean {
  for (let h = i; h < k - 2; h++) {
    if (!TITLE_TAIL_HEADS.has(words[h]!.key)) continue;
    const c = words[h + 1]!;
    return (c.key === 'to' || c.key === 'for') && isCapWord(words[h + 2]!);
  }
  return false;
}

/** Missions that are visits, not bodies (`Certified Trade Mission to Mongolia`). */
const VISIT_KINDS = new Set(['Trade', 'Investment', 'Business', 'Commercial', 'Certified']);

/** Verbs in title case that state a body's purpose after `to` (`Global Fund to Fight AIDS`, `Coalition to Defeat ISIS`). */
const PURPOSE_VERBS = new Set(['Fight', 'Defeat', 'Address', 'Counter', 'Combat', 'End', 'Monitor', 'Advance', 'Reduce', 'Investigate', 'Promote',
  'Protect', 'Prevent', 'Eliminate', 'Eradicate', 'Stop', 'Save', 'Ban', 'Abolish', 'Strengthen', 'Accelerate', 'Support', 'Restore', 'Rebuild']);

const TITLE_TAIL_HEADS = new Set(['Plan', 'Strategy', 'Pledge', 'Roadmap', 'Partnership', 'Initiative', 'Agenda', 'Framework']);

/**
 * `and` at k ends the phrase started at i when a new name follows it: `Constitution and the Compact of …`
 * (a head word, then `and the`), `Department of State and Department of Defense` (the same head again,
 * or a head taking `of`), `Government of Ethiopia and Tigrayan forces` (a known country after `of`).
 */
function andStartsNewName(words: readonly Word[], gaz: readonly GazHit[], i: number, k: number): boolean {
  const prev = words[k - 1]!;
  const next = words[k + 1]!;
  if (next.key === 'the' && (TREATY_HEADS.has(prev.key) || ORG_HEADS.has(prev.key))) return true;
  // `Partnership for Global Infrastructure and Investment and the Americas Partnership …`: a named thing is complete
  if (next.key === 'the' && words[k + 2] && isCapWord(words[k + 2]!)) {
    // (and a joint statement with its subject: `Joint Statement on Atlantic Cooperation and the Joint Statement of …`)
    for (let q = i; q < k - 1; q++) if ((TREATY_HEADS.has(words[q]!.key) || ORG_HEADS.has(words[q]!.key) || words[q]!.key === 'Statement') && TAIL_CONNECTORS.has(words[q + 1]!.key)) return true;
  }
  if (k - i >= 3 && isCapWord(next) && (next.key === words[i]!.key || ((ORG_HEADS_BEFORE_OF.has(next.key) || TREATY_HEADS_BEFORE_OF.has(next.key)) && words[k + 2]?.key === 'of'))) return true;
  for (let q = k - 1; q > i && q >= k - 4; q--) {
    const h = gaz[q];
    if (h && h.end === k && (h.data.type === 'country' || h.data.type === 'place') && (words[q - 1]!.key === 'of' || (words[q - 1]!.key === 'the' && words[q - 2]?.key === 'of'))) return true;
  }
  return false;
}

/** The index of `Act`/`Law` ending a run of capitalised words (brackets allowed) from k, or -1. */
function lawAhead(words: readonly Word[], k: number, sentence: number): number {
  for (let m = k; m < words.length && m < k + 8 && words[m]!.sentence === sentence; m++) {
    const x = words[m]!;
    if (x.isWord && x.cap && (x.key === 'Act' || x.key === 'Law') && m > k) return m;
    if (!(x.isWord && x.cap) && x.text !== '[' && x.text !== ']') return -1;
  }
  return -1;
}

function gazStartsAt(gaz: readonly GazHit[], start: number, end: number): boolean {
  const h = gaz[start];
  return !!h && h.end === end;
}

function findHitEnding(gaz: readonly GazHit[], end: number, from: number): GazHit {
  for (let k = end - 1; k >= from && k >= end - 6; k--) {
    const h = gaz[k];
    if (h && h.end === end) return h;
  }
  return null;
}

/** Strips a leading title phrase (`Chairman of the`, `Head of the`) and `The`. */
function trimLead(words: readonly Word[], s: number, e: number): number {
  let lastHead = -1;
  let headBefore = -1;
  // `National Security Council Coordinator`: a body named inside the title run, after a modifier, is a name
  // of its own; the title is what follows it (the end is trimmed in classifyChunk).
  let bodyAt = -1;
  let headBeforeBody = -1;
  let k = s;
  while (k < e) {
    const w = words[k]!;
    if (ORG_HEADS.has(w.key) && !TITLE_HEADS.has(w.key) && k > s && words[k - 1]!.cap && bodyAt < 0) { bodyAt = k; headBeforeBody = lastHead; }
    if (TITLE_HEADS.has(w.key)) { headBefore = lastHead; lastHead = k; }
    // (`Justice and Equality Movement`: a title joined by `and` to a word that is no title is no title)
    else if (w.key === 'and' && k + 1 < e && !TITLE_HEADS.has(words[k + 1]!.key) && !TITLE_MODIFIERS.has(words[k + 1]!.key)) { if (lastHead === k - 1) lastHead = headBefore; break; }
    else if (!(TITLE_MODIFIERS.has(w.key) || CONNECTORS.has(w.key) || w.key === 'The' || (!w.isWord && !w.gap))) break;
    k++;
  }
  let start = s;
  if (bodyAt >= 0 && lastHead > bodyAt) lastHead = headBeforeBody;
  if (lastHead >= 0 && words[lastHead + 1]?.key === "'s") lastHead = -1;
  if (lastHead >= 0) {
    start = lastHead + 1;
    while (start < e && (CONNECTORS.has(words[start]!.key) || !words[start]!.isWord)) start++;
  }
  while (start < e && (words[start]!.key === 'The' || words[start]!.key === "'s" || CONNECTORS.has(words[start]!.key) || (words[start]!.initial && isFunctionWord(words[start]!.key)))) start++;
  return start;
}

/** `… of the Vice President`: the title at t follows `of the` (over title modifiers) inside the phrase. */
function titleAfterOfThe(words: readonly Word[], s: number, t: number): boolean {
  let k = t - 1;
  while (k > s && (TITLE_MODIFIERS.has(words[k]!.key) || TITLE_HEADS.has(words[k]!.key))) k--;
  return k - 1 > s && words[k]!.key === 'the' && words[k - 1]!.key === 'of';
}

/** Nouns a number before them counts (`the Committee 10 days ago`): the number is no unit's. */
const COUNTED_NOUNS: ReadonlySet<string> = new Set(['days', 'weeks', 'months', 'years', 'hours', 'minutes', 'percent', 'per', 'million', 'billion', 'members', 'countries', 'states', 'nations', 'people', 'times', 'of', '%']);

/** After `Joint Statement of`, from word k: a subject (`Cooperation`, `Principles`), not a name of those who made it. */
function statesAbout(words: readonly Word[], gaz: readonly GazHit[], k: number): boolean {
  const q = words[k]?.key === 'the' ? k + 1 : k;
  const w = words[q];
  if (!w || !w.isWord || w.upper || gaz[q]) return false;
  const b = caseBucket(w.text);
  return b >= 1 && b <= 3;
}

/** Heads of bodies and units that take a number after their name (`Combined Task Force 153`, `Working Group 9`). */
const NUMBERED_UNIT_HEADS: ReadonlySet<string> = new Set(['Force', 'Group', 'Committee', 'Squadron', 'Fleet', 'Brigade', 'Battalion', 'Regiment', 'Division', 'Wing']);

/** Classifies one capitalised phrase by its head word. */
/**
 * `Head of the Foreign Relations Department of the Presidential Administration of Azerbaijan Hikmat Hajiyev`: two or
 * three name words straight after `of <country>` at the end of a chunk are the office holder's name; the body's name
 * ends before `of <country>`, which says whose body it is (as the gold sets cut `National Security Secretariat | of
 * Japan`). Returns the index of that `of`, or -1.
 */
export function holderAfterCountry(words: readonly Word[], gaz: readonly GazHit[], s: number, e: number): number {
  for (let k = s + 2; k < e - 2; k++) {
    const g = gaz[k];
    // (a country's name, not its adjective: `Association of Serb Majority Municipalities`)
    // (or a place's: `Prime Minister of Kosovo Albin Kurti`, `Governor of California Gavin Newsom`)
    if (!g || (g.data.type !== 'country' && g.data.type !== 'place') || g.data.form !== 'name' || words[k - 1]!.key !== 'of' || e - g.end < 2 || e - g.end > 3) continue;
    // (a place's holder only after a title, and not a second known name: `Governor of California Gavin Newsom`, not
    // `University of California San Francisco`)
    if (g.data.type === 'place' && (!TITLE_HEADS.has(words[k - 2]?.key ?? '') || gaz[g.end])) continue;
    let name = true;
    for (let j = g.end; j < e && name; j++) {
      const x = words[j]!;
      // (words of names, not of things: `the Republic of Cyprus Strategic Dialogue`)
      name = x.isWord && x.cap && !x.upper && !ORG_HEADS.has(x.key) && !PLACE_HEADS.has(x.key) && !TREATY_HEADS.has(x.key) && !TITLE_HEADS.has(x.key) &&
        !isFunctionWord(x.key) && !isCommonWord(x.text);
    }
    if (name) return k - 1;
  }
  return -1;
}

/** Dashes that end a dateline (`MOSCOW (Reuters) -`, `WASHINGTON —`, `BEIJING, March 5 (Xinhua) --`). */
const DATELINE_DASHES = new Set(['-', '\u2014', '\u2013', '--']);

/**
 * News datelines: at the start of a line, a place in capitals (one to three words, `ST. LOUIS`, `UNITED NATIONS`),
 * then an agency in brackets or a dash, with the date or a state between (`KYIV, Ukraine (AP) —`,
 * `BEIJING, March 5 (Xinhua) --`). Returns the words of each place, [start, end).
 */
export function findDatelines(text: string, words: readonly Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.initial || !w.upper || w.capsLine || w.text.length < 3) continue;
    const before = w.start > 0 ? text.charCodeAt(w.start - 1) : 10;
    if (before !== 10 && before !== 13) continue;
    let e = i;
    while (e < words.length && e - i < 3 && words[e]!.sentence === w.sentence && (words[e]!.upper || words[e]!.text === '.') && (words[e]!.isWord || words[e]!.text === '.')) e++;
    if (words[e - 1]!.text === '.') e--;
    let k = e;
    // (`, Ukraine`, `, March 5`: a state or a date before the agency or the dash)
    if (words[k]?.text === ',') {
      k++;
      let n = 0;
      while (k < words.length && n < 3 && words[k]!.isWord && (words[k]!.cap || (words[k]!.text.length <= 2 && isDigits(words[k]!.text)))) { k++; n++; }
      if (n === 0) continue;
    }
    // (a spaced dash: `COVID-19` at a line's start is none)
    const agency = words[k]?.text === '(' && words[k]!.gap && words[k + 1]?.isWord && words[k + 2]?.text === ')';
    if (agency || (DATELINE_DASHES.has(words[k]?.text ?? '') && words[k]!.gap)) out.push([i, e]);
  }
  return out;
}

export function classifyChunk(words: readonly Word[], gaz: readonly GazHit[], s0: number, e: number): PatternHit | null {
  // `Combined Task Force 153`: the body without its number, then with it.
  if (e - 2 > s0 && NUMBERED_UNIT_HEADS.has(words[e - 2]!.key) && /^\d{1,3}$/.test(words[e - 1]!.text)) {
    const hit = classifyChunk(words, gaz, s0, e - 1);
    return hit && hit.type === 'org' && hit.end === e - 1 ? { ...hit, end: e } : hit;
  }
  const s = trimLead(words, s0, e);
  // (`Office of the Vice President`: a title after `of the` is part of the name; so is a portfolio right after
  // a body's `of`: `Department of Justice`, `European Court of Justice`)
  const e0 = e;
  while (e > s && (CONNECTORS.has(words[e - 1]!.key) || !words[e - 1]!.isWord || (TITLE_HEADS.has(words[e - 1]!.key) && !titleAfterOfThe(words, s, e - 1) &&
    !(e - 3 >= s && words[e - 2]!.key === 'of' && ORG_HEADS_BEFORE_OF.has(words[e - 3]!.key))))) e--;
  // `National Security Council Indo-Pacific Coordinator Kurt Campbell`: a title's region or modifiers after a
  // body's head word belong to the title, not to the body.
  if (e < e0 && TITLE_HEADS.has(words[e]!.key)) {
    let j = e - 1;
    while (j > s && !ORG_HEADS.has(words[j]!.key)) {
      if (TITLE_MODIFIERS.has(words[j]!.key)) { j--; continue; }
      const region = placeStartingBefore(gaz, s, j + 1);
      if (region < 0) break;
      j = region - 1;
    }
    if (j > s && j < e - 1 && ORG_HEADS.has(words[j]!.key)) e = j + 1;
  }
  if (e <= s) return null;
  // `Six-Party Talks`, `Millennium Summit`: a meeting is an event, not an organisation (names inside it stay).
  if (EVENT_HEADS.has(words[e - 1]!.key)) return null;
  // `the Conference of the Parties to the UN Framework Convention on Climate Change`: the parties' meeting
  // is an event; the treaty it serves is the name.
  if (words[s]!.key === 'Conference' && words[s + 1]?.key === 'of' && words[s + 2]?.key === 'the' && words[s + 3]?.key === 'Parties' && s + 4 <= e) {
    let k = s + 4;
    if (words[k]?.key !== 'to') return null;
    k++;
    if (words[k]?.key === 'the') k++;
    return k < e ? classifyChunk(words, gaz, k, e) : null;
  }
  // `the Constitution`: a named constitution is a named law (SPEC)
  if (e - s === 1 && words[s]!.key === 'Constitution' && (words[s - 1]?.key === 'the' || words[s - 1]?.key === "'s")) return { start: s, end: e, type: 'treaty' };
  let content = 0;
  for (let k = s; k < e; k++) if (words[k]!.isWord && !CONNECTORS.has(words[k]!.key)) content++;
  if (content < 2) return null;

  // The head is the word before the first tail connector (`Treaty of …`, `Agency for …`), else the last word.
  let head = e - 1;
  for (let k = s + 1; k < e; k++) {
    const w = words[k]!;
    if (w.isWord && TAIL_CONNECTORS.has(w.key)) { head = k - 1; break; }
  }
  const h = words[head]!;
  const hasTail = head < e - 1;
  // `Real Madrid`, `FC Porto`: a club's opener before a name (a word mostly capitalised, or unknown; a known place too: `AC Milan`)
  if (!hasTail && e - s === 2 && CLUB_OPENERS.has(words[s]!.key) && words[s + 1]!.isWord && !words[s + 1]!.upper) {
    const b = caseBucket(words[s + 1]!.text);
    if (b === 0 || b >= 4) return { start: s, end: e, type: 'org' };
  }
  // `Joint Comprehensive Plan of Action on Iran`: a known treaty, then the country it concerns, which is no part of it.
  const known = gaz[s];
  if (known && known.data.type === 'treaty' && known.end < e - 1 && TAIL_CONNECTORS.has(words[known.end]!.key) && placeEndsAt(gaz, words[known.end + 1]?.key === 'the' ? known.end + 2 : known.end + 1, e)) return null;
  // `Israel and the West Bank`: the head belongs to a known name inside the phrase.
  for (let k = s + 1; k <= head; k++) {
    const g = gaz[k];
    // (an organisation's name at the end of a longer one is part of it: `National Security Council`)
    // (`Peace and Security Council of the African Union`: and its head, before a tail that names a body it belongs to)
    if (g && g.end > head && !(g.data.type === 'org' && (g.end === e || (g.end === head + 1 && orgTailAt(words, gaz, head + 1, e))))) return null;
  }
  // `Government of Zambia`: the country itself, as it acts.
  if (h.key === 'Government' && hasTail && words[head + 1]?.key === 'of') {
    let q = head + 2;
    if (words[q]?.key === 'the') q++;
    const g = gaz[q];
    if (g && g.data.type === 'country' && g.end === e) return null;
  }
  // `the NATO Alliance`, `the ASEAN bloc`: a known body named with its own kind is that body.
  if (!hasTail && e - s === 2 && (h.key === 'Alliance' || h.key === 'Bloc') && gaz[s]?.data.type === 'org' && gaz[s]!.end === head) return null;
  // `NATO's Indo-Pacific Partners`: a known region before a plural of partners names the region only.
  if ((h.key === 'Partners' || h.key === 'Allies') && !hasTail) {
    const g = gaz[s];
    if (g && g.end === head && (g.data.type === 'place' || g.data.type === 'country')) return null;
  }
  // `the Partnership for Global Infrastructure and Investment`, `Americas Partnership for Economic Prosperity`:
  // a partnership for a cause, named by nothing else or by a region, is an initiative between states
  // (`National Partnership for Women and Families` is an organisation).
  // (`U.S.-Caribbean Partnership to Address the Climate Crisis 2030`: a purpose in title case names an initiative too)
  if (h.key === 'Partnership' && hasTail && words[head + 1]!.key === 'to' && isCapWord(words[head + 2]!)) return { start: s, end: e, type: 'treaty' };
  if (h.key === 'Partnership' && hasTail && (words[head + 1]!.key === 'for' || words[head + 1]!.key === 'on') &&
      (head === s || (gaz[s] && gaz[s]!.end === head && (gaz[s]!.data.type === 'place' || gaz[s]!.data.type === 'country')))) return { start: s, end: e, type: 'treaty' };
  // `India-Middle East-Europe Economic Corridor`, `China-Pakistan Economic Corridor`: an economic corridor is an
  // initiative between states (both gold sets that name one annotate it so); `Lobito Corridor` is a route, a place.
  if (h.key === 'Corridor' && !hasTail && head > s && words[head - 1]!.key === 'Economic') return { start: s, end: e, type: 'treaty' };
  // `U.S.-ASEAN Comprehensive Strategic Partnership`, `Just Energy Transition Partnership`, `Trans-Pacific
  // Partnership`: in government news a partnership named without a tail is a framework between states
  // (every gold set annotates them as treaties; an organisation's name goes on: `… Partnership for Education`).
  if (h.key === 'Partnership' && !hasTail) return { start: s, end: e, type: 'treaty' };
  // `Just Energy Transition Partnership for Indonesia`: the country it serves is no part of the name.
  if (h.key === 'Partnership' && words[head + 1]!.key === 'for' && head > s && gaz[head + 2]?.data.type === 'country' && gaz[head + 2]!.end === e) {
    return { start: s, end: head + 1, type: 'treaty' };
  }
  // `Serbian Orthodox Church`, `the Catholic Church`: a church named by its denomination is a body, with the
  // people's adjective before it (`Church` alone is also a surname: `Alex Church`).
  if (h.key === 'Church' && !hasTail && head > s && DENOMINATIONS.has(words[head - 1]!.key)) {
    // (`the Holy See and the Catholic Church`: two names)
    let from = s;
    for (let k = s; k < head; k++) if (words[k]!.key === 'and') from = k + 1;
    while (from < head && (words[from]!.key === 'the' || words[from]!.key === 'The')) from++;
    return from === s ? { start: s, end: e, type: 'org' } : classifyChunk(words, gaz, from, e);
  }
  // `the U.S.-Philippine Alliance`, `the U.S.-Australia alliance`: a bond between two countries, named by
  // them; the countries are the mentions (as in `China-Russia relations`).
  if (h.key === 'Alliance' && !hasTail && countriesOnly(words, gaz, s, head)) return null;
  // `Biden Administration`: a person's name before a government word.
  if (WEAK_ORG_HEADS.has(h.key) && head === s + 1 && !gaz[s] && !words[s]!.upper) return null;
  // `U.S. Government`, `Chinese Government`: the country itself, as it acts (as `Government of Zambia`).
  if (h.key === 'Government' && !hasTail && gaz[s]?.data.type === 'country' && gaz[s]!.end === head) return null;

  // `Joint Base Lewis-McChord`: a joint base is named after the words that follow.
  if (words[s]!.key === 'Joint' && words[s + 1]?.key === 'Base' && !hasTail && e - s >= 3) return { start: s, end: e, type: 'place' };
  // `Hashemite Kingdom of Jordan`: a state form of a known country.
  if (hasTail && STATE_FORMS.has(h.key) && words[head + 1]?.key === 'of') {
    let q = head + 2;
    if (words[q]?.key === 'the') q++;
    const g = gaz[q];
    if (g && g.data.type === 'country' && g.end === e) return { start: s, end: e, type: 'country', id: g.data.id, entity: g.data.entity };
  }
  // `Monterrey Conference on Financing for Development`, `Munich Security Conference`: a meeting named
  // after its place is an event, not a body; the place is the mention (annotators agree).
  if (h.key === 'Conference' && gaz[s] && (gaz[s]!.data.type === 'place' || gaz[s]!.data.type === 'country') && gaz[s]!.end <= head) return null;
  // (`President Bill Clinton`: `Bill` before a name is a given name)
  if (h.key === 'Bill' && !hasTail && words[e] && isCapWord(words[e]!) && words[e]!.sentence === h.sentence && !isFunctionWord(words[e]!.key)) return null;
  if (TREATY_HEADS.has(h.key) && (!hasTail || TREATY_HEADS_BEFORE_OF.has(h.key))) {
    // `the 2030 Agenda for Sustainable Development`: the year is part of the agenda's name.
    const yearFirst = words[s]!.key === 'Agenda' && s > 0 && /^\d{4}$/.test(words[s - 1]!.key) && words[s - 1]!.sentence === words[s]!.sentence;
    return { start: yearFirst ? s - 1 : s, end: e, type: 'treaty' };
  }
  if (h.key === 'Resolution' || h.key === 'Act') return { start: s, end: e, type: 'treaty' };
  // `the Luanda Process`, `the Aqaba Process`, `the Bali Process`: talks named after the city that hosts them are an
  // initiative between governments, as a place's `Accords` are (the gold sets name them treaties).
  if (h.key === 'Process' && !hasTail && head > s && gaz[s]?.data.type === 'place' && gaz[s]!.end === head) return { start: s, end: e, type: 'treaty' };
  // `Joint Leaders' Statement on AUKUS`, `Joint Statement of Cooperation`: a statement governments issue together
  // is a declaration between them (the gold sets name them treaties) when its title says what it is on or of; a
  // bare `the Joint Statement` is no name, and `… (AUKUS) Joint Leaders Statement` is named by what comes before.
  // (`Joint Statement of Cooperation`, but not `Joint Statement of Ford` or `of the United States`: those who made it)
  if ((h.key === 'Statement' || h.key === 'Communiqué' || h.key === 'Communique') && head > s && hasTail && words.slice(s, head).some((w) => w.key === 'Joint') && (words[head + 1]!.key === 'on' || statesAbout(words, gaz, head + 2))) return { start: s, end: e, type: 'treaty' };
  // (`Soviet Union in World War II`: an organisation's name goes on after `of`, `for`, `on`, not after `in` or `to`)
  // (`Group of Experts on …`, `Group of Eight`, but not `Minsk Group of the Organization for Security …`, a group of
  // another body, nor `Group of Eight Summit in Enniskillen`, `Group of Eight Africa Action Plan`: an event or a plan)
  const groupTail = h.key !== 'Group' || !hasTail || (words[head + 2]?.key !== 'the' && !words.slice(head + 2, e).some((x) => TREATY_HEADS.has(x.key) || EVENT_HEADS.has(x.key)));
  if (ORG_HEADS.has(h.key) && (!hasTail || (ORG_HEADS_BEFORE_OF.has(h.key) && groupTail && words[head + 1]!.key !== 'in' && words[head + 1]!.key !== 'to') || words[head + 1]?.key === 'for')) return { start: s, end: e, type: 'org' };
  // `United Nations Interim Administration Mission in Kosovo`, `UN Interim Force in Lebanon`: a mission is named with where it serves.
  // (`Regional Assistance Mission to the Solomon Islands`, `African Union Mission to Somalia`: or where it was sent; a
  // `Trade Mission to Mongolia` is a visit)
  const sentTo = words[head + 1]?.key === 'to' && !VISIT_KINDS.has(words[head - 1]?.key ?? '');
  if (hasTail && (h.key === 'Mission' || h.key === 'Force') && (words[head + 1]!.key === 'in' || sentTo) && placeEndsAt(gaz, words[head + 2]?.key === 'the' ? head + 3 : head + 2, e)) return { start: s, end: e, type: 'org' };
  // `Global Fund to Fight AIDS`, `Global Coalition to Defeat ISIS`, `Task Force to Address Online Harassment`: a body
  // named with its purpose, a verb in title case.
  if (hasTail && ORG_HEADS.has(h.key) && words[head + 1]!.key === 'to' && PURPOSE_VERBS.has(words[head + 2]?.key ?? '')) return { start: s, end: e, type: 'org' };
  // (`to be United States District Judge for the District of Maryland`: a judge's title, no place; the country in it is a mention)
  if (h.key === 'District' && !hasTail && (words[e]?.key === 'Judge' || words[e]?.key === 'Judges')) return null;
  // (`UNESCO World Heritage Site` is a listing, not a place's name)
  if (h.key === 'Site' && words[head - 1]?.key === 'Heritage') return null;
  if (PLACE_HEADS.has(h.key) && (!hasTail || PLACE_HEADS_BEFORE_OF.has(h.key))) return { start: s, end: e, type: 'place' };
  // `New York Yankees`, `Florida Marlins`: a known place, then one plural name, is a team (or a party's wing)
  const last = words[e - 1]!;
  if (!hasTail && e - s >= 2 && gaz[s] && gaz[s]!.end === e - 1 && (gaz[s]!.data.type === 'place' || (gaz[s]!.data.type === 'country' && gaz[s]!.data.form === 'name')) &&
      last.isWord && !last.upper && last.key.length > 3 && last.key.endsWith('s') && !PLACE_HEADS.has(last.key) && !TREATY_HEADS.has(last.key) && !isFunctionWord(last.key)) {
    const b = caseBucket(last.text);
    if (b === 0 || b >= 4) return { start: s, end: e, type: 'org' };
  }
  // `Zaporizhzhya Nuclear Power Plant to Ukraine`: a head that takes no tail ends the name before it.
  // `G-20 of the India-Middle-East-Europe-Economic Corridor`: else the name after the connector.
  if (hasTail) return classifyChunk(words, gaz, s, head + 1) ?? classifyChunk(words, gaz, head + 2, e);
  // `National Security Council Elizabeth Bhargava`: a list without commas; the name ends at its last head word.
  if (!hasTail) {
    for (let k = e - 2; k > s; k--) {
      const key = words[k]!.key;
      if (ORG_HEADS.has(key) || PLACE_HEADS.has(key) || TREATY_HEADS.has(key)) {
        // (`Air Force One`: a numeral after the head names something else)
        if (/^(One|Two|Three|Four|II|III|IV)$/.test(words[k + 1]!.key)) return null;
        return classifyChunk(words, gaz, s, k + 1);
      }
    }
  }
  return null;
}

/** Words s..e-1 are countries known to the lists joined by hyphens, at least two of them. */
const DENOMINATIONS = new Set(['Orthodox', 'Catholic', 'Anglican', 'Lutheran', 'Methodist', 'Baptist', 'Evangelical', 'Apostolic', 'Presbyterian', 'Episcopal', 'Reformed', 'Coptic', 'Pentecostal', 'Maronite', 'Armenian']);

/** A known country or place spans words [k, e). */
function placeEndsAt(gaz: readonly GazHit[], k: number, e: number): boolean {
  const g = gaz[k];
  return !!g && g.end === e && (g.data.type === 'country' || g.data.type === 'place');
}

function countriesOnly(words: readonly Word[], gaz: readonly GazHit[], s: number, e: number): boolean {
  let k = s;
  let countries = 0;
  while (k < e) {
    const h = gaz[k];
    if (h && h.data.type === 'country' && h.end <= e) {
      countries++;
      k = h.end;
      continue;
    }
    if (!words[k]!.isWord && words[k]!.text === '-' && !words[k]!.gap) {
      k++;
      continue;
    }
    return false;
  }
  return countries >= 2;
}

const ARTICLES = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az']);

/** `al-Aqsa Martyrs Brigades`, `al-Jazeera`: an Arabic article joined by a hyphen opens the name at s. */
export function articleStart(words: readonly Word[], s: number): number {
  const dash = words[s - 1];
  const art = words[s - 2];
  if (!dash || !art || dash.gap || words[s]!.gap || dash.text !== '-' || !art.isWord || !ARTICLES.has(art.key) || art.sentence !== words[s]!.sentence) return s;
  return s - 2;
}

/**
 * Whether the words from `from` to `to` spell `letters` by their initials (a word in capitals by all its
 * letters), every content word in turn and any connector either counted or passed over.
 */
function spellsWithConnectors(words: readonly Word[], from: number, to: number, letters: string): boolean {
  // (positions in `letters` reachable after each word; at most ten letters, so the set stays small)
  let reachable = new Set<number>([0]);
  for (let q = from; q < to && reachable.size > 0; q++) {
    const w = words[q]!;
    if (!w.isWord || w.key === "'s") continue;
    const piece = (w.upper ? w.key : w.key[0]!).toUpperCase();
    const next = new Set<number>();
    for (const at of reachable) {
      if (letters.startsWith(piece, at)) next.add(at + piece.length);
      if (CONNECTORS.has(w.key)) next.add(at);
    }
    reachable = next;
  }
  return reachable.has(letters.length);
}

/** `Full Name (ACR)`: the acronym word index, and where the full name starts. */
export function findAcronymDefinitions(words: readonly Word[]): Array<{ acr: number; acrEnd: number; fullStart: number; fullEnd: number }> {
  const out: Array<{ acr: number; acrEnd: number; fullStart: number; fullEnd: number }> = [];
  for (let k = 1; k + 2 < words.length; k++) {
    const w = words[k]!;
    if (w.text !== '(' ) continue;
    const a = words[k + 1]!;
    // `C-SIPA`: an acronym of parts joined by hyphens is one acronym
    let ce = k + 2;
    let acrText = a.text;
    while (words[ce] && !words[ce]!.gap && words[ce]!.text === '-' && words[ce + 1]?.isWord && !words[ce + 1]!.gap) { acrText += '-' + words[ce + 1]!.text; ce += 2; }
    const close = words[ce];
    if (!close || close.text !== ')' || !a.isWord || !/^[A-Z][A-Za-z0-9.&-]{1,9}$/.test(acrText) || !/[A-Z].*[A-Z0-9]/.test(acrText.replace(/\./g, ''))) continue;
    const letters = acrText.replace(/[^A-Z]/g, '');
    // `“Comprehensive … Agreement” (C-SIPA)`: the name may be quoted
    const quoted = words[k - 1] && /^[\u201d"']$/.test(words[k - 1]!.text) ? 1 : 0;
    // walk back over the capitalised phrase before the bracket
    let s = k - quoted;
    const fullEnd = s;
    const sent = w.sentence;
    // (`sNear` stops at two connectors in a row; `s` walks over them, `Tribunal for the Law of the Sea`, for a name whose
    // initials spell the acronym exactly)
    let sNear = -1;
    while (s - 1 >= 0 && words[s - 1]!.sentence === sent) {
      const p = words[s - 1]!;
      if (isCapWord(p) || (!p.isWord && !p.gap && (p.text === '-' || p.text === '/')) || p.key === "'s") s--;
      else if (p.isWord && CONNECTORS.has(p.key) && s - 2 >= 0 && isCapWord(words[s - 2]!)) s--;
      else if (p.isWord && CONNECTORS.has(p.key) && s - 3 >= 0 && words[s - 2]!.isWord && CONNECTORS.has(words[s - 2]!.key) && words[s - 2]!.sentence === sent && isCapWord(words[s - 3]!)) {
        if (sNear < 0) sNear = s;
        s -= 2;
      } else break;
    }
    if (sNear < 0) sNear = s;
    if (s === fullEnd) continue;
    // the start whose initials spell the acronym; else the nearest start with its first letter
    let best = -1;
    for (let t = s; t < fullEnd; t++) {
      const wt = words[t]!;
      if (!wt.isWord || CONNECTORS.has(wt.key) || !wt.cap) continue;
      let ini = '';
      for (let q = t; q < fullEnd; q++) {
        const wq = words[q]!;
        if (wq.isWord && !CONNECTORS.has(wq.key) && wq.key !== "'s") ini += wq.upper ? wq.key : wq.key[0];
      }
      if (ini.toUpperCase() === letters || ini.toUpperCase().replace(/[^A-Z]/g, '') === letters) { best = t; break; }
      // (`Department of Energy (DOE)`, `International Tribunal for the Law of the Sea (ITLOS)`: some connectors' letters counted too)
      if (spellsWithConnectors(words, t, fullEnd, letters)) { best = t; break; }
    }
    if (best < 0) {
      s = sNear;
      for (let t = s; t < fullEnd; t++) {
        const wt = words[t]!;
        if (wt.isWord && wt.cap && !CONNECTORS.has(wt.key) && wt.key[0] === letters[0] && !isFunctionWord(wt.key)) { best = t; break; }
      }
      // (`small island developing States (SIDS)`: one word is no name for an acronym of several letters)
      if (best >= 0 && best === fullEnd - 1 && letters.length > 2) best = -1;
      // (`The Department of Education (ED)`: letters that start after a body's head and `of` still name the body)
      if (best >= 2 && words[best - 1]!.key === 'of' && ORG_HEADS_BEFORE_OF.has(words[best - 2]!.key) && best - 2 >= s) best -= 2;
    }
    if (best < 0) continue;
    out.push({ acr: k + 1, acrEnd: ce, fullStart: best, fullEnd });
  }
  return out;
}
