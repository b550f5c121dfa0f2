import type { Token } from '../types.js';
import type { TermNormaliser } from './frequency.js';
import { keynessLogLikelihood, logRatio, tfIdf } from './scores.js';
import { detach } from '../strings.js';

// Keywords: the words (and phrases) of a corpus that are more frequent than in
// a reference, by log-likelihood with Log Ratio as the effect size, as corpus
// tools report them; and per document, tf-idf against the other documents.

export type KeywordKind = 'word' | 'phrase';

export interface KeywordRecord {
  kind: KeywordKind;
  term: string;
  count: number;
  docs: number;
  /** Occurrences per 10,000 running words of the input. */
  per10k: number;
  /** Count in the reference (for a phrase against a word list: its rarest word's count, an upper bound). */
  refCount: number;
  refPer10k: number;
  /** Dunning / Rayson log-likelihood G2 (≥ 0); 3.84 is p < 0.05, 15.13 p < 0.0001. */
  logLikelihood: number;
  /** Hardie's Log Ratio: log2 of the relative frequency over the reference's (positive: more frequent here). */
  logRatio: number;
}

export interface KeywordTermOptions {
  stem: boolean;
}

/** A word that counts for keyness: letters inside, not a number or a clitic (`'s`). */
function isKeywordToken(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const first = token.text.charCodeAt(0);
  return first !== 0x27 && first !== 0x2019;
}

/**
 * The content words of one document for keyness, lower-cased, and its running
 * words. Hyphenated compounds count as their parts (`China-Russia` → `china`,
 * `russia`) so they compare with a word list; stopwords are left out of the
 * terms but counted in the running words, on both sides alike.
 */
export function keywordTerms(text: string, tokens: readonly Token[], options: KeywordTermOptions, normaliser: TermNormaliser): { terms: string[]; words: number } {
  const terms: string[] = [];
  let words = 0;
  const take = (surface: string): void => {
    words += 1;
    const lower = surface.toLowerCase();
    // Initials and abbreviations (`R.`, `Jr.`) are no keywords.
    if (normaliser.isStopword(lower) || lower.endsWith('.') || !/\p{L}/u.test(lower)) return;
    terms.push(options.stem ? normaliser.stem(lower) : lower);
  };
  for (const token of tokens) {
    if (!isKeywordToken(token)) continue;
    if (token.parts === undefined) take(token.text);
    else for (const part of token.parts) take(text.slice(part.start, part.end));
  }
  return { terms, words };
}

export interface KeynessInput {
  term: string;
  count: number;
  docs: number;
}

export interface KeynessOptions {
  /** Leave out terms counted fewer times in the input. */
  minCount: number;
  /** Keep words less frequent than in the reference too (negative Log Ratio). */
  negative: boolean;
}

/** Order: log-likelihood descending, then term by code unit (total and locale-free). */
export function byLogLikelihood(a: KeywordRecord, b: KeywordRecord): number {
  if (a.logLikelihood !== b.logLikelihood) return b.logLikelihood - a.logLikelihood;
  return a.term < b.term ? -1 : a.term > b.term ? 1 : 0;
}

/**
 * Keyness of each term of the input against a reference: `refCount(term)`
 * gives the reference count, `total` and `refTotal` the running words of each.
 * Only positive keywords (more frequent than in the reference) unless
 * `negative`; sorted by log-likelihood.
 */
export function scoreKeyness(
  kind: KeywordKind,
  terms: Iterable<KeynessInput>,
  total: number,
  refCount: (term: string) => number,
  refTotal: number,
  options: KeynessOptions,
): KeywordRecord[] {
  const records: KeywordRecord[] = [];
  for (const { term, count, docs } of terms) {
    if (count < options.minCount) continue;
    const ref = refCount(term);
    const ratio = logRatio(count, ref, total, refTotal);
    if (!options.negative && ratio <= 0) continue;
    records.push({
      kind,
      term,
      count,
      docs,
      per10k: total === 0 ? 0 : (count * 10000) / total,
      refCount: ref,
      refPer10k: refTotal === 0 ? 0 : (ref * 10000) / refTotal,
      logLikelihood: keynessLogLikelihood(count, ref, total, refTotal),
      logRatio: ratio,
    });
  }
  return records.sort(byLogLikelihood);
}

/**
 * A phrase's count in a word-list reference that has no phrases: no more than
 * the count of its rarest word (a compound's rarest part), so the phrase's
 * log-likelihood is a lower bound of its true keyness.
 */
export function phraseUpperBound(phrase: string, wordCount: (word: string) => number): number {
  let least = Infinity;
  for (const word of phrase.split(' ')) {
    for (const part of word.split('-')) {
      if (part === '') continue;
      least = Math.min(least, wordCount(part));
    }
  }
  return least === Infinity ? 0 : least;
}

/**
 * Counts the phrases of a fixed set in a stream of reference documents, by
 * matching word sequences (lower-cased, within a sentence, not across
 * punctuation), so a reference corpus needs no tagging.
 */
export class PhraseMatcher {
  private readonly counts = new Map<string, number>();
  private readonly lengths: number[];
  private readonly firstWords = new Set<string>();

  constructor(phrases: Iterable<string>) {
    const lengths = new Set<number>();
    for (const phrase of phrases) {
      this.counts.set(phrase, 0);
      const words = phrase.split(' ');
      lengths.add(words.length);
      this.firstWords.add(words[0] ?? '');
    }
    this.lengths = [...lengths].sort((a, b) => a - b);
  }

  get size(): number {
    return this.counts.size;
  }

  add(tokens: readonly Token[]): void {
    if (this.counts.size === 0) return;
    let run: string[] = [];
    let sentence = -1;
    const scan = (): void => {
      for (let i = 0; i < run.length; i++) {
        if (!this.firstWords.has(run[i] ?? '')) continue;
        for (const n of this.lengths) {
          if (i + n > run.length) break;
          const key = run.slice(i, i + n).join(' ');
          const seen = this.counts.get(key);
          if (seen !== undefined) this.counts.set(key, seen + 1);
        }
      }
      run = [];
    };
    for (const token of tokens) {
      if (token.sentence !== sentence) scan();
      sentence = token.sentence;
      if (token.kind === 'word') {
        const first = token.text.charCodeAt(0);
        if (first === 0x27 || first === 0x2019) continue;
        run.push(token.text.toLowerCase());
      } else scan();
    }
    scan();
  }

  count(phrase: string): number {
    return this.counts.get(phrase) ?? 0;
  }
}

export interface TfIdfRecord {
  doc: string;
  rank: number;
  kind: KeywordKind;
  term: string;
  count: number;
  /** Documents of the input that hold the term. */
  docs: number;
  tfidf: number;
}

/**
 * Per-document tf-idf. Every document's term counts must be seen before any
 * idf is known, so they are kept compactly (term ids and counts in typed
 * arrays, one shared vocabulary): memory grows with distinct (document, term)
 * pairs, never with the text.
 */
export class TfIdfCollector {
  private readonly vocabulary = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly kinds: KeywordKind[] = [];
  private df = new Int32Array(1024);
  private readonly documents: { id: string; ids: Int32Array; counts: Int32Array }[] = [];

  add(doc: string, terms: readonly { term: string; kind: KeywordKind }[]): void {
    const local = new Map<number, number>();
    for (const { term, kind } of terms) {
      const key = kind === 'phrase' ? `\u0001${term}` : term;
      let id = this.vocabulary.get(key);
      if (id === undefined) {
        id = this.names.length;
        // Detached: a term sliced from an article would keep the article alive.
        this.vocabulary.set(detach(key), id);
        this.names.push(detach(term));
        this.kinds.push(kind);
        if (id >= this.df.length) {
          const grown = new Int32Array(this.df.length * 2);
          grown.set(this.df);
          this.df = grown;
        }
      }
      local.set(id, (local.get(id) ?? 0) + 1);
    }
    const ids = new Int32Array(local.size);
    const counts = new Int32Array(local.size);
    let k = 0;
    for (const [id, count] of local) {
      ids[k] = id;
      counts[k] = count;
      this.df[id] = (this.df[id] ?? 0) + 1;
      k++;
    }
    this.documents.push({ id: doc, ids, counts });
  }

  /** The `top` terms of each document by tf-idf (then count, then term), documents in input order. */
  *results(top: number, minCount: number): Generator<TfIdfRecord[]> {
    const n = this.documents.length;
    for (const document of this.documents) {
      const scored: TfIdfRecord[] = [];
      for (let k = 0; k < document.ids.length; k++) {
        const id = document.ids[k] ?? 0;
        const count = document.counts[k] ?? 0;
        if (count < minCount) continue;
        const df = this.df[id] ?? 0;
        scored.push({ doc: document.id, rank: 0, kind: this.kinds[id] ?? 'word', term: this.names[id] ?? '', count, docs: df, tfidf: tfIdf(count, df, n) });
      }
      scored.sort((a, b) => b.tfidf - a.tfidf || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
      const chosen = scored.slice(0, top);
      chosen.forEach((r, i) => (r.rank = i + 1));
      yield chosen;
    }
  }
}

/**
 * Counts of an open-ended set of items (phrases) in bounded memory, after
 * Manku & Motwani (2002), "Approximate frequency counts over data streams"
 * (lossy counting): when the table outgrows `capacity`, the items seen least
 * are dropped and the cut-off (`floor`) rises. An item's count is then low by
 * at most `floor`, and any item seen more than `floor` times in all is kept.
 * On a single article or a few thousand, nothing is ever dropped.
 */
export class BoundedCounter {
  private readonly entries = new Map<string, { count: number; docs: number; lastDoc: number; label: string }>();
  private documents = 0;
  /** Highest count ever dropped: the most any reported count can be short by. */
  floor = 0;

  constructor(private readonly capacity = 200_000) {}

  /** One document's items, each with a label (the surface text first seen). */
  add(items: readonly { key: string; label: string }[]): void {
    const doc = this.documents++;
    for (const { key, label } of items) {
      const entry = this.entries.get(key);
      if (entry === undefined) this.entries.set(detach(key), { count: 1, docs: 1, lastDoc: doc, label: detach(label) });
      else {
        entry.count += 1;
        if (entry.lastDoc !== doc) {
          entry.docs += 1;
          entry.lastDoc = doc;
        }
      }
    }
    if (this.entries.size > this.capacity) this.prune();
  }

  private prune(): void {
    const target = Math.floor(this.capacity * 0.75);
    while (this.entries.size > target) {
      this.floor += 1;
      for (const [key, entry] of this.entries) if (entry.count <= this.floor) this.entries.delete(key);
    }
  }

  /** Items counted at least minCount times, with their label. */
  results(minCount: number): { term: string; label: string; count: number; docs: number }[] {
    const out: { term: string; label: string; count: number; docs: number }[] = [];
    for (const [term, entry] of this.entries) if (entry.count >= minCount) out.push({ term, label: entry.label, count: entry.count, docs: entry.docs });
    return out.sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  }
}
