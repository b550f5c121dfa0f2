import { documentTerms, FrequencyCounter, PeriodFrequencyCounter, periodOf } from '../../core/keywords/frequency.js';
import { analyseText } from '../../core/pipeline.js';
import { isStopword, stem } from '../../core/text/normalise.js';
import type { Column } from '../../output/columns.js';
import type { CommandContext } from '../context.js';

export async function run({ documents, writer, common, options }: CommandContext): Promise<void> {
  const termOptions = {
    ngram: (options['ngram'] as number | undefined) ?? 1,
    stem: options['stem'] === true,
    keepStopwords: options['keepStopwords'] === true,
  };
  const normaliser = { stem, isStopword };
  const by = options['by'] as 'doc' | 'date' | 'month' | undefined;
  const minCount = common.minCount ?? 1;
  if (by) {
    const counter = new PeriodFrequencyCounter();
    for await (const doc of documents) {
      const { terms, words } = documentTerms(analyseText(doc).tokens, termOptions, normaliser);
      counter.add(periodOf(by, doc), terms, words);
    }
    const columns: Column[] = [
      { key: 'period', title: by },
      { key: 'term', title: 'term' },
      { key: 'count', title: 'count', numeric: true },
      { key: 'per10k', title: 'per 10k words', numeric: true },
      { key: 'words', title: `words in ${by}`, numeric: true },
    ];
    await writer.begin(columns);
    await writer.write(counter.results(common.top, minCount).map((r) => ({ ...r })));
    await writer.end();
    return;
  }
  const counter = new FrequencyCounter();
  for await (const doc of documents) {
    const { terms, words } = documentTerms(analyseText(doc).tokens, termOptions, normaliser);
    counter.add(terms, words);
  }
  const columns: Column[] = [
    { key: 'term', title: 'term' },
    { key: 'count', title: 'count', numeric: true },
    { key: 'docs', title: 'documents', numeric: true },
    { key: 'per10k', title: 'per 10k words', numeric: true },
  ];
  const records = counter.results(minCount);
  await writer.begin(columns);
  await writer.write((common.top === null ? records : records.slice(0, common.top)).map((r) => ({ ...r })));
  await writer.end();
}
