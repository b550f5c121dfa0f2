import { createReadStream, fstatSync, type Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { normaliseDate, parseDocument } from '../core/document.js';
import type { Document } from '../core/types.js';
import { readLines } from './lines.js';

export type InputFormat = 'auto' | 'text' | 'jsonl';

export interface InputOptions {
  /** File extensions (with the dot) taken from folders. */
  extensions: string[];
  format: InputFormat;
  /** Told the raw bytes read from disk or stdin (compressed bytes for .gz), for progress. */
  onBytes?: (count: number) => void;
}

/** Where input problems go: each is one line on stderr, and the run ends non-zero. */
export interface InputReporter {
  skip(message: string): void;
  warn(message: string): void;
}

/** The seeds folder shipped with the package: the default input on a terminal. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];

// Chunks of JSON lines read and inflated at a time. zlib's default (16 KB out
// a step, a step at a time on the thread pool) left the main thread waiting
// for it after every 16 KB: 0.3-0.5 s idle and ~0.4 s in zlib's stream
// plumbing for `freq` over the UN corpus.
const READ_CHUNK = 1 << 18;

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (error instanceof Error) return error.message.replace(/\s+/g, ' ');
  return String(error);
}

/** Reads every input in order, one document at a time. */
export async function* readDocuments(
  inputs: readonly string[],
  options: InputOptions,
  reporter: InputReporter,
): AsyncGenerator<Document> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin(options, reporter);
      continue;
    }
    let info: Stats;
    try {
      info = await stat(input);
    } catch (error) {
      reporter.skip(`cannot read '${input}': ${describeError(error)}`);
      continue;
    }
    if (info.isDirectory()) {
      yield* readFolder(input, options, reporter);
    } else {
      yield* readFile_(input, input, options, reporter);
    }
  }
}

/** The bundled seeds, with ids as `seeds/<file>`. */
export async function* readSeeds(options: InputOptions, reporter: InputReporter): AsyncGenerator<Document> {
  for (const path of await listFolder(SEEDS_DIR, options.extensions, reporter)) {
    yield* readFile_(path, join('seeds', relative(SEEDS_DIR, path)), options, reporter);
  }
}

/**
 * Whether standard input carries data: a pipe, a file or a socket does; a
 * terminal, /dev/null or a closed descriptor does not (then the seeds are read).
 */
export async function stdinHasData(): Promise<boolean> {
  if (process.stdin.isTTY) return false;
  try {
    const info = fstatSync(0);
    return info.isFIFO() || info.isFile() || info.isSocket();
  } catch {
    return false;
  }
}

async function listFolder(folder: string, extensions: readonly string[], reporter: InputReporter): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      reporter.skip(`cannot read '${dir}': ${describeError(error)}`);
      return;
    }
    // Sorted by code unit, so every machine reads a folder in the same order.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) found.push(path);
    }
  };
  await walk(folder);
  return found;
}

async function* readFolder(folder: string, options: InputOptions, reporter: InputReporter): AsyncGenerator<Document> {
  for (const path of await listFolder(folder, options.extensions, reporter)) {
    yield* readFile_(path, path, options, reporter);
  }
}

function isJsonLinesName(name: string, format: InputFormat): boolean {
  if (format !== 'auto') return format === 'jsonl';
  const bare = name.endsWith('.gz') ? name.slice(0, -3) : name;
  return JSONL_EXTENSIONS.some((ext) => bare.endsWith(ext));
}

async function* readFile_(
  path: string,
  id: string,
  options: InputOptions,
  reporter: InputReporter,
): AsyncGenerator<Document> {
  const gzipped = path.endsWith('.gz');
  if (isJsonLinesName(path, options.format)) {
    const raw = createReadStream(path, { highWaterMark: READ_CHUNK });
    const stream = gzipped ? raw.pipe(createGunzip({ chunkSize: READ_CHUNK })) : raw;
    raw.on('error', (error) => stream.destroy(error));
    const onBytes = options.onBytes;
    if (onBytes) raw.on('data', (chunk) => onBytes(chunk.length));
    yield* readJsonLines(stream, id, reporter);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = gzipped ? await gunzipFile(path) : await readFile(path);
    options.onBytes?.(gzipped ? (await stat(path)).size : bytes.length);
  } catch (error) {
    reporter.skip(`cannot read '${id}': ${describeError(error)}`);
    return;
  }
  const text = decodeText(bytes, id, reporter);
  if (text !== null) yield parseDocument({ id, text });
}

async function gunzipFile(path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const raw = createReadStream(path);
  const gunzip = raw.pipe(createGunzip());
  raw.on('error', (error) => gunzip.destroy(error));
  for await (const chunk of gunzip) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * UTF-8 text, or null for binary data. A NUL byte never occurs in text, so it
 * marks a binary file; invalid UTF-8 is decoded with replacement characters
 * and reported, so no text is lost silently.
 */
export function decodeText(bytes: Uint8Array, id: string, reporter: InputReporter): string | null {
  if (bytes.includes(0)) {
    reporter.skip(`skipped '${id}': binary file (NUL byte)`);
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    reporter.warn(`'${id}': invalid UTF-8, decoded with replacement characters`);
    return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  }
}

async function* readStdin(options: InputOptions, reporter: InputReporter): AsyncGenerator<Document> {
  const stdin = process.stdin;
  if (options.format === 'jsonl') {
    yield* readJsonLines(stdin, '-', reporter);
    return;
  }
  // Peek at the first bytes: JSON lines stream record by record (a corpus
  // piped from zcat), anything else is one article.
  const iterator = stdin[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head = first.value as Buffer;
  options.onBytes?.(head.length);
  const firstChar = head.toString('utf8', 0, Math.min(head.length, 64)).replace(/^\uFEFF/, '').trimStart()[0];
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      options.onBytes?.((next.value as Buffer).length);
      yield next.value as Buffer;
    }
  };
  if (options.format === 'auto' && firstChar === '{') {
    yield* readJsonLines(Readable.from(rest()), '-', reporter);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of rest()) chunks.push(chunk);
  const text = decodeText(Buffer.concat(chunks), '-', reporter);
  if (text !== null) yield parseDocument({ id: '-', text });
}

/**
 * The JSON objects of a JSON-lines file (gzipped when its name ends in .gz)
 * or of stdin (`-`), with where each came from (`file:line`). Blank lines
 * are passed over; a line that is no JSON object is reported by number.
 */
export async function* readJsonObjects(source: string, reporter: InputReporter): AsyncGenerator<{ record: Record<string, unknown>; where: string }> {
  const raw = source === '-' ? process.stdin : createReadStream(source);
  const stream = source.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  if (stream !== raw) raw.on('error', (error: Error) => stream.destroy(error));
  yield* readJsonObjectStream(stream, source, reporter);
}

async function* readJsonObjectStream(
  stream: NodeJS.ReadableStream,
  source: string,
  reporter: InputReporter,
): AsyncGenerator<{ record: Record<string, unknown>; where: string }> {
  let lineNumber = 0;
  try {
    for await (const line of readLines(stream as AsyncIterable<Buffer | string>)) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      const where = `${source}:${lineNumber}`;
      const record = parseJsonObject(line, where, reporter);
      if (record) yield { record, where };
    }
  } catch (error) {
    reporter.skip(`cannot read '${source}'${lineNumber > 0 ? ` after line ${lineNumber}` : ''}: ${describeError(error)}`);
  }
}

/** JSON lines `{id, text, date?, title?}`: one document a line; bad lines are reported by number. */
async function* readJsonLines(stream: NodeJS.ReadableStream, source: string, reporter: InputReporter): AsyncGenerator<Document> {
  for await (const { record, where } of readJsonObjectStream(stream, source, reporter)) {
    const document = documentFromRecord(record, where, reporter);
    if (document) yield document;
  }
}

function parseJsonObject(line: string, where: string, reporter: InputReporter): Record<string, unknown> | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    reporter.skip(`${where}: not valid JSON, line skipped`);
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    reporter.skip(`${where}: not a JSON object, line skipped`);
    return null;
  }
  return value as Record<string, unknown>;
}

export function parseJsonLine(line: string, where: string, reporter: InputReporter): Document | null {
  const record = parseJsonObject(line, where, reporter);
  return record === null ? null : documentFromRecord(record, where, reporter);
}

function documentFromRecord(record: Record<string, unknown>, where: string, reporter: InputReporter): Document | null {
  // Own properties only: a `__proto__` key in the input must not reach any prototype.
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
  const text = own('text');
  if (typeof text !== 'string') {
    reporter.skip(`${where}: no "text" string, line skipped`);
    return null;
  }
  const rawId = own('id');
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : where;
  const rawTitle = own('title');
  return parseDocument({
    id,
    text,
    date: normaliseDate(own('date')),
    title: typeof rawTitle === 'string' ? rawTitle : null,
  });
}
