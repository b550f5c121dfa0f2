import { CollocateCounter, type CollocateRecord } from '../../core/keywords/collocates.js';
import { regexFinder, termFinder, type SpanFinder } from '../../core/keywords/concordance.js';
import { analyseText } from '../../core/pipeline.js';
import { isStopword } from '../../core/text/normalise.js';
import type { Column } from '../../output/columns.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';

const COLUMNS: Column[] = [
  { key: 'collocate', title: 'collocate' },
  { key: 'count', title: 'count', numeric: true },
  { key: 'left', title: 'left', numeric: true },
  { key: 'right', title: 'right', numeric: true },
  { key: 'frequency', title: 'frequency', numeric: true },
  { key: 'mi', title: 'MI', numeric: true },
  { key: 'logLikelihood', title: 'log-likelihood', numeric: true },
];

const ORDERS: Record<string, (a: CollocateRecord, b: CollocateRecord) => number> = {
  ll: () => 0,
  mi: (a, b) => b.mi - a.mi,
  count: (a, b) => b.count - a.count,
};

export async function run({ documents, writer, common, options }: CommandContext): Promise<void> {
  const term = ((options['leading'] as string[] | undefined) ?? [])[0];
  if (term === undefined || term.trim() === '') throw new UsageError('collocates needs a TERM');
  const window = (options['window'] as number | undefined) ?? 5;
  const left = (options['left'] as number | undefined) ?? window;
  const right = (options['right'] as number | undefined) ?? window;
  let finder: SpanFinder;
  if (options['regex'] === true) {
    try {
      finder = regexFinder(new RegExp(term, 'iu'));
    } catch (error) {
      throw new UsageError(`invalid regular expression '${term}': ${error instanceof Error ? error.message : String(error)}`);
    }
  } else finder = termFinder(term);
  const counter = new CollocateCounter({ left, right, isStopword, keepStopwords: options['keepStopwords'] === true });
  for await (const doc of documents) {
    const { tokens } = analyseText(doc);
    counter.add(tokens, finder(doc.text, doc.bodyStart, tokens));
  }
  const order = ORDERS[(options['sort'] as string | undefined) ?? 'll'] ?? ORDERS['ll'];
  const records = counter.results(common.minCount ?? 1);
  // Array sort is stable: ties keep the log-likelihood order.
  if (order) records.sort(order);
  await writer.begin(COLUMNS);
  await writer.write((common.top === null ? records : records.slice(0, common.top)).map((r) => ({ ...r })));
  await writer.end();
}
