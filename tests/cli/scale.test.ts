import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runShell, SHARED } from './helpers.js';

// 24 real readouts: more than the 16 documents the CLI keeps on the main
// thread, so --jobs 2 really runs on a worker thread beside the main thread.
const READOUTS = join(SHARED, 'corpus', 'whitehouse-readouts');
const files = readdirSync(READOUTS).sort().slice(100, 124).map((name) => join(READOUTS, name));

describe('--jobs', () => {
  it('gives byte-identical output with 2 worker threads and with 1', () => {
    for (const args of [['entities', '--mentions'], ['quotes'], ['freq', '--by', 'month'], ['tokens']]) {
      const one = runCli([...args, '--format', 'ndjson', '--jobs', '1', ...files]);
      const two = runCli([...args, '--format', 'ndjson', '--jobs', '2', ...files]);
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(two.stderr).toBe('');
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(two.stdout).toBe(one.stdout);
    }
  });

  it('gives the same output with 3 jobs (two workers and the main thread sharing the documents)', () => {
    const one = runCli(['entities', '--mentions', '--format', 'ndjson', '--jobs', '1', ...files]);
    const three = runCli(['entities', '--mentions', '--format', 'ndjson', '--jobs', '3', ...files]);
    expect(three.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
  });
});

describe('--shard and merge', () => {
  const cases = [['entities'], ['entities', '--by', 'month'], ['freq'], ['freq', '--by', 'doc'], ['speakers']];
  for (const args of cases) {
    it(`merging 3 shards of '${args.join(' ')}' gives what one run gives`, () => {
      const one = runCli([...args, '--format', 'ndjson', ...files]);
      expect(one.code).toBe(0);
      const list = files.map((f) => `'${f}'`).join(' ');
      const merged = runShell(
        `for i in 1 2 3; do $STATEMENTS ${args.join(' ')} --format ndjson --shard $i/3 ${list}; done | $STATEMENTS merge --format ndjson`,
      );
      expect(merged.stderr).toBe('');
      expect(merged.code).toBe(0);
      expect(merged.stdout).toBe(one.stdout);
    });
  }

  it('takes a disjoint, complete share of the documents per shard', () => {
    const docsOf = (shard: string) =>
      runCli(['sentences', '--format', 'ndjson', '--shard', shard, ...files])
        .stdout.trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { doc: string }).doc);
    const shares = ['1/3', '2/3', '3/3'].map((s) => new Set(docsOf(s)));
    expect(shares.map((s) => s.size)).toEqual([8, 8, 8]);
    expect(new Set(shares.flatMap((s) => [...s])).size).toBe(24);
  });

  it('applies --top after merging, and refuses to mix kinds of records', () => {
    const list = files.map((f) => `'${f}'`).join(' ');
    const top = runShell(`for i in 1 2; do $STATEMENTS entities --format ndjson --shard $i/2 ${list}; done | $STATEMENTS merge --top 3 --format tsv`);
    const one = runCli(['entities', '--top', '3', '--format', 'tsv', ...files]);
    expect(top.stdout).toBe(one.stdout);
    const mixed = runShell(`($STATEMENTS entities --format ndjson ${list}; $STATEMENTS freq --format ndjson ${list}) | $STATEMENTS merge`);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toBe('statements: cannot merge entities records with freq records\n');
  });

  it('rejects a malformed shard', () => {
    const bad = runCli(['freq', '--shard', '4/3', ...files.slice(0, 1)]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected i/n');
  });
});

describe('the README recipe for running shards in parallel', () => {
  it('gives the one-run table with GNU parallel (or xargs -P where parallel is not installed)', () => {
    const list = files.map((f) => `'${f}'`).join(' ');
    const hasParallel = runShell('command -v parallel').code === 0;
    const fanOut = hasParallel
      ? `parallel --will-cite "$STATEMENTS entities --shard {}/4 --format ndjson ${list.replace(/"/g, '\\"')}" ::: 1 2 3 4`
      : `printf '%s\\n' 1 2 3 4 | xargs -P 4 -I{} sh -c "$STATEMENTS entities --shard {}/4 --format ndjson ${list.replace(/"/g, '\\"')}"`;
    const merged = runShell(`${fanOut} | $STATEMENTS merge --top 20`);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(runCli(['entities', '--top', '20', ...files]).stdout);
  });
});
