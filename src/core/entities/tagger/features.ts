// Feature extraction for the averaged-perceptron entity tagger.
//
// Shared, byte for byte, by the runtime (index.ts) and the training script
// (scripts/train-tagger.mjs transpiles this file), so a feature means the same
// thing at both ends. Features are 32-bit hashes, computed from character codes
// without building per-feature strings: that is what keeps tagging above a
// million tokens a second.

export const LABELS = [
  'O',
  'B-PER',
  'I-PER',
  'B-LOC',
  'I-LOC',
  'B-ORG',
  'I-ORG',
  'B-MISC',
  'I-MISC',
] as const;
export type TagLabel = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;
/** Pseudo-tag for positions before the sentence start. */
export const START_TAG = LABEL_COUNT;

/** Bump when the feature set changes: a model records the version it was trained with. */
export const FEATURE_VERSION = 3;

// Per-token static fields, stored in one Int32Array of FIELDS * n.
const F_LOWER = 0; // lower-cased word
const F_SHAPE = 1; // Xxxx, dd-dd, X.X. (runs cut at 4)
const F_SHORT = 2; // Xx, d-d, X.X. (runs collapsed)
const F_EXACT = 3; // the word as written
const F_P1 = 4; // prefixes 1..4 (lower-cased)
const F_S1 = 8; // suffixes 1..4 (lower-cased)
const F_FLAGS = 12; // bit 0 sentence start, bit 1 all-caps context, bit 2 title-like (Cap + lower)
const F_CAPB = 13; // case-ratio bucket of the word from unlabelled text (0 unknown)
const F_LEN = 14; // length bucket
export const FIELDS = 15;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Finaliser-quality mix of a template id and up to three values. Never returns 0. */
function mix(t: number, a: number, b: number, c: number): number {
  let h = Math.imul(t + 0x632be5ab, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h ^= h >>> 15;
  return h === 0 ? 1 : h | 0;
}

// Character classes: 1 upper, 2 lower, 3 digit, 0 other. ASCII by table; other
// code units by a cached toLowerCase/toUpperCase probe.
const ASCII_CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 2;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 3;
const wideClass = new Map<number, number>();
const wideLower = new Map<number, number>();

function classOf(c: number): number {
  if (c < 128) return ASCII_CLASS[c]!;
  let k = wideClass.get(c);
  if (k === undefined) {
    const s = String.fromCharCode(c);
    const lo = s.toLowerCase();
    const up = s.toUpperCase();
    k = lo !== s ? 1 : up !== s ? 2 : /\d/u.test(s) ? 3 : 0;
    wideClass.set(c, k);
    wideLower.set(c, lo.length === 1 ? lo.charCodeAt(0) : c);
  }
  return k;
}

function lowerOf(c: number, cls: number): number {
  if (cls !== 1) return c;
  if (c < 128) return c + 32;
  return wideLower.get(c) ?? c;
}

/** FNV-1a of the lower-cased word: the key of the case-ratio table. */
export function hashLower(word: string): number {
  let h = FNV_OFFSET;
  for (let j = 0; j < word.length; j++) {
    const c = word.charCodeAt(j);
    h = Math.imul(h ^ lowerOf(c, classOf(c)), FNV_PRIME);
  }
  return h | 0;
}

function isSentenceEnd(w: string): boolean {
  return w === '.' || w === '!' || w === '?' || w === '...' || w === ':' || w === ';';
}
function isOpener(w: string): boolean {
  return (
    w === '"' || w === '\u201c' || w === "'" || w === '\u2018' || w === '(' || w === '[' || w === '-' || w === '--' || w === '\u2014' || w === '\u2013'
  );
}

/** Case-ratio table: lower-case word hash to a bucket 1..5 (see train script). */
export type CaseTable = Map<number, number>;

/**
 * Per-token static fields for one sentence (or a run of sentences: a token
 * after `.`, `!`, `?` counts as a sentence start).
 */
export function prepareTokens(words: readonly string[], caseTable: CaseTable | undefined): Int32Array {
  const n = words.length;
  const out = new Int32Array(n * FIELDS);
  // All-caps context: most letter-bearing tokens in the sentence are upper case
  // (headlines, datelines). Computed over the sentence the token belongs to.
  let sentStart = 0;
  let lettered = 0;
  let upperTokens = 0;
  let lowerTokens = 0;
  const flush = (end: number): void => {
    const allCaps = lettered > 0 && upperTokens >= lettered * 0.6 && lowerTokens <= 2;
    if (allCaps) for (let k = sentStart; k < end; k++) out[k * FIELDS + F_FLAGS]! |= 2;
    lettered = 0;
    upperTokens = 0;
    lowerTokens = 0;
  };
  let start = true;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const base = i * FIELDS;
    let hl = FNV_OFFSET;
    let hx = FNV_OFFSET;
    let hs = FNV_OFFSET;
    let hss = FNV_OFFSET;
    let prevShape = -1;
    let run = 0;
    let uppers = 0;
    let lowers = 0;
    let firstCls = -1;
    const len = w.length;
    for (let j = 0; j < len; j++) {
      const c = w.charCodeAt(j);
      const cls = classOf(c);
      if (firstCls < 0) firstCls = cls;
      if (cls === 1) uppers++;
      else if (cls === 2) lowers++;
      const lc = lowerOf(c, cls);
      hl = Math.imul(hl ^ lc, FNV_PRIME);
      hx = Math.imul(hx ^ c, FNV_PRIME);
      if (j < 4) out[base + F_P1 + j] = hl;
      const sc = cls === 1 ? 88 : cls === 2 ? 120 : cls === 3 ? 100 : c;
      if (sc === prevShape) run++;
      else run = 1;
      if (run <= 4) hs = Math.imul(hs ^ sc, FNV_PRIME);
      if (run === 1) hss = Math.imul(hss ^ sc, FNV_PRIME);
      prevShape = sc;
    }
    // Prefixes longer than the word repeat the whole word: fine, and cheaper than a sentinel.
    for (let j = len; j < 4; j++) out[base + F_P1 + j] = hl;
    let hsuf = FNV_OFFSET;
    for (let j = 0; j < 4; j++) {
      const pos = len - 1 - j;
      if (pos >= 0) {
        const c = w.charCodeAt(pos);
        hsuf = Math.imul(hsuf ^ lowerOf(c, classOf(c)), FNV_PRIME);
      }
      out[base + F_S1 + j] = hsuf;
    }
    out[base + F_LOWER] = hl;
    out[base + F_SHAPE] = hs;
    out[base + F_SHORT] = hss;
    out[base + F_EXACT] = hx;
    let flags = 0;
    if (start) flags |= 1;
    if (firstCls === 1 && lowers > 0) flags |= 4;
    out[base + F_FLAGS] = flags;
    out[base + F_CAPB] = caseTable === undefined ? 0 : (caseTable.get(hl) ?? 0);
    out[base + F_LEN] = len > 12 ? 12 : len;
    if (uppers + lowers > 0) {
      lettered++;
      if (lowers === 0 && (uppers > 1 || len === 1)) upperTokens++;
      if (firstCls === 2) lowerTokens++;
    }
    if (isSentenceEnd(w)) {
      flush(i + 1);
      sentStart = i + 1;
      start = true;
    } else if (!(start && isOpener(w))) {
      start = false;
    }
  }
  flush(n);
  return out;
}

/** Number of static (tag-independent) features a token can have. */
export const MAX_STATIC = 40;
/** Number of tag-dependent features a token can have. */
export const MAX_DYNAMIC = 5;

const PAD = 0x5bd1e995 | 0;
const PAD2 = 0x1b873593 | 0;

/** Number of word-intrinsic features (wordFeatures) a token has. */
export const WORD_FEATURES = 13;

/**
 * Writes the keys of the features that depend only on the word itself (not on
 * its neighbours or its place in the sentence), so a caller can cache their
 * summed weights per word. Returns the count (always WORD_FEATURES).
 */
export function wordFeatures(t: Int32Array, i: number, out: Int32Array): number {
  const b = i * FIELDS;
  out[0] = mix(2, t[b + F_LOWER]!, 0, 0);
  out[1] = mix(3, t[b + F_SHAPE]!, 0, 0);
  out[2] = mix(5, t[b + F_EXACT]!, 0, 0);
  out[3] = mix(6, t[b + F_P1]!, 0, 0);
  out[4] = mix(7, t[b + F_P1 + 1]!, 0, 0);
  out[5] = mix(8, t[b + F_P1 + 2]!, 0, 0);
  out[6] = mix(9, t[b + F_P1 + 3]!, 0, 0);
  out[7] = mix(10, t[b + F_S1]!, 0, 0);
  out[8] = mix(11, t[b + F_S1 + 1]!, 0, 0);
  out[9] = mix(12, t[b + F_S1 + 2]!, 0, 0);
  out[10] = mix(13, t[b + F_S1 + 3]!, 0, 0);
  out[11] = mix(28, t[b + F_LEN]!, t[b + F_SHORT]!, 0);
  out[12] = mix(1, 0, 0, 0);
  return WORD_FEATURES;
}

/**
 * Writes the keys of the tag-independent features that look at the context
 * (neighbours, sentence start, all-caps text) into out from index at; returns the count.
 */
export function contextFeatures(t: Int32Array, i: number, n: number, out: Int32Array, at: number): number {
  const b = i * FIELDS;
  const pb = (i - 1) * FIELDS;
  const nb = (i + 1) * FIELDS;
  const hasP = i > 0;
  const hasN = i + 1 < n;
  const hasPP = i > 1;
  const hasNN = i + 2 < n;
  const lower = t[b + F_LOWER]!;
  const short = t[b + F_SHORT]!;
  const flags = t[b + F_FLAGS]!;
  const caps = flags & 2;
  const capb = t[b + F_CAPB]!;
  const pLower = hasP ? t[pb + F_LOWER]! : PAD;
  const nLower = hasN ? t[nb + F_LOWER]! : PAD;
  const pShort = hasP ? t[pb + F_SHORT]! : PAD;
  const nShort = hasN ? t[nb + F_SHORT]! : PAD;
  const pShape = hasP ? t[pb + F_SHAPE]! : PAD;
  const nShape = hasN ? t[nb + F_SHAPE]! : PAD;
  const pCapb = hasP ? t[pb + F_CAPB]! : -1;
  const nCapb = hasN ? t[nb + F_CAPB]! : -1;
  let k = at;
  out[k++] = mix(4, short, flags, 0);
  out[k++] = mix(14, pLower, 0, 0);
  out[k++] = mix(15, nLower, 0, 0);
  out[k++] = mix(16, hasPP ? t[(i - 2) * FIELDS + F_LOWER]! : PAD2, 0, 0);
  out[k++] = mix(17, hasNN ? t[(i + 2) * FIELDS + F_LOWER]! : PAD2, 0, 0);
  out[k++] = mix(18, pShape, 0, 0);
  out[k++] = mix(19, nShape, 0, 0);
  out[k++] = mix(20, pLower, lower, 0);
  out[k++] = mix(21, lower, nLower, 0);
  out[k++] = mix(22, pShort, short, nShort);
  out[k++] = mix(23, flags, capb, 0);
  out[k++] = mix(24, pCapb, capb, nCapb);
  out[k++] = mix(25, capb, short, flags & 1);
  out[k++] = mix(26, pLower, short, 0);
  out[k++] = mix(27, short, nLower, 0);
  out[k++] = mix(29, hasPP ? t[(i - 2) * FIELDS + F_SHORT]! : PAD2, pShort, short);
  out[k++] = mix(30, short, nShort, hasNN ? t[(i + 2) * FIELDS + F_SHORT]! : PAD2);
  if (caps !== 0) {
    // In upper-case text the shape says nothing: let the word itself speak.
    out[k++] = mix(31, lower, 0, 0);
    out[k++] = mix(32, pLower, lower, 0);
    out[k++] = mix(33, capb, pCapb, 0);
  }
  return k - at;
}

/** Writes all tag-independent feature keys of token i into out; returns the count. */
export function staticFeatures(t: Int32Array, i: number, n: number, out: Int32Array): number {
  const k = wordFeatures(t, i, out);
  return k + contextFeatures(t, i, n, out, k);
}

/** Writes the features that depend on the previous two tags; returns the count. */
export function dynamicFeatures(t: Int32Array, i: number, prev: number, prev2: number, out: Int32Array, at: number): number {
  const b = i * FIELDS;
  let k = at;
  out[k++] = mix(40, prev, 0, 0);
  out[k++] = mix(41, prev, prev2, 0);
  out[k++] = mix(42, prev, t[b + F_LOWER]!, 0);
  out[k++] = mix(43, prev, t[b + F_SHORT]!, t[b + F_FLAGS]! & 3);
  out[k++] = mix(44, prev, t[b + F_CAPB]!, 0);
  return k - at;
}

// BIO constraint: I-X may only follow B-X or I-X. Labels 2,4,6,8 are I- tags.
const allowed = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let p = 0; p <= LABEL_COUNT; p++) {
  for (let l = 0; l < LABEL_COUNT; l++) {
    const isInside = l > 0 && l % 2 === 0;
    allowed[p * LABEL_COUNT + l] = !isInside || p === l || p === l - 1 ? 1 : 0;
  }
}
export function isAllowed(prev: number, label: number): boolean {
  return allowed[prev * LABEL_COUNT + label] === 1;
}
