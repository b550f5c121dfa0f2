import { byCountThenName, rate, type FrequencyRecord, type PeriodFrequencyRecord } from '../keywords/frequency.js';
import type { EntityType } from '../types.js';
import { compareText, increment } from './counts.js';
import { byMentions, entityKey, entityRecord, type EntityCounts, type EntityPeriodRecord, type EntityRecord } from './entity-table.js';
import { byStatements, speakerRecord, type SpeakerCounts, type SpeakerRecord } from './speaker-table.js';

// `statements merge`: combines the aggregate JSON-lines outputs of runs over
// disjoint shares of the documents (`--shard i/n` on several machines) into
// the records one run over all documents would give. Every count is additive
// over disjoint documents; the records carry the counts behind their derived
// fields (forms, roles, cues, running words) so those are recomputed exactly.

export type MergeKind = 'entities' | 'entity-periods' | 'freq' | 'freq-periods' | 'speakers';

export interface MergeResult {
  kind: MergeKind;
  records: Record<string, unknown>[];
}

export class MergeError extends Error {}

type Plain = Record<string, unknown>;

const has = (record: Plain, ...keys: string[]): boolean => keys.every((k) => Object.prototype.hasOwnProperty.call(record, k));

/** Which command wrote a record, from its fields. */
export function kindOf(record: Plain): MergeKind | null {
  if (has(record, 'speaker', 'statements', 'docs', 'cueCounts')) return 'speakers';
  if (has(record, 'period', 'entity', 'type', 'mentions')) return 'entity-periods';
  if (has(record, 'entity', 'type', 'mentions', 'docs', 'formCounts')) return 'entities';
  if (has(record, 'period', 'term', 'count', 'words')) return 'freq-periods';
  if (has(record, 'term', 'count', 'docs', 'words')) return 'freq';
  return null;
}

function num(record: Plain, key: string): number {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new MergeError(`field '${key}' is not a number`);
  return value;
}

function str(record: Plain, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new MergeError(`field '${key}' is not a string`);
  return value;
}

function nullableStr(record: Plain, key: string): string | null {
  const value = record[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new MergeError(`field '${key}' is not a string or null`);
  return value;
}

/** Adds a record's `{name: count}` field into an accumulator, own keys only. */
function addCounts(into: Map<string, number>, record: Plain, key: string): void {
  const value = record[key];
  if (value === undefined || value === null) return;
  if (typeof value !== 'object' || Array.isArray(value)) throw new MergeError(`field '${key}' is not an object of counts`);
  for (const [name, count] of Object.entries(value as Plain)) {
    if (typeof count !== 'number') throw new MergeError(`field '${key}' has a count that is not a number`);
    increment(into, name, count);
  }
}

function mergeEntities(runs: readonly Plain[][]): EntityRecord[] {
  const merged = new Map<string, EntityCounts>();
  for (const run of runs) {
    for (const r of run) {
      const row = { entity: str(r, 'entity'), type: str(r, 'type') as EntityType, id: nullableStr(r, 'id') };
      const key = entityKey(row);
      let entry = merged.get(key);
      if (!entry) {
        entry = { ...row, mentions: 0, docs: 0, forms: new Map(), roles: new Map(), countries: new Map() };
        merged.set(key, entry);
      }
      entry.mentions += num(r, 'mentions');
      entry.docs += num(r, 'docs');
      addCounts(entry.forms, r, 'formCounts');
      addCounts(entry.roles, r, 'roleCounts');
      addCounts(entry.countries, r, 'countryCounts');
    }
  }
  return [...merged.values()].map(entityRecord).sort(byMentions);
}

function mergeEntityPeriods(runs: readonly Plain[][]): EntityPeriodRecord[] {
  const merged = new Map<string, EntityPeriodRecord>();
  for (const run of runs) {
    for (const r of run) {
      const row: EntityPeriodRecord = { period: str(r, 'period'), entity: str(r, 'entity'), type: str(r, 'type') as EntityType, id: nullableStr(r, 'id'), mentions: num(r, 'mentions') };
      const key = `${row.period}\n${entityKey(row)}`;
      const entry = merged.get(key);
      if (entry) entry.mentions += row.mentions;
      else merged.set(key, row);
    }
  }
  return [...merged.values()].sort((a, b) => compareText(a.period, b.period) || byMentions(a, b));
}

function mergeFreq(runs: readonly Plain[][]): FrequencyRecord[] {
  let words = 0;
  const merged = new Map<string, { count: number; docs: number }>();
  for (const run of runs) {
    const first = run[0];
    if (first) words += num(first, 'words');
    for (const r of run) {
      const term = str(r, 'term');
      const entry = merged.get(term) ?? { count: 0, docs: 0 };
      entry.count += num(r, 'count');
      entry.docs += num(r, 'docs');
      merged.set(term, entry);
    }
  }
  const records = [...merged.entries()].map(([term, e]) => ({ term, count: e.count, docs: e.docs, per10k: rate(e.count, words), words }));
  return records.sort(byCountThenName((r) => r.term));
}

function mergeFreqPeriods(runs: readonly Plain[][]): PeriodFrequencyRecord[] {
  const periodWords = new Map<string, number>();
  const merged = new Map<string, { period: string; term: string; count: number }>();
  const order = new Map<string, number>();
  for (const run of runs) {
    const seenPeriods = new Set<string>();
    for (const r of run) {
      const period = str(r, 'period');
      if (!seenPeriods.has(period)) {
        seenPeriods.add(period);
        periodWords.set(period, (periodWords.get(period) ?? 0) + num(r, 'words'));
      }
      const term = str(r, 'term');
      const key = `${period}\n${term}`;
      const entry = merged.get(key) ?? { period, term, count: 0 };
      entry.count += num(r, 'count');
      merged.set(key, entry);
      order.set(term, (order.get(term) ?? 0) + num(r, 'count'));
    }
  }
  // Within a period, terms follow their overall order, as in one run.
  const overall = byCountThenName<{ count: number; term: string }>((x) => x.term);
  return [...merged.values()]
    .map((e) => ({ ...e, per10k: rate(e.count, periodWords.get(e.period) ?? 0), words: periodWords.get(e.period) ?? 0 }))
    .sort((a, b) => compareText(a.period, b.period) || overall({ count: order.get(a.term) ?? 0, term: a.term }, { count: order.get(b.term) ?? 0, term: b.term }));
}

function mergeSpeakers(runs: readonly Plain[][]): SpeakerRecord[] {
  const merged = new Map<string, SpeakerCounts>();
  for (const run of runs) {
    for (const r of run) {
      const speaker = str(r, 'speaker');
      let entry = merged.get(speaker);
      if (!entry) {
        entry = { statements: 0, docs: 0, cues: new Map(), roles: new Map(), countries: new Map() };
        merged.set(speaker, entry);
      }
      entry.statements += num(r, 'statements');
      entry.docs += num(r, 'docs');
      addCounts(entry.cues, r, 'cueCounts');
      addCounts(entry.roles, r, 'roleCounts');
      addCounts(entry.countries, r, 'countryCounts');
    }
  }
  return [...merged].map(([speaker, entry]) => speakerRecord(speaker, entry)).sort(byStatements);
}

/**
 * Merges runs (each the records of one run's output). All records must be of
 * one kind; an empty run (a shard with no documents) is fine.
 */
export function mergeRuns(runs: readonly Plain[][]): MergeResult {
  let kind: MergeKind | null = null;
  for (const run of runs) {
    for (const record of run) {
      const k = kindOf(record);
      if (k === null) throw new MergeError('a record is not an aggregate output of entities, freq or speakers (run them with --format ndjson)');
      if (kind !== null && k !== kind) throw new MergeError(`cannot merge ${kind} records with ${k} records`);
      kind = k;
    }
  }
  switch (kind) {
    case null:
      return { kind: 'freq', records: [] };
    case 'entities':
      return { kind, records: mergeEntities(runs).map((r) => ({ ...r })) };
    case 'entity-periods':
      return { kind, records: mergeEntityPeriods(runs).map((r) => ({ ...r })) };
    case 'freq':
      return { kind, records: mergeFreq(runs).map((r) => ({ ...r })) };
    case 'freq-periods':
      return { kind, records: mergeFreqPeriods(runs).map((r) => ({ ...r })) };
    case 'speakers':
      return { kind, records: mergeSpeakers(runs).map((r) => ({ ...r })) };
  }
}
