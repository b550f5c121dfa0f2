// Resolves a speaker phrase to canonical entities: names through their
// mentions, `he`/`she`/`they` through what came before, groups (`the two
// ministers`, `both sides`, `the leaders`) to the participants, and titles
// (`the President`) to the person holding them.

import type { MentionRecord } from '../types.js';
import { EVENT_HEADS } from '../lexicon/concepts.js';
import {
  DETERMINERS, DOCUMENT_PART_HEADS, GROUP_HEADS, NUMBER_WORDS, OTHER_PRONOUNS, PLURAL_PRONOUNS, POSSESSIVES, SINGULAR_PRONOUNS,
  SOURCE_NOUNS, TITLE_HEADS, TITLE_WORDS,
} from '../lexicon/speakers.js';
import { personWithTitle, type Cast } from './participants.js';
import { isYearText, numberedDocumentAt, pronounOf, type Phrase } from './speaker.js';
import type { Word } from './words.js';

/** What pronouns can point back to: the latest singular and plural speakers. */
export interface Antecedents {
  singular: string[] | null;
  plural: string[] | null;
  /** The latest person mentioned, for a `he` with no speaker before it. */
  lastPerson: string | null;
  /** Organisations named so far, latest last, for `the ministry`. */
  orgs: string[];
  /** People named or speaking so far, latest last, for a `she` or `he` whose gender rules out the latest. */
  recent: string[];
  /** Treaties and other documents named so far, latest last, for `the resolution` and `Article 4.15`. */
  treaties: string[];
  /** Countries named so far, latest last, for `both Governments`. */
  countries: string[];
  /** The latest body or document that was a subject or a speaker (`Ethiopia urged …`), for `It declared`, with its sentence index. */
  thing: { entity: string; sentence: number } | null;
  /** The body that took the decision last named (`the decision adopted by the … Organization of the Islamic Conference`), for `That decision`. */
  decisionBy: string | null;
  /** Countries named by their form of state (`the Kingdom of Saudi Arabia`), by that word, for `The Kingdom`. */
  stateForms: Map<string, string>;
  /**
   * Where `plural` holds a body for its leaders (`G7 Leaders reaffirmed`): the sentence it last spoke in, and
   * what `plural` held before, which a `they` gets back after two sentences more (a briefing's later `they` is
   * seldom the G7 it named once).
   */
  bodyGroup: { sentence: number; before: string[] | null } | null;
}

/** Notes a person as the latest one seen. */
export function notePerson(ante: Antecedents, entity: string): void {
  ante.lastPerson = entity;
  const i = ante.recent.lastIndexOf(entity);
  if (i >= 0) ante.recent.splice(i, 1);
  ante.recent.push(entity);
  if (ante.recent.length > 40) ante.recent.shift();
}

/** The person's gender from a title or given name, null when unknown. */
export function genderIn(cast: Cast, entity: string): 'f' | 'm' | null {
  return cast.persons.find((p) => p.entity === entity)?.gender ?? null;
}

// `she` never points to a man while a woman has been named (and `he` not to a woman):
// the latest person of the pronoun's gender, or of unknown gender for `he`.
function byGender(pronoun: string, s: string[] | null, ante: Antecedents, cast: Cast): string[] | null {
  const want = pronoun === 'she' ? 'f' : 'm';
  if (!s || s.length !== 1) return s;
  const g0 = genderIn(cast, s[0]!);
  // A woman named is a better `she` than someone of unknown gender; `he` moves only off a woman.
  if (g0 === want || (g0 === null && want === 'm')) return s;
  for (let i = ante.recent.length - 1; i >= 0; i--) {
    const g = genderIn(cast, ante.recent[i]!);
    if (g === want || (want === 'm' && g === null)) return [ante.recent[i]!];
  }
  return s;
}

export interface Resolved {
  speakers: string[];
  /** The span to report (a name inside a longer phrase: `Wang Yi` in `Foreign Minister Wang Yi`). */
  start: number;
  end: number;
  plural: boolean;
  /** A body's leaders (`G7 Leaders`) standing for the body: a `they` may point to it for a few sentences only. */
  bodyGroup?: boolean;
}

const HONORIFIC_HEADS = new Set(['highness', 'majesty', 'excellency']);
const JOINERS = new Set(['of', 'for', 'a', 'an', 'the', 'on', 'and', '&']);

/**
 * A title that names nobody by role (`the Crown Prince-Prime Minister`) in a
 * meeting of two: the participant whose known roles do not contradict it, when
 * exactly one does and is not already among the speakers.
 */
function participantWithTitle(cast: Cast, title: string[], already: string[]): string | null {
  const heads = title.filter((t) => TITLE_HEADS.has(t));
  if (heads.length === 0 || cast.participants.length !== 2) return null;
  const fits = cast.participants.filter((e) => {
    if (already.includes(e)) return false;
    const p = cast.persons.find((x) => x.entity === e);
    const roleHeads = (p?.roles ?? []).flat().filter((w) => TITLE_HEADS.has(w) && !HONORIFIC_HEADS.has(w));
    return roleHeads.length === 0 || heads.some((h) => roleHeads.includes(h));
  });
  return fits.length === 1 ? fits[0]! : null;
}

const REFERRING = new Set(['the', 'that', 'this']);
const COUNTRY_GROUP_HEADS = new Set(['countries', 'governments', 'nations']);
/** Regions whose countries a text names as one group: `the Nordic countries`, `the Baltic States`, `the Benelux countries`. */
const REGIONAL_GROUPS: ReadonlyMap<string, readonly string[]> = new Map([
  ['nordic', ['Denmark', 'Finland', 'Iceland', 'Norway', 'Sweden']],
  ['baltic', ['Estonia', 'Latvia', 'Lithuania']],
  ['benelux', ['Belgium', 'Netherlands', 'Luxembourg']],
]);
/** `you all`, `we all`: the pronoun's people, not the meeting's. */
const PRONOUNS_BEFORE_ALL = new Set(['you', 'we', 'they', 'us', 'them', 'y’all', "y'all"]);

/** Words `first`..`last` as written, with one space wherever the text has any (`resolution 242\n(1967)` → `resolution 242 (1967)`). */
function joinWords(words: Word[], first: number, last: number): string {
  let out = words[first]!.text;
  for (let i = first + 1; i <= last; i++) out += (words[i]!.start > words[i - 1]!.end ? ' ' : '') + words[i]!.text;
  return out;
}

/** `NSAs`, `FMs`: capitals and a plural `s`. */
function isPluralAcronym(t: string): boolean {
  if (t.length < 3 || t[t.length - 1] !== 's') return false;
  for (let i = 0; i < t.length - 1; i++) { const c = t.charCodeAt(i); if (c < 65 || c > 90) return false; }
  return true;
}

const INSTITUTION_HEADS = new Set(['side', 'government', 'ministry', 'authorities', 'administration', 'embassy', 'officials', 'delegation', 'leadership', 'state', 'people']);

function splitConjuncts(words: Word[], p: Phrase, inName: (i: number) => boolean): Phrase[] {
  const out: Phrase[] = [];
  let first = p.first;
  for (let i = p.first; i <= p.last; i++) {
    if (words[i]!.lower === 'and' && !inName(i)) {
      // `State Councilor and Foreign Minister` is one title, not two speakers.
      const left = words[i - 1]!.lower;
      const right = words[i + 1]?.lower ?? '';
      // But `The Vice President and Minister Gantz` is two: a complete `the …` title before `and`.
      const fullBefore = DETERMINERS.has(words[first]!.lower) && TITLE_HEADS.has(left);
      if (TITLE_WORDS.has(left) && TITLE_WORDS.has(right) && !DETERMINERS.has(right) && !fullBefore) continue;
      if (i > first) out.push({ first, last: i - 1 });
      first = i + 1;
    }
  }
  if (first <= p.last) out.push({ first, last: p.last });
  return out;
}

/** Words [c.first, c.last] are determiners and country mentions only (`The U.S.` of `The U.S. and Afghan leaders`). */
function onlyCountries(words: Word[], c: Phrase, inside: readonly MentionRecord[]): boolean {
  let country = false;
  for (let i = c.first; i <= c.last; i++) {
    const w = words[i]!;
    if (DETERMINERS.has(w.lower)) continue;
    if (!inside.some((m) => m.type === 'country' && m.start <= w.start && w.end <= m.end)) return false;
    country = true;
  }
  return country;
}

/** A person mention in the possessive before the head of its phrase (`Romney's` in `Romney's advisers`). */
function possessor(words: Word[], m: MentionRecord, last: number): boolean {
  const head = words[last]!;
  if (head.start < m.end) return false;
  for (let i = last - 1; i >= 0 && words[i]!.end >= m.end; i--) {
    const w = words[i]!;
    if (w.start < m.end && w.end >= m.end) return w.lower.endsWith("'s") || w.lower.endsWith("s'");
  }
  return false;
}

/**
 * With no meeting frame to say who took part (a briefing reading out a call,
 * a background call): `the leaders`, `both leaders` are the last two people
 * named. (Not `they`, which as often means countries or officials unnamed.)
 */
const LEADER_HEADS = new Set(['leaders', 'ministers', 'presidents', 'secretaries', 'counterparts']);

function latestPair(ante: Antecedents): string[] {
  return ante.recent.length >= 2 ? ante.recent.slice(-2) : [];
}

/**
 * The first word of a title that follows a body's name in the phrase
 * (`High` in `the United Nations High Commissioner for Refugees`), or -1:
 * the phrase's head, before any `for`/`of` tail, must be a title word outside
 * every name.
 */
function titleAfterBody(words: Word[], c: Phrase, here: readonly MentionRecord[]): number {
  let head = c.last;
  for (let k = c.first + 1; k <= c.last; k++) if (words[k]!.lower === 'for' || words[k]!.lower === 'of') { head = k - 1; break; }
  const headWord = words[head]!;
  const parts = headWord.lower.split('-');
  if (!(TITLE_HEADS.has(headWord.lower) || (parts.length > 1 && parts.every((p) => TITLE_WORDS.has(p)) && TITLE_HEADS.has(parts[parts.length - 1]!)))) return -1;
  if (here.some((m) => m.start <= headWord.start && headWord.end <= m.end)) return -1;
  let first = head;
  while (first > c.first && TITLE_WORDS.has(words[first - 1]!.lower) && !here.some((m) => m.start <= words[first - 1]!.start && words[first - 1]!.end <= m.end)) first--;
  const body = here.some((m) => m.type === 'org' && m.end <= words[first]!.start);
  return body ? first : -1;
}

/** Titles held in organisations, never in a country's government. */
const ORGANISATION_TITLES = new Set(['secretary general', 'director general', 'high commissioner', 'high representative', 'special envoy', 'special rapporteur', 'executive director', 'managing director']);

/** Words before a title that point to a past holder (`the previous Secretary-General`). */
const PAST_HOLDER = new Set(['previous', 'former', 'late', 'outgoing', 'then']);

/** Acts a body adopts, which speak for it. */
const DECISION_HEADS = new Set(['decision', 'decisions']);
/** Object pronouns a speaker phrase may be (`according to him`), by their subject forms. */
const OBJECT_PRONOUN_SUBJECTS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/** Groups of people each (`Both sides` are all the people on either side). */
const SIDE_HEADS = new Set(['sides', 'parties', 'delegations', 'teams']);
/** Groups that stand for the countries of a meeting whose people the text does not name. */
const COUNTRY_SIDE_HEADS = new Set(['sides', 'delegations', 'participants']);

export function resolvePhrase(
  words: Word[], p: Phrase, mentions: readonly MentionRecord[], cast: Cast, ante: Antecedents,
): Resolved {
  const start = words[p.first]!.start;
  const end = words[p.last]!.end;
  const inside = mentions.filter((m) => m.start >= start && m.end <= end);
  const persons = inside.filter((m) => m.type === 'person');
  const inName = (i: number) => inside.some((m) => m.start <= words[i]!.start && words[i]!.end <= m.end);
  const out: string[] = [];
  const add = (e: string) => { if (!out.includes(e)) out.push(e); };
  let plural = false;
  let bodyGroup = false;
  let conjuncts = splitConjuncts(words, p, inName);
  // `The U.S. and Afghan leaders`: countries before `and` share the group's head; the leaders spoke, not the countries.
  const lastConjunct = conjuncts[conjuncts.length - 1];
  if (conjuncts.length > 1 && lastConjunct && GROUP_HEADS.has(words[lastConjunct.last]!.lower) && conjuncts.slice(0, -1).every((c) => onlyCountries(words, c, inside))) {
    conjuncts = [lastConjunct];
  }
  for (const c of conjuncts) {
    const cs = words[c.first]!.start;
    const ce = words[c.last]!.end;
    const here = inside.filter((m) => m.start >= cs && m.end <= ce);
    // `Romney's advisers`, `Trump's campaign`: a possessor is not the speaker.
    const people = here.filter((m) => m.type === 'person' && !possessor(words, m, c.last));
    if (people.length) { for (const m of people) add(m.entity); continue; }
    if (here.some((m) => m.type === 'person')) continue;
    // A document as speaker: a treaty named at the head (`article 4.2 of the Algiers Peace Agreement`),
    // a numbered part of the treaty last named (`Article 4.15 further states`), or a numbered
    // document by its own name (`Security Council resolution 242 (1967)`).
    // (`The Charter of the United Nations of 1945`: the head is before the year that dates it.)
    const dated = c.last - 2 >= c.first && words[c.last - 1]!.lower === 'of' && isYearText(words[c.last]!.text);
    const headWord = words[dated ? c.last - 2 : c.last]!;
    const treaty = here.find((m) => m.type === 'treaty' && m.start <= headWord.start && headWord.end <= m.end);
    if (treaty) { add(treaty.entity); continue; }
    const docAt = numberedDocumentAt(words, c.last);
    if (docAt >= c.first) {
      const inner = here.find((m) => m.type === 'treaty');
      if (inner) { add(inner.entity); continue; }
      const last = ante.treaties[ante.treaties.length - 1];
      if (docAt === c.first && DOCUMENT_PART_HEADS.has(words[docAt]!.lower) && last) { add(last); continue; }
      let f = c.first;
      while (f < docAt && DETERMINERS.has(words[f]!.lower)) f++;
      add(joinWords(words, f, c.last));
      continue;
    }
    // (`according to him`: an object pronoun alone stands for whom its subject form would)
    const head = c.first === c.last ? OBJECT_PRONOUN_SUBJECTS.get(words[c.last]!.lower) ?? pronounOf(words[c.last]!.lower) : pronounOf(words[c.last]!.lower);
    if (c.first === c.last && SINGULAR_PRONOUNS.has(head)) {
      // (`When our Foreign Minister, Alexander Downer, addressed this forum last year, he noted …`: where an unnamed
      // holder of a title blocks `he`, a person named in full earlier in the pronoun's own sentence is who it is; not
      // a transcript's label or a name called, one word each: `MS. PSAKI: He would say`)
      let blocked = ante.singular;
      if (blocked !== null && blocked.length === 0) {
        const named = mentions.filter((m) => m.type === 'person' && m.end <= start && /\s/.test(m.text));
        if (named.length === 1) blocked = [named[0]!.entity];
      }
      const s = byGender(head, blocked ?? (ante.lastPerson ? [ante.lastPerson] : null), ante, cast);
      if (s) for (const e of s) add(e);
      continue;
    }
    if (c.first === c.last && PLURAL_PRONOUNS.has(head)) {
      plural = true;
      for (const e of ante.plural ?? cast.participants) add(e);
      continue;
    }
    if (c.first === c.last && OTHER_PRONOUNS.has(head)) continue;
    // `the Crown Prince-Prime Minister` is `crown prince prime minister`.
    let lowers = words.slice(c.first, c.last + 1).flatMap((w) => (w.lower.includes('-') && w.lower.split('-').every((x) => TITLE_WORDS.has(x)) ? w.lower.split('-') : [w.lower]));
    // `the President of the United States`: the title before `of` names the person.
    const of = lowers.indexOf('of');
    const titleOf = of > 0 && TITLE_HEADS.has(lowers[of - 1]!);
    // `the President of the General Assembly`: a title of an organisation is not the President of South
    // Africa named before; it is someone given that whole role, or, for titles only organisations have
    // (`the Secretary-General of the United Nations`), whoever holds the title.
    if (titleOf && here.some((m) => m.type === 'org')) {
      let f = 0;
      while (f < of && DETERMINERS.has(lowers[f]!)) f++;
      const title = lowers.slice(f, of);
      const orgTitle = title.join(' ').replaceAll('-', ' ');
      const who = personWithTitle(cast, lowers.slice(f)) ?? (ORGANISATION_TITLES.has(orgTitle) ? personWithTitle(cast, title) ?? personWithTitle(cast, [title.join('-')]) : null);
      if (who) add(who);
      continue;
    }
    if (titleOf) {
      const who = personWithTitle(cast, lowers.slice(0, of).filter((l) => !DETERMINERS.has(l)));
      if (who) { add(who); continue; }
      lowers = lowers.slice(0, of);
    }
    // `Both Governments`, `our two countries`, `the two countries`: the last two countries named before.
    if (COUNTRY_GROUP_HEADS.has(head) && lowers.some((l) => l === 'two' || l === 'both') && here.length === 0) {
      const two: string[] = [];
      for (let i = ante.countries.length - 1; i >= 0 && two.length < 2; i--) if (!two.includes(ante.countries[i]!)) two.push(ante.countries[i]!);
      if (two.length === 2) {
        plural = true;
        for (const e of two.reverse()) add(e);
        continue;
      }
    }
    // `the Nordic countries`, `the Baltic States`: a region's countries by name (the gold sets list them).
    const region = REGIONAL_GROUPS.get(lowers[lowers.length - 2] ?? '');
    if (region && (COUNTRY_GROUP_HEADS.has(head) || head === 'states') && !lowers.some((l) => NUMBER_WORDS.has(l))) {
      plural = true;
      for (const e of region) add(e);
      continue;
    }
    // `the Allies`, `all of the Allies`: capitalised, NATO's members, as US and NATO texts write them.
    if (words[c.last]!.text === 'Allies' && here.length === 0) {
      const nato = [...ante.orgs].reverse().find((o) => o === 'NATO' || o === 'North Atlantic Treaty Organization');
      if (nato) { add(nato); continue; }
    }
    // `your counterparts`, `their leaders`: other people's group, not the meeting's.
    if (GROUP_HEADS.has(head) && POSSESSIVES.has(lowers[0]!)) continue;
    // (`All affirmed`: `all` alone is the meeting; `you all` is whoever is addressed)
    if (head === 'all' && (lowers.length > 1 || PRONOUNS_BEFORE_ALL.has(words[c.first - 1]?.lower ?? ''))) continue;
    // (`the three NSAs`: a counted plural acronym is a group of people too.)
    const countedAcronyms = c.last > c.first && NUMBER_WORDS.has(lowers[lowers.length - 2] ?? '') && isPluralAcronym(words[c.last]!.text);
    // (`The Quad Leaders agreed`, `the G7 leaders`: a body's leaders at a meeting are the people who met, where the
    // text names them; else the body speaks.)
    const bodysLeaders = (head === 'leaders' || head === 'ministers') && here.some((m) => m.type === 'org') && !here.some((m) => m.type === 'person') && cast.participants.length >= 2;
    if ((GROUP_HEADS.has(head) || countedAcronyms || (NUMBER_WORDS.has(head) && c.first < c.last)) && (!here.some((m) => m.type === 'org') || bodysLeaders)) {
      plural = true;
      // (`Both agreed`: two of them, the first two named)
      const n = lowers.map((l) => NUMBER_WORDS.get(l)).find((x) => x !== undefined) ?? (lowers.includes('both') && !SIDE_HEADS.has(head) ? 2 : undefined);
      const members = n !== undefined && cast.participants.length > n ? cast.participants.slice(0, n) : cast.participants;
      const pair = members.length === 0 && (lowers[0] === 'the' || lowers[0] === 'both') && LEADER_HEADS.has(head) ? latestPair(ante) : [];
      // `The delegations reaffirmed`, `the participants outlined`, where the text opens with countries and no one
      // who met; `The two sides underscored`, where it names fewer than two who met: the countries it opens with are
      // the sides.
      const opening = cast.countries ?? [];
      const counted = n ?? (lowers.includes('both') ? 2 : undefined);
      const sides = members.length === 0 && pair.length === 0 && COUNTRY_SIDE_HEADS.has(head) && opening.length >= 2 && (counted === undefined ? !cast.openingNamesPerson : counted === opening.length) ? opening : [];
      for (const e of members.length ? members : pair.length ? pair : sides) add(e);
      continue;
    }
    const titleWords = lowers.filter((l) => !DETERMINERS.has(l) || l === 'his' || l === 'her');
    const titleHead = lowers[lowers.length - 1] ?? head;
    // `the previous Secretary-General warned`: someone who held the title before, not its holder now.
    if (c.first === p.first && PAST_HOLDER.has(words[c.first - 1]?.lower ?? '') && TITLE_HEADS.has(titleHead)) continue;
    if (titleWords.length && TITLE_HEADS.has(titleHead) && titleWords.every((l) => TITLE_WORDS.has(l))) {
      const t = titleWords.filter((l) => l !== 'his' && l !== 'her');
      const who = personWithTitle(cast, t, words[c.first]!.start) ?? participantWithTitle(cast, t, out);
      if (who) { add(who); continue; }
      // `The King and Crown Prince of Saudi Arabia`: people by title whom the text never names, not the country.
      if (titleOf) continue;
    }
    const orgs = here.filter((m) => m.type === 'org');
    // `the United Nations High Commissioner for Refugees`, `The WHO Director-General`, `the Foreign Ministry
    // spokesperson`: a person by a title in a body, not the body; whoever holds that title, or no one named
    // (as `the Ethiopian Prime Minister`).
    const titleAt = orgs.length ? titleAfterBody(words, c, here) : -1;
    if (titleAt >= 0) {
      const title = lowers.slice(titleAt - c.first).filter((l) => l !== 'for' && l !== 'of' && TITLE_WORDS.has(l));
      const who = personWithTitle(cast, title) ?? personWithTitle(cast, [title.join('-')]);
      if (who) add(who);
      continue;
    }
    // One name split into several organisations (`the Committee for a Responsible Federal Budget`).
    if (orgs.length > 1 && words.slice(c.first, c.last + 1).every((w) => w.cap || JOINERS.has(w.lower))) {
      let f = c.first;
      while (f < c.last && DETERMINERS.has(words[f]!.lower)) f++;
      add(words.slice(f, c.last + 1).map((w) => w.text).join(' '));
      continue;
    }
    if (orgs.length) {
      // (`G7 Leaders reaffirmed …  They condemned …`: a body's leaders, where the text names no one who met, are the
      // body, and a later `they` stands for it; where it names who met, `they` stays with them.)
      if (GROUP_HEADS.has(head) && cast.participants.length === 0) { plural = true; bodyGroup = true; }
      for (const m of orgs) add(m.entity);
      continue;
    }
    // A speaker's surname tagged as a place (`as Caballero added`): the person of that name.
    const placeAsName = here.find((m) => m.type === 'place' && c.first === c.last);
    if (placeAsName) {
      const known = cast.persons.find((x) => x.entity !== placeAsName.entity && x.entity.split(' ').pop() === placeAsName.text);
      if (known) { add(known.entity); continue; }
    }
    // `The Johannesburg Summit underlined`: a meeting is no entity (SPEC), and not the place it is named after.
    if (words[c.last]!.cap && EVENT_HEADS.has(words[c.last]!.text)) continue;
    const countries = here.filter((m) => m.type === 'country' || m.type === 'place');
    const named = countries.filter((m) => m.form !== 'demonym');
    if (named.length) { for (const m of named) add(m.entity); continue; }
    // `The Russians have said`, `the Chinese`: `the` and a demonym as the whole subject is its country (not `many Americans`).
    const hw = words[c.last]!;
    const demonymHead = c.last === c.first + 1 && words[c.first]!.lower === 'the' && countries.some((m) => m.form === 'demonym' && m.start <= hw.start && hw.end <= m.end);
    if (countries.length && (INSTITUTION_HEADS.has(head) || demonymHead)) { for (const m of countries) add(m.entity); continue; }
    // `The Kingdom calls on`: the country the speech named by that form of state.
    if (c.last === c.first + 1 && words[c.first]!.lower === 'the' && words[c.last]!.cap && ante.stateForms.has(head)) {
      add(ante.stateForms.get(head)!);
      continue;
    }
    // `The Preamble states`: a part of the document named last speaks for it.
    if (c.last === c.first + 1 && words[c.first]!.lower === 'the' && head === 'preamble' && ante.treaties.length) {
      add(ante.treaties[ante.treaties.length - 1]!);
      continue;
    }
    // `That resolution`, `the agreement`: the latest document of that kind.
    if (c.last === c.first + 1 && REFERRING.has(words[c.first]!.lower) && !words[c.last]!.cap) {
      const doc = [...ante.treaties].reverse().find((e) => e.toLowerCase().split(' ').includes(head));
      if (doc) { add(doc); continue; }
    }
    // `That (same) decision demanded`: a body's decision speaks for the body named last (`the decision adopted by
    // the … Organization of the Islamic Conference`).
    if (DECISION_HEADS.has(head) && REFERRING.has(words[c.first]!.lower) && c.last - c.first <= 2 && (ante.decisionBy !== null || ante.orgs.length)) {
      add(ante.decisionBy ?? ante.orgs[ante.orgs.length - 1]!);
      continue;
    }
    // `the ministry`, `the company`: the latest organisation of that kind. A capitalised head is
    // the short name of one named before (`the Forum` after `the Pacific Islands Forum`, `The
    // Council` after `the Security Council`), so its name must end in it; `The Statement` is the
    // latest document with that word in its name.
    if (c.last === c.first + 1 && words[c.first]!.lower === 'the') {
      const capital = words[c.last]!.cap;
      const org = [...ante.orgs].reverse().find((e) => {
        const parts = e.toLowerCase().split(/\s+/);
        return capital ? parts.length > 1 && parts[parts.length - 1] === head : parts.includes(head);
      });
      if (org) { add(org); continue; }
      const doc = capital ? [...ante.treaties].reverse().find((e) => e.toLowerCase().split(/\s+/).some((x) => x === head || x === `${head}:`)) : undefined;
      if (doc) { add(doc); continue; }
    }
    // A capitalised name the entity pass did not see: a known surname, else the name itself.
    const w = words[c.last]!;
    if (w.cap && !TITLE_WORDS.has(w.lower) && !SOURCE_NOUNS.has(w.lower)) {
      const known = cast.persons.find((x) => x.entity.split(' ').pop() === w.text);
      if (known) { add(known.entity); continue; }
      let f = c.first;
      while (f < c.last && (DETERMINERS.has(words[f]!.lower) || TITLE_WORDS.has(words[f]!.lower))) f++;
      if (words.slice(f, c.last + 1).every((x) => x.cap || JOINERS.has(x.lower))) add(words.slice(f, c.last + 1).map((x) => x.text).join(' '));
    }
  }
  if (persons.length) {
    const pfirst = persons[0]!;
    const plast = persons[persons.length - 1]!;
    const onlyPeople = conjuncts.every((c) => inside.some((m) => m.type === 'person' && m.start >= words[c.first]!.start && m.end <= words[c.last]!.end && !possessor(words, m, c.last)));
    if (onlyPeople) return { speakers: out, start: pfirst.start, end: plast.end, plural: plural || out.length > 1, bodyGroup };
  }
  // Drop a leading honorific (`Mr. Finer` → `Finer`).
  let s = start;
  const lead = words[p.first]!.lower;
  if (p.first < p.last && (lead === 'mr.' || lead === 'mrs.' || lead === 'ms.' || lead === 'dr.')) s = words[p.first + 1]!.start;
  return { speakers: out, start: s, end, plural: plural || out.length > 1, bodyGroup };
}
