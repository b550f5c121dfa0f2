#!/usr/bin/env node
// npm run fuzz [-- --count 10000 --seed 1]
//
// Generates hostile inputs (random bytes and Unicode, control characters, lone
// surrogates, huge lines, deep quote and bracket nesting, JSON lines with
// __proto__ keys, wrong types and missing text, corrupt gzip, empty files)
// and runs every command over them through the built CLI, checking what a
// user sees: exit code 0, 1 or 2, stderr lines that are one-line
// `statements: …` messages, and never a stack trace. Inputs are written to a
// folder and read in batches, so 10,000 of them take minutes, not hours.
// The test suite runs this with a small count.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'statements.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const count = option('--count', 10_000);
const seed = option('--seed', 1);
// Batches small enough that even a short run goes through every command.
const BATCH = Math.max(1, Math.min(250, Math.ceil(count / 12)));
// --keep leaves the generated inputs in the temporary folder, to replay a failure.
const keep = args.includes('--keep');
const verbose = args.includes('--verbose');
const SLOW_SECONDS = 60;

// mulberry32: a small seeded generator, so a failure can be replayed with --seed.
let state = seed >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];

const seedText = readFileSync(join(root, 'seeds', '2020-12-23-global-times-wang-yi-lavrov-call.txt'), 'utf8');
const seedWords = seedText.split(/(\s+)/);
const PIECES = ['"', '“', '”', '‘', '’', '(', ')', '[', ']', '.', '...', '…', ',', ':', 'Q:', 'MS. PSAKI:', 'U.S.', 'Mr.', "'s", '\n', '\n\n', '\r\n', '\t', '\u0000', '\u0007', '\u2028', '\uFEFF', '\uD800', '\uDFFF', '😀', 'Zürich', 'said', 'he said', 'according to', 'date 2020-12-23 x\n\n', '{', '}', '__proto__', '-', '—'];

function randomText() {
  switch (int(7)) {
    case 0: // random code units, lone surrogates included
      return Array.from({ length: int(400) }, () => String.fromCharCode(int(0x10000))).join('');
    case 1: // article words and hostile pieces shuffled
      return Array.from({ length: int(300) }, () => (random() < 0.6 ? pick(seedWords) : pick(PIECES))).join('');
    case 2: {
      // deep nesting
      const depth = 1 + int(2000);
      return '"('.repeat(depth) + 'Wang said so' + ')"'.repeat(int(depth + 1));
    }
    case 3: // one long line without a stop
      return 'China and Russia said the U.S. '.repeat(1 + int(3000));
    case 4: // runs of one character
      return pick(['.', ' ', 'A', '"', '\n', '-', "'", 'I.']).repeat(1 + int(50_000));
    case 5:
      return '';
    default:
      return seedText.slice(int(seedText.length), int(seedText.length) + int(seedText.length));
  }
}

function randomJsonLines() {
  const lines = [];
  for (let i = 0; i < 1 + int(8); i++) {
    switch (int(8)) {
      case 0:
        lines.push(JSON.stringify({ id: `d${i}`, date: pick(['2021-01-02', '2021', 'unknown', 20210102, null, {}]), text: randomText() }));
        break;
      case 1:
        lines.push(`{"__proto__": {"text": "polluted"}, "id": "p${i}", "text": ${JSON.stringify(randomText())}}`);
        break;
      case 2:
        lines.push(JSON.stringify({ id: { nested: true }, text: pick([42, null, ['a'], { t: 1 }, true]) }));
        break;
      case 3:
        lines.push(JSON.stringify({ id: `m${i}`, title: 'no text' }));
        break;
      case 4:
        lines.push(randomText().replace(/\n/g, ' ').slice(0, 500));
        break;
      case 5:
        lines.push(JSON.stringify([1, 2, 3]));
        break;
      case 6:
        lines.push(JSON.stringify({ id: i, text: randomText(), constructor: 'x', toString: 'y' }));
        break;
      default:
        lines.push('');
    }
  }
  return lines.join(pick(['\n', '\r\n']));
}

function randomFile(dir, n) {
  const kind = int(10);
  if (kind < 5) writeFileSync(join(dir, `f${n}.txt`), randomText());
  else if (kind < 7) writeFileSync(join(dir, `f${n}.jsonl`), randomJsonLines());
  else if (kind === 7) writeFileSync(join(dir, `f${n}.jsonl.gz`), gzipSync(randomJsonLines()));
  else if (kind === 8) {
    // corrupt gzip: a valid header, then garbage
    const good = gzipSync(randomText());
    writeFileSync(join(dir, `f${n}.txt.gz`), Buffer.concat([good.subarray(0, 12), Buffer.from(Array.from({ length: int(200) }, () => int(256)))]));
  } else writeFileSync(join(dir, `f${n}.txt`), Buffer.from(Array.from({ length: int(2000) }, () => int(256))));
}

const COMMANDS = [
  ['entities'],
  ['entities', '--mentions', '--format', 'ndjson'],
  ['quotes', '--format', 'csv'],
  ['speakers', '--format', 'json'],
  ['freq', '--ngram', '2'],
  ['tokens', '--stem', '--no-stopwords'],
  ['sentences', '--format', 'table'],
  ['keywords', '--no-phrases'],
  ['kwic', 'said'],
  ['collocates', 'China'],
  ['cooccur'],
  ['summary', '--format', 'ndjson'],
];

/** What a user must never see: a stack trace, an unknown exit code, a message that is not one `statements:` line. */
function problems(result) {
  const found = [];
  if (![0, 1, 2].includes(result.status)) found.push(`exit code ${result.status}${result.signal ? ` (signal ${result.signal})` : ''}`);
  for (const line of result.stderr.split('\n').filter(Boolean)) {
    if (/^\s+at /.test(line) || /\.(js|ts):\d+:\d+/.test(line)) found.push(`stack trace: ${line.slice(0, 160)}`);
    else if (!line.startsWith('statements: ')) found.push(`stray stderr: ${line.slice(0, 160)}`);
  }
  return found;
}

const work = mkdtempSync(join(tmpdir(), 'statements-fuzz-'));
let failures = 0;
let runs = 0;
try {
  for (let done = 0; done < count; done += BATCH) {
    const dir = join(work, `batch-${done}`);
    mkdirSync(dir);
    const size = Math.min(BATCH, count - done);
    for (let i = 0; i < size; i++) randomFile(dir, done + i);
    const command = COMMANDS[(done / BATCH) % COMMANDS.length];
    const started = Date.now();
    const result = spawnSync(process.execPath, [bin, ...command, '--ext', 'txt,jsonl,gz', '--jobs', '1', dir], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      timeout: 600_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    runs += 1;
    const found = problems(result);
    const seconds = (Date.now() - started) / 1000;
    if (verbose) console.error(`${seconds.toFixed(1)} s  statements ${command.join(' ')}  (${size} inputs)`);
    // A few hundred small inputs in more than a minute means something is quadratic: a hang to a user.
    if (seconds > SLOW_SECONDS) found.push(`took ${seconds.toFixed(0)} s for ${size} inputs`);
    if (found.length > 0) {
      failures += 1;
      console.error(`seed ${seed}, batch at ${done}, 'statements ${command.join(' ')}' ${dir}:\n  ${found.slice(0, 5).join('\n  ')}`);
    }
    // Also one input through stdin, as text and as JSON lines.
    const stdinInput = random() < 0.5 ? randomText() : randomJsonLines();
    const stdinCommand = random() < 0.5 ? 'entities' : 'quotes';
    if (keep) writeFileSync(join(dir, 'stdin.input'), stdinInput);
    const stdinStarted = Date.now();
    const stdinResult = spawnSync(process.execPath, [bin, stdinCommand, '-'], {
      input: stdinInput,
      maxBuffer: 1 << 28,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    runs += 1;
    const stdinFound = problems(stdinResult);
    const stdinSeconds = (Date.now() - stdinStarted) / 1000;
    if (verbose) console.error(`${stdinSeconds.toFixed(1)} s  statements ${stdinCommand} - (one input)`);
    if (stdinSeconds > SLOW_SECONDS) stdinFound.push(`took ${stdinSeconds.toFixed(0)} s for one input`);
    if (stdinFound.length > 0) {
      failures += 1;
      console.error(`seed ${seed}, batch at ${done}, 'statements ${stdinCommand} -' < ${join(dir, 'stdin.input')}:\n  ${stdinFound.slice(0, 5).join('\n  ')}`);
    }
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
console.log(`fuzz: ${count} generated inputs, ${runs} CLI runs, ${failures} with problems (seed ${seed})`);
process.exitCode = failures > 0 ? 1 : 0;
