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
  full?: string;
  expand?: boolean;
  suppress?: boolean;
}

export const PRIORITY = { known: 50, person: 40, pattern: 30, acronym: 35, date: 20, guess: 10 } as const;
