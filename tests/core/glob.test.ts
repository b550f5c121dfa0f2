import { describe, expect, it } from 'vitest';
import { globMatcher } from '../../src/core/keywords/concordance.js';

describe('globMatcher (kwic and collocates terms)', () => {
  const cases: [string, string, boolean][] = [
    ['sanction*', 'sanctions', true],
    ['sanction*', 'Sanctioned', true],
    ['sanction*', 'sanction', true],
    ['sanction*', 'unsanctioned', false],
    ['*lateral*', 'multilateralism', true],
    ['*lateral', 'bilateral', true],
    ['*lateral', 'bilaterally', false],
    ['a*a', 'a', false], // the head and tail may not share the one letter
    ['a*a', 'aa', true],
    ['*a*b*c*', 'xaybzc', true],
    ['*a*b*c*', 'xcybza', false],
    ['U.S.*', 'U.S.-China', true], // dots are literal, not regex wildcards
    ['U.S.*', 'UXSX', false],
  ];
  for (const [glob, word, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${word}`, () => {
      expect(globMatcher(glob, false)(word)).toBe(expected);
    });
  }

  it('respects case when asked', () => {
    expect(globMatcher('China*', true)('china-russia')).toBe(false);
    expect(globMatcher('China*', true)('China-Russia')).toBe(true);
  });
});
