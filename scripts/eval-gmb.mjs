#!/usr/bin/env node
// Held-out evaluation of the whole entity pipeline on the Groningen Meaning
// Bank (VOA news), CoNLL style (PER, LOC, ORG; MISC kept in the gold but not
// in the headline).
//
//   node scripts/eval-gmb.mjs [--model PATH] [--epochs N] [--dir DIR] [--only with|without]
//
// 1. Trains a temporary tagger with `scripts/train-tagger.mjs --split doc`
//    (every tenth block of 200 sentences held out) into DIR, unless --model
//    names one already trained that way. The shipped model is not touched.
// 2. Writes the held-out sentences as documents (tokens joined by spaces, one
//    sentence a paragraph, 25 sentences a document) and their gold in the
//    scorer's conll form: per -> PER (titles left out, as in CoNLL and SPEC),
//    geo -> LOC, org -> ORG, gpe -> LOC when the same text is tagged geo
//    elsewhere, else MISC (demonyms), art/eve/nat -> MISC, tim dropped.
// 3. Runs `bin/statements.js entities --mentions --format ndjson` on them with
//    the temporary model swapped in by a module-resolution hook (core keeps
//    importing its own model.json; only this process sees another), once with
//    the tagger layer and once with the tagger replaced by a stub that finds
//    nothing, and scores both with ../shared/eval/score.mjs --map conll.
// Run `npx tsc -p tsconfig.json` first.

import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const DIR = resolve(opt('dir', mkdtempSync(join(tmpdir(), 'eval-gmb-'))));
const GMB = resolve(root, '../shared/ner/gmb-voa-news.conll.gz');
const SCORER = resolve(root, '../shared/eval/score.mjs');
const PER_DOC = 25;
const log = (...m) => process.stderr.write(m.join(' ') + '\n');
mkdirSync(DIR, { recursive: true });

// ---------- 1. a model trained without the held-out blocks ----------
let model = opt('model', '');
if (!model) {
  model = join(DIR, 'model.json');
  log(`training a held-out model into ${model} …`);
  const r = spawnSync(process.execPath, [join(root, 'scripts/train-tagger.mjs'), '--split', 'doc', '--out', model, '--epochs', opt('epochs', '6')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
model = resolve(model);
if (!existsSync(model)) throw new Error(`no model at ${model}`);

// ---------- 2. held-out documents and gold ----------
async function readGmb(path) {
  const sents = [];
  let words = [];
  let tags = [];
  const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (words.length) sents.push({ words, raw: tags });
      words = [];
      tags = [];
      continue;
    }
    const [w, , t] = line.split('\t');
    words.push(w);
    tags.push(t ?? 'O');
  }
  if (words.length) sents.push({ words, raw: tags });
  return sents;
}

function spansOf(raw) {
  const spans = [];
  let cur = null;
  raw.forEach((t, i) => {
    if (t === 'O') return void (cur = null);
    const [bio, type] = t.split('-');
    if (bio === 'B' || !cur || cur.type !== type) spans.push((cur = { type, start: i, end: i + 1 }));
    else cur.end = i + 1;
  });
  return spans;
}

// The same title list train-tagger.mjs strips from GMB person spans.
const TITLES = new Set(
  `mr mr. mrs mrs. ms ms. dr dr. president prime minister secretary general gen. senator sen. king queen pope
  chancellor vice foreign defense defence interior finance premier ambassador envoy governor gov. rep. representative
  lieutenant lt. colonel col. major maj. captain capt. sergeant sgt. admiral adm. commander chief justice judge sheikh
  ayatollah grand cardinal archbishop bishop rev. reverend prince princess crown emperor sultan emir former deputy
  state leader chairman spokesman spokeswoman president-elect opposition rebel army brigadier field marshal mayor
  speaker lord lady sir saint st. imam cleric mullah senior acting supreme u.s. house majority minority first
  attorney special agent detective officer private corporal pfc. sgt staff coach director economy trade labor
  justice health education agriculture energy commerce treasury homeland security national top new
  elect designate caretaker interim incoming outgoing late dictator counterpart`.split(/\s+/),
);

const sents = await readGmb(GMB);
const geoCount = new Map();
for (const s of sents) for (const sp of spansOf(s.raw)) if (sp.type === 'geo') {
  const t = s.words.slice(sp.start, sp.end).join(' ');
  geoCount.set(t, (geoCount.get(t) ?? 0) + 1);
}
const held = sents.filter((_, i) => Math.floor(i / 200) % 10 === 9); // train-tagger.mjs --split doc
const docsDir = join(DIR, 'docs');
mkdirSync(docsDir, { recursive: true });
const gold = [];
for (let d = 0; d * PER_DOC < held.length; d++) {
  const name = `gmb-${String(d).padStart(4, '0')}.txt`;
  let text = '';
  const mentions = [];
  for (const s of held.slice(d * PER_DOC, (d + 1) * PER_DOC)) {
    if (text) text += '\n\n';
    const offs = [];
    s.words.forEach((w, i) => {
      if (i) text += ' ';
      offs.push(text.length);
      text += w;
    });
    for (const sp of spansOf(s.raw)) {
      let { start } = sp;
      const { end, type } = sp;
      let t = null;
      if (type === 'per') {
        while (start < end - 1 && (TITLES.has(s.words[start].toLowerCase()) || /^[a-z]/.test(s.words[start]))) start++;
        t = 'PER';
      } else if (type === 'geo') t = 'LOC';
      else if (type === 'org') t = 'ORG';
      else if (type === 'gpe') t = (geoCount.get(s.words.slice(start, end).join(' ')) ?? 0) >= 2 ? 'LOC' : 'MISC';
      else if (type === 'art' || type === 'eve' || type === 'nat') t = 'MISC';
      if (!t) continue;
      const a = offs[start];
      const b = offs[end - 1] + s.words[end - 1].length;
      mentions.push({ start: a, end: b, text: text.slice(a, b), type: t, entity: text.slice(a, b), id: null, form: 'name' });
    }
  }
  text += '\n';
  writeFileSync(join(docsDir, name), text);
  gold.push({ doc: name, mentions, statements: [] });
}
const goldPath = join(DIR, 'gold.jsonl');
writeFileSync(goldPath, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
log(`${held.length} held-out sentences in ${gold.length} documents, ${gold.reduce((n, g) => n + g.mentions.length, 0)} gold names (${DIR})`);

// ---------- 3. run and score, with and without the tagger layer ----------
const hooks = join(DIR, 'hooks.mjs');
writeFileSync(
  hooks,
  `// Resolution hook for this evaluation only: the tagger's model.json is the held-out model;
// with STATEMENTS_EVAL_NO_TAGGER=1 the tagger module is a stub that finds nothing.
const MODEL = ${JSON.stringify(pathToFileURL(model).href)};
const STUB = 'data:text/javascript,' + encodeURIComponent('export function tagSpans(){return []} export function tagTokens(w){return w.map(()=>"O")} export const LABELS=["O"];');
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (r.url.endsWith('/entities/tagger/model.json')) return { ...r, url: MODEL };
  if (process.env.STATEMENTS_EVAL_NO_TAGGER === '1' && r.url.endsWith('/entities/tagger/index.js')) return { url: STUB, format: 'module', shortCircuit: true };
  return r;
}
`,
);
const register = join(DIR, 'register.mjs');
writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

const only = opt('only', '');
for (const variant of ['with', 'without']) {
  if (only && only !== variant) continue;
  const pred = join(DIR, `pred-${variant}.ndjson`);
  const t0 = Date.now();
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, join(root, 'bin/statements.js'), 'entities', '--mentions', '--format', 'ndjson', docsDir], {
    env: { ...process.env, STATEMENTS_EVAL_NO_TAGGER: variant === 'without' ? '1' : '0', NO_COLOR: '1' },
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60 * 1000,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    log(run.stderr);
    process.exit(1);
  }
  writeFileSync(pred, run.stdout);
  const score = spawnSync(process.execPath, [SCORER, '--gold', goldPath, '--mentions', pred, '--map', 'conll'], { encoding: 'utf8' });
  process.stdout.write(`\n== ${variant} the tagger layer (${((Date.now() - t0) / 1000).toFixed(1)}s)\n${score.stdout}`);
  if (score.status !== 0) process.stderr.write(score.stderr);
}
