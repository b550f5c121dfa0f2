// Who took part: the people a group (`the leaders`, `both sides`, `they`)
// stands for, and the roles a title (`the President`) points to.

import type { Document, MentionRecord, Sentence } from '../types.js';
import { FEMALE_NAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES } from '../lexicon/name-genders.js';
import { TITLE_WORDS, US_PRESIDENTS } from '../lexicon/speakers.js';
import { NAME_SUFFIXES } from '../lexicon/titles.js';
import { isCommonWord } from '../entities/learned.js';

export interface Person {
  entity: string;
  /** Lower-case role words, from the mention's `role` or the title written before the name. */
  roles: string[][];
  first: number;
  /** How often the document names them. */
  mentions: number;
  /** Where the document names them (start offsets, in order). */
  at: number[];
  /** From a gendered title (`Ms.`, `King`) or the given name; null when unknown. */
  gender: 'f' | 'm' | null;
}

export interface Cast {
  persons: Person[];
  participants: string[];
  /**
   * The countries the text opens with (`Australia, the United Kingdom and the United States … held the inaugural
   * meetings`): the sides of a meeting whose people it does not name.
   */
  countries?: string[];
  /** Whether those opening sentences name a person (`National Security Advisor Jake Sullivan convened …`). */
  openingNamesPerson?: boolean;
}

// Sentences that list who took part: `Participants in the call included …`,
// `Joining President Biden at the meeting were the following leaders:`.
const PARTICIPANT_LIST = /\b(participants?|participated|participating|attendees|included|joined by|joining|attended|accompanied by|the following)\b/i;

function titleBefore(text: string, start: number, floor: number, countryStartByEnd: ReadonlyMap<number, number>): string[] {
  // Walk back over title words (`State Councilor and Foreign Minister`), capitalised or not, and over the
  // country a title is of (`the former United States President`: the title is `former president`).
  const words: string[] = [];
  let i = start;
  for (;;) {
    let j = i;
    while (j > floor && /\s/.test(text[j - 1]!)) j--;
    let k = j;
    while (k > floor && /[A-Za-z.\-]/.test(text[k - 1]!)) k--;
    if (k === j) break;
    const w = text.slice(k, j);
    const lw = w.toLowerCase();
    // (a country's name walked back from its last word: where it ends, its start)
    const countryStart = countryStartByEnd.get(j);
    if (countryStart !== undefined && countryStart <= k) {
      i = countryStart;
      continue;
    }
    if (lw === 'the' || lw === 'his' || lw === 'her') {
      // `the President and Secretary Buttigieg`: the title before `and` is someone else's.
      const and = words.lastIndexOf('and');
      if (and >= 0) words.splice(0, and + 1);
      if (lw === 'the' || words.length === 0) break;
    }
    // `Secretary-General`, and `Secretary-\nGeneral` broken over a line: the parts, as resolve.ts reads a title.
    const parts = lw.split('-').filter((x) => x.length > 0);
    if (!parts.every((x) => TITLE_WORDS.has(x))) break;
    words.unshift(...parts);
    i = k;
    if (words.length > 10) break;
  }
  while (words.length && (words[0] === 'and' || words[0] === 'of' || words[0] === 'for')) words.shift();
  return words;
}

const ADDRESS_HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'his', 'her', 'excellency', 'h.e.']);

/**
 * `the Secretary-General, Mr. Kofi Annan`: the title of an appositive before the
 * name (across its honorifics), or none.
 */
function appositiveTitle(text: string, start: number, floor: number, countryStartByEnd: ReadonlyMap<number, number>): string[] {
  let i = start;
  for (;;) {
    let j = i;
    while (j > floor && /\s/.test(text[j - 1]!)) j--;
    let k = j;
    while (k > floor && /[A-Za-z.]/.test(text[k - 1]!)) k--;
    if (k === j || !ADDRESS_HONORIFICS.has(text.slice(k, j).toLowerCase())) {
      i = j;
      break;
    }
    i = k;
  }
  if (i <= floor || text[i - 1] !== ',') return [];
  const title = titleBefore(text, i - 1, floor, countryStartByEnd);
  return title.some((w) => w !== 'the' && !ADDRESS_HONORIFICS.has(w)) ? title : [];
}

/**
 * The countries of the opening sentence, or of the opening two when the first names fewer than two, and where
 * those sentences end.
 */
function openingCountries(body: Sentence[], mentions: MentionRecord[]): { countries: string[]; end: number } {
  const countries: string[] = [];
  let end = 0;
  for (const sentence of body.slice(0, 2)) {
    end = sentence.end;
    for (const m of mentions) {
      if (m.type === 'country' && m.start >= sentence.start && m.end <= sentence.end && !countries.includes(m.entity)) countries.push(m.entity);
    }
    if (countries.length >= 2) break;
  }
  return { countries, end };
}

export function castOf(doc: Document, sentences: Sentence[], mentions: MentionRecord[]): Cast {
  const byEntity = new Map<string, Person>();
  const persons: Person[] = [];
  let si = 0;
  const countryStartByEnd = new Map<number, number>();
  for (const m of mentions) if (m.type === 'country') countryStartByEnd.set(m.end, m.start);
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    while (si < sentences.length - 1 && sentences[si]!.end <= m.start) si++;
    let p = byEntity.get(m.entity);
    if (!p) {
      p = { entity: m.entity, roles: [], first: m.start, mentions: 0, at: [], gender: null };
      byEntity.set(m.entity, p);
      persons.push(p);
    }
    p.mentions += 1;
    p.at.push(m.start);
    const sentence = sentences[si];
    const t = titleBefore(doc.text, m.start, sentence?.start ?? doc.bodyStart, countryStartByEnd);
    const role = m.role ? m.role.toLowerCase().split(/\s+/) : [];
    // `The Vice President and Prime Minister Sudani`: where the title before `and` is someone
    // else's (titleBefore), the mention's role `Vice President and Prime Minister` is not his.
    const shared = role.includes('and') && t.length > 0 && t.length < role.length && role.slice(-t.length).join(' ') === t.join(' ');
    if (role.length && !shared) p.roles.push(role);
    if (t.length) p.roles.push(t);
    const apposed = appositiveTitle(doc.text, m.start, sentence?.start ?? doc.bodyStart, countryStartByEnd);
    if (apposed.length) p.roles.push(apposed);
    if (!p.gender) p.gender = genderOf(p, doc.text, m.start);
  }
  // Whom the readout is about: the people of its first sentence's frame
  // (`met with General Secretary Tô Lâm`, `welcomed President-elect X of Venezuela`),
  // also where the entity pass did not tag them.
  const body = sentences.filter((s) => s.end > doc.bodyStart);
  const framed = body[0] ? frameNames(doc.text, body[0], mentions) : [];
  for (const f of framed) {
    if (byEntity.has(f.entity)) continue;
    const p: Person = { entity: f.entity, roles: f.role.length ? [f.role] : [], first: f.start, mentions: 1, at: [f.start], gender: null };
    p.gender = genderOf(p, doc.text, f.start);
    byEntity.set(f.entity, p);
    persons.push(p);
  }
  const chosen = new Set<string>();
  const inSentence = (s: Sentence) => {
    for (const m of mentions) if (m.type === 'person' && m.start >= s.start && m.end <= s.end && !namesAdministration(doc.text, m.end)) chosen.add(m.entity);
  };
  if (body[0]) inSentence(body[0]);
  for (const f of framed) chosen.add(f.entity);
  for (let i = 0; i < body.length; i++) {
    const s = body[i]!;
    const t = doc.text.slice(s.start, s.end);
    if (!PARTICIPANT_LIST.test(t)) continue;
    inSentence(s);
    // A list after a colon: the next paragraph's sentences.
    if (/:\s*$/.test(t)) {
      for (let j = i + 1; j < body.length; j++) {
        const n = body[j]!;
        inSentence(n);
        if (/\n\s*\n/.test(doc.text.slice(n.end, (body[j + 1]?.start ?? n.end) + 1))) break;
      }
    }
  }
  let participants = persons.filter((p) => chosen.has(p.entity)).map((p) => p.entity);
  const opening = body[0] ? doc.text.slice(body[0].start, body[0].end) : '';
  // `Jake Sullivan met today with his counterparts from NATO Allies Estonia, Latvia, and Lithuania`, `hosted her
  // Mexican and Canadian counterparts`: one person named and counterparts known by country; the countries named
  // after the person stand for the people the readout does not name.
  if (participants.length === 1 && body[0] && opening.includes('counterparts')) {
    const named = persons.find((p) => p.entity === participants[0])!;
    const sides: string[] = [];
    for (const m of mentions) {
      if (m.type === 'country' && m.start > named.first && m.end <= body[0].end && !sides.includes(m.entity)) sides.push(m.entity);
    }
    if (sides.length > 0) participants = [participants[0]!, ...sides];
  }
  // No meeting found: the people of the opening two sentences, else nobody (a
  // briefing's `they` is not everyone it names).
  if (participants.length < 2 && body[1]) {
    inSentence(body[1]);
    participants = persons.filter((p) => chosen.has(p.entity)).map((p) => p.entity);
  }
  // `Today, the European Council was joined by President Joseph R. Biden, Jr.`, `Jake Sullivan convened the Quint
  // national security advisors`, `President Biden met virtually with G7 Leaders`: one person and one body that met;
  // not the host's own offices (`the White House`, `the Cabinet`), where the person is the host.
  if (participants.length === 1 && body[0] && namesMeeting(opening)) {
    const bodies = [...new Set(mentions.filter((m) => m.type === 'org' && m.start >= body[0]!.start && m.end <= body[0]!.end && !HOSTS_OWN.some((h) => m.entity.includes(h))).map((m) => m.entity))];
    if (bodies.length === 1) participants = [participants[0]!, bodies[0]!];
  }
  // `a readout on the President’s discussion today with Prime Minister Netanyahu`: in the opening
  // sentences, `the President` whose meeting it was is a participant too, the holder of the title.
  if (participants.length === 1) {
    for (const sentence of body.slice(0, 2)) {
      const opening = doc.text.slice(sentence.start, sentence.end);
      if (!PRESIDENTS_MEETING.test(opening)) continue;
      const holder = personWithTitle({ persons, participants: [] }, ['president']);
      if (holder && !participants.includes(holder)) participants = persons.filter((p) => p.entity === holder || participants.includes(p.entity)).map((p) => p.entity);
      break;
    }
  }
  if (participants.length < 2) participants = [];
  administrationHead(doc.text, mentions, persons);
  const { countries, end: openingEnd } = openingCountries(body, mentions);
  const openingNamesPerson = mentions.some((m) => m.type === 'person' && m.start >= doc.bodyStart && m.end <= openingEnd);
  return { persons, participants, countries, openingNamesPerson };
}

/** Verbs by which a readout's opening says who met (`was joined by`, `met with`, `a meeting of`). */
const MEETING_VERBS = new Set(['met', 'meets', 'meeting', 'joined', 'hosted', 'hosts', 'convened']);
/** Offices of the readout's own government, which host a meeting rather than take a side in it. */
const HOSTS_OWN = ['White House', 'Cabinet', 'Administration', 'Congress', 'National Security Council', 'Department', 'Office'];

function namesMeeting(sentence: string): boolean {
  for (const word of sentence.split(' ')) if (MEETING_VERBS.has(word)) return true;
  return false;
}

const PRESIDENTS_MEETING = /\bthe President(’s|'s) (call|discussion|conversation|meeting|talks|phone call|visit) (today |yesterday |this morning )?with\b/;

/** `the Biden-Harris Administration`, `the Obama administration`: a name that qualifies a government takes no part in a meeting. */
function namesAdministration(text: string, end: number): boolean {
  let i = end;
  if (text[i] === '-') {
    i++;
    // (a letter is a character with two cases; names of other scripts do not join a US administration)
    while (i < text.length && text[i]!.toLowerCase() !== text[i]!.toUpperCase()) i++;
  }
  if (text[i] !== ' ') return false;
  return text.slice(i + 1, i + 1 + ADMINISTRATION_WORD.length).toLowerCase() === ADMINISTRATION_WORD;
}
const ADMINISTRATION_WORD = 'administration';

function genderOf(p: Person, text: string, start: number): 'f' | 'm' | null {
  for (const role of p.roles) for (const w of role) {
    if (FEMALE_TITLES.has(w)) return 'f';
    if (MALE_TITLES.has(w)) return 'm';
  }
  const before = /([A-Za-z]+\.?)\s+$/.exec(text.slice(Math.max(0, start - 12), start));
  const t = before?.[1]?.toLowerCase();
  if (t && FEMALE_TITLES.has(t)) return 'f';
  if (t && MALE_TITLES.has(t)) return 'm';
  const given = p.entity.split(/\s+/)[0]!.toLowerCase();
  if (FEMALE_NAMES.has(given)) return 'f';
  if (MALE_NAMES.has(given)) return 'm';
  return null;
}

const FRAME = /\b(?:met|meets|meeting|spoke|speaks|talked|talks|call|calls|conversation|phone call|video call|hosted|hosts|welcomed|welcomes|received|receives)\b(?:\s+(?:today|virtually|by phone|by telephone|yesterday|this week|separately|again|jointly|in person))*\s+(with\s+)?/g;
const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'y']);
const HONORIFICS = new Set(['his', 'her', 'royal', 'highness', 'majesty', 'excellency', 'president-elect', 'prime', 'minister', 'elect', 'h.e.']);

/** The people named after a first sentence's meeting frame, with the title written before each. */
function frameNames(text: string, s: Sentence, mentions: MentionRecord[]): Array<{ entity: string; role: string[]; start: number }> {
  const sentence = text.slice(s.start, s.end);
  const out: Array<{ entity: string; role: string[]; start: number }> = [];
  FRAME.lastIndex = 0;
  const m = FRAME.exec(sentence);
  if (!m) return out;
  const verb = m[0].split(/\s/)[0]!.toLowerCase();
  if (!m[1] && !['hosted', 'hosts', 'welcomed', 'welcomes', 'received', 'receives'].includes(verb)) return out;
  let i = s.start + m.index + m[0].length;
  const end = s.end;
  // Walk the object: `[the] Title Title Name Name [of Country] [, and Title Name]`.
  const tokens = /[\p{L}][\p{L}\p{M}.'’-]*|[,;:()]/gu;
  tokens.lastIndex = i;
  let role: string[] = [];
  let name: string[] = [];
  let nameStart = -1;
  let nameEnd = -1;
  const flush = () => {
    if (name.length) {
      // (a person the entity pass found inside the words is that person, and the words before it a title's tail:
      // `Special Representative of the President for International Cooperation Erzhan Kazykhan`, `His Holiness Pope
      // Francis`; but not a name the pass cut short: `Yang Jiechi` for its `Jiechi`)
      const found = mentions.find((x) => x.type === 'person' && x.start < nameEnd && nameStart < x.end);
      let inMention = false;
      if (found) {
        const lead = text.slice(nameStart, Math.max(nameStart, found.start)).replaceAll('\n', ' ').split(' ').filter((w) => w.length > 0);
        inMention = lead.length === 0 || lead.some((w) => (w.length > 3 && isCommonWord(w)) || TITLE_WORDS.has(w.toLowerCase()));
      }
      if (!inMention) out.push({ entity: text.slice(nameStart, nameEnd), role: [...role], start: nameStart });
    }
    name = [];
    role = [];
  };
  for (let n = 0; n < 30; n++) {
    const t = tokens.exec(text);
    if (!t || t.index >= end) break;
    const w = t[0];
    const lw = w.toLowerCase();
    if (name.length === 0 && (TITLE_WORDS.has(lw) || HONORIFICS.has(lw) || lw.endsWith('-elect'))) { if (lw !== 'the' && lw !== 'of' && lw !== 'and') role.push(...lw.split('-')); continue; }
    const cap = /^\p{Lu}/u.test(w);
    if (cap || (name.length && NAME_PARTICLES.has(lw) && /^\p{Lu}/u.test(text.slice(t.index + w.length).trimStart()))) {
      if (name.length === 0) nameStart = t.index;
      name.push(w);
      nameEnd = t.index + w.length;
      continue;
    }
    flush();
    if (lw === 'of') {
      // `of Vietnam`, `of the Kingdom of Bahrain`: skip the place.
      continue;
    }
    if (lw === 'and' || w === ',') continue;
    break;
  }
  flush();
  // Only plausible names: two to five words, not a country or place tagged by the entity pass.
  return out.filter((f) => {
    const n = f.entity.split(/\s+/).length;
    if (n < 2 || n > 5) return false;
    return !mentions.some((x) => x.type !== 'person' && x.start <= f.start && f.start < x.end);
  });
}

const MODIFIERS = new Set(['vice', 'deputy', 'assistant', 'under', 'principal', 'acting', 'former', 'lieutenant', 'prime', 'first']);

/**
 * The person a title (`the President`) refers to: of those who hold it, the
 * one the document names most; on a tie, the first to hold it (a readout names
 * its principal first: `President Biden spoke with President Kenyatta … The
 * President affirmed`). The holder named last was tried as the tie-break and
 * moved readouts' statements to the foreign president. A bare `the President`
 * is the US president where one holds it (a briefing that quotes Erdoğan more
 * than it names Biden), and, with `at` (the reference's offset) and no US
 * president named, another president only within NEAR_TITLE after his name.
 */
export function personWithTitle(cast: Cast, title: string[], at = -1): string | null {
  if (title.length === 0) return null;
  let best: Person | null = null;
  // `the President`, bare: of its holders, the US president first (see US_PRESIDENTS).
  let bestAmerican: Person | null = null;
  const bare = title.length === 1 && title[0] === 'president';
  for (const p of cast.persons) {
    if (!p.roles.some((role) => holds(role, title))) continue;
    if (best === null || p.mentions > best.mentions) best = p;
    if (bare && isUsPresident(p.entity) && (bestAmerican === null || p.mentions > bestAmerican.mentions)) bestAmerican = p;
  }
  if (bestAmerican) return bestAmerican.entity;
  // `The President said it. Now President Sisi has said it.` (a White House briefing): with no US president
  // named, a bare `the President` is another president only where the text has just named him.
  if (bare && best && at >= 0 && !best.at.some((x) => x < at && at - x <= NEAR_TITLE)) return null;
  return best?.entity ?? null;
}

/** How far back (characters) a president named by name makes a bare `the President` his. */
const NEAR_TITLE = 600;

/** `Joseph R. Biden`, `Biden`, `George W. Bush`: a US president's name (a surname alone counts; a different given name does not). */
function isUsPresident(entity: string): boolean {
  const words = entity.split(' ').map((w) => (w.endsWith(',') ? w.slice(0, -1) : w)).filter((w) => w.length > 0);
  if (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  const given = US_PRESIDENTS.get(words[words.length - 1]!.toLowerCase());
  if (!given) return false;
  return words.length === 1 || given.includes(words[0]!.toLowerCase());
}

/** The role contains the title words (`president` is not `vice president`). */
function holds(role: string[], title: string[]): boolean {
  for (let i = 0; i + title.length <= role.length; i++) {
    let ok = true;
    for (let k = 0; k < title.length; k++) if (role[i + k] !== title[k]) { ok = false; break; }
    if (!ok) continue;
    if (i > 0 && MODIFIERS.has(role[i - 1]!)) continue;
    return true;
  }
  return false;
}

const ADMINISTRATION = ' administration';

// `The Biden administration`: the surname before `administration` names the President,
// when no one else in the text holds that title.
function administrationHead(text: string, mentions: MentionRecord[], persons: Person[]): void {
  if (persons.some((p) => p.roles.some((r) => r.includes('president') && !r.some((w) => MODIFIERS.has(w))))) return;
  for (const m of mentions) {
    if ((m.type !== 'person' && m.type !== 'org') || m.text.includes(' ')) continue;
    if (text.slice(m.end, m.end + ADMINISTRATION.length).toLowerCase() !== ADMINISTRATION) continue;
    let p = persons.find((x) => x.entity === m.entity || x.entity.split(' ').pop() === m.text);
    if (!p) {
      p = { entity: m.entity, roles: [], first: m.start, mentions: 1, at: [m.start], gender: null };
      persons.push(p);
    }
    p.roles.push(['president']);
    return;
  }
}
