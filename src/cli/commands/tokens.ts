import { analyseTokenColumns } from '../../core/pipeline.js';
import { isStopword, stem } from '../../core/text/normalise.js';
import { KIND_WORD, TOKEN_KINDS, type Document } from '../../core/types.js';
import { sliceBatch, type BatchField, type RecordBatch } from '../../output/batch.js';
import type { Column } from '../../output/columns.js';
import type { CommandContext } from '../context.js';

/**
 * The tokens a document prints, in columns: offsets into its text rather than
 * a record per token (see output/batch.ts). Plain typed arrays and strings,
 * so it crosses from a worker thread cheaply; the text stays with the
 * document the main thread already holds.
 */
export interface TokenTable {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  sentences: Int32Array;
  kinds: Uint8Array;
  /** The stem of each token, with --stem. */
  stems: string[] | null;
}

export function analyse(doc: Document, options: Record<string, unknown>): TokenTable {
  const stemmed = options['stem'] === true;
  const keepStopwords = options['stopwords'] !== false;
  const { tokens } = analyseTokenColumns(doc);
  const { starts, ends, sentences, kinds } = tokens;
  if (keepStopwords && !stemmed) {
    const count = tokens.count;
    return { count, starts: starts.slice(0, count), ends: ends.slice(0, count), sentences: sentences.slice(0, count), kinds: kinds.slice(0, count), stems: null };
  }
  // Stopwords are left out in place: kept tokens move down over dropped ones.
  const text = doc.text;
  const stems: string[] | null = stemmed ? [] : null;
  let kept = 0;
  for (let i = 0; i < tokens.count; i++) {
    const kind = kinds[i]!;
    const lowered = text.slice(starts[i], ends[i]).toLowerCase();
    if (!keepStopwords && kind === KIND_WORD && isStopword(lowered)) continue;
    starts[kept] = starts[i]!;
    ends[kept] = ends[i]!;
    sentences[kept] = sentences[i]!;
    kinds[kept] = kind;
    stems?.push(kind === KIND_WORD ? stem(lowered) : lowered);
    kept += 1;
  }
  return { count: kept, starts: starts.slice(0, kept), ends: ends.slice(0, kept), sentences: sentences.slice(0, kept), kinds: kinds.slice(0, kept), stems };
}

/** The records of a document's tokens: doc, sentence, start, end, token, kind[, stem]. */
function tokenBatch(doc: Document, table: TokenTable, lowerCase: boolean): RecordBatch {
  const fields: BatchField[] = [
    { key: 'doc', column: { type: 'constant', value: doc.id } },
    { key: 'sentence', column: { type: 'integers', values: table.sentences } },
    { key: 'start', column: { type: 'integers', values: table.starts } },
    { key: 'end', column: { type: 'integers', values: table.ends } },
    { key: 'token', column: { type: 'spans', source: doc.text, starts: table.starts, ends: table.ends, lowerCase } },
    { key: 'kind', column: { type: 'choices', codes: table.kinds, choices: TOKEN_KINDS } },
  ];
  if (table.stems !== null) fields.push({ key: 'stem', column: { type: 'strings', values: table.stems } });
  return { length: table.count, fields };
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
  const lowerCase = options['lower'] === true;
  await writer.begin(columns);
  let left = common.top ?? Infinity;
  for await (const { doc, result } of analysed<TokenTable>(analyse)) {
    if (left <= 0) break;
    const batch = sliceBatch(tokenBatch(doc, result, lowerCase), left);
    left -= batch.length;
    await writer.writeBatch(batch);
  }
  await writer.end();
}
