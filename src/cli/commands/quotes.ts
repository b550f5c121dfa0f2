import { cueMatches, speakerMatches } from '../../core/aggregate/statement-filters.js';
import { extractMentions } from '../../core/entities/index.js';
import { analyseText } from '../../core/pipeline.js';
import { extractStatements } from '../../core/statements/index.js';
import type { Document, StatementRecord } from '../../core/types.js';
import type { Column } from '../../output/columns.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';

const TABLE_COLUMNS: Column[] = [
  { key: 'speakerShown', title: 'speaker' },
  { key: 'cue', title: 'cue' },
  { key: 'content', title: 'content', wide: true },
];

const FULL_COLUMNS: Column[] = [
  'doc', 'sentence', 'speaker', 'speakerStart', 'speakerEnd', 'speakers', 'cue', 'cueStart', 'cueEnd', 'content', 'contentStart', 'contentEnd', 'direct',
].map((key) => ({ key, title: key }));

/** How a statement's speaker reads in a table: the entities it resolves to, else the words written. */
function shownSpeaker(s: StatementRecord): string {
  if (s.speakers.length > 0) return s.speakers.join(' & ');
  return s.speaker ?? '(unnamed)';
}

function directFilter(options: Record<string, unknown>): boolean | null {
  if (options['direct'] === true && options['indirect'] === true) throw new UsageError('--direct and --indirect exclude each other');
  return options['direct'] === true ? true : options['indirect'] === true ? false : null;
}

/** The document's statements, filtered by --speaker, --cue and --direct/--indirect. */
export function analyse(doc: Document, options: Record<string, unknown>): StatementRecord[] {
  const speaker = options['speaker'] as string | undefined;
  const cue = options['cue'] as string | undefined;
  const direct = directFilter(options);
  const { sentences, tokens } = analyseText(doc);
  const mentions = extractMentions(doc, sentences, tokens);
  return extractStatements(doc, sentences, tokens, mentions, { beliefs: options['beliefs'] === true }).filter(
    (s) =>
      (direct === null || s.direct === direct) &&
      (cue === undefined || cueMatches(s.cue, cue)) &&
      (speaker === undefined || speakerMatches(s, speaker, mentions)),
  );
}

export async function run({ analysed, writer, common, options }: CommandContext): Promise<void> {
  directFilter(options);
  const table = common.format === 'table';
  await writer.begin(table ? TABLE_COLUMNS : FULL_COLUMNS);
  let left = common.top ?? Infinity;
  for await (const { result } of analysed<StatementRecord[]>(analyse)) {
    if (left <= 0) break;
    const statements = result.length > left ? result.slice(0, left) : result;
    left -= statements.length;
    await writer.write(statements.map((s) => (table ? { speakerShown: shownSpeaker(s), cue: s.cue, content: s.content } : { ...s })));
  }
  await writer.end();
}
