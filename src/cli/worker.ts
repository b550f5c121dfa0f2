// A worker thread for --jobs: imports one command's module and runs its pure
// per-document `analyse` on the documents the main thread sends, replying
// with the sequence number so the main thread can restore input order.
import { parentPort, workerData } from 'node:worker_threads';
import type { Analyse } from './parallel.js';

interface WorkerData {
  command: string;
  options: Record<string, unknown>;
}

const data = workerData as WorkerData;
if (!/^[a-z]+$/.test(data.command)) throw new Error(`bad command name '${data.command}'`);
const module = (await import(`./commands/${data.command}.js`)) as { analyse: Analyse };
const port = parentPort;
if (port === null) throw new Error('worker.js runs only as a worker thread');

port.on('message', (message: { seq: number; doc: Parameters<Analyse>[0] }) => {
  try {
    port.postMessage({ seq: message.seq, result: module.analyse(message.doc, data.options) });
  } catch (error) {
    port.postMessage({ seq: message.seq, error: error instanceof Error ? (error.message.split('\n')[0] ?? 'failed') : String(error) });
  }
});
