import { splitSentences } from './text/sentences.js';
import { tokenizeSentences } from './text/tokens.js';
import type { Document, Sentence, Token } from './types.js';

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
