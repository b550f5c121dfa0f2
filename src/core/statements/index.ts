// Statements: who said what (SPEC.md, "Statements"). Pure: a document, its
// sentences and mentions in; one record per cue out.
//
// The rules work on their own scan of each sentence (words plus every
// punctuation mark, which the cue, speaker and quote rules need); the shared
// tokens are accepted so every extractor has the same signature.

import type { Document, MentionRecord, Sentence, StatementRecord, Token } from '../types.js';
import { INVERTIBLE, OBJECT_THEN_OF, OBJECT_THEN_THAT, CLAUSE_VERBS, NOT_SOURCES } from '../lexicon/cues.js';
import { findCues, type Cue } from './cues.js';
import { castOf, type Cast } from './participants.js';
import { pairQuotes, isClosingQuote, isOpeningQuote, type Quote } from './quotes.js';
import { resolvePhrase, type Antecedents, type Resolved } from './resolve.js';
import { phraseBackward, phraseForward, sentenceSubject, skipBack, isPronoun, pronounOf, type Phrase } from './speaker.js';
import { insideQuote, joinQuotes, quoteClosingAt, quoteContent, quoteOpeningAt, span, type Content } from './content.js';
import { scanWords, type Word } from './words.js';

export { CUE_VERBS } from '../lexicon/cues.js';

type Mode = 'forward' | 'backward' | 'inverted' | 'according';

interface Plan {
  cue: Cue;
  mode: Mode;
  /** The speaker phrase, or null when the speaker is inherited from the clause before. */
  phrase: Phrase | null;
  inherit: boolean;
  /** Where this statement's clause begins: the content of an earlier cue ends here. */
  boundary: number;
  /** Word index that ends backward content (the comma or quote before the speaker). */
  backEnd: number;
}

const NOT_BEFORE_SPEAKER = new Set(['as', 'what', 'like', 'than', 'whatever', 'if', 'whether', 'unless', 'how', 'why', 'where']);
const COORDINATORS = new Set(['and', 'while', 'but', 'or', 'then', 'thereby', 'whereas', 'also']);
const TAIL_PREPS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'when', 'while', 'according', 'last', 'this', 'earlier', 'later', 'today', 'yesterday', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'via', 'through', 'following', 'told', 'adding', 'noting', 'citing']);
const PARENTHETICAL_OPENERS = new Set(['who', 'which', 'whose', 'speaking', 'calling', 'writing', 'according', 'in', 'at', 'during', 'after', 'when', 'like', 'as', 'for', 'himself', 'herself', 'themselves', 'too', 'however', 'though', 'meanwhile', 'for', 'on']);

function isParenthetical(words: Word[], from: number, to: number): boolean {
  const w = words[from];
  if (!w || from > to) return false;
  return PARENTHETICAL_OPENERS.has(w.lower) || (!w.cap && /(ing|ed)$/.test(w.lower)) || w.lower === 'jr.';
}

function planCue(words: Word[], cue: Cue, named: ReadonlySet<number>, prior: Plan[]): Plan | null {
  const base = { cue, inherit: false, boundary: cue.first, backEnd: -1 };
  if (cue.according) {
    const p = phraseForward(words, cue.last + 1, named);
    if (!p || NOT_SOURCES.has(words[p.last]!.lower)) return null;
    const before = words[cue.first - 1];
    if (before && before.text === ',') return { ...base, mode: 'according', phrase: p, boundary: cue.first - 1, backEnd: cue.first - 1 };
    return { ...base, mode: 'according', phrase: p };
  }
  let L = skipBack(words, cue.first - 1);
  if (L < 0) return null;
  let w = words[L]!;
  if (w.punct && (w.text === ',' || isClosingQuote(w.text) || w.text === '\u2014')) {
    // Inverted: `…, said Chinese State Councilor and Foreign Minister Wang Yi in …`
    if (cue.tense !== 'ing' && INVERTIBLE.has(cue.lemma)) {
      const p = phraseForward(words, cue.last + 1, named);
      if (p) {
        const after = words[p.last + 1];
        if (!after || after.punct || TAIL_PREPS.has(after.lower)) return { ...base, mode: 'inverted', phrase: p, boundary: L, backEnd: L };
      }
    }
    // A parenthetical between subject and cue: `President Biden, calling from Air Force One, conveyed`.
    if (w.text === ',' && cue.tense !== 'ing') {
      let c = L - 1;
      while (c >= 0 && words[c]!.text !== ',') c--;
      if (c > 0 && isParenthetical(words, c + 1, L - 1)) {
        const L2 = skipBack(words, c - 1);
        const p = L2 >= 0 ? phraseBackward(words, L2, named) : null;
        if (p) return { ...base, mode: 'forward', phrase: p, boundary: p.first };
      }
    }
    return { ...base, mode: 'forward', phrase: null, inherit: true, boundary: L };
  }
  if (w.punct) return null;
  if (COORDINATORS.has(w.lower)) {
    const b = words[L - 1]?.text === ',' ? L - 1 : L;
    return { ...base, mode: 'forward', phrase: null, inherit: true, boundary: b };
  }
  if (w.lower === 'who' || w.lower === 'which') {
    let k = L - 1;
    if (words[k]?.text === ',') k--;
    const p = k >= 0 ? phraseBackward(words, k, named) : null;
    return p ? { ...base, mode: 'forward', phrase: p, boundary: p.first } : null;
  }
  const p = phraseBackward(words, L, named);
  if (!p) return null;
  const headLower = pronounOf(words[p.last]!.lower);
  if (headLower === 'you' || headLower === 'it') return null;
  // `as he said`, `what Gina said`, `if he says`: a reference to a saying, not a report of one.
  const opener = words[p.first - 1]?.lower;
  if (opener && NOT_BEFORE_SPEAKER.has(opener)) return null;
  // A pronoun subject inside the content of a cue before it (`conveyed that he is
  // looking forward to …`) is the same report, not a new one.
  const earlier = prior[prior.length - 1];
  if (earlier && p.first === p.last && isPronoun(words[p.first]!.lower) && earlier.mode === 'forward') {
    const gap = words.slice(earlier.cue.last + 1, p.first);
    if (!gap.some((x) => x.text === ',' || x.text === ';' || COORDINATORS.has(x.lower))) return null;
  }
  let boundary = p.first;
  const pre = words[p.first - 1];
  if (pre && COORDINATORS.has(pre.lower)) boundary = words[p.first - 2]?.text === ',' ? p.first - 2 : p.first - 1;
  // `X, Wang said.` / `"X," he said.`: the content came before.
  if (pre && pre.punct && (pre.text === ',' || isClosingQuote(pre.text) || pre.text === '\u2014')) {
    let k = cue.last + 1;
    let forwardish = false;
    for (; k < words.length && k < cue.last + 12; k++) {
      const x = words[k]!;
      if (x.lower === 'that' || x.text === ':' || isOpeningQuote(x.text)) { forwardish = true; break; }
      if (x.punct) break;
    }
    const next = words[cue.last + 1];
    const quoted = isClosingQuote(pre.text) || (pre.text === ',' && isClosingQuote(words[p.first - 2]?.text ?? ''));
    if (!forwardish && (quoted || (INVERTIBLE.has(cue.lemma) && (!next || next.punct || TAIL_PREPS.has(next.lower))))) {
      return { ...base, mode: 'backward', phrase: p, boundary: p.first - 1, backEnd: p.first - 1 };
    }
  }
  return { ...base, mode: 'forward', phrase: p, boundary };
}

function forwardContent(text: string, words: Word[], plan: Plan, endOffset: number, quotes: readonly Quote[]): Content {
  const cue = plan.cue;
  let k = cue.last + 1;
  if (plan.mode === 'inverted' && plan.phrase) k = plan.phrase.last + 1;
  const lemma = cue.lemma;
  // An addressee or a time before `that`: `told reporters on Monday that`, `said in a statement that`.
  const next = words[k];
  if (next && !next.punct && next.lower !== 'that') {
    const takesObject = OBJECT_THEN_THAT.has(lemma) || OBJECT_THEN_OF.has(lemma);
    const startsTail = TAIL_PREPS.has(next.lower) && next.lower !== 'to' && next.lower !== 'for' && next.lower !== 'of';
    if (takesObject || startsTail) {
      for (let j = k; j < words.length && j < k + 10; j++) {
        const x = words[j]!;
        if (x.punct && x.text !== ':') break;
        if (x.lower === 'that') { k = j + 1; break; }
        if (x.text === ':') { k = j + 1; break; }
        if (x.lower === 'of' && OBJECT_THEN_OF.has(lemma) && j > k) { k = j + 1; break; }
      }
    }
  }
  // A cue followed by a pause and no quotation reports no content here (`I would say, …`).
  const pause = words[k];
  if (words[k]?.lower === 'that') k++;
  if (pause && pause.punct && pause.text !== ':' && !isOpeningQuote(pause.text)) {
    const q = words[k + 1];
    if (!(pause.text === ',' && q && isOpeningQuote(q.text))) return { start: 0, end: 0, text: '', direct: false };
  }
  if (words[k]?.text === ':' || words[k]?.text === ',') k++;
  const first = words[k];
  if (first && isOpeningQuote(first.text)) {
    const q = quoteOpeningAt(quotes, first.start);
    if (q) return quoteContent(text, q);
  }
  const start = first ? first.start : endOffset;
  let end = endOffset;
  // A coordinated clause with a verb of its own ends the content: `…, and discussed X`.
  for (let j = k + 1; j < words.length && words[j]!.start < end; j++) {
    const x = words[j]!;
    if (x.lower !== 'and' && x.text !== ',') continue;
    let v = j + 1;
    while (words[v] && (words[v]!.lower === 'and' || words[v]!.lower === 'also' || words[v]!.lower === 'then')) v++;
    const verb = words[v];
    if (verb && CLAUSE_VERBS.has(verb.lower) && !['also', 'will', 'would'].includes(verb.lower)) { end = x.start; break; }
    if (x.text === ',' && words[j + 1]?.lower === 'according' && words[j + 2]?.lower === 'to') { end = x.start; break; }
  }
  return span(text, start, end);
}

function backwardContent(text: string, words: Word[], plan: Plan, floor: number, quotes: readonly Quote[]): Content {
  const endWord = plan.backEnd;
  let endOff = words[endWord]!.start;
  // `"A," he said` or `"A", he said`: a quotation just before.
  for (const k of [endWord, endWord - 1]) {
    const x = words[k];
    if (x && isClosingQuote(x.text)) {
      const q = quoteClosingAt(quotes, x.start);
      if (q) {
        let c = quoteContent(text, q);
        // A quote split by its cue: `"A," he said, "B."`
        const tailFrom = (plan.mode === 'inverted' ? plan.phrase!.last : Math.max(plan.cue.last, plan.phrase?.last ?? 0)) + 1;
        const a = words[tailFrom];
        const b = words[tailFrom + 1];
        if (a?.text === ',' && b && isOpeningQuote(b.text)) {
          const q2 = quoteOpeningAt(quotes, b.start);
          if (q2) c = joinQuotes(c, quoteContent(text, q2));
        }
        return c;
      }
      endOff = x.start;
    }
  }
  return span(text, floor, endOff);
}

function contentOfAccording(text: string, words: Word[], plan: Plan, sentenceEnd: number): Content {
  if (plan.backEnd >= 0) return span(text, words[0]!.start, words[plan.backEnd]!.start);
  const p = plan.phrase!;
  let k = p.last + 1;
  if (words[k]?.text === ',') k++;
  return span(text, words[k]?.start ?? sentenceEnd, sentenceEnd);
}

export function extractStatements(doc: Document, sentences: Sentence[], _tokens: Token[], mentions: MentionRecord[]): StatementRecord[] {
  const text = doc.text;
  const body = sentences.filter((s) => s.end > doc.bodyStart);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const cast: Cast = castOf(doc, body, sorted);
  const quotes = pairQuotes(text, doc.bodyStart, text.length);
  const ante: Antecedents = { singular: null, plural: null, lastPerson: null, orgs: [] };
  const out: StatementRecord[] = [];
  let mi = 0;
  for (const s of body) {
    const words = scanWords(text, Math.max(s.start, doc.bodyStart), s.end);
    if (words.length === 0) continue;
    while (mi < sorted.length && sorted[mi]!.end <= s.start) mi++;
    const local: MentionRecord[] = [];
    for (let j = mi; j < sorted.length && sorted[j]!.start < s.end; j++) local.push(sorted[j]!);
    const named = new Set<number>();
    for (let i = 0, j = 0; i < words.length; i++) {
      const w = words[i]!;
      while (j < local.length && local[j]!.end <= w.start) j++;
      const m = local[j];
      if (m && m.start < w.end && m.type !== 'date' && m.type !== 'treaty') named.add(i);
    }
    const cues = findCues(words).filter((c) => !insideQuote(quotes, words[c.first]!.start));
    // The sentence's own subject updates what `he` and `they` point to; a
    // sentence with no cue and no name cannot change them.
    const lead = words[0]!.lower;
    const subject = cues.length || local.length || lead === 'the' || lead === 'both' ? sentenceSubject(words, named) : null;
    let subjectResolved: Resolved | null = null;
    if (subject && !isPronoun(words[subject.first]!.lower)) {
      subjectResolved = resolvePhrase(words, subject, local, cast, ante);
    }
    const plans: Plan[] = [];
    for (const c of cues) {
      const p = planCue(words, c, named, plans);
      if (p) plans.push(p);
    }
    let lastResolved: Resolved | null = null;
    let lastPhrase: Phrase | null = null;
    for (let pi = 0; pi < plans.length; pi++) {
      const plan = plans[pi]!;
      const cue = plan.cue;
      // Antecedents for `he`: people mentioned before this cue.
      for (const m of local) if (m.type === 'person' && m.end <= words[cue.first]!.start) ante.lastPerson = m.entity;
      let resolved: Resolved | null = null;
      let phrase = plan.phrase;
      if (plan.inherit) {
        if (lastResolved) { resolved = lastResolved; phrase = lastPhrase; }
        else if (subject && subject.last < cue.first) { phrase = subject; resolved = resolvePhrase(words, subject, local, cast, ante); }
      } else if (phrase) {
        resolved = resolvePhrase(words, phrase, local, cast, ante);
      }
      if (!resolved || !phrase) continue;
      // Content ends where the next coordinated statement begins (`…, adding that`,
      // `… and the leaders called on`) or where a speaker after it starts
      // (`China urged X, the spokesperson said`); a cue nested inside it
      // (`said that China opposes …`) leaves it whole.
      let endOffset = s.end;
      const nextPlan = plans[pi + 1];
      if (nextPlan) {
        let cut = -1;
        if (nextPlan.mode === 'backward' || nextPlan.mode === 'inverted') cut = nextPlan.backEnd;
        else if (nextPlan.inherit) cut = nextPlan.boundary;
        else if (nextPlan.phrase && nextPlan.boundary < nextPlan.phrase.first) cut = nextPlan.boundary;
        else if (nextPlan.phrase && [',', ';'].includes(words[nextPlan.phrase.first - 1]?.text ?? '')) cut = nextPlan.phrase.first - 1;
        const bw = cut >= 0 ? words[cut] : undefined;
        if (bw && bw.start > words[cue.last]!.end && plan.mode !== 'backward' && plan.mode !== 'inverted') endOffset = bw.start;
      }
      let content: Content;
      if (plan.mode === 'according') content = contentOfAccording(text, words, plan, endOffset);
      else if (plan.mode === 'backward' || plan.mode === 'inverted') {
        // The content runs from the sentence start, or from the end of an earlier
        // backward statement in it (`A, he said, adding B, she said`).
        let floor = words[0]!.start;
        for (let q = pi - 1; q >= 0; q--) {
          const prev = plans[q]!;
          if (prev.mode === 'backward' || prev.mode === 'inverted') { floor = words[(prev.phrase ?? prev.cue).last]!.end; break; }
        }
        content = backwardContent(text, words, plan, floor, quotes);
        if (plan.mode === 'inverted' && content.start === content.end) content = forwardContent(text, words, plan, endOffset, quotes);
      } else content = forwardContent(text, words, plan, endOffset, quotes);
      if (content.end <= content.start || !/\S\s+\S/.test(content.text)) continue;
      const speakerText = text.slice(resolved.start, resolved.end);
      out.push({
        doc: doc.id,
        sentence: s.index,
        speaker: speakerText,
        speakerStart: resolved.start,
        speakerEnd: resolved.end,
        speakers: resolved.speakers,
        cue: text.slice(words[cue.first]!.start, words[cue.last]!.end),
        cueStart: words[cue.first]!.start,
        cueEnd: words[cue.last]!.end,
        content: content.text,
        contentStart: content.start,
        contentEnd: content.end,
        direct: content.direct,
      });
      lastResolved = resolved;
      lastPhrase = phrase;
      updateAntecedents(ante, resolved, cast);
    }
    if (subjectResolved && plans.length === 0) updateAntecedents(ante, subjectResolved, cast);
    for (const m of local) {
      if (m.type === 'person') ante.lastPerson = m.entity;
      else if (m.type === 'org') ante.orgs.push(m.entity);
    }
  }
  return out;
}

function updateAntecedents(ante: Antecedents, r: Resolved, cast: Cast): void {
  if (r.speakers.length === 0) return;
  if (r.plural || r.speakers.length > 1) ante.plural = r.speakers;
  else if (cast.persons.some((p) => p.entity === r.speakers[0])) ante.singular = r.speakers;
}

