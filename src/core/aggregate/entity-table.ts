import type { EntityType, MentionRecord } from '../types.js';
import { detach } from '../strings.js';
import { compareText, countsObject, increment, mostCommon, ranked } from './counts.js';

/** One row of `statements entities`: an entity over all input. */
export interface EntityRecord {
  entity: string;
  type: EntityType;
  id: string | null;
  mentions: number;
  docs: number;
  /** Surface forms seen, most frequent first. */
  forms: string[];
  /** For people: the role and country given most often. */
  role: string | null;
  country: string | null;
  /** The counts behind forms, role and country, so `statements merge` can combine runs exactly. */
  formCounts: Record<string, number>;
  roleCounts: Record<string, number>;
  countryCounts: Record<string, number>;
}

export interface EntityPeriodRecord {
  period: string;
  entity: string;
  type: EntityType;
  id: string | null;
  mentions: number;
}

/**
 * The key an entity is counted under: countries by ISO code (so `US`,
 * `American` and `United States` are one row), dates by resolved value where
 * there is one, everything else by type and canonical name.
 */
export function entityKey(m: Pick<MentionRecord, 'type' | 'entity' | 'id'>): string {
  if (m.type === 'country' && m.id) return `country\t${m.id}`;
  if (m.type === 'date' && m.id) return `date\t${m.id}`;
  return `${m.type}\t${m.entity}`;
}

/** Ties in mentions are ordered by name, type and id, so the order is total. */
export function entitySortKey(e: { entity: string; type: string; id: string | null }): string {
  return `${e.entity}\t${e.type}\t${e.id ?? ''}`;
}

/** The counts an entity row is made from: what one run collects and a merge adds up. */
export interface EntityCounts {
  entity: string;
  type: EntityType;
  id: string | null;
  mentions: number;
  docs: number;
  forms: Map<string, number>;
  roles: Map<string, number>;
  countries: Map<string, number>;
}

/** An entity row from its counts. */
export function entityRecord(e: EntityCounts): EntityRecord {
  const forms = ranked(e.forms).map(([form]) => form);
  return {
    // Dates are counted by resolved value; their name is the most common surface.
    entity: e.type === 'date' ? (forms[0] ?? e.entity) : e.entity,
    type: e.type,
    id: e.id,
    mentions: e.mentions,
    docs: e.docs,
    forms,
    role: mostCommon(e.roles),
    country: mostCommon(e.countries),
    formCounts: countsObject(e.forms),
    roleCounts: countsObject(e.roles),
    countryCounts: countsObject(e.countries),
  };
}

/** Most mentioned first, then by name, type and id: a total order (entity rows and period rows). */
export function byMentions<T extends { mentions: number; entity: string; type: string; id: string | null }>(a: T, b: T): number {
  return b.mentions - a.mentions || compareText(entitySortKey(a), entitySortKey(b));
}

interface EntityAccumulator {
  entity: string;
  type: EntityType;
  id: string | null;
  mentions: number;
  docs: number;
  lastDoc: number;
  // Most entities are only ever written one way: that form is kept as a
  // string, and the map of forms is made when a second form appears (a Map
  // per entity was a fifth of the table over both corpora).
  form: string;
  forms: Map<string, number> | null;
  // Only people have roles and countries: the maps are made on first use, as
  // a corpus has tens of thousands of entities and most are no people.
  roles: Map<string, number> | null;
  countries: Map<string, number> | null;
}

function formsOf(e: EntityAccumulator): Map<string, number> {
  return e.forms ?? new Map([[e.form, e.mentions]]);
}

function counts(e: EntityAccumulator): EntityCounts {
  return {
    entity: e.entity, type: e.type, id: e.id, mentions: e.mentions, docs: e.docs,
    forms: formsOf(e), roles: e.roles ?? new Map(), countries: e.countries ?? new Map(),
  };
}

/** The name an entity row shows, which for dates is its most common surface (as entityRecord gives it). */
function rowName(e: EntityAccumulator): string {
  return e.type === 'date' ? (e.forms === null ? e.form : (ranked(e.forms)[0]?.[0] ?? e.entity)) : e.entity;
}

/** Aggregates mentions document by document into the entity table. */
export class EntityTable {
  private readonly entries = new Map<string, EntityAccumulator>();
  private documents = 0;

  addDocument(mentions: readonly MentionRecord[]): void {
    const docNumber = this.documents++;
    for (const m of mentions) {
      const key = entityKey(m);
      let entry = this.entries.get(key);
      if (!entry) {
        entry = { entity: detach(m.entity), type: m.type, id: m.id === null ? null : detach(m.id), mentions: 0, docs: 0, lastDoc: -1, form: detach(m.text), forms: null, roles: null, countries: null };
        this.entries.set(detach(key), entry);
      }
      if (entry.forms !== null) increment(entry.forms, m.text);
      else if (m.text !== entry.form) {
        entry.forms = new Map([[entry.form, entry.mentions]]);
        increment(entry.forms, m.text);
      }
      entry.mentions += 1;
      if (entry.lastDoc !== docNumber) {
        entry.docs += 1;
        entry.lastDoc = docNumber;
      }
      if (m.role) increment((entry.roles ??= new Map()), m.role);
      if (m.country) increment((entry.countries ??= new Map()), m.country);
    }
  }

  /**
   * The rows, most mentioned first, with at least `minCount` mentions, made
   * `batch` at a time: over a whole corpus the table has tens of thousands of
   * rows, and building every record (with its count objects) at once was the
   * peak of the run's memory.
   */
  *rows(minCount = 1, batch = 1000): Generator<EntityRecord[]> {
    const order = [...this.entries.values()]
      .filter((e) => e.mentions >= minCount)
      .map((e) => ({ e, key: entitySortKey({ ...e, entity: rowName(e) }) }))
      .sort((a, b) => b.e.mentions - a.e.mentions || compareText(a.key, b.key));
    for (let i = 0; i < order.length; i += batch) yield order.slice(i, i + batch).map(({ e }) => entityRecord(counts(e)));
  }

  results(): EntityRecord[] {
    return [...this.rows()].flat();
  }
}

/** Mentions per entity per period (document, date or month), for trends. */
export class EntityPeriodTable {
  private readonly periods = new Map<string, Map<string, EntityPeriodRecord>>();

  add(period: string, mentions: readonly MentionRecord[]): void {
    let bucket = this.periods.get(period);
    if (!bucket) {
      bucket = new Map();
      this.periods.set(period, bucket);
    }
    for (const m of mentions) {
      const key = entityKey(m);
      const row = bucket.get(key);
      if (row) row.mentions += 1;
      // A date is counted by its resolved value, which then also names it
      // (`2021-05` for `May` and `last month` alike), whatever surface came first.
      else bucket.set(detach(key), { period, entity: detach(m.type === 'date' && m.id ? m.id : m.entity), type: m.type, id: m.id === null ? null : detach(m.id), mentions: 1 });
    }
  }

  /** Periods in order; within one, most mentioned first; only the entities kept by `keep`. */
  results(keep: (key: string) => boolean): EntityPeriodRecord[] {
    const out: EntityPeriodRecord[] = [];
    for (const period of [...this.periods.keys()].sort()) {
      const rows = [...(this.periods.get(period)?.entries() ?? [])].filter(([key]) => keep(key)).map(([, row]) => row);
      out.push(...rows.sort(byMentions));
    }
    return out;
  }
}

