import { stem } from '../text/normalise.js';
import type { MentionRecord, StatementRecord } from '../types.js';

// Irregular reporting verbs whose forms share no Porter stem (`said`/`say`).
const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say', says: 'say', saying: 'say',
  told: 'tell', tells: 'tell', telling: 'tell',
  spoke: 'speak', spoken: 'speak', speaks: 'speak', speaking: 'speak',
  wrote: 'write', written: 'write', writes: 'write', writing: 'write',
  thought: 'think', thinks: 'think', felt: 'feel', held: 'hold',
};

function lemma(word: string): string {
  const lower = word.toLowerCase();
  return IRREGULAR[lower] ?? stem(lower);
}

/** Whether a statement's cue is a form of the verb asked for: `warn` matches `warned`, `say` matches `said`. */
export function cueMatches(cue: string, wanted: string): boolean {
  const cueWords = cue.toLowerCase().split(/\s+/);
  const wantedWords = wanted.toLowerCase().trim().split(/\s+/);
  if (wantedWords.length === 0 || wantedWords.length > cueWords.length) return false;
  return wantedWords.every((w, i) => {
    const c = cueWords[i];
    return c !== undefined && (c === w || lemma(c) === lemma(w));
  });
}

/**
 * Whether a statement's speaker is the one asked for, by any alias of the
 * entity in that document (`Lavrov`, `Sergei Lavrov`; `US`, `United States`),
 * by a word of its canonical name, or by the words written.
 */
export function speakerMatches(statement: StatementRecord, wanted: string, mentions: readonly MentionRecord[]): boolean {
  const target = wanted.trim().toLowerCase();
  if (statement.speaker !== null && statement.speaker.toLowerCase() === target) return true;
  for (const canonical of statement.speakers) {
    const lower = canonical.toLowerCase();
    if (lower === target || lower.split(/\s+/).includes(target)) return true;
    if (mentions.some((m) => m.entity === canonical && m.text.toLowerCase() === target)) return true;
  }
  return false;
}
