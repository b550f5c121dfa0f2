import type { MentionRecord, StatementRecord } from '../types.js';
import { detach } from '../strings.js';
import { compareText, countsObject, increment, mostCommon, ranked } from './counts.js';

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

/** The counts a speaker row is made from: what one run collects and a merge adds up. */
export interface SpeakerCounts {
  statements: number;
  docs: number;
  cues: Map<string, number>;
  roles: Map<string, number>;
  countries: Map<string, number>;
}

/** A speaker row from its counts. */
export function speakerRecord(speaker: string, e: SpeakerCounts): SpeakerRecord {
  return {
    speaker,
    statements: e.statements,
    docs: e.docs,
    cues: ranked(e.cues).slice(0, CUES_SHOWN).map(([cue, n]) => `${cue} ${n}`),
    role: mostCommon(e.roles),
    country: mostCommon(e.countries),
    cueCounts: countsObject(e.cues),
    roleCounts: countsObject(e.roles),
    countryCounts: countsObject(e.countries),
  };
}

/** Most statements first, then by name. */
export function byStatements(a: SpeakerRecord, b: SpeakerRecord): number {
  return b.statements - a.statements || compareText(a.speaker, b.speaker);
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
    return [...this.speakers].map(([speaker, entry]) => speakerRecord(speaker, entry)).sort(byStatements);
  }
}
