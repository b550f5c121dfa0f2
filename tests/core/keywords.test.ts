import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/document.js';
import { extractMentions } from '../../src/core/entities/index.js';
import { CollocateCounter } from '../../src/core/keywords/collocates.js';
import { concordanceLines, leftContext, regexFinder, rightContext, sortConcordance, termFinder } from '../../src/core/keywords/concordance.js';
import { CooccurrenceCounter } from '../../src/core/keywords/cooccurrence.js';
import { BoundedCounter, keywordTerms, PhraseMatcher, phraseUpperBound, scoreKeyness, TfIdfCollector } from '../../src/core/keywords/keyness.js';
import { keyPhraseCandidates, phraseSpans } from '../../src/core/keywords/phrases.js';
import { centralSentences } from '../../src/core/keywords/summary.js';
import { generalEnglish } from '../../src/core/lexicon/general-english.js';
import { analyseText } from '../../src/core/pipeline.js';
import { isStopword, stem } from '../../src/core/text/normalise.js';

const SEED = 'seeds/2020-12-23-global-times-wang-yi-lavrov-call.txt';
const seedDoc = parseDocument({ id: SEED, text: readFileSync(new URL(`../../${SEED}`, import.meta.url), 'utf8') });
const seed = analyseText(seedDoc);
const normaliser = { stem, isStopword };

function analyse(text: string, id = 't') {
  const doc = parseDocument({ id, text });
  return analyseText(doc);
}

describe('keywordTerms', () => {
  it('splits compounds, drops stopwords, initials and numbers, but counts every running word', () => {
    const { doc, tokens } = analyse('China-Russia relations, said Joseph R. Biden in 2021.');
    const { terms, words } = keywordTerms(doc.text, tokens, { stem: false }, normaliser);
    expect(terms).toEqual(['china', 'russia', 'relations', 'joseph', 'biden']);
    // china, russia, relations, said, joseph, r., biden, in (the number is not a word)
    expect(words).toBe(8);
  });
});

describe('scoreKeyness', () => {
  it('keeps positive keywords only, by log-likelihood, with the hand-checked values', () => {
    const records = scoreKeyness(
      'word',
      [
        { term: 'sanctions', count: 10, docs: 2 },
        { term: 'the', count: 5, docs: 2 },
      ],
      1000,
      (t) => (t === 'sanctions' ? 5 : 40),
      2000,
      { minCount: 1, negative: false },
    );
    expect(records.map((r) => r.term)).toEqual(['sanctions']);
    expect(records[0]?.logLikelihood).toBeCloseTo(6.931472, 6);
    expect(records[0]?.logRatio).toBe(2);
    expect(records[0]?.per10k).toBe(100);
    expect(records[0]?.refPer10k).toBe(25);
  });

  it('ranks the seed article’s names and diplomatic words above everyday words against general English', () => {
    const general = generalEnglish();
    const counter = new Map<string, number>();
    const { terms, words } = keywordTerms(seedDoc.text, seed.tokens, { stem: false }, normaliser);
    for (const t of terms) counter.set(t, (counter.get(t) ?? 0) + 1);
    const records = scoreKeyness('word', [...counter].map(([term, count]) => ({ term, count, docs: 1 })), words, (t) => general.counts.get(t) ?? 0, general.total, { minCount: 1, negative: false });
    const rankOf = (term: string): number => records.findIndex((r) => r.term === term);
    for (const key of ['lavrov', 'russia', 'bilateral']) expect(rankOf(key)).toBeLessThan(10);
    for (const everyday of ['world', 'year', 'work', 'high', 'phone']) expect(rankOf(everyday) === -1 || rankOf(everyday) > 20).toBe(true);
  });
});

describe('phrases', () => {
  it('finds noun phrases and keeps entity names whole on the seed article', () => {
    const mentions = extractMentions(seedDoc, seed.sentences, seed.tokens);
    const keys = keyPhraseCandidates(seedDoc.text, seed.tokens, phraseSpans(mentions)).map((c) => c.key);
    expect(keys).toContain('bilateral comprehensive strategic coordination');
    expect(keys).toContain('china-russia treaty of good-neighborliness and friendly cooperation');
    expect(keys).toContain('sergei lavrov');
    expect(keys.filter((k) => k === 'bilateral relations')).toHaveLength(2);
    // No run across a name, a date or a number word.
    expect(keys).not.toContain('foreign minister wang yi');
    expect(keys).not.toContain('next year marks');
    expect(keys).not.toContain('two ministers');
  });

  it('bounds a phrase by its rarest word, and matches phrases in a reference by word sequence', () => {
    const counts: Record<string, number> = { bilateral: 30, relations: 487, china: 1268, russia: 630 };
    expect(phraseUpperBound('bilateral relations', (w) => counts[w] ?? 0)).toBe(30);
    expect(phraseUpperBound('china-russia relations', (w) => counts[w] ?? 0)).toBe(487);
    const matcher = new PhraseMatcher(['bilateral relations', 'high-level bilateral ties']);
    matcher.add(analyse('Bilateral relations grew. The high-level bilateral ties, and bilateral. Relations.').tokens);
    expect(matcher.count('bilateral relations')).toBe(1);
    expect(matcher.count('high-level bilateral ties')).toBe(1);
  });

  it('prunes the rarest items when the table overflows, and says by how much counts may be low', () => {
    const counter = new BoundedCounter(4);
    counter.add([{ key: 'a', label: 'A' }, { key: 'a', label: 'A' }, { key: 'b', label: 'B' }]);
    counter.add([{ key: 'a', label: 'A' }, { key: 'c', label: 'C' }, { key: 'd', label: 'D' }, { key: 'e', label: 'E' }]);
    expect(counter.floor).toBe(1);
    expect(counter.results(1)).toEqual([{ term: 'a', label: 'A', count: 3, docs: 2 }]);
  });
});

describe('TfIdfCollector', () => {
  it('scores each document against the others', () => {
    const collector = new TfIdfCollector();
    collector.add('d1', [{ term: 'sanctions', kind: 'word' }, { term: 'sanctions', kind: 'word' }, { term: 'peace', kind: 'word' }]);
    collector.add('d2', [{ term: 'peace', kind: 'word' }, { term: 'trade', kind: 'word' }]);
    const [first, second] = [...collector.results(5, 1)];
    // sanctions: 2 × log10(2/1) = 0.602060; peace is in both documents: 0
    expect(first?.map((r) => [r.term, r.tfidf])).toEqual([
      ['sanctions', 2 * Math.log10(2)],
      ['peace', 0],
    ]);
    expect(second?.[0]?.term).toBe('trade');
  });
});

describe('concordance', () => {
  it('gives exactly one line for multilateralism in the seed article, ending …to undermine', () => {
    const spans = termFinder('multilateralism')(seedDoc.text, seedDoc.bodyStart, seed.tokens);
    const lines = concordanceLines(seedDoc, seed.tokens, spans, { width: 40 });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.left.endsWith('to undermine ')).toBe(true);
    expect(lines[0]?.left.startsWith('…')).toBe(true);
    expect(lines[0]?.match).toBe('multilateralism');
    expect(lines[0]?.sentence).toBe(4);
    expect(seedDoc.text.slice(lines[0]?.start, lines[0]?.end)).toBe('multilateralism');
  });

  it('matches compound parts, phrases, wildcards and regular expressions', () => {
    const find = (f: ReturnType<typeof termFinder>) => f(seedDoc.text, seedDoc.bodyStart, seed.tokens).map((s) => seedDoc.text.slice(s.start, s.end));
    expect(find(termFinder('russia'))).toHaveLength(8);
    expect(find(termFinder('bilateral relations'))).toEqual(['bilateral relations', 'bilateral relations']);
    expect(find(termFinder('minist*'))).toEqual(['Minister', 'Minister', 'ministers', 'ministers', 'ministries']);
    expect(find(regexFinder(/high-level \w+/iu))).toEqual(['high-level bilateral', 'high-level exchanges']);
  });

  it('cuts context at a word boundary and never before the body', () => {
    // the last 10 characters are `amma delta`: the broken word goes; 11 keep `gamma` whole
    expect(leftContext('alpha beta gamma delta', 0, 22, 10)).toBe('…delta');
    expect(leftContext('alpha beta gamma delta', 0, 22, 11)).toBe('…gamma delta');
    expect(rightContext('alpha beta gamma delta', 0, 22, 10)).toBe('alpha beta…');
    expect(rightContext('alpha beta gamma delta', 0, 22, 9)).toBe('alpha…');
    expect(leftContext('header\n\nbody text here', 8, 17, 40)).toBe('body text');
  });

  it('sorts by the words to the left, nearest first', () => {
    const spans = termFinder('relations')(seedDoc.text, seedDoc.bodyStart, seed.tokens);
    const lines = sortConcordance(concordanceLines(seedDoc, seed.tokens, spans, { width: 30 }), 'left');
    expect(lines.map((l) => l.left.trim().split(' ').pop())).toEqual(['bilateral', 'bilateral', 'China-Russia', 'China-Russia', 'international']);
  });
});

describe('CollocateCounter', () => {
  it('counts window words once, within the sentence, with MI and log-likelihood from the table', () => {
    const { doc, tokens } = analyse('Strong sanctions hurt. New sanctions hurt trade. Trade grew.');
    const counter = new CollocateCounter({ left: 1, right: 1, isStopword, keepStopwords: false });
    counter.add(tokens, termFinder('sanctions')(doc.text, doc.bodyStart, tokens));
    // N = 9 words; windows: strong, hurt | new, hurt → R1 = 4
    expect(counter.words).toBe(9);
    expect(counter.windowPositions).toBe(4);
    const hurt = counter.results(1).find((r) => r.collocate === 'hurt');
    expect(hurt).toMatchObject({ count: 2, left: 0, right: 2, frequency: 2 });
    // MI = log2(2 / (4·2/9)) = log2(2.25) = 1.169925
    expect(hurt?.mi).toBeCloseTo(1.169925, 6);
    // trade is outside every window (and its count is below expectation anyway)
    expect(counter.results(1).find((r) => r.collocate === 'trade')).toBeUndefined();
  });
});

describe('CooccurrenceCounter', () => {
  it('ranks China–Russia first on the seed article', () => {
    const counter = new CooccurrenceCounter({ scope: 'sentence', types: new Set(['person', 'country', 'place', 'org', 'treaty']) });
    counter.add(extractMentions(seedDoc, seed.sentences, seed.tokens), seed.sentences.length);
    const [first] = counter.results(1);
    expect([first?.source, first?.target]).toEqual(['China', 'Russia']);
    expect(first?.count).toBe(6);
    expect(counter.units).toBe(13);
  });

  it('counts a pair once per unit, and per document with --scope doc', () => {
    const mention = (sentence: number, entity: string) => ({ doc: 'd', sentence, start: 0, end: 1, text: entity, type: 'country' as const, entity, id: null, form: 'name' as const, role: null, country: null });
    const counter = new CooccurrenceCounter({ scope: 'doc', types: new Set(['country']) });
    counter.add([mention(0, 'A'), mention(0, 'B'), mention(1, 'A'), mention(2, 'B')], 3);
    counter.add([mention(0, 'A')], 1);
    const [pair] = counter.results(1);
    // units = 2 documents; A in 2, B in 1, both in 1: λ = 1, sig = (1 − 0 + 0) / ln 2
    expect(pair).toMatchObject({ source: 'A', target: 'B', count: 1, docs: 1 });
    expect(pair?.significance).toBeCloseTo(1 / Math.log(2), 10);
  });
});

describe('centralSentences', () => {
  it('gives n sentence indexes in text order', () => {
    const picked = centralSentences(seedDoc.text, seed.sentences, seed.tokens, 3);
    expect(picked).toHaveLength(3);
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
    expect(centralSentences(seedDoc.text, seed.sentences, seed.tokens, 0)).toEqual([]);
  });
});
