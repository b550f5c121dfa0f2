#!/usr/bin/env node
// npm run bench [-- --limit-mb 20 --commands tokens,entities --term security
//                  --compromise-mb 2 --corpora whitehouse --no-others]
//
// Times statements commands over the large corpora in ../shared/corpus/
// (JSON lines, gzipped), output to /dev/null, and prints MB/s of article
// text, words/s and peak memory (max RSS from /usr/bin/time, or n/a where it
// is missing), beside `wc -w` on the same text as the floor and beside
// comparable work by other JS libraries (scripts/bench-runners/: wink-nlp
// tokens and entities, compromise people/places/organisations), then prints
// the ratios. Every command runs at --jobs 1 (one core); entities and quotes
// also at --jobs 2, with the speed-up.
//
// --limit-mb N   article text taken from the start of each corpus (default
//                20; 0 takes it whole). compromise is far slower, so it gets
//                only the first --compromise-mb (default 2) and statements
//                entities is timed again on that same prefix for its ratio.
// Figures go in issue notes; this is a script, not a test: the machine is
// shared, so the 1-minute load average is printed beside every row.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, '..', 'shared', 'corpus');
const bin = join(root, 'bin', 'statements.js');
const runners = join(root, 'scripts', 'bench-runners');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const ALL_COMMANDS = ['tokens', 'freq', 'entities', 'quotes', 'keywords', 'kwic', 'collocates', 'cooccur', 'summary'];
const commands = option('--commands', ALL_COMMANDS.join(',')).split(',').filter(Boolean);
const limitMb = Number(option('--limit-mb', '20'));
const compromiseMb = Number(option('--compromise-mb', '2'));
const term = option('--term', 'security');
const corpusFilter = option('--corpora', '');
const others = !args.includes('--no-others');
// A run that hangs or fails is reported in its row and the bench goes on.
const timeoutS = Number(option('--timeout-s', '900'));
// Commands also timed with two worker threads, for the --jobs speed-up.
const PARALLEL = ['entities', 'quotes'];
const extraArgs = { quotes: ['--format', 'ndjson'], kwic: [term], collocates: [term] };

if (!existsSync(corpusDir)) {
  console.error(`bench: no corpus folder at ${corpusDir}`);
  process.exit(2);
}
for (const runner of ['wink-nlp', 'wink-eng-lite-web-model', 'compromise']) {
  if (others && !existsSync(join(root, 'node_modules', runner))) {
    console.error(`bench: ${runner} is not installed (npm install, or --no-others to time statements alone)`);
    process.exit(2);
  }
}
const corpora = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.jsonl.gz') && f.includes(corpusFilter))
  .map((f) => join(corpusDir, f));
const work = mkdtempSync(join(tmpdir(), 'statements-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/**
 * The corpus (or its first limitMb of article text) as a JSON-lines file and
 * as plain text for wc, and its first compromiseMb as a second pair.
 */
async function prepare(path) {
  const name = path.split('/').pop().replace(/\.jsonl\.gz$/, '');
  const part = (suffix, capMb) => {
    const textPath = join(work, `${name}${suffix}.txt`);
    const jsonlPath = join(work, `${name}${suffix}.jsonl`);
    return { name, capMb, textPath, jsonlPath, source: jsonlPath, text: createWriteStream(textPath), jsonl: createWriteStream(jsonlPath), bytes: 0, docs: 0, open: true };
  };
  const main = part('', limitMb);
  const small = part('-small', compromiseMb);
  const parts = others ? [main, small] : [main];
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    if (typeof record.text !== 'string') continue;
    const size = Buffer.byteLength(record.text);
    for (const p of parts) {
      if (!p.open) continue;
      p.bytes += size;
      p.docs += 1;
      p.text.write(record.text + '\n');
      p.jsonl.write(line + '\n');
      if (p.capMb > 0 && p.bytes >= p.capMb * 1e6) p.open = false;
    }
    if (parts.every((p) => !p.open)) break;
  }
  lines.close();
  await Promise.all(parts.flatMap((p) => [new Promise((r) => p.text.end(r)), new Promise((r) => p.jsonl.end(r))]));
  // The whole corpus is read straight from the .gz, as a user would.
  if (!(limitMb > 0)) main.source = path;
  for (const p of parts) p.words = wordCount(p.textPath);
  return { main, small };
}

const hasGnuTime = existsSync('/usr/bin/time');

/** Runs a command to its end; stdout goes to /dev/null unless `capture` (the runners print one count line). */
function timed(command, commandArgs, capture = false) {
  const load = loadavg()[0];
  const stdio = ['ignore', capture ? 'pipe' : 'ignore', 'pipe'];
  const started = process.hrtime.bigint();
  const result = hasGnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...commandArgs], { encoding: 'utf8', stdio, maxBuffer: 1 << 26, timeout: timeoutS * 1000, killSignal: 'SIGKILL' })
    : spawnSync(command, commandArgs, { encoding: 'utf8', stdio, maxBuffer: 1 << 26, timeout: timeoutS * 1000, killSignal: 'SIGKILL' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    const why = result.error?.code === 'ETIMEDOUT' ? `killed after ${timeoutS} s (--timeout-s)` : `exited ${result.status ?? result.signal}: ${(result.stderr ?? '').trim().split('\n').filter((l) => !/^(Command exited|\d+$)/.test(l)).slice(-2).join(' ')}`;
    console.error(`bench: ${commandArgs.slice(0, 3).map((a) => a.split('/').pop()).join(' ')} ${why}`);
    return { seconds: NaN, peakMb: NaN, load: loadavg()[0], stdout: '', failed: why };
  }
  const lastLine = result.stderr.trim().split('\n').pop() ?? '';
  const peakMb = hasGnuTime ? Number(lastLine) / 1024 : NaN;
  return { seconds, peakMb, load: Math.max(load, loadavg()[0]), stdout: result.stdout ?? '' };
}

function wordCount(textPath) {
  const result = spawnSync('wc', ['-w', textPath], { encoding: 'utf8' });
  return Number(result.stdout.trim().split(/\s+/)[0]);
}

function statements(command, jobs, source) {
  return timed(process.execPath, [bin, command, '--jobs', String(jobs), '--format', 'tsv', ...(extraArgs[command] ?? []), source]);
}

function runner(name, source) {
  const result = timed(process.execPath, [join(runners, `${name}.mjs`), source], true);
  return { ...result, note: result.stdout.trim().split('\t').slice(1).join(', ') };
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const rowLine = (r) =>
  r.failed ? `${pad(r.corpus, 30)}${pad(r.work, 40)}${pad(num(r.mb), 7)}FAILED: ${r.failed}` : `${pad(r.corpus, 30)}${pad(r.work, 40)}${pad(num(r.mb), 7)}${pad(num(r.seconds, 2), 9)}${pad(num(r.mb / r.seconds, 2), 8)}${pad(Math.round(r.words / r.seconds).toLocaleString('en'), 12)}${pad(num(r.peakMb, 0), 9)}${num(r.load, 1)}`;

console.log(
  `statements bench: node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ` +
    `--limit-mb ${limitMb || 'none'}, compromise capped at ${compromiseMb} MB; kwic/collocates term '${term}'; output to /dev/null`,
);
console.log(`${pad('corpus', 30)}${pad('work', 40)}${pad('MB', 7)}${pad('seconds', 9)}${pad('MB/s', 8)}${pad('words/s', 12)}${pad('peak MB', 9)}load`);

const rows = [];
const add = (row) => {
  rows.push(row);
  console.log(rowLine(row));
};
const ratioLines = [];
for (const corpus of corpora) {
  const { main, small } = await prepare(corpus);
  const base = { corpus: main.name, mb: main.bytes / 1e6, words: main.words };
  const smallBase = { corpus: main.name, mb: small.bytes / 1e6, words: small.words };
  const got = {};
  add({ ...base, work: 'wc -w (floor)', ...timed('wc', ['-w', main.textPath]) });
  for (const command of commands) {
    const label = ['kwic', 'collocates'].includes(command) ? `${command} ${term}` : command;
    got[`${command}/1`] = { ...base, work: `statements ${label} -j1`, ...statements(command, 1, main.source) };
    add(got[`${command}/1`]);
    if (PARALLEL.includes(command)) {
      got[`${command}/2`] = { ...base, work: `statements ${label} -j2`, ...statements(command, 2, main.source) };
      add(got[`${command}/2`]);
    }
  }
  if (others) {
    got.winkTokens = { ...base, work: 'wink-nlp tokens', ...runner('wink-tokens', main.source) };
    add(got.winkTokens);
    got.winkEntities = { ...base, work: 'wink-nlp entities', ...runner('wink-entities', main.source) };
    add(got.winkEntities);
    got.smallEntities = { ...smallBase, work: `statements entities -j1 (${compromiseMb} MB)`, ...statements('entities', 1, small.source) };
    add(got.smallEntities);
    got.compromise = { ...smallBase, work: `compromise ppl/places/orgs (${compromiseMb} MB)`, ...runner('compromise-entities', small.source) };
    add(got.compromise);
  }

  // Ratios of throughput on the same input: N× faster when statements takes less time.
  const versus = (label, ours, theirs) => {
    if (!ours || !theirs || ours.failed || theirs.failed) return;
    const r = theirs.seconds / ours.seconds;
    const speed = r >= 1 ? `${num(r, 1)}× faster` : `${num(1 / r, 1)}× slower`;
    ratioLines.push(
      `${pad(main.name, 30)}${pad(label, 46)}statements is ${pad(speed, 14)} peak ${num(ours.peakMb, 0)} MB vs ${num(theirs.peakMb, 0)} MB`,
    );
  };
  versus('tokens -j1 vs wink-nlp tokens', got['tokens/1'], got.winkTokens);
  versus('entities -j1 vs wink-nlp entities', got['entities/1'], got.winkEntities);
  versus(`entities -j1 vs compromise (${compromiseMb} MB)`, got.smallEntities, got.compromise);
  versus('tokens -j1 vs wc -w (the floor)', got['tokens/1'], rows.find((r) => r.corpus === main.name && r.work.startsWith('wc')));
  for (const command of PARALLEL) {
    const one = got[`${command}/1`];
    const two = got[`${command}/2`];
    if (one && two && !one.failed && !two.failed) {
      ratioLines.push(`${pad(main.name, 30)}${pad(`${command} --jobs 2 vs --jobs 1`, 46)}speed-up ${num(one.seconds / two.seconds, 2)}×   peak ${num(two.peakMb, 0)} MB vs ${num(one.peakMb, 0)} MB`);
    }
  }
}

console.log('');
console.log('ratios (same input, wall clock; wink entities are dates, numbers, money and the like, not names)');
for (const line of ratioLines) console.log(line);
console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
