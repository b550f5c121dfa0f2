// A compact learned named-entity tagger: averaged perceptron, greedy left to
// right, over hashed word features (no POS tags). It finds names that no list
// has seen; gazetteers and patterns elsewhere in src/core/entities/ add what
// lists know. Trained by scripts/train-tagger.mjs on the Groningen Meaning Bank.

import model from './model.json' with { type: 'json' };
import { detach } from '../../strings.js';
import {
  FEATURE_VERSION,
  LABELS,
  LABEL_COUNT,
  MAX_DYNAMIC,
  MAX_STATIC,
  START_TAG,
  contextFeatures,
  dynamicFeatures,
  isAllowed,
  prepareTokens,
  wordFeatures,
  type CaseTable,
  type TagLabel,
} from './features.js';

export { LABELS, type TagLabel } from './features.js';

/** Entity types the tagger emits. MISC is mostly nationality adjectives (British, Iraqi). */
export type TaggerEntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** A tagged name: token indices [start, end) into the words given. */
export interface TaggedSpan {
  type: TaggerEntityType;
  start: number;
  end: number;
}

// One open-addressing table, a slot of STRIDE 32-bit words: the feature key,
// then its LABEL_COUNT weights. Keeping key and weights together costs one
// cache miss per feature instead of three.
const STRIDE = LABEL_COUNT + 1;

interface Compiled {
  mask: number;
  keys: Int32Array; // view of the table: key at slot * STRIDE, 0 = empty
  weights: Float32Array; // view of the same table: weights at slot * STRIDE + 1 + label
  caseTable: CaseTable;
}

let compiled: Compiled | undefined;

function bytes(b64: string): ArrayBuffer {
  const src = Buffer.from(b64, 'base64');
  const ab = new ArrayBuffer(src.length);
  new Uint8Array(ab).set(src);
  return ab;
}

function load(): Compiled {
  if (compiled) return compiled;
  if (model.version !== FEATURE_VERSION) {
    throw new Error(`tagger model has feature version ${model.version}, code expects ${FEATURE_VERSION}: retrain with scripts/train-tagger.mjs`);
  }
  const featureKeys = new Int32Array(bytes(model.keys));
  const masks = new Uint16Array(bytes(model.masks));
  const packed = new Int16Array(bytes(model.weights));
  const n = featureKeys.length;
  // Load factor between 0.33 and 0.67: linear probing stays short, and the
  // table (kept by every worker thread) is half the size a 0.5 ceiling gave
  // for the shipped model (10.5 MB instead of 21 MB).
  let size = 1;
  while (size < n * 1.5) size <<= 1;
  const mask = size - 1;
  const buf = new ArrayBuffer(size * STRIDE * 4);
  const keys = new Int32Array(buf);
  const weights = new Float32Array(buf);
  const scale = 1 / model.scale;
  let p = 0;
  for (let r = 0; r < n; r++) {
    const key = featureKeys[r]!;
    let h = key & mask;
    while (keys[h * STRIDE] !== 0) h = (h + 1) & mask;
    keys[h * STRIDE] = key;
    const m = masks[r]!;
    for (let l = 0; l < LABEL_COUNT; l++) if (m & (1 << l)) weights[h * STRIDE + 1 + l] = packed[p++]! * scale;
  }
  const caseKeys = new Int32Array(bytes(model.caseKeys));
  const caseBuckets = new Uint8Array(bytes(model.caseBuckets));
  const caseTable: CaseTable = new Map();
  for (let i = 0; i < caseKeys.length; i++) caseTable.set(caseKeys[i]!, caseBuckets[i]!);
  compiled = { mask, keys, weights, caseTable };
  return compiled;
}

const keyBuf = new Int32Array(MAX_STATIC + MAX_DYNAMIC);
const scores = new Float64Array(LABEL_COUNT);

// Summed weights of the word-intrinsic features, per word as written: news
// repeats its words, so most tokens skip a dozen table look-ups.
const CACHE_WORDS = 1 << 16;
const wordCache = new Map<string, number>();
const wordScores = new Float32Array(CACHE_WORDS * LABEL_COUNT);

function addFeatures(m: Compiled, count: number, from: number): void {
  const { mask, keys, weights } = m;
  for (let k = from; k < from + count; k++) {
    const key = keyBuf[k]!;
    let h = key & mask;
    let s = keys[h * STRIDE]!;
    while (s !== key && s !== 0) {
      h = (h + 1) & mask;
      s = keys[h * STRIDE]!;
    }
    if (s === 0) continue;
    const base = h * STRIDE + 1;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += weights[base + l]!;
  }
}

function tagIds(words: readonly string[]): Uint8Array {
  const m = load();
  const n = words.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const t = prepareTokens(words, m.caseTable);
  let prev: number = START_TAG;
  let prev2: number = START_TAG;
  for (let i = 0; i < n; i++) {
    const word = words[i]!;
    let at = wordCache.get(word);
    if (at === undefined) {
      if (wordCache.size >= CACHE_WORDS) wordCache.clear();
      at = wordCache.size * LABEL_COUNT;
      scores.fill(0);
      addFeatures(m, wordFeatures(t, i, keyBuf), 0);
      for (let l = 0; l < LABEL_COUNT; l++) wordScores[at + l] = scores[l]!;
      wordCache.set(detach(word), at); // a sliced word would keep its article alive
    }
    for (let l = 0; l < LABEL_COUNT; l++) scores[l] = wordScores[at + l]!;
    const nc = contextFeatures(t, i, n, keyBuf, 0);
    const nd = dynamicFeatures(t, i, prev, prev2, keyBuf, nc);
    addFeatures(m, nc + nd, 0);
    let best = 0;
    let bestScore = -Infinity;
    for (let l = 0; l < LABEL_COUNT; l++) {
      const v = scores[l]!;
      if (v > bestScore && isAllowed(prev, l)) {
        bestScore = v;
        best = l;
      }
    }
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
  return out;
}

/**
 * BIO labels (`B-PER`, `I-PER`, `B-LOC`, `I-LOC`, `B-ORG`, `I-ORG`, `B-MISC`,
 * `I-MISC`, `O`) for the tokens of one sentence. Several sentences may be
 * passed at once: a token after `.`, `!` or `?` is treated as a sentence start.
 * Pure; the model is decoded on the first call (about 100 ms).
 */
export function tagTokens(words: readonly string[]): TagLabel[] {
  const ids = tagIds(words);
  const out = new Array<TagLabel>(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = LABELS[ids[i]!]!;
  return out;
}

/** The names in one sentence as token spans (an I- tag without its B- starts a span). */
export function tagSpans(words: readonly string[]): TaggedSpan[] {
  const ids = tagIds(words);
  const spans: TaggedSpan[] = [];
  let cur: TaggedSpan | undefined;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id === 0) {
      cur = undefined;
      continue;
    }
    const type = LABELS[id]!.slice(2) as TaggerEntityType;
    if (id % 2 === 1 || cur === undefined || cur.type !== type) {
      cur = { type, start: i, end: i + 1 };
      spans.push(cur);
    } else {
      cur.end = i + 1;
    }
  }
  return spans;
}
