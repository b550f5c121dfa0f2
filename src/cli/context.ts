import type { Document } from '../core/types.js';
import type { Format } from '../output/render.js';
import type { Style } from '../output/columns.js';
import type { Analyse, Analysed } from './parallel.js';
import type { RecordWriter } from './output.js';

/** Options every command shares, parsed once. */
export interface CommonOptions {
  format: Format;
  top: number | null;
  minCount: number | null;
  style: Style;
}

/** What a command's `run` gets: the documents as a stream, its options, and where records go. */
export interface CommandContext {
  documents: AsyncIterable<Document>;
  /** The command's own options as commander parsed them (camel-cased keys). */
  options: Record<string, unknown>;
  common: CommonOptions;
  writer: RecordWriter;
  warn: (message: string) => void;
  /** Reports an input problem (one line on stderr; the run ends with exit 2). */
  skip: (message: string) => void;
  /** The input arguments as given (for commands that read their own input, like merge). */
  inputs: string[];
  /**
   * The documents run through the command's pure `analyse`, on --jobs worker
   * threads, results in input order.
   */
  analysed: <R>(analyse: Analyse) => AsyncIterable<Analysed<R>>;
}
