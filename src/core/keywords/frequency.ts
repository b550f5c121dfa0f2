import { tokensOfColumns } from '../text/tokens.js';
import { KIND_WORD, type Token, type TokenColumns } from '../types.js';
import { CodeUnits, detach } from '../strings.js';

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
 * the table is open-addressed in one typed array and a match is compared
 * against the surface's code units in one pool.
 *
 * Everything a lookup reads about a surface form sits in its slot (hash,
 * place in the pool, length, term and stopword flag: 16 bytes), and a term's
 * per-document count beside its document number: with the same fields in
 * seven parallel arrays a token touched about eight cache lines, and the
 * table (a MB for the UN corpus) did not stay in cache (140 ns a word).
 */
class SpanTermTable {
  /**
   * Open addressing, SLOT ints a slot: hash, pool offset + 1 (0: empty),
   * length, term << 1 | stopword, then the first INLINE code units in pairs.
   */
  private slots = new Int32Array(SLOT * 4096);
  private mask = 4096 - 1;
  /** Surface forms held. */
  size = 0;
  /** Code units of surface forms past their first INLINE. */
  private pool = new Uint16Array(1 << 12);
  private poolLength = 0;

  /** Per term: its text, and [document, count] for its count in the document `document` (see countDocumentTerms). */
  terms: string[] = [];
  termState = new Int32Array(2 * 1024);
  private readonly termIds = new Map<string, number>();
  /** The first INLINE code units, in pairs, of the span last hashed. */
  private readonly key = new Int32Array(INLINE / 2);

  /**
   * The hash of text[start, end), taken over its code units in pairs (half
   * the multiplications of one at a time), with the first INLINE of them
   * left in `key` as a slot holds them, for `find` to compare.
   */
  hash(codes: Uint16Array, start: number, end: number): number {
    const key = this.key;
    let hash = 0x811c9dc5 | 0;
    let q = start;
    let k = 0;
    for (; q + 1 < end; q += 2, k++) {
      const pair = codes[q]! | (codes[q + 1]! << 16);
      if (k < INLINE / 2) key[k] = pair;
      hash = Math.imul(hash ^ pair, 0x01000193);
    }
    if (q < end) {
      const last = codes[q]!;
      if (k < INLINE / 2) key[k] = last;
      hash = Math.imul(hash ^ last, 0x01000193);
    }
    // A multiplication carries bits only upwards: mix the high half, which
    // holds every second code unit, into the low bits that index the table.
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    return hash ^ (hash >>> 13);
  }

  /** The slot of the surface form text[start, end) with hash `hash` (from `hash`, just before), or -1. */
  find(codes: Uint16Array, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const key = this.key;
    const length = end - start;
    const mask = this.mask;
    const pairs = length >= INLINE ? INLINE / 2 : (length + 1) >> 1;
    probe: for (let i = hash & mask; ; i = (i + 1) & mask) {
      const s = SLOT * i;
      const offset = slots[s + 1]!;
      if (offset === 0) return -1;
      if (slots[s] !== hash || slots[s + 2] !== length) continue;
      for (let k = 0; k < pairs; k++) if (slots[s + 4 + k] !== key[k]) continue probe;
      if (length > INLINE) {
        const pool = this.pool;
        let p = offset - 1;
        for (let q = start + INLINE; q < end; q++, p++) if (pool[p] !== codes[q]) continue probe;
      }
      return s;
    }
  }

  /** The term of the surface form in slot `slot` (as `find` gives it). */
  termAt(slot: number): number {
    return this.slots[slot + 3]! >> 1;
  }

  /** Whether the surface form in slot `slot` is a stopword. */
  stopAt(slot: number): boolean {
    return (this.slots[slot + 3]! & 1) === 1;
  }

  /** Adds the surface form text[start, end) that `find` did not find, counted as `term`; returns its slot. */
  add(text: string, start: number, end: number, hash: number, term: string, stop: boolean): number {
    const length = end - start;
    const rest = Math.max(0, length - INLINE);
    if (this.poolLength + rest > this.pool.length) {
      const pool = new Uint16Array(Math.max(2 * this.pool.length, this.poolLength + rest));
      pool.set(this.pool.subarray(0, this.poolLength));
      this.pool = pool;
    }
    const offset = this.poolLength;
    for (let q = start + INLINE; q < end; q++) this.pool[this.poolLength++] = text.charCodeAt(q);
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      if (2 * id === this.termState.length) this.termState = grow32(this.termState);
      this.terms.push(term);
      this.termIds.set(term, id);
    }
    this.size += 1;
    if (2 * this.size > this.mask) this.rehash();
    const s = this.insert(hash);
    const slots = this.slots;
    slots[s + 1] = offset + 1;
    slots[s + 2] = length;
    slots[s + 3] = (id << 1) | (stop ? 1 : 0);
    for (let q = start, k = s + 4; q < start + INLINE && q < end; q += 2, k++) {
      slots[k] = text.charCodeAt(q) | (q + 1 < end ? text.charCodeAt(q + 1) << 16 : 0);
    }
    return s;
  }

  /** A free slot for `hash`, its hash set. */
  private insert(hash: number): number {
    const slots = this.slots;
    let i = hash & this.mask;
    while (slots[SLOT * i + 1] !== 0) i = (i + 1) & this.mask;
    slots[SLOT * i] = hash;
    return SLOT * i;
  }

  private rehash(): void {
    const old = this.slots;
    const capacity = 2 * (this.mask + 1);
    this.slots = new Int32Array(SLOT * capacity);
    this.mask = capacity - 1;
    for (let s = 0; s < old.length; s += SLOT) {
      if (old[s + 1] !== 0) this.slots.set(old.subarray(s + 1, s + SLOT), this.insert(old[s]!) + 1);
    }
  }
}

/** Code units of a surface form kept in its slot (most words are no longer), and Int32s a slot. */
const INLINE = 8;
const SLOT = 4 + INLINE / 2;

function grow32(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(2 * array.length);
  grown.set(array);
  return grown;
}

// Surface forms repeat (a corpus has a few hundred thousand types against
// millions of tokens), so lower-casing, stopword lookup and stemming are done
// once per surface form. The bound keeps a pathological input from growing it.
const TERM_CACHE_LIMIT = 300_000;
const termCaches = new Map<TermNormaliser, [SpanTermTable, SpanTermTable]>();
let documentsCounted = 0;
const textCodes = new CodeUnits();

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
 * The ids, in the table they were counted in, of the terms of a result of
 * countDocumentTerms (parallel to its `terms`), so that a FrequencyCounter in
 * the same thread adds it by id instead of looking up every term by name.
 * Kept beside the result, not in it: a result that crosses from a worker
 * thread is a copy that carries only its terms (and has no entry here),
 * and the ids of a worker's table mean nothing on the main thread.
 */
const localTermIds = new WeakMap<DocumentTermCounts, { table: SpanTermTable; ids: Int32Array }>();

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
  const codes = textCodes.of(text);
  let state = table.termState;
  let words = 0;
  for (let t = 0; t < tokens.count; t++) {
    if (kinds[t] !== KIND_WORD) continue;
    const start = starts[t]!;
    const end = ends[t]!;
    // A clitic (`'s`, `’re`) is no running word (isCountable).
    const first = codes[start];
    if (first === 0x27 || first === 0x2019) continue;
    words += 1;
    const hash = table.hash(codes, start, end);
    let slot = table.find(codes, start, end, hash);
    if (slot < 0) {
      if (table.size >= TERM_CACHE_LIMIT) {
        before = mergeCounts(before, table, seen);
        seen = [];
        table = resetTermCache(normaliser, options.stem);
      }
      const lower = text.slice(start, end).toLowerCase();
      // A detached copy: a sliced word (or its unchanged lower case) would keep the whole article alive.
      slot = table.add(text, start, end, hash, detach(options.stem ? normaliser.stem(lower) : lower), normaliser.isStopword(lower));
      state = table.termState;
    }
    if (!keepStopwords && table.stopAt(slot)) continue;
    const at = 2 * table.termAt(slot);
    if (state[at] !== document) {
      state[at] = document;
      state[at + 1] = 0;
      seen.push(at >> 1);
    }
    state[at + 1]! += 1;
  }
  if (before !== null) {
    const merged = mergeCounts(before, table, seen);
    return { terms: [...merged.keys()], counts: [...merged.values()], words };
  }
  const terms: string[] = [];
  const counts: number[] = [];
  const ids = new Int32Array(seen.length);
  for (let i = 0; i < seen.length; i++) {
    const term = seen[i]!;
    ids[i] = term;
    terms.push(table.terms[term]!);
    counts.push(state[2 * term + 1]!);
  }
  const result = { terms, counts, words };
  localTermIds.set(result, { table, ids });
  return result;
}

/** Adds the counts of the terms `seen` in `table` to `into`. */
function mergeCounts(into: Map<string, number> | null, table: SpanTermTable, seen: readonly number[]): Map<string, number> {
  const merged = into ?? new Map<string, number>();
  for (const term of seen) {
    const name = table.terms[term]!;
    merged.set(name, (merged.get(name) ?? 0) + table.termState[2 * term + 1]!);
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

/**
 * Counts terms over a stream of documents, holding one entry per distinct term.
 *
 * Totals are kept per term id in typed arrays. A Map entry per term updated
 * for every distinct term of every document was 15% of `statements freq` on
 * the UN corpus (4 million updates); a result of countDocumentTerms from
 * this thread is added by the ids of its table, and a term is looked up by
 * name only the first time its table id is met.
 */
export class FrequencyCounter {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private totals = new Float64Array(1024);
  private docCounts = new Float64Array(1024);
  private documents = 0;
  totalWords = 0;
  /** The term table whose ids `fromTable` maps to ours, plus one (0: not met yet). */
  private table: SpanTermTable | null = null;
  private fromTable = new Int32Array(1024);

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
    for (let i = 0; i < terms.length; i++) this.count(this.idOf(terms[i]!), counts[i]!);
  }

  /** A result of countDocumentTerms, from this thread or a worker's. */
  addDocument(result: DocumentTermCounts): void {
    const local = localTermIds.get(result);
    if (local === undefined) {
      this.addTermCounts(result.terms, result.counts, result.words);
      return;
    }
    this.documents += 1;
    this.totalWords += result.words;
    if (local.table !== this.table) {
      this.table = local.table;
      this.fromTable.fill(0);
    }
    const { ids } = local;
    const { terms, counts } = result;
    for (let i = 0; i < ids.length; i++) {
      const from = ids[i]!;
      if (from >= this.fromTable.length) {
        const grown = new Int32Array(Math.max(2 * this.fromTable.length, from + 1));
        grown.set(this.fromTable);
        this.fromTable = grown;
      }
      let id = this.fromTable[from]! - 1;
      if (id < 0) {
        id = this.idOf(terms[i]!);
        this.fromTable[from] = id + 1;
      }
      this.count(id, counts[i]!);
    }
  }

  /** The id of a term, added if new. */
  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      if (id === this.totals.length) {
        this.totals = growFloat(this.totals);
        this.docCounts = growFloat(this.docCounts);
      }
      const name = detach(term);
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }

  private count(id: number, count: number): void {
    this.totals[id]! += count;
    this.docCounts[id]! += 1;
  }

  results(minCount = 1): FrequencyRecord[] {
    const records: FrequencyRecord[] = [];
    for (let id = 0; id < this.names.length; id++) {
      const count = this.totals[id]!;
      if (count < minCount) continue;
      records.push({ term: this.names[id]!, count, docs: this.docCounts[id]!, per10k: rate(count, this.totalWords), words: this.totalWords });
    }
    return records.sort(byCountThenName((r) => r.term));
  }
}

function growFloat(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(2 * array.length);
  grown.set(array);
  return grown;
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
    this.addToPeriod(period, terms, counts, words);
  }

  /** A result of countDocumentTerms, from this thread or a worker's, in `period`. */
  addDocument(period: string, result: DocumentTermCounts): void {
    this.overall.addDocument(result);
    this.addToPeriod(period, result.terms, result.counts, result.words);
  }

  private addToPeriod(period: string, terms: readonly string[], counts: readonly number[], words: number): void {
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
