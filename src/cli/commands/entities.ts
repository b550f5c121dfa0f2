import { EntityPeriodTable, EntityTable, entityKey } from '../../core/aggregate/entity-table.js';
import { extractMentions } from '../../core/entities/index.js';
import { periodOf } from '../../core/keywords/frequency.js';
import { analyseText } from '../../core/pipeline.js';
import type { Document, EntityType, MentionRecord } from '../../core/types.js';
import type { Column } from '../../output/columns.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { ENTITY_COLUMNS, entityPeriodColumns } from '../record-columns.js';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'country', 'place', 'org', 'treaty', 'date'];

const MENTION_COLUMNS: Column[] = [
  { key: 'doc', title: 'doc' },
  { key: 'sentence', title: 'sentence', numeric: true },
  { key: 'start', title: 'start', numeric: true },
  { key: 'end', title: 'end', numeric: true },
  { key: 'text', title: 'text' },
  { key: 'type', title: 'type' },
  { key: 'entity', title: 'entity' },
  { key: 'id', title: 'id' },
  { key: 'form', title: 'form' },
];


export function parseTypes(value: unknown): Set<EntityType> | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const types = new Set<EntityType>();
  for (const item of value as string[]) {
    if (!(ENTITY_TYPES as readonly string[]).includes(item)) {
      throw new UsageError(`unknown entity type '${item}' (expected ${ENTITY_TYPES.join(', ')})`);
    }
    types.add(item as EntityType);
  }
  return types;
}

export function analyse(doc: Document, options: Record<string, unknown>): MentionRecord[] {
  const types = parseTypes(options['type']);
  const { sentences, tokens } = analyseText(doc);
  const mentions = extractMentions(doc, sentences, tokens);
  return types === null ? mentions : mentions.filter((m) => types.has(m.type));
}

export async function run({ analysed, writer, common, options }: CommandContext): Promise<void> {
  parseTypes(options['type']);
  const minCount = common.minCount ?? 1;

  if (options['mentions'] === true) {
    await writer.begin(MENTION_COLUMNS);
    let left = common.top ?? Infinity;
    for await (const { result } of analysed<MentionRecord[]>(analyse)) {
      if (left <= 0) break;
      const mentions = result.length > left ? result.slice(0, left) : result;
      left -= mentions.length;
      await writer.write(mentions.map((m) => ({ ...m })));
    }
    await writer.end();
    return;
  }

  const table = new EntityTable();
  const by = options['by'] as 'doc' | 'date' | 'month' | undefined;
  const periods = by ? new EntityPeriodTable() : null;
  for await (const { doc, result } of analysed<MentionRecord[]>(analyse)) {
    table.addDocument(result);
    if (periods && by) periods.add(periodOf(by, doc), result);
  }
  if (periods && by) {
    const keep = new Set<string>();
    let left = common.top ?? Infinity;
    for (const batch of table.rows(minCount)) {
      for (const r of batch) if (left-- > 0) keep.add(entityKey(r));
      if (left <= 0) break;
    }
    await writer.begin(entityPeriodColumns(by));
    await writer.write(periods.results((key) => keep.has(key)).map((r) => ({ ...r })));
    await writer.end();
    return;
  }
  await writer.begin(ENTITY_COLUMNS);
  let left = common.top ?? Infinity;
  for (const batch of table.rows(minCount)) {
    const rows = batch.length > left ? batch.slice(0, left) : batch;
    left -= rows.length;
    await writer.write(rows.map((r) => ({ ...r })));
    if (left <= 0) break;
  }
  await writer.end();
}
