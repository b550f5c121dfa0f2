import {
  concordanceLines,
  regexFinder,
  sortConcordance,
  termFinder,
  type ConcordanceLine,
  type SpanFinder,
} from '../../core/keywords/concordance.js';
import { analyseText } from '../../core/pipeline.js';
import type { MentionRecord, Span } from '../../core/types.js';
import type { Column, Style } from '../../output/columns.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { RecordWriter } from '../output.js';
import { extractMentions } from '../../core/entities/index.js';

const COLUMNS: Column[] = [
  { key: 'doc', title: 'doc' },
  { key: 'sentence', title: 'sentence', numeric: true },
  { key: 'start', title: 'start', numeric: true },
  { key: 'end', title: 'end', numeric: true },
  { key: 'left', title: 'left' },
  { key: 'match', title: 'match' },
  { key: 'right', title: 'right' },
];

/**
 * One aligned concordance line for the terminal: the left context flush right
 * so the matches line up, the match highlighted (in brackets without colour).
 * The contexts keep their own spacing, so `China-[Russia]` reads as written.
 */
export function formatConcordanceLine(line: ConcordanceLine, width: number, style: Style): string {
  const plain = style.highlight('x') === 'x';
  const match = plain ? `[${line.match}]` : style.highlight(line.match);
  const left = line.left.length >= width ? line.left : ' '.repeat(width - line.left.length) + line.left;
  const right = line.right.length >= width ? line.right : line.right + ' '.repeat(width - line.right.length);
  return `${left}${match}${right}  ${style.dim(`${line.doc}:${line.sentence}`)}\n`;
}

/** Every mention of the entity NAME names, by canonical name, id or any surface form seen so far. */
class EntityMatcher {
  private readonly keys = new Set<string>();
  private readonly wanted: string;

  constructor(name: string) {
    this.wanted = name.toLowerCase();
  }

  private static key(m: MentionRecord): string {
    return m.id !== null && m.type === 'country' ? `${m.type}:${m.id}` : `${m.type}:${m.entity}`;
  }

  spans(mentions: readonly MentionRecord[]): Span[] {
    for (const m of mentions) {
      if (m.entity.toLowerCase() === this.wanted || m.text.toLowerCase() === this.wanted || (m.id !== null && m.id.toLowerCase() === this.wanted)) {
        this.keys.add(EntityMatcher.key(m));
      }
    }
    return mentions.filter((m) => this.keys.has(EntityMatcher.key(m))).map((m) => ({ start: m.start, end: m.end }));
  }
}

export async function run({ documents, writer, common, options }: CommandContext): Promise<void> {
  const leading = (options['leading'] as string[] | undefined) ?? [];
  const term = leading[0];
  if (term === undefined || term.trim() === '') throw new UsageError('kwic needs a TERM');
  // `--entity` makes TERM an entity name: `kwic --entity US` finds `U.S.`, `United States`, `American`.
  const entityName = options['entity'] === true ? term : undefined;
  const terminal = common.format === 'table';
  const columns = process.stdout.columns ?? 100;
  const width = (options['width'] as number | undefined) ?? (terminal ? Math.max(20, Math.min(60, Math.floor((columns - 40) / 2))) : 40);
  const sort = (options['sort'] as 'left' | 'right' | 'doc' | undefined) ?? 'doc';
  const caseSensitive = options['case'] === true;

  let finder: SpanFinder | null = null;
  let entities: EntityMatcher | null = null;
  if (entityName !== undefined) {
    entities = new EntityMatcher(entityName);
  } else if (options['regex'] === true) {
    try {
      finder = regexFinder(new RegExp(term, caseSensitive ? 'u' : 'iu'));
    } catch (error) {
      throw new UsageError(`invalid regular expression '${term}': ${error instanceof Error ? error.message : String(error)}`);
    }
  } else finder = termFinder(term, caseSensitive);

  const out = terminal
    ? new RecordWriter(process.stdout, () => ({
        begin: () => '',
        rows: (records) => records.map((r) => formatConcordanceLine(r as unknown as ConcordanceLine, width, common.style)).join(''),
        end: () => '',
      }))
    : writer;
  await out.begin(COLUMNS);
  const limit = common.top;
  let written = 0;
  const held: ConcordanceLine[] = [];
  for await (const doc of documents) {
    const analysed = analyseText(doc);
    let spans: Span[];
    if (entities) spans = entities.spans(extractMentions(doc, analysed.sentences, analysed.tokens));
    else spans = finder ? finder(doc.text, doc.bodyStart, analysed.tokens) : [];
    if (spans.length === 0) continue;
    const lines = concordanceLines(doc, analysed.tokens, spans, { width });
    if (sort !== 'doc') {
      for (const line of lines) held.push(line);
      continue;
    }
    const chosen = limit === null ? lines : lines.slice(0, limit - written);
    written += chosen.length;
    await out.write(chosen.map((l) => ({ ...l })));
    if (limit !== null && written >= limit) break;
  }
  if (sort !== 'doc') {
    const sorted = sortConcordance(held, sort);
    await out.write((limit === null ? sorted : sorted.slice(0, limit)).map((l) => ({ ...l })));
  }
  await out.end();
}
