import { analyseText } from '../../core/pipeline.js';
import { isStopword, stem } from '../../core/text/normalise.js';
import type { Document } from '../../core/types.js';
import type { Column, OutputRecord } from '../../output/columns.js';
import type { CommandContext } from '../context.js';

type TokenRow = Record<string, string | number>;

export function analyse(doc: Document, options: Record<string, unknown>): TokenRow[] {
  const lower = options['lower'] === true;
  const stemmed = options['stem'] === true;
  const keepStopwords = options['stopwords'] !== false;
  const rows: TokenRow[] = [];
  for (const token of analyseText(doc).tokens) {
    const lowered = token.text.toLowerCase();
    if (!keepStopwords && token.kind === 'word' && isStopword(lowered)) continue;
    const row: TokenRow = {
      doc: doc.id,
      sentence: token.sentence,
      start: token.start,
      end: token.end,
      token: lower ? lowered : token.text,
      kind: token.kind,
    };
    if (stemmed) row['stem'] = token.kind === 'word' ? stem(lowered) : lowered;
    rows.push(row);
  }
  return rows;
}

export async function run({ analysed, writer, common, options }: CommandContext): Promise<void> {
  const columns: Column[] = [
    { key: 'doc', title: 'doc' },
    { key: 'sentence', title: 'sentence', numeric: true },
    { key: 'start', title: 'start', numeric: true },
    { key: 'end', title: 'end', numeric: true },
    { key: 'token', title: 'token' },
    { key: 'kind', title: 'kind' },
  ];
  if (options['stem'] === true) columns.push({ key: 'stem', title: 'stem' });
  await writer.begin(columns);
  let left = common.top ?? Infinity;
  for await (const { result } of analysed<OutputRecord[]>(analyse)) {
    if (left <= 0) break;
    const rows = result.length > left ? result.slice(0, left) : result;
    left -= rows.length;
    await writer.write(rows);
  }
  await writer.end();
}
