import { createRequire } from 'node:module';
import { isStopword } from '../text/normalise.js';
import type { Span, Token } from '../types.js';

// Key-phrase candidates: noun phrases by part-of-speech pattern (adjectives and
// nouns ending in a noun: `bilateral comprehensive strategic coordination`,
// `political mutual trust`), from natural's Brill tagger (Brill 1995, with the
// lexicon and rules natural ships from pos-js). Entity names are kept whole:
// a multi-word entity mention (`Sergei Lavrov`, `China-Russia Treaty of
// Good-neighborliness and Friendly Cooperation`) is one candidate, and no
// noun phrase runs across its edge.

interface TaggedWord {
  token: string;
  tag: string;
}
interface BrillTagger {
  tag(words: string[]): { taggedWords: TaggedWord[] };
}

let tagger: BrillTagger | null = null;

/** The Brill tagger, loaded by deep path on first use (~0.2 s for its lexicon). */
function loadTagger(): BrillTagger {
  if (tagger === null) {
    const require = createRequire(import.meta.url);
    // Never `natural` itself: its index loads everything and prints dotenv lines.
    const brill = require('natural/lib/natural/brill_pos_tagger/index.js') as {
      BrillPOSTagger: new (lexicon: unknown, rules: unknown) => BrillTagger;
      Lexicon: new (language: string, defaultCategory: string, defaultCapitalised: string) => unknown;
      RuleSet: new (language: string) => unknown;
    };
    tagger = new brill.BrillPOSTagger(new brill.Lexicon('EN', 'NN', 'NNP'), new brill.RuleSet('EN'));
  }
  return tagger;
}

/** Part-of-speech tags (Penn Treebank) of a list of words. */
export function tagWords(words: string[]): string[] {
  if (words.length === 0) return [];
  const tagged = loadTagger().tag(words).taggedWords;
  return words.map((_, i) => tagged[i]?.tag ?? 'NN');
}

/** One key-phrase occurrence: the lower-cased key, its surface text and span. */
export interface PhraseCandidate extends Span {
  key: string;
  text: string;
  /** Whether it is an entity name kept whole rather than a tagged noun phrase. */
  entity: boolean;
}

export interface PhraseOptions {
  /** Longest noun phrase in words (entity names may be longer). */
  maxWords: number;
}

const NOUN = /^NN/;
const MODIFIER = /^(?:JJ|NN|VBN$|VBG$)/;

/** A token that can sit inside a phrase: a word, not a clitic. */
function isPhraseWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const first = token.text.charCodeAt(0);
  return first !== 0x27 && first !== 0x2019;
}

function phraseKey(words: readonly Token[]): string {
  return words.map((t) => t.text.toLowerCase()).join(' ');
}

/**
 * Phrase candidates of one document, in text order. `entities` are the spans
 * of entity mentions (any order); pass none to use the tagger alone.
 */
export function keyPhraseCandidates(
  text: string,
  tokens: readonly Token[],
  entities: readonly Span[] = [],
  options: PhraseOptions = { maxWords: 5 },
): PhraseCandidate[] {
  const out: PhraseCandidate[] = [];
  const spans = [...entities].sort((a, b) => a.start - b.start);
  let spanIndex = 0;
  let i = 0;
  while (i < tokens.length) {
    // One sentence at a time: tag it, then walk it.
    const sentence = tokens[i]?.sentence;
    let j = i;
    while (j < tokens.length && tokens[j]?.sentence === sentence) j++;
    const slice = tokens.slice(i, j);
    const tags = tagWords(slice.map((t) => t.text));
    let run: Token[] = [];
    let runTags: string[] = [];
    const flush = (): void => {
      // Trim to a modifier…noun shape: no leading or trailing stopwords or
      // non-nouns at the end (`relations remain` → `relations`).
      let start = 0;
      let end = run.length;
      while (end > start && !NOUN.test(runTags[end - 1] ?? '')) end--;
      while (start < end && isStopword((run[start]?.text ?? '').toLowerCase())) start++;
      const words = run.slice(start, end);
      if (words.length >= 2 && words.length <= options.maxWords) {
        const first = words[0];
        const last = words[words.length - 1];
        if (first && last) out.push({ key: phraseKey(words), text: text.slice(first.start, last.end), start: first.start, end: last.end, entity: false });
      }
      run = [];
      runTags = [];
    };
    for (let k = 0; k < slice.length; k++) {
      const token = slice[k];
      if (!token) continue;
      while (spanIndex < spans.length && (spans[spanIndex]?.end ?? 0) <= token.start) spanIndex++;
      const span = spans[spanIndex];
      if (span && span.start <= token.start && token.end <= span.end) {
        // An entity: close the current phrase, then take the name whole.
        flush();
        const inside: Token[] = [];
        while (k < slice.length && (slice[k]?.end ?? Infinity) <= span.end) {
          const t = slice[k];
          if (t && isPhraseWord(t)) inside.push(t);
          k++;
        }
        k--;
        spanIndex++;
        if (inside.length >= 2) out.push({ key: phraseKey(inside), text: text.slice(span.start, span.end), start: span.start, end: span.end, entity: true });
        continue;
      }
      const tag = tags[k] ?? '';
      const lower = token.text.toLowerCase();
      if (isPhraseWord(token) && MODIFIER.test(tag) && !isStopword(lower)) {
        run.push(token);
        runTags.push(tag);
      } else flush();
    }
    flush();
    i = j;
  }
  return out;
}
