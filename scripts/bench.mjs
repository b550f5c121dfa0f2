#!/usr/bin/env node
// npm run bench [-- --commands tokens,freq --limit-mb 20]
//
// Times statements commands over the large corpora in ../shared/corpus/
// (JSON lines, gzipped), one core, output to /dev/null, and prints MB/s of
// article text, words/s and peak memory (max RSS from /usr/bin/time, or
// getrusage of the child where that is missing), beside `wc -w` on the same
// text as the floor. Figures go in issue notes; this is a script, not a test.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, '..', 'shared', 'corpus');
const bin = join(root, 'bin', 'statements.js');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const commands = option('--commands', 'tokens,freq,entities,quotes').split(',');
const limitMb = Number(option('--limit-mb', '0'));
const extraArgs = { tokens: [], freq: [], entities: [], quotes: ['--format', 'ndjson'] };

if (!existsSync(corpusDir)) {
  console.error(`bench: no corpus folder at ${corpusDir}`);
  process.exit(2);
}
const corpora = readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl.gz')).map((f) => join(corpusDir, f));
const work = mkdtempSync(join(tmpdir(), 'statements-bench-'));

/** The corpus (or its first limitMb of article text) as a JSON-lines file and as plain text for wc. */
async function prepare(path) {
  const name = path.split('/').pop().replace(/\.jsonl\.gz$/, '');
  const textPath = join(work, `${name}.txt`);
  const jsonlPath = join(work, `${name}.jsonl`);
  const text = createWriteStream(textPath);
  const jsonl = createWriteStream(jsonlPath);
  let bytes = 0;
  let docs = 0;
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    if (typeof record.text !== 'string') continue;
    bytes += Buffer.byteLength(record.text);
    docs += 1;
    text.write(record.text + '\n');
    jsonl.write(line + '\n');
    if (limitMb > 0 && bytes >= limitMb * 1e6) break;
  }
  await Promise.all([new Promise((r) => text.end(r)), new Promise((r) => jsonl.end(r))]);
  const source = limitMb > 0 ? jsonlPath : path;
  return { name, textPath, source, bytes, docs };
}

const hasGnuTime = existsSync('/usr/bin/time');

function timed(command, commandArgs) {
  const started = process.hrtime.bigint();
  const result = hasGnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...commandArgs], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
    : spawnSync(command, commandArgs, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} exited ${result.status}: ${result.stderr.slice(-500)}`);
  const lastLine = result.stderr.trim().split('\n').pop() ?? '';
  const peakMb = hasGnuTime ? Number(lastLine) / 1024 : NaN;
  return { seconds, peakMb };
}

function wordCount(textPath) {
  const result = spawnSync('wc', ['-w', textPath], { encoding: 'utf8' });
  return Number(result.stdout.trim().split(/\s+/)[0]);
}

const rows = [];
for (const corpus of corpora) {
  const prepared = await prepare(corpus);
  const words = wordCount(prepared.textPath);
  const mb = prepared.bytes / 1e6;
  const wc = timed('wc', ['-w', prepared.textPath]);
  rows.push({ corpus: prepared.name, work: 'wc -w (floor)', mb, words, ...wc });
  for (const command of commands) {
    const result = timed(process.execPath, [bin, command, '--format', 'tsv', ...(extraArgs[command] ?? []), prepared.source]);
    rows.push({ corpus: prepared.name, work: `statements ${command}`, mb, words, ...result });
  }
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
console.log(`${pad('corpus', 36)}${pad('work', 22)}${pad('MB', 8)}${pad('seconds', 9)}${pad('MB/s', 9)}${pad('words/s', 12)}peak MB`);
for (const r of rows) {
  console.log(
    `${pad(r.corpus, 36)}${pad(r.work, 22)}${pad(num(r.mb), 8)}${pad(num(r.seconds, 2), 9)}${pad(num(r.mb / r.seconds), 9)}${pad(Math.round(r.words / r.seconds).toLocaleString('en'), 12)}${num(r.peakMb, 0)}`,
  );
}
