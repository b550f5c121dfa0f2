import type { Countries } from 'world-countries';
import countriesJson from 'world-countries/countries.json' with { type: 'json' };
import { COUNTRY_CANONICAL, COUNTRY_EXTRAS, COUNTRY_NAME_BLOCKLIST, COUNTRY_PREFERENCE, FORMER_COUNTRIES, NOT_COUNTRY_PHRASES, NOT_ISO_CODES } from '../lexicon/countries-extra.js';
import { ORGANISATIONS, TITLES_NAMING_A_BODY } from '../lexicon/organisations.js';
import { NEWS_ORGANISATIONS } from '../lexicon/organisations-news.js';
import { CITY_NAMES } from '../lexicon/cities.js';
import { CAPITAL_BLOCKLIST, PLACE_ALIASES, PLACE_NAMES } from '../lexicon/places.js';
import { TREATY_ACRONYMS, TREATY_ALIASES, TREATY_NAMES } from '../lexicon/treaty-words.js';
import type { EntityType, MentionForm } from '../types.js';
import { Gazetteer } from './gazetteer.js';

/** What a gazetteer entry says about the phrase it matched. */
export interface Known {
  type: EntityType;
  entity: string;
  id: string | null;
  form: MentionForm;
  /** For acronyms of organisations: the full name, used when the article gives it or `expand` is set. */
  full?: string;
  expand?: boolean;
  /** A phrase that only keeps its words from being read as an entity (`Native American`). */
  suppress?: boolean;
  /** A city from the generated list (cities.ts): a person's surname in the same article outranks it. */
  city?: boolean;
}

/** Plural of a demonym used as a noun: `Americans`, `Germans`, `Englishmen`, but `Chinese`, `Swiss`, `British` stay. */
function demonymPlural(d: string): string | null {
  if (/(ese|ss|sh|ch|s|x|z|i)$/.test(d) || d === 'Dutch' || d === 'French') return d.endsWith('i') ? `${d}s` : null;
  // (`Englishman`, `Scotsman`, `Dutchman` are men; `German` is no compound of `man`)
  if (/(sh|ch|s)man$/.test(d)) return `${d.slice(0, -3)}men`;
  return `${d}s`;
}

const LATIN = /^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .'’-]*$/;

/** Countries, organisations, treaties, hand-listed places and capitals: all but the generated cities. */
export function baseNames(): Gazetteer<Known> {
  const countries = countriesJson as unknown as Countries;
  const g = new Gazetteer<Known>();
  for (const p of NOT_COUNTRY_PHRASES) g.add(p, { type: 'country', entity: p, id: null, form: 'name', suppress: true });
  for (const p of TITLES_NAMING_A_BODY) g.add(p, { type: 'org', entity: p, id: null, form: 'name', suppress: true });
  const ordered = [...countries].sort((a, b) => {
    const pa = COUNTRY_PREFERENCE.indexOf(a.cca3), pb = COUNTRY_PREFERENCE.indexOf(b.cca3);
    if (pa !== pb) return (pa < 0 ? 99 : pa) - (pb < 0 ? 99 : pb);
    return Number(b.independent) - Number(a.independent);
  });
  const canonical = new Map<string, string>();
  for (const c of ordered) canonical.set(c.cca3, COUNTRY_CANONICAL[c.cca3] ?? c.name.common);

  // Extras first: they settle the ambiguous names (`Congo`, `Saudi`).
  for (const c of ordered) {
    const id = c.cca3;
    const entity = canonical.get(id)!;
    if (NOT_ISO_CODES.has(id)) {
      g.add(entity, { type: 'place', entity, id: null, form: 'name' });
      continue;
    }
    const extra = COUNTRY_EXTRAS[id];
    const names = [entity, c.name.common, ...(extra?.names ?? []), c.name.official, ...c.altSpellings];
    for (const n of names) {
      if (!n || COUNTRY_NAME_BLOCKLIST.has(n) || !LATIN.test(n) || n.includes(',')) continue;
      if (/^[A-Z]{2}$/.test(n)) continue; // ISO alpha-2 codes are English words in capitals (`IN`, `IT`)
      const upper = /^[A-Z.]+$/.test(n);
      // `The Netherlands`: SPEC's spans leave out the article (`the United States` → `United States`).
      if (n.startsWith('The ')) g.add(n.slice(4), { type: 'country', entity, id, form: 'name' });
      else g.add(n, { type: 'country', entity, id, form: upper ? 'short' : 'name' });
    }
    for (const s of extra?.short ?? []) g.add(s, { type: 'country', entity, id, form: 'short' });
    const demonyms = new Set<string>(extra?.demonyms ?? []);
    const eng = c.demonyms?.['eng'];
    if (eng) for (const d of [eng.m, eng.f]) for (const part of d.split(',')) if (part.trim()) demonyms.add(part.trim());
    for (const d of demonyms) {
      if (!LATIN.test(d) || d === entity) continue;
      g.add(d, { type: 'country', entity, id, form: 'demonym' });
      const pl = demonymPlural(d);
      if (pl) g.add(pl, { type: 'country', entity, id, form: 'demonym' });
    }
  }

  for (const f of FORMER_COUNTRIES) {
    for (const n of [f.name, ...(f.names ?? [])]) g.add(n, { type: 'country', entity: f.name, id: f.id, form: 'name' });
    for (const n of f.short ?? []) g.add(n, { type: 'country', entity: f.name, id: f.id, form: 'short' });
    for (const d of f.demonyms ?? []) {
      g.add(d, { type: 'country', entity: f.name, id: f.id, form: 'demonym' });
      const pl = demonymPlural(d);
      if (pl) g.add(pl, { type: 'country', entity: f.name, id: f.id, form: 'demonym' });
    }
  }

  for (const o of [...ORGANISATIONS, ...NEWS_ORGANISATIONS]) {
    const expand = o.expand ?? false;
    g.add(o.name, { type: 'org', entity: o.name, id: null, form: 'name' });
    for (const a of o.aliases ?? []) g.add(a, { type: 'org', entity: o.name, id: null, form: 'name' });
    for (const s of o.short ?? []) g.add(s, { type: 'org', entity: expand ? o.name : s, id: null, form: 'short', full: o.name, expand });
  }

  for (const [acronym, full] of TREATY_ACRONYMS) g.add(acronym, { type: 'treaty', entity: acronym, id: null, form: 'short', full, expand: false });
  for (const t of TREATY_NAMES) g.add(t, { type: 'treaty', entity: t, id: null, form: /^[A-Z]+$/.test(t) ? 'short' : 'name' });
  for (const [alias, name] of TREATY_ALIASES) g.add(alias, { type: 'treaty', entity: name, id: null, form: 'short' });

  for (const p of PLACE_NAMES) g.add(p, { type: 'place', entity: PLACE_ALIASES[p] ?? p, id: null, form: 'name' });
  for (const [alias, p] of Object.entries(PLACE_ALIASES)) g.add(alias, { type: 'place', entity: p, id: null, form: 'name' });
  for (const c of ordered) {
    for (const cap of c.capital) {
      if (!cap || CAPITAL_BLOCKLIST.has(cap) || !LATIN.test(cap)) continue;
      g.add(cap, { type: 'place', entity: PLACE_ALIASES[cap] ?? cap, id: null, form: 'name' });
    }
  }
  return g;
}

let cached: Gazetteer<Known> | null = null;

/** The gazetteer of countries, organisations, treaties and places, built once. */
export function knownNames(): Gazetteer<Known> {
  if (cached) return cached;
  const g = baseNames();
  // Last, so that a name known otherwise keeps that reading (the generator leaves those out as well).
  for (const c of CITY_NAMES) g.add(c, { type: 'place', entity: c, id: null, form: 'name', city: true });
  return (cached = g);
}
