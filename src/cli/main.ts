import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import type { Document } from '../core/types.js';
import { FORMATS, type Format } from '../output/render.js';
import type { CommandContext, CommonOptions } from './context.js';
import type { InputFormat } from './input.js';
import type { Analyse, Analysed } from './parallel.js';
import { UsageError } from './errors.js';
import { OutputClosed, type ColorChoice } from './output.js';

// Only commander is loaded up front: each command's code (and the lexicons,
// gazetteers and models it needs) is imported when that command runs, so
// `statements --version` and `--help` start fast.

const packageJson = createRequire(import.meta.url)('../../package.json') as { version: string };

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

function parsePositive(value: string): number {
  const n = parseCount(value);
  if (n < 1) throw new InvalidArgumentError('expected a number of 1 or more.');
  return n;
}

/** `--shard 2/4`: the second of four deterministic shares (document number modulo 4). */
export function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected i/n with 1 ≤ i ≤ n, e.g. 1/4.');
  return { index, count };
}

function parseList(value: string, previous: string[] | undefined): string[] {
  const items = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  return [...(previous ?? []), ...items];
}

type CommandModule = { run: (context: CommandContext) => Promise<void> };

interface CommandDefinition {
  name: string;
  summary: string;
  /** Extra positional arguments before the inputs (`kwic TERM`). */
  leadingArguments?: string[];
  /** Formats only this command writes (cooccur: `dot`), on top of the shared ones. */
  formats?: string[];
  examples: string[];
  configure?: (command: Command) => void;
  load: () => Promise<CommandModule>;
}

const BY_CHOICES = ['doc', 'date', 'month'];

const COMMANDS: CommandDefinition[] = [
  {
    name: 'entities',
    summary: 'people, countries, places, organisations, treaties and dates named in the articles',
    examples: [
      'statements entities',
      'statements entities --type person,country --top 20 articles/',
      'statements entities --mentions --format ndjson article.txt | jq -c "select(.type==\\"person\\")"',
      'statements entities --by month --type country --format tsv corpus.jsonl.gz',
    ],
    configure: (c) =>
      c
        .option('--type <types>', 'only these types: person,country,place,org,treaty,date', parseList)
        .option('--mentions', 'one record per mention, as SPEC.md says, instead of one per entity')
        .addOption(new Option('--by <unit>', 'counts per document, per date or per month').choices(BY_CHOICES)),
    load: () => import('./commands/entities.js'),
  },
  {
    name: 'quotes',
    summary: 'who said what: one record per statement, with speaker, cue and content',
    examples: [
      'statements quotes',
      'statements quotes --speaker Lavrov seeds/',
      'statements quotes --cue warned --format csv readouts/ > warnings.csv',
      'statements quotes --direct --format ndjson briefings.jsonl.gz | jq -r .content',
    ],
    configure: (c) =>
      c
        .option('--speaker <name>', 'only statements by this speaker (any alias of the entity)')
        .option('--cue <verb>', 'only statements with this cue (any form: warn, warned, warning)')
        .option('--direct', 'only direct quotes')
        .option('--indirect', 'only indirect (reported) speech')
        .option('--beliefs', 'also count attributed beliefs (`Officials believe X`), as the PARC corpus does'),
    load: () => import('./commands/quotes.js'),
  },
  {
    name: 'speakers',
    summary: 'per speaker: statements, documents, the cues used most, role and country',
    examples: ['statements speakers', 'statements speakers --top 10 --format tsv readouts/ | sort -t$\'\\t\' -k3 -nr'],
    configure: (c) => c.option('--beliefs', 'also count attributed beliefs (`Officials believe X`), as the PARC corpus does'),
    load: () => import('./commands/speakers.js'),
  },
  {
    name: 'freq',
    summary: 'word and n-gram frequencies, per 10,000 words, over the whole input or by document and time',
    examples: [
      'statements freq',
      'statements freq --format tsv seeds | sort -k2 -nr | head',
      'statements freq --ngram 2 --top 20 article.txt',
      'statements freq --by month --top 5 corpus.jsonl.gz',
    ],
    configure: (c) =>
      c
        .option('--ngram <n>', 'count sequences of n words', parsePositive, 1)
        .option('--stem', 'count Porter stems instead of words')
        .option('--keep-stopwords', 'keep function words (the, of, and …)')
        .addOption(new Option('--by <unit>', "a term's counts per document, per date or per month").choices(BY_CHOICES)),
    load: () => import('./commands/freq.js'),
  },
  {
    name: 'merge',
    summary: 'combine the NDJSON outputs of entities, freq or speakers runs over shards into one result',
    examples: [
      'statements merge shard-1.ndjson shard-2.ndjson',
      "parallel --sshlogin host1,host2 'statements entities --shard {}/4 --format ndjson corpus.jsonl.gz' ::: 1 2 3 4 | statements merge --top 20",
    ],
    load: () => import('./commands/merge.js'),
  },
  {
    name: 'sentences',
    summary: 'sentence boundaries with offsets',
    examples: ['statements sentences seeds/', 'statements sentences --format ndjson article.txt | jq -r .text'],
    load: () => import('./commands/sentences.js'),
  },
  {
    name: 'tokens',
    summary: 'tokens with offsets, optionally lower-cased, stemmed, without stopwords',
    examples: ['statements tokens article.txt', 'statements tokens --lower --no-stopwords --format tsv - < article.txt'],
    configure: (c) =>
      c
        .option('--lower', 'lower-case each token')
        .option('--stem', 'Porter stem of each token')
        .option('--no-stopwords', 'leave out function words'),
    load: () => import('./commands/tokens.js'),
  },
  {
    name: 'keywords',
    summary: 'words and phrases that stand out: keyness (log-likelihood, log ratio) against general English or --reference, or tf-idf per document',
    examples: [
      'statements keywords article.txt',
      'statements keywords --per-doc --top 5 seeds/',
      'statements keywords --reference whitehouse.jsonl.gz un-debates.jsonl.gz',
      'statements keywords --reference <(zcat whitehouse.jsonl.gz) --no-phrases --top 30 ministry/',
    ],
    configure: (c) =>
      c
        .option('--reference <path>', 'compare with this corpus (file, folder, pipe; repeat for more) instead of general English (SUBTLEX-US)', (v: string, p: string[] | undefined) => [...(p ?? []), v])
        .option('--per-doc', 'top terms of each document by tf-idf against the other documents')
        .option('--stem', 'compare Porter stems instead of words')
        .option('--no-phrases', 'single words only (faster: no part-of-speech tagging)')
        .option('--negative', 'also list words less frequent than in the reference'),
    load: () => import('./commands/keywords.js'),
  },
  {
    name: 'kwic',
    summary: 'concordance: each match of TERM with its left and right context, aligned',
    leadingArguments: ['<term>'],
    examples: [
      'statements kwic multilateralism',
      'statements kwic --sort left sanctions corpus.jsonl.gz | less -R',
      "statements kwic --regex 'sovereign(ty)?' --width 50 seeds/",
      'statements kwic --entity US seeds/          every alias: US, U.S., United States, American',
    ],
    configure: (c) =>
      c
        .option('--width <n>', 'characters of context on each side', parseCount)
        .addOption(new Option('--sort <key>', 'order of lines: document order, or by the words left or right of the match').choices(['doc', 'left', 'right']).default('doc'))
        .option('--regex', 'TERM is a regular expression (JavaScript syntax)')
        .option('--entity', 'TERM names an entity: match every alias of it')
        .option('--case', 'match case exactly'),
    load: () => import('./commands/kwic.js'),
  },
  {
    name: 'collocates',
    summary: 'words near TERM (within a window, same sentence), with frequency, mutual information and log-likelihood',
    leadingArguments: ['<term>'],
    examples: [
      'statements collocates sanctions corpus.jsonl.gz',
      'statements collocates --window 3 --min-count 5 --sort mi "human rights" corpus.jsonl.gz',
    ],
    configure: (c) =>
      c
        .option('--window <n>', 'words on each side of the node (default 5)', parsePositive)
        .option('--left <n>', 'words to the left (default: --window)', parseCount)
        .option('--right <n>', 'words to the right (default: --window)', parseCount)
        .addOption(new Option('--sort <key>', 'order: log-likelihood, mutual information or count').choices(['ll', 'mi', 'count']).default('ll'))
        .option('--regex', 'TERM is a regular expression')
        .option('--keep-stopwords', 'keep function words as collocates'),
    load: () => import('./commands/collocates.js'),
  },
  {
    name: 'cooccur',
    summary: 'pairs of entities named in the same sentence (or document), with count, documents and Poisson significance',
    formats: ['dot'],
    examples: [
      'statements cooccur seeds/',
      'statements cooccur --scope doc --type country --top 50 corpus.jsonl.gz',
      'statements cooccur --format dot --top 40 corpus.jsonl.gz | dot -Tsvg > graph.svg',
    ],
    configure: (c) =>
      c
        .addOption(new Option('--scope <unit>', 'what counts as together').choices(['sentence', 'doc']).default('sentence'))
        .option('--type <types>', 'entity types: person,country,place,org,treaty (default: all but dates)', parseList),
    load: () => import('./commands/cooccur.js'),
  },
  {
    name: 'summary',
    summary: 'a digest of each article: date, tags, size, people with roles, countries, organisations, treaties, keywords, key phrases, statements by speaker, central sentences',
    examples: [
      'statements summary',
      'statements summary --sentences 5 article.txt',
      'statements summary --format ndjson corpus.jsonl.gz | jq -r .summary[0]',
    ],
    configure: (c) =>
      c
        .option('--sentences <n>', 'central sentences to give, in text order (default 3)', parseCount)
        .option('--keywords <n>', 'keywords and key phrases to give (default 10)', parseCount),
    load: () => import('./commands/summary.js'),
  },
];

function addCommonOptions(command: Command, extraFormats: readonly string[] = []): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, tsv in a pipe)').choices([...FORMATS, ...extraFormats]))
    .option('--no-header', 'leave out the header row (table, tsv, csv)')
    .addOption(new Option('--color <when>', 'colour on a terminal').choices(['auto', 'always', 'never']).default('auto'))
    .option('--top <n>', 'show only the first n rows', parseCount)
    .option('--min-count <n>', 'leave out rows counted fewer than n times', parseCount)
    .option('--ext <extensions>', 'file extensions read from folders', parseList)
    .addOption(new Option('--input <kind>', 'how to read files and stdin').choices(['auto', 'text', 'jsonl']).default('auto'))
    .option('-j, --jobs <n>', 'documents analysed at once: the main thread and n-1 worker threads (default: one per core)', parsePositive)
    .option('--shard <i/n>', 'take only share i of n of the documents (for runs across machines)', parseShard)
    .option('--debug', 'print stack traces of failures');
}

interface RunState {
  exitCode: number;
  debug: boolean;
}

function writeError(message: string): void {
  process.stderr.write(`statements: ${message}\n`);
}

async function runCommand(definition: CommandDefinition, inputs: string[], raw: Record<string, unknown>, state: RunState): Promise<void> {
  const [{ readDocuments, readSeeds, stdinHasData }, { RecordWriter, buildStyle, colorLevel, defaultFormat }] = await Promise.all([
    import('./input.js'),
    import('./output.js'),
  ]);
  state.debug = raw['debug'] === true;
  const format = (raw['format'] as Format | undefined) ?? defaultFormat(process.stdout);
  const style = await buildStyle(colorLevel(raw['color'] as ColorChoice, process.stdout, process.env));
  const extensions = ((raw['ext'] as string[] | undefined) ?? ['txt']).map((e) => (e.startsWith('.') ? e : `.${e}`));
  const { Progress, inputSize } = await import('./progress.js');
  // Progress only on a terminal, never in pipes or when stderr is captured.
  // Records streamed to the same terminal would interleave with it, so then only tables (printed at the end) get it.
  const showProgress = process.stderr.isTTY === true && (!process.stdout.isTTY || (raw['format'] ?? 'table') === 'table');
  const progress = showProgress ? new Progress(process.stderr, inputs.length > 0 ? inputSize(inputs, extensions) : null) : null;
  const inputOptions = {
    extensions,
    format: raw['input'] as InputFormat,
    ...(progress ? { onBytes: (n: number) => progress.addBytes(n) } : {}),
  };
  let skipped = 0;
  const reporter = {
    skip: (message: string) => {
      skipped += 1;
      progress?.finish();
      writeError(message);
    },
    warn: (message: string) => {
      progress?.finish();
      writeError(`warning: ${message}`);
    },
  };
  let documents: AsyncIterable<Document>;
  if (inputs.length > 0) documents = readDocuments(inputs, inputOptions, reporter);
  else if (await stdinHasData()) documents = readDocuments(['-'], inputOptions, reporter);
  else documents = readSeeds(inputOptions, reporter);

  if (progress) documents = countDocuments(documents, () => progress.addDocument());
  const shard = raw['shard'] as { index: number; count: number } | undefined;
  if (shard) documents = takeShard(documents, shard.index, shard.count);

  const writer = RecordWriter.forFormat(process.stdout, {
    format,
    header: raw['header'] !== false,
    style,
    width: process.stdout.columns ?? 100,
  });
  if (shard) writer.extraFields = { shard: `${shard.index}/${shard.count}` };
  const common: CommonOptions = {
    format,
    top: (raw['top'] as number | undefined) ?? null,
    minCount: (raw['minCount'] as number | undefined) ?? null,
    style,
  };
  boundHeapGrowth();
  const module = await definition.load();
  const { analyseDocuments, defaultJobs } = await import('./parallel.js');
  const jobs = (raw['jobs'] as number | undefined) ?? defaultJobs();
  // Only plain option values cross to the worker threads.
  const workerOptions = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v !== 'function'));
  const analysed = <R>(analyse: Analyse): AsyncIterable<Analysed<R>> =>
    analyseDocuments<R>(documents, {
      command: definition.name,
      analyse,
      options: workerOptions,
      jobs,
      onFailure: (doc, message) => reporter.skip(`failed on '${doc.id}': ${message}`),
    });
  try {
    await module.run({ documents, options: raw, common, writer, warn: reporter.warn, skip: reporter.skip, inputs, analysed });
  } finally {
    progress?.finish();
  }
  // Each skipped input was reported as it happened; the exit code says the output is incomplete.
  if (skipped > 0) state.exitCode = 2;
}

/**
 * Keeps memory flat over a whole corpus. Each document's tokens and
 * candidates live long enough to be promoted to V8's old space, where they
 * die; V8 then grows the old space by up to 4x before collecting it, so peak
 * RSS of `entities` over the 81 MB White House corpus reached 358 MB with a
 * live heap under 100 MB. Growing by 20% at a time: 261 MB, same run time
 * within noise (46 s vs 45 s, one core). The flag is read at every major GC,
 * so setting it here takes effect for this thread and every worker.
 */
function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=20');
}

async function* countDocuments(documents: AsyncIterable<Document>, count: () => void): AsyncGenerator<Document> {
  for await (const doc of documents) {
    count();
    yield doc;
  }
}

async function* takeShard(documents: AsyncIterable<Document>, index: number, count: number): AsyncGenerator<Document> {
  let seq = 0;
  for await (const doc of documents) {
    if (seq % count === index - 1) yield doc;
    seq += 1;
  }
}

export function buildProgram(state: RunState): Command {
  const program = new Command('statements')
    .description(
      'Who is named, who said what about whom, and which words stand out, in news articles, ministry readouts and press transcripts.\n' +
        'Inputs: files, folders (*.txt), - or piped stdin, JSON lines (.jsonl/.ndjson, {id, text, date}), .gz. No input on a terminal: the bundled seeds.',
    )
    .version(packageJson.version, '-V, --version')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`statements: ${text.replace(/^error: /, '')}`) });
  for (const definition of COMMANDS) {
    const command = program.command(definition.name).description(definition.summary);
    for (const argument of definition.leadingArguments ?? []) command.argument(argument);
    command.argument('[inputs...]', 'files, folders, - for stdin; none: stdin if piped, else the seeds');
    definition.configure?.(command);
    addCommonOptions(command, definition.formats);
    command.exitOverride();
    command.configureOutput({ outputError: (text, write) => write(`statements: ${text.replace(/^error: /, '')}`) });
    command.addHelpText('after', `\nExamples:\n${definition.examples.map((e) => `  $ ${e}`).join('\n')}\n`);
    command.action(async (...args: unknown[]) => {
      const raw = (args[args.length - 2] ?? {}) as Record<string, unknown>;
      const positional = args.slice(0, -2);
      const inputs = (positional[positional.length - 1] ?? []) as string[];
      raw['leading'] = positional.slice(0, -1);
      await runCommand(definition, inputs, raw, state);
    });
  }
  program.addHelpText(
    'after',
    '\nExamples:\n' +
      '  $ statements entities                       the entity table of the bundled seeds\n' +
      '  $ statements quotes article.txt             who said what\n' +
      '  $ statements freq --format tsv seeds | sort -k2 -nr | head\n' +
      '  $ zcat corpus.jsonl.gz | statements entities --type country --top 20\n',
  );
  return program;
}

/** Runs the CLI and returns the exit code: 0 success, 1 failure while running, 2 usage or input error. */
export async function main(argv: string[]): Promise<number> {
  const state: RunState = { exitCode: 0, debug: argv.includes('--debug') };
  // `statements … | head` closes the pipe early: the write fails with EPIPE,
  // which must end the run quietly (help text included), not crash it.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const program = buildProgram(state);
  try {
    await program.parseAsync(argv);
    return state.exitCode;
  } catch (error) {
    if (error instanceof OutputClosed) return 0;
    if (error instanceof CommanderError) {
      // --help and --version also arrive here, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      writeError(error.message);
      return 2;
    }
    if (state.debug && error instanceof Error) process.stderr.write(`${error.stack ?? error.message}\n`);
    else writeError(error instanceof Error ? error.message.split('\n')[0] ?? 'failed' : String(error));
    return 1;
  }
}
