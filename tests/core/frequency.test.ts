import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/document.js';
import { documentTerms, FrequencyCounter, PeriodFrequencyCounter, periodOf } from '../../src/core/keywords/frequency.js';
import { analyseText } from '../../src/core/pipeline.js';
import { isStopword, stem } from '../../src/core/text/normalise.js';

const normaliser = { stem, isStopword };
const words = (text: string) => analyseText(parseDocument({ id: 't', text })).tokens;

// From the seed article: "He said China and Russia should resist the US
// suppression." Counted by hand: 10 running words.
const SENTENCE = 'He said China and Russia should resist the US suppression. China-Russia ties.';

describe('documentTerms', () => {
  it('counts running words and leaves stopwords out of unigrams', () => {
    const { terms, words: running } = documentTerms(words(SENTENCE), { ngram: 1, stem: false, keepStopwords: false }, normaliser);
    expect(running).toBe(12);
    // `said` is on the stop list (as in natural's); `us` is not, since lower-cased it is also the country.
    expect(terms).toEqual(['china', 'russia', 'resist', 'us', 'suppression', 'china-russia', 'ties']);
  });

  it('keeps stopwords when asked', () => {
    const { terms } = documentTerms(words('He said so.'), { ngram: 1, stem: false, keepStopwords: true }, normaliser);
    expect(terms).toEqual(['he', 'said', 'so']);
  });

  it('builds bigrams within a sentence only, dropping those that start or end with a stopword', () => {
    const { terms } = documentTerms(words(SENTENCE), { ngram: 2, stem: false, keepStopwords: false }, normaliser);
    // "said China" and "the US" start with a stopword, "resist the" ends with one;
    // "suppression China-Russia" would cross the sentence boundary.
    expect(terms).toEqual(['us suppression', 'china-russia ties']);
  });

  it('keeps a stopword inside a trigram (rule of law)', () => {
    const { terms } = documentTerms(words('They upheld the rule of law.'), { ngram: 3, stem: false, keepStopwords: false }, normaliser);
    // they-upheld-the ends with a stopword, the-rule-of starts with one.
    expect(terms).toEqual(['upheld the rule', 'rule of law']);
  });

  it('stems with Porter when asked', () => {
    const { terms } = documentTerms(words('Sanctions sanctioned sanctioning.'), { ngram: 1, stem: true, keepStopwords: false }, normaliser);
    expect(terms).toEqual(['sanction', 'sanction', 'sanction']);
  });
});

describe('FrequencyCounter', () => {
  it('counts terms and documents and rates per 10,000 words, ordered by count then term', () => {
    const counter = new FrequencyCounter();
    counter.add(['china', 'russia', 'china'], 10);
    counter.add(['russia', 'us'], 10);
    expect(counter.results()).toEqual([
      { term: 'china', count: 2, docs: 1, per10k: 1000, words: 20 },
      { term: 'russia', count: 2, docs: 2, per10k: 1000, words: 20 },
      { term: 'us', count: 1, docs: 1, per10k: 500, words: 20 },
    ]);
    expect(counter.results(2).map((r) => r.term)).toEqual(['china', 'russia']);
  });

  it('per-period counts add up to the totals', () => {
    const counter = new PeriodFrequencyCounter();
    counter.add('2021-01', ['china', 'russia'], 4);
    counter.add('2021-02', ['china'], 6);
    counter.add('2021-01', ['china'], 6);
    const rows = counter.results(null);
    expect(rows).toEqual([
      { period: '2021-01', term: 'china', count: 2, per10k: 2000, words: 10 },
      { period: '2021-01', term: 'russia', count: 1, per10k: 1000, words: 10 },
      { period: '2021-02', term: 'china', count: 1, per10k: 10000 / 6, words: 6 },
    ]);
  });

  it('names periods by document, date and month', () => {
    const doc = { id: 'seeds/a.txt', date: '2020-12-23' };
    expect(periodOf('doc', doc)).toBe('seeds/a.txt');
    expect(periodOf('date', doc)).toBe('2020-12-23');
    expect(periodOf('month', doc)).toBe('2020-12');
    expect(periodOf('month', { id: 'x', date: null })).toBe('unknown');
  });
});

describe('countDocumentTerms', () => {
  it('counts what documentTerms lists, for every option, on the seeds and random text', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const fc = (await import('fast-check')).default;
    const { countDocumentTerms, countTerms } = await import('../../src/core/keywords/frequency.js');
    const { analyseTokenColumns } = await import('../../src/core/pipeline.js');
    const dir = fileURLToPath(new URL('../../seeds/', import.meta.url));
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + f, 'utf8'));
    const check = (text: string): void => {
      const doc = parseDocument({ id: 't', text });
      const columns = analyseTokenColumns(doc).tokens;
      for (const ngram of [1, 2, 3]) {
        for (const stemmed of [false, true]) {
          for (const keepStopwords of [false, true]) {
            const options = { ngram, stem: stemmed, keepStopwords };
            const expected = documentTerms(analyseText(doc).tokens, options, normaliser);
            const got = countDocumentTerms(doc.text, columns, options, normaliser);
            expect(got.words).toBe(expected.words);
            expect(new Map(got.terms.map((t, i) => [t, got.counts[i]]))).toEqual(countTerms(expected.terms));
            expect(new Set(got.terms).size).toBe(got.terms.length);
          }
        }
      }
    };
    for (const text of texts) check(text);
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('Security', 'security', 'SECURITY', 'the', 'İ', 'ΣΊΣ', "'s", '’re', 'n’t', ' ', '. ', ', ', 'U.S.', 'a-b'), maxLength: 80 }), check), { numRuns: 200 });
  });
});
