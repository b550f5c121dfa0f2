// The typed records every core module passes along. Offsets are always
// JavaScript string indexes (UTF-16 code units), end-exclusive, into the
// document's whole text as read (header included), so text.slice(start, end)
// gives the surface back exactly (SPEC.md, "Documents").

/** A half-open span [start, end) of the document text. */
export interface Span {
  start: number;
  end: number;
}

/** One article, as read: the whole text plus the header's metadata. */
export interface Document {
  /** The document id: the path as given, `-` for stdin, or a JSON line's `id`. */
  id: string;
  /** The whole text as read (BOM dropped, line endings untouched). */
  text: string;
  /** Where the analysed body starts (after the header line and blank line, if any). */
  bodyStart: number;
  /** Article date from the header or JSON line: `YYYY-MM-DD`, `YYYY`, or null when unknown. */
  date: string | null;
  /** Free tags from the header line. */
  tags: string[];
  /** A title, where the input gives one (JSON lines). */
  title: string | null;
}

export interface Sentence extends Span {
  /** 0-based index of the sentence in the document body. */
  index: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** The token kinds in the order of their codes in `TokenColumns.kinds`. */
export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol'];
export const KIND_WORD = 0;
export const KIND_NUMBER = 1;
export const KIND_PUNCT = 2;
export const KIND_SYMBOL = 3;

/**
 * The tokens of a text as parallel typed arrays, token i at index i (up to
 * `count`; the arrays may be longer). The same tokens as `Token[]`, without an
 * object and a substring per token: the surface is text.slice(starts[i],
 * ends[i]). Commands that only count or print tokens read these; typed arrays
 * also cross to worker threads as plain memory copies.
 */
export interface TokenColumns {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  sentences: Int32Array;
  /** Index into TOKEN_KINDS. */
  kinds: Uint8Array;
  /** Parts of hyphenated compounds, by token index (few tokens have them). */
  parts: Map<number, Span[]>;
}

export interface Token extends Span {
  /** The surface text, text.slice(start, end). */
  text: string;
  kind: TokenKind;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** For a hyphenated compound (`China-Russia`, `U.S.-Japan`): the span of each part. */
  parts?: Span[];
}

export type EntityType = 'person' | 'country' | 'place' | 'org' | 'treaty' | 'date';
export type MentionForm = 'name' | 'short' | 'demonym';

/** One entity mention, the record `entities --mentions` prints (SPEC.md, "Records"). */
export interface MentionRecord {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Canonical name (SPEC.md table). */
  entity: string;
  /** ISO 3166-1 alpha-3 for countries, a resolved date for dates, else null. */
  id: string | null;
  form: MentionForm;
  /** For people: the role the text gives (`State Councilor and Foreign Minister`), else null. */
  role: string | null;
  /** For people: alpha-3 of the country the role belongs to, else null. For treaties: null. */
  country: string | null;
}

/** One statement, the record `quotes` prints (SPEC.md, "Records"). */
export interface StatementRecord {
  doc: string;
  sentence: number;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  speakers: string[];
  cue: string;
  cueStart: number;
  cueEnd: number;
  content: string;
  contentStart: number;
  contentEnd: number;
  direct: boolean;
}
