import type { Candidate } from './candidates.js';
import { makeCandidate, PRIORITY } from './candidates.js';
import { NAME_PARTICLES, REGNAL_NUMERALS } from '../lexicon/titles.js';
import { GIVEN, isNonNameWord } from './lexicon-sets.js';
import type { Word } from './words.js';

/** Surface text of words [s, e) with white space (line breaks too) collapsed. */
export function surface(text: string, words: readonly Word[], s: number, e: number): string {
  // (`Non-` + line break + `Aligned`: a word broken after its hyphen is written whole, words.ts)
  return text.slice(words[s]!.start, words[e - 1]!.end).replace(/-\r?\n(?=\S)/g, '-').replace(/\s+/g, ' ');
}

function nameWords(words: readonly Word[], c: Candidate): Word[] {
  const out: Word[] = [];
  for (let k = c.start; k < c.end; k++) {
    const w = words[k]!;
    if (w.isWord && w.cap && !/^[A-Z]\.$/.test(w.text) && !REGNAL_NUMERALS.has(w.key)) out.push(w);
  }
  return out;
}

/**
 * `Harris` where the article names both Kamala Harris and Timothy Harris: the one
 * named last before it, else the first named after it; null when the surname is
 * not shared by different people.
 */
function sharedSurname(fulls: ReadonlyArray<{ name: string; surname: string; at: number }>, canonicalOf: ReadonlyMap<string, string>, key: string, at: number): string | null {
  let before: string | null = null;
  let after: string | null = null;
  const holders = new Set<string>();
  for (const f of fulls) {
    if (f.surname !== key) continue;
    const full = canonicalOf.get(f.name) ?? f.name;
    holders.add(full);
    if (f.at < at) before = full;
    else if (after === null) after = full;
  }
  return holders.size > 1 ? before ?? after : null;
}

/**
 * Two names each written in full, with a middle part and different given names: two people of one family
 * (`Prince Salman bin Hamad Al Khalifa`, `Princess Sabeeka bint Ibrahim Al Khalifa`), not one person written
 * twice (`Joe Biden` is `Joseph R. Biden`).
 */
function twoFullNames(f: { name: string; first: string }, g: { name: string; first: string }): boolean {
  if (f.first === g.first || f.first.length <= 2 || g.first.length <= 2 || f.first.endsWith('.') || g.first.endsWith('.')) return false;
  return f.name.split(' ').length >= 3 && g.name.split(' ').length >= 3;
}

/**
 * People within one article: the fullest name is canonical, a bare surname
 * (`Wang`, `Lavrov`, `Kadhimi` for `Al-Kadhimi`) resolves to it, and the
 * names found anywhere are looked for again where no title announced them.
 */
export function resolvePersons(text: string, words: readonly Word[], people: Candidate[], covered: Uint8Array): Candidate[] {
  const fulls: Array<{ name: string; first: string; surname: string; at: number }> = [];
  for (const c of people) {
    const nw = nameWords(words, c);
    const name = surface(text, words, c.start, c.end);
    if (nw.length >= 2 || (c.end - c.start >= 2 && nw.length >= 1 && /[IVX]$/.test(name))) {
      const last = nw[nw.length - 1]!;
      fulls.push({ name, first: nw[0]!.key, surname: last.key, at: c.start });
    }
  }
  const bySurname = new Map<string, string>();
  const canonicalOf = new Map<string, string>();
  for (const f of fulls) {
    // the longest full name with the same surname and first initial
    let best = f.name;
    // (or the full name it ends: `Gonzalez Urrutia` in `Edmundo González Urrutia`)
    for (const g of fulls) {
      if (g.name.length <= best.length) continue;
      if ((g.surname === f.surname && g.first[0] === f.first[0] && !twoFullNames(f, g)) || fold(g.name).endsWith(` ${fold(f.name)}`)) best = g.name;
    }
    canonicalOf.set(f.name, best);
    const prev = bySurname.get(f.surname);
    if (!prev || best.length > prev.length) bySurname.set(f.surname, best);
    const hyphen = f.surname.lastIndexOf('-');
    if (hyphen > 0) bySurname.set(f.surname.slice(hyphen + 1), best);
  }
  // `González` for `Edmundo González Urrutia`: the first of two family names, when no one else has it.
  for (const f of fulls) {
    const parts = f.name.split(' ').filter((p) => /^\p{Lu}/u.test(p) && !/^\p{Lu}\.$/u.test(p));
    if (parts.length >= 3) {
      const middle = parts[parts.length - 2]!;
      // (not a family's `Al` in `Tamim bin Hamad Al Thani`, which would make every `Al-` a mention of him)
      if (!bySurname.has(middle) && !GIVEN.has(middle) && !NAME_PARTICLES.has(middle.toLowerCase())) bySurname.set(middle, canonicalOf.get(f.name) ?? f.name);
    }
  }
  // Accents are often dropped in a later mention (`Gonzalez` for `González`).
  let foldedMap: Map<string, string> | null = null;
  const folded = (): Map<string, string> => {
    if (!foldedMap) { foldedMap = new Map(); for (const [k, v] of bySurname) if (!foldedMap.has(fold(k))) foldedMap.set(fold(k), v); }
    return foldedMap;
  };
  // `Tamim` alone after `Tamim Bin Hamad Al-Thani`: a first name used by one full name only.
  const firsts = new Map<string, string | null>();
  for (const f of fulls) {
    const full = canonicalOf.get(f.name) ?? f.name;
    const prev = firsts.get(f.first);
    firsts.set(f.first, prev === undefined || prev === full ? full : null);
  }
  const byFirst = (key: string): string | undefined => firsts.get(key) ?? undefined;
  // Family name first (`Wang Yi`, `Xi Jinping`): the first word of a two-word name, unless it is someone's surname.
  for (const f of fulls) {
    const parts = f.name.split(' ');
    // (not a word that is a name's only by chance: `Bill` in `Bill Clinton` is no family name, and `the Bill` is a law)
    if (parts.length === 2 && !bySurname.has(f.first) && !isNonNameWord(f.first)) bySurname.set(f.first, canonicalOf.get(f.name) ?? f.name);
  }
  for (const c of people) {
    const name = surface(text, words, c.start, c.end);
    const full = canonicalOf.get(name);
    if (full) { c.entity = full; c.form = 'name'; continue; }
    const nw = nameWords(words, c);
    const key = nw.length === 1 ? nw[0]!.key : name;
    c.entity = sharedSurname(fulls, canonicalOf, key, c.start) ?? bySurname.get(key) ?? folded().get(fold(key)) ?? (nw.length === 1 ? byFirst(key) : undefined) ?? name;
    c.form = nw.length >= 2 ? 'name' : 'short';
  }
  // short names given by a title (`President Biden`) count as known surnames too
  for (const c of people) {
    const nw = nameWords(words, c);
    if (nw.length === 1 && !bySurname.has(nw[0]!.key)) bySurname.set(nw[0]!.key, c.entity);
  }

  // Look again: full names and surnames where no title or context announced them.
  const fullKeys = new Map<string, { keys: string[]; entity: string }[]>();
  for (const c of people) {
    if (c.form !== 'name') continue;
    const keys: string[] = [];
    for (let k = c.start; k < c.end; k++) keys.push(words[k]!.key);
    const list = fullKeys.get(keys[0]!) ?? [];
    if (!list.some((e) => e.keys.join(' ') === keys.join(' '))) list.push({ keys, entity: c.entity });
    fullKeys.set(keys[0]!, list);
  }
  // `Gonzalez Urrutia` for `Edmundo Gonzalez Urrutia`: the two family names together.
  for (const f of fulls) {
    const parts = f.name.split(' ');
    if (parts.length < 3 || !parts.slice(-2).every((p) => /^\p{Lu}\p{Ll}/u.test(p))) continue;
    const keys = parts.slice(-2);
    const list = fullKeys.get(keys[0]!) ?? [];
    if (!list.some((e) => e.keys.join(' ') === keys.join(' '))) list.push({ keys, entity: canonicalOf.get(f.name) ?? f.name });
    fullKeys.set(keys[0]!, list);
  }
  for (const list of fullKeys.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const surnameEntity = (key: string): string | undefined =>
    bySurname.get(key) ?? (/[^\x00-\x7f]/.test(key) || foldedMap ? folded().get(fold(key)) : undefined) ?? (isNonNameWord(key) ? undefined : byFirst(key));
  return laterMentions(words, covered, fullKeys, surnameEntity);
}

/**
 * Full names and surnames later in the article where no title or context
 * announced them. A function of its own: the loop over every word was
 * compiled on the stack and thrown away with the rest of resolvePersons.
 */
function laterMentions(
  words: readonly Word[],
  covered: Uint8Array,
  fullKeys: ReadonlyMap<string, { keys: string[]; entity: string }[]>,
  surnameEntity: (key: string) => string | undefined,
): Candidate[] {
  const added: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    if (covered[i]) continue;
    const w = words[i]!;
    if (!w.isWord || !w.cap) continue;
    let done = false;
    for (const e of fullKeys.get(w.key) ?? []) {
      const n = e.keys.length;
      let ok = i + n <= words.length;
      for (let k = 0; ok && k < n; k++) ok = !covered[i + k] && words[i + k]!.key === e.keys[k];
      if (ok) {
        added.push(personCandidate(i, i + n, e.entity, 'name'));
        for (let k = i; k < i + n; k++) covered[k] = 1;
        i += n - 1;
        done = true;
        break;
      }
    }
    if (done) continue;
    const entity = surnameEntity(w.key);
    if (entity && !w.capsLine) {
      const next = words[i + 1];
      const prev = words[i - 1];
      // `Wang Wenbin` is someone else; `Lavrov's` is Lavrov
      if (next && next.isWord && next.cap && next.gap && !isNonNameWord(next.key) && next.sentence === w.sentence) continue;
      if (prev && prev.isWord && prev.cap && GIVEN.has(prev.key) && prev.sentence === w.sentence && !covered[i - 1]) continue;
      // `al-Maliki`: a particle joined to the surname belongs to it
      const pre = words[i - 1];
      const part = words[i - 2];
      if (pre && part && !w.gap && pre.text === '-' && !pre.gap && /^(al|el|Al|El|bin|ibn|abu|Abu)$/.test(part.key) && !covered[i - 2] && part.sentence === w.sentence) {
        added.push(personCandidate(i - 2, i + 1, entity, 'short'));
        covered[i - 2] = covered[i - 1] = covered[i] = 1;
        continue;
      }
      added.push(personCandidate(i, i + 1, entity, 'short'));
      covered[i] = 1;
    }
  }
  return added;
}


function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** A key without diacritics (`González` → `Gonzalez`). */
export function fold(key: string): string {
  // Most keys are ASCII: nothing to fold, and NFD would allocate a copy.
  if (isAscii(key)) return key;
  return key.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function personCandidate(start: number, end: number, entity: string, form: 'name' | 'short'): Candidate {
  return makeCandidate(start, end, 'person', entity, null, form, PRIORITY.person);
}
