import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detach } from '../../src/core/strings.js';

describe('detach', () => {
  it('returns the same text', () => {
    const article = 'x'.repeat(1000) + ' internationalisation';
    expect(detach(article.slice(1001))).toBe('internationalisation');
    expect(detach('China')).toBe('China');
    expect(detach('')).toBe('');
  });

  it('keeps corpus-wide counts from holding on to the articles their words came from', () => {
    // 300 articles of 200 KB, each with one long word of its own: a table that
    // kept sliced words would keep 60 MB of articles alive after they are done.
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const script = `
      const { parseDocument } = await import('${dist}core/document.js');
      const { analyseTokenColumns } = await import('${dist}core/pipeline.js');
      const { countDocumentTerms, FrequencyCounter } = await import('${dist}core/keywords/frequency.js');
      const { stem, isStopword } = await import('${dist}core/text/normalise.js');
      const counter = new FrequencyCounter();
      const normaliser = { stem, isStopword };
      for (let i = 0; i < 300; i++) {
        const text = JSON.parse(JSON.stringify('said. '.repeat(33000) + 'internationalisation' + 'abcdefghij'.slice(0, 1 + (i % 10)) + 'x'.repeat(Math.floor(i / 10)) + '.'));
        const doc = parseDocument({ id: String(i), text });
        const { terms, counts, words } = countDocumentTerms(doc.text, analyseTokenColumns(doc).tokens, { ngram: 1, stem: false, keepStopwords: false }, normaliser);
        counter.addTermCounts(terms, counts, words);
      }
      globalThis.gc();
      console.log(JSON.stringify({ heap: process.memoryUsage().heapUsed, terms: counter.results().length }));
    `;
    const result = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const { heap, terms } = JSON.parse(result.stdout) as { heap: number; terms: number };
    expect(terms).toBe(300);
    expect(heap).toBeLessThan(40e6);
  });
});
