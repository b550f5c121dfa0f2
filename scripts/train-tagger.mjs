#!/usr/bin/env node
// Trains the averaged-perceptron entity tagger on the Groningen Meaning Bank
// (VOA news) and writes src/core/entities/tagger/model.json.
//
//   node scripts/train-tagger.mjs [--split doc|random|none] [--epochs 6] [--upper 0.1]
//                                 [--gmb PATH] [--out PATH] [--no-write] [--viterbi]
//
// --split doc     hold out every tenth block of 200 consecutive sentences (GMB
//                 keeps a document's sentences together, so this approximates a
//                 held-out set of unseen documents) and report span P/R/F1;
// --split random  hold out every tenth sentence (by a fixed hash);
// --split none    train on everything (what ships).
// The case-ratio table is counted once from ../shared/corpus (White House and
// UN texts, unlabelled) and cached in the OS temp folder.

import { createReadStream, existsSync, readFileSync, writeFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const flag = (name) => args.includes(`--${name}`);
const SPLIT = opt('split', 'none');
const EPOCHS = Number(opt('epochs', '6'));
const UPPER = Number(opt('upper', '0.1'));
const GMB = resolve(root, opt('gmb', '../shared/ner/gmb-voa-news.conll.gz'));
const CORPORA = [
  resolve(root, '../shared/corpus/whitehouse-2021-2025.jsonl.gz'),
  resolve(root, '../shared/corpus/un-general-debate-2000-2024.jsonl.gz'),
];
const OUT = resolve(root, opt('out', 'src/core/entities/tagger/model.json'));
const WRITE = !flag('no-write');
const MIN_WEIGHT = Number(opt('prune', '1'));
const MISC_EXTRA = flag('misc-events'); // art/eve as MISC instead of O

// ---------- load the shared feature code (the very file the runtime uses) ----------
const featSrc = readFileSync(join(root, 'src/core/entities/tagger/features.ts'), 'utf8');
const js = ts.transpileModule(featSrc, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const tmp = join(tmpdir(), `tagger-features-${process.pid}.mjs`);
writeFileSync(tmp, js);
const F = await import(pathToFileURL(tmp).href);
unlinkSync(tmp);
const { LABELS, LABEL_COUNT: L, START_TAG, MAX_STATIC, MAX_DYNAMIC } = F;
const LABEL_ID = new Map(LABELS.map((l, i) => [l, i]));

// ---------- GMB reading and tag mapping ----------
function log(...m) {
  process.stderr.write(m.join(' ') + '\n');
}

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

function spansOfRaw(raw) {
  const spans = [];
  let cur = null;
  raw.forEach((t, i) => {
    if (t === 'O') {
      cur = null;
      return;
    }
    const [bio, type] = t.split('-');
    if (bio === 'B' || !cur || cur.type !== type) {
      cur = { type, start: i, end: i + 1 };
      spans.push(cur);
    } else cur.end = i + 1;
  });
  return spans;
}

// CoNLL leaves titles out of person names; GMB puts them in ("President Bush").
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

function mapSentence(sent, gpeGeo) {
  const n = sent.words.length;
  const tags = new Array(n).fill('O');
  for (const sp of spansOfRaw(sent.raw)) {
    let { start } = sp;
    const { end, type } = sp;
    let label = null;
    if (type === 'per') {
      while (start < end - 1 && (TITLES.has(sent.words[start].toLowerCase()) || /^[a-z]/.test(sent.words[start]))) start++;
      label = 'PER';
    } else if (type === 'geo') label = 'LOC';
    else if (type === 'org') label = 'ORG';
    else if (type === 'gpe') {
      const text = sent.words.slice(start, end).join(' ');
      label = gpeGeo.has(text) ? 'LOC' : 'MISC';
    } else if ((type === 'art' || type === 'eve') && MISC_EXTRA) label = 'MISC';
    if (!label) continue;
    for (let i = start; i < end; i++) tags[i] = (i === start ? 'B-' : 'I-') + label;
  }
  return tags.map((t) => LABEL_ID.get(t));
}

// ---------- case-ratio table from unlabelled text ----------
async function caseTable() {
  const cache = join(tmpdir(), 'tagger-case-table-v1.json');
  let counts;
  if (existsSync(cache)) counts = JSON.parse(readFileSync(cache, 'utf8'));
  else {
    const t0 = Date.now();
    const cap = new Map();
    const low = new Map();
    for (const path of CORPORA) {
      if (!existsSync(path)) continue;
      const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
      for await (const line of rl) {
        let text;
        try {
          text = JSON.parse(line).text;
        } catch {
          continue;
        }
        if (typeof text !== 'string') continue;
        let start = true;
        for (const m of text.matchAll(/[\p{L}][\p{L}\p{M}'’.-]*|[.!?]|\n/gu)) {
          const tok = m[0];
          if (tok === '.' || tok === '!' || tok === '?' || tok === '\n') {
            start = true;
            continue;
          }
          const w = tok.replace(/[.'’-]+$/u, '');
          if (!w) continue;
          const first = w[0];
          const isUpper = first !== first.toLowerCase();
          const allUpper = w === w.toUpperCase() && w.length > 1;
          if (!start && !allUpper) {
            const key = w.toLowerCase();
            const map = isUpper ? cap : low;
            map.set(key, (map.get(key) ?? 0) + 1);
          }
          start = tok.endsWith('.') && !/^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|No|Jr|Sr|Gov|Amb|Prof|Rev)\.$/u.test(tok);
        }
      }
    }
    counts = {};
    for (const [k, v] of cap) counts[k] = [v, low.get(k) ?? 0];
    for (const [k, v] of low) if (!cap.has(k)) counts[k] = [0, v];
    writeFileSync(cache, JSON.stringify(counts));
    log(`case table counted in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  }
  const table = new Map();
  for (const [w, [c, l]] of Object.entries(counts)) {
    const total = c + l;
    if (total < 3) continue;
    const r = c / total;
    const bucket = r < 0.02 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.97 ? 4 : 5;
    table.set(F.hashLower(w) | 0, bucket);
  }
  return table;
}

// ---------- perceptron ----------
class Weights {
  constructor() {
    this.index = new Map();
    this.cap = 1 << 20;
    this.w = new Float32Array(this.cap * L);
    this.u = new Float64Array(this.cap * L);
    this.rows = 0;
    this.c = 1;
  }
  row(key, create) {
    let r = this.index.get(key);
    if (r === undefined) {
      if (!create) return -1;
      r = this.rows++;
      if (r >= this.cap) {
        this.cap *= 2;
        const w = new Float32Array(this.cap * L);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.cap * L);
        u.set(this.u);
        this.u = u;
      }
      this.index.set(key, r);
    }
    return r;
  }
  update(keys, count, label, d) {
    for (let k = 0; k < count; k++) {
      const r = this.row(keys[k], true) * L + label;
      this.w[r] += d;
      this.u[r] += this.c * d;
    }
  }
  averaged() {
    const avg = new Float32Array(this.rows * L);
    for (let i = 0; i < this.rows * L; i++) avg[i] = this.w[i] - this.u[i] / this.c;
    return avg;
  }
}

/** Greedy left-to-right decoding; if gold given, updates weights on mistakes. */
function decode(sentWords, gold, table, scoreRow, W) {
  const n = sentWords.length;
  const t = F.prepareTokens(sentWords, table);
  const keys = new Int32Array(MAX_STATIC + MAX_DYNAMIC);
  const scores = new Float64Array(L);
  const out = new Array(n);
  let prev = START_TAG;
  let prev2 = START_TAG;
  for (let i = 0; i < n; i++) {
    const ns = F.staticFeatures(t, i, n, keys);
    const nd = F.dynamicFeatures(t, i, prev, prev2, keys, ns);
    const nf = ns + nd;
    scores.fill(0);
    for (let k = 0; k < nf; k++) {
      const r = scoreRow(keys[k]);
      if (r < 0) continue;
      const base = r * L;
      for (let l = 0; l < L; l++) scores[l] += W[base + l];
    }
    let best = -1;
    let bestScore = -Infinity;
    for (let l = 0; l < L; l++) {
      if (!F.isAllowed(prev, l)) continue;
      if (scores[l] > bestScore) {
        bestScore = scores[l];
        best = l;
      }
    }
    if (gold) {
      const g = gold[i];
      if (g !== best) {
        trainer.update(keys, nf, g, 1);
        trainer.update(keys, nf, best, -1);
      }
      trainer.c++;
      // Follow the prediction (not the gold): the runtime sees its own mistakes.
    }
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
  return out;
}

// ---------- evaluation ----------
function spans(labels) {
  const res = [];
  let cur = null;
  labels.forEach((l, i) => {
    const s = LABELS[l];
    if (s === 'O') {
      cur = null;
      return;
    }
    const [bio, type] = s.split('-');
    if (bio === 'B' || !cur || cur.type !== type) {
      cur = { type, start: i, end: i + 1 };
      res.push(cur);
    } else cur.end = i + 1;
  });
  return res.map((s) => `${s.type}:${s.start}:${s.end}`);
}

function evaluate(sents, table, W, scoreRow, transform = (w) => w) {
  const stats = {};
  const add = (type, k) => {
    stats[type] ??= { tp: 0, fp: 0, fn: 0 };
    stats[type][k]++;
  };
  for (const s of sents) {
    const pred = decode(transform(s.words), null, table, scoreRow, W);
    const g = new Set(spans(s.tags));
    const p = new Set(spans(pred));
    for (const x of p) {
      const type = x.split(':')[0];
      add(type, g.has(x) ? 'tp' : 'fp');
      if (type !== 'MISC') add('ALL', g.has(x) ? 'tp' : 'fp');
    }
    for (const x of g) {
      if (p.has(x)) continue;
      const type = x.split(':')[0];
      add(type, 'fn');
      if (type !== 'MISC') add('ALL', 'fn');
    }
  }
  const res = {};
  for (const [type, { tp, fp, fn }] of Object.entries(stats)) {
    const P = tp / (tp + fp || 1);
    const R = tp / (tp + fn || 1);
    res[type] = { P: +P.toFixed(4), R: +R.toFixed(4), F1: +((2 * P * R) / (P + R || 1)).toFixed(4), n: tp + fn };
  }
  return res;
}

function fmt(res) {
  return ['PER', 'LOC', 'ORG', 'MISC', 'ALL']
    .filter((t) => res[t])
    .map((t) => `${t} P=${res[t].P.toFixed(3)} R=${res[t].R.toFixed(3)} F1=${res[t].F1.toFixed(3)} (n=${res[t].n})`)
    .join('\n  ');
}

// ---------- main ----------
let seed = 12345;
function rand() {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
}

const t0 = Date.now();
const raw = await readGmb(GMB);
const table = await caseTable();
log(`read ${raw.length} sentences, case table ${table.size} words (${((Date.now() - t0) / 1000).toFixed(1)}s)`);

// A gpe span is a place (LOC) when the same text is also tagged geo elsewhere
// (Sudan, U.S.); otherwise it is a demonym (Iraqi, British): MISC, as in CoNLL.
const geoCount = new Map();
for (const s of raw)
  for (const sp of spansOfRaw(s.raw))
    if (sp.type === 'geo') {
      const text = s.words.slice(sp.start, sp.end).join(' ');
      geoCount.set(text, (geoCount.get(text) ?? 0) + 1);
    }
const gpeGeo = new Set([...geoCount].filter(([, c]) => c >= 2).map(([t]) => t));
const sents = raw.map((s) => ({ words: s.words, tags: mapSentence(s, gpeGeo) }));

const heldOut = (i) => {
  if (SPLIT === 'doc') return Math.floor(i / 200) % 10 === 9;
  if (SPLIT === 'random') return (Math.imul(i + 1, 0x9e3779b1) >>> 0) % 10 === 0;
  return false;
};
const train = sents.filter((_, i) => !heldOut(i));
const test = sents.filter((_, i) => heldOut(i));
log(`train ${train.length}, held out ${test.length}`);

const trainer = new Weights();
const liveRow = (key) => trainer.row(key, false);
const upper = (words) => words.map((w) => w.toUpperCase());
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  const te = Date.now();
  const order = train.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let wrong = 0;
  let total = 0;
  for (const idx of order) {
    const s = train[idx];
    const words = rand() < UPPER ? upper(s.words) : s.words;
    const pred = decode(words, s.tags, table, liveRow, trainer.w);
    for (let i = 0; i < pred.length; i++) if (pred[i] !== s.tags[i]) wrong++;
    total += pred.length;
  }
  log(`epoch ${epoch}: token error ${((100 * wrong) / total).toFixed(2)}%, ${trainer.rows} features, ${((Date.now() - te) / 1000).toFixed(1)}s`);
}

const avg = trainer.averaged();
if (test.length) {
  log(`held-out (${SPLIT}):\n  ${fmt(evaluate(test, table, avg, liveRow))}`);
  log(`held-out upper-cased:\n  ${fmt(evaluate(test, table, avg, liveRow, upper))}`);
  for (const cut of (opt('try-prune', '') || '').split(',').filter(Boolean).map(Number)) {
    const q = new Float32Array(avg.length);
    let nz = 0;
    for (let i = 0; i < avg.length; i++) {
      if (Math.abs(avg[i]) >= cut) {
        q[i] = Math.round(avg[i] * 100) / 100;
        nz++;
      }
    }
    log(`pruned at ${cut} (${nz} weights):\n  ${fmt(evaluate(test, table, q, liveRow))}`);
  }
}

// ---------- prune, quantise, write ----------
if (WRITE) {
  // A perceptron's decisions do not change when all weights are scaled, so the
  // largest weight maps to the int16 maximum.
  let maxAbs = 0;
  for (let i = 0; i < avg.length; i++) maxAbs = Math.max(maxAbs, Math.abs(avg[i]));
  const SCALE = 32767 / maxAbs;
  log(`max |w| ${maxAbs.toFixed(2)}, quantum ${(1 / SCALE).toFixed(4)}`);
  const keys = [];
  const masks = [];
  const ws = [];
  let kept = 0;
  for (const [key, r] of trainer.index) {
    let mask = 0;
    const row = [];
    for (let l = 0; l < L; l++) {
      const v = avg[r * L + l];
      if (Math.abs(v) < MIN_WEIGHT) continue;
      const q = Math.round(v * SCALE);
      if (q === 0) continue;
      mask |= 1 << l;
      row.push(q);
    }
    if (!mask) continue;
    keys.push(key);
    masks.push(mask);
    ws.push(...row);
    kept += row.length;
  }
  const b64 = (ta) => Buffer.from(ta.buffer, ta.byteOffset, ta.byteLength).toString('base64');
  const caseKeys = new Int32Array([...table.keys()]);
  const caseVals = new Uint8Array([...table.values()]);
  const model = {
    about: 'Averaged-perceptron entity tagger trained by scripts/train-tagger.mjs on the Groningen Meaning Bank (VOA news, public domain). Weights are int16; weight = value / scale, little-endian, base64.',
    version: F.FEATURE_VERSION,
    labels: LABELS,
    scale: SCALE,
    features: keys.length,
    keys: b64(new Int32Array(keys)),
    masks: b64(new Uint16Array(masks)),
    weights: b64(new Int16Array(ws)),
    caseKeys: b64(caseKeys),
    caseBuckets: b64(caseVals),
  };
  mkdirSync(dirname(OUT), { recursive: true });
  const text = JSON.stringify(model);
  writeFileSync(OUT, text + '\n');
  log(`wrote ${OUT}: ${keys.length} features, ${kept} weights, ${(text.length / 1e6).toFixed(2)} MB`);
  if (test.length) {
    // The shipped weights, pruned and quantised, as the runtime will see them.
    const q = new Float32Array(avg.length);
    for (const [, r] of trainer.index)
      for (let l = 0; l < L; l++) {
        const v = avg[r * L + l];
        if (Math.abs(v) >= MIN_WEIGHT) q[r * L + l] = Math.round(v * SCALE) / SCALE;
      }
    log(`held-out (${SPLIT}), shipped weights:\n  ${fmt(evaluate(test, table, q, liveRow))}`);
    log(`held-out upper-cased, shipped weights:\n  ${fmt(evaluate(test, table, q, liveRow, upper))}`);
  }
}
log(`total ${((Date.now() - t0) / 1000).toFixed(1)}s`);
