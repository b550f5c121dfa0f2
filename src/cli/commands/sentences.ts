import { splitSentences } from '../../core/text/sentences.js';
import type { Document, Sentence } from '../../core/types.js';
import type { Column } from '../../output/columns.js';
import type { CommandContext } from '../context.js';

const COLUMNS: Column[] = [
  { key: 'doc', title: 'doc' },
  { key: 'sentence', title: 'sentence', numeric: true },
  { key: 'start', title: 'start', numeric: true },
  { key: 'end', title: 'end', numeric: true },
  { key: 'text', title: 'text', wide: true },
];

export function analyse(doc: Document): Sentence[] {
  return splitSentences(doc.text, doc.bodyStart, doc.text.length);
}

export async function run({ analysed, writer, common }: CommandContext): Promise<void> {
  await writer.begin(COLUMNS);
  let left = common.top ?? Infinity;
  for await (const { doc, result } of analysed<Sentence[]>(analyse)) {
    if (left <= 0) break;
    const records = result
      .slice(0, left)
      .map((s) => ({ doc: doc.id, sentence: s.index, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) }));
    left -= records.length;
    await writer.write(records);
  }
  await writer.end();
}
