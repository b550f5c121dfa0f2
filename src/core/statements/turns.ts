// Transcript turns. In a press briefing a reporter's question (a paragraph
// opening `Q `) often quotes the official back to themselves: `Q Karine, … I
// know you said you couldn't say what forum that would be`. That `you` is the
// person who answers the question: the name in the next turn's label
// (`MS. JEAN-PIERRE:`, `PRESIDENT BIDEN:`). Outside a question `you` is a
// reporter or the audience, who are never named.

import type { MentionRecord } from '../types.js';

/** The start of the line holding `offset`. */
function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** A reporter's question: a line opening `Q ` or `Q:` (`Q.` in some transcripts). */
function isQuestionLine(text: string, lineStart: number): boolean {
  if (text.charCodeAt(lineStart) !== 81 /* Q */) return false;
  const next = text[lineStart + 1];
  return next === ' ' || next === ':' || next === '.';
}

/**
 * Whether `offset` is in a reporter's question: on a `Q` line, or on a paragraph with no label that carries
 * one on (`Q Oh, okay. Thank you.` / `I was wondering, you mentioned …`).
 */
export function inQuestionTurn(text: string, offset: number): boolean {
  let line = lineStartOf(text, offset);
  for (let n = 0; n < LINES_TO_ANSWER; n++) {
    if (isQuestionLine(text, line)) return true;
    if (labelEnd(text, line) >= 0 || line === 0) return false;
    // The paragraph before, over blank lines.
    let prev = line - 1;
    while (prev > 0 && (text[prev - 1] === '\n' || text[prev - 1] === '\r')) prev--;
    line = lineStartOf(text, prev);
  }
  return false;
}

// How many lines after the question to look for the answer: a question can run
// over a few paragraphs, or be interrupted (`Q …` / `MR. KIRBY: Right.` / `Q …`:
// that short reply is already the answer).
const LINES_TO_ANSWER = 6;
// A label is short: `THE PRESIDENT:`, `MS. JEAN-PIERRE:`, `SECRETARY BLINKEN:`.
const LABEL_MAX = 48;

/** The label at a line's start (`MR. SULLIVAN`), as its end offset (at the colon), or -1. */
function labelEnd(text: string, lineStart: number): number {
  for (let i = lineStart; i < text.length && i < lineStart + LABEL_MAX; i++) {
    const c = text[i]!;
    if (c === ':') return i > lineStart ? i : -1;
    // Capitals (`LÓPEZ` too), and the marks of `MS.`, `JEAN-PIERRE`, `O’BRIEN`.
    const capital = c !== c.toLowerCase();
    if (!capital && c !== '.' && c !== ' ' && c !== '-' && c !== '\'' && c !== '\u2019') return -1;
  }
  return -1;
}

export interface Addressee {
  /** The person named in the answering turn's label, if it names one. */
  entity: string | null;
  /** The label's words (`THE PRESIDENT`), for a title to resolve. */
  label: string;
  start: number;
}

/**
 * Who answers the question holding `offset`: the label of the first turn after
 * it that is not another question. Null when no labelled answer follows.
 */
export function answerAfter(text: string, offset: number, mentions: readonly MentionRecord[]): Addressee | null {
  let line = lineStartOf(text, offset);
  for (let n = 0; n < LINES_TO_ANSWER; n++) {
    const nl = text.indexOf('\n', line);
    if (nl < 0) return null;
    line = nl + 1;
    if (line >= text.length) return null;
    if (text[line] === '\n' || text[line] === '\r') { n--; continue; }
    if (isQuestionLine(text, line)) continue;
    const end = labelEnd(text, line);
    // (A paragraph with no label carries the question on.)
    if (end < 0) continue;
    let entity: string | null = null;
    for (const m of mentions) {
      if (m.start >= line && m.end === end && m.type === 'person') { entity = m.entity; break; }
      if (m.start > end) break;
    }
    return { entity, label: text.slice(line, end), start: line };
  }
  return null;
}
