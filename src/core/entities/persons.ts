import { NAME_PARTICLES, NAME_SUFFIXES, PORTFOLIOS, REGNAL_NUMERALS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { REPORTING_VERBS } from '../lexicon/entity-context.js';
import { EVENT_HEADS } from '../lexicon/concepts.js';
import type { Known } from './known.js';
import { AWARD_HEADS, caseBucket, isCommonWord, isCutOff } from './learned.js';
import { GIVEN, isNonNameWord, isTitleKey, titleCased } from './lexicon-sets.js';
import { isUpper } from '../text/chars.js';
import type { Word } from './words.js';

export type GazHit = { end: number; data: Known } | null;

/** A person found from context, over words [start, end). */
export interface PersonHit {
  start: number;
  end: number;
  role: string | null;
  country: string | null;
  /** How sure the layer is: a title or given name beats a bare name shape. */
  via: 'title' | 'given' | 'shape' | 'verb';
}

const INITIAL = /^[A-Z]\.$/;
/** Words after a hyphen that make a name an adjective (`Saudi-led`, `Trump-era`), not part of it. */
export const HYPHEN_SUFFIXES: ReadonlySet<string> = new Set([
  'led', 'era', 'run', 'age', 'bis', 'ite', 'ism', 'ist', 'ian', 'won', 'eye', 'way', 'born', 'made', 'held', 'free',
  'wide', 'like', 'long', 'term', 'type', 'back', 'side', 'line', 'area', 'zone', 'wing', 'bloc', 'team', 'time',
  'year', 'week', 'day', 'old', 'new', 'war', 'law', 'act', 'man', 'men', 'up', 'in', 'out', 'on', 'off', 'run', 'rule',
  'ruled', 'size', 'area', 'net', 'tied', 'bred', 'owned', 'sent', 'paid',
]);

/** Whether a gazetteer hit keeps a word out of a name; a generated city never does (`Secretary Austin`). */
function blocksName(hit: GazHit, first: boolean): boolean {
  if (!hit || hit.data.city === true) return false;
  return hit.data.type !== 'place' || first;
}

/** `d’Estaing`, `d'Escoto`: French and Spanish `d’` glued to a capitalised surname. */
function isElidedSurname(text: string): boolean {
  if (text.length < 4 || text.charCodeAt(0) !== 100) return false;
  const apostrophe = text.charCodeAt(1);
  return (apostrophe === 39 || apostrophe === 0x2019) && isUpper(text.charCodeAt(2)) && !isUpper(text.charCodeAt(3));
}

function isNameWord(w: Word): boolean {
  return w.isWord && w.cap && w.text.length > 1 && !w.upper && !w.capsLine && !/\d/.test(w.text) && !isNonNameWord(w.key) && !NAME_SUFFIXES.has(w.key);
}

/**
 * The end (exclusive) of a personal name starting at word j, or -1:
 * capitalised words with initials (`Joseph R. Biden`), particles
 * (`Ursula von der Leyen`, `Mohammed bin Salman`), hyphenated parts
 * (`Al-Kadhimi`) and a regnal numeral (`Abdullah II`); `Jr.` stays out.
 */
/** Heads of things named after a person, besides awards and meetings. */
const NAMED_AFTER_HEADS = new Set(['Lecture', 'Lectures', 'Memorial']);

/** Words that go on from a given name into an Arabic family name: `Sabah Al-Ahmad`, `Tamim bin Hamad`. */
const FAMILY_LINKS = new Set(['Al', 'El', 'bin', 'Bin', 'ibn', 'Ibn']);

export function nameEnd(words: readonly Word[], gaz: readonly GazHit[], j: number, afterTitle = false): { end: number; names: number; shaped: boolean } | null {
  let s = words[j]?.sentence;
  let k = j;
  let names = 0;
  let last = -1;
  let shaped = false;
  // (a family's `Al`/`El` does not count towards the five words a name may have: `Nawaf Al-Ahmad Al-Jaber Al-Sabah`)
  let familyParticles = 0;
  while (k < words.length && names - familyParticles < 5) {
    // `W. B.` at a line's end, `Yeats` on the next: a sentence break after an initial is none
    if (words[k]!.sentence !== s) {
      if (k > j && INITIAL.test(words[k - 1]!.text) && words[k]!.cap) s = words[k]!.sentence;
      else break;
    }
    const w = words[k]!;
    // (`Steven L. Jordan`: after a given name and an initial, a country's name is the surname)
    // (`Bill Clinton`, `Bill Gates`: `Bill`, which heads laws, opens a name before another name word)
    const bill = k === j && w.key === 'Bill' && !w.capsLine && words[k + 1] !== undefined && words[k + 1]!.sentence === w.sentence && isNameWord(words[k + 1]!);
    // (`Haitham bin Tariq Al Said`: after a family's `Al`, a capitalised word is the family's name, common word or not)
    const family = names > 0 && k > j && (words[k - 1]!.key === 'Al' || words[k - 1]!.key === 'El') && w.isWord && w.cap && !w.upper && !w.capsLine && w.text.length > 1;
    // (`Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah`: after a title, a place's name that a family's `Al`/`bin` follows is a
    // given name; not `our sister Caribbean Community`)
    const givenAfterTitle = k === j && afterTitle && gaz[k]?.data.type === 'place' && gaz[k]!.end === k + 1 && FAMILY_LINKS.has(words[k + 1]?.key ?? '');
    // (`Valéry Giscard d’Estaing`, `Miguel d’Escoto`: an elided particle glued to a surname)
    const elided = names > 0 && w.isWord && isElidedSurname(w.text);
    // (`Hassan Sheikh Mohamud`, `Sharif Sheikh Ahmed`: after a given name and before another name word, `Sheikh` is
    // part of a Somali name, not the title it is before one: `Amir Sheikh Tamim`)
    const sheikhInName = names === 1 && last === k - 1 && w.key === 'Sheikh' && words[k + 1] !== undefined && words[k + 1]!.sentence === w.sentence && isNameWord(words[k + 1]!);
    if (elided || sheikhInName) {
      names++;
      last = k;
      k++;
      continue;
    }
    if ((isNameWord(w) || bill || family) && (!blocksName(gaz[k] ?? null, k === j) || family || givenAfterTitle || (names > 0 && INITIAL.test(words[k - 1]!.text)))) {
      if (INITIAL.test(w.text)) shaped = true;
      names++;
      if (w.key === 'Al' || w.key === 'El') familyParticles++;
      last = k;
      k++;
      continue;
    }
    if (INITIAL.test(w.text) && !w.capsLine) {
      shaped = true;
      k++;
      continue;
    }
    const next = words[k + 1];
    // (`Nouri al-Maliki`: a particle joined by a hyphen)
    const hyphened = next && !next.gap && next.text === '-' && words[k + 2] && !words[k + 2]!.gap && isNameWord(words[k + 2]!);
    if (hyphened && (names > 0 || afterTitle) && NAME_PARTICLES.has(w.key) && !w.cap) {
      shaped = true;
      k += 2;
      continue;
    }
    if ((names > 0 || afterTitle) && NAME_PARTICLES.has(w.key) && !w.cap && next && (isNameWord(next) || NAME_PARTICLES.has(next.key))) {
      shaped = true;
      k++;
      continue;
    }
    if (names > 0 && !w.isWord && !w.gap && (w.text === '-' || w.text === '\u2010') && next && !next.gap && next.isWord && last === k - 1) {
      // `Han Seung-soo`, `Moon Jae-in`: a short lower-case syllable ends a hyphenated given name (not `-led`, `-era`)
      if (/^\p{Ll}{2,4}$/u.test(next.text) && !HYPHEN_SUFFIXES.has(next.text) && !(words[k + 2] && !words[k + 2]!.gap && words[k + 2]!.text === '-')) {
        last = k + 1;
        k += 2;
        continue;
      }
      // `Prayut Chan-o-cha`: two syllables joined by hyphens
      const third = words[k + 3];
      if (/^\p{Ll}{1,4}$/u.test(next.text) && words[k + 2]!.text === '-' && third && !third.gap && !words[k + 2]!.gap && /^\p{Ll}{2,4}$/u.test(third.text) && !(words[k + 4] && !words[k + 4]!.gap && words[k + 4]!.text === '-')) {
        last = k + 3;
        k += 4;
        continue;
      }
      k++;
      continue;
    }
    // `Charles III`, `Mohammed VI`: a numeral after a single given name is part of a ruler's name;
    // after a full name (`Lloyd J. Austin III`) it is a generational suffix, left out like `Jr.`.
    // (`Pope John Paul II`: after `Pope`, two given names take the numeral too)
    const papal = names === 2 && words[j - 1]?.key === 'Pope' && k === j + 2;
    if ((names === 1 || papal) && REGNAL_NUMERALS.has(w.key) && last === k - 1 && !(next && next.isWord && next.cap)) {
      last = k;
      names++;
      break;
    }
    break;
  }
  // `Madeleine K. Albright Democracy Award`, `Harry S. Truman Scholarship`: an award named after a person; the name ends
  // before the award's own words (its head, and the common words before it). So for lectures, days and meetings
  // named after someone: `the 18th Nelson Mandela Annual Lecture`, `Nelson Mandela Peace Summit` (not `Day`, a surname too).
  if (last > j && (AWARD_HEADS.has(words[last]!.key) || NAMED_AFTER_HEADS.has(words[last]!.key) || EVENT_HEADS.has(words[last]!.key))) {
    last--;
    names--;
    while (last > j && words[last]!.isWord && (isCommonWord(words[last]!.text) || NAMED_AFTER_HEADS.has(words[last]!.key))) { last--; names--; }
  }
  if (names <= 0 || last < j) return null;
  return { end: last + 1, names, shaped };
}


/** `president`, `minister`: titles written in lower case, for names of two words or more. */
const LOWER_TITLE_HEADS: ReadonlySet<string> = new Set([...TITLE_HEADS].filter((t) => /^[A-Z][a-z-]+$/.test(t)).map((t) => t.toLowerCase()));

function isTitleHead(w: Word): boolean {
  if (!w.isWord || w.capsLine) return false;
  return w.cap ? TITLE_HEADS.has(w.key) : LOWER_TITLE_HEADS.has(w.key);
}

function isTitleWord(w: Word): boolean {
  return w.isWord && isTitleKey(w.key);
}

/** Walks back from a title head over its phrase; returns the role's first word. */
function roleStart(words: readonly Word[], head: number): number {
  let s = head;
  let k = head - 1;
  const sent = words[head]!.sentence;
  while (k >= 0 && words[k]!.sentence === sent) {
    const w = words[k]!;
    if (isTitleWord(w) && w.cap) { s = k; k--; continue; }
    // `The Vice President and President Tinubu`: one person holds no title twice, so the title before `and` is someone else's.
    if (w.key === 'and' && k - 1 >= 0 && words[k - 1]!.key === words[head]!.key) break;
    if ((w.key === 'and' || w.key === 'of' || w.key === 'the' || (!w.isWord && !w.gap && w.text === '-')) && k - 1 >= 0 && isTitleWord(words[k - 1]!)) { k--; continue; }
    break;
  }
  return s;
}

/** The country a role belongs to: `Chinese`/`U.S.`/`Japan's` before it, or `of Japan` after the name. */
function roleCountry(words: readonly Word[], gaz: readonly GazHit[], before: number, after: number): string | null {
  // before: index of the word just before the role
  const b = words[before];
  if (b && b.key === "'s") {
    for (let k = before - 1; k >= 0 && k >= before - 4; k--) {
      const h = gaz[k];
      if (h && h.end === before && h.data.type === 'country') return h.data.id;
    }
  }
  for (let k = before; k >= 0 && k >= before - 4; k--) {
    const h = gaz[k];
    if (h && h.end === before + 1 && h.data.type === 'country' && !insideLonger(gaz, k)) return h.data.id;
  }
  let a = after;
  if (words[a]?.key === 'of') {
    a++;
    if (words[a]?.key === 'the') a++;
    const h = gaz[a];
    if (h && h.data.type === 'country') return h.data.id;
  }
  return null;
}

function insideLonger(gaz: readonly GazHit[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) if ((gaz[j]?.end ?? 0) > k) return true;
  return false;
}

/** People found from their context: titles, given names, name shapes, reporting verbs. */
/** After a title: `Foreign Minister Wang Yi`, `President Zelenskyy of Ukraine`. The index after the name, or -1. */
/** Ranks that are also adjectives: `Major`, `General`, `Private`. */
const ADJECTIVE_RANKS = new Set(['Major', 'General', 'Private', 'Chief']);

function afterTitle(text: string, words: readonly Word[], gaz: readonly GazHit[], i: number, out: PersonHit[]): number {
  const w = words[i]!;
  const n = words.length;
  // 1. After a title: `Foreign Minister Wang Yi`, `Minister of Defense Oleksii Reznikov`, `President Zelenskyy of Ukraine`.
  if (isTitleHead(w)) {
    let p = i + 1;
    let viaCountry: string | null = null;
    if (words[p]?.key === 'of' && w.cap) {
      let q = p + 1;
      if (words[q]?.key === 'the') q++;
      const from = q;
      const h = gaz[q];
      if (h && (h.data.type === 'country' || h.data.type === 'org')) {
        if (h.data.type === 'country') viaCountry = h.data.id;
        q = h.end;
      } else {
        while (q < n && words[q]!.sentence === w.sentence && (PORTFOLIOS.has(words[q]!.key) || (!words[q]!.isWord && !words[q]!.gap))) q++;
      }
      // (`the President of the Republic`: nothing after `of the` is a portfolio or a country; no name follows.)
      if (q > from) p = q;
    }
    let run = nameEnd(words, gaz, p, true);
    const p0 = p;
    // `Secretary Wals- — Walsh`: a name cut off in a transcript, then said again
    if (run && isCutOff(words, run.end)) {
      let q = run.end;
      while (q < n && !words[q]!.isWord && /^[\u2014\u2013-]+$/.test(words[q]!.text)) q++;
      p = q;
      run = words[q]?.sentence === w.sentence ? nameEnd(words, gaz, q, true) : null;
    }
    // `a Major Non-NATO Ally`: a rank that is also an adjective needs a word that is mostly a name after it.
    if (run && ADJECTIVE_RANKS.has(w.key) && run.end === p + 1) {
      const b = caseBucket(words[p]!.text);
      if (b === 1 || b === 2 || (words[p + 1]?.text === '-' && !words[p + 1]!.gap)) run = null;
    }
    if (run && (w.cap || run.names >= 2) && !followedByHead(words, run.end)) {
      const rs = roleStart(words, i);
      let role = text.slice(words[rs]!.start, words[i]!.end);
      if (p0 > i + 1) role = text.slice(words[rs]!.start, words[p0 - 1]!.end);
      out.push({ start: p, end: run.end, role: w.cap ? role : null, country: viaCountry ?? roleCountry(words, gaz, rs - 1, run.end), via: 'title' });
      return run.end;
    }
  }
  return -1;
}

/** A transcript speaker label: `MS. PSAKI:`. The index after the name, or -1. */
function transcriptLabel(text: string, words: readonly Word[], gaz: readonly GazHit[], i: number, out: PersonHit[]): number {
  const w = words[i]!;
  const n = words.length;
  // 0. Transcript speaker labels: `MS. PSAKI:`, `MR. KIRBY:`, `MS. JEAN-PIERRE:`.
  if (/^(?:MR|MS|MRS|DR)\.$/.test(w.text) && words[i + 1]?.upper && words[i + 1]!.sentence === w.sentence) {
    let k = i + 1;
    while (k < n && words[k]!.sentence === w.sentence && (words[k]!.upper || (!words[k]!.gap && words[k]!.text === '-' && words[k + 1]?.upper))) k++;
    if (words[k]?.text === ':') {
      out.push({ start: i + 1, end: k, role: null, country: null, via: 'title' });
      return k;
    }
  }
  // `PRESIDENT BIDEN:`, `PRIME MINISTER KISHIDA:`, `SECRETARY BLINKEN:`: a title in capitals, then the name.
  if (w.upper && w.text.length > 2 && isUpperTitle(w)) {
    let k = i + 1;
    while (k < n && words[k]!.sentence === w.sentence && words[k]!.upper && isUpperTitle(words[k]!)) k++;
    const nameStart = k;
    while (k < n && k < nameStart + 3 && words[k]!.sentence === w.sentence && ((words[k]!.upper && words[k]!.isWord && !isUpperTitle(words[k]!)) || (!words[k]!.gap && words[k]!.text === '-' && words[k + 1]?.upper))) k++;
    let common = false;
    for (let q = nameStart; q < k; q++) {
      const b = words[q]!.isWord ? caseBucket(titleCased(words[q]!.text)) : 0;
      if (b === 1 || b === 2) common = true; // `SENIOR ADMINISTRATION OFFICIAL:` names no one
    }
    if (k > nameStart && !common && words[k]?.text === ':' && (i === 0 || words[i - 1]!.sentence !== w.sentence || !words[i - 1]!.isWord)) {
      out.push({ start: nameStart, end: k, role: null, country: null, via: 'title' });
      return k;
    }
  }
  return -1;
}

/** A title word written in capitals: `PRESIDENT`, `PRIME`, `MINISTER`. */
function isUpperTitle(w: Word): boolean {
  return w.isWord && isTitleKey(titleCased(w.text));
}

/** Surnames before `administration`: `the Biden-Harris Administration`. The index after the name, or -1. */
function beforeAdministration(text: string, words: readonly Word[], gaz: readonly GazHit[], i: number, out: PersonHit[]): number {
  const w = words[i]!;
  // 2. `the Biden administration`, `the Biden-Harris Administration`: surnames before `administration`.
  if (w.isWord && w.cap && !w.capsLine && !gaz[i] && isNameWord(w) && words[i + 1]?.text === '-' && !words[i + 1]!.gap && words[i + 2] && isNameWord(words[i + 2]!) &&
      !gaz[i + 2] && /^[Aa]dministration(?:'s|’s)?$/.test(words[i + 3]?.key ?? '')) {
    out.push({ start: i, end: i + 1, role: null, country: null, via: 'shape' });
    out.push({ start: i + 2, end: i + 3, role: null, country: null, via: 'shape' });
    return i + 3;
  }
  if (w.isWord && w.cap && !w.capsLine && !gaz[i] && (words[i - 1]?.key === 'the' || words[i - 1]?.key === 'The') && /^[Aa]dministration$/.test(words[i + 1]?.key ?? '') && isNameWord(w)) {
    out.push({ start: i, end: i + 1, role: null, country: null, via: 'shape' });
    return i + 1;
  }
  return -1;
}

/** Hyphens joining two capitalised words between words s and e (`Kendall-Taylor`). */
function hyphenJoins(words: readonly Word[], s: number, e: number): number {
  let n = 0;
  for (let k = s + 1; k + 1 < e; k++) {
    const w = words[k]!;
    if (!w.isWord && w.text === '-' && !w.gap && !words[k + 1]!.gap && words[k - 1]!.cap && words[k + 1]!.cap) n++;
  }
  return n;
}

/** A place or country known to the lists ends just before word i. */
function endsPlaceName(gaz: readonly GazHit[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const h = gaz[k];
    if (h && h.end === i && (h.data.type === 'place' || h.data.type === 'country')) return true;
  }
  return false;
}

/** After a long title: `Assistant to the President for National Security Affairs Jake Sullivan`. The index after the name, or -1. */
function afterLongTitle(text: string, words: readonly Word[], gaz: readonly GazHit[], i: number, out: PersonHit[]): number {
  const w = words[i]!;
  // 3. A known given name, a name shape (initials, particles), or a reporting verb.
  // 4. After a long title in capitals: `Assistant to the President for National Security Affairs Jake Sullivan`.
  // (`Senior Director for Europe Andrea Kendall-Taylor`: a region or country ends the title's tail too)
  const titled = w.isWord && w.cap && !w.capsLine && !gaz[i] && i > 0 && isNameWordLoose(words[i - 1]!) &&
    (GIVEN.has(w.key) || TITLE_MODIFIERS.has(words[i - 1]!.key) || PORTFOLIOS.has(words[i - 1]!.key) || endsPlaceName(gaz, i)) ? titlePhraseStart(words, i) : -1;
  if (titled >= 0) {
    const run = nameEnd(words, gaz, i, true);
    // (without a known given name, the name is the last two words: `… Affairs Jake Sullivan`)
    // (`Kendall-Taylor` is one surname of two name words)
    const parts = run ? run.names - hyphenJoins(words, i, run.end) : 0;
    if (run && run.names >= 2 && parts <= (GIVEN.has(w.key) ? 3 : 2) && (!words[run.end] || !isNameWordLoose(words[run.end]!)) && !followedByHead(words, run.end)) {
      out.push({ start: i, end: run.end, role: text.slice(words[titled]!.start, words[i - 1]!.end), country: roleCountry(words, gaz, titled - 1, run.end), via: 'title' });
      return run.end;
    }
  }
  return -1;
}

/** What two leaders hold: `the Biden-Xi call`, `a Putin-Kim summit`. */
const MEETING_NOUNS: ReadonlySet<string> = new Set(['call', 'calls', 'meeting', 'meetings', 'summit', 'summits', 'talks', 'phone', 'video', 'bilateral', 'conversation']);

/**
 * `the Biden-Xi call`: two surnames joined by a hyphen before a meeting word are two people,
 * as two countries are in `China-Russia relations`. Words the lists know (countries,
 * places, bodies) and words that are no names are left alone. The index after the pair, or -1.
 */
function meetingPair(words: readonly Word[], gaz: readonly GazHit[], i: number, out: PersonHit[]): number {
  const a = words[i]!;
  const dash = words[i + 1];
  const b = words[i + 2];
  const noun = words[i + 3];
  if (!a.isWord || !a.cap || a.capsLine || !dash || dash.isWord || dash.text !== '-' || dash.gap || !b || !b.isWord || !b.cap || b.gap) return -1;
  if (!noun || !noun.isWord || noun.cap || noun.sentence !== a.sentence || !MEETING_NOUNS.has(noun.key)) return -1;
  for (const k of [i, i + 2]) {
    const w = words[k]!;
    if (gaz[k] || w.upper || isNonNameWord(w.key) || isTitleKey(w.key) || !isNameLike(w.text)) return -1;
  }
  out.push({ start: i, end: i + 1, role: null, country: null, via: 'shape' });
  out.push({ start: i + 2, end: i + 3, role: null, country: null, via: 'shape' });
  return i + 3;
}

/** A known given name, a name shape (initials, particles) or a reporting verb around it. The index after the name, or -1. */
function byShape(text: string, words: readonly Word[], gaz: readonly GazHit[], i: number, out: PersonHit[]): number {
  const w = words[i]!;
  if (w.isWord && w.cap && !w.capsLine && !blocksName(gaz[i] ?? null, true) && (i === 0 || !isNameWordLoose(words[i - 1]!))) {
    const run = nameEnd(words, gaz, i);
    // (`W. B. Yeats`: initials before a surname make a name of one name word)
    // (initials before one word: `W. B. Yeats` is a name, `I. Opening` a heading)
    const initialsFirst = INITIAL.test(w.text);
    if (run && (initialsFirst ? words[run.end - 1]!.text.length > 2 && isNameLike(words[run.end - 1]!.text) : run.names >= 2) && !followedByHead(words, run.end)) {
      const given = GIVEN.has(w.key);
      const verb = REPORTING_VERBS.has(words[run.end]?.key ?? '') || (words[run.end]?.text === ',' && REPORTING_VERBS.has(words[run.end + 1]?.key ?? '')) ||
        (i > 0 && REPORTING_VERBS.has(words[i - 1]!.key));
      // (`The Group for Advanced Capabilities met`, `Democratic Institutions and Human Rights said`: words mostly
      // written in lower case before a verb are a body's or a topic's, no person's)
      const nameWord = verb && !given && !run.shaped ? words.slice(i, run.end).some((x) => x.isWord && x.cap && isNameLike(x.text)) : true;
      if ((given || run.shaped || verb) && nameWord && !isCutOff(words, run.end)) {
        out.push({ start: i, end: run.end, role: null, country: null, via: given ? 'given' : run.shaped ? 'shape' : 'verb' });
        return run.end;
      }
    }
  }
  return -1;
}

export function findPersons(text: string, words: readonly Word[], gaz: readonly GazHit[]): PersonHit[] {
  const out: PersonHit[] = [];
  const n = words.length;
  // Each way of finding a name is a function of its own: as one function, V8 optimised this
  // 10 times on 20 MB of text, each rare path recompiling all of it (--trace-opt).
  let i = 0;
  while (i < n) {
    let next = afterTitle(text, words, gaz, i, out);
    if (next < 0) next = transcriptLabel(text, words, gaz, i, out);
    if (next < 0) next = beforeAdministration(text, words, gaz, i, out);
    if (next < 0) next = afterLongTitle(text, words, gaz, i, out);
    if (next < 0) next = meetingPair(words, gaz, i, out);
    if (next < 0) next = byShape(text, words, gaz, i, out);
    i = next < 0 ? i + 1 : next;
  }
  return out;
}

/**
 * The start of a title phrase that ends just before word i and takes a tail
 * (`Assistant to the President for … Affairs`, `Special Envoy for Climate`), or -1:
 * a capitalised title head followed by `to`/`for`, then capitalised words and connectors only.
 */
function titlePhraseStart(words: readonly Word[], i: number): number {
  const sent = words[i]!.sentence;
  for (let k = i - 2; k >= 0 && k >= i - 14 && words[k]!.sentence === sent; k--) {
    const w = words[k]!;
    if (!w.isWord) return -1;
    if (w.cap && TITLE_HEADS.has(w.key) && (words[k + 1]!.key === 'to' || words[k + 1]!.key === 'for' || (words[k + 1]!.key === 'of' && forAfter(words, k + 2, i)))) return roleStart(words, k);
    if (!w.cap && !TITLE_TAIL_CONNECTORS.has(w.key)) return -1;
  }
  return -1;
}
const TITLE_TAIL_CONNECTORS: ReadonlySet<string> = new Set(['to', 'for', 'the', 'and', 'of', 'on']);

/** `Assistant Secretary of State for East Asian and Pacific Affairs`: a `for` between words [from, to) opens the portfolio. */
function forAfter(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k]!.key === 'for') return true;
  return false;
}

/** Not a word mostly written in lower case (`I. Opening` is a heading, `W. B. Yeats` a name). */
function isNameLike(text: string): boolean {
  const b = caseBucket(text);
  return b === 0 || b >= 4;
}

function isNameWordLoose(w: Word): boolean {
  return w.isWord && w.cap && !w.capsLine;
}

/** `Secretary Blinken Foundation`: a name followed by an organisation word is not a person. */
function followedByHead(words: readonly Word[], end: number): boolean {
  // `James S. Brady Press Briefing Room`: the head may come after a few more capitalised words
  for (let k = end; k < end + 3; k++) {
    const w = words[k];
    if (!w || !w.isWord || !w.cap || w.sentence !== words[end - 1]?.sentence) return false;
    if (isHeadLike(w.key) && !TITLE_HEADS.has(w.key) && !TITLE_MODIFIERS.has(w.key) && !NAME_SUFFIXES.has(w.key)) return true;
    if (/^(The|And|Of|In|On|At|For|To|As|By|With|But|Or|He|She|It|They|We|This|That)$/.test(w.key) || TITLE_HEADS.has(w.key) || MONTHS_OR_DAYS(w.key)) return false;
  }
  return false;
}

function MONTHS_OR_DAYS(key: string): boolean {
  return /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(key);
}

import { ORG_HEADS, ORG_HEADS_BEFORE_OF } from '../lexicon/organisations.js';
import { PLACE_HEADS } from '../lexicon/places.js';
import { TREATY_HEADS } from '../lexicon/treaty-words.js';

function isHeadLike(key: string): boolean {
  return ORG_HEADS.has(key) || ORG_HEADS_BEFORE_OF.has(key) || PLACE_HEADS.has(key) || TREATY_HEADS.has(key);
}
