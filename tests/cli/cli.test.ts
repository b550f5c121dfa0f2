import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli, runShell, SEED } from './helpers.js';

const ESC = String.fromCharCode(27);
const scratch = mkdtempSync(join(tmpdir(), 'statements-cli-'));

describe('statements (built binary)', () => {
  it('prints its version and help with exit 0', () => {
    const version = runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = runCli(['freq', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--ngram');
  });

  it('splits the seed article into its 13 body sentences, as TSV when piped', () => {
    const result = runCli(['sentences', SEED]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('doc\tsentence\tstart\tend\ttext');
    expect(lines).toHaveLength(14);
    expect(lines[1]).toBe(
      `${SEED}\t0\t42\t364\tThe more turbulent the world becomes, the more stable China-Russia relations should be, said Chinese State Councilor and Foreign Minister Wang Yi in a phone conversation with Russian Foreign Minister Sergei Lavrov on Tuesday, during which the two ministers also slammed the suppression by the US against the two countries.`,
    );
    expect(lines[2]?.split('\t').slice(1, 4)).toEqual(['1', '364', '564']);
  });

  it('reads the bundled seeds when no input is given and stdin carries none', () => {
    const result = runCli(['sentences', '--format', 'ndjson'], { noStdin: true });
    expect(result.code).toBe(0);
    const docs = new Set(result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { doc: string }).doc));
    expect(docs.size).toBe(6);
    expect(docs.has(SEED)).toBe(true);
  });

  it('reads piped stdin as one article with doc id -', () => {
    const result = runCli(['sentences', '--format', 'ndjson'], { input: 'date 2024-01-02 test\n\nBiden spoke with Kishida. They discussed trade.' });
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { doc: string; text: string; start: number });
    expect(rows.map((r) => r.text)).toEqual(['Biden spoke with Kishida.', 'They discussed trade.']);
    expect(rows[0]?.doc).toBe('-');
    expect(rows[0]?.start).toBe(22);
  });

  it('keeps offsets into the whole text with a BOM dropped and CRLF line endings', () => {
    const path = join(scratch, 'crlf.txt');
    const text = 'date 2021-02-10 White-House\r\n\r\nPresident Biden spoke today.\r\nHe said so.';
    writeFileSync(path, '\uFEFF' + text);
    const rows = runCli(['sentences', '--format', 'ndjson', path])
      .stdout.trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { start: number; end: number; text: string });
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(text.slice(row.start, row.end)).toBe(row.text);
  });

  it('reads JSON lines, gzipped, reporting a bad line by number and keeping the rest', () => {
    const path = join(scratch, 'corpus.jsonl.gz');
    const lines = [
      JSON.stringify({ id: 'a', date: '2022-01-01', text: 'China urged restraint.' }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'Russia said no.' }),
      JSON.stringify({ id: 'c', title: 'no text' }),
    ];
    writeFileSync(path, gzipSync(lines.join('\n') + '\n'));
    const result = runCli(['sentences', '--format', 'ndjson', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`statements: ${path}:2: not valid JSON, line skipped\nstatements: ${path}:4: no "text" string, line skipped\n`);
    expect(result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { doc: string }).doc)).toEqual(['a', 'b']);
  });

  it('reports a missing file in one line, processes the rest, and exits 2', () => {
    const result = runCli(['sentences', 'no-such-file.txt', SEED]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("statements: cannot read 'no-such-file.txt': no such file or folder\n");
    expect(result.stdout.split('\n').length).toBeGreaterThan(10);
  });

  it('skips a binary file with a warning and says so in the exit code', () => {
    const path = join(scratch, 'image.txt');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const result = runCli(['sentences', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`statements: skipped '${path}': binary file (NUL byte)\n`);
    expect(result.stdout).toBe('doc\tsentence\tstart\tend\ttext\n');
  });

  it('decodes invalid UTF-8 with replacement characters and warns', () => {
    const path = join(scratch, 'latin1.txt');
    writeFileSync(path, Buffer.from('Z\xfcrich talks.', 'latin1'));
    const result = runCli(['sentences', '--format', 'ndjson', path]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('invalid UTF-8');
    expect(result.stdout).toContain('Z\uFFFDrich talks.');
  });

  it('gives usage errors exit 2 and one line, never a stack trace', () => {
    const unknown = runCli(['freq', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/^statements: unknown option '--bogus'/);
    const badFormat = runCli(['freq', '--format', 'xml', SEED]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("'xml'");
    const badTop = runCli(['freq', '--top', 'ten', SEED]);
    expect(badTop.code).toBe(2);
    expect(badTop.stderr).not.toContain('    at ');
  });

  it('ends quietly with exit 0 when the reader closes the pipe early', () => {
    const result = runShell('set -o pipefail; $STATEMENTS tokens seeds seeds seeds seeds | head -1');
    expect(result.stdout).toBe('doc\tsentence\tstart\tend\ttoken\tkind\n');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('ends quietly when help is piped into head', () => {
    const result = runShell('set -o pipefail; for i in 1 2 3 4 5; do $STATEMENTS entities --help | head -1 || exit 1; done');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('writes colour only when asked, and never into machine formats', () => {
    const always = runCli(['freq', '--format', 'table', '--top', '3', '--color', 'always', SEED]);
    expect(always.stdout.includes(ESC)).toBe(true);
    const never = runCli(['freq', '--format', 'table', '--top', '3', SEED]);
    expect(never.stdout.includes(ESC)).toBe(false);
    const tsv = runCli(['freq', '--format', 'tsv', '--color', 'always', SEED]);
    expect(tsv.stdout.includes(ESC)).toBe(false);
  });

  it('prints an empty result with its header and exit 0 when nothing was found', () => {
    const result = runCli(['freq', '-'], { input: '' });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('term\tcount\tdocs\tper10k\n');
  });
});
