import { createRequire } from 'node:module';
import { isStopword } from '../text/normalise.js';
import type { MentionRecord, Span, Token } from '../types.js';
import { detach } from '../strings.js';

// Key-phrase candidates: noun phrases by part-of-speech pattern (adjectives and
// nouns ending in a noun: `bilateral comprehensive strategic coordination`,
// `political mutual trust`), from natural's Brill tagger (Brill 1995, with the
// lexicon and rules natural ships from pos-js). Entity names are kept whole:
// a multi-word entity mention (`Sergei Lavrov`, `China-Russia Treaty of
// Good-neighborliness and Friendly Cooperation`) is one candidate, and no
// noun phrase runs across its edge.

interface TaggedSentence {
  taggedWords: { token: string; tag: string }[];
  addTaggedWord(token: string, tag: string): void;
}
interface BrillModule {
  Lexicon: new (language: string, defaultCategory: string, defaultCapitalised: string) => { tagWord(word: string): string[] };
  RuleSet: new (language: string) => { getRules(): { apply(sentence: TaggedSentence, position: number): void }[] };
  Sentence: new () => TaggedSentence;
}
interface Tagger {
  lexiconTag: (word: string) => string;
  rules: { apply(sentence: TaggedSentence, position: number): void }[];
  Sentence: new () => TaggedSentence;
}

let tagger: Tagger | null = null;
const tagCache = new Map<string, string>();
const TAG_CACHE_LIMIT = 200_000;

/**
 * natural's Brill tagger parts (English lexicon and transformation rules),
 * loaded by deep path on first use (~0.2 s for the lexicon). Never `natural`
 * itself: its index loads everything and prints dotenv lines.
 */
function loadTagger(): Tagger {
  if (tagger === null) {
    const require = createRequire(import.meta.url);
    const brill = require('natural/lib/natural/brill_pos_tagger/index.js') as BrillModule;
    const lexicon = new brill.Lexicon('EN', 'NN', 'NNP');
    tagger = { lexiconTag: (word) => lexicon.tagWord(word)[0] ?? 'NN', rules: new brill.RuleSet('EN').getRules(), Sentence: brill.Sentence };
  }
  return tagger;
}

/**
 * Penn Treebank tags of a list of words: what BrillPOSTagger.tag gives (the
 * lexicon's first tag, then each transformation rule at each position), with
 * the rule list built once and lexicon look-ups cached, where natural rebuilds
 * the list for every word (three times faster on a corpus).
 */
export function tagWords(words: readonly string[]): string[] {
  if (words.length === 0) return [];
  const t = loadTagger();
  const sentence = new t.Sentence();
  for (const word of words) {
    let tag = tagCache.get(word);
    if (tag === undefined) {
      tag = t.lexiconTag(word);
      if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear();
      tagCache.set(detach(word), tag); // a sliced word would keep its article alive
    }
    sentence.addTaggedWord(word, tag);
  }
  for (let i = 0; i < words.length; i++) for (const rule of t.rules) rule.apply(sentence, i);
  return sentence.taggedWords.map((w) => w.tag);
}

/** One key-phrase occurrence: the lower-cased key, its surface text and span. */
export interface PhraseCandidate extends Span {
  key: string;
  text: string;
  /** Whether it is an entity name kept whole rather than a tagged noun phrase. */
  entity: boolean;
}

/** An entity span for phrase finding: a name kept whole, or (dates) only a break between phrases. */
export interface PhraseSpan extends Span {
  whole: boolean;
}

/** The spans of entity mentions: names whole, dates (`next year`, `Tuesday`) as breaks. */
export function phraseSpans(mentions: readonly MentionRecord[]): PhraseSpan[] {
  return mentions.map((m) => ({ start: m.start, end: m.end, whole: m.type !== 'date' }));
}

// Counting words are no part of a key phrase: `two ministers` is `ministers`.
const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions billions'.split(' '),
);

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
 * of entity mentions (any order); pass none to use the tagger alone. Only the
 * runs of two or more content words between stopwords, punctuation and entity
 * names can hold a phrase, so only those runs are tagged (with the word before
 * each as context for the tagger's rules): half the words or fewer.
 */
export function keyPhraseCandidates(
  text: string,
  tokens: readonly Token[],
  entities: readonly PhraseSpan[] = [],
  options: PhraseOptions = { maxWords: 5 },
): PhraseCandidate[] {
  const out: PhraseCandidate[] = [];
  const spans = entities.length < 2 ? entities : [...entities].sort((a, b) => a.start - b.start);
  let spanIndex = 0;
  let run: Token[] = [];
  let before: Token | null = null;
  let previous: Token | null = null;
  const flush = (): void => {
    if (run.length >= 2) {
      const words = before ? [before, ...run] : run;
      const tags = tagWords(words.map((t) => t.text)).slice(before ? 1 : 0);
      // Noun phrases inside the run: maximal modifier…noun stretches.
      let k = 0;
      while (k < run.length) {
        if (!MODIFIER.test(tags[k] ?? '')) {
          k++;
          continue;
        }
        let e = k;
        while (e < run.length && MODIFIER.test(tags[e] ?? '')) e++;
        let last = e;
        while (last > k && !NOUN.test(tags[last - 1] ?? '')) last--;
        const phrase = run.slice(k, last);
        if (phrase.length >= 2 && phrase.length <= options.maxWords) {
          const first = phrase[0];
          const end = phrase[phrase.length - 1];
          if (first && end) out.push({ key: phraseKey(phrase), text: text.slice(first.start, end.end), start: first.start, end: end.end, entity: false });
        }
        k = e;
      }
    }
    run = [];
    before = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (previous && previous.sentence !== token.sentence) {
      flush();
      previous = null;
    }
    while (spanIndex < spans.length && (spans[spanIndex]?.end ?? 0) <= token.start) spanIndex++;
    const span = spans[spanIndex];
    if (span && span.start <= token.start && token.end <= span.end) {
      // An entity: close the current run, then take the name whole.
      flush();
      const inside: Token[] = [];
      while (i < tokens.length && (tokens[i]?.end ?? Infinity) <= span.end) {
        const t = tokens[i];
        if (t && isPhraseWord(t)) inside.push(t);
        i++;
      }
      i--;
      spanIndex++;
      previous = tokens[i] ?? null;
      if (span.whole && inside.length >= 2) out.push({ key: phraseKey(inside), text: text.slice(span.start, span.end), start: span.start, end: span.end, entity: true });
      continue;
    }
    const lower = token.text.toLowerCase();
    if (isPhraseWord(token) && !isStopword(lower) && !NUMBER_WORDS.has(lower)) {
      if (run.length === 0) before = previous;
      run.push(token);
    } else flush();
    previous = token;
  }
  flush();
  return out;
}
