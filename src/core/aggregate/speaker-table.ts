import { countsObject } from './entity-table.js';
import type { MentionRecord, StatementRecord } from '../types.js';
import { detach } from '../strings.js';

/** One row of `statements speakers`. */
export interface SpeakerRecord {
  speaker: string;
  statements: number;
  docs: number;
  /** The cues used most, as `cue count`, most used first. */
  cues: string[];
  role: string | null;
  country: string | null;
  /** The counts behind cues, role and country, so `statements merge` can combine runs exactly. */
  cueCounts: Record<string, number>;
  roleCounts: Record<string, number>;
  countryCounts: Record<string, number>;
}

const CUES_SHOWN = 5;

interface SpeakerAccumulator {
  statements: number;
  docs: number;
  lastDoc: number;
  cues: Map<string, number>;
  roles: Map<string, number>;
  countries: Map<string, number>;
}

/** Counts a key; a new key is detached so the table never keeps an article alive. */
function increment(map: Map<string, number>, key: string): void {
  const seen = map.get(key);
  map.set(seen === undefined ? detach(key) : key, (seen ?? 0) + 1);
}

function ranked(map: Map<string, number>): [string, number][] {
  return [...map.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * Statements per speaker. A group speaker (`the two ministers`) counts for each
 * member; an unnamed one (`a spokesperson`) is counted under its words.
 */
export class SpeakerTable {
  private readonly speakers = new Map<string, SpeakerAccumulator>();
  private documents = 0;

  addDocument(statements: readonly StatementRecord[], mentions: readonly MentionRecord[]): void {
    const docNumber = this.documents++;
    const roleOf = new Map<string, MentionRecord>();
    for (const m of mentions) if (m.type === 'person' && m.role && !roleOf.has(m.entity)) roleOf.set(m.entity, m);
    for (const s of statements) {
      const names = s.speakers.length > 0 ? s.speakers : [s.speaker === null ? '(unnamed)' : s.speaker.toLowerCase()];
      for (const name of names) {
        let entry = this.speakers.get(name);
        if (!entry) {
          entry = { statements: 0, docs: 0, lastDoc: -1, cues: new Map(), roles: new Map(), countries: new Map() };
          this.speakers.set(detach(name), entry);
        }
        entry.statements += 1;
        if (entry.lastDoc !== docNumber) {
          entry.docs += 1;
          entry.lastDoc = docNumber;
          const person = roleOf.get(name);
          if (person?.role) increment(entry.roles, person.role);
          if (person?.country) increment(entry.countries, person.country);
        }
        increment(entry.cues, s.cue.toLowerCase());
      }
    }
  }

  results(): SpeakerRecord[] {
    const rows: SpeakerRecord[] = [];
    for (const [speaker, entry] of this.speakers) {
      rows.push({
        speaker,
        statements: entry.statements,
        docs: entry.docs,
        cues: ranked(entry.cues).slice(0, CUES_SHOWN).map(([cue, n]) => `${cue} ${n}`),
        role: ranked(entry.roles)[0]?.[0] ?? null,
        country: ranked(entry.countries)[0]?.[0] ?? null,
        cueCounts: countsObject(entry.cues),
        roleCounts: countsObject(entry.roles),
        countryCounts: countsObject(entry.countries),
      });
    }
    return rows.sort((a, b) => b.statements - a.statements || (a.speaker < b.speaker ? -1 : a.speaker > b.speaker ? 1 : 0));
  }
}
