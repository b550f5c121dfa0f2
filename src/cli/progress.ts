import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A one-line progress display on stderr for long runs: documents, MB read,
 * MB/s and, when the input size is known, percent and time left. Shown only
 * on a terminal, and only once a run has lasted a second, so short runs and
 * pipes never see it.
 */
export class Progress {
  private documents = 0;
  private bytes = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly totalBytes: number | null,
  ) {}

  /** Raw bytes read from disk (compressed bytes for .gz). */
  addBytes(count: number): void {
    this.bytes += count;
    this.maybeDraw();
  }

  addDocument(): void {
    this.documents += 1;
    this.maybeDraw();
  }

  private maybeDraw(): void {
    const now = Date.now();
    if (now - this.started < 1000 || now - this.lastDraw < 200) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const mb = this.bytes / 1e6;
    let line = `${this.documents.toLocaleString('en')} docs  ${mb.toFixed(1)} MB  ${(mb / seconds).toFixed(1)} MB/s`;
    if (this.totalBytes && this.totalBytes > 0 && this.bytes > 0) {
      const fraction = Math.min(1, this.bytes / this.totalBytes);
      const left = (seconds / fraction) * (1 - fraction);
      const width = 20;
      const filled = Math.round(fraction * width);
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0)}%  ${line}  ${formatDuration(left)} left`;
    }
    this.stream.write(`\r${line}\x1b[K`);
    this.drawn = true;
  }

  /** Clears the line before the results or errors are written. */
  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** Total size in bytes of the files the inputs name (folders walked), or null when unknown (stdin). */
export function inputSize(inputs: readonly string[], extensions: readonly string[]): number | null {
  let total = 0;
  const walk = (path: string): void => {
    let info;
    try {
      info = statSync(path);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      let names: string[] = [];
      try {
        names = readdirSync(path);
      } catch {
        return;
      }
      for (const name of names) {
        const child = join(path, name);
        try {
          if (statSync(child).isDirectory() || extensions.some((e) => name.endsWith(e))) walk(child);
        } catch {
          // unreadable entries are reported when they are read
        }
      }
    } else total += info.size;
  };
  for (const input of inputs) {
    if (input === '-') return null;
    walk(input);
  }
  return total;
}
