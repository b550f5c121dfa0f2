import { MergeError, mergeRuns, type MergeKind } from '../../core/aggregate/merge.js';
import type { Column, OutputRecord } from '../../output/columns.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { readJsonObjects } from '../input.js';
import { ENTITY_COLUMNS, entityPeriodColumns, FREQ_COLUMNS, freqPeriodColumns, SPEAKER_COLUMNS } from '../record-columns.js';

type Plain = Record<string, unknown>;

function columnsFor(kind: MergeKind, records: readonly Plain[]): Column[] {
  const periodName = (): string => {
    const period = records[0]?.['period'];
    return typeof period === 'string' && /^\d{4}-\d{2}$/.test(period) ? 'month' : typeof period === 'string' && /^\d{4}(-\d{2}-\d{2})?$/.test(period) ? 'date' : 'doc';
  };
  switch (kind) {
    case 'entities':
      return ENTITY_COLUMNS;
    case 'entity-periods':
      return entityPeriodColumns(periodName());
    case 'freq':
      return FREQ_COLUMNS;
    case 'freq-periods':
      return freqPeriodColumns(periodName());
    case 'speakers':
      return SPEAKER_COLUMNS;
  }
}

/**
 * Reads NDJSON outputs: each file is one run, and within one stream (runs
 * concatenated by GNU parallel) records of `--shard` runs are told apart by
 * their `shard` field.
 */
async function readRuns(inputs: readonly string[], skip: (message: string) => void): Promise<Plain[][]> {
  const runs = new Map<string, Plain[]>();
  const sources = inputs.length > 0 ? inputs : ['-'];
  const reporter = { skip, warn: skip };
  for (const [fileIndex, source] of sources.entries()) {
    for await (const { record } of readJsonObjects(source, reporter)) {
      const shard = Object.prototype.hasOwnProperty.call(record, 'shard') ? record['shard'] : undefined;
      const runKey = typeof shard === 'string' ? `shard ${shard}` : `file ${fileIndex}`;
      const run = runs.get(runKey) ?? [];
      run.push(record);
      runs.set(runKey, run);
    }
  }
  return [...runs.values()];
}

/** Keeps the first `top` entities or terms; for per-period records, those first overall. */
function applyTop(kind: MergeKind, records: Plain[], top: number | null, minCount: number): Plain[] {
  const countKey = kind === 'entities' || kind === 'entity-periods' ? 'mentions' : kind === 'speakers' ? 'statements' : 'count';
  if (kind === 'entity-periods' || kind === 'freq-periods') {
    const nameKey = kind === 'entity-periods' ? 'entity' : 'term';
    const totals = new Map<string, number>();
    for (const r of records) totals.set(String(r[nameKey]), (totals.get(String(r[nameKey])) ?? 0) + Number(r[countKey]));
    const chosen = [...totals.entries()]
      .filter(([, n]) => n >= minCount)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, top ?? Infinity)
      .map(([name]) => name);
    const keep = new Set(chosen);
    return records.filter((r) => keep.has(String(r[nameKey])));
  }
  const kept = records.filter((r) => Number(r[countKey]) >= minCount);
  return top === null ? kept : kept.slice(0, top);
}

export async function run({ writer, common, inputs, skip }: CommandContext): Promise<void> {
  const runs = await readRuns(inputs, skip);
  let merged;
  try {
    merged = mergeRuns(runs);
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(error.message);
    throw error;
  }
  const records = applyTop(merged.kind, merged.records, common.top, common.minCount ?? 1);
  await writer.begin(columnsFor(merged.kind, records));
  await writer.write(records as OutputRecord[]);
  await writer.end();
}
