// Resolves a speaker phrase to canonical entities: names through their
// mentions, `he`/`she`/`they` through what came before, groups (`the two
// ministers`, `both sides`, `the leaders`) to the participants, and titles
// (`the President`) to the person holding them.

import type { MentionRecord } from '../types.js';
import {
  DETERMINERS, GROUP_HEADS, NUMBER_WORDS, OTHER_PRONOUNS, PLURAL_PRONOUNS, SINGULAR_PRONOUNS,
  SOURCE_NOUNS, TITLE_HEADS, TITLE_WORDS,
} from '../lexicon/speakers.js';
import { personWithTitle, type Cast } from './participants.js';
import { pronounOf, type Phrase } from './speaker.js';
import type { Word } from './words.js';

/** What pronouns can point back to: the latest singular and plural speakers. */
export interface Antecedents {
  singular: string[] | null;
  plural: string[] | null;
  /** The latest person mentioned, for a `he` with no speaker before it. */
  lastPerson: string | null;
  /** Organisations named so far, latest last, for `the ministry`. */
  orgs: string[];
}

export interface Resolved {
  speakers: string[];
  /** The span to report (a name inside a longer phrase: `Wang Yi` in `Foreign Minister Wang Yi`). */
  start: number;
  end: number;
  plural: boolean;
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
      if (TITLE_WORDS.has(left) && TITLE_WORDS.has(right) && !DETERMINERS.has(right)) continue;
      if (i > first) out.push({ first, last: i - 1 });
      first = i + 1;
    }
  }
  if (first <= p.last) out.push({ first, last: p.last });
  return out;
}

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
  const conjuncts = splitConjuncts(words, p, inName);
  if (conjuncts.length > 1) plural = true;
  for (const c of conjuncts) {
    const cs = words[c.first]!.start;
    const ce = words[c.last]!.end;
    const here = inside.filter((m) => m.start >= cs && m.end <= ce);
    const people = here.filter((m) => m.type === 'person');
    if (people.length) { for (const m of people) add(m.entity); continue; }
    const head = pronounOf(words[c.last]!.lower);
    if (c.first === c.last && SINGULAR_PRONOUNS.has(head)) {
      const s = ante.singular ?? (ante.lastPerson ? [ante.lastPerson] : null);
      if (s) for (const e of s) add(e);
      continue;
    }
    if (c.first === c.last && PLURAL_PRONOUNS.has(head)) {
      plural = true;
      for (const e of ante.plural ?? cast.participants) add(e);
      continue;
    }
    if (c.first === c.last && OTHER_PRONOUNS.has(head)) continue;
    let lowers = words.slice(c.first, c.last + 1).map((w) => w.lower);
    // `the President of the United States`: the title before `of` names the person.
    const of = lowers.indexOf('of');
    if (of > 0 && TITLE_HEADS.has(lowers[of - 1]!)) {
      const who = personWithTitle(cast, lowers.slice(0, of).filter((l) => !DETERMINERS.has(l)));
      if (who) { add(who); continue; }
      lowers = lowers.slice(0, of);
    }
    if (GROUP_HEADS.has(head) && !here.some((m) => m.type === 'org')) {
      plural = true;
      const n = lowers.map((l) => NUMBER_WORDS.get(l)).find((x) => x !== undefined);
      const members = n !== undefined && cast.participants.length > n ? cast.participants.slice(0, n) : cast.participants;
      for (const e of members) add(e);
      continue;
    }
    const titleWords = lowers.filter((l) => !DETERMINERS.has(l) || l === 'his' || l === 'her');
    if (titleWords.length && TITLE_HEADS.has(head) && titleWords.every((l) => TITLE_WORDS.has(l))) {
      const t = titleWords.filter((l) => l !== 'his' && l !== 'her');
      const who = personWithTitle(cast, t);
      if (who) { add(who); continue; }
    }
    const orgs = here.filter((m) => m.type === 'org');
    if (orgs.length) { for (const m of orgs) add(m.entity); continue; }
    const countries = here.filter((m) => m.type === 'country' || m.type === 'place');
    const named = countries.filter((m) => m.form !== 'demonym');
    if (named.length) { for (const m of named) add(m.entity); continue; }
    if (countries.length && INSTITUTION_HEADS.has(head)) { for (const m of countries) add(m.entity); continue; }
    // `the ministry`, `the company`: the latest organisation of that kind.
    if (c.last === c.first + 1 && words[c.first]!.lower === 'the' && !words[c.last]!.cap) {
      const org = [...ante.orgs].reverse().find((e) => e.toLowerCase().split(/\s+/).includes(head));
      if (org) { add(org); continue; }
    }
    // A capitalised name the entity pass did not see: a known surname, else the name itself.
    const w = words[c.last]!;
    if (w.cap && !TITLE_WORDS.has(w.lower) && !SOURCE_NOUNS.has(w.lower)) {
      const known = cast.persons.find((x) => x.entity.split(' ').pop() === w.text);
      if (known) { add(known.entity); continue; }
      let f = c.first;
      while (f < c.last && (DETERMINERS.has(words[f]!.lower) || TITLE_WORDS.has(words[f]!.lower))) f++;
      if (words.slice(f, c.last + 1).every((x) => x.cap)) add(words.slice(f, c.last + 1).map((x) => x.text).join(' '));
    }
  }
  if (persons.length) {
    const pfirst = persons[0]!;
    const plast = persons[persons.length - 1]!;
    const onlyPeople = conjuncts.every((c) => inside.some((m) => m.type === 'person' && m.start >= words[c.first]!.start && m.end <= words[c.last]!.end));
    if (onlyPeople) return { speakers: out, start: pfirst.start, end: plast.end, plural: plural || out.length > 1 };
  }
  // Drop a leading honorific (`Mr. Finer` → `Finer`).
  let s = start;
  const lead = words[p.first]!.lower;
  if (p.first < p.last && (lead === 'mr.' || lead === 'mrs.' || lead === 'ms.' || lead === 'dr.')) s = words[p.first + 1]!.start;
  return { speakers: out, start: s, end, plural: plural || out.length > 1 };
}
