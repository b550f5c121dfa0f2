import { detach } from '../strings.js';

// Counting helpers shared by the aggregate tables and `statements merge`, so a
// table built in one run and one merged from shards derive the same fields in
// the same order.

/** Code-unit order: total and locale-free. */
export function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Counts a key; a new key is detached so a table never keeps an article alive. */
export function increment(counts: Map<string, number>, key: string, by = 1): void {
  const seen = counts.get(key);
  counts.set(seen === undefined ? detach(key) : key, (seen ?? 0) + by);
}

/** Most counted first, then by name: the order every table in the tool uses. */
export function ranked(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
}

/** The most counted name (ties: the first by name), or null when nothing was counted. */
export function mostCommon(counts: ReadonlyMap<string, number>): string | null {
  return ranked(counts)[0]?.[0] ?? null;
}

/** Counts as a plain object, most counted first (a fixed key order, so runs and merges print alike). */
export function countsObject(counts: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries(ranked(counts));
}
