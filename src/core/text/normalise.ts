import { createRequire } from 'node:module';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { detach } from '../strings.js';

// natural is loaded by deep path and only on first use: a bare
// `import 'natural'` costs half a second and prints dotenv lines (DESIGN.md).
interface Stemmer {
  stem(word: string): string;
}
let porter: Stemmer | null = null;
function loadPorter(): Stemmer {
  if (porter === null) {
    const require = createRequire(import.meta.url);
    porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;
  }
  return porter;
}

const STOP = new Set<string>(STOPWORDS);
const stemCache = new Map<string, string>();
// A corpus has a few hundred thousand word types at most; the bound only
// keeps a pathological input (random strings) from growing the cache forever.
const STEM_CACHE_LIMIT = 200_000;

/** Locale-free lower case (no Turkish dotless i surprises). */
export function lowerCase(word: string): string {
  return word.toLowerCase();
}

/** Porter stem of a word (lower-cased first), cached. */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase().replace(/\u2019/g, "'");
  const result = loadPorter().stem(lower);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  // Detached copies: a word sliced from an article would keep the article alive.
  stemCache.set(detach(word), detach(result));
  return result;
}

/** Whether a lower-case word is an English stop word (curly apostrophes allowed). */
export function isStopword(lower: string): boolean {
  if (STOP.has(lower)) return true;
  return lower.indexOf('\u2019') >= 0 && STOP.has(lower.replace(/\u2019/g, "'"));
}
