import type { Word } from './words.js';
import { phraseKeys } from './words.js';

/**
 * Multi-word lookup keyed by the first word: a Map from a first key to the
 * entries starting with it, longest first. Each word is looked up once, so
 * matching costs one Map probe per word plus the few entries it shares a
 * first word with. A second index by upper-cased keys serves headlines.
 */
export class Gazetteer<T> {
  private readonly exact = new Map<string, Array<{ keys: string[]; data: T }>>();
  private readonly folded = new Map<string, Array<{ keys: string[]; data: T }>>();
  /** First characters of entries that start in lower case (`al-Qaeda`): other lower-case words need no lookup. */
  private readonly lowerStarts = new Set<number>();

  /** Adds a phrase; an existing entry with the same keys is kept (first wins). */
  add(phrase: string, data: T): void {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    const c = keys[0]!.charCodeAt(0);
    if (c >= 97 && c <= 122) this.lowerStarts.add(c);
    this.insert(this.exact, keys, data);
    this.insert(this.folded, keys.map((k) => k.toUpperCase()), data);
  }

  private insert(map: Map<string, Array<{ keys: string[]; data: T }>>, keys: string[], data: T): void {
    const first = keys[0]!;
    let list = map.get(first);
    if (!list) map.set(first, (list = []));
    if (list.some((e) => e.keys.length === keys.length && e.keys.every((k, i) => k === keys[i]))) return;
    list.push({ keys, data });
    list.sort((a, b) => b.keys.length - a.keys.length);
  }

  has(phrase: string): boolean {
    const keys = phraseKeys(phrase);
    const list = this.exact.get(keys[0] ?? '');
    return !!list && list.some((e) => e.keys.length === keys.length && e.keys.every((k, i) => k === keys[i]));
  }

  /**
   * The longest entry starting at word i (within one sentence), or null. `anyCase` looks the words up in capitals
   * as in a headline (`MOSCOW (Reuters) -`: a dateline).
   */
  match(words: readonly Word[], i: number, anyCase = false): { end: number; data: T } | null {
    const w = words[i]!;
    const c = w.key.charCodeAt(0);
    if (c >= 97 && c <= 122 && !this.lowerStarts.has(c)) return null;
    const folded = w.capsLine || anyCase;
    const list = folded ? this.folded.get(w.key.toUpperCase()) : this.exact.get(w.key);
    if (!list) return null;
    for (const e of list) {
      const n = e.keys.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        const x = words[i + k]!;
        // (`the Commonwealth of The Bahamas`: some official names capitalise their inner article)
        if (x.sentence !== w.sentence || ((folded ? x.key.toUpperCase() : x.key) !== e.keys[k] && !(x.key === 'The' && e.keys[k] === 'the'))) { ok = false; break; }
      }
      if (ok) return { end: i + n, data: e.data };
    }
    return null;
  }
}
