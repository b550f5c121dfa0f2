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

/**
 * The surface forms (case kept, as in the text) seen so far and the term each
 * counts as, looked up by their span of the text: no substring per token.
 * Surface forms that differ only in case (or stem alike) count as one term.
 *
 * V8's Map keyed by `text.slice(start, end)` cost a substring, a hash in the
 * runtime and a string comparison per token: 28% of `statements freq` on the
 * White House corpus. Here the hash is computed over the span's code units,
 * the table is open-addressed in typed arrays and a match is compared against
 * the surface's code units in one pool.
 */
class SpanTermTable {
  /** Per surface form: offset and length of its code units in `pool`, its term and whether it is a stopword. */
  private surfaceStart = new Int32Array(1024);
  private surfaceLength = new Int32Array(1024);
  surfaceTerm = new Int32Array(1024);
  surfaceStop = new Uint8Array(1024);
  size = 0;
  private pool = new Uint16Array(1 << 14);
  private poolLength = 0;
  /** Open addressing: [hash, surface + 1] pairs, 0 for an empty slot. */
  private slots = new Int32Array(2 * 4096);
  private mask = 4096 - 1;

  /** Per term: its text, and its count in the document `termDocument` (see countDocumentTerms). */
  terms: string[] = [];
  termCount = new Int32Array(1024);
  termDocument = new Int32Array(1024);
  private readonly termIds = new Map<string, number>();

  /** The surface form text[start, end) with hash `hash`, or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const length = end - start;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const entry = slots[2 * i + 1]!;
      if (entry === 0) return -1;
      if (slots[2 * i] !== hash) continue;
      const surface = entry - 1;
      if (this.surfaceLength[surface] !== length) continue;
      const pool = this.pool;
      let p = this.surfaceStart[surface]!;
      let q = start;
      while (q < end && pool[p] === text.charCodeAt(q)) {
        p++;
        q++;
      }
      if (q === end) return surface;
    }
  }

  /** Adds the surface form text[start, end) that `find` did not find, counted as `term`. */
  add(text: string, start: number, end: number, hash: number, term: string, stop: boolean): number {
    const surface = this.size;
    if (surface === this.surfaceStart.length) {
      this.surfaceStart = grow32(this.surfaceStart);
      this.surfaceLength = grow32(this.surfaceLength);
      this.surfaceTerm = grow32(this.surfaceTerm);
      const stops = new Uint8Array(2 * surface);
      stops.set(this.surfaceStop);
      this.surfaceStop = stops;
    }
    const length = end - start;
    if (this.poolLength + length > this.pool.length) {
      const pool = new Uint16Array(Math.max(2 * this.pool.length, this.poolLength + length));
      pool.set(this.pool.subarray(0, this.poolLength));
      this.pool = pool;
    }
    for (let q = start; q < end; q++) this.pool[this.poolLength++] = text.charCodeAt(q);
    this.surfaceStart[surface] = this.poolLength - length;
    this.surfaceLength[surface] = length;
    this.surfaceStop[surface] = stop ? 1 : 0;
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      if (id === this.termCount.length) {
        this.termCount = grow32(this.termCount);
        this.termDocument = grow32(this.termDocument);
      }
      this.terms.push(term);
      this.termIds.set(term, id);
    }
    this.surfaceTerm[surface] = id;
    this.size = surface + 1;
    if (2 * this.size > this.mask) this.rehash();
    this.insert(hash, surface);
    return surface;
  }

  private insert(hash: number, surface: number): void {
    const slots = this.slots;
    let i = hash & this.mask;
    while (slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
    slots[2 * i] = hash;
    slots[2 * i + 1] = surface + 1;
  }

  private rehash(): void {
    const old = this.slots;
    const capacity = 2 * (this.mask + 1);
    this.slots = new Int32Array(2 * capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.insert(old[i]!, old[i + 1]! - 1);
  }
}

function grow32(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(2 * array.length);
  grown.set(array);
  return grown;
}

/** FNV-1a over the code units of text[start, end). */
function spanHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let q = start; q < end; q++) hash = Math.imul(hash ^ text.charCodeAt(q), 0x01000193);
  return hash;
}

// Surface forms repeat (a corpus has a few hundred thousand types against
// millions of tokens), so lower-casing, stopword lookup and stemming are done
// once per surface form. The bound keeps a pathological input from growing it.
const TERM_CACHE_LIMIT = 300_000;
const termCaches = new Map<TermNormaliser, [SpanTermTable, SpanTermTable]>();
let documentsCounted = 0;

function termCache(normaliser: TermNormaliser, stemmed: boolean): SpanTermTable {
  let pair = termCaches.get(normaliser);
  if (!pair) {
    pair = [new SpanTermTable(), new SpanTermTable()];
    termCaches.set(normaliser, pair);
  }
  return pair[stemmed ? 1 : 0];
}

/** Replaces the table of a normaliser once it holds TERM_CACHE_LIMIT surface forms. */
function resetTermCache(normaliser: TermNormaliser, stemmed: boolean): SpanTermTable {
  const table = new SpanTermTable();
  termCache(normaliser, stemmed);
  termCaches.get(normaliser)![stemmed ? 1 : 0] = table;
  return table;
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
 * words are counted from the token columns, no Token objects and no
 * substrings: each token costs one lookup of its span in the table of surface
 * forms, and the count is kept on the term's entry in that table, so per
 * document only its distinct terms are collected, with no map of its own.
 */
export function countDocumentTerms(text: string, tokens: TokenColumns, options: TermOptions, normaliser: TermNormaliser): DocumentTermCounts {
  if (options.ngram !== 1) {
    const { terms, words } = documentTerms(tokensOfColumns(text, tokens), options, normaliser);
    const counts = countTerms(terms);
    return { terms: [...counts.keys()], counts: [...counts.values()], words };
  }
  let table = termCache(normaliser, options.stem);
  const document = ++documentsCounted;
  const keepStopwords = options.keepStopwords;
  let seen: number[] = [];
  // Counts of the terms seen before the table was replaced (TERM_CACHE_LIMIT), if it was.
  let before: Map<string, number> | null = null;
  const { starts, ends, kinds } = tokens;
  let words = 0;
  for (let t = 0; t < tokens.count; t++) {
    if (kinds[t] !== KIND_WORD) continue;
    const start = starts[t]!;
    const end = ends[t]!;
    // A clitic (`'s`, `’re`) is no running word (isCountable).
    const first = text.charCodeAt(start);
    if (first === 0x27 || first === 0x2019) continue;
    words += 1;
    const hash = spanHash(text, start, end);
    let surface = table.find(text, start, end, hash);
    if (surface < 0) {
      if (table.size >= TERM_CACHE_LIMIT) {
        before = mergeCounts(before, table, seen);
        seen = [];
        table = resetTermCache(normaliser, options.stem);
      }
      const lower = text.slice(start, end).toLowerCase();
      // A detached copy: a sliced word (or its unchanged lower case) would keep the whole article alive.
      surface = table.add(text, start, end, hash, detach(options.stem ? normaliser.stem(lower) : lower), normaliser.isStopword(lower));
    }
    if (!keepStopwords && table.surfaceStop[surface] === 1) continue;
    const term = table.surfaceTerm[surface]!;
    if (table.termDocument[term] !== document) {
      table.termDocument[term] = document;
      table.termCount[term] = 0;
      seen.push(term);
    }
    table.termCount[term]! += 1;
  }
  if (before !== null) {
    const merged = mergeCounts(before, table, seen);
    return { terms: [...merged.keys()], counts: [...merged.values()], words };
  }
  const terms: string[] = [];
  const counts: number[] = [];
  for (const term of seen) {
    terms.push(table.terms[term]!);
    counts.push(table.termCount[term]!);
  }
  return { terms, counts, words };
}

/** Adds the counts of the terms `seen` in `table` to `into`. */
function mergeCounts(into: Map<string, number> | null, table: SpanTermTable, seen: readonly number[]): Map<string, number> {
  const merged = into ?? new Map<string, number>();
  for (const term of seen) {
    const name = table.terms[term]!;
    merged.set(name, (merged.get(name) ?? 0) + table.termCount[term]!);
  }
  return merged;
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
