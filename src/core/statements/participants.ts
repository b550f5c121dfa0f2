// Who took part: the people a group (`the leaders`, `both sides`, `they`)
// stands for, and the roles a title (`the President`) points to.

import type { Document, MentionRecord, Sentence } from '../types.js';
import { TITLE_WORDS } from '../lexicon/speakers.js';

export interface Person {
  entity: string;
  /** Lower-case role words, from the mention's `role` or the title written before the name. */
  roles: string[][];
  first: number;
}

export interface Cast {
  persons: Person[];
  participants: string[];
}

// Sentences that list who took part: `Participants in the call included …`,
// `Joining President Biden at the meeting were the following leaders:`.
const PARTICIPANT_LIST = /\b(participants?|attendees|included|joined by|joining|attended|accompanied by|the following)\b/i;

function titleBefore(text: string, start: number, floor: number): string[] {
  // Walk back over title words (`State Councilor and Foreign Minister`), capitalised or not.
  const words: string[] = [];
  let i = start;
  for (;;) {
    let j = i;
    while (j > floor && /\s/.test(text[j - 1]!)) j--;
    let k = j;
    while (k > floor && /[A-Za-z.\-]/.test(text[k - 1]!)) k--;
    if (k === j) break;
    const w = text.slice(k, j);
    const lw = w.toLowerCase();
    if (!TITLE_WORDS.has(lw) || lw === 'the' || (lw === 'his' || lw === 'her') && words.length === 0) break;
    words.unshift(lw);
    i = k;
    if (words.length > 10) break;
  }
  while (words.length && (words[0] === 'and' || words[0] === 'of' || words[0] === 'for')) words.shift();
  return words;
}

export function castOf(doc: Document, sentences: Sentence[], mentions: MentionRecord[]): Cast {
  const byEntity = new Map<string, Person>();
  const persons: Person[] = [];
  let si = 0;
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    while (si < sentences.length - 1 && sentences[si]!.end <= m.start) si++;
    let p = byEntity.get(m.entity);
    if (!p) {
      p = { entity: m.entity, roles: [], first: m.start };
      byEntity.set(m.entity, p);
      persons.push(p);
    }
    if (m.role) p.roles.push(m.role.toLowerCase().split(/\s+/));
    const sentence = sentences[si];
    const t = titleBefore(doc.text, m.start, sentence?.start ?? doc.bodyStart);
    if (t.length) p.roles.push(t);
  }
  const chosen = new Set<string>();
  const inSentence = (s: Sentence) => {
    for (const m of mentions) if (m.type === 'person' && m.start >= s.start && m.end <= s.end) chosen.add(m.entity);
  };
  const body = sentences.filter((s) => s.end > doc.bodyStart);
  if (body[0]) inSentence(body[0]);
  for (let i = 0; i < body.length; i++) {
    const s = body[i]!;
    const t = doc.text.slice(s.start, s.end);
    if (!PARTICIPANT_LIST.test(t)) continue;
    inSentence(s);
    // A list after a colon: the next paragraph's sentences.
    if (/:\s*$/.test(t)) {
      for (let j = i + 1; j < body.length; j++) {
        const n = body[j]!;
        inSentence(n);
        if (/\n\s*\n/.test(doc.text.slice(n.end, (body[j + 1]?.start ?? n.end) + 1))) break;
      }
    }
  }
  let participants = persons.filter((p) => chosen.has(p.entity)).map((p) => p.entity);
  if (participants.length < 2) participants = persons.map((p) => p.entity);
  return { persons, participants };
}

const MODIFIERS = new Set(['vice', 'deputy', 'assistant', 'under', 'principal', 'acting', 'former', 'lieutenant', 'prime', 'first']);

/** The person whose role contains the title words (`president` is not `vice president`). */
export function personWithTitle(cast: Cast, title: string[]): string | null {
  if (title.length === 0) return null;
  for (const p of cast.persons) {
    for (const role of p.roles) {
      for (let i = 0; i + title.length <= role.length; i++) {
        let ok = true;
        for (let k = 0; k < title.length; k++) if (role[i + k] !== title[k]) { ok = false; break; }
        if (!ok) continue;
        if (i > 0 && MODIFIERS.has(role[i - 1]!)) continue;
        return p.entity;
      }
    }
  }
  return null;
}
