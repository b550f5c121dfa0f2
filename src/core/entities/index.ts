import type { Document, MentionRecord, Sentence, Token } from '../types.js';
import { EVENT_HEADS, isConceptAcronym } from '../lexicon/concepts.js';
import { ORG_HEADS, ORG_HEADS_BEFORE_OF } from '../lexicon/organisations.js';
import { TITLE_HEADS as TITLE_HEAD_WORDS } from '../lexicon/titles.js';
import { PLACE_HEADS } from '../lexicon/places.js';
import { TREATY_HEADS } from '../lexicon/treaty-words.js';
import type { Candidate } from './candidates.js';
import { makeCandidate, PRIORITY } from './candidates.js';
import { findDates } from './dates.js';
import { knownNames } from './known.js';
import { caseBucket, findKindNames, findLearned, findVocatives, learnedCandidates, namesConcept, namesNoEntity } from './learned.js';
import { GIVEN, isFunctionWord, isNonNameWord, isTitleKey } from './lexicon-sets.js';
import { articleStart, classifyChunk, holderAfterCountry, findAcronymDefinitions, findChunks, findDatelines } from './patterns.js';
import type { GazHit } from './persons.js';
import { findPersons } from './persons.js';
import { findBareCharters, findPlaceAgreements, findResolutions } from './references.js';
import { fold, resolvePersons, surface } from './resolve.js';
import type { Word } from './words.js';
import { buildWords } from './words.js';

export type { Word } from './words.js';

/** Keeps the longest candidates that do not overlap; ties go to the higher priority, then the earlier. */
function settle(cands: Candidate[], covered: Uint8Array, words: readonly Word[]): Candidate[] {
  const len = (c: Candidate): number => words[c.end - 1]!.end - words[c.start]!.start;
  cands.sort((a, b) => len(b) - len(a) || b.priority - a.priority || a.start - b.start);
  const out: Candidate[] = [];
  for (const c of cands) {
    let free = true;
    for (let k = c.start; k < c.end; k++) if (covered[k]) { free = false; break; }
    if (!free) continue;
    for (let k = c.start; k < c.end; k++) covered[k] = 1;
    out.push(c);
  }
  return out;
}

const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower']);

/**
 * A name the article has settled somewhere as an organisation or a place (`Magna` in `Magna said`, by the
 * tagger; `Sevilla` after `football club`) is that name wherever else it stands alone, on words no layer
 * claimed: news names a company once in a telling context and then bare.
 */
function propagateNames(text: string, words: readonly Word[], accepted: readonly Candidate[], covered: Uint8Array): Candidate[] {
  const byFirst = new Map<string, Array<{ keys: string[]; c: Candidate }>>();
  for (const c of accepted) {
    if ((c.type !== 'org' && c.type !== 'place') || c.suppress) continue;
    const keys: string[] = [];
    let ok = true;
    for (let k = c.start; k < c.end; k++) {
      const w = words[k]!;
      if (w.isWord && !w.cap && !isFunctionWord(w.key)) ok = false;
      keys.push(w.key);
    }
    if (!ok || !words[c.start]!.cap || words[c.start]!.capsLine) continue;
    const list = byFirst.get(keys[0]!) ?? [];
    if (!list.some((x) => x.keys.join(' ') === keys.join(' '))) list.push({ keys, c });
    byFirst.set(keys[0]!, list);
  }
  const out: Candidate[] = [];
  if (byFirst.size === 0) return out;
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    if (covered[i] || !w.isWord || !w.cap || w.capsLine) continue;
    const list = byFirst.get(w.key);
    if (!list) continue;
    // (not inside a longer capitalised phrase: `Magna Carta`, `Sevilla FC`)
    const before = words[i - 1];
    if (before && before.sentence === w.sentence && before.isWord && before.cap && !isFunctionWord(before.key)) continue;
    for (const { keys, c } of list) {
      const end = i + keys.length;
      if (end > n) continue;
      let ok = true;
      for (let k = 0; k < keys.length && ok; k++) ok = !covered[i + k] && words[i + k]!.key === keys[k] && words[i + k]!.sentence === w.sentence;
      const after = words[end];
      if (!ok || (after && after.sentence === w.sentence && after.isWord && after.cap)) continue;
      for (let k = i; k < end; k++) covered[k] = 1;
      const copy = makeCandidate(i, end, c.type, c.entity, c.id, c.form, PRIORITY.guess, c.role, c.country);
      copy.full = c.full;
      copy.expand = c.expand;
      out.push(copy);
      i = end - 1;
      break;
    }
  }
  void text;
  return out;
}


/**
 * Canonical names that need the whole article: acronyms, UN bodies, names
 * in transcript labels. Kept out of extractMentions: a rarely taken branch
 * here (an all-caps label) made V8 throw away and recompile the optimised
 * code of the whole extraction twenty times in 10 MB of briefings.
 */
/**
 * `the Sudanese Armed Forces and the paramilitary Rapid Support Forces` … `the RSF`:
 * an acronym the article never defines in brackets is the body it named in full
 * whose capitalised words' initials spell it (SPEC: the full name where the
 * document gives it), when exactly one does. So is a body's first word alone
 * (`Wagner` after `the Wagner Group`).
 */
function expandInitials(words: readonly Word[], accepted: Candidate[]): void {
  const fulls = new Map<string, Set<string>>();
  for (const c of accepted) {
    if (c.type !== 'org' || c.end - c.start < 2) continue;
    let initials = '';
    for (let k = c.start; k < c.end; k++) {
      const w = words[k]!;
      if (w.isWord && w.cap && !isFunctionWord(w.key)) initials += w.text[0];
    }
    if (initials.length < 2) continue;
    const set = fulls.get(initials) ?? new Set<string>();
    set.add(c.entity);
    fulls.set(initials, set);
  }
  // `Wagner` after `the Wagner Group`: a body's name without its head word.
  const byFirstWord = new Map<string, Set<string>>();
  for (const c of accepted) {
    // (only `Group`: `Senate` is not the `Senate Committee`, nor `Capitol` the `Capitol Police`)
    if (c.type !== 'org' || c.end - c.start !== 2 || words[c.end - 1]!.key !== 'Group') continue;
    const first = words[c.start]!;
    if (!first.isWord || !first.cap || first.upper) continue;
    const set = byFirstWord.get(first.key) ?? new Set<string>();
    set.add(c.entity);
    byFirstWord.set(first.key, set);
  }
  for (const c of accepted) {
    if (c.type !== 'org' || c.end - c.start !== 1 || c.full !== null) continue;
    const full = byFirstWord.get(words[c.start]!.key);
    if (full && full.size === 1 && c.entity === words[c.start]!.text) c.entity = [...full][0]!;
  }
  if (fulls.size === 0) return;
  for (const c of accepted) {
    if (c.type !== 'org' || c.end - c.start !== 1 || c.full !== null) continue;
    const w = words[c.start]!;
    if (!w.upper || w.text.length < 2 || c.entity !== w.text) continue;
    const full = fulls.get(w.text);
    if (full && full.size === 1) c.entity = [...full][0]!;
  }
}

function canonicalNames(text: string, words: readonly Word[], accepted: Candidate[]): void {
  // A known name as the document writes it (SPEC: the full name the document gives): an organisation
  // under another of its full names (`Group of Twenty` for the list's `Group of 20`), whose acronym
  // (`G20`) then takes that name too, and a treaty written with dots (`U.N. Charter`, not `UN Charter`).
  const written = new Map<string, string>();
  for (const c of accepted) {
    if ((c.type !== 'org' && c.type !== 'treaty') || c.full !== null || c.priority !== PRIORITY.known) continue;
    const as = surface(text, words, c.start, c.end);
    if (as === c.entity) {
      if (c.type === 'org') written.set(c.entity, as);
    } else if (c.type === 'org' && c.form === 'name') {
      if (!written.has(c.entity)) written.set(c.entity, as);
    } else if (as.replaceAll('.', '') === c.entity.replaceAll('.', '')) {
      c.entity = as;
    }
  }
  // (and so does an acronym the article defines for it: `Group of Twenty (G-20)`)
  for (const c of accepted) if (c.type === 'org' && c.full === null && written.has(c.entity)) c.entity = written.get(c.entity)!;
  expandInitials(words, accepted);
  // Acronyms of well-known organisations: the full name is canonical when the article gives it.
  const named = new Set(accepted.filter((c) => c.form === 'name').map((c) => c.entity));
  for (const c of accepted) {
    if (c.full === null) continue;
    const full = written.get(c.full) ?? c.full;
    c.entity = c.expand || named.has(full) ? full : surface(text, words, c.start, c.end);
  }

  // `UN Security Council` is `United Nations Security Council` where the article spells it so, and a bare
  // `General Assembly` or `Security Council` is the UN's when the article names the UN's.
  const orgSurfaces = new Set<string>();
  for (const c of accepted) if (c.type === 'org') orgSurfaces.add(surface(text, words, c.start, c.end));
  for (const c of accepted) {
    if (c.type !== 'org') continue;
    const m = /^(?:UN|U\.N\.) (.+)$/.exec(c.entity);
    if (m && orgSurfaces.has(`United Nations ${m[1]}`)) c.entity = `United Nations ${m[1]}`;
  }
  const orgEntities = new Set(accepted.filter((c) => c.type === 'org').map((c) => c.entity));
  for (const c of accepted) {
    if (c.type !== 'org' || !/^(General Assembly|Security Council)$/.test(c.entity)) continue;
    for (const full of [`United Nations ${c.entity}`, `UN ${c.entity}`]) if (orgEntities.has(full)) { c.entity = full; break; }
  }
  caseTranscriptLabels(accepted);
  nameBareTreaties(accepted);
  nameBareBodies(accepted);
  spellAsWritten(text, words, accepted);
}

/**
 * `Sao Tome and Principe`, `Sana’a`: a country or place the document writes without the data's accents or with
 * another apostrophe keeps the document's spelling (its first), as a reader of that article would write it.
 */
function spellAsWritten(text: string, words: readonly Word[], accepted: Candidate[]): void {
  const written = new Map<string, string>();
  for (const c of accepted) {
    if ((c.type !== 'country' && c.type !== 'place') || c.form !== 'name' || written.has(c.entity)) continue;
    if (text.slice(words[c.start]!.start, words[c.end - 1]!.end) === c.entity) continue;
    const as = surface(text, words, c.start, c.end);
    if (as !== c.entity && plainSpelling(as) === plainSpelling(c.entity)) written.set(c.entity, as);
  }
  if (written.size === 0) return;
  for (const c of accepted) {
    const as = (c.type === 'country' || c.type === 'place') ? written.get(c.entity) : undefined;
    if (as !== undefined) c.entity = as;
  }
}

function plainSpelling(name: string): string {
  return fold(name).replaceAll('\u2019', "'").replaceAll('\u2018', "'");
}

/** Heads a body is called by alone once its full name is given (`The Department has never …`). */
const BARE_BODY_HEADS = new Set(['Department', 'Ministry', 'Agency']);

/**
 * `the Department` after `the Department of Transportation`: a body called by its head word alone is the one named
 * last before it with that word in its name (as gold sets name a bare `Council` after the Security Council); with none
 * before, it keeps its bare name.
 */
function nameBareBodies(accepted: Candidate[]): void {
  let bodies: Candidate[] | null = null;
  for (const bare of accepted) {
    if (bare.type !== 'org' || !BARE_BODY_HEADS.has(bare.entity)) continue;
    bodies ??= accepted.filter((c) => c.type === 'org' && c.entity.includes(' ')).sort((a, b) => a.start - b.start);
    let before: Candidate | null = null;
    for (const c of bodies) {
      if (c.start >= bare.start) break;
      if (hasWord(c.entity, bare.entity)) before = c;
    }
    if (before) bare.entity = before.entity;
  }
}

/**
 * `the Charter` after `the Charter of the United Nations`: a treaty named by
 * its head word alone is the fuller one the article names with that word
 * (SPEC: the fullest name in the document), the nearest before it, else the
 * nearest after. Without one it keeps its bare name.
 */
/** Whether `word` occurs in `name` as a whole word (between spaces, hyphens or its ends). */
function hasWord(name: string, word: string): boolean {
  const edge = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '-' || c === ',' || c === '\n';
  for (let i = name.indexOf(word); i >= 0; i = name.indexOf(word, i + 1)) {
    if (edge(name[i - 1]) && edge(name[i + word.length])) return true;
  }
  return false;
}

function nameBareTreaties(accepted: Candidate[]): void {
  const treaties = accepted.filter((c) => c.type === 'treaty').sort((a, b) => a.start - b.start);
  // `resolution 1284 (1999)` after `Security Council resolution 1284 (1999)`: the issuer's fuller name.
  for (const bare of treaties) {
    if (!bare.entity.startsWith('resolution ')) continue;
    for (const c of treaties) if (c.entity.length > bare.entity.length && c.entity.endsWith(` ${bare.entity}`)) { bare.entity = c.entity; break; }
  }
  for (const bare of treaties) {
    if (bare.entity.includes(' ')) continue;
    let before: Candidate | null = null;
    let after: Candidate | null = null;
    for (const c of treaties) {
      if (c === bare || !c.entity.includes(' ') || !hasWord(c.entity, bare.entity)) continue;
      if (c.start < bare.start) before = c;
      else if (after === null) after = c;
    }
    const fuller = before ?? after;
    if (fuller) bare.entity = fuller.entity;
  }
}

const LOWER_CASE_LETTER = /\p{Ll}/u;

/** Transcript labels in capitals (`MS. JEAN-PIERRE:`) name the person as usually written. */
function caseTranscriptLabels(accepted: Candidate[]): void {
  // Plain loops over plain arrays: with `filter().map().find()` here the
  // array shapes varied between articles and V8 deoptimised its callers.
  const personNames: string[] = [];
  const labels: Candidate[] = [];
  for (const c of accepted) {
    if (c.type !== 'person') continue;
    if (LOWER_CASE_LETTER.test(c.entity)) personNames.push(c.entity);
    else labels.push(c);
  }
  for (const c of labels) {
    const cased = c.entity.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    let written = cased;
    for (const name of personNames) {
      if (name === cased || name.endsWith(` ${cased}`)) { written = name; break; }
    }
    c.entity = written;
  }
}

/** `ST. PETERSBURG` → `St. Petersburg`: each word's first letter kept, the rest in lower case. */
function capitalised(caps: string): string {
  let out = '';
  let start = true;
  for (const ch of caps) {
    out += start ? ch : ch.toLowerCase();
    start = ch === ' ' || ch === '.' || ch === '-' || ch === '\n';
  }
  return out;
}

/**
 * A news dateline's place (`MOSCOW (Reuters) -`): looked up in capitals, so that it takes its usual name (`Moscow`) and
 * type (`UNITED NATIONS` is the body); a place the lists do not know is a place, named as usually written.
 */
function datelineCandidates(text: string, words: readonly Word[], gaz: GazHit[], known: ReturnType<typeof knownNames>): Candidate[] {
  const out: Candidate[] = [];
  for (const [s, e] of findDatelines(text, words)) {
    if (gaz[s]) continue;
    const hit = known.match(words, s, true);
    if (hit && hit.end <= e) { gaz[s] = hit; continue; }
    const name = capitalised(surface(text, words, s, e));
    out.push(makeCandidate(s, e, 'place', name, null, 'name', PRIORITY.known));
  }
  return out;
}

/** Candidates from the gazetteers, and places named `New` or a compass word before a known one. */
function knownCandidates(text: string, words: readonly Word[], gaz: readonly GazHit[], cands: Candidate[]): void {
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const h = gaz[i];
    if (!h) continue;
    const d = h.data;
    const priority = d.city === true ? PRIORITY.city : PRIORITY.known;
    const c: Candidate = makeCandidate(i, h.end, d.type, d.entity, d.id, d.form, priority);
    if (d.full !== undefined) { c.full = d.full; c.expand = d.expand ?? false; }
    c.suppress = d.suppress === true;
    cands.push(c);
    // `New Guinea`, `New Mexico`, `New England`: `New` before a known place or country names another place;
    // so does a capitalised compass word inside a sentence (`South Darfur`, `West Java`, `Southern California`)
    const nw = words[i - 1];
    if ((d.type === 'place' || (d.type === 'country' && d.form === 'name')) && !d.suppress && nw && nw.sentence === words[i]!.sentence && words[i]!.gap &&
        (nw.text === 'New' || (COMPASS.has(nw.text) && !nw.initial && !nw.capsLine))) {
      cands.push(makeCandidate(i - 1, h.end, 'place', surface(text, words, i - 1, h.end), null, 'name', priority));
    }
  }
}

/** People from their context (titles, name shapes); the words they take are cut from the name chunks. */
function personCandidates(text: string, words: readonly Word[], gaz: readonly GazHit[], cands: Candidate[]): Uint8Array {
  const n = words.length;
  const people = findPersons(text, words, gaz);
  const cut = new Uint8Array(n);
  for (const p of people) {
    for (let k = p.start; k < p.end; k++) cut[k] = 1;
    cands.push(makeCandidate(p.start, p.end, 'person', '', null, 'name', PRIORITY.person, p.role, p.country));
  }
  return cut;
}

/** Capitalised chunks classified by their head words (organisations, places, treaties). */
function patternCandidates(text: string, words: readonly Word[], gaz: readonly GazHit[], cut: Uint8Array, cands: Candidate[]): void {
  for (const [s, chunkEnd] of findChunks(words, gaz, cut)) {
    let from = s;
    let e = chunkEnd;
    const of = holderAfterCountry(words, gaz, s, e);
    if (of >= 0) {
      const holder = gaz[of + 1]!.end;
      cands.push(makeCandidate(holder, e, 'person', '', null, 'name', PRIORITY.pattern));
      e = of;
    }
    // `Kigali Amendment to the Montreal Protocol`: a name that ends before its chunk does leaves the rest
    // to be read again after the connecting words (`Montreal Protocol`).
    while (from < e) {
      const hit = classifyChunk(words, gaz, from, e);
      if (!hit) break;
      if (hit.type === 'org' || hit.type === 'place') hit.start = articleStart(words, hit.start);
      const entity = hit.entity ?? surface(text, words, hit.start, hit.end);
      cands.push(makeCandidate(hit.start, hit.end, hit.type, entity, hit.id ?? null, 'name', PRIORITY.pattern));
      if (hit.start !== from || hit.end >= e || words[hit.end]!.key !== 'to') break;
      from = hit.end + 1;
      while (from < e && words[from]!.key === 'the') from++;
    }
  }

  // Loops, not `push(...a, ...b)`: spreading arrays whose shapes vary (empty or not) deoptimised this function.
  for (const found of [findResolutions(text, words), findPlaceAgreements(text, words, gaz), findBareCharters(text, words)]) {
    for (const c of found) cands.push(c);
  }
}

/** Acronyms the article defines, and their later uses. */
function acronymCandidates(text: string, words: readonly Word[], cands: Candidate[]): void {
  const n = words.length;
  // Acronyms the article defines: `Haitian National Police (HNP)`, `“… Agreement” (C-SIPA)`.
  const acronyms = new Map<string, Array<{ keys: string[]; type: Candidate['type']; entity: string; id: string | null; event: boolean }>>();
  const defineAcronym = (keys: string[], a: { type: Candidate['type']; entity: string; id: string | null }, event = false): void => {
    const list = acronyms.get(keys[0]!) ?? [];
    list.push({ keys, type: a.type, entity: a.entity, id: a.id, event });
    acronyms.set(keys[0]!, list);
  };
  for (const def of findAcronymDefinitions(words)) {
    // (`Build Back Better World (B3W)`: a known name that the acronym's letters cover only in part is the full name)
    const full = cands.find((c) => c.start === def.fullStart && c.end === def.fullEnd && c.type !== 'person' && c.type !== 'date') ??
      // (or a comma stopped the walk back: `United Nations Educational, Scientific and Cultural Organization (UNESCO)`)
      cands.find((c) => c.end === def.fullEnd && c.start < def.fullStart && (def.fullStart - c.start <= 3 || words[def.fullStart - 1]!.text === ',') && c.priority === PRIORITY.known && (c.type === 'treaty' || c.type === 'org')) ??
      // (a name inside the words the letters spell, starting with the acronym's letter: not `Emergency Department` for
      // `Safety Planning in the Emergency Department (SPED)`)
      cands.find((c) => c.end === def.fullEnd && c.start >= def.fullStart && c.type !== 'person' && c.type !== 'date' && c.end - c.start >= 2 && (c.start === def.fullStart || words[c.start]!.text[0] === words[def.acr]!.text[0]));
    const keys = words.slice(def.acr, def.acrEnd).map((w) => w.key);
    // `Nationally Determined Contribution (NDC)`: a concept, whose acronym names no body.
    if (keys.length === 1 && isConceptAcronym(keys[0]!)) continue;
    // `Special Presidential Envoy for Climate (SPEC) John Kerry`: a title before the name it gives, no body, and
    // neither is its acronym. (Without a name after it, `United States Trade Representative (USTR)` is the office.)
    if (namesTitle(words, def.fullStart, def.fullEnd) && cands.some((c) => c.type === 'person' && c.start === def.acrEnd + 1)) {
      if (full) full.suppress = true;
      defineAcronym(keys, { type: 'org', entity: surface(text, words, def.fullStart, def.fullEnd), id: null }, true);
      continue;
    }
    if (full) {
      defineAcronym(keys, { type: full.type, entity: full.type === 'country' ? full.entity : full.full ?? full.entity, id: full.id });
    } else if (EVENT_HEADS.has(words[def.fullEnd - 1]!.key)) {
      // `the East Asia Summit (EAS)`: a meeting, as `Millennium Summit`, is no body, and neither is its acronym.
      defineAcronym(keys, { type: 'org', entity: surface(text, words, def.fullStart, def.fullEnd), id: null }, true);
    } else if (namesPeople(words, def.fullEnd)) {
      // `the three National Security Advisors (NSAs)`: holders of a title are people, not a body, nor is their acronym.
      defineAcronym(keys, { type: 'org', entity: surface(text, words, def.fullStart, def.fullEnd), id: null }, true);
    } else if (endsInCommonNoun(words, def.fullStart, def.fullEnd)) {
      // (a programme or an idea: neither it nor its acronym is a body)
      defineAcronym(keys, { type: 'org', entity: surface(text, words, def.fullStart, def.fullEnd), id: null }, true);
    } else if (!namesConcept(words, def.fullStart, def.fullEnd)) {
      const entity = surface(text, words, def.fullStart, def.fullEnd);
      // (`Protection of Lawful Commerce in Arms Act (PLCAA)`: a law's name, whose head a shorter treaty found)
      const type = TREATY_HEADS.has(words[def.fullEnd - 1]!.key) ? 'treaty' : 'org';
      cands.push(makeCandidate(def.fullStart, def.fullEnd, type, entity, null, 'name', PRIORITY.acronym));
      defineAcronym(keys, { type, entity, id: null });
    }
  }
  // `humanitarian assistance and disaster relief (HA/DR)`: an acronym a lower-case phrase defines names an idea,
  // no body (bodies' names are capitalised); its parts are no organisations either.
  for (const parts of lowerCaseAcronyms(words)) defineAcronym([parts], { type: 'org', entity: parts, id: null }, true);
  if (acronyms.size > 0) {
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      const list = w.isWord ? acronyms.get(w.key) : undefined;
      if (!list) continue;
      for (const a of list) {
        let ok = i + a.keys.length <= n;
        for (let k = 1; ok && k < a.keys.length; k++) ok = words[i + k]!.key === a.keys[k] && !words[i + k]!.gap;
        if (!ok || (words[i + a.keys.length] && !words[i + a.keys.length]!.gap && words[i + a.keys.length]!.text === '-')) continue;
        const use = makeCandidate(i, i + a.keys.length, a.type, a.entity, a.id, 'short', PRIORITY.known + 1);
        use.suppress = a.event;
        cands.push(use);
        break;
      }
    }
  }
}

/**
 * The acronyms, part by part (`HA`, `DR` of `HA/DR`), that a bracket defines after lower-case words whose initials
 * spell them (`and`, `of`, `the`, `for` skipped): `humanitarian assistance and disaster relief (HA/DR)`.
 */
function lowerCaseAcronyms(words: readonly Word[]): string[] {
  const out: string[] = [];
  for (let k = 1; k + 2 < words.length; k++) {
    if (words[k]!.text !== '(') continue;
    const parts: string[] = [];
    let c = k + 1;
    while (c < words.length && c < k + 8) {
      const w = words[c]!;
      if (w.isWord && w.upper && /^[A-Z]{1,6}$/.test(w.key)) parts.push(w.key);
      else if (w.text !== '/' && w.text !== '&') break;
      c++;
    }
    if (parts.length === 0 || words[c]?.text !== ')') continue;
    const letters = parts.join('');
    let initials = '';
    for (let b = k - 1; b >= 0 && b >= k - 12 && initials.length < letters.length; b--) {
      const w = words[b]!;
      if (!w.isWord || w.cap || w.sentence !== words[k]!.sentence) break;
      if (w.key === 'and' || w.key === 'of' || w.key === 'the' || w.key === 'for') continue;
      initials = w.key[0]!.toUpperCase() + initials;
    }
    if (initials === letters && letters.length >= 2) out.push(...parts);
  }
  return out;
}

/**
 * `Maritime Domain Awareness (MDA)`, `Foreign Military Financing (FMF)`, `Emergency Use Authorization (EUA)`: a
 * defined name that ends in an abstract noun mostly written in lower case, with no word that heads a body, a
 * treaty or a place, is a programme or an idea, and its acronym no organisation (`Multinational Security Support
 * (MSS)`, a mission, ends in no such noun).
 */
function endsInCommonNoun(words: readonly Word[], start: number, end: number): boolean {
  const last = words[end - 1];
  if (!last || !last.isWord || !ABSTRACT_ENDINGS.some((x) => last.key.endsWith(x))) return false;
  // (`The Department of Education (ED)`: the letters may start after the body's head and `of`)
  const from = words[start - 1]?.key === 'of' || words[start - 1]?.key === 'for' ? Math.max(0, start - 2) : start;
  for (let k = from; k < end; k++) {
    const key = words[k]!.key;
    if (ORG_HEADS.has(key) || ORG_HEADS_BEFORE_OF.has(key) || TREATY_HEADS.has(key) || PLACE_HEADS.has(key)) return false;
  }
  const b = caseBucket(last.text);
  return b >= 1 && b <= 2;
}

/** Endings of abstract nouns: `Awareness`, `Financing`, `Authorization`, `Assistance`, `Resilience`. */
const ABSTRACT_ENDINGS: readonly string[] = ['ness', 'ing', 'tion', 'sion', 'ance', 'ence'];

/**
 * A phrase ending at `end` in the plural of a title (`National Security Advisors`, `Foreign Ministers`): people,
 * not a body (`Offices of Inspectors General`, `Deputy Attorney General` end in a singular and are left alone).
 */
function namesPeople(words: readonly Word[], end: number): boolean {
  const last = words[end - 1];
  if (!last || !last.isWord || !last.key.endsWith('s') || last.key.length < 4) return false;
  return TITLE_HEAD_WORDS.has(last.key.slice(0, -1));
}

/** Dates, and `Belfast/Good Friday Agreement`-style names joined to a treaty. */
function dateCandidates(text: string, words: readonly Word[], date: string | null, cands: Candidate[]): void {
  for (const d of findDates(words, date)) {
    cands.push(makeCandidate(d.start, d.end, 'date', surface(text, words, d.start, d.end), d.id, 'name', PRIORITY.date));
  }

  // `Belfast/Good Friday Agreement`: a name joined by a slash to a treaty belongs to it.
  for (const c of cands) {
    if (c.type !== 'treaty') continue;
    const slash = words[c.start - 1];
    const before = words[c.start - 2];
    if (slash && before && slash.text === '/' && !slash.gap && !words[c.start]!.gap && before.isWord && before.cap) {
      c.start -= 2;
      c.entity = surface(text, words, c.start, c.end);
    }
  }
}

/**
 * Settles the candidates, then adds what the learned tagger finds, people
 * called on by name, surnames and other names resolved within the article.
 */
function acceptAndResolve(text: string, words: readonly Word[], tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const n = words.length;
  const covered = new Uint8Array(n);
  const accepted = settle(cands, covered, words);
  // The learned tagger fills in what lists, titles and patterns missed: untitled names, companies, small places.
  // Its people join before resolution (their surnames later in the article); its places and
  // organisations after it, on words still free (`Maduro` after `Nicolas Maduro` is the person).
  const learned = learnedAroundCities(words, tokens, accepted, covered);
  for (const c of learned) {
    if (c.type !== 'person') continue;
    for (let k = c.start; k < c.end; k++) covered[k] = 1;
    accepted.push(c);
  }
  // `Thanks, Karine.`: reporters called on by their first names, which the tagger may pass over.
  for (const c of findVocatives(words, covered)) {
    covered[c.start] = 1;
    accepted.push(c);
  }
  yieldCitiesToNames(words, accepted, covered);
  const persons = accepted.filter((c) => c.type === 'person');
  for (const c of resolvePersons(text, words, persons, covered)) accepted.push(c);
  for (const c of learned) {
    if (c.type === 'person') continue;
    let free = true;
    for (let k = c.start; k < c.end; k++) if (covered[k]) free = false;
    if (!free) continue;
    for (let k = c.start; k < c.end; k++) covered[k] = 1;
    c.entity = surface(text, words, c.start, c.end);
    if (namesPerson(words, c, accepted)) retypeAsPerson(c, accepted);
    accepted.push(c);
  }
  for (const c of propagateNames(text, words, accepted, covered)) accepted.push(c);
  // (after propagation: a name read from the kind after it is not spread to its bare uses)
  for (const c of findKindNames(words, covered)) {
    for (let k = c.start; k < c.end; k++) covered[k] = 1;
    c.entity = surface(text, words, c.start, c.end);
    accepted.push(c);
  }
  joinPlusNumbers(text, words, accepted, covered);
  return accepted;
}

function noLowerCase(t: string): boolean {
  return t === t.toUpperCase();
}

/** `P5+1`, `C5+1`, `ASEAN+3`: a group's name with `+N` written onto it is the larger group; `Rio+20` is a conference. */
function joinPlusNumbers(text: string, words: readonly Word[], accepted: Candidate[], covered: Uint8Array): void {
  for (let i = accepted.length - 1; i >= 0; i--) {
    const c = accepted[i]!;
    if (c.type !== 'org' && c.type !== 'place') continue;
    const plus = words[c.end];
    const count = words[c.end + 1];
    if (!plus || !count || plus.text !== '+' || plus.gap || count.gap || !isSmallNumber(count.text)) continue;
    // `Rio+20`, `Beijing+25`: a conference named for where an earlier one met is no place and no body
    // (its words stay covered: no later layer takes `Rio` for a body either).
    if (c.type === 'place' || !noLowerCase(words[c.end - 1]!.text)) {
      accepted.splice(i, 1);
      continue;
    }
    // (an acronym: `P5+1` is the larger group)
    if (count.text.length > 2 || covered[c.end + 1]) continue;
    covered[c.end] = 1;
    covered[c.end + 1] = 1;
    c.end += 2;
    c.entity = surface(text, words, c.start, c.end);
  }
}

/** A personal title spelled out (`Special Presidential Envoy for Climate`): its head is a title word and no word names a body. */
function namesTitle(words: readonly Word[], start: number, end: number): boolean {
  let head = end - 1;
  for (let k = start + 1; k < end; k++) if (words[k]!.key === 'for' || words[k]!.key === 'of') { head = k - 1; break; }
  if (!TITLE_HEAD_WORDS.has(words[head]!.key)) return false;
  for (let k = start; k < end; k++) if (ORG_HEADS.has(words[k]!.key)) return false;
  return true;
}

/** One to three digits: the `20` of `Rio+20`. */
function isSmallNumber(t: string): boolean {
  if (t.length === 0 || t.length > 3) return false;
  for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return true;
}

/**
 * An organisation or place the tagger read in a name of a person: `Trevor Hunnicutt` (a given name, then
 * name words), or `Akif Cağatay Kiliç` when the article calls him `Mr Kilic` elsewhere.
 */
function namesPerson(words: readonly Word[], c: Candidate, accepted: readonly Candidate[]): boolean {
  if (c.end - c.start < 2 || c.end - c.start > 4) return false;
  for (let k = c.start; k < c.end; k++) {
    const w = words[k]!;
    if (!w.isWord || !w.cap || w.upper || isFunctionWord(w.key) || ORG_HEADS.has(w.key) || PLACE_HEADS.has(w.key) || TREATY_HEADS.has(w.key)) return false;
  }
  if (GIVEN.has(words[c.start]!.key)) return true;
  // (`House Whip James Clyburn`, `National Intelligence Avril Haines`: a title's words before the name are no name)
  for (let k = c.start; k < c.end; k++) if (isTitleKey(words[k]!.key) || (k > c.start && GIVEN.has(words[k]!.key))) return false;
  const last = fold(words[c.end - 1]!.key);
  for (const p of accepted) if (p.type === 'person' && p.end - p.start === 1 && fold(words[p.start]!.key) === last) return true;
  return false;
}

/** The candidate becomes the person, and a surname alone that is his resolves to him. */
function retypeAsPerson(c: Candidate, accepted: Candidate[]): void {
  const shortName = c.entity.slice(c.entity.lastIndexOf(' ') + 1);
  c.type = 'person';
  c.form = 'name';
  for (const p of accepted) if (p.type === 'person' && fold(p.entity) === fold(shortName)) p.entity = c.entity;
}

/**
 * The learned tagger's names, read with the generated cities' words left free: a longer name it finds
 * over a city (`Florent Serra`, `Hassan Kazemi Qomi`, `Ciudad Juarez`, `Arlington National Cemetery`)
 * takes the place of the city, which is dropped from `accepted`; a name no longer than the city is dropped.
 */
function learnedAroundCities(words: readonly Word[], tokens: readonly Token[], accepted: Candidate[], covered: Uint8Array): Candidate[] {
  let cities = 0;
  for (const c of accepted) if (c.priority === PRIORITY.city) cities++;
  if (cities === 0) return learnedCandidates(words, findLearned(words, tokens, covered), covered);
  // city[k]: 1 + the index in `accepted` of the city over word k, or 0
  const city = new Int32Array(words.length);
  const free = new Uint8Array(covered);
  for (let a = 0; a < accepted.length; a++) {
    const c = accepted[a]!;
    if (c.priority !== PRIORITY.city) continue;
    for (let k = c.start; k < c.end; k++) { city[k] = a + 1; free[k] = 0; }
  }
  const out: Candidate[] = [];
  const dropped = new Set<number>();
  for (const c of learnedCandidates(words, findLearned(words, tokens, free), free)) {
    let over = 0;
    let longer = true;
    for (let k = c.start; k < c.end; k++) {
      const a = city[k]!;
      if (a === 0) continue;
      over++;
      const x = accepted[a - 1]!;
      if (x.start < c.start || x.end > c.end || x.end - x.start >= c.end - c.start) longer = false;
    }
    if (over > 0 && !longer) continue;
    // (a person's name holds name words only: `Bonn Conference` is no one)
    if (over > 0 && c.type === 'person') {
      let nameWords = true;
      for (let k = c.start; k < c.end; k++) if (words[k]!.isWord && isNonNameWord(words[k]!.key)) nameWords = false;
      if (!nameWords) continue;
    }
    for (let k = c.start; k < c.end; k++) {
      const a = city[k]!;
      if (a === 0) continue;
      dropped.add(a - 1);
      covered[k] = 0;
    }
    out.push(c);
  }
  if (dropped.size > 0) {
    let w = 0;
    for (let a = 0; a < accepted.length; a++) if (!dropped.has(a)) accepted[w++] = accepted[a]!;
    accepted.length = w;
  }
  return out;
}

/**
 * A generated city of one word that is a word of a person's name the article gives (`Austin` after
 * `Lloyd J. Austin` or `Austin Tice`, `Hassan` after `Samia Suluhu Hassan`) is that person: the city is
 * given up, and its word left free for the resolution of surnames and first names.
 */
function yieldCitiesToNames(words: readonly Word[], accepted: Candidate[], covered: Uint8Array): void {
  let names: Set<string> | null = null;
  for (let k = accepted.length - 1; k >= 0; k--) {
    const c = accepted[k]!;
    if (c.priority !== PRIORITY.city || c.end - c.start !== 1) continue;
    if (names === null) {
      names = new Set<string>();
      for (const p of accepted) if (p.type === 'person' && p.end - p.start > 1) for (let j = p.start; j < p.end; j++) names.add(words[j]!.key);
    }
    if (!names.has(words[c.start]!.key)) continue;
    covered[c.start] = 0;
    accepted.splice(k, 1);
  }
}

/** `Gonzalez` `Urrutia`, found apart, both resolved to `Edmundo Gonzalez Urrutia`: one mention. */
function joinSplitNames(words: readonly Word[], accepted: Candidate[]): void {
  accepted.sort((a, b) => a.start - b.start);
  for (let k = accepted.length - 1; k > 0; k--) {
    const a = accepted[k - 1]!;
    const b = accepted[k]!;
    if (a.type === 'person' && b.type === 'person' && a.end === b.start && a.entity === b.entity && words[b.start]!.gap && a.entity.split(' ').length > b.end - a.start) {
      a.end = b.end;
      a.form = 'name';
      accepted.splice(k, 1);
    }
  }
}

/** The accepted candidates as SPEC mention records, in text order. */
function toRecords(doc: Document, words: readonly Word[], accepted: Candidate[]): MentionRecord[] {
  const text = doc.text;
  accepted.sort((a, b) => a.start - b.start);
  return accepted.filter((c) => !c.suppress).map((c) => {
    const first = words[c.start]!;
    const last = words[c.end - 1]!;
    return {
      doc: doc.id,
      sentence: first.sentence,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      type: c.type,
      entity: c.entity,
      id: c.id,
      form: c.form,
      role: c.type === 'person' ? c.role : null,
      country: c.type === 'person' ? c.country : null,
    };
  });
}

/**
 * Entity mentions of one document (SPEC.md, "Entity mentions"): flat, not
 * overlapping, sorted by start. Layers: gazetteers (countries, places,
 * organisations, treaties), people from their context, organisation /
 * treaty / place names from their head words, acronyms the article defines,
 * dates; then per-article resolution of people and acronyms.
 */
export function extractMentions(doc: Document, sentences: Sentence[], tokens: Token[]): MentionRecord[] {
  void sentences;
  const text = doc.text;
  const words = buildWords(text, tokens);
  const n = words.length;
  const known = knownNames();

  const gaz: GazHit[] = new Array<GazHit>(n).fill(null);
  for (let i = 0; i < n; i++) if (words[i]!.isWord) gaz[i] = known.match(words, i);
  const datelinePlaces = datelineCandidates(text, words, gaz, known);

  // Each layer is a function of its own: V8 optimises them apart, so a rare branch in one no
  // longer throws away and recompiles the code of all of them (--trace-opt, --trace-deopt).
  const cands: Candidate[] = [];
  knownCandidates(text, words, gaz, cands);
  for (const c of datelinePlaces) cands.push(c);
  const cut = personCandidates(text, words, gaz, cands);
  patternCandidates(text, words, gaz, cut, cands);
  acronymCandidates(text, words, cands);
  dateCandidates(text, words, doc.date, cands);
  // (`Medicare`, `a B.A. from Yale`: a word that names no entity, whichever layer proposed or propagated it)
  // (`Nominee for Member of the National Mediation Board`, `Nominee for Ambassador Extraordinary …`: a nominations list's label)
  // (one word is read as it is; only `States Members` is longer, so no text is sliced for the rest)
  const named = (c: Candidate): boolean => {
    const first = words[c.start]!;
    if (first.text === 'Nominee' && words[c.start + 1]?.text === 'for') return false;
    if (c.end - c.start === 1) return !namesNoEntity(first.text);
    return !(c.end - c.start === 2 && first.text === 'States' && words[c.start + 1]!.text === 'Members');
  };
  const accepted = acceptAndResolve(text, words, tokens, cands.filter(named)).filter(named);
  joinSplitNames(words, accepted);
  canonicalNames(text, words, accepted);
  return toRecords(doc, words, accepted);
}
