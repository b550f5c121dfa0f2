// The article texts of a JSON-lines file (optionally gzipped), one at a time,
// so each runner does what statements does: one article in memory at once.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export async function* readArticles(path) {
  const raw = createReadStream(path);
  const input = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    if (typeof record.text === 'string') yield record.text;
  }
}

/** Runs `count(text)` on every article of the file named on the command line and prints the total. */
export async function run(label, count) {
  const path = process.argv[2];
  if (!path) {
    console.error(`usage: node ${label}.mjs FILE.jsonl[.gz]`);
    process.exit(2);
  }
  let total = 0;
  let articles = 0;
  for await (const text of readArticles(path)) {
    total += count(text);
    articles += 1;
  }
  // The count is printed so the work cannot be optimised away.
  console.log(`${label}\t${articles} articles\t${total}`);
}
