import { countDocumentTerms, FrequencyCounter, PeriodFrequencyCounter, periodOf, type DocumentTermCounts } from '../../core/keywords/frequency.js';
import { analyseTokenColumns } from '../../core/pipeline.js';
import { isStopword, stem } from '../../core/text/normalise.js';
import type { Document } from '../../core/types.js';
import type { CommandContext } from '../context.js';
import { FREQ_COLUMNS, freqPeriodColumns } from '../record-columns.js';

const NORMALISER = { stem, isStopword };

export function analyse(doc: Document, options: Record<string, unknown>): DocumentTermCounts {
  const termOptions = {
    ngram: (options['ngram'] as number | undefined) ?? 1,
    stem: options['stem'] === true,
    keepStopwords: options['keepStopwords'] === true,
  };
  // Transient columns: counted at once, before the next document is tokenised.
  return countDocumentTerms(doc.text, analyseTokenColumns(doc, true).tokens, termOptions, NORMALISER);
}

export async function run({ analysed, writer, common, options }: CommandContext): Promise<void> {
  const by = options['by'] as 'doc' | 'date' | 'month' | undefined;
  const minCount = common.minCount ?? 1;
  if (by) {
    const counter = new PeriodFrequencyCounter();
    for await (const { doc, result } of analysed<DocumentTermCounts>(analyse)) counter.addDocument(periodOf(by, doc), result);
    await writer.begin(freqPeriodColumns(by));
    await writer.write(counter.results(common.top, minCount).map((r) => ({ ...r })));
    await writer.end();
    return;
  }
  const counter = new FrequencyCounter();
  for await (const { result } of analysed<DocumentTermCounts>(analyse)) counter.addDocument(result);
  const records = counter.results(minCount);
  await writer.begin(FREQ_COLUMNS);
  await writer.write((common.top === null ? records : records.slice(0, common.top)).map((r) => ({ ...r })));
  await writer.end();
}
