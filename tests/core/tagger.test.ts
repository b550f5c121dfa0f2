import { describe, expect, it } from 'vitest';
import { tagSpans, tagTokens } from '../../src/core/entities/tagger/index.js';

// News-style tokens as in the training data: punctuation and possessive 's split
// off, abbreviations (U.S., Inc., Mr.) kept whole.
function tokenize(text: string): string[] {
  return (
    text.match(
      /(?:\p{Lu}\.){2,}|(?:Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr)\.|['’]s\b|[\p{L}\p{N}]+(?:(?!['’]s\b)['’&-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu,
    ) ?? []
  );
}

function names(text: string): string[] {
  const words = tokenize(text);
  return tagSpans(words).map((s) => `${s.type}:${words.slice(s.start, s.end).join(' ')}`);
}

describe('tagTokens', () => {
  // Real sentences from ../shared/corpus/whitehouse-readouts (public domain).
  const cases: Array<[string, string[]]> = [
    [
      'Vice President Kamala Harris today spoke with President Xiomara Castro of Honduras.',
      ['PER:Kamala Harris', 'PER:Xiomara Castro', 'LOC:Honduras'],
    ],
    [
      'President Biden spoke with President William Ruto of Kenya today to thank him for answering Haiti’s call.',
      ['PER:Biden', 'PER:William Ruto', 'LOC:Kenya', 'LOC:Haiti'],
    ],
    ['Vice President Kamala Harris today spoke with President Emmanuel Macron of France.', ['PER:Kamala Harris', 'PER:Emmanuel Macron', 'LOC:France']],
  ];
  for (const [text, expected] of cases) {
    it(`finds the names in: ${text.slice(0, 60)}…`, () => {
      const found = names(text);
      for (const name of expected) expect(found).toContain(name);
    });
  }

  it('finds a person and a city it has never been told about', () => {
    const found = names('Shares in Chobani Inc. rose after chief executive Hamdi Ulukaya met investors in Rotterdam.');
    expect(found).toContain('PER:Hamdi Ulukaya');
    expect(found).toContain('LOC:Rotterdam');
  });

  it('finds companies', () => {
    expect(names('A spokesman for Boeing said the company would cooperate.')).toEqual(['ORG:Boeing']);
    expect(names('The Toyota Motor Corporation said sales rose.')).toEqual(['ORG:Toyota Motor Corporation']);
  });

  it('tags a demonym as MISC, not as a place', () => {
    const words = tokenize('The Kenyan government welcomed the decision.');
    expect(tagTokens(words)[1]).toBe('B-MISC');
  });

  it('leaves lower-case words and sentence-initial function words alone', () => {
    const words = tokenize('The president said the talks in the capital were productive, and they will meet again next week.');
    expect(tagTokens(words).every((t) => t === 'O')).toBe(true);
    const words2 = tokenize('However, officials in Nairobi said the vote would go ahead.');
    const tags = tagTokens(words2);
    expect(tags[0]).toBe('O');
    expect(tags[words2.indexOf('Nairobi')]).toBe('B-LOC');
    words2.forEach((w, i) => {
      if (/^\p{Ll}/u.test(w)) expect(tags[i]).toBe('O');
    });
  });

  it('still finds names in an all-caps headline', () => {
    const found = names('KENYA AND FRANCE SIGN TRADE DEAL IN PARIS');
    expect(found).toContain('LOC:KENYA');
    expect(found).toContain('LOC:PARIS');
  });

  it('returns one BIO label per token and never an I- tag without its B-', () => {
    const words = tokenize('Prime Minister Justin Trudeau of Canada met executives from General Motors in Ottawa on Monday.');
    const tags = tagTokens(words);
    expect(tags).toHaveLength(words.length);
    tags.forEach((t, i) => {
      if (t.startsWith('I-')) expect([`B-${t.slice(2)}`, t]).toContain(tags[i - 1]);
    });
    expect(tagTokens([])).toEqual([]);
  });
});
