import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchRecords, sliceBatch, withConstantFields, type BatchField, type RecordBatch } from '../../src/output/batch.js';
import { plainStyle, type Column } from '../../src/output/columns.js';
import { createRenderer, renderBatch, type Format } from '../../src/output/render.js';

// The batch encoders must write exactly the bytes the record encoders write
// for the same records: `statements tokens` output may not change by a byte.

const SEED = readFileSync(fileURLToPath(new URL('../../seeds/2020-12-23-global-times-wang-yi-lavrov-call.txt', import.meta.url)), 'utf8');

// Seed text with everything an encoder can get wrong: tabs, newlines, CR,
// backslashes, quotes, commas, non-ASCII, a letter whose lower case is longer
// (İ), paired and lone surrogates.
const AWKWARD = `${SEED.slice(0, 400)}\tTab\\back\r\n"quoted", Côte d’Ivoire İSTANBUL ΣΊΣΥΦΟΣ 王毅 🇨🇳 lone \uD800 and \uDC00 end\uD83D`;

const COLUMNS: Column[] = ['doc', 'sentence', 'start', 'end', 'token', 'kind', 'stem'].map((key) => ({ key, title: key }));
const FORMATS: Format[] = ['tsv', 'csv', 'json', 'ndjson', 'table'];

function render(format: Format, columns: readonly Column[], write: (renderer: ReturnType<typeof createRenderer>) => (string | Uint8Array)[]): string {
  const renderer = createRenderer(columns, { format, header: true, style: plainStyle, width: 100 });
  const parts = [renderer.begin(), ...write(renderer), renderer.end()];
  return parts.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join('');
}

/** Output of the batch path and of the record path for the same batches. */
function both(format: Format, batches: readonly RecordBatch[], columns: readonly Column[] = COLUMNS): [string, string] {
  const viaBatch = render(format, columns, (r) => batches.map((b) => renderBatch(r, b)));
  const viaRecords = render(format, columns, (r) => batches.map((b) => r.rows(batchRecords(b))));
  return [viaBatch, viaRecords];
}

const spansOf = (text: string, cuts: number[]): { starts: Int32Array; ends: Int32Array } => {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    starts.push(points[i]!);
    ends.push(points[i + 1]!);
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
};

function tokenLikeBatch(id: string, text: string, cuts: number[], lowerCase: boolean, withStems: boolean, integers: number[] = []): RecordBatch {
  const { starts, ends } = spansOf(text, cuts);
  const n = starts.length;
  const fields: BatchField[] = [
    { key: 'doc', column: { type: 'constant', value: id } },
    { key: 'sentence', column: { type: 'integers', values: Int32Array.from({ length: n }, (_, i) => integers[i] ?? i) } },
    { key: 'start', column: { type: 'integers', values: starts } },
    { key: 'end', column: { type: 'integers', values: ends } },
    { key: 'token', column: { type: 'spans', source: text, starts, ends, lowerCase } },
    { key: 'kind', column: { type: 'choices', codes: Uint8Array.from({ length: n }, (_, i) => i % 4), choices: ['word', 'number', 'punct', 'symbol'] } },
  ];
  if (withStems) fields.push({ key: 'stem', column: { type: 'strings', values: Array.from({ length: n }, (_, i) => text.slice(starts[i], ends[i]).toUpperCase()) } });
  return { length: n, fields };
}

describe('record batches', () => {
  const cuts = Array.from({ length: 300 }, (_, i) => (i * 7919) % AWKWARD.length);
  for (const format of FORMATS) {
    for (const lowerCase of [false, true]) {
      it(`${format}${lowerCase ? ', lower-cased' : ''}: the same bytes as the records, on awkward seed text`, () => {
        const ids = ['seeds/2020-12-23-global-times-wang-yi-lavrov-call.txt', 'a,b "c"\td\\e', '', 'Zürich 🇨🇳'];
        const batches = ids.map((id, i) => tokenLikeBatch(id, AWKWARD, cuts.map((c) => c + i), lowerCase, i % 2 === 0, [0, 5, 10, 99, 100, 12345, 2147483647, -1, -2147483648]));
        const [viaBatch, viaRecords] = both(format, batches);
        expect(viaBatch).toBe(viaRecords);
      });
    }
  }

  it('the same bytes on random Unicode, cut anywhere (surrogate pairs too)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        fc.boolean(),
        fc.constantFrom<Format>('tsv', 'csv', 'ndjson'),
        (text, id, cuts, lowerCase, format) => {
          const [viaBatch, viaRecords] = both(format, [tokenLikeBatch(id, text, [0, text.length, ...cuts], lowerCase, true)]);
          expect(viaBatch).toBe(viaRecords);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('columns the batch lacks print empty, as missing record keys do', () => {
    const batch = tokenLikeBatch('x', 'one two', [0, 3, 4, 7], false, false);
    const columns = [...COLUMNS, { key: 'missing', title: 'missing' }];
    for (const format of ['tsv', 'csv'] as const) {
      const [viaBatch, viaRecords] = both(format, [batch], columns);
      expect(viaBatch).toBe(viaRecords);
    }
  });

  it('slices and extra constant fields give the records a slice and a spread would', () => {
    const batch = tokenLikeBatch('doc', AWKWARD, cuts, false, true);
    expect(batchRecords(sliceBatch(batch, 7))).toEqual(batchRecords(batch).slice(0, 7));
    const extra = { shard: '1/2', doc: 'replaced' };
    expect(batchRecords(withConstantFields(batch, extra)).map((r) => JSON.stringify(r))).toEqual(batchRecords(batch).map((r) => JSON.stringify({ ...r, ...extra })));
  });
});
