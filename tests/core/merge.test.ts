import { describe, expect, it } from 'vitest';
import { kindOf, MergeError, mergeRuns } from '../../src/core/aggregate/merge.js';

// Two runs over disjoint documents, with counts small enough to check by hand.
describe('mergeRuns', () => {
  it('adds term counts and documents and recomputes rates over all running words', () => {
    const runA = [
      { term: 'sanctions', count: 3, docs: 2, per10k: 3000, words: 10 },
      { term: 'china', count: 1, docs: 1, per10k: 1000, words: 10 },
    ];
    const runB = [{ term: 'china', count: 4, docs: 2, per10k: 1000, words: 40 }];
    const { kind, records } = mergeRuns([runA, runB]);
    expect(kind).toBe('freq');
    // china: 5 in 50 words = 1000 per 10k; sanctions: 3 in 50 = 600.
    expect(records).toEqual([
      { term: 'china', count: 5, docs: 3, per10k: 1000, words: 50 },
      { term: 'sanctions', count: 3, docs: 2, per10k: 600, words: 50 },
    ]);
  });

  it('merges entity rows by ISO code, recomputing forms and role from their counts', () => {
    const row = (mentions: number, formCounts: Record<string, number>, roleCounts: Record<string, number> = {}) => ({
      entity: 'United States', type: 'country', id: 'USA', mentions, docs: 1, forms: [], role: null, country: null, formCounts, roleCounts, countryCounts: {},
    });
    const { records } = mergeRuns([[row(2, { US: 2 })], [row(3, { 'United States': 1, US: 1, American: 1 })]]);
    expect(records).toEqual([
      {
        entity: 'United States', type: 'country', id: 'USA', mentions: 5, docs: 2,
        forms: ['US', 'American', 'United States'], role: null, country: null,
        formCounts: { US: 3, American: 1, 'United States': 1 }, roleCounts: {}, countryCounts: {},
      },
    ]);
  });

  it('tells the kinds of record apart and refuses to mix them', () => {
    expect(kindOf({ term: 'x', count: 1, docs: 1, words: 3 })).toBe('freq');
    expect(kindOf({ period: '2021-01', term: 'x', count: 1, words: 3 })).toBe('freq-periods');
    expect(kindOf({ doc: 'a', start: 0 })).toBeNull();
    expect(() => mergeRuns([[{ term: 'x', count: 1, docs: 1, words: 3 }], [{ speaker: 'Wang Yi', statements: 1, docs: 1, cueCounts: {} }]])).toThrow(MergeError);
  });

  it('never lets a __proto__ count reach a prototype', () => {
    const formCounts = JSON.parse('{"__proto__": 2, "China": 1}') as Record<string, number>;
    const { records } = mergeRuns([[{ entity: 'China', type: 'country', id: 'CHN', mentions: 3, docs: 1, formCounts }]]);
    expect(({} as Record<string, unknown>)['China']).toBeUndefined();
    expect(records[0]?.['forms']).toEqual(['__proto__', 'China']);
  });
});
