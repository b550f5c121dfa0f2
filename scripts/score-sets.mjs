#!/usr/bin/env node
// Scores the tool on every hand-annotated gold set: the dev set in
// ../shared/eval/dev/ and each tests/fixtures/*/ with a gold.jsonl that git
// tracks (a set a helper is still writing is left out), with
// ../shared/eval/score.mjs. One summary line per set: mention F1, document
// F1, cue F1, speaker accuracy, content F1.
//
//   node scripts/score-sets.mjs [--out DIR] [--only SET,SET] [--skip SET,SET]
//   node scripts/score-sets.mjs --errors SET [--out DIR]
//
// --out keeps each set's records and scorer output (DIR/SET-m.ndjson,
// DIR/SET-q.ndjson, DIR/SET.txt) for a later --errors, which prints that
// set's differences from its gold: missed and extra mentions (strict span
// and type), canonical names that differ, and statements whose cue was
// missed or extra, or whose speakers or content differ. Reading a set's
// errors spends it as an unseen set: say so in its README.
// Run `npx tsc -p tsconfig.json` first.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = join(ROOT, '..', 'shared');
const SCORER = join(SHARED, 'eval', 'score.mjs');
const CLI = join(ROOT, 'bin', 'statements.js');

function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const out = option('--out') ?? join(ROOT, '.scores');
const errorsOf = option('--errors');
const only = option('--only')?.split(',');
const skip = new Set(option('--skip')?.split(',') ?? []);

function setDir(name) {
  return name === 'dev' ? join(SHARED, 'eval', 'dev') : join(ROOT, 'tests', 'fixtures', name);
}

function trackedGold(dir) {
  try {
    execFileSync('git', ['ls-files', '--error-unmatch', join(dir, 'gold.jsonl')], { cwd: ROOT, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** dev, then the fixture sets in their natural order (blind2 before blind10). */
function allSets() {
  const fixtures = readdirSync(join(ROOT, 'tests', 'fixtures'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'tests', 'fixtures', d.name, 'gold.jsonl')) && trackedGold(join(ROOT, 'tests', 'fixtures', d.name)))
    .map((d) => d.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return ['dev', ...fixtures];
}

function readLines(path) {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

/** The figures of a scorer's table output. */
function summary(text) {
  const num = (re) => re.exec(text)?.[1] ?? '';
  return [
    num(/strict F1\s+([\d.]+)/),
    num(/document entities \(type, canonical\) F1\s+([\d.]+)/),
    num(/cue F1\s+([\d.]+)/),
    num(/speaker acc\s+([\d.]+)/),
    num(/content token F1\s+([\d.]+)/),
  ];
}

function score(name) {
  const dir = setDir(name);
  const docs = join(dir, 'docs');
  const m = join(out, `${name}-m.ndjson`);
  const q = join(out, `${name}-q.ndjson`);
  writeFileSync(m, execFileSync(process.execPath, [CLI, 'entities', '--mentions', '--format', 'ndjson', docs], { maxBuffer: 1 << 28 }));
  writeFileSync(q, execFileSync(process.execPath, [CLI, 'quotes', '--format', 'ndjson', docs], { maxBuffer: 1 << 28 }));
  const text = execFileSync(process.execPath, [SCORER, '--gold', join(dir, 'gold.jsonl'), '--mentions', m, '--statements', q]).toString();
  writeFileSync(join(out, `${name}.txt`), text);
  return summary(text);
}

function printErrors(name) {
  const gold = readLines(join(setDir(name), 'gold.jsonl'));
  const mentions = readLines(join(out, `${name}-m.ndjson`));
  const statements = readLines(join(out, `${name}-q.ndjson`));
  if (mentions.length === 0 && statements.length === 0) throw new Error(`no records for ${name} in ${out}: score it first`);
  const types = new Set(['person', 'country', 'place', 'org', 'treaty', 'date']);
  const show = (s) => JSON.stringify(s);
  for (const g of gold) {
    const lines = [];
    const key = (x) => `${x.start}:${x.end}:${x.type}`;
    const predicted = mentions.filter((x) => basename(x.doc) === g.doc && types.has(x.type));
    const goldByKey = new Map(g.mentions.map((x) => [key(x), x]));
    const predByKey = new Map(predicted.map((x) => [key(x), x]));
    for (const [k, x] of goldByKey) {
      const p = predByKey.get(k);
      if (!p) {
        const over = predicted.find((y) => y.start < x.end && x.start < y.end);
        lines.push(`  missed ${x.type} ${show(x.text)} @${x.start}${over ? `  (found ${over.type} ${show(over.text)})` : ''}`);
      } else if (p.entity !== x.entity) lines.push(`  name   ${x.type} ${show(x.text)} gold ${show(x.entity)} found ${show(p.entity)}`);
    }
    for (const [k, x] of predByKey) {
      if (goldByKey.has(k)) continue;
      const over = g.mentions.find((y) => y.start < x.end && x.start < y.end);
      if (over && over.start === x.start && over.end === x.end) continue;
      lines.push(`  extra  ${x.type} ${show(x.text)} @${x.start}${over ? `  (gold ${over.type} ${show(over.text)})` : ''}`);
    }
    const found = statements.filter((x) => basename(x.doc) === g.doc);
    const used = new Set();
    for (const s of g.statements ?? []) {
      const i = found.findIndex((x, j) => !used.has(j) && x.cueStart < s.cueEnd && s.cueStart < x.cueEnd);
      if (i < 0) {
        lines.push(`  missed cue ${show(s.cue)} @${s.cueStart} speakers ${show(s.speakers)} content ${show(s.content.slice(0, 80))}`);
        continue;
      }
      used.add(i);
      const x = found[i];
      const gs = [...s.speakers].sort().join('; ');
      const ps = [...x.speakers].sort().join('; ');
      if (gs !== ps) lines.push(`  speaker ${show(s.cue)} @${s.cueStart} gold [${gs}] found [${ps}] (${show(x.speaker)})`);
      if (s.contentStart !== x.contentStart || s.contentEnd !== x.contentEnd) {
        lines.push(`  content ${show(s.cue)} @${s.cueStart}\n    gold  ${show(s.content.slice(0, 160))}\n    found ${show(x.content.slice(0, 160))}`);
      }
    }
    found.forEach((x, j) => { if (!used.has(j)) lines.push(`  extra cue ${show(x.cue)} @${x.cueStart} speaker ${show(x.speaker)} content ${show(x.content.slice(0, 80))}`); });
    if (lines.length) console.log(`== ${g.doc}\n${lines.join('\n')}`);
  }
}

try {
  mkdirSync(out, { recursive: true });
  if (errorsOf) printErrors(errorsOf);
  else {
    const sets = (only ?? allSets()).filter((s) => !skip.has(s));
    console.log(['set', 'mention', 'doc', 'cue', 'speaker', 'content'].map((c, i) => (i ? c.padStart(8) : c.padEnd(10))).join(''));
    for (const name of sets) {
      const figures = score(name);
      console.log(name.padEnd(10) + figures.map((f) => f.padStart(8)).join(''));
    }
  }
} catch (error) {
  console.error(`score-sets: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
