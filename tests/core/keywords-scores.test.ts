import { describe, expect, it } from 'vitest';
import {
  collocationLogLikelihood,
  keynessLogLikelihood,
  logFactorial,
  logRatio,
  mutualInformation,
  poissonSignificance,
  textRankSimilarity,
  tfIdf,
  weightedPageRank,
} from '../../src/core/keywords/scores.js';

// Every expected value below was worked out by hand from the formula in the
// cited source (the arithmetic is in the comments), then checked once with a
// calculator; none is copied from the code under test.

describe('tfIdf (Manning, Raghavan & Schütze 2008, §6.2.1)', () => {
  it('gives the textbook idf of "car" in Reuters-RCV1: df 18,165 of N 806,791 → 1.65', () => {
    // log10(806791 / 18165) = log10(44.415) = 1.6475
    expect(tfIdf(1, 18165, 806791)).toBeCloseTo(1.6475, 4);
  });
  it('multiplies by the raw term count: tf 2, df 1 of 10 → 2 × log10(10) = 2', () => {
    expect(tfIdf(2, 1, 10)).toBe(2);
  });
  it('is zero for a term in every document, and for an absent term', () => {
    expect(tfIdf(5, 10, 10)).toBe(0);
    expect(tfIdf(0, 3, 10)).toBe(0);
  });
});

describe('keynessLogLikelihood (Rayson & Garside 2000)', () => {
  it('a = 10 in c = 1,000 words against b = 5 in d = 2,000', () => {
    // E1 = 1000·15/3000 = 5, E2 = 2000·15/3000 = 10
    // G2 = 2(10 ln(10/5) + 5 ln(5/10)) = 2 · 5 ln 2 = 10 ln 2 = 6.931472
    expect(keynessLogLikelihood(10, 5, 1000, 2000)).toBeCloseTo(6.931472, 6);
  });
  it('a word absent from the reference: a = 4 in 100 words, b = 0 in 300', () => {
    // E1 = 100·4/400 = 1; the b term is 0 · ln 0 = 0; G2 = 2 · 4 ln 4 = 11.090355
    expect(keynessLogLikelihood(4, 0, 100, 300)).toBeCloseTo(11.090355, 6);
  });
  it('is symmetric in direction (the sign lives in log ratio) and zero for equal rates', () => {
    expect(keynessLogLikelihood(5, 10, 2000, 1000)).toBeCloseTo(6.931472, 6);
    expect(keynessLogLikelihood(3, 6, 100, 200)).toBeCloseTo(0, 12);
  });
});

describe('logRatio (Hardie 2014)', () => {
  it('is log2 of the ratio of relative frequencies', () => {
    // (10/1000) / (5/2000) = 0.01 / 0.0025 = 4 → log2 4 = 2
    expect(logRatio(10, 5, 1000, 2000)).toBe(2);
    expect(logRatio(5, 10, 2000, 1000)).toBe(-2);
  });
  it('counts a zero frequency as 0.5', () => {
    // (4/100) / (0.5/300) = 0.04 / 0.0016667 = 24 → log2 24 = 4.584963
    expect(logRatio(4, 0, 100, 300)).toBeCloseTo(4.584963, 6);
  });
});

describe('mutualInformation (Church & Hanks 1990; Evert 2008)', () => {
  it('O11 = 8, R1 = 200 window positions, C1 = 40, N = 10,000', () => {
    // E11 = 200 · 40 / 10000 = 0.8; MI = log2(8 / 0.8) = log2 10 = 3.321928
    expect(mutualInformation(8, 200, 40, 10000)).toBeCloseTo(3.321928, 6);
  });
  it('is 0 where observed equals expected', () => {
    expect(mutualInformation(1, 100, 100, 10000)).toBe(0);
  });
});

describe('collocationLogLikelihood (Dunning 1993, four cells)', () => {
  it('O11 = 8, R1 = 200, C1 = 40, N = 10,000', () => {
    // O = 8, 192, 32, 9768; E = 0.8, 199.2, 39.2, 9760.8
    // 8 ln 10 = 18.420681; 192 ln(192/199.2) = −7.068319;
    // 32 ln(32/39.2) = −6.494112; 9768 ln(9768/9760.8) = 7.202697
    // G2 = 2 · 12.060946 = 24.121892
    expect(collocationLogLikelihood(8, 200, 40, 10000)).toBeCloseTo(24.121892, 5);
  });
  it('is 0 under independence', () => {
    // O11 = E11 = 10·100/1000 = 1, and every other cell equals its expectation too
    expect(collocationLogLikelihood(1, 10, 100, 1000)).toBeCloseTo(0, 10);
  });
});

describe('poissonSignificance (Quasthoff & Wolff 2002)', () => {
  it('k = 5 shared of n = 100 units, a = 10, b = 20', () => {
    // λ = 10·20/100 = 2; sig = (2 − 5 ln 2 + ln 120) / ln 100
    //   = (2 − 3.465736 + 4.787492) / 4.605170 = 0.721310
    expect(poissonSignificance(5, 10, 20, 100)).toBeCloseTo(0.72131, 5);
  });
  it('uses ln k! summed exactly', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 12);
  });
  it('is 0 for pairs that never meet', () => {
    expect(poissonSignificance(0, 10, 20, 100)).toBe(0);
  });
});

describe('TextRank (Mihalcea & Tarau 2004)', () => {
  it('similarity: 2 shared words between sentences of 4 and 8 words', () => {
    // 2 / (ln 4 + ln 8) = 2 / ln 32 = 2 / 3.465736 = 0.577078
    expect(textRankSimilarity(2, 4, 8)).toBeCloseTo(0.577078, 6);
    expect(textRankSimilarity(1, 1, 8)).toBe(0);
  });
  it('PageRank on a star: a hub linked to two leaves', () => {
    // leaves x = 0.15 + 0.85·(y/2), hub y = 0.15 + 0.85·(x + x)
    // → x = 0.21375 / 0.2775 = 0.770270, y = 0.15 + 1.7x = 1.459459
    const scores = weightedPageRank([
      [0, 1, 1],
      [1, 0, 0],
      [1, 0, 0],
    ], 0.85, 1e-12, 1000);
    expect(scores[0]).toBeCloseTo(1.459459, 5);
    expect(scores[1]).toBeCloseTo(0.77027, 5);
    expect(scores[2]).toBeCloseTo(0.77027, 5);
  });
});
