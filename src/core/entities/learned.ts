import { WEEKDAYS } from '../lexicon/dates.js';
import { REPORTING_VERBS } from '../lexicon/entity-context.js';
import { BARE_KINDS, ORG_HEADS } from '../lexicon/organisations.js';
import { NAME_SUFFIXES } from '../lexicon/titles.js';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/name-genders.js';
import type { Token } from '../types.js';
import { CONCEPT_HEADS, EVENT_HEADS, isConceptAcronym } from '../lexicon/concepts.js';
import type { Candidate } from './candidates.js';
import { makeCandidate, PRIORITY } from './candidates.js';
import { FAMILY, GIVEN, isFunctionWord, isNonNameWord, isStateForm, isTitleKey, titleCased } from './lexicon-sets.js';
import { articleStart } from './patterns.js';
import { romanValue } from '../strings.js';
import { HYPHEN_SUFFIXES } from './persons.js';
import { hashLower } from './tagger/features.js';
import { tagSpans } from './tagger/index.js';
import model from './tagger/model.json' with { type: 'json' };
import type { Word } from './words.js';

/** A name the learned tagger found, over words [start, end). */
export interface LearnedHit {
  start: number;
  end: number;
  type: 'person' | 'place' | 'org';
}

const CONTEXT = 4;
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr']);
const TEAM_ROLES = new Set(['striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'manager', 'coach', 'captain', 'forward', 'pitcher', 'quarterback']);
const LED_BODIES = new Set(['Administration', 'Government', 'Cabinet', 'Campaign', 'Team']);
/** Common nouns of bodies: a lone name right before one is an organisation's (`Kadima party`, `Bernama news agency`). */
const ORG_KINDS = new Set([
  'party', 'movement', 'faction', 'militia', 'organization', 'organisation', 'network', 'company', 'firm', 'corporation',
  'newspaper', 'daily', 'agency', 'bank', 'club', 'airline', 'airlines', 'broadcaster', 'coalition', 'alliance', 'bloc',
  'conglomerate', 'carrier', 'automaker', 'retailer', 'insurer', 'lender', 'manufacturer', 'publisher', 'magazine',
]);
const ADJECTIVE_ENDINGS = ['ish', 'ite', 'ist', 'ean', 'ian', 'amic', 'olic'];
/** Adjectives of peoples and regions the endings miss (`U.S.-Nordic partnership`, `Latino communities`). */
export const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set(['Nordic', 'Latino', 'Latina', 'Latinx', 'Hispanic', 'Arab', 'Slavic', 'Germanic', 'Celtic', 'Turkic', 'Semitic', 'Muslim', 'Jew', 'Sikh', 'Hindu', 'Buddhist', 'Islam', 'Christianity', 'Judaism', 'Hinduism', 'Buddhism']);
/** `Kurdish`, `Christians`, `Muslims`: an adjective of a people or faith, or its plural. */
function isPeopleAdjective(key: string): boolean {
  const singular = key.endsWith('s') ? key.slice(0, -1) : key;
  return [key, singular].some((k) => ADJECTIVE_ENDINGS.some((x) => k.endsWith(x)) || PEOPLE_ADJECTIVES.has(k));
}
/** Diseases named by acronym or name, which news-trained taggers take for organisations (`HIV`, `COVID-19`). */
const PROGRAMMES = new Set(['Medicare', 'Medicaid']);
const DEGREES = new Set(['B.A.', 'B.S.', 'M.A.', 'M.S.', 'J.D.', 'Ph.D.', 'M.D.', 'M.B.A.', 'LL.M.', 'LL.B.', 'M.P.H.', 'M.P.P.', 'M.P.A.', 'B.Sc.', 'M.Sc.', 'Ed.D.', 'M.Ed.']);

/**
 * A one-word mention that names no entity of SPEC's kinds, whichever layer found it: `Medicare`, `Medicaid` (public
 * programmes; 3,110 in the White House corpus, tagged person, place and organisation) and degrees (`a B.A. from
 * Yale`, `a J.D. from Harvard`: about 1,900 in the nominations, tagged places and organisations).
 */
export function namesNoEntity(text: string): boolean {
  return PROGRAMMES.has(text) || DEGREES.has(text) || NO_ENTITY_TEXTS.has(text);
}

/**
 * One-word mentions the tagger or a pattern took for names, each dozens of times in the White House and UN sample (counts per
 * 6 MB), that no gold set annotates: `LGBTQI+ communities` (71, persons), `Ambassador Extraordinary and
 * Plenipotentiary` (45), `Via Teleconference` (17), party members in the plural (`Republicans`, 33 persons),
 * a variant (`Omicron`), and the head of a longer name alone (`School`, `Clinic`, `Museum`, `Policy`, `Summit`).
 */
const NO_ENTITY_TEXTS = new Set([
  'LGBTQI', 'LGBTQ', 'LGBT', 'LGBTQIA', 'Extraordinary', 'Plenipotentiary', 'Teleconference',
  'Republicans', 'Democrats', 'Omicron', 'School', 'Clinic', 'Museum', 'Policy', 'Summit',
]);
const DISEASES = new Set(['HIV', 'AIDS', 'COVID', 'RSV', 'SARS', 'MERS', 'Ebola', 'Zika', 'Mpox', 'H1N1', 'H5N1', 'Malaria', 'Polio']);
/** God and the faiths, which speeches invoke (`in the name of Allah`, `Islam is a religion of peace`): no person, place or body. */
const FAITH_WORDS = new Set(['God', 'Allah', 'Almighty', 'Lord', 'Islam', 'Christianity', 'Judaism', 'Buddhism', 'Hinduism', 'Prophet']);
/** Heads of award names: `Prize`, `Medal`, `Scholarship`. */
export const AWARD_HEADS: ReadonlySet<string> = new Set(['Award', 'Awards', 'Prize', 'Prizes', 'Medal', 'Medals', 'Scholarship', 'Scholarships', 'Fellowship', 'Fellowships', 'Trophy']);
const PRIZE_WINNERS = new Set(['winner', 'winners', 'laureate', 'laureates', 'recipient', 'recipients']);
const PROCESS_NOUN = /i[sz]ation$/;
const COMPASS_ADJECTIVE = /^(Eastern|Western|Northern|Southern|European|Asian|African)$/;
/** `Mr.`, `DR.`: abbreviations that are titles, never the start of a name the tagger could add. */
const ABBREVIATION = /^[A-Z][A-Za-z]{0,3}\.$/;
/** Transcript words that open sentences and are never names. */
const MEMBER_KINDS = new Set(['State', 'States', 'Country', 'Countries', 'Nation', 'Nations', 'Economies', 'Organizations', 'Organisations']);
const INTERJECTIONS = new Set(['Okay', 'OK', 'Yeah', 'Hi', 'Oh', 'Hey', 'Yes', 'No', 'Well', 'Sure', 'Right', 'Thanks', 'Thank', 'Absolutely', 'Great']);

const TYPE = { PER: 'person', LOC: 'place', ORG: 'org' } as const;

/** `Q`, `MS.`: transcript furniture and lone initials are never names on their own. */
const SHORT_OR_INITIAL = /^(?:[A-Za-z]\.?|[A-Z][a-z]?\.)$/;

let caseTable: Map<number, number> | undefined;

/**
 * How often a word is capitalised inside sentences of unlabelled official
 * text, from the tagger's model: 1 (< 2 %) … 5 (≥ 97 %), 0 unknown. The
 * tagger over-tags capitalised common words (`Framework`, `Laughter`); a
 * name has at least one word that is not mostly written in lower case.
 */
/** A word mostly written in lower case (`Democracy`, `Memorial`, `Foreign`). */
export function isCommonWord(text: string): boolean {
  const b = caseBucket(text);
  return b === 1 || b === 2;
}

export function caseBucket(word: string): number {
  if (!caseTable) {
    caseTable = new Map();
    const keys = Buffer.from(model.caseKeys, 'base64');
    const buckets = Buffer.from(model.caseBuckets, 'base64');
    for (let i = 0; i < buckets.length; i++) caseTable.set(keys.readInt32LE(i * 4), buckets[i]!);
  }
  return caseTable.get(hashLower(word)) ?? 0;
}

/**
 * A word said to someone, alone between a pause and the end of a turn:
 * `Go ahead, Olivia.`, `Thanks, Karine.`, `MS. JEAN-PIERRE: Andrea.` (press
 * briefings call on reporters by their first names; annotators count them).
 */
function isVocative(words: readonly Word[], k: number): boolean {
  const before = words[k - 1];
  const after = words[k + 1];
  const opens = before === undefined || before.sentence !== words[k]!.sentence || before.text === ',' || before.text === ':';
  const closes = after === undefined || after.sentence !== words[k]!.sentence || after.text === '.' || after.text === '?' || after.text === '!' || after.text === ',';
  return opens && closes;
}

/** Words a briefing calls on someone with, before the comma: `Go ahead, Weijia.`, `Thanks, Gerren.`, `Thank you, Patsy.` */
const CALLING_WORDS = new Set(['ahead', 'Thanks', 'thanks', 'you', 'Yes', 'Yeah', 'Sure', 'Okay', 'OK', 'Hi', 'Hey', 'Well', 'question', 'answer']);

/**
 * A lone word called on in a briefing (`Go ahead, Weijia.`, `Well, Patsy, one thing to note`, `to your question,
 * M.J.,`, `Andrea, do you want to go first?`): a reporter's first name, whatever the tagger took it for.
 */
function calledOn(words: readonly Word[], k: number): boolean {
  const comma = words[k - 1];
  const calling = words[k - 2];
  if (comma !== undefined && comma.text === ',' && calling !== undefined && calling.sentence === words[k]!.sentence && CALLING_WORDS.has(calling.key)) return true;
  // (opening a turn, then `, do you` or `, go ahead`)
  const opens = comma === undefined || comma.sentence !== words[k]!.sentence || comma.text === ':';
  return opens && words[k + 1]?.text === ',' && ((words[k + 2]?.key === 'do' && words[k + 3]?.key === 'you') || (words[k + 2]?.key === 'go' && words[k + 3]?.key === 'ahead'));
}

/** Given names alone in a vocative (`Go ahead, Olivia.`), on words no layer claimed. */
export function findVocatives(words: readonly Word[], covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (covered[k] || !w.isWord || !w.cap || w.upper || w.capsLine || !isVocative(words, k)) continue;
    const lower = w.key.toLowerCase();
    if (!(GIVEN.has(w.key) || FEMALE_NAMES.has(lower) || MALE_NAMES.has(lower) || calledOn(words, k)) || isNonNameWord(w.key) || INTERJECTIONS.has(w.key)) continue;
    // (`MR. SULLIVAN: Wait, I'm sorry`: opening a turn, a word mostly written in lower case is a word, not a name)
    const bucket = caseBucket(w.key);
    if (bucket >= 1 && bucket <= 2 && (words[k - 1] === undefined || words[k - 1]!.sentence !== w.sentence || words[k - 1]!.text === ':')) continue;
    out.push(makeCandidate(k, k + 1, 'person', w.text, null, 'short', PRIORITY.guess));
  }
  return out;
}

/** A reporting verb follows (after an adverb or `has`/`had`): `X crucially added`, `X has said`. */
function saysNext(words: readonly Word[], e: number): boolean {
  let k = e;
  if (/ly$/.test(words[k]?.key ?? '') || /^(has|had|have)$/.test(words[k]?.key ?? '')) k++;
  // (`as Mandela put it`)
  return REPORTING_VERBS.has(words[k]?.key ?? '') || ((words[k]?.key === 'put' || words[k]?.key === 'puts') && words[k + 1]?.key === 'it');
}

/** Offices named after a body (`NSC Senior Director`, `OMB Director`), never the last word of a body's own name. */
const OFFICE_TITLES = new Set(['Director', 'Secretary', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Coordinator', 'Advisor', 'Adviser', 'Chair', 'Chairman', 'Chairwoman', 'Chairperson']);
const OFFICE_MODIFIERS = new Set(['Senior', 'Deputy', 'Press', 'Acting', 'Assistant', 'Principal', 'Executive', 'Special']);

function isTitleWord(w: Word): boolean {
  // (in a headline in capitals: `PRESIDENT` as `President`)
  return isTitleKey(w.capsLine ? titleCased(w.key) : w.key);
}


/**
 * Names the learned tagger (tagger/, trained on GMB news) finds, mapped onto
 * the entity layers' words. The tagger reads whole tokens as its training data
 * did (`Biden-Harris`, `U.S.-led` are one token); its spans are widened to
 * whole words. MISC (mostly demonyms) is left to the gazetteer.
 */
export function findLearned(words: readonly Word[], tokens: readonly Token[], covered: Uint8Array): LearnedHit[] {
  const out: LearnedHit[] = [];
  // Only a capitalised word no other layer claimed, and that is not mostly written in lower case,
  // can start a name the layer would accept: the tagger reads a few tokens around such words only.
  // Its features look two tokens either way; a margin of CONTEXT keeps its decisions as on the
  // whole sentence while tagging a fraction of the text.
  const n = tokens.length;
  const trigger = new Uint8Array(n);
  let any = false;
  const capsWords = headlineWords(words);
  for (let k = 0, t = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!w.cap || covered[k] || (w.capsLine && capsWords[k]! < 4) || isFunctionWord(w.key) || isTitleWord(w) || ABBREVIATION.test(w.text) || INTERJECTIONS.has(w.key)) continue;
    // (in a headline in capitals, a word's usual case says whether it may be a name)
    const b = w.upper && !w.capsLine ? 0 : caseBucket(w.text);
    if (b !== 0 && b < 4) continue;
    while (t < n && tokens[t]!.end <= w.start) t++;
    if (t < n) { trigger[t] = 1; any = true; }
  }
  if (!any) return out;
  let wi = 0;
  const texts: string[] = [];
  let i = 0;
  while (i < n) {
    if (!trigger[i]) { i++; continue; }
    const s = tokens[i]!.sentence;
    let a = i;
    while (a > 0 && a > i - CONTEXT && tokens[a - 1]!.sentence === s) a--;
    let b = i + 1;
    let last = i;
    while (b < n && tokens[b]!.sentence === s && b <= last + CONTEXT) {
      if (trigger[b]) last = b;
      b++;
    }
    texts.length = 0;
    for (let k = a; k < b; k++) texts.push(tokens[k]!.text);
    for (const sp of tagSpans(texts)) {
      if (sp.type === 'MISC') continue;
      const from = tokens[a + sp.start]!.start;
      const to = tokens[a + sp.end - 1]!.end;
      while (wi < words.length && words[wi]!.start < from) wi++;
      let we = wi;
      while (we < words.length && words[we]!.end <= to) we++;
      if (we <= wi) continue;
      const type = TYPE[sp.type];
      const prev = out[out.length - 1];
      // `Tô` `Lâm`, `Edmundo` `Gonzalez Urrutia`: adjacent person spans are one name
      // (and a one-word name right after a person is the rest of it: `Gonzalez` `Urrutia`)
      if (prev && prev.end === wi && prev.type === 'person' && (type === 'person' || we - wi === 1) && words[wi]!.gap) { prev.end = we; continue; }
      // `Facebook and Twitter`: two names
      let a0 = wi;
      for (let k = wi + 1; k < we - 1; k++) {
        if (words[k]!.key === 'and' || words[k]!.text === ',') { out.push({ start: a0, end: k, type }); a0 = k + 1; }
      }
      out.push({ start: a0, end: we, type });
    }
    i = b;
  }
  return out;
}

/** `il` in `Jong-il`: a short lower-case word glued by a hyphen to a capitalised one (not `-led`, `-era`). */
function isSyllable(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  const dash = words[k - 1]!;
  const before = words[k - 2]!;
  const t = w.text;
  return w.isWord && !w.gap && !dash.gap && dash.text === '-' && before.isWord && before.cap && t.length >= 2 && t.length <= 4 &&
    t === t.toLowerCase() && !HYPHEN_SUFFIXES.has(t) && !(words[k + 1] && !words[k + 1]!.gap && words[k + 1]!.text === '-');
}

/**
 * Words in capitals per sentence. A line in capitals is read as a headline when it has four
 * words or more, not as a transcript's speaker label (`DR. WALENSKY:`) or a time line (`7:06 P.M. EST`).
 */
function headlineWords(words: readonly Word[]): Uint16Array {
  const out = new Uint16Array(words.length);
  let k = 0;
  while (k < words.length) {
    if (!words[k]!.capsLine) { k++; continue; }
    let e = k;
    let count = 0;
    while (e < words.length && words[e]!.capsLine && words[e]!.sentence === words[k]!.sentence) { if (words[e]!.isWord && words[e]!.cap) count++; e++; }
    out.fill(Math.min(count, 65535), k, e);
    k = e;
  }
  return out;
}

/** A dash glued to word e-1 and followed by a space or the line's end: `Wals— Governor`. */
export function isCutOff(words: readonly Word[], e: number): boolean {
  const d = words[e];
  if (!d || d.isWord || d.gap || !/^[\u2014\u2013-]+$/.test(d.text)) return false;
  const after = words[e + 1];
  return !after || after.gap;
}

/**
 * The tagger's names over words no other layer claimed, as candidates, with
 * guards against what news-trained taggers over-tag in official texts:
 * sentence-initial function words, titles alone, headlines in capitals,
 * transcript furniture (`Q`, `MS.`).
 */
export function learnedCandidates(words: readonly Word[], hits: readonly LearnedHit[], covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const capsWords = headlineWords(words);
  for (const h of hits) {
    let s = h.start;
    let e = h.end;
    // trim what is not part of a name at either end: `'s`, punctuation, lower-case words, titles before a person
    // (`New Orleans`, `New Guinea`: `New` before another capitalised word of the span opens the name)
    while (s < e && (!words[s]!.isWord || !words[s]!.cap || (h.type === 'person' && isTitleWord(words[s]!)) || (isFunctionWord(words[s]!.key) && !(words[s]!.key === 'New' && s + 1 < e && words[s + 1]!.cap)))) s++;
    // (`Biden Administration`, `Obama Government`: a person's name before the body they lead)
    while (e > s && (!words[e - 1]!.isWord || !words[e - 1]!.cap || (h.type === 'person' && (isTitleWord(words[e - 1]!) || LED_BODIES.has(words[e - 1]!.key))))) {
      // (`Kim Jong-il`, `Chen Shui-bian`: a short lower-case syllable after a hyphen ends a person's name)
      if (h.type === 'person' && e - s >= 3 && isSyllable(words, e - 1)) break;
      e--;
    }
    // `NSC Senior Director`, `State Department Spokesperson`: a title after a body's name is no part of it
    // (not in a name with connectors: `Office of the Vice President`)
    if (h.type !== 'person' && e - s >= 2 && OFFICE_TITLES.has(words[e - 1]!.key)) {
      let connectors = false;
      for (let k = s; k < e; k++) if (words[k]!.isWord && !words[k]!.cap) connectors = true;
      if (!connectors) {
        e--;
        while (e > s + 1 && OFFICE_MODIFIERS.has(words[e - 1]!.key)) e--;
      }
    }
    // `Jen —\n\nQ Thank you`: a dash between words ends a name
    for (let k = s + 1; k < e; k++) {
      const w = words[k]!;
      if (!w.isWord && (w.text === '\u2014' || w.text === '\u2013')) { e = k; break; }
    }
    while (e > s && !words[e - 1]!.isWord) e--;
    if (e <= s) continue;
    if (h.type !== 'person') s = articleStart(words, s);
    // `NGOs`, `LIUNA` as a person: plural acronyms are common nouns, a word in capitals is no one's name
    if (e - s === 1 && words[s]!.upper && (h.type === 'person' || /^[A-Z]+s$/.test(words[s]!.text))) continue;
    if (e - s === 1 && /^[A-Z]{2,}s$/.test(words[s]!.text)) continue;
    // `Joseph R. Biden, Jr met`: a name suffix alone is no one's name
    if (e - s === 1 && NAME_SUFFIXES.has(words[s]!.key)) continue;
    // `Bi—`, `Wals— Governor Walz`: a word cut off in a transcript (a dash, then a space) is no name
    if (isCutOff(words, e)) continue;
    // `Kurdish`, `Islamic`, `Shi'ite`, `Maoist`, `European` alone: adjectives of peoples, faiths and creeds, no place or organisation
    if (e - s === 1 && h.type !== 'person' && !words[s]!.upper && isPeopleAdjective(words[s]!.key)) continue;
    if (h.type !== 'person' && DISEASES.has(words[s]!.key)) continue;
    // `the Delta variant`: a variant of a virus, no body or place
    if (h.type !== 'person' && (words[e]?.key === 'variant' || words[e]?.key === 'variants')) continue;
    // `to be United States District Judge for the District of Maryland`: a judge's title; its country is found by the lists
    if (h.type !== 'person' && words[e - 1]!.key === 'District' && (words[e]?.key === 'Judge' || words[e]?.key === 'Judges')) continue;
    if (e - s <= 2 && FAITH_WORDS.has(words[s]!.key) && FAITH_WORDS.has(words[e - 1]!.key)) continue;
    // `Finlandization`, `NATOization`: a process named after a name is no name
    if (e - s === 1 && PROCESS_NOUN.test(words[s]!.key)) continue;
    // `Middle Eastern countries`, `Eastern European states`: a region's adjective before a noun is no place
    if (h.type !== 'person' && COMPASS_ADJECTIVE.test(words[e - 1]!.key) && words[e]?.sentence === words[s]!.sentence && words[e]!.isWord && !words[e]!.cap) continue;
    // `the Assembly`, `this Council`: a body's kind alone describes it
    if (e - s === 1 && h.type !== 'person' && BARE_KINDS.has(words[s]!.key)) continue;
    // `Member States`, `Member Countries`: the members of a body, named by no name (UN speeches use it in every paragraph)
    if (e - s === 2 && words[s]!.key === 'Member' && MEMBER_KINDS.has(words[s + 1]!.key)) continue;
    // `the President of the Republic`, `the Kingdom`: a form of state alone names no one and no place of its own
    if (e - s === 1 && isStateForm(words[s]!.key)) continue;
    // `Chapter VIII`, `resolution 3385 (XXX)`: a Roman numeral numbers a part or a session, and names no body or place
    if (e - s === 1 && h.type !== 'person' && words[s]!.text.length >= 2 && romanValue(words[s]!.text) > 0) continue;
    // `LNG`, `NDC`, `COP27`: acronyms of things and meetings
    if (e - s === 1 && h.type !== 'person' && isConceptAcronym(words[s]!.key)) continue;
    // `Millennium Summit`, `Six-Party Talks`: meetings are events, no organisations or places
    if (h.type !== 'person' && (EVENT_HEADS.has(words[e - 1]!.key) || (words[e]?.sentence === words[s]!.sentence && EVENT_HEADS.has(words[e]?.key ?? '')))) continue;
    // `Millennium Development Goals` (also broken over a line): a concept, unless a body's word names it (`Bureau of Humanitarian Assistance`)
    if (h.type !== 'person' && namesConceptAt(words, s, e)) continue;
    // prizes and awards are no entities of SPEC's kinds (`Nobel Peace Prize`)
    // (`Nobel Prize Winner`, `Nobel Peace Prize laureate`: its winner is no body either)
    // (`Barry Goldwater Scholarship` as a person: the person it is named after, without the award's words)
    if (h.type === 'person' && e - s >= 3 && AWARD_HEADS.has(words[e - 1]!.key)) {
      e--;
      while (e - s > 2 && words[e - 1]!.isWord && isCommonWord(words[e - 1]!.text)) e--;
    }
    if (AWARD_HEADS.has(words[e - 1]!.key) || (e - s >= 2 && AWARD_HEADS.has(words[e - 2]!.key) && PRIZE_WINNERS.has(words[e - 1]!.key.toLowerCase()))) continue;
    let free = true;
    for (let k = s; k < e; k++) if (covered[k]) { free = false; break; }
    if (!free) continue;
    const first = words[s]!;
    if (first.capsLine && capsWords[s]! < 4) continue;
    let content = 0;
    let titles = 0;
    let digits = false;
    let namey = false;
    for (let k = s; k < e; k++) {
      const w = words[k]!;
      if (!w.isWord) continue;
      if (/\d/.test(w.text)) digits = true;
      if (w.cap) content++;
      if (isTitleWord(w)) titles++;
      const b = w.cap ? caseBucket(w.text) : 1;
      // one word alone must be a name nearly always (`Organization`, `States` are not)
      if (w.cap && ((w.upper && !w.capsLine) || b === 0 || b >= (e - s === 1 ? 5 : 4))) namey = true;
    }
    if (content === 0 || titles === content || !namey) continue;
    if (h.type === 'person' && digits) continue;
    if (e - s === 1) {
      if (SHORT_OR_INITIAL.test(first.text) || isFunctionWord(first.key)) continue;
      if (first.initial && isNonNameWord(first.key)) continue;
    }
    // a lone given name the tagger took for a place or organisation (`go to Patsy`) is a person
    // and so is one that says something (`as Caballero crucially added`, `McCarthy has said`)
    // (`Cecil Pendergrass`: a given name and one more name word)
    // (and so is a name right after `Dr.`, `Ms.`: `Dr. Walensky`)
    // (and a lone family name the corpora give with a title: `Putin using nuclear weapons`, `Maduro's dictatorship`)
    const given = (GIVEN.has(first.key) && (e - s === 1 || (e - s === 2 && !isNonNameWord(words[s + 1]!.key)))) || HONORIFICS.has(words[s - 1]?.key.toLowerCase() ?? '') ||
      (e - s === 1 && FAMILY.has(first.key) && !(words[s - 1]?.isWord && words[s - 1]!.cap)) ||
      (e - s === 1 && !first.upper && isVocative(words, s) && (FEMALE_NAMES.has(first.key.toLowerCase()) || MALE_NAMES.has(first.key.toLowerCase()) || calledOn(words, s)));
    // (an organisation says things too: `Microsoft said`, `IRNA says`; only a lone 'place' that speaks is a person)
    // (a place is not a `who`: `the death of Yahya Sinwar, who bears responsibility` names a person)
    const type = h.type !== 'person' && (given || (e - s === 1 && h.type === 'place' && !first.upper && saysNext(words, e)) ||
      (h.type === 'place' && e - s >= 2 && words[e]?.text === ',' && words[e + 1]?.key === 'who')) ? 'person' : h.type;
    // `the ruling Fatah movement`, `her centrist Kadima party`: a name before the kind of body it is names that body
    // (`the Anatolia news agency`: the kind after `news`)
    const kind = words[e]?.key === 'news' && words[e + 1]?.key === 'agency' ? words[e + 1] : words[e];
    // (and so is a name right after one: `football club Sevilla`, `software giant Microsoft`)
    const lead = words[s - 1];
    // (`Chelsea striker Mark Hughes`, `Arsenal manager Arsene Wenger`: a lone name before a player's or manager's role is the team)
    const org = (kind !== undefined && kind.isWord && !kind.cap && ORG_KINDS.has(kind.key) && !(type === 'person' && !given && e - s > 1)) ||
      (e - s === 1 && kind !== undefined && kind.isWord && !kind.cap && TEAM_ROLES.has(kind.key) && words[e + 1]?.cap === true) ||
      (lead !== undefined && lead.isWord && !lead.cap && (ORG_KINDS.has(lead.key) || lead.key === 'giant') && !given);
    out.push(makeCandidate(s, e, org ? 'org' : type, '', null, 'name', PRIORITY.guess));
  }
  return out;
}

/** Kinds of bodies that, in lower case right after a name, say the name is the body's (`the Guardian newspaper`). */
const CREED_ENDINGS = ['ic', 'ist', 'ive', 'al', 'an', 'ish'];
const NAMED_KINDS = new Set(['newspaper', 'newspapers', 'daily', 'party', 'militia', 'magazine', 'broadcaster', 'airline', 'airlines']);

/**
 * `the Guardian newspaper`, `Saddam Hussein's Baath party`, `the Anatolia news agency`: capitalised
 * words no layer claimed, right before the kind of body they name, are that body. The tagger passes
 * over such names when they are common words (`Guardian`) or unknown to it; the kind says what they are.
 */
export function findKindNames(words: readonly Word[], covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (!w.isWord || w.cap || covered[k]) continue;
    const kindAt = k;
    // (`news agency`: the kind after `news`)
    const isKind = NAMED_KINDS.has(w.key) || (w.key === 'news' && words[k + 1]?.key === 'agency' && words[k + 1]!.sentence === w.sentence);
    if (!isKind) continue;
    // (`the Moscow newspaper Kommersant`: a name after the kind is the body's, the one before says where it is)
    const after = words[k + (w.key === 'news' ? 2 : 1)];
    if (after && after.sentence === w.sentence && after.isWord && after.cap) continue;
    let s = kindAt;
    while (s > 0 && kindAt - s < 3) {
      const x = words[s - 1]!;
      if (x.sentence !== w.sentence || !x.isWord || !x.cap || covered[s - 1] || x.capsLine || isFunctionWord(x.key) || isTitleWord(x) || ABBREVIATION.test(x.text)) break;
      s--;
    }
    if (s === kindAt) continue;
    // (not at a sentence's start, where every word is capitalised: `Opposition party leaders …`;
    // nor the end of a hyphenated word: `ultra-Orthodox Shas party`, `Jamaat-e-Islami party`)
    const before = words[s - 1];
    if (!before || before.sentence !== w.sentence || (!before.isWord && !words[s]!.gap)) continue;
    // (`the opposition Democratic party`, `Communist party`: a creed's adjective alone is no party's name)
    if (kindAt - s === 1 && (w.key === 'party' || w.key === 'militia') && CREED_ENDINGS.some((x) => words[s]!.key.endsWith(x))) continue;
    // (`Islamic party`, `Kurdish militia`, `Sunday newspaper`: an adjective of a people or faith, or a day, is no name;
    // `Guardian`, mostly written in lower case, is a common word made a name)
    let adjective = false;
    for (let q = s; q < kindAt; q++) {
      const x = words[q]!;
      if ((isPeopleAdjective(x.key) && caseBucket(x.text) >= 4) || WEEKDAYS.has(x.key)) adjective = true;
    }
    if (adjective) continue;
    out.push(makeCandidate(s, kindAt, 'org', '', null, 'name', PRIORITY.guess));
  }
  return out;
}

/** A spelled-out name whose last word is a concept's (`Sustainable Development Goals`) and with no word of a body's name. */
export function namesConcept(words: readonly Word[], start: number, end: number): boolean {
  if (!CONCEPT_HEADS.has(words[end - 1]!.key)) return false;
  for (let k = start; k < end; k++) if (ORG_HEADS.has(words[k]!.key)) return false;
  return true;
}

/** The span, or the span and the word after it, names a concept (`Millennium Development` before `Goals`). */
function namesConceptAt(words: readonly Word[], s: number, e: number): boolean {
  // (Across a line break too, where a hard-wrapped speech puts `Goals` at a line's start.)
  return namesConcept(words, s, e) || (e < words.length && namesConcept(words, s, e + 1));
}
