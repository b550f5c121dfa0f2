import type { Candidate } from './candidates.js';
import { makeCandidate, PRIORITY } from './candidates.js';
import type { GazHit } from './persons.js';
import { surface } from './resolve.js';
import { romanValue } from '../strings.js';
import { inSentence, isDigits, type Word } from './words.js';

// Document references that the name patterns miss because their head word is
// lower case or bare, common in UN speeches and foreign-ministry statements:
//
// - resolutions cited by number: `Security Council resolution 242 (1967)`,
//   `resolution 181 (II)`, `resolution 3291 (XXIX)` (the session), `General Assembly resolution 65/1`, and lists
//   (`resolutions 817 (1993) and 845 (1993)` are two);
// - agreements named after a place, with a lower-case head: `the Prespa
//   agreement`, `the Algiers peace agreements`, `the Dayton accords`;
// - `the Charter`, which in these texts is the Charter of the United Nations
//   or of the organisation being addressed.
//
// Each is a treaty (SPEC: named treaties, agreements, resolutions). Being
// longer than the organisation (`Security Council`) or the year inside them,
// they win when overlaps are settled.

/** Words that end the name of a body issuing resolutions: `Security Council`, `General Assembly`, `UN`. */
const ISSUER_LAST = new Set(['Council', 'Assembly', 'UN', 'UNSC', 'UNGA', 'Nations', 'Conference', 'Board', 'Commission', 'Committee']);
const MAX_ISSUER_WORDS = 5;
const AGREEMENT_HEADS = new Set(['agreement', 'agreements', 'accord', 'accords']);

/** Adjacent (no space) and in the same sentence. */
function joined(words: readonly Word[], k: number, sentence: number): boolean {
  const w = words[k];
  return w !== undefined && !w.gap && w.sentence === sentence;
}


/**
 * The end of a resolution number at k (`242`, `65/1`, `242 (1967)`,
 * `181 (II)`), or -1.
 */
function referenceEnd(words: readonly Word[], k: number, sentence: number): number {
  const first = inSentence(words, k, sentence);
  if (!first) return -1;
  let end = k + 1;
  // (`ES-11/1`: a resolution of an emergency special session, always with its number after a slash)
  if (first.text === 'ES' && joined(words, k + 1, sentence) && words[k + 1]!.text === '-' && joined(words, k + 2, sentence) && isDigits(words[k + 2]!.text) &&
      joined(words, k + 3, sentence) && words[k + 3]!.text === '/') end = k + 3;
  else if (!isDigits(first.text)) return -1;
  // `65/1`, `ES-10/19` style numbers come as digits and slashes.
  while (joined(words, end, sentence) && words[end]!.text === '/' && joined(words, end + 1, sentence) && isDigits(words[end + 1]!.text)) end += 2;
  const open = inSentence(words, end, sentence);
  const inner = inSentence(words, end + 1, sentence);
  const close = inSentence(words, end + 2, sentence);
  if (open?.text === '(' && inner && close?.text === ')' && !words[end + 1]!.gap && !words[end + 2]!.gap &&
      ((inner.text.length === 4 && isDigits(inner.text)) || romanValue(inner.text) > 0)) {
    end += 3;
  }
  return end;
}

/** Start of the issuing body's name just before word i, or i when there is none. */
function issuerStart(words: readonly Word[], i: number, sentence: number): number {
  const last = inSentence(words, i - 1, sentence);
  if (!last || !last.cap || !ISSUER_LAST.has(last.key)) return i;
  let s = i - 1;
  while (s > 0 && i - s < MAX_ISSUER_WORDS) {
    const w = inSentence(words, s - 1, sentence);
    if (!w || !w.isWord || !w.cap) break;
    // (`Recalling United Nations General Assembly resolutions …`: a participle opening the sentence is no part of the name)
    if (w.key.endsWith('ing') && !inSentence(words, s - 2, sentence)) break;
    s -= 1;
  }
  return s;
}

function treaty(words: readonly Word[], text: string, start: number, end: number): Candidate {
  return makeCandidate(start, end, 'treaty', surface(text, words, start, end), null, 'name', PRIORITY.pattern);
}

/** Resolutions cited by number, with the issuing body when it is named right before. */
export function findResolutions(text: string, words: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Length first: lower-casing every word of a long speech cost a twentieth of the entity run.
    // (`UNSCR 1701`, `UNSCRs 1267 and 1373`: the Security Council's resolution, issuer and word in one)
    const unscr = w.key === 'UNSCR' || w.key === 'UNSCRs';
    // (`decision 62/557`, `Human Rights Council decision 19/39`: a decision of a UN body, cited by session and number)
    const decision = (w.key.length === 8 || w.key.length === 9) && (w.key === 'decision' || w.key === 'Decision' || w.key === 'decisions' || w.key === 'Decisions');
    if (w.key.length !== 10 && w.key.length !== 11 && !unscr && !decision) continue;
    const lower = unscr ? (w.key === 'UNSCR' ? 'resolution' : 'resolutions') : w.key.toLowerCase();
    if (lower !== 'resolution' && lower !== 'resolutions' && !decision) continue;
    if (decision && !(isDigits(words[i + 1]?.text ?? '') && joined(words, i + 2, w.sentence) && words[i + 2]!.text === '/')) continue;
    let end = referenceEnd(words, i + 1, w.sentence);
    if (end < 0) continue;
    const first = treaty(words, text, issuerStart(words, i, w.sentence), end);
    // `Security Council resolutions 817 (1993) and 845 (1993)`: each is named as one resolution,
    // `Security Council resolution 817 (1993)`, `Security Council resolution 845 (1993)`.
    const written = surface(text, words, first.start, i + 1);
    const prefix = lower === 'resolutions' || lower === 'decisions' ? written.slice(0, -1) : written;
    first.entity = `${prefix} ${surface(text, words, i + 1, end)}`;
    out.push(first);
    // A list goes on: `817 (1993) and 845 (1993)`, `1267, 1373 and 1540`.
    for (;;) {
      let k = end;
      const sep = inSentence(words, k, w.sentence);
      if (sep?.text === ',') k += 1;
      const conj = inSentence(words, k, w.sentence);
      if (conj?.key === 'and') k += 1;
      if (k === end) break;
      const next = referenceEnd(words, k, w.sentence);
      if (next < 0) break;
      const item = treaty(words, text, k, next);
      item.entity = `${prefix} ${item.entity}`;
      out.push(item);
      end = next;
    }
    i = end - 1;
  }
  return out;
}

/**
 * `the Prespa agreement`, `the Algiers peace agreements`: `the`, one to three
 * capitalised words that are no country, organisation or person the lists
 * know, then a lower-case agreement word.
 */
export function findPlaceAgreements(text: string, words: readonly Word[], gaz: readonly GazHit[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!AGREEMENT_HEADS.has(w.text)) continue;
    let head = i;
    if (words[i - 1]?.text === 'peace' && words[i - 1]!.sentence === w.sentence) head = i - 1;
    let s = head;
    while (s > 0 && head - s < 3) {
      const x = inSentence(words, s - 1, w.sentence);
      if (!x || !x.isWord || !x.cap || x.initial || x.capsLine) break;
      s -= 1;
    }
    if (s === head) continue;
    const the = inSentence(words, s - 1, w.sentence);
    if (the?.key !== 'the') continue;
    let named = false;
    for (let k = s; k < head && !named; k++) {
      const hit = gaz[k];
      if (hit && hit.end > k && hit.data.type !== 'place') named = true;
    }
    if (named) continue;
    out.push(treaty(words, text, s, i + 1));
  }
  return out;
}

/** `the Charter` on its own (not `the Charter of …`, which the name patterns take whole). */
export function findBareCharters(text: string, words: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.text !== 'Charter' || w.capsLine) continue;
    // `the Charter`, `the United Nations vision and Charter`
    const before = inSentence(words, i - 1, w.sentence)?.key;
    if (before !== 'the' && before !== 'and') continue;
    const next = inSentence(words, i + 1, w.sentence);
    if (next && (next.key === 'of' || (next.isWord && next.cap && next.gap))) continue;
    out.push(treaty(words, text, i, i + 1));
  }
  return out;
}
