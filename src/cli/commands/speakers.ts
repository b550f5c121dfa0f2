import { SpeakerTable } from '../../core/aggregate/speaker-table.js';
import { extractMentions } from '../../core/entities/index.js';
import { analyseText } from '../../core/pipeline.js';
import { extractStatements } from '../../core/statements/index.js';
import type { Document, MentionRecord, StatementRecord } from '../../core/types.js';
import type { CommandContext } from '../context.js';
import { SPEAKER_COLUMNS } from '../record-columns.js';


interface DocumentStatements {
  statements: StatementRecord[];
  /** Only the person mentions that carry a role: all the table needs of them. */
  people: MentionRecord[];
}

export function analyse(doc: Document, options: Record<string, unknown>): DocumentStatements {
  const { sentences, tokens } = analyseText(doc);
  const mentions = extractMentions(doc, sentences, tokens);
  return {
    statements: extractStatements(doc, sentences, tokens, mentions, { beliefs: options['beliefs'] === true }),
    people: mentions.filter((m) => m.type === 'person' && (m.role !== null || m.country !== null)),
  };
}

export async function run({ analysed, writer, common }: CommandContext): Promise<void> {
  const table = new SpeakerTable();
  for await (const { result } of analysed<DocumentStatements>(analyse)) table.addDocument(result.statements, result.people);
  const rows = table.results().filter((r) => r.statements >= (common.minCount ?? 1));
  await writer.begin(SPEAKER_COLUMNS);
  await writer.write((common.top === null ? rows : rows.slice(0, common.top)).map((r) => ({ ...r })));
  await writer.end();
}
