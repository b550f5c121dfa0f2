import { describe, expect, it } from 'vitest';
import type { Column } from '../../src/output/columns.js';
import { plainStyle } from '../../src/output/columns.js';
import { escapeCsvField, escapeTsvField } from '../../src/output/delimited.js';
import { createRenderer, renderRecords, type Format } from '../../src/output/render.js';

const columns: Column[] = [
  { key: 'entity', title: 'entity' },
  { key: 'mentions', title: 'mentions', numeric: true },
  { key: 'forms', title: 'forms', wide: true },
];

// Values from the seed article, with the awkward characters real text brings.
const records = [
  { entity: 'China', mentions: 8, forms: ['China', 'Chinese'] },
  { entity: 'Treaty of Good-neighborliness, "Friendly"\tCooperation', mentions: 1, forms: ['line\nbreak'] },
];

const options = (format: Format) => ({ format, header: true, style: plainStyle, width: 80 });
const ESC = String.fromCharCode(27);

describe('TSV', () => {
  it('escapes tab, newline, carriage return and backslash so every record stays one line', () => {
    expect(escapeTsvField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    const text = renderRecords(records, columns, options('tsv'));
    expect(text).toBe(
      'entity\tmentions\tforms\n' +
        'China\t8\tChina; Chinese\n' +
        'Treaty of Good-neighborliness, "Friendly"\\tCooperation\t1\tline\\nbreak\n',
    );
  });

  it('leaves the header out with --no-header', () => {
    expect(renderRecords(records.slice(0, 1), columns, { ...options('tsv'), header: false })).toBe('China\t8\tChina; Chinese\n');
  });
  it('writes UTF-8 as Node would for the same text: accents, CJK, emoji, lone surrogates, numbers of any kind', () => {
    const cells = [
      { entity: 'Nguyễn Phú Trọng', mentions: 0, forms: '王毅 🇨🇳' },
      { entity: 'broken \uD800 pair \uDC00', mentions: -3, forms: '' },
      { entity: 'Côte d’Ivoire', mentions: 2.5, forms: ['a', 'b'] },
      { entity: 'Côte d’Ivoire', mentions: 12345678901, forms: null },
    ];
    const expected = (separator: string, newline: string) =>
      cells.map((r) => [r.entity.replace(/[\uD800-\uDFFF]/g, '\uFFFD'), String(r.mentions), Array.isArray(r.forms) ? r.forms.join('; ') : (r.forms ?? '')].join(separator) + newline).join('');
    expect(renderRecords(cells, columns, { ...options('tsv'), header: false })).toBe(expected('\t', '\n'));
    expect(renderRecords(cells, columns, { ...options('csv'), header: false })).toBe(expected(',', '\r\n'));
  });

  it('repeats a long cell that recurs row after row exactly (the document id on every token)', () => {
    const id = 'press-briefings__2021-01-20-press-briefing-by-press-secretary-jen-psaki';
    const rows = [{ entity: id, mentions: 1, forms: 'x\ty' }, { entity: id, mentions: 2, forms: 'x\ty' }, { entity: 'other', mentions: 3, forms: 'x\ty' }];
    expect(renderRecords(rows, columns, { ...options('tsv'), header: false })).toBe(`${id}\t1\tx\\ty\n${id}\t2\tx\\ty\nother\t3\tx\\ty\n`);
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes or line breaks as RFC 4180 says', () => {
    expect(escapeCsvField('plain')).toBe('plain');
    expect(escapeCsvField('a,b')).toBe('"a,b"');
    expect(escapeCsvField('say "no"')).toBe('"say ""no"""');
    const text = renderRecords(records, columns, options('csv'));
    expect(text).toBe(
      'entity,mentions,forms\r\n' +
        'China,8,China; Chinese\r\n' +
        '"Treaty of Good-neighborliness, ""Friendly""\tCooperation",1,"line\nbreak"\r\n',
    );
  });
});

describe('JSON and NDJSON', () => {
  it('prints one parseable object a line with every field, lists as arrays', () => {
    const lines = renderRecords(records, columns, options('ndjson')).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? '')).toEqual(records[0]);
    expect(JSON.parse(lines[1] ?? '')).toEqual(records[1]);
  });

  it('streams one JSON array, also when empty', () => {
    const renderer = createRenderer(columns, options('json'));
    const text = renderer.begin() + renderer.rows([records[0]!]) + renderer.rows([]) + renderer.rows([records[1]!]) + renderer.end();
    expect(JSON.parse(text)).toEqual(records);
    expect(JSON.parse(renderRecords([], columns, options('json')))).toEqual([]);
  });
});

describe('table', () => {
  it('rounds only in the table, aligns numbers right, and draws no colour codes with the plain style', () => {
    const text = renderRecords([{ entity: 'Russia', mentions: 8.125, forms: 'Russia' }], columns, options('table'));
    expect(text).toContain('8.13');
    expect(text).toContain('Russia');
    expect(text.includes(ESC)).toBe(false);
  });

  it('folds wide text to the terminal width', () => {
    const long = 'The more turbulent the world becomes, the more stable China-Russia relations should be, said Wang Yi.';
    const text = renderRecords([{ entity: 'x', mentions: 1, forms: long }], columns, { ...options('table'), width: 50 });
    for (const line of text.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(50);
    expect(text.replace(/[│\s]+/g, ' ')).toContain('the more stable');
  });
});

describe('no colour in machine formats', () => {
  it('never writes escape codes in tsv, csv, json or ndjson', () => {
    for (const format of ['tsv', 'csv', 'json', 'ndjson'] as const) {
      expect(renderRecords(records, columns, options(format)).includes(ESC)).toBe(false);
    }
  });
});
