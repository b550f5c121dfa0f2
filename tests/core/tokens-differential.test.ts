import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/document.js';
import { splitSentences } from '../../src/core/text/sentences.js';
import { tokenize, tokenizeColumns, tokenizeSentences, tokensOfColumns } from '../../src/core/text/tokens.js';
import { splitSentences as referenceSplitSentences } from './reference/sentences-v1.js';
import { tokenize as referenceTokenize, tokenizeSentences as referenceTokenizeSentences } from './reference/tokens-v1.js';

// The columnar tokenizer and sentence splitter were rewritten for speed; they
// must find exactly what the versions before them found (kept in reference/)
// on real articles and on any text at all.

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const SEEDS = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(SEEDS_DIR + f, 'utf8'));

/** The first articles of each shared corpus (White House and UN: curly quotes, hard-wrapped lines, transcripts). */
function corpusArticles(name: string, count: number): string[] {
  const path = fileURLToPath(new URL(`../../../shared/corpus/${name}`, import.meta.url));
  let lines: string[];
  try {
    lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n', count + 1);
  } catch {
    return [];
  }
  return lines.filter((l) => l.trim() !== '').slice(0, count).map((l) => (JSON.parse(l) as { text: string }).text);
}

const ARTICLES = [...SEEDS, ...corpusArticles('whitehouse-2021-2025.jsonl.gz', 20), ...corpusArticles('un-general-debate-2000-2024.jsonl.gz', 10)];

function expectSameAnalysis(text: string): void {
  const doc = parseDocument({ id: 'x', text });
  const sentences = splitSentences(doc.text, doc.bodyStart, doc.text.length);
  expect(sentences).toEqual(referenceSplitSentences(doc.text, doc.bodyStart, doc.text.length));
  const expected = referenceTokenizeSentences(doc.text, sentences);
  expect(tokenizeSentences(doc.text, sentences)).toEqual(expected);
  expect(tokensOfColumns(doc.text, tokenizeColumns(doc.text, sentences))).toEqual(expected);
}

describe('tokenizer and sentence splitter against the reference versions', () => {
  it(`on ${ARTICLES.length} real articles`, () => {
    expect(ARTICLES.length).toBeGreaterThan(5);
    for (const text of ARTICLES) expectSameAnalysis(text);
  });

  const pieces = ['U.S.', 'U.S.-Japan', 'Mr.', 'Müller’s', "don't", 'n’t', "O'Brien", '3.5', '1,000', 'COVID-19', 'e.g.', '...', '--', '—', '“', '”', '"', '\t', '\n', '\n\n', '\r\n', ' ', '. ', '? ', '😀', '\uD83C', '\uDF00', 'İ', 'ΣΊΣ', '\u00a0', '\u2028', '١٢٣', '日本', 'a', 'Q:', 'THE PRESIDENT:', 'said', 'Jr.', 'No. 5', 'St.', '-', '\u2010', '’', "'s", 'A.'];
  const textish = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((p) => p.join('')),
  );

  it('on random text', () => {
    fc.assert(
      fc.property(textish, (text) => {
        expectSameAnalysis(text);
        expect(tokenize(text, 0, text.length, 3)).toEqual(referenceTokenize(text, 0, text.length, 3));
      }),
      { numRuns: 2000 },
    );
  });
});
