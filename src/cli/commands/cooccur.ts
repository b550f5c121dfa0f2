import { extractMentions } from '../../core/entities/index.js';
import { CooccurrenceCounter, type CooccurrenceScope } from '../../core/keywords/cooccurrence.js';
import { analyseText } from '../../core/pipeline.js';
import type { Document, EntityType, MentionRecord } from '../../core/types.js';
import type { Column } from '../../output/columns.js';
import { renderDot } from '../../output/dot.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { RecordWriter } from '../output.js';

const COLUMNS: Column[] = [
  { key: 'source', title: 'entity' },
  { key: 'sourceType', title: 'type' },
  { key: 'target', title: 'with' },
  { key: 'targetType', title: 'type' },
  { key: 'count', title: 'count', numeric: true },
  { key: 'docs', title: 'docs', numeric: true },
  { key: 'significance', title: 'significance', numeric: true },
];

const ALL_TYPES: EntityType[] = ['person', 'country', 'place', 'org', 'treaty', 'date'];

/** Per document (on a worker thread with --jobs): the mentions that matter and the sentence count. */
export function analyse(doc: Document, _options: Record<string, unknown>): { mentions: MentionRecord[]; sentences: number } {
  const { sentences, tokens } = analyseText(doc);
  return { mentions: extractMentions(doc, sentences, tokens).filter((m) => m.type !== 'date'), sentences: sentences.length };
}

export async function run({ analysed, writer, common, options, warn }: CommandContext): Promise<void> {
  const scope = ((options['scope'] as string | undefined) ?? 'sentence') as CooccurrenceScope;
  const wanted = (options['type'] as string[] | undefined) ?? ['person', 'country', 'place', 'org', 'treaty'];
  for (const t of wanted) if (!ALL_TYPES.includes(t as EntityType) || t === 'date') throw new UsageError(`unknown entity type '${t}' (person, country, place, org, treaty)`);
  const counter = new CooccurrenceCounter({ scope, types: new Set(wanted as EntityType[]) });
  for await (const { result } of analysed<{ mentions: MentionRecord[]; sentences: number }>(analyse)) counter.add(result.mentions, result.sentences);
  if (counter.floor > 0) warn(`the pair table was pruned: counts may be low by up to ${counter.floor}`);
  const all = counter.results(common.minCount ?? 1);
  const records = (common.top === null ? all : all.slice(0, common.top)).map((r) => ({ ...r }));
  const out =
    options['format'] === 'dot'
      ? new RecordWriter(process.stdout, () => ({
          begin: () => '',
          rows: () => '',
          end: () => renderDot(records, { name: 'cooccur', source: 'source', target: 'target', sourceKind: 'sourceType', targetKind: 'targetType', weight: 'count' }),
        }))
      : writer;
  await out.begin(COLUMNS);
  await out.write(records);
  await out.end();
}
