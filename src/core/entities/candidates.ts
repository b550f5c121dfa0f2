import type { EntityType, MentionForm } from '../types.js';

/** A mention proposed by one layer, over words [start, end). Overlaps are settled in index.ts. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  entity: string;
  id: string | null;
  form: MentionForm;
  role: string | null;
  country: string | null;
  /** Higher wins between candidates of the same length. */
  priority: number;
  /** For acronyms: the full name, and whether it is canonical without the article giving it. */
  full: string | null;
  expand: boolean;
  /** A known phrase that blocks shorter readings and is not itself a mention. */
  suppress: boolean;
}

/**
 * `city` is a generated city (cities.ts): below `person`, as a city named like a surname (`Austin` after
 * `Secretary`, `Hassan`) is more often the person in news than the place.
 */
export const PRIORITY = { known: 50, person: 40, city: 39, pattern: 30, acronym: 35, date: 20, guess: 10 } as const;

/**
 * Every candidate is made here, with all its fields in one order: candidates
 * of one shape keep the code that settles them monomorphic. Shapes that grew
 * fields later (`full`, `suppress`) made V8 throw away the optimised
 * extractMentions 17 times on 10 MB of text and recompile it each time.
 */
export function makeCandidate(
  start: number,
  end: number,
  type: EntityType,
  entity: string,
  id: string | null,
  form: MentionForm,
  priority: number,
  role: string | null = null,
  country: string | null = null,
): Candidate {
  return { start, end, type, entity, id, form, role, country, priority, full: null, expand: false, suppress: false };
}
