import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runShell, SEED } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'statements-analysis-'));
const rows = (stdout: string): string[][] => stdout.trimEnd().split('\n').map((line) => line.split('\t'));

describe('keywords, kwic, collocates, cooccur, summary (built binary)', () => {
  it('kwic multilateralism: one line, …to undermine [multilateralism]', () => {
    const table = runCli(['kwic', 'multilateralism', SEED, '--format', 'table']);
    expect(table.code).toBe(0);
    expect(table.stderr).toBe('');
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ *….*to undermine \[multilateralism\]\. He said/);
    const tsv = rows(runCli(['kwic', 'multilateralism', SEED]).stdout);
    expect(tsv[0]).toEqual(['doc', 'sentence', 'start', 'end', 'left', 'match', 'right']);
    expect(tsv).toHaveLength(2);
    expect(tsv[1]?.slice(1, 4)).toEqual(['4', '968', '983']);
  });

  it('kwic --entity finds every alias, kwic needs a term, and a bad regex is a usage error', () => {
    const result = runCli(['kwic', '--entity', 'United States', 'seeds/', '--format', 'ndjson']);
    expect(result.code).toBe(0);
    const matches = new Set(result.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { match: string }).match));
    // (the seeds' `U.S. Embassy in Kyiv` is an organisation's name, the longest name winning: no `U.S.` of its own;
    // the `U.S.` is the one of `the U.S.-Japan Alliance`, a bond named by two countries)
    expect([...matches].sort()).toEqual(['American', 'U.S.', 'US', 'United States']);
    expect(runCli(['kwic', '--regex', '(', SEED]).code).toBe(2);
    expect(runCli(['kwic']).code).toBe(2);
  });

  it('keywords against general English put names and diplomatic words first', () => {
    const result = runCli(['keywords', '--no-phrases', '--top', '6', SEED]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const table = rows(result.stdout);
    expect(table[0]).toEqual(['kind', 'term', 'count', 'docs', 'per10k', 'refCount', 'refPer10k', 'logLikelihood', 'logRatio']);
    const terms = table.slice(1).map((r) => r[1]);
    for (const t of ['russia', 'lavrov', 'bilateral']) expect(terms).toContain(t);
  });

  it('keywords --reference reads .jsonl.gz files and pipes (process substitution)', () => {
    // The reference: the five White House readouts of seeds/, as one .jsonl.gz.
    const gz = join(scratch, 'ref.jsonl.gz');
    const lines = readdirSync(join(ROOT, 'seeds'))
      .filter((f) => f.startsWith('whitehouse-'))
      .sort()
      .map((f) => JSON.stringify({ id: f, text: readFileSync(join(ROOT, 'seeds', f), 'utf8') }));
    writeFileSync(gz, gzipSync(lines.join('\n') + '\n'));
    const file = runCli(['keywords', '--no-phrases', '--reference', gz, SEED]);
    expect(file.code).toBe(0);
    expect(file.stderr).toBe('');
    const first = rows(file.stdout)[1] ?? [];
    // relations: a = 5 of c = 339 words, b = 0 of d = 721 reference words;
    // E1 = 339·5/1060 = 1.599057, G2 = 2·5·ln(5/1.599057) = 11.400241
    expect(first.slice(1, 3)).toEqual(['relations', '5']);
    expect(first[5]).toBe('0');
    expect(Number(first[7])).toBeCloseTo(11.400241, 5);
    const pipe = runShell(`$STATEMENTS keywords --no-phrases --reference <(zcat ${gz}) ${SEED} | head -3 | cut -f2,6`);
    expect(pipe.code).toBe(0);
    expect(pipe.stdout).toBe('term\trefCount\nrelations\t0\nchina\t2\n');
    const missing = runCli(['keywords', '--reference', join(scratch, 'nope.jsonl'), SEED]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read reference");
  });

  it('keywords --per-doc gives tf-idf ranks per document', () => {
    const result = runCli(['keywords', '--per-doc', '--top', '2', '--no-phrases', 'seeds/']);
    expect(result.code).toBe(0);
    const table = rows(result.stdout);
    expect(table[0]).toEqual(['doc', 'rank', 'kind', 'term', 'count', 'docs', 'tfidf']);
    expect(table).toHaveLength(1 + 6 * 2);
    // relations: 5 times here and in no other seed: 5 × log10(6/1) = 3.890756
    expect(table[1]?.slice(0, 5)).toEqual([SEED, '1', 'word', 'relations', '5']);
    expect(Number(table[1]?.[6])).toBeCloseTo(3.890756, 5);
  });

  it('collocates of relations in the seed article', () => {
    const table = rows(runCli(['collocates', 'relations', SEED]).stdout);
    expect(table[0]).toEqual(['collocate', 'count', 'left', 'right', 'frequency', 'mi', 'logLikelihood']);
    expect(table[1]?.slice(0, 5)).toEqual(['china-russia', '2', '2', '0', '3']);
  });

  it('cooccur ranks China–Russia first, and writes Graphviz with --format dot (that command only)', () => {
    const table = rows(runCli(['cooccur', SEED]).stdout);
    expect(table[1]?.slice(0, 5)).toEqual(['China', 'country', 'Russia', 'country', '6']);
    const dot = runCli(['cooccur', '--format', 'dot', '--top', '3', SEED]);
    expect(dot.code).toBe(0);
    expect(dot.stdout.startsWith('graph "cooccur" {\n')).toBe(true);
    expect(dot.stdout).toContain('"China" -- "Russia" [penwidth=8.00, weight=6, label="6"];');
    expect(dot.stdout.trimEnd().endsWith('}')).toBe(true);
    expect(runCli(['freq', '--format', 'dot', SEED]).code).toBe(2);
  });

  it('summary: a digest on a terminal, one record per article in machine formats', () => {
    const result = runCli(['summary', '--format', 'ndjson', '--sentences', '2', SEED]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(record['date']).toBe('2020-12-23');
    expect(record['sentences']).toBe(13);
    expect(record['people']).toEqual(['Wang Yi (State Councilor and Foreign Minister)', 'Sergei Lavrov (Foreign Minister)']);
    expect(record['countries']).toEqual(['China', 'Russia', 'United States']);
    expect(record['treaties']).toEqual(['China-Russia Treaty of Good-neighborliness and Friendly Cooperation']);
    expect((record['summary'] as string[]).length).toBe(2);
    const digest = runCli(['summary', '--format', 'table', SEED]).stdout;
    expect(digest).toContain('people      Wang Yi (State Councilor and Foreign Minister), Sergei Lavrov');
    expect(digest).not.toContain('\u001b[');
  });
});

describe('quotes and speakers --beliefs (built binary)', () => {
  // UN General Debate, Lebanon 2014: a view held and a saying.
  const text = 'Lebanon believes that Israel is responsible for frustrating all efforts to reach a peaceful settlement. It stresses the need for a just, comprehensive and lasting solution.\n';
  it('counts the belief only when asked', () => {
    const cues = (args: string[]): string[] => rows(runCli(['quotes', '--no-header', ...args, '-'], { input: text }).stdout).map((r) => r[6] ?? '');
    expect(cues([])).toEqual(['stresses']);
    expect(cues(['--beliefs'])).toEqual(['believes', 'stresses']);
    const speakers = (args: string[]): string[][] => rows(runCli(['speakers', '--no-header', ...args, '-'], { input: text }).stdout);
    expect(speakers([]).map((r) => r.slice(0, 4))).toEqual([['Lebanon', '1', '1', 'stresses 1']]);
    expect(speakers(['--beliefs']).map((r) => r.slice(0, 4))).toEqual([['Lebanon', '2', '1', 'believes 1; stresses 1']]);
  });
});
