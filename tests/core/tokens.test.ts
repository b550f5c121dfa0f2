import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/document.js';
import { splitSentences } from '../../src/core/text/sentences.js';
import { tokenize, tokenizeSentences } from '../../src/core/text/tokens.js';
import { isStopword, lowerCase, stem } from '../../src/core/text/normalise.js';

// Inputs are phrases from seeds/ and ../shared/corpus/; expectations by hand.

function surface(input: string): string[] {
  return tokenize(input, 0, input.length, 0).map((t) => t.text);
}

function kinds(input: string): string[] {
  return tokenize(input, 0, input.length, 0).map((t) => `${t.text}:${t.kind}`);
}

const CASES: [string, string[]][] = [
  ['the two countries.', ['the', 'two', 'countries', '.']],
  ['China-Russia relations remain at a high level', ['China-Russia', 'relations', 'remain', 'at', 'a', 'high', 'level']],
  ['the strength of the U.S.-Japan Alliance,', ['the', 'strength', 'of', 'the', 'U.S.-Japan', 'Alliance', ',']],
  ['to travel to the U.S.', ['to', 'travel', 'to', 'the', 'U.S.']],
  ['the U.K. and the U.N. Security Council', ['the', 'U.K.', 'and', 'the', 'U.N.', 'Security', 'Council']],
  ['coming up at 11:00 a.m. I encourage', ['coming', 'up', 'at', '11', ':', '00', 'a.m.', 'I', 'encourage']],
  ['a two-shot regimen, i.e. the mRNA regimen', ['a', 'two-shot', 'regimen', ',', 'i.e.', 'the', 'mRNA', 'regimen']],
  ['President Joseph R. Biden, Jr. spoke today', ['President', 'Joseph', 'R.', 'Biden', ',', 'Jr.', 'spoke', 'today']],
  ['and Mr. Johnson said', ['and', 'Mr.', 'Johnson', 'said']],
  ['Müller’s speech in Zürich', ['Müller', '’s', 'speech', 'in', 'Zürich']],
  ["Beijing's coercive and unfair economic practices", ['Beijing', "'s", 'coercive', 'and', 'unfair', 'economic', 'practices']],
  ['the American people’s security', ['the', 'American', 'people', '’s', 'security']],
  ['the United States’ support', ['the', 'United', 'States', '’', 'support']],
  ['I don’t have any calls', ['I', 'do', 'n’t', 'have', 'any', 'calls']],
  ['Côte d’Ivoire and O’Brien', ['Côte', 'd’Ivoire', 'and', 'O’Brien']],
  ['The upcoming year of 2021 has a special meaning', ['The', 'upcoming', 'year', 'of', '2021', 'has', 'a', 'special', 'meaning']],
  ['the number 1.9 trillion', ['the', 'number', '1.9', 'trillion']],
  ['a 10 percent existing tariff, 1,000 troops, 15,000,000 doses', ['a', '10', 'percent', 'existing', 'tariff', ',', '1,000', 'troops', ',', '15,000,000', 'doses']],
  ['marks the 20th anniversary', ['marks', 'the', '20th', 'anniversary']],
  ['the $360 billion or so', ['the', '$', '360', 'billion', 'or', 'so']],
  ['the principle of “nothing about Ukraine without Ukraine.”', ['the', 'principle', 'of', '“', 'nothing', 'about', 'Ukraine', 'without', 'Ukraine', '.', '”']],
  ['the Republic of Korea (ROK) on September 1, 2022', ['the', 'Republic', 'of', 'Korea', '(', 'ROK', ')', 'on', 'September', '1', ',', '2022']],
  ['the process … and we have', ['the', 'process', '…', 'and', 'we', 'have']],
  ['I mean — among all of us...', ['I', 'mean', '—', 'among', 'all', 'of', 'us', '...']],
  ['the COVID-19 pandemic', ['the', 'COVID-19', 'pandemic']],
  ['Order No. 3348: Concerning', ['Order', 'No.', '3348', ':', 'Concerning']],
  ['Treaty of Good-neighborliness and Friendly Cooperation', ['Treaty', 'of', 'Good-neighborliness', 'and', 'Friendly', 'Cooperation']],
];

describe('tokenize on real phrases', () => {
  for (const [input, expected] of CASES) {
    it(input, () => {
      expect(surface(input)).toEqual(expected);
    });
  }
});

describe('kinds', () => {
  it('words, numbers, punctuation and symbols', () => {
    expect(kinds('$5, 3.5% of 2021 — “U.S.” 20th')).toEqual([
      '$:symbol', '5:number', ',:punct', '3.5:number', '%:punct', 'of:word', '2021:number',
      '—:punct', '“:punct', 'U.S.:word', '”:punct', '20th:number',
    ]);
  });
  it('possessive and clitics are words', () => {
    expect(kinds("Müller's")).toEqual(['Müller:word', "'s:word"]);
  });
});

describe('compound parts', () => {
  it('China-Russia has two parts', () => {
    const text = 'stable China-Russia relations';
    const [, compound] = tokenize(text, 0, text.length, 3);
    expect(compound?.text).toBe('China-Russia');
    expect(compound?.sentence).toBe(3);
    expect(compound?.parts?.map((p) => text.slice(p.start, p.end))).toEqual(['China', 'Russia']);
  });
  it('U.S.-Japan keeps the abbreviation as a part', () => {
    const text = 'the U.S.-Japan Alliance';
    const t = tokenize(text, 0, text.length, 0)[1];
    expect(t?.parts?.map((p) => text.slice(p.start, p.end))).toEqual(['U.S.', 'Japan']);
  });
  it('Sino-US and three-part compounds', () => {
    const text = 'Sino-US ties, results-oriented, whole-of-government';
    const parts = tokenize(text, 0, text.length, 0)
      .filter((t) => t.parts)
      .map((t) => t.parts!.map((p) => text.slice(p.start, p.end)));
    expect(parts).toEqual([['Sino', 'US'], ['results', 'oriented'], ['whole', 'of', 'government']]);
  });
  it('plain words have no parts property', () => {
    const t = tokenize('China', 0, 5, 0)[0];
    expect(t).toEqual({ start: 0, end: 5, text: 'China', kind: 'word', sentence: 0 });
  });
});

describe('offsets', () => {
  it('every token slice equals its text, and tokens stay in the range', () => {
    const text = 'date 2022-01-27 x\n\nHe said: “It’s 3.5% — U.S.-led.” Done.';
    const start = text.indexOf('He');
    const end = text.length - 6;
    for (const t of tokenize(text, start, end, 7)) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(start);
      expect(t.end).toBeLessThanOrEqual(end);
      expect(t.sentence).toBe(7);
    }
  });

  it('on every seed file, sentence and token slices match and tokens sit inside their sentence', () => {
    const seedDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
    for (const name of ['2020-12-23-global-times-wang-yi-lavrov-call.txt', 'whitehouse-2022-01-27-readout-of-president-bidens-call-with-president-zelenskyy-of-ukraine.txt']) {
      const doc = parseDocument({ id: name, text: readFileSync(seedDir + name, 'utf8') });
      const sentences = splitSentences(doc.text, doc.bodyStart);
      const tokens = tokenizeSentences(doc.text, sentences);
      expect(tokens.length).toBeGreaterThan(100);
      let last = -1;
      for (const t of tokens) {
        expect(doc.text.slice(t.start, t.end)).toBe(t.text);
        const s = sentences[t.sentence]!;
        expect(t.start).toBeGreaterThanOrEqual(s.start);
        expect(t.end).toBeLessThanOrEqual(s.end);
        expect(t.start).toBeGreaterThanOrEqual(last);
        last = t.end;
        for (const p of t.parts ?? []) {
          expect(p.start).toBeGreaterThanOrEqual(t.start);
          expect(p.end).toBeLessThanOrEqual(t.end);
        }
      }
    }
  });

  it('sentence-final words and glued sentences give a separate full stop', () => {
    const text = 'the two countries.Wang stressed';
    const sentences = splitSentences(text);
    expect(tokenizeSentences(text, sentences).map((t) => `${t.sentence}:${t.text}`)).toEqual([
      '0:the', '0:two', '0:countries', '0:.', '1:Wang', '1:stressed',
    ]);
  });

  it('astral characters stay whole', () => {
    const text = 'ok 😀 𝐀bc';
    const toks = tokenize(text, 0, text.length, 0);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.text)).toEqual(['ok', '😀', '𝐀bc']);
  });
});

describe('normalise', () => {
  it('lower-cases', () => {
    expect(lowerCase('China-Russia')).toBe('china-russia');
  });
  it('stems with the Porter stemmer', () => {
    expect(stem('relations')).toBe('relat');
    expect(stem('stressed')).toBe('stress');
    expect(stem('Countries')).toBe('countri');
    expect(stem('relations')).toBe('relat');
  });
  it('stop words', () => {
    for (const w of ['the', 'and', 'he', 'said', 'not', "'s", '’s', "n't", 'it’s']) expect(isStopword(w)).toBe(true);
    // `us` stays out: lower-cased, it is also the `US` of `the US move`.
    for (const w of ['china', 'sanctions', 'multilateralism', 'us']) expect(isStopword(w)).toBe(false);
  });
});
