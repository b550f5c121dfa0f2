import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../src/core/aggregate/entity-table.js';
import { parseDocument } from '../../src/core/document.js';
import { extractMentions } from '../../src/core/entities/index.js';
import { analyseText } from '../../src/core/pipeline.js';
import { extractStatements } from '../../src/core/statements/index.js';

// Property tests: whatever text comes in (random Unicode, control characters,
// binary-looking bytes, deep nesting of quotes and brackets, pieces of real
// articles shuffled together) the core never throws, every record's offsets
// slice back to its text, and aggregate counts add up.

const SEED = readFileSync(fileURLToPath(new URL('../../seeds/2020-12-23-global-times-wang-yi-lavrov-call.txt', import.meta.url)), 'utf8');
const SEED_WORDS = SEED.split(/(\s+)/);

const newsLike = fc
  .array(fc.oneof(fc.constantFrom(...SEED_WORDS), fc.constantFrom('"', '“', '”', '(', ')', '.', ',', ' ', '\n', '\n\n', 'U.S.', 'Mr.', "'s", 'Q:', '...', '-', 'he said', 'said', 'according to')), { maxLength: 200 })
  .map((parts) => parts.join(''));

const nested = fc.integer({ min: 1, max: 400 }).map((depth) => '"(' .repeat(depth) + 'Wang said so' + ')"'.repeat(depth));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\r', '\n', '\t', '\u2028', '\uFEFF', '\uD800', 'A', '.', ' ', '"'), maxLength: 300 }),
  newsLike,
  nested,
);

function analyseAll(text: string) {
  const doc = parseDocument({ id: 'prop', text });
  const { sentences, tokens } = analyseText(doc);
  const mentions = extractMentions(doc, sentences, tokens);
  const statements = extractStatements(doc, sentences, tokens, mentions);
  return { doc, sentences, tokens, mentions, statements };
}

describe('the core on arbitrary input', () => {
  it('never throws, and every offset slices back to its text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('', ' date 2020-12-23 tag\n\n', 'date unknown\r\n\r\n'), (body, header) => {
        const text = header + body;
        const { doc, sentences, tokens, mentions, statements } = analyseAll(text);
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(doc.bodyStart);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThan(s.end);
        }
        for (const t of tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
        let lastEnd = -1;
        for (const m of mentions) {
          expect(doc.text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(lastEnd); // flat, no overlaps, in order
          lastEnd = m.end;
        }
        for (const s of statements) {
          expect(doc.text.slice(s.cueStart, s.cueEnd)).toBe(s.cue);
          expect(doc.text.slice(s.contentStart, s.contentEnd)).toBe(s.content);
          if (s.speakerStart !== null && s.speakerEnd !== null) expect(doc.text.slice(s.speakerStart, s.speakerEnd)).toBe(s.speaker);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts add up: the entity table sums to the mentions, per document and in total', () => {
    fc.assert(
      fc.property(fc.array(newsLike, { minLength: 1, maxLength: 5 }), (bodies) => {
        const table = new EntityTable();
        let total = 0;
        for (const body of bodies) {
          const { mentions } = analyseAll(body);
          total += mentions.length;
          table.addDocument(mentions);
        }
        const rows = table.results();
        expect(rows.reduce((sum, r) => sum + r.mentions, 0)).toBe(total);
        for (const r of rows) {
          expect(r.docs).toBeLessThanOrEqual(bodies.length);
          expect(Object.values(r.formCounts).reduce((a, b) => a + b, 0)).toBe(r.mentions);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('handles one huge line (300 KB without a sentence break) in linear time', () => {
    const line = 'China and Russia said the U.S. move, "undermines (multilateralism)" '.repeat(4_500);
    const started = performance.now();
    const { sentences, mentions } = analyseAll(line);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(sentences.length).toBeGreaterThan(0);
    expect(mentions.length).toBeGreaterThan(9_000);
  });
});
