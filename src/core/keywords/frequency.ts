import { tokensOfColumns } from '../text/tokens.js';
import { KIND_WORD, type Token, type TokenColumns } from '../types.js';
import { detach } from '../strings.js';

export interface TermOptions {
  /** Length of the word sequences counted (1 = single words). */
  ngram: number;
  /** Count stems instead of words. */
  stem: boolean;
  /** Keep function words; otherwise n-grams that start or end with one are left out. */
  keepStopwords: boolean;
}

export interface TermNormaliser {
  stem: (lower: string) => string;
  isStopword: (lower: string) => boolean;
}

export interface FrequencyRecord {
  term: string;
  count: number;
  docs: number;
  /** Occurrences per 10,000 running words of the input. */
  per10k: number;
  /** Running words of the whole input, so `statements merge` can recompute rates. */
  words: number;
}

export interface PeriodFrequencyRecord {
  period: string;
  term: string;
  count: number;
  /** Occurrences per 10,000 running words of that period. */
  per10k: number;
  /** Running words in the period, so rates can be recomputed or merged. */
  words: number;
}

/** A word for counting: letters or digits inside, not a clitic such as `'s`. */
function isCountable(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const first = token.text.charCodeAt(0);
  return first !== 0x27 && first !== 0x2019;
}

/**
 * The terms of one document, in order, and its running-word count. N-grams
 * never cross a sentence boundary or punctuation between words, so `said.
 * China` is no bigram. With stopwords left out, an n-gram may not start or end
 * with one (`the US` is not a bigram, `rule of law` is), as corpus tools do.
 */
export function documentTerms(tokens: readonly Token[], options: TermOptions, normaliser: TermNormaliser): { terms: string[]; words: number } {
  const terms: string[] = [];
  let words = 0;
  let run: { term: string; stop: boolean }[] = [];
  let lastSentence = -1;
  const flush = (): void => {
    run = [];
  };
  for (const token of tokens) {
    if (token.sentence !== lastSentence) flush();
    lastSentence = token.sentence;
    if (!isCountable(token)) {
      // Punctuation breaks a sequence; a clitic (`'s`) attaches and does not.
      if (token.kind !== 'word') flush();
      continue;
    }
    words += 1;
    const lower = token.text.toLowerCase();
    const stop = normaliser.isStopword(lower);
    const term = options.stem ? normaliser.stem(lower) : lower;
    if (options.ngram === 1) {
      if (options.keepStopwords || !stop) terms.push(term);
      continue;
    }
    run.push({ term, stop });
    if (run.length > options.ngram) run.shift();
    if (run.length === options.ngram) {
      const head = run[0];
      const tail = run[run.length - 1];
      if (options.keepStopwords || (head && tail && !head.stop && !tail.stop)) terms.push(run.map((w) => w.term).join(' '));
    }
  }
  return { terms, words };
}

/** A term being counted: its occurrences in the current document, and which document that is. */
interface TermSlot {
  term: string;
  count: number;
  document: number;
}

/** A surface form seen before, with what it counts as. */
interface SurfaceInfo {
  surface: string;
  slot: TermSlot;
  stop: boolean;
}

/**
 * The surface forms (case kept, as in the text) seen so far, and the terms
 * they count as, each term once, so surface forms that differ only in case
 * (or stem alike) count together.
 */
class SurfaceTable {
  private readonly surfaces = new Map<string, SurfaceInfo>();
  private readonly slots = new Map<string, TermSlot>();

  get size(): number {
    return this.surfaces.size;
  }

  get(surface: string): SurfaceInfo | undefined {
    return this.surfaces.get(surface);
  }

  /** Adds a surface form `get` did not find, and what it counts as. */
  add(surface: string, term: string, stop: boolean): SurfaceInfo {
    let slot = this.slots.get(term);
    if (slot === undefined) {
      slot = { term, count: 0, document: 0 };
      this.slots.set(term, slot);
    }
    const info: SurfaceInfo = { surface, slot, stop };
    this.surfaces.set(surface, info);
    return info;
  }

  clear(): void {
    this.surfaces.clear();
    this.slots.clear();
  }
}

// Surface forms repeat (a corpus has a few hundred thousand types against
// millions of tokens), so lower-casing, stopword lookup and stemming are done
// once per surface form. The bound keeps a pathological input from growing it.
const TERM_CACHE_LIMIT = 300_000;
const termCaches = new Map<TermNormaliser, [SurfaceTable, SurfaceTable]>();
let documentsCounted = 0;

function termCache(normaliser: TermNormaliser, stemmed: boolean): SurfaceTable {
  let pair = termCaches.get(normaliser);
  if (!pair) {
    pair = [new SurfaceTable(), new SurfaceTable()];
    termCaches.set(normaliser, pair);
  }
  return pair[stemmed ? 1 : 0];
}

/** The terms of one document, each once, with their counts (parallel), and its running words. */
export interface DocumentTermCounts {
  terms: string[];
  counts: number[];
  words: number;
}

/**
 * Term counts of one document and its running-word count: what `documentTerms`
 * gives, counted, without building the list (the fast path of `freq`). Single
 * words are counted from the token columns, no Token objects: each token
 * costs one lookup of its surface form, and the count is kept on the term's
 * cached entry, so per document only its distinct terms are collected, with
 * no map of its own. (A hash table probed by the span of the text, without
 * the substring, was tried and was slower than V8's Map: 716 vs 668 ms on the
 * White House 10 MB.)
 */
export function countDocumentTerms(text: string, tokens: TokenColumns, options: TermOptions, normaliser: TermNormaliser): DocumentTermCounts {
  if (options.ngram !== 1) {
    const { terms, words } = documentTerms(tokensOfColumns(text, tokens), options, normaliser);
    const counts = countTerms(terms);
    return { terms: [...counts.keys()], counts: [...counts.values()], words };
  }
  const cache = termCache(normaliser, options.stem);
  const document = ++documentsCounted;
  const seen: TermSlot[] = [];
  const { starts, ends, kinds } = tokens;
  let words = 0;
  let cleared = false;
  for (let t = 0; t < tokens.count; t++) {
    if (kinds[t] !== KIND_WORD) continue;
    const start = starts[t]!;
    const end = ends[t]!;
    // A clitic (`'s`, `’re`) is no running word (isCountable).
    const first = text.charCodeAt(start);
    if (first === 0x27 || first === 0x2019) continue;
    words += 1;
    const key = text.slice(start, end);
    let info = cache.get(key);
    if (info === undefined) {
      if (cache.size >= TERM_CACHE_LIMIT) {
        // A term counted before the clear gets a second slot after it.
        cache.clear();
        cleared = true;
      }
      const lower = key.toLowerCase();
      // Detached copies: a sliced word (or its unchanged lower case) would keep the whole article alive.
      info = cache.add(detach(key), detach(options.stem ? normaliser.stem(lower) : lower), normaliser.isStopword(lower));
    }
    if (info.stop && !options.keepStopwords) continue;
    const slot = info.slot;
    if (slot.document !== document) {
      slot.document = document;
      slot.count = 0;
      seen.push(slot);
    }
    slot.count += 1;
  }
  if (cleared) {
    const merged = new Map<string, number>();
    for (const slot of seen) merged.set(slot.term, (merged.get(slot.term) ?? 0) + slot.count);
    return { terms: [...merged.keys()], counts: [...merged.values()], words };
  }
  const terms: string[] = [];
  const counts: number[] = [];
  for (const slot of seen) {
    terms.push(slot.term);
    counts.push(slot.count);
  }
  return { terms, counts, words };
}

/** Occurrences per 10,000 running words. */
export function rate(count: number, words: number): number {
  return words === 0 ? 0 : (count * 10000) / words;
}

/** Occurrences of each term in one document: what a worker hands back per document. */
export function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Total and locale-free order: count descending, then term by code unit. */
export function byCountThenName<T extends { count: number }>(name: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    if (a.count !== b.count) return b.count - a.count;
    const x = name(a);
    const y = name(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/** Counts terms over a stream of documents, holding one entry per distinct term. */
export class FrequencyCounter {
  private readonly counts = new Map<string, { count: number; docs: number }>();
  private documents = 0;
  totalWords = 0;

  add(terms: readonly string[], words: number): void {
    this.addCounts(countTerms(terms), words);
  }

  /** One document's term counts (as `countTerms` gives them) and running words. */
  addCounts(counts: ReadonlyMap<string, number>, words: number): void {
    this.addTermCounts([...counts.keys()], [...counts.values()], words);
  }

  /** One document's distinct terms and their counts (as `countDocumentTerms` gives them), and running words. */
  addTermCounts(terms: readonly string[], counts: readonly number[], words: number): void {
    this.documents += 1;
    this.totalWords += words;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const count = counts[i]!;
      const entry = this.counts.get(term);
      if (entry === undefined) this.counts.set(detach(term), { count, docs: 1 });
      else {
        entry.count += count;
        entry.docs += 1;
      }
    }
  }

  results(minCount = 1): FrequencyRecord[] {
    const records: FrequencyRecord[] = [];
    for (const [term, entry] of this.counts) {
      if (entry.count < minCount) continue;
      records.push({ term, count: entry.count, docs: entry.docs, per10k: rate(entry.count, this.totalWords), words: this.totalWords });
    }
    return records.sort(byCountThenName((r) => r.term));
  }
}

/** Counts terms per period (document, date or month), for trends. */
export class PeriodFrequencyCounter {
  private readonly periods = new Map<string, { words: number; counts: Map<string, number> }>();
  private readonly overall = new FrequencyCounter();

  add(period: string, terms: readonly string[], words: number): void {
    this.addCounts(period, countTerms(terms), words);
  }

  addCounts(period: string, counts: ReadonlyMap<string, number>, words: number): void {
    this.addTermCounts(period, [...counts.keys()], [...counts.values()], words);
  }

  /** One document's distinct terms and their counts, and running words, in `period`. */
  addTermCounts(period: string, terms: readonly string[], counts: readonly number[], words: number): void {
    this.overall.addTermCounts(terms, counts, words);
    let bucket = this.periods.get(period);
    if (!bucket) {
      bucket = { words: 0, counts: new Map() };
      this.periods.set(period, bucket);
    }
    bucket.words += words;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const seen = bucket.counts.get(term);
      bucket.counts.set(seen === undefined ? detach(term) : term, (seen ?? 0) + counts[i]!);
    }
  }

  /**
   * One record per (period, term) for the `top` terms overall (all when null),
   * periods in order, terms in their overall order within a period.
   */
  results(top: number | null, minCount = 1): PeriodFrequencyRecord[] {
    const overall = this.overall.results(minCount);
    const chosen = top === null ? overall : overall.slice(0, top);
    const periodNames = [...this.periods.keys()].sort();
    const records: PeriodFrequencyRecord[] = [];
    for (const period of periodNames) {
      const bucket = this.periods.get(period);
      if (!bucket) continue;
      for (const { term } of chosen) {
        const count = bucket.counts.get(term) ?? 0;
        if (count === 0) continue;
        records.push({ period, term, count, per10k: rate(count, bucket.words), words: bucket.words });
      }
    }
    return records;
  }
}

/** The period a document falls in, for `--by`. */
export function periodOf(unit: 'doc' | 'date' | 'month', doc: { id: string; date: string | null }): string {
  if (unit === 'doc') return doc.id;
  if (doc.date === null) return 'unknown';
  return unit === 'month' ? doc.date.slice(0, 7) : doc.date;
}
