import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
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
// workers costs more than it saves. Past this many documents or this much text
// the pool starts. The byte bound matters: 16 press briefings are 0.8 MB, and
// analysing them here left both workers idle for a sixth of a 5 MB run.
const INLINE_DOCUMENTS = 16;
const INLINE_CHARS = 64 * 1024;
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
  let chars = 0;
  while (seen < INLINE_DOCUMENTS && chars < INLINE_CHARS) {
    const next = await iterator.next();
    if (next.done) return;
    seen += 1;
    chars += next.value.text.length;
    const outcome = runInline<R>(next.value, options);
    if (outcome.ok) yield { doc: next.value, result: outcome.result };
  }
  yield* poolAnalyse<R>(iterator, options);
}

/**
 * `jobs` analysers: the main thread and jobs - 1 worker threads. The main
 * thread takes a document whenever the workers' queues are full, so it works
 * instead of waiting. Each analyser is a V8 isolate that must compile the
 * entity code on its own (about 3 s of optimising-compiler time on
 * background threads, measured with per-thread CPU times on 5 MB of White
 * House text), so a pool of `jobs` workers beside an idle main thread spent
 * a third more CPU and memory than this for no more parallelism.
 */
async function* poolAnalyse<R>(iterator: AsyncIterator<Document>, options: ParallelOptions): AsyncGenerator<Analysed<R>> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  // Two isolates each keep a young generation of up to 3 × 16 MB; capping the semi-spaces at 8 MB
  // (set before the workers start, so they take it too) kept `entities --jobs 2` over both corpora
  // at 291 MB peak RSS instead of 301–318 MB, for a few per cent more time in garbage collection.
  setFlagsFromString('--max-semi-space-size=8');
  const workers = Array.from({ length: options.jobs - 1 }, () => new Worker(workerUrl, { workerData: { command: options.command, options: options.options } }));
  const pending = new Map<number, Document>();
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
  const capacity = workers.length * IN_FLIGHT_PER_WORKER;
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
      // Fill the workers' queues, giving each document to the least loaded
      // worker; when they are full, the main thread analyses one itself.
      while (!exhausted && nextSeq - nextOut < REORDER_WINDOW) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const seq = nextSeq++;
        pending.set(seq, next.value);
        if (inWorkers() < capacity) {
          let target = workers[0] as Worker;
          for (const w of workers) if ((load.get(w) ?? 0) < (load.get(target) ?? 0)) target = w;
          load.set(target, (load.get(target) ?? 0) + 1);
          target.postMessage({ seq, doc: next.value });
          continue;
        }
        try {
          done.set(seq, { seq, result: options.analyse(next.value, options.options) });
        } catch (error) {
          done.set(seq, { seq, error: messageOf(error) });
        }
        // Let the workers' replies in (reading buffered input resolves
        // without returning to the event loop), so their queues refill.
        await new Promise<void>((resolve) => setImmediate(resolve));
        break;
      }
      // Hand out finished results in order.
      while (done.has(nextOut)) {
        const reply = done.get(nextOut) as WorkerReply;
        const doc = pending.get(nextOut) as Document;
        done.delete(nextOut);
        pending.delete(nextOut);
        nextOut += 1;
        if (reply.error !== undefined) options.onFailure(doc, reply.error);
        else yield { doc, result: reply.result as R };
      }
      if (exhausted && nextOut === nextSeq) return;
      if (fatal) throw fatal;
      // Wait for a reply when there is nothing to read or no room to hold more.
      if (!done.has(nextOut) && (exhausted || nextSeq - nextOut >= REORDER_WINDOW)) await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
