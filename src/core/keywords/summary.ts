import type { Document, MentionRecord, Sentence, StatementRecord, Token } from '../types.js';
import { isStopword, stem } from '../text/normalise.js';
import { keywordTerms, phraseUpperBound, scoreKeyness } from './keyness.js';
import { keyPhraseCandidates, phraseSpans } from './phrases.js';
import { textRankSimilarity, weightedPageRank } from './scores.js';

// A digest of one article: who and what it names, what stands out, who said
// how much, and its most central sentences (an extractive TextRank summary).

export interface SummaryRecord {
  doc: string;
  date: string | null;
  tags: string[];
  title: string | null;
  words: number;
  sentences: number;
  /** People by mentions, each `Name (role)` where the text gives a role. */
  people: string[];
  countries: string[];
  places: string[];
  orgs: string[];
  treaties: string[];
  keywords: string[];
  phrases: string[];
  /** Statements by speaker, most first: `Wang Yi: 7`. */
  statements: string[];
  /** The most central sentences, in text order. */
  summary: string[];
}

export interface SummaryOptions {
  /** Central sentences to give. */
  sentences: number;
  /** Keywords and key phrases to give. */
  keywords: number;
  /** Entities of each type to give. */
  entities: number;
  /** The general-English reference for keywords. */
  reference: { counts: ReadonlyMap<string, number>; total: number };
}

interface Tally {
  name: string;
  count: number;
  first: number;
}

function rank(tallies: Iterable<Tally>): Tally[] {
  // Most mentioned first; ties by first mention, so the article's lead comes first.
  return [...tallies].sort((a, b) => b.count - a.count || a.first - b.first);
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

const MAX_RANKED_SENTENCES = 300;

/**
 * TextRank (Mihalcea & Tarau 2004) over the sentences: each sentence is a node,
 * edges weighted by shared content-word stems over the log of the sentence
 * lengths; returns the indexes of the `n` best sentences, in text order.
 */
export function centralSentences(text: string, sentences: readonly Sentence[], tokens: readonly Token[], n: number): number[] {
  if (n <= 0 || sentences.length === 0) return [];
  const bags = sentences.map(() => ({ words: 0, stems: new Set<string>() }));
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    const bag = bags[token.sentence - (sentences[0]?.index ?? 0)];
    if (!bag) continue;
    bag.words += 1;
    const lower = token.text.toLowerCase();
    if (!isStopword(lower)) bag.stems.add(stem(lower));
  }
  // The graph is dense (every pair of sentences is compared), so a long
  // speech or briefing is ranked over an even sample of at most
  // MAX_RANKED_SENTENCES sentences: quadratic work stays bounded per article.
  const stride = Math.max(1, Math.ceil(bags.length / MAX_RANKED_SENTENCES));
  const candidates: number[] = [];
  for (let i = 0; i < bags.length; i += stride) candidates.push(i);
  const size = candidates.length;
  const weights: number[][] = [];
  for (let i = 0; i < size; i++) weights.push(new Array<number>(size).fill(0));
  for (let i = 0; i < size; i++) {
    const a = bags[candidates[i] ?? 0];
    if (!a) continue;
    for (let j = i + 1; j < size; j++) {
      const b = bags[candidates[j] ?? 0];
      if (!b) continue;
      let shared = 0;
      const [small, large] = a.stems.size <= b.stems.size ? [a.stems, b.stems] : [b.stems, a.stems];
      for (const s of small) if (large.has(s)) shared += 1;
      const w = textRankSimilarity(shared, a.words, b.words);
      (weights[i] as number[])[j] = w;
      (weights[j] as number[])[i] = w;
    }
  }
  void text;
  const scores = weightedPageRank(weights);
  const order = scores.map((score, i) => ({ score, i: candidates[i] ?? i })).sort((x, y) => y.score - x.score || x.i - y.i);
  return order
    .slice(0, n)
    .map((o) => o.i)
    .sort((x, y) => x - y);
}

/** The digest of one article from its analysis, mentions and statements. */
export function summariseDocument(
  doc: Document,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  mentions: readonly MentionRecord[],
  statements: readonly StatementRecord[],
  options: SummaryOptions,
): SummaryRecord {
  const text = doc.text;
  const normaliser = { stem, isStopword };
  const { terms, words } = keywordTerms(text, tokens, { stem: false }, normaliser);
  const termCounts = new Map<string, number>();
  for (const t of terms) termCounts.set(t, (termCounts.get(t) ?? 0) + 1);
  const refLookup = (w: string): number => options.reference.counts.get(w) ?? 0;
  const keyness = { minCount: 1, negative: false };
  const keywords = scoreKeyness('word', [...termCounts].map(([term, count]) => ({ term, count, docs: 1 })), words, refLookup, options.reference.total, keyness)
    .slice(0, options.keywords)
    .map((r) => r.term);
  const phraseCounts = new Map<string, { count: number; label: string }>();
  for (const c of keyPhraseCandidates(text, tokens, phraseSpans(mentions))) {
    const entry = phraseCounts.get(c.key);
    if (entry) entry.count += 1;
    else phraseCounts.set(c.key, { count: 1, label: c.text.replace(/\s+/g, ' ') });
  }
  const phrases = scoreKeyness(
    'phrase',
    [...phraseCounts].map(([term, e]) => ({ term, count: e.count, docs: 1 })),
    words,
    (p) => phraseUpperBound(p, refLookup),
    options.reference.total,
    keyness,
  )
    .slice(0, options.keywords)
    .map((r) => phraseCounts.get(r.term)?.label ?? r.term);

  const byType = new Map<string, Map<string, Tally & { roles: string[] }>>();
  for (const m of mentions) {
    let table = byType.get(m.type);
    if (!table) {
      table = new Map();
      byType.set(m.type, table);
    }
    let tally = table.get(m.entity);
    if (!tally) {
      tally = { name: m.entity, count: 0, first: m.start, roles: [] };
      table.set(m.entity, tally);
    }
    tally.count += 1;
    if (m.role) tally.roles.push(m.role);
  }
  const names = (type: string): string[] => rank(byType.get(type)?.values() ?? []).slice(0, options.entities).map((t) => t.name);
  const people = rank(byType.get('person')?.values() ?? [])
    .slice(0, options.entities)
    .map((t) => {
      const role = mostCommon((t as Tally & { roles: string[] }).roles);
      return role ? `${t.name} (${role})` : t.name;
    });

  const bySpeaker = new Map<string, Tally>();
  for (const s of statements) {
    const speakers = s.speakers.length > 0 ? s.speakers : [s.speaker ?? 'unknown'];
    for (const name of speakers) {
      const tally = bySpeaker.get(name);
      if (tally) tally.count += 1;
      else bySpeaker.set(name, { name, count: 1, first: s.cueStart });
    }
  }
  const central = centralSentences(text, sentences, tokens, options.sentences);
  return {
    doc: doc.id,
    date: doc.date,
    tags: doc.tags,
    title: doc.title,
    words: tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length,
    sentences: sentences.length,
    people,
    countries: names('country'),
    places: names('place'),
    orgs: names('org'),
    treaties: names('treaty'),
    keywords,
    phrases,
    statements: rank(bySpeaker.values()).map((t) => `${t.name}: ${t.count}`),
    summary: central.map((i) => {
      const s = sentences[i];
      return s ? text.slice(s.start, s.end).replace(/\s+/g, ' ').trim() : '';
    }),
  };
}
