import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parseDocument } from '../../core/document.js';
import { FrequencyCounter } from '../../core/keywords/frequency.js';
import {
  keywordTerms,
  PhraseMatcher,
  phraseUpperBound,
  scoreKeyness,
  TfIdfCollector,
  BoundedCounter,
  type KeywordKind,
  type KeywordRecord,
} from '../../core/keywords/keyness.js';
import { keyPhraseCandidates, phraseSpans, type PhraseSpan } from '../../core/keywords/phrases.js';
import { generalEnglish } from '../../core/lexicon/general-english.js';
import { analyseText } from '../../core/pipeline.js';
import { isStopword, stem } from '../../core/text/normalise.js';
import type { Document, Token } from '../../core/types.js';
import { extractMentions } from '../../core/entities/index.js';
import type { Column } from '../../output/columns.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { parseJsonLine, readDocuments, type InputFormat } from '../input.js';

interface Reporter {
  skip(message: string): void;
  warn(message: string): void;
}

/**
 * Reads a reference corpus. Files and folders go through the ordinary input
 * reader; a pipe (`--reference <(zcat corpus.jsonl.gz)`) has no name to go by,
 * so its first bytes decide: gzip, JSON lines (streamed record by record), or
 * one text.
 */
async function* readReference(paths: readonly string[], options: { extensions: string[]; format: InputFormat }, reporter: Reporter): AsyncGenerator<Document> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(`cannot read reference '${path}': no such file or folder`);
    }
    if (info.isDirectory() || info.isFile()) {
      yield* readDocuments([path], options, reporter);
      continue;
    }
    yield* readPipe(path, options.format, reporter);
  }
}

async function* readPipe(path: string, format: InputFormat, reporter: Reporter): AsyncGenerator<Document> {
  const raw = createReadStream(path);
  let stream: NodeJS.ReadableStream = raw;
  const iterator = raw[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head = first.value as Buffer;
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value as Buffer;
    }
  };
  stream = Readable.from(rest());
  let peek = head;
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const gunzip = createGunzip();
    stream = stream.pipe(gunzip);
    // Peek again after decompression.
    const inner = gunzip[Symbol.asyncIterator]();
    const firstInner = await inner.next();
    if (firstInner.done) return;
    peek = firstInner.value as Buffer;
    const restInner = async function* (): AsyncGenerator<Buffer> {
      yield peek;
      for (;;) {
        const next = await inner.next();
        if (next.done) return;
        yield next.value as Buffer;
      }
    };
    stream = Readable.from(restInner());
  }
  const firstChar = peek.toString('utf8', 0, Math.min(peek.length, 64)).replace(/^\uFEFF/, '').trimStart()[0];
  if (format === 'jsonl' || (format === 'auto' && firstChar === '{')) {
    let lineNumber = 0;
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      const document = parseJsonLine(line, `${path}:${lineNumber}`, reporter);
      if (document) yield document;
    }
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  yield parseDocument({ id: path, text: Buffer.concat(chunks).toString('utf8') });
}

const normaliser = { stem, isStopword };

/** Phrase counts (bounded) with their first surface text, so a table shows `Sergei Lavrov`, not `sergei lavrov`. */
class PhraseCounter {
  readonly counter = new BoundedCounter();

  add(text: string, tokens: readonly Token[], spans: readonly PhraseSpan[]): void {
    this.counter.add(keyPhraseCandidates(text, tokens, spans).map((c) => ({ key: c.key, label: c.text.replace(/\s+/g, ' ') })));
  }
}

const KEYNESS_COLUMNS: Column[] = [
  { key: 'kind', title: 'kind' },
  { key: 'term', title: 'term' },
  { key: 'count', title: 'count', numeric: true },
  { key: 'docs', title: 'docs', numeric: true },
  { key: 'per10k', title: 'per 10k', numeric: true },
  { key: 'refCount', title: 'ref count', numeric: true },
  { key: 'refPer10k', title: 'ref per 10k', numeric: true },
  { key: 'logLikelihood', title: 'log-likelihood', numeric: true },
  { key: 'logRatio', title: 'log ratio', numeric: true },
];

const TFIDF_COLUMNS: Column[] = [
  { key: 'doc', title: 'doc' },
  { key: 'rank', title: 'rank', numeric: true },
  { key: 'kind', title: 'kind' },
  { key: 'term', title: 'term' },
  { key: 'count', title: 'count', numeric: true },
  { key: 'docs', title: 'docs', numeric: true },
  { key: 'tfidf', title: 'tf-idf', numeric: true },
];

export async function run({ documents, writer, common, options, warn }: CommandContext): Promise<void> {
  const stemming = options['stem'] === true;
  const phrases = options['phrases'] !== false;
  const references = (options['reference'] as string[] | undefined) ?? [];

  if (options['perDoc'] === true) {
    const top = common.top ?? 10;
    const collector = new TfIdfCollector();
    for await (const doc of documents) {
      const analysed = analyseText(doc);
      const { terms } = keywordTerms(doc.text, analysed.tokens, { stem: stemming }, normaliser);
      const all: { term: string; kind: KeywordKind }[] = terms.map((term) => ({ term, kind: 'word' }));
      if (phrases) {
        const spans = phraseSpans(extractMentions(doc, analysed.sentences, analysed.tokens));
        for (const c of keyPhraseCandidates(doc.text, analysed.tokens, spans)) all.push({ term: c.key, kind: 'phrase' });
      }
      collector.add(doc.id, all);
    }
    await writer.begin(TFIDF_COLUMNS);
    for (const records of collector.results(top, common.minCount ?? 1)) await writer.write(records.map((r) => ({ ...r })));
    await writer.end();
    return;
  }

  const words = new FrequencyCounter();
  const phraseCounter = new PhraseCounter();
  for await (const doc of documents) {
    const analysed = analyseText(doc);
    const terms = keywordTerms(doc.text, analysed.tokens, { stem: stemming }, normaliser);
    words.add(terms.terms, terms.words);
    if (phrases) {
      const spans = phraseSpans(extractMentions(doc, analysed.sentences, analysed.tokens));
      phraseCounter.add(doc.text, analysed.tokens, spans);
    }
  }
  const minCount = common.minCount ?? 1;
  const keyness = { minCount, negative: options['negative'] === true };
  const phraseInputs = phrases ? phraseCounter.counter.results(minCount) : [];
  const labels = new Map(phraseInputs.map((p) => [p.term, p.label]));
  if (phraseCounter.counter.floor > 0) warn(`key phrases: the phrase table was pruned; phrase counts may be low by up to ${phraseCounter.counter.floor}`);
  let wordRecords: KeywordRecord[];
  let phraseRecords: KeywordRecord[];
  if (references.length === 0) {
    const general = generalEnglish();
    const counts = stemming ? stemmedCounts(general.counts) : general.counts;
    const lookup = (term: string): number => counts.get(term) ?? 0;
    wordRecords = scoreKeyness('word', words.results(minCount), words.totalWords, lookup, general.total, keyness);
    const wordLookup = (word: string): number => general.counts.get(word) ?? 0;
    phraseRecords = scoreKeyness('phrase', phraseInputs, words.totalWords, (p) => phraseUpperBound(p, wordLookup), general.total, keyness);
  } else {
    const reference = new FrequencyCounter();
    const matcher = new PhraseMatcher(phraseInputs.map((p) => p.term));
    const inputOptions = {
      extensions: ((options['ext'] as string[] | undefined) ?? ['txt']).map((e) => (e.startsWith('.') ? e : `.${e}`)),
      format: (options['input'] as InputFormat | undefined) ?? 'auto',
    };
    let skipped = 0;
    const reporter = {
      skip: (message: string) => {
        skipped += 1;
        warn(`reference: ${message}`);
      },
      warn: (message: string) => warn(`reference: ${message}`),
    };
    for await (const doc of readReference(references, inputOptions, reporter)) {
      const analysed = analyseText(doc);
      const terms = keywordTerms(doc.text, analysed.tokens, { stem: stemming }, normaliser);
      reference.add(terms.terms, terms.words);
      matcher.add(analysed.tokens);
    }
    if (skipped > 0) warn(`reference: ${skipped} input(s) skipped`);
    const refCounts = new Map<string, number>();
    for (const r of reference.results(1)) refCounts.set(r.term, r.count);
    wordRecords = scoreKeyness('word', words.results(minCount), words.totalWords, (t) => refCounts.get(t) ?? 0, reference.totalWords, keyness);
    phraseRecords = scoreKeyness('phrase', phraseInputs, words.totalWords, (p) => matcher.count(p), reference.totalWords, keyness);
  }
  const top = common.top;
  const pick = (records: KeywordRecord[]): KeywordRecord[] => (top === null ? records : records.slice(0, top));
  await writer.begin(KEYNESS_COLUMNS);
  await writer.write(pick(wordRecords).map((r) => ({ ...r })));
  await writer.write(pick(phraseRecords).map((r) => ({ ...r, term: labels.get(r.term) ?? r.term })));
  await writer.end();
}

function stemmedCounts(counts: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, count] of counts) {
    const s = stem(word);
    out.set(s, (out.get(s) ?? 0) + count);
  }
  return out;
}
