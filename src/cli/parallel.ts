import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Document } from '../core/types.js';

/** A command module's per-document work: pure, so it can run on a worker thread. */
export type Analyse = (doc: Document, options: Record<string, unknown>) => unknown;

export interface ParallelOptions {
  /** The command whose `analyse` runs (the worker imports `./commands/<name>.js`). */
  command: string;
  analyse: Analyse;
  /** The command's options; plain values only, as they cross to the workers. */
  options: Record<string, unknown>;
  jobs: number;
  /** A document whose analysis threw: reported, skipped, and the run ends non-zero. */
  onFailure: (doc: Document, message: string) => void;
}

export interface Analysed<R> {
  doc: Document;
  result: R;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

// Small inputs (the seeds, one article) are done on the main thread: starting
// workers costs more than it saves. Past this many documents the pool starts.
const INLINE_DOCUMENTS = 16;
// Documents queued per worker: enough to keep every worker busy while the
// main thread reads and writes.
const IN_FLIGHT_PER_WORKER = 4;
// Finished results held back waiting for an earlier, longer document. Without
// room here one long article (a two-hour briefing) would leave the other
// workers idle; the bound keeps memory flat.
const REORDER_WINDOW = 256;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] ?? 'failed' : String(error);
}

function runInline<R>(doc: Document, options: ParallelOptions): { ok: true; result: R } | { ok: false } {
  try {
    return { ok: true, result: options.analyse(doc, options.options) as R };
  } catch (error) {
    options.onFailure(doc, messageOf(error));
    return { ok: false };
  }
}

interface WorkerReply {
  seq: number;
  result?: unknown;
  error?: string;
}

/**
 * Analyses documents on `jobs` worker threads and yields the results in input
 * order, so the output is byte-identical to a run with one job.
 */
export async function* analyseDocuments<R>(documents: AsyncIterable<Document>, options: ParallelOptions): AsyncGenerator<Analysed<R>> {
  const iterator = documents[Symbol.asyncIterator]();
  let seen = 0;
  if (options.jobs <= 1) {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const outcome = runInline<R>(next.value, options);
      if (outcome.ok) yield { doc: next.value, result: outcome.result };
    }
  }
  while (seen < INLINE_DOCUMENTS) {
    const next = await iterator.next();
    if (next.done) return;
    seen += 1;
    const outcome = runInline<R>(next.value, options);
    if (outcome.ok) yield { doc: next.value, result: outcome.result };
  }
  yield* poolAnalyse<R>(iterator, options);
}

async function* poolAnalyse<R>(iterator: AsyncIterator<Document>, options: ParallelOptions): AsyncGenerator<Analysed<R>> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: options.jobs }, () => new Worker(workerUrl, { workerData: { command: options.command, options: options.options } }));
  const pending = new Map<number, { doc: Document; worker: Worker }>();
  const done = new Map<number, WorkerReply>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let wake: (() => void) | null = null;
  let fatal: Error | null = null;
  const notify = (): void => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  for (const worker of workers) {
    worker.on('message', (reply: WorkerReply) => {
      done.set(reply.seq, reply);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      notify();
    });
    worker.on('error', (error) => {
      fatal = error;
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0 && fatal === null) fatal = new Error(`a worker stopped with code ${code}`);
      notify();
    });
  }
  const capacity = options.jobs * IN_FLIGHT_PER_WORKER;
  let nextSeq = 0;
  let nextOut = 0;
  let exhausted = false;
  const inWorkers = (): number => {
    let total = 0;
    for (const n of load.values()) total += n;
    return total;
  };
  try {
    for (;;) {
      // Fill the pipeline, giving each document to the least loaded worker.
      while (!exhausted && inWorkers() < capacity && nextSeq - nextOut < REORDER_WINDOW) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        let target = workers[0] as Worker;
        for (const w of workers) if ((load.get(w) ?? 0) < (load.get(target) ?? 0)) target = w;
        load.set(target, (load.get(target) ?? 0) + 1);
        pending.set(nextSeq, { doc: next.value, worker: target });
        target.postMessage({ seq: nextSeq, doc: next.value });
        nextSeq += 1;
      }
      // Hand out finished results in order.
      while (done.has(nextOut)) {
        const reply = done.get(nextOut) as WorkerReply;
        const entry = pending.get(nextOut) as { doc: Document };
        done.delete(nextOut);
        pending.delete(nextOut);
        nextOut += 1;
        if (reply.error !== undefined) options.onFailure(entry.doc, reply.error);
        else yield { doc: entry.doc, result: reply.result as R };
      }
      if (exhausted && nextOut === nextSeq) return;
      if (fatal) throw fatal;
      // Wait for a reply unless there is room to send more right away.
      const canSend = !exhausted && inWorkers() < capacity && nextSeq - nextOut < REORDER_WINDOW;
      if (!done.has(nextOut) && !canSend) await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
