import type { EntityType, MentionRecord } from '../types.js';
import { poissonSignificance } from './scores.js';
import { detach } from '../strings.js';

// Entity cooccurrence: pairs of entities named in the same sentence (or the
// same document), with how many units they share and a Poisson significance
// (Quasthoff & Wolff 2002) that discounts pairs of entities named everywhere.

export type CooccurrenceScope = 'sentence' | 'doc';

export interface CooccurrenceRecord {
  source: string;
  sourceType: EntityType;
  target: string;
  targetType: EntityType;
  /** Units (sentences or documents) naming both. */
  count: number;
  /** Documents where they meet. */
  docs: number;
  significance: number;
}

interface PairEntry {
  count: number;
  docs: number;
  lastDoc: number;
}

const SEPARATOR = '\u0000';

function entityKey(m: MentionRecord): string {
  return `${m.type}${SEPARATOR}${m.entity}`;
}

function splitKey(key: string): { type: EntityType; name: string } {
  const at = key.indexOf(SEPARATOR);
  return { type: key.slice(0, at) as EntityType, name: key.slice(at + 1) };
}

export interface CooccurrenceOptions {
  scope: CooccurrenceScope;
  /** Entity types taken (dates are rarely wanted). */
  types: ReadonlySet<EntityType>;
  /** Most distinct pairs held; past it the rarest are dropped (lossy counting, as BoundedCounter). */
  capacity?: number;
}

export class CooccurrenceCounter {
  private readonly pairs = new Map<string, PairEntry>();
  private readonly unitCounts = new Map<string, number>();
  private documents = 0;
  /** Units seen: sentences (all of them, named entities or not) or documents. */
  units = 0;
  /** Highest pair count dropped when the table overflowed (0: exact). */
  floor = 0;

  constructor(private readonly options: CooccurrenceOptions) {}

  /** One document: its mentions and its number of sentences. */
  add(mentions: readonly MentionRecord[], sentenceCount: number): void {
    const doc = this.documents++;
    const byUnit = new Map<number, Set<string>>();
    for (const m of mentions) {
      if (!this.options.types.has(m.type)) continue;
      const unit = this.options.scope === 'doc' ? 0 : m.sentence;
      let set = byUnit.get(unit);
      if (!set) {
        set = new Set();
        byUnit.set(unit, set);
      }
      set.add(entityKey(m));
    }
    this.units += this.options.scope === 'doc' ? 1 : sentenceCount;
    for (const set of byUnit.values()) {
      const keys = [...set].sort();
      for (const key of keys) {
        const seen = this.unitCounts.get(key);
        this.unitCounts.set(seen === undefined ? detach(key) : key, (seen ?? 0) + 1); // never keep an article alive
      }
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          const pair = `${keys[i]}${SEPARATOR}${SEPARATOR}${keys[j]}`;
          const entry = this.pairs.get(pair);
          if (entry === undefined) this.pairs.set(pair, { count: 1, docs: 1, lastDoc: doc });
          else {
            entry.count += 1;
            if (entry.lastDoc !== doc) {
              entry.docs += 1;
              entry.lastDoc = doc;
            }
          }
        }
      }
    }
    const capacity = this.options.capacity ?? 1_000_000;
    if (this.pairs.size > capacity) {
      while (this.pairs.size > capacity * 0.75) {
        this.floor += 1;
        for (const [key, entry] of this.pairs) if (entry.count <= this.floor) this.pairs.delete(key);
      }
    }
  }

  /** Pairs met at least minCount times: by count, then significance, then names. */
  results(minCount: number): CooccurrenceRecord[] {
    const records: CooccurrenceRecord[] = [];
    for (const [key, entry] of this.pairs) {
      if (entry.count < minCount) continue;
      const at = key.indexOf(`${SEPARATOR}${SEPARATOR}`);
      const a = key.slice(0, at);
      const b = key.slice(at + 2);
      const left = splitKey(a);
      const right = splitKey(b);
      records.push({
        source: left.name,
        sourceType: left.type,
        target: right.name,
        targetType: right.type,
        count: entry.count,
        docs: entry.docs,
        significance: poissonSignificance(entry.count, this.unitCounts.get(a) ?? entry.count, this.unitCounts.get(b) ?? entry.count, this.units),
      });
    }
    const name = (r: CooccurrenceRecord): string => `${r.source}\u0000${r.target}`;
    return records.sort((x, y) => y.count - x.count || y.significance - x.significance || (name(x) < name(y) ? -1 : name(x) > name(y) ? 1 : 0));
  }
}
