import { analyseText } from '../../core/pipeline.js';
import { isStopword, stem } from '../../core/text/normalise.js';
import type { Column, OutputRecord } from '../../output/columns.js';
import type { CommandContext } from '../context.js';

export async function run({ documents, writer, common, options }: CommandContext): Promise<void> {
  const lower = options['lower'] === true;
  const stemmed = options['stem'] === true;
  const keepStopwords = options['stopwords'] !== false;
  const columns: Column[] = [
    { key: 'doc', title: 'doc' },
    { key: 'sentence', title: 'sentence', numeric: true },
    { key: 'start', title: 'start', numeric: true },
    { key: 'end', title: 'end', numeric: true },
    { key: 'token', title: 'token' },
    { key: 'kind', title: 'kind' },
  ];
  if (stemmed) columns.push({ key: 'stem', title: 'stem' });
  await writer.begin(columns);
  let left = common.top ?? Infinity;
  for await (const doc of documents) {
    if (left <= 0) break;
    const records: OutputRecord[] = [];
    for (const token of analyseText(doc).tokens) {
      if (records.length >= left) break;
      const lowered = token.text.toLowerCase();
      if (!keepStopwords && token.kind === 'word' && isStopword(lowered)) continue;
      const record: Record<string, string | number> = {
        doc: doc.id,
        sentence: token.sentence,
        start: token.start,
        end: token.end,
        token: lower ? lowered : token.text,
        kind: token.kind,
      };
      if (stemmed) record['stem'] = token.kind === 'word' ? stem(lowered) : lowered;
      records.push(record);
    }
    left -= records.length;
    await writer.write(records);
  }
  await writer.end();
}
