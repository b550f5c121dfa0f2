import type { Document, MentionRecord, Sentence, Token } from '../types.js';
import type { Candidate } from './candidates.js';
import { PRIORITY } from './candidates.js';
import { findDates } from './dates.js';
import { knownNames } from './known.js';
import { findLearned, learnedCandidates } from './learned.js';
import { classifyChunk, findAcronymDefinitions, findChunks } from './patterns.js';
import type { GazHit } from './persons.js';
import { findPersons } from './persons.js';
import { resolvePersons, surface } from './resolve.js';
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

  const cands: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const h = gaz[i];
    if (!h) continue;
    const d = h.data;
    const c: Candidate = { start: i, end: h.end, type: d.type, entity: d.entity, id: d.id, form: d.form, role: null, country: null, priority: PRIORITY.known };
    if (d.full !== undefined) { c.full = d.full; c.expand = d.expand ?? false; }
    if (d.suppress) c.suppress = true;
    cands.push(c);
  }

  const people = findPersons(text, words, gaz);
  const cut = new Uint8Array(n);
  for (const p of people) {
    for (let k = p.start; k < p.end; k++) cut[k] = 1;
    cands.push({ start: p.start, end: p.end, type: 'person', entity: '', id: null, form: 'name', role: p.role, country: p.country, priority: PRIORITY.person });
  }

  for (const [s, e] of findChunks(words, gaz, cut)) {
    const hit = classifyChunk(words, gaz, s, e);
    if (!hit) continue;
    const entity = hit.entity ?? surface(text, words, hit.start, hit.end);
    cands.push({ start: hit.start, end: hit.end, type: hit.type, entity, id: hit.id ?? null, form: 'name', role: null, country: null, priority: PRIORITY.pattern });
  }

  // Acronyms the article defines: `Haitian National Police (HNP)`.
  const acronyms = new Map<string, { type: Candidate['type']; entity: string; id: string | null }>();
  for (const def of findAcronymDefinitions(words)) {
    const full = cands.find((c) => c.start === def.fullStart && c.end === def.fullEnd && c.type !== 'person' && c.type !== 'date') ??
      cands.find((c) => c.end === def.fullEnd && c.start >= def.fullStart && c.type !== 'person' && c.type !== 'date' && c.end - c.start >= 2);
    const acr = words[def.acr]!;
    if (full) {
      acronyms.set(acr.key, { type: full.type, entity: full.type === 'country' ? full.entity : full.full ?? full.entity, id: full.id });
    } else {
      const entity = surface(text, words, def.fullStart, def.fullEnd);
      cands.push({ start: def.fullStart, end: def.fullEnd, type: 'org', entity, id: null, form: 'name', role: null, country: null, priority: PRIORITY.acronym });
      acronyms.set(acr.key, { type: 'org', entity, id: null });
    }
  }
  if (acronyms.size > 0) {
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      const a = w.isWord ? acronyms.get(w.key) : undefined;
      if (!a) continue;
      cands.push({ start: i, end: i + 1, type: a.type, entity: a.entity, id: a.id, form: 'short', role: null, country: null, priority: PRIORITY.known + 1 });
    }
  }

  for (const d of findDates(words, doc.date)) {
    cands.push({ start: d.start, end: d.end, type: 'date', entity: surface(text, words, d.start, d.end), id: d.id, form: 'name', role: null, country: null, priority: PRIORITY.date });
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

  const covered = new Uint8Array(n);
  const accepted = settle(cands, covered, words);
  // The learned tagger fills in what lists, titles and patterns missed: untitled names, companies, small places.
  for (const c of learnedCandidates(words, findLearned(words, tokens, covered), covered)) {
    for (let k = c.start; k < c.end; k++) covered[k] = 1;
    if (c.type !== 'person') c.entity = surface(text, words, c.start, c.end);
    accepted.push(c);
  }
  const persons = accepted.filter((c) => c.type === 'person');
  accepted.push(...resolvePersons(text, words, persons, covered));

  // Acronyms of well-known organisations: the full name is canonical when the article gives it.
  const named = new Set(accepted.filter((c) => c.form === 'name').map((c) => c.entity));
  for (const c of accepted) {
    if (c.full === undefined) continue;
    c.entity = c.expand || named.has(c.full) ? c.full : surface(text, words, c.start, c.end);
  }

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
