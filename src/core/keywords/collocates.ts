import type { Span, Token } from '../types.js';
import { collocationLogLikelihood, mutualInformation } from './scores.js';
import { detach } from '../strings.js';

// Collocates: the words found within a window around a node word more often
// than chance, with their frequency, mutual information and log-likelihood
// (Evert 2008 for the window contingency table). Windows stay inside the
// sentence. A word position is counted once even where two nodes' windows
// overlap, so the table's cells stay consistent (O11 ≤ R1, O11 ≤ C1).

export interface CollocateRecord {
  collocate: string;
  /** Times in a window of the node (O11). */
  count: number;
  /** Of those, to the left and to the right of the nearest node. */
  left: number;
  right: number;
  /** Times in the whole input (C1). */
  frequency: number;
  mi: number;
  logLikelihood: number;
}

export interface CollocateOptions {
  /** Words to the left and to the right of the node. */
  left: number;
  right: number;
  /** Whether a word is a function word, left out as a collocate unless keepStopwords. */
  isStopword: (lower: string) => boolean;
  keepStopwords: boolean;
}

interface Word {
  lower: string;
  start: number;
  end: number;
  sentence: number;
}

function isCountable(token: Token): boolean {
  if (token.kind !== 'word' && token.kind !== 'number') return false;
  const first = token.text.charCodeAt(0);
  return first !== 0x27 && first !== 0x2019;
}

export class CollocateCounter {
  private readonly frequency = new Map<string, number>();
  private readonly inWindow = new Map<string, { count: number; left: number; right: number }>();
  /** N: running words of the input. */
  words = 0;
  /** R1: word positions inside some window. */
  windowPositions = 0;
  /** Occurrences of the node. */
  nodes = 0;

  constructor(private readonly options: CollocateOptions) {}

  /** Adds one document: its tokens and the spans where the node occurs. */
  add(tokens: readonly Token[], nodeSpans: readonly Span[]): void {
    const words: Word[] = [];
    for (const t of tokens) if (isCountable(t)) words.push({ lower: t.text.toLowerCase(), start: t.start, end: t.end, sentence: t.sentence });
    this.words += words.length;
    for (const w of words) {
      const seen = this.frequency.get(w.lower);
      this.frequency.set(seen === undefined ? detach(w.lower) : w.lower, (seen ?? 0) + 1); // never keep an article alive
    }
    if (nodeSpans.length === 0) return;
    // Node positions: words overlapping a node span; a multi-word node is one run.
    const isNode = new Uint8Array(words.length);
    const runs: { first: number; last: number }[] = [];
    let s = 0;
    const spans = [...nodeSpans].sort((a, b) => a.start - b.start);
    for (const span of spans) {
      while (s < words.length && (words[s]?.end ?? 0) <= span.start) s++;
      let e = s;
      while (e < words.length && (words[e]?.start ?? Infinity) < span.end) {
        isNode[e] = 1;
        e++;
      }
      if (e > s) {
        const previous = runs[runs.length - 1];
        if (previous && previous.last >= s) previous.last = Math.max(previous.last, e - 1);
        else runs.push({ first: s, last: e - 1 });
      }
    }
    this.nodes += runs.length;
    // 1 = covered on the left of a node, 2 = on the right; the first node to reach a position claims it.
    const side = new Uint8Array(words.length);
    for (const run of runs) {
      const sentence = words[run.first]?.sentence;
      for (let i = run.first - 1, k = 0; i >= 0 && k < this.options.left; i--, k++) {
        if (words[i]?.sentence !== sentence) break;
        if (!isNode[i] && side[i] === 0) side[i] = 1;
      }
      for (let i = run.last + 1, k = 0; i < words.length && k < this.options.right; i++, k++) {
        if (words[i]?.sentence !== sentence) break;
        if (!isNode[i] && side[i] === 0) side[i] = 2;
      }
    }
    for (let i = 0; i < words.length; i++) {
      const where = side[i] ?? 0;
      if (where === 0) continue;
      this.windowPositions += 1;
      const lower = words[i]?.lower ?? '';
      if (!this.options.keepStopwords && this.options.isStopword(lower)) continue;
      let entry = this.inWindow.get(lower);
      if (!entry) {
        entry = { count: 0, left: 0, right: 0 };
        this.inWindow.set(detach(lower), entry);
      }
      entry.count += 1;
      if (where === 1) entry.left += 1;
      else entry.right += 1;
    }
  }

  /** Collocates seen at least minCount times and more often than expected, by log-likelihood, then count, then word. */
  results(minCount: number): CollocateRecord[] {
    const records: CollocateRecord[] = [];
    for (const [collocate, entry] of this.inWindow) {
      if (entry.count < minCount) continue;
      const frequency = this.frequency.get(collocate) ?? entry.count;
      // Log-likelihood is two-sided: keep only words found more often than chance.
      if (entry.count <= (this.windowPositions * frequency) / this.words) continue;
      records.push({
        collocate,
        count: entry.count,
        left: entry.left,
        right: entry.right,
        frequency,
        mi: mutualInformation(entry.count, this.windowPositions, frequency, this.words),
        logLikelihood: collocationLogLikelihood(entry.count, this.windowPositions, frequency, this.words),
      });
    }
    return records.sort(
      (a, b) => b.logLikelihood - a.logLikelihood || b.count - a.count || (a.collocate < b.collocate ? -1 : a.collocate > b.collocate ? 1 : 0),
    );
  }
}
