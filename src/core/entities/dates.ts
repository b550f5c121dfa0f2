import { AGO_UNITS, COUNT_WORDS, DAY_PARTS, HOLIDAYS, MONTHS, PERIODS, SAINTS_DAYS, SEASON_END_MONTH, TODAY_WORDS, WEEKDAYS } from '../lexicon/dates.js';
import { inSentence, type Word } from './words.js';

/** A date mention over words [start, end), with its resolved id. */
export interface DateHit {
  start: number;
  end: number;
  id: string | null;
}

interface DocDate {
  y: number;
  m: number | null;
  d: number | null;
}

function parseDocDate(date: string | null): DocDate | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?/.exec(date);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

const RELATIVE_WORDS = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'last', 'next', 'this', 'past', 'that', 'summer', 'spring', 'autumn', 'fall', 'winter', 'ago', 'weekend']);

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (t: Date): string => `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
const ym = (t: Date): string => `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;

function dayOffset(doc: DocDate, days: number): Date | null {
  if (doc.m === null || doc.d === null) return null;
  return new Date(Date.UTC(doc.y, doc.m - 1, doc.d + days));
}

const PREP_BEFORE_MONTH = new Set(['in', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'through', 'of', 'before', 'after', 'during']);
const FUTURE_CUES = new Set(['will', "'ll", 'next', 'upcoming', 'tomorrow', 'scheduled', 'plans', 'planned']);

function isNumberIn(w: Word | undefined, lo: number, hi: number): number | null {
  if (!w || !/^\d{1,4}$/.test(w.text)) return null;
  const n = Number(w.text);
  return n >= lo && n <= hi ? n : null;
}

/** A day of the month, as a number or an ordinal (`7`, `7th`, `21st`). */
function dayIn(w: Word | undefined): number | null {
  if (!w) return null;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w.text);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 31 ? n : null;
}

/** Past tense in the sentence around word i: `was`, `were`, `had`, `did` or a verb in -ed, and no word looking ahead. */
function readsAsPast(words: readonly Word[], i: number): boolean {
  const s = words[i]!.sentence;
  let past = false;
  for (let k = i - 1; k >= 0 && words[k]!.sentence === s; k--) {
    const key = words[k]!.key.toLowerCase();
    if (FUTURE_CUES.has(key) || LOOKING_AHEAD.has(key)) return false;
    if (PAST_WORDS.has(key) || (/[a-z]{3}ed$/.test(key) && !words[k]!.cap)) past = true;
  }
  for (let k = i + 1; k < words.length && words[k]!.sentence === s; k++) {
    const key = words[k]!.key.toLowerCase();
    if (FUTURE_CUES.has(key) || LOOKING_AHEAD.has(key)) return false;
    if (PAST_WORDS.has(key)) past = true;
  }
  return past;
}

const LOOKING_AHEAD = new Set(['upcoming', 'ahead', 'forthcoming', 'coming', 'forward', 'expect', 'expects', 'expected', 'anticipate', 'anticipated', 'prepare', 'prepares', 'preparing', 'preparations', 'host', 'hosting', 'attend', 'attending', 'invited', 'invitation']);
const PAST_WORDS = new Set(['was', 'were', 'had', 'did', 'took', 'held', 'won', 'began', 'came', 'saw', 'killed', 'attacked']);

/** What `today's` and `tomorrow's` qualify when they mean nowadays and the future, not a day. */
const NOWADAYS_NOUNS = new Set([
  'world', 'society', 'generation', 'generations', 'era', 'age', 'times', 'economy', 'reality', 'realities', 'challenges',
  'youth', 'context', 'environment', 'globalized', 'globalised', 'interconnected', 'interdependent', 'leaders', 'threats',
  'problems', 'conflicts', 'crises', 'landscape',
]);

/** Generic `today` (nowadays) and `tomorrow` (the future): `today's world`, `the world … is today`, `tomorrow's challenges`. */
function isGenericToday(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  if (next && (next.key === "'s")) {
    for (let k = i + 2; k < i + 5 && k < words.length; k++) if (NOWADAYS_NOUNS.has(words[k]!.key)) return true;
  }
  const prev = words[i - 1];
  if (prev && /^(is|are|stands|stand|exists|exist|looks|look)$/.test(prev.key) && (!next || next.sentence !== words[i]!.sentence || !next.isWord)) return true;
  return false;
}

/** Date mentions in the words, resolved against the article date (SPEC.md: `date`). */
export function findDates(words: readonly Word[], articleDate: string | null): DateHit[] {
  const doc = parseDocDate(articleDate);
  const out: DateHit[] = [];
  const n = words.length;
  // The loop only sorts words out; each kind of date is read by a function of its own. As one
  // function, V8 compiled and threw away this loop's code 14 times on 20 MB of text (a rare kind
  // of date reached code without type feedback), recompiling all of it each time.
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    if (!w.isWord) continue;
    // Most words can be dismissed by their first character: digits for years, capitals for
    // months, weekdays and holidays, and a handful of lower-case words for the rest.
    const c0 = w.key.charCodeAt(0);
    if (!w.cap && !(c0 >= 48 && c0 <= 57) && !RELATIVE_WORDS.has(w.key)) continue;
    i = dateAt(words, i, doc, out);
  }
  return out;
}


/** Reads a date starting at word i into `out`; returns the index of the last word read. */
function dateAt(words: readonly Word[], i: number, doc: DocDate | null, out: DateHit[]): number {
  const w = words[i]!;
  if (w.cap) {
    const month = MONTHS.get(w.key);
    if (month !== undefined) return monthDate(words, i, month, doc, out);
    const wd = WEEKDAYS.get(w.key);
    if (wd !== undefined) return weekdayDate(words, i, wd, doc, out);
  }
  const lower = w.cap ? w.key.toLowerCase() : w.key;
  const next = words[i + 1];

  // `summer 2024`: a season with its year.
  if (SEASON_END_MONTH.has(lower) && next && next.sentence === w.sentence && /^(1[89]|20|21)\d\d$/.test(next.text)) {
    out.push({ start: i, end: i + 2, id: next.text });
    return i + 1;
  }

  // Decades: `the 1970s` names no year (id null).
  if (w.text.length === 5 && /^(1[89]|20)\d0s$/.test(w.text)) {
    out.push({ start: i, end: i + 1, id: null });
    return i;
  }
  // Years.
  if (w.text.length === 4 && /^(1[89]|20|21)\d\d$/.test(w.text)) {
    // `2005-2015`, `2028-29`: a span of years is one date, of no single year (id null).
    const rangeEnd = yearRangeEnd(words, i);
    if (rangeEnd > 0) {
      out.push({ start: i, end: rangeEnd, id: null });
      return rangeEnd - 1;
    }
    // `mid-2022`: the middle of the year is a date of that year.
    if (midBefore(words, i)) out.push({ start: i - 2, end: i + 1, id: w.text });
    else if (isYear(words, i)) out.push({ start: i, end: i + 1, id: w.text });
    return i;
  }

  // today, yesterday, tonight.
  const shift = TODAY_WORDS.get(lower);
  if (shift !== undefined) {
    const hit = todayDate(words, i, lower, shift, doc);
    if (hit) {
      out.push(hit);
      return i;
    }
  }

  // `this past week`, `this past summer`: the one just gone (`this past year`: the twelve months up to now, mostly this year).
  if (lower === 'this' && next?.key === 'past' && next.sentence === w.sentence) {
    const period = words[i + 2];
    const key = period?.key.toLowerCase() ?? '';
    if (period && period.sentence === w.sentence && PERIODS.has(key)) {
      out.push({ start: i, end: i + 3, id: doc ? resolvePeriod(doc, key, key === 'year' ? 0 : -1) : null });
      return i + 2;
    }
  }
  // last / next / this + period; this morning.
  if ((lower === 'last' || lower === 'next' || lower === 'this' || lower === 'past') && next && next.sentence === w.sentence) {
    const hit = relativeDate(i, lower, next.key.toLowerCase(), doc);
    if (hit) {
      out.push(hit);
      return i + 1;
    }
  }

  // `this fiscal year`: a budget year, whose months the article does not give (id null).
  if ((lower === 'last' || lower === 'next' || lower === 'this') && next?.key === 'fiscal' && words[i + 2]?.key === 'year' && words[i + 2]!.sentence === w.sentence) {
    out.push({ start: i, end: i + 3, id: null });
    return i + 2;
  }

  // `over the weekend`: the weekend nearest the article's day, in its month.
  if (w.key === 'weekend' && words[i - 1]?.key.toLowerCase() === 'the' && words[i - 1]!.sentence === w.sentence) {
    const t = doc ? dayOffset(doc, 0) : null;
    out.push({ start: i - 1, end: i + 1, id: t ? ym(t) : null });
    return i;
  }

  // `two years ago`, `75 years ago`: counted back from the article's date.
  if (lower === 'ago') {
    const hit = agoDate(words, i, doc, out);
    if (hit) out.push(hit);
    return i;
  }

  // `later that day`, `on that same day`: the day last named, else the article's own day.
  if (lower === 'that') {
    const hit = thatDay(words, i, doc, out);
    if (hit) {
      out.push(hit);
      return hit.end - 1;
    }
  }

  // Holidays, dated to the article's year.
  if (w.cap && HOLIDAYS.has(w.key)) out.push({ start: i, end: i + 1, id: doc ? String(doc.y) : null });
  // `St. Patrick's Day`: a saint's day, on its date in the article's year (and no person named Patrick).
  if (w.key === 'St.' || w.key === 'Saint') {
    const end = saintsDayEnd(words, i);
    if (end > 0) {
      const md = SAINTS_DAYS.get(saintOf(words[i + 1]!.key))!;
      out.push({ start: i, end, id: doc ? `${doc.y}-${pad(md[0])}-${pad(md[1])}` : null });
      return end - 1;
    }
  }
  return i;
}

/** `Patrick's` or `Patrick` → `Patrick`. */
function saintOf(key: string): string {
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

/** The end of `St. Patrick's Day` (or `Saint Patrick's Day`) starting at word i, or -1. */
function saintsDayEnd(words: readonly Word[], i: number): number {
  const name = words[i + 1];
  if (!name || !SAINTS_DAYS.has(saintOf(name.key))) return -1;
  // (`Patrick` `'s` `Day`, or `Patrick's` `Day`, as the tokeniser split it)
  const day = name.key.endsWith("'s") ? i + 2 : words[i + 2]?.key === "'s" ? i + 3 : -1;
  return day > 0 && words[day]?.key === 'Day' && words[day]!.sentence === name.sentence ? day + 1 : -1;
}

/** Words before `that day` that make it a day in the story (`later that day`), not `that day will come`. */
const BEFORE_THAT_DAY = new Set(['on', 'later', 'earlier', 'of', 'until', 'since', 'by', 'from', 'Later', 'Earlier', 'On']);

/** `that day`, `that same day` at word i: the last full date before it, else the article's day. */
function thatDay(words: readonly Word[], i: number, doc: DocDate | null, out: readonly DateHit[]): DateHit | null {
  const sent = words[i]!.sentence;
  const prev = inSentence(words, i - 1, sent);
  if (!prev || !BEFORE_THAT_DAY.has(prev.key)) return null;
  let k = i + 1;
  if (inSentence(words, k, sent)?.key === 'same') k++;
  if (inSentence(words, k, sent)?.key !== 'day') return null;
  let id: string | null = null;
  for (let h = out.length - 1; h >= 0 && id === null; h--) if (out[h]!.id !== null && out[h]!.id!.length === 10) id = out[h]!.id;
  if (id === null && doc && doc.m !== null && doc.d !== null) id = ymd(dayOffset(doc, 0)!);
  return { start: i, end: k + 1, id };
}

/** Month [day] [, year] — or day Month [year]; returns the index of the last word read. */
function monthDate(words: readonly Word[], i: number, month: number, doc: DocDate | null, out: DateHit[]): number {
  const w = words[i]!;
  const sent = w.sentence;
  let end = i + 1;
  let day: number | null = dayIn(inSentence(words, i + 1, sent));
  if (day !== null) end = i + 2;
  // `January 9-10, 2023`, `March 3–5`: a range of days is one date, dated by its first day.
  if (day !== null) {
    const dash = words[end];
    const to = dash && !dash.gap && (dash.text === '-' || dash.text === '\u2013') ? words[end + 1] : undefined;
    if (to && !to.gap && to.sentence === sent) {
      const last = dayIn(to);
      if (last !== null && last > day) end += 2;
    }
  }
  let year: number | null = null;
  const comma = inSentence(words, end, sent);
  const y1 = isNumberIn(comma?.text === ',' ? inSentence(words, end + 1, sent) : comma, 1000, 2999);
  if (y1 !== null && (comma?.text === ',' ? day !== null : true)) { year = y1; end = comma?.text === ',' ? end + 2 : end + 1; }
  // `January this year`, `March last year`: the year told relative to the article's.
  const rel = year === null && doc ? inSentence(words, end, sent) : undefined;
  if (rel && doc && (rel.key === 'this' || rel.key === 'last' || rel.key === 'next') && inSentence(words, end + 1, sent)?.key === 'year') {
    year = doc.y + (rel.key === 'last' ? -1 : rel.key === 'next' ? 1 : 0);
    end += 2;
  }
  const prev = inSentence(words, i - 1, sent);
  // (`3 March` is a date: a day before the month settles it.)
  if ((w.key === 'May' || w.key === 'March') && day === null && year === null && !(prev && PREP_BEFORE_MONTH.has(prev.key.toLowerCase())) && !(dayIn(prev) !== null && prev!.text.length <= 4)) return i;
  // `16 October 2024`, `7th of October`
  let start = i;
  const dayBefore = dayIn(prev);
  if (day === null && dayBefore !== null && prev && prev.text.length <= 4) {
    day = dayBefore;
    start = i - 1;
    // `20 and 21 August`, `20-21 August`: the range starts at its first day.
    const link = words[i - 2];
    const first = words[i - 3];
    if (link && first && first.sentence === sent && (link.key === 'and' || (!link.isWord && !link.gap && !prev.gap && (link.text === '-' || link.text === '\u2013')))) {
      const d0 = dayIn(first);
      if (d0 !== null && d0 < day && first.text.length <= 4) { day = d0; start = i - 3; }
    }
  }
  else if (day === null && prev?.key === 'of' && dayIn(inSentence(words, i - 2, sent)) !== null && /\D/.test(words[i - 2]!.text)) { day = dayIn(words[i - 2]); start = i - 2; }
  // `mid-October`
  if (start === i && day === null && midBefore(words, i)) start = i - 2;
  let y = year ?? doc?.y ?? null;
  // `last June`, `This past July`, `next March`: the latest such month before the article's, or the first after.
  const modifier = day === null && year === null && start === i ? prev?.key.toLowerCase() : undefined;
  // (An article dated by its year alone, a speech of 2000: `last June` is in that year, `next June` in the next.)
  // `this July`: the month of the article's year.
  if (modifier === 'this' && doc) {
    out.push({ start: i - 1, end, id: `${doc.y}-${pad(month)}` });
    return end - 1;
  }
  if ((modifier === 'last' || modifier === 'past' || modifier === 'next') && doc) {
    start = i - 1;
    const before = inSentence(words, i - 2, sent);
    if (modifier === 'past' && before && before.key.toLowerCase() === 'this') start = i - 2;
    const m = doc.m;
    const yearOf = modifier === 'next' ? (m !== null && month > m ? doc.y : doc.y + 1) : m === null || month < m ? doc.y : doc.y - 1;
    out.push({ start, end, id: `${yearOf}-${pad(month)}` });
    return end - 1;
  }
  // `the July 28 election` in an article of January: a date told in the past tense is the latest one not after the article.
  if (year === null && y !== null && doc && readsAsPast(words, i)) {
    if (doc.m !== null && (month > doc.m || (month === doc.m && day !== null && doc.d !== null && day > doc.d))) y -= 1;
  }
  const id = y === null ? null : day !== null ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
  out.push({ start, end, id });
  return end - 1;
}

const WEEKDAY_MODIFIERS = new Set(['last', 'next', 'this', 'past']);

/**
 * A weekday at word i: `Saturday, December 9` is one date, the day the month and number give;
 * `last Tuesday` (also broken over a line) keeps its modifier, as `last June` does.
 */
function weekdayDate(words: readonly Word[], i: number, wd: number, doc: DocDate | null, out: DateHit[]): number {
  const sent = words[i]!.sentence;
  const comma = inSentence(words, i + 1, sent);
  // (`Monday, 3 March`: the day first.)
  const at = comma?.text === ',' && dayIn(inSentence(words, i + 2, sent)) !== null ? i + 3 : i + 2;
  const month = comma?.text === ',' ? MONTHS.get(inSentence(words, at, sent)?.key ?? '') : undefined;
  if (month !== undefined) {
    const before = out.length;
    const last = monthDate(words, at, month, doc, out);
    const hit = out[before];
    if (hit && hit.start === i + 2 && hit.end - hit.start >= 2) {
      hit.start = i;
      return last;
    }
    out.length = before;
  }
  // (`last\nTuesday`: a hard-wrapped speech may break the sentence at the line; no punctuation stands between.)
  const prev = words[i - 1];
  const modified = prev !== undefined && prev.isWord && WEEKDAY_MODIFIERS.has(prev.key.toLowerCase());
  out.push({ start: modified ? i - 1 : i, end: i + 1, id: weekdayId(words, i, wd, doc) });
  return i;
}

/** Weekdays: the most recent one on or before the article date, unless the sentence looks ahead. */
function weekdayId(words: readonly Word[], i: number, wd: number, doc: DocDate | null): string | null {
  if (!doc || doc.m === null || doc.d === null) return null;
  const base = dayOffset(doc, 0)!;
  let future = false;
  for (let k = i - 1; k >= 0 && k >= i - 8 && words[k]!.sentence === words[i]!.sentence; k--) if (FUTURE_CUES.has(words[k]!.key.toLowerCase())) future = true;
  const diff = future ? (wd - base.getUTCDay() + 7) % 7 : -((base.getUTCDay() - wd + 7) % 7);
  return ymd(dayOffset(doc, diff)!);
}

/** `mid-` right before word i (`mid-October`, `mid-2022`). */
function midBefore(words: readonly Word[], i: number): boolean {
  const dash = words[i - 1];
  return !!dash && !dash.isWord && dash.text === '-' && !words[i]!.gap && !dash.gap && words[i - 2]?.key.toLowerCase() === 'mid';
}

/**
 * `2005-2015`, `2010–2012` or `2028-29`, written without spaces and ending later than it starts: the index after
 * the range's last word, else 0. Not after a dash or before one (`1-2005-2015`, a code or a phone number).
 */
function yearRangeEnd(words: readonly Word[], i: number): number {
  const dash = words[i + 1];
  const last = words[i + 2];
  if (!dash || !last || (dash.text !== '-' && dash.text !== '–') || dash.gap || last.gap || last.sentence !== words[i]!.sentence) return 0;
  if (words[i - 1]?.text === '-' && !words[i]!.gap) return 0;
  const after = words[i + 3];
  if (after && !after.gap && (after.text === '-' || after.text === '%')) return 0;
  const start = Number(words[i]!.text);
  let end: number;
  if (last.text.length === 4 && /^(1[89]|20|21)\d\d$/.test(last.text)) end = Number(last.text);
  else if (last.text.length === 2 && /^\d\d$/.test(last.text)) end = start - (start % 100) + Number(last.text);
  else return 0;
  return end > start && end - start <= 100 ? i + 3 : 0;
}

/** A four-digit number in the years' range that is a year, not `$2000`, `2020%` or a range's end. */
function isYear(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  const after = words[i + 1];
  if (prev && (prev.text === '$' || prev.text === '#' || prev.text === 'No.')) return false;
  if (after && !after.gap && (after.text === '%' || after.text === '-')) return false;
  if (prev && !w.gap && prev.text === '-') return false;
  // `A/PV.2128`, `A/74/2019`: the number of a document's symbol (`2019/2020` is a span of years).
  if (prev && !w.gap && (prev.text === '.' || (prev.text === '/' && !(words[i - 2] && !prev.gap && /^\d{4}$/.test(words[i - 2]!.text))))) return false;
  return true;
}

/** `today`, `yesterday`, `tonight`, unless generic (`the challenges of today and tomorrow`). */
function todayDate(words: readonly Word[], i: number, lower: string, shift: number, doc: DocDate | null): DateHit | null {
  if (words[i - 1]?.key === 'of' || (words[i - 1]?.key === 'and' && words[i - 2]?.key.toLowerCase() === 'today')) return null;
  if ((lower === 'today' || lower === 'tomorrow') && isGenericToday(words, i)) return null;
  const t = doc ? dayOffset(doc, shift) : null;
  // an article dated by its year alone (a speech of 2002): `today` is in that year
  return { start: i, end: i + 1, id: t ? ymd(t) : doc && doc.m === null && shift !== 1 ? String(doc.y) : null };
}

/**
 * `two years ago`, `A year ago`, `75 years ago`, `four days ago` ending at word i
 * (`ago`): an exact count of a unit back from the article's date, to the year,
 * month or day that unit gives. `some years ago` counts nothing and names no date.
 */
function agoDate(words: readonly Word[], i: number, doc: DocDate | null, out: readonly DateHit[]): DateHit | null {
  const unitWord = words[i - 1];
  const countWord = words[i - 2];
  if (!unitWord?.isWord || !countWord?.isWord || countWord.sentence !== words[i]!.sentence) return null;
  const unit = AGO_UNITS.get(unitWord.key.toLowerCase());
  if (unit === undefined) return null;
  // `a few days ago`, `several weeks ago`: no exact count, but days or weeks back are still the article's month.
  const vague = countWord.key.toLowerCase() === 'several' || (countWord.key.toLowerCase() === 'few' && words[i - 3]?.key.toLowerCase() === 'a');
  if (vague && unitWord.key.toLowerCase() !== unit && (unit === 'day' || unit === 'week')) {
    const last = out[out.length - 1];
    const start = countWord.key.toLowerCase() === 'few' ? i - 3 : i - 2;
    if (last && last.end > start) return null;
    return { start, end: i + 1, id: doc ? (doc.m === null ? String(doc.y) : `${doc.y}-${pad(doc.m)}`) : null };
  }
  // `a few months ago`: mostly the article's year (the General Debate meets in September); `several years ago`: unknown.
  if (vague && unitWord.key.toLowerCase() !== unit && (unit === 'month' || unit === 'year')) {
    const last = out[out.length - 1];
    const start = countWord.key.toLowerCase() === 'few' ? i - 3 : i - 2;
    if (last && last.end > start) return null;
    return { start, end: i + 1, id: doc && unit === 'month' && (doc.m === null || doc.m > 3) ? String(doc.y) : null };
  }
  let count = countOf(countWord);
  let start = i - 2;
  // `Twenty-five years ago`: the tokens are `Twenty`, `-`, `five`.
  const dash = words[i - 3];
  const tensWord = words[i - 4];
  if (count !== null && count < 10 && dash && !dash.isWord && dash.text === '-' && !dash.gap && !countWord.gap && tensWord?.isWord && tensWord.sentence === countWord.sentence) {
    const tens = COUNT_WORDS.get(tensWord.key.toLowerCase());
    if (tens !== undefined && tens >= 20 && tens < 100) {
      count += tens;
      start = i - 4;
    }
  }
  if (count === null || (count === 1) !== (unitWord.key.toLowerCase() === unit)) return null;
  const last = out[out.length - 1];
  if (last && last.end > start) return null;
  let id: string | null = null;
  if (doc) {
    if (unit === 'year') id = String(doc.y - count);
    else if (unit === 'month' && doc.m !== null) id = ym(new Date(Date.UTC(doc.y, doc.m - 1 - count, 1)));
    else if (doc.m === null) id = String(doc.y);
    else {
      const t = dayOffset(doc, unit === 'week' ? -7 * count : -count);
      id = t ? (unit === 'week' ? ym(t) : ymd(t)) : null;
    }
  }
  return { start, end: i + 1, id };
}

/** `two`, `Fifty`, `75`, `twenty-five`: an exact count, or null. */
function countOf(word: Word): number | null {
  const digits = isNumberIn(word, 1, 999);
  if (digits !== null) return digits;
  const lower = word.key.toLowerCase();
  const whole = COUNT_WORDS.get(lower);
  if (whole !== undefined) return whole;
  const dash = lower.indexOf('-');
  if (dash < 0) return null;
  const tens = COUNT_WORDS.get(lower.slice(0, dash));
  const ones = COUNT_WORDS.get(lower.slice(dash + 1));
  return tens !== undefined && ones !== undefined && tens >= 20 && tens < 100 && ones < 10 ? tens + ones : null;
}

/** `last week`, `next year`, `this morning`, `last night` at word i (the period word follows). */
function relativeDate(i: number, lower: string, period: string, doc: DocDate | null): DateHit | null {
  if (lower === 'this' && DAY_PARTS.has(period)) {
    const t = doc ? dayOffset(doc, 0) : null;
    return { start: i, end: i + 2, id: t ? ymd(t) : doc && doc.m === null ? String(doc.y) : null };
  }
  if (lower === 'last' && period === 'night') {
    const t = doc ? dayOffset(doc, -1) : null;
    return { start: i, end: i + 2, id: t ? ymd(t) : null };
  }
  if (lower !== 'past' && PERIODS.has(period)) {
    const sign = lower === 'last' ? -1 : lower === 'next' ? 1 : 0;
    return { start: i, end: i + 2, id: doc ? resolvePeriod(doc, period, sign) : null };
  }
  return null;
}

function resolvePeriod(doc: DocDate, period: string, sign: number): string | null {
  const y = doc.y;
  if (period === 'year') return String(y + sign);
  if (period === 'decade' || period === 'century') return null;
  const season = SEASON_END_MONTH.get(period);
  if (season !== undefined) {
    if (doc.m === null) return null;
    if (sign === 0) return String(y);
    if (sign < 0) return String(doc.m > season ? y : y - 1);
    return String(doc.m < season - 2 ? y : y + 1);
  }
  if (period === 'month') {
    if (doc.m === null) return null;
    const t = new Date(Date.UTC(y, doc.m - 1 + sign, 1));
    return ym(t);
  }
  // week, weekend
  const t = dayOffset(doc, 7 * sign);
  return t ? ym(t) : null;
}
