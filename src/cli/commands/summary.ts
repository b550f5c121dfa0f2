import { extractMentions } from '../../core/entities/index.js';
import { summariseDocument, type SummaryRecord } from '../../core/keywords/summary.js';
import { generalEnglish } from '../../core/lexicon/general-english.js';
import { analyseText } from '../../core/pipeline.js';
import { extractStatements } from '../../core/statements/index.js';
import type { Document } from '../../core/types.js';
import type { Column, Style } from '../../output/columns.js';
import type { CommandContext } from '../context.js';
import { RecordWriter } from '../output.js';

const COLUMNS: Column[] = [
  { key: 'doc', title: 'doc' },
  { key: 'date', title: 'date' },
  { key: 'tags', title: 'tags' },
  { key: 'title', title: 'title' },
  { key: 'words', title: 'words', numeric: true },
  { key: 'sentences', title: 'sentences', numeric: true },
  { key: 'people', title: 'people' },
  { key: 'countries', title: 'countries' },
  { key: 'places', title: 'places' },
  { key: 'orgs', title: 'orgs' },
  { key: 'treaties', title: 'treaties' },
  { key: 'keywords', title: 'keywords' },
  { key: 'phrases', title: 'phrases' },
  { key: 'statements', title: 'statements' },
  { key: 'summary', title: 'summary' },
];

/** One article's digest (pure; on a worker thread with --jobs). */
export function analyse(doc: Document, options: Record<string, unknown>): SummaryRecord {
  const { sentences, tokens } = analyseText(doc);
  const mentions = extractMentions(doc, sentences, tokens);
  const statements = extractStatements(doc, sentences, tokens, mentions);
  const reference = generalEnglish();
  return summariseDocument(doc, sentences, tokens, mentions, statements, {
    sentences: (options['sentences'] as number | undefined) ?? 3,
    keywords: (options['keywords'] as number | undefined) ?? 10,
    entities: 8,
    reference,
  });
}

/** Folds text to `width` columns after an indent. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

/** The digest as a person reads it on a terminal. */
export function formatDigest(r: SummaryRecord, width: number, style: Style): string {
  const pad = '              ';
  const row = (label: string, values: readonly string[] | string): string => {
    const text = typeof values === 'string' ? values : values.join(', ');
    return `  ${style.dim(label.padEnd(pad.length - 2))}${wrap(text === '' ? '—' : text, width, pad)}\n`;
  };
  let out = `${style.header(r.doc)}\n`;
  const meta = [r.date ?? 'undated', `${r.words} words`, `${r.sentences} sentences`];
  if (r.tags.length > 0) meta.push(`tags: ${r.tags.join(' ')}`);
  out += `  ${meta.join(' · ')}\n`;
  if (r.title) out += row('title', r.title);
  out += row('people', r.people);
  out += row('countries', r.countries);
  if (r.places.length > 0) out += row('places', r.places);
  out += row('orgs', r.orgs);
  if (r.treaties.length > 0) out += row('treaties', r.treaties);
  out += row('keywords', r.keywords);
  out += row('key phrases', r.phrases);
  out += row('statements', r.statements);
  if (r.summary.length > 0) {
    out += `  ${style.dim('summary')}\n`;
    for (const s of r.summary) out += `    ${wrap(s, width, '    ')}\n`;
  }
  return `${out}\n`;
}

export async function run({ analysed, writer, common }: CommandContext): Promise<void> {
  const terminal = common.format === 'table';
  const width = Math.max(40, Math.min(120, process.stdout.columns ?? 100));
  const out = terminal
    ? new RecordWriter(process.stdout, () => ({
        begin: () => '',
        rows: (records) => records.map((r) => formatDigest(r as unknown as SummaryRecord, width, common.style)).join(''),
        end: () => '',
      }))
    : writer;
  await out.begin(COLUMNS);
  let written = 0;
  for await (const { result } of analysed<SummaryRecord>(analyse)) {
    if (common.top !== null && written >= common.top) break;
    await out.write([{ ...result }]);
    written += 1;
  }
  await out.end();
}
