/**
 * A copy of a string that does not keep its source text alive. V8 makes
 * `text.slice(a, b)` of 13 or more characters a view into `text`; a term or
 * name kept as a key in a corpus-wide table would then keep its whole article
 * in memory, and memory would grow with the corpus instead of its vocabulary.
 * Concatenation followed by a slice forces a fresh string of the term's own
 * length (plus one). Call it only when a string starts a new long-lived entry.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}
