import { withConstantFields, type RecordBatch } from '../output/batch.js';
import type { Column, OutputRecord, Style } from '../output/columns.js';
import { plainStyle } from '../output/columns.js';
import { createRenderer, renderBatch, type Format, type Renderer } from '../output/render.js';

export type ColorChoice = 'auto' | 'always' | 'never';

/** Thrown when the reader of stdout went away (`… | head`): the run ends quietly with 0. */
export class OutputClosed extends Error {
  constructor() {
    super('output closed');
  }
}

/**
 * Colour only where a person reads it. chalk ignores NO_COLOR, so the level is
 * decided here and one Chalk instance is built from it.
 */
export function colorLevel(choice: ColorChoice, stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): 0 | 1 {
  if (choice === 'always') return 1;
  if (choice === 'never') return 0;
  if (!stream.isTTY) return 0;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return 0;
  if (env['TERM'] === 'dumb') return 0;
  return 1;
}

export async function buildStyle(level: 0 | 1): Promise<Style> {
  if (level === 0) return plainStyle;
  // Loaded only for colour: a run into a pipe or file never needs it (about 20 ms of start-up).
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });
  return { header: (t) => chalk.bold(t), highlight: (t) => chalk.bold.yellow(t), dim: (t) => chalk.dim(t) };
}

export function defaultFormat(stream: NodeJS.WriteStream): Format {
  return stream.isTTY ? 'table' : 'tsv';
}

/**
 * Writes rendered records to stdout with back-pressure, so a long run over a
 * corpus never queues more than a chunk, and turns EPIPE into OutputClosed.
 */
export class RecordWriter {
  private renderer: Renderer | null = null;
  private closed = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly makeRenderer: (columns: readonly Column[]) => Renderer,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.closed = true;
    });
  }

  static forFormat(
    stream: NodeJS.WriteStream,
    options: { format: Format; header: boolean; style: Style; width: number },
  ): RecordWriter {
    return new RecordWriter(stream, (columns) => createRenderer(columns, options));
  }

  async begin(columns: readonly Column[]): Promise<void> {
    this.renderer = this.makeRenderer(columns);
    await this.put(this.renderer.begin());
  }

  /** Fields added to every record (`shard` on a --shard run, so merge can tell runs apart in one stream). */
  extraFields: Readonly<Record<string, string>> | null = null;

  async write(records: readonly OutputRecord[]): Promise<void> {
    if (!this.renderer) throw new Error('RecordWriter.write before begin');
    if (records.length === 0) return;
    const extra = this.extraFields;
    await this.put(this.renderer.rows(extra ? records.map((r) => ({ ...r, ...extra })) : records));
  }

  /** Records in columns (output/batch.ts); the same output as `write(batchRecords(batch))`. */
  async writeBatch(batch: RecordBatch): Promise<void> {
    if (!this.renderer) throw new Error('RecordWriter.writeBatch before begin');
    if (batch.length === 0) return;
    const extra = this.extraFields;
    await this.put(renderBatch(this.renderer, extra ? withConstantFields(batch, extra) : batch), this.renderer.release);
  }

  async end(): Promise<void> {
    if (!this.renderer) throw new Error('RecordWriter.end before begin');
    await this.put(this.renderer.end());
  }

  /** Writes `text`; `release` is told when a chunk of bytes has been written (see Renderer.release). */
  private async put(text: string | Uint8Array, release?: (chunk: Uint8Array) => void): Promise<void> {
    if (this.closed) throw new OutputClosed();
    if (text.length === 0) return;
    if (release === undefined || typeof text === 'string') return this.wait(this.stream.write(text));
    let released = false;
    const releaseOnce = (): void => {
      if (released) return;
      released = true;
      release(text);
    };
    const ok = this.stream.write(text, releaseOnce);
    // Files, and pipes on Linux, are written synchronously: with nothing left
    // buffered the chunk is written already, and its memory can go round at
    // once. Waiting for the callback (a next tick, after the promise chain of
    // the next documents) had the encoder take fresh memory for almost every
    // batch: 1.95 GB for the 2.1 GB of the White House `tokens`.
    if (this.stream.writableLength === 0) releaseOnce();
    return this.wait(ok);
  }

  private async wait(ok: boolean): Promise<void> {
    if (!ok) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
    }
    if (this.closed) throw new OutputClosed();
  }
}
