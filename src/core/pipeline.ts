import { splitSentences } from './text/sentences.js';
import { tokenizeColumns, tokenizeSentences } from './text/tokens.js';
import type { Document, Sentence, Token, TokenColumns } from './types.js';

/** A document with its sentences and tokens, built once and shared by every analysis. */
export interface AnalysedText {
  doc: Document;
  sentences: Sentence[];
  tokens: Token[];
}

export function analyseText(doc: Document): AnalysedText {
  const sentences = splitSentences(doc.text, doc.bodyStart, doc.text.length);
  const tokens = tokenizeSentences(doc.text, sentences);
  return { doc, sentences, tokens };
}

/**
 * The sentences and tokens of a document, tokens as columns (for commands
 * that need no token objects). With `transient`, the columns are valid only
 * until the next transient call (see tokenizeColumns).
 */
export function analyseTokenColumns(doc: Document, transient = false): { sentences: Sentence[]; tokens: TokenColumns } {
  const sentences = splitSentences(doc.text, doc.bodyStart, doc.text.length);
  return { sentences, tokens: tokenizeColumns(doc.text, sentences, transient) };
}
