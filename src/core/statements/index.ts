// Statements: who said what (SPEC.md, "Statements"). Pure: a document, its
// sentences and mentions in; one record per cue out.
//
// The rules work on their own scan of each sentence (words plus every
// punctuation mark, which the cue, speaker and quote rules need); the shared
// tokens are accepted so every extractor has the same signature.

import type { Document, MentionRecord, Sentence, StatementRecord, Token } from '../types.js';
import { CLAUSE_SUBJECTS, DOCUMENTS_BEFORE_THAT, INVERTIBLE, OBJECT_THEN_OF, OBJECT_THEN_THAT, CLAUSE_VERBS, NOT_SOURCES, MEDIUM_NOUNS, NOT_RAISED, PERSON_ONLY_LEMMAS, REINFORCE_OBJECTS } from '../lexicon/cues.js';
import { beforePassiveChain, findCues, perceivedAt, thatWithin, isModalBefore, type Cue, type CueOptions } from './cues.js';
import { castOf, personWithTitle, type Cast } from './participants.js';
import { AGO_UNITS, COUNT_WORDS as DATE_COUNT_WORDS } from '../lexicon/dates.js';
import { COLLECTIVE_SOURCES, DETERMINERS, FOREBEARS, GROUP_HEADS, NOT_IN_SPEAKER, NUMBER_WORDS, SINGULAR_PRONOUNS, SOURCE_NOUNS, FIGURATIVE_OBJECTS, TEXT_CUE_LEMMAS, TEXT_NOUNS, TITLE_HEADS, isPeoplePlural } from '../lexicon/speakers.js';
import { pairQuotes, isClosingQuote, isOpeningQuote, type Quote } from './quotes.js';
import { genderIn, notePerson, resolvePhrase, type Antecedents, type Resolved } from './resolve.js';
import { isNumberWord, phraseBackward, phraseForward, sentenceSubject, skipBack, isPronoun, pronounOf, textSourceForward, type Phrase } from './speaker.js';
import { insideQuote, joinQuotes, lastOpenAtOrBefore, quoteClosingAt, quoteContent, quoteOpeningAt, span, type Content } from './content.js';
import { scanWords, type Word } from './words.js';
import { answerAfter, inQuestionTurn } from './turns.js';
import { STATE_FORMS } from '../lexicon/places.js';
import { FAMILY_NAMES } from '../lexicon/family-names.js';

export { CUE_VERBS } from '../lexicon/cues.js';

type Mode = 'forward' | 'backward' | 'inverted' | 'according' | 'passive';

interface Plan {
  cue: Cue;
  mode: Mode;
  /** The speaker phrase, or null when the speaker is inherited from the clause before. */
  phrase: Phrase | null;
  inherit: boolean;
  /** Where this statement's clause begins: the content of an earlier cue ends here. */
  boundary: number;
  /** Word index that ends backward content (the comma or quote before the speaker). */
  backEnd: number;
  /** Word index where forward content starts, when it is not right after the cue (`as X said, …`). */
  contentFrom?: number;
  /** A cue in a relative clause set off by commas: its content ends at the next comma. */
  relative?: boolean;
  /** `what X said is …`: forward content starts after the copula. */
  afterCopula?: boolean;
  /** Word index where forward content ends (`Noting X, Y and Z, participants …`: the comma before the subject). */
  contentTo?: number;
  /** A pronoun that stands for the sentence's subject (`Harris visited Ghana, where she announced …`). */
  ofSubject?: boolean;
}

const THING_WORDS = new Set(['thing', 'things']);
const NOBODY = new Set(['nobody', 'none', 'noone', 'no-one']);

/** The subject phrase `p` widened back to an `as` that opens a clause, over up to five words of description. */
function widenToAs(words: Word[], p: Phrase): Phrase {
  let a = p.first - 1;
  while (a >= 0 && a >= p.first - 5) {
    const w = words[a]!;
    if (w.lower === 'as') break;
    const c0 = w.lower.charCodeAt(0);
    if (w.punct || c0 < 97 || c0 > 122 || isPronoun(w.lower) || FIRST_PERSON.has(w.lower) || BE_FORMS.has(w.lower) || PERFECT_AUX.has(w.lower) || w.lower === 'having' || w.lower.endsWith('ed')) return p;
    a--;
  }
  if (a < 0 || a === p.first - 1 || words[a]!.lower !== 'as' || (a > 0 && !words[a - 1]!.punct)) return p;
  return { first: a + 1, last: p.last };
}

/** `the Secretary-General`, `the President` resolved to no one named in the text. */
function unnamedTitle(words: Word[], phrase: Phrase, r: Resolved): boolean {
  return r.speakers.length === 0 && !r.plural && words[phrase.last]!.lower.split('-').some((x) => TITLE_HEADS.has(x)) && words[phrase.first]!.lower === 'the';
}

/** `nobody`, `no one`, `None (of us)`: a subject that denies the saying of everyone. */
function deniedOfAll(words: Word[], p: Phrase): boolean {
  const head = words[p.last]!.lower;
  return NOBODY.has(head) || (head === 'one' && words[p.last - 1]?.lower === 'no') || words[p.first]!.lower === 'none';
}

/** Where content starts at word `k`, past a spoken quotation mark (`As General Mark Milley said, quote, "…," end quote`). */
function afterSpokenQuote(words: Word[], k: number): number {
  return words[k]!.lower === 'quote' && words[k + 1]?.text === ',' ? k + 2 : k;
}

/** Remarks a reporter recalls to the official (`you mentioned`, `you noted`), like `you said`. */
const RECALLED_LEMMAS = new Set(['mention', 'note', 'indicate']);
const SOURCE_LINKERS = new Set(['familiar', 'close', 'briefed', 'involved', 'knowledgeable', 'privy']);

// First person outside a quotation is the writer's or the speaker's own voice
// (`I think`, `We congratulate`, `my delegation believes`), not a report.
// (`US` and `me` are no subjects: the country, an object.)
const FIRST_PERSON = new Set(['i', 'we', 'my', 'our']);
const COUNTRY_GROUPS = new Set(['countries', 'governments', 'nations']);

function isFirstPerson(words: Word[], p: Phrase): boolean {
  // `our two countries` in a joint statement are the parties to it, not the writer's own voice.
  if (words[p.first]!.lower === 'our' && p.last === p.first + 2 && (words[p.first + 1]!.lower === 'two' || words[p.first + 1]!.lower === 'both') && COUNTRY_GROUPS.has(words[p.last]!.lower)) return false;
  // `our mothers and fathers said`, `our founders declared`: people before us, not the speaker's own voice.
  if (words[p.first]!.lower === 'our' && FOREBEARS.has(words[p.last]!.lower)) return false;
  return FIRST_PERSON.has(pronounOf(words[p.first]!.lower)) || FIRST_PERSON.has(pronounOf(words[p.last]!.lower));
}

// Words after a cue that are neither content nor an addressee: manner
// adverbs and time (`said unequivocally that`, `said yesterday, "…"`).
const AFTER_CUE_TIME = new Set(['yesterday', 'today', 'tonight', 'earlier', 'again', 'repeatedly', 'later', 'recently', 'previously', 'once', 'twice', 'also', 'then', 'now', 'too', 'once']);
// After `said that`, words showing `that` is the thing said (`he said that multiple times`).
/** `said that before`, `said that many times`: when or how often, after a demonstrative `that`. */
const SAID_BEFORE = new Set(['before', 'already', 'often', 'many', 'times', 'several', 'previously', 'earlier']);
/** Verbs whose object `it` at a sentence's end is what was said (not `welcomed it`, an act on a thing). */
const SAY_LEMMAS = new Set(['say', 'state', 'repeat', 'reiterate', 'write', 'tell', 'declare', 'endorse', 'confirm', 'deny']);
const AFTER_DEMONSTRATIVE = new Set(['very', 'over', 'clearly', 'again', 'yesterday', 'repeatedly', 'publicly', 'too', 'himself', 'herself', 'themselves', 'twice']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const COUNT_WORDS = new Set(['multiple', 'many', 'several', 'numerous', 'countless', 'two', 'three', 'four', 'five']);

function skipAfterCue(words: Word[], k: number): number {
  let j = k;
  // (`proposed clearly defined borders`: an adverb before a participle belongs to the content.)
  while (words[j] && !words[j]!.punct && !words[j]!.cap && ((words[j]!.lower.length > 4 && words[j]!.lower.endsWith('ly') && words[j + 1]?.lower !== 'after' && !isParticiple(words[j + 1])) || AFTER_CUE_TIME.has(words[j]!.lower))) j++;
  // `said Friday it would sell …` (wire style): a weekday right after the cue is when, not what.
  if (WEEKDAYS.has(words[j]?.lower ?? '') && words[j]!.cap && words[j + 1] && !words[j + 1]!.punct && !words[j + 1]!.cap) j++;
  // `last week`, `this morning`, `on Monday`
  if (['last', 'this'].includes(words[j]?.lower ?? '') && /^(week|month|year|morning|afternoon|evening|weekend)$/.test(words[j + 1]?.lower ?? '')) j += 2;
  // `said a few days ago from this rostrum that`, `stated two years ago that`: a time counted back, then the rest.
  const ago = agoEnd(words, j);
  if (ago > j) j = ago;
  // `condemned in the strongest possible terms Russia’s actions`: how it was said, not what.
  if (words[j]?.lower === 'in' && words[j + 1]?.lower === 'the' && STRONGEST.has(words[j + 2]?.lower ?? '')) {
    let m = j + 3;
    if (words[m]?.lower === 'possible') m++;
    if (words[m]?.lower === 'terms' && words[m + 1] && !words[m + 1]!.punct) j = m + 1;
  }
  // `noted with satisfaction that`, `welcomed with satisfaction the Brahimi report`: how it was said, not what.
  if (words[j]?.lower === 'with') {
    let m = j + 1;
    if (MANNER_DEGREE.has(words[m]?.lower ?? '')) m++;
    if (MANNER_NOUNS.has(words[m]?.lower ?? '') && words[m + 1] && !words[m + 1]!.punct && words[m + 1]!.lower !== 'and') j = m + 1;
  }
  return j;
}

/** `in the strongest/clearest/firmest (possible) terms`. */
const STRONGEST = new Set(['strongest', 'clearest', 'firmest']);

const MANNER_DEGREE = new Set(['deep', 'great', 'grave', 'serious', 'profound', 'particular', 'some', 'much', 'considerable', 'growing', 'utmost']);
const MANNER_NOUNS = new Set(['satisfaction', 'concern', 'regret', 'appreciation', 'interest', 'alarm', 'pleasure', 'sadness', 'dismay', 'gratitude', 'approval', 'pride', 'disappointment', 'relief', 'optimism', 'hope', 'sorrow']);

function isSmallNumber(t: string): boolean {
  if (t.length === 0 || t.length > 3) return false;
  for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return true;
}

/** `a few days ago`, `two years ago`, `several weeks ago` from word j: the index after `ago`, or j. */
function agoEnd(words: Word[], j: number): number {
  let k = j;
  if (words[k]?.lower === 'a' && words[k + 1]?.lower === 'few') k += 2;
  else if (words[k]?.lower === 'several' || words[k]?.lower === 'some' || DATE_COUNT_WORDS.has(words[k]?.lower ?? '') || isSmallNumber(words[k]?.text ?? '')) k++;
  else return j;
  if (!AGO_UNITS.has(words[k]?.lower ?? '') || words[k + 1]?.lower !== 'ago') return j;
  return k + 2;
}

const NOT_BEFORE_SPEAKER = new Set(['as', 'what', 'like', 'than', 'whatever', 'if', 'whether', 'unless', 'how', 'why', 'where']);
const COORDINATORS = new Set(['and', 'while', 'but', 'or', 'then', 'thereby', 'whereas', 'also']);
const TAIL_PREPS = new Set(['in', 'at', 'on', 'from', 'during', 'after', 'before', 'when', 'while', 'according', 'last', 'this', 'earlier', 'later', 'today', 'yesterday', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'via', 'through', 'following', 'told', 'adding', 'noting', 'citing']);
const PARENTHETICAL_OPENERS = new Set(['who', 'which', 'whose', 'speaking', 'calling', 'writing', 'according', 'in', 'at', 'during', 'after', 'when', 'like', 'as', 'for', 'himself', 'herself', 'themselves', 'too', 'however', 'though', 'meanwhile', 'for', 'on']);

function isParenthetical(words: Word[], from: number, to: number): boolean {
  const w = words[from];
  if (!w || from > to) return false;
  return PARENTHETICAL_OPENERS.has(w.lower) || (!w.cap && /(ing|ed)$/.test(w.lower)) || w.lower === 'jr.';
}

function planCue(words: Word[], cue: Cue, named: ReadonlySet<number>, prior: Plan[], people: ReadonlySet<number> = new Set(), inQuestion = false): Plan | null {
  const base = { cue, inherit: false, boundary: cue.first, backEnd: -1 };
  if (cue.passive) {
    let from = cue.last + 1;
    // (`It was widely acknowledged at Monterrey that …`: the clause after `that`.)
    if (cue.passive === 'it' && words[from]?.lower !== 'that') from = Math.max(from, thatWithin(words, from + 1, 4));
    if (cue.passive === 'as') {
      while (from < words.length && words[from]!.text !== ',') from++;
      // `he also, as was noted in our statement, remains in close touch`: parenthetical, nothing reported after it.
      const after = words[from + 1];
      if (after && !after.cap && (PREDICATE_OPENERS.has(after.lower) || COORDINATORS.has(after.lower))) return null;
      // `as` must open its clause: `Again, as has been said, …`, `And as was noted earlier, …`.
      let a = cue.first;
      while (a > 0 && words[a]!.lower !== 'as') a--;
      const before = words[a - 1];
      if (before && !before.punct && !COORDINATORS.has(before.lower) && !SENTENCE_ADVERBS.has(before.lower)) return null;
    }
    let b = cue.first;
    while (b > 0 && !words[b - 1]!.punct && words[b - 1]!.lower !== 'it' && words[b - 1]!.lower !== 'as') b--;
    return { ...base, mode: 'passive', phrase: null, boundary: Math.max(0, b - 1), contentFrom: from };
  }
  if (cue.asAgent) return asAgentPlan(words, cue, named, base);
  if (cue.byPassive) return byPassivePlan(words, cue, named, base);
  // `the question asked by George Stephanopoulos was, "…"`: the agent after `by`, the quotation after the copula.
  if (cue.byAgent) {
    const p = phraseForward(words, cue.last + 2, named);
    if (!p) return null;
    let q = p.last + 1;
    while (q < words.length && q < p.last + 4 && !isOpeningQuote(words[q]!.text)) q++;
    if (!isOpeningQuote(words[q]?.text ?? '')) return null;
    return { ...base, mode: 'forward', phrase: p, contentFrom: q };
  }
  if (cue.according) {
    // (`according to him,`: an object pronoun before a comma or the end is the source)
    const object = words[cue.last + 1];
    const after = words[cue.last + 2];
    const pronoun = !!object && (object.lower === 'him' || object.lower === 'them' || object.lower === 'her') && (!after || after.punct);
    const p = pronoun ? { first: cue.last + 1, last: cue.last + 1 } : phraseForward(words, cue.last + 1, named);
    if (!p || NOT_SOURCES.has(words[p.last]!.lower)) return null;
    const before = words[cue.first - 1];
    // (`a man — who, according to his father, was radicalized …`: after a clause's first word, what follows.)
    const opener = words[cue.first - 2]?.lower ?? '';
    // (`And those group, according to him, would include China …`: between a subject and its predicate, the
    // predicate is what the source says.)
    const closing = words[p.last + 1]?.text === ',' ? words[p.last + 2] : undefined;
    const predicate = !!closing && !closing.cap && PREDICATE_OPENERS.has(closing.lower);
    if (before && before.text === ',' && cue.first - 2 >= 0 && (RELATIVE_OPENERS.has(opener) || predicate)) return { ...base, mode: 'according', phrase: p, relative: true };
    if (before && before.text === ',') return { ...base, mode: 'according', phrase: p, boundary: cue.first - 1, backEnd: cue.first - 1 };
    return { ...base, mode: 'according', phrase: p };
  }
  let L = skipBack(words, cue.first - 1);
  // `The three National Security Advisors (NSAs) reaffirmed`: the acronym the text defines for the subject.
  if (L >= 3 && words[L]!.text === ')' && words[L - 2]!.text === '(' && isAcronymWord(words[L - 1]!)) L = skipBack(words, L - 3);
  // `Noting the importance of X, participants reiterated …`: a participle opening the sentence reports
  // what the main clause's subject said; its content ends at the comma before that subject.
  if (L < 0 && cue.first === 0 && cue.tense === 'ing') return openingParticiple(words, cue, named, base);
  if (L < 0) return null;
  // An intention is planned only with a named subject right before it (`Suga intends to`); `I wanted to ask`
  // must not hide a later `he said` as if it were inside its content.
  if (cue.intent) {
    const q = phraseBackward(words, L, named);
    if (!q || !named.has(q.last) || isPronoun(words[q.last]!.lower)) return null;
  }
  let w = words[L]!;
  // `Having said that, I should like to …`: a perfect participle opening a sentence links two
  // thoughts of the speaker's own; `Having` is no one.
  if (w.lower === 'having' && opensClauseAt(words, L)) return null;
  // `Sullivan opened the discussion by reaffirming …`, `He concluded by saying that …`: a gerund after `by`
  // reports what the clause's subject said; after a passive (`is paid for by asking corporations`) no one is named.
  if (w.lower === 'by' && cue.tense === 'ing') return byGerundPlan(words, cue, L, named, prior, people, base);
  // `President Yoon and President Biden join the international community in condemning …`: those joined are no
  // speaker of it (the joiners' own voice is the document's; see also `join previous speakers in congratulating`).
  if (words[cue.first - 1]?.lower === 'in' && cue.tense === 'ing') {
    for (let k = cue.first - 2; k >= 0 && k >= cue.first - 8 && !words[k]!.punct; k--) if (JOIN_FORMS.has(words[k]!.lower)) return null;
  }
  if (w.punct && (w.text === ',' || isClosingQuote(w.text) || w.text === '\u2014')) {
    // Inverted: `…, said Chinese State Councilor and Foreign Minister Wang Yi in …`
    if (cue.tense !== 'ing' && INVERTIBLE.has(cue.lemma)) {
      const p = phraseForward(words, cue.last + 1, named);
      if (p) {
        const after = words[p.last + 1];
        if (!after || after.punct || TAIL_PREPS.has(after.lower)) return { ...base, mode: 'inverted', phrase: p, boundary: L, backEnd: L };
      }
    }
    // A parenthetical between subject and cue: `President Biden, calling from Air Force One, conveyed`.
    if (w.text === ',' && cue.tense !== 'ing') {
      let c = L - 1;
      while (c >= 0 && words[c]!.text !== ',') c--;
      if (c > 0 && isParenthetical(words, c + 1, L - 1)) {
        const L2 = skipBack(words, c - 1);
        const p = L2 >= 0 ? phraseBackward(words, L2, named) : null;
        if (p) return { ...base, mode: 'forward', phrase: p, boundary: p.first };
      }
      // `Heck, even the Prime Minister of Israel, Mr. Netanyahu, has said it`: a person's name set off by
      // commas right before the cue is its subject (the title before it is his).
      if (c > 0 && people.has(L - 1)) {
        const p = phraseBackward(words, L - 1, named);
        if (p && p.first === c + 1) return { ...base, mode: 'forward', phrase: p, boundary: p.first };
      }
      // `…, Mr. Kofi Annan, the Secretary-General, said`: a name, then its title set off by commas.
      if (c > 0 && named.has(c - 1) && ARTICLES.has(words[c + 1]!.lower) && c + 2 < L) {
        const p = phraseBackward(words, c - 1, named);
        if (p && opensClauseAt(words, p.first)) return { ...base, mode: 'forward', phrase: p, boundary: p.first };
      }
    }
    // `North Korea, saying it would end the freeze …, expelled IAEA inspectors`: a participle
    // clause between a named subject and its verb; what it says ends at its closing comma.
    if (w.text === ',' && cue.tense === 'ing' && named.has(L - 1)) {
      const p = phraseBackward(words, L - 1, named);
      if (p && opensClauseAt(words, p.first) && closedBeforeVerb(words, cue.last + 1)) return { ...base, mode: 'forward', phrase: p, boundary: p.first, relative: true };
    }
    return { ...base, mode: 'forward', phrase: null, inherit: true, boundary: L };
  }
  // `[senior administration official] said`, `[Redacted] explained to him that`: a name a transcript withholds
  // is an unnamed speaker (SPEC), like `a spokesperson`.
  if (w.text === ']') {
    let b = L - 1;
    while (b > 0 && b > L - 8 && !words[b]!.punct) b--;
    if (b >= 0 && b < L - 1 && words[b]!.text === '[') {
      const p: Phrase = { first: b, last: L };
      if (words[b - 1]?.lower === 'as') return asPlan(words, cue, p, base);
      return { ...base, mode: 'forward', phrase: p, boundary: b };
    }
  }
  if (w.punct) return null;
  if (COORDINATORS.has(w.lower)) {
    const b = words[L - 1]?.text === ',' ? L - 1 : L;
    return { ...base, mode: 'forward', phrase: null, inherit: true, boundary: b };
  }
  // (`the groupings that continue to call on Iraq`: `that` after a noun is a relative pronoun too)
  const relativeThat = w.lower === 'that' && L > 0 && !words[L - 1]!.punct && !CUE_LIKE_BEFORE_THAT.has(words[L - 1]!.lower) && (
    ((words[L - 1]!.lower.endsWith('s') || named.has(L - 1)) && cue.first > 0 && words[cue.first]!.lower.startsWith('continu')) ||
    // `adopted a resolution that declared …`, `a statement that urged …`: a document's own words.
    (DOCUMENTS_BEFORE_THAT.has(words[L - 1]!.lower) && (cue.tense === 'past' || cue.tense === 'present') && !cue.passive));
  // (`WHO` in capitals is the World Health Organization: `as WHO recommends`.)
  if ((w.lower === 'who' && w.text !== 'WHO') || w.lower === 'which' || relativeThat) {
    let k = L - 1;
    if (words[k]?.text === ',') k--;
    const p = k >= 0 ? phraseBackward(words, k, named) : null;
    // (`higher prices for American consumers, which further underscores …`: `which` is no person.)
    if (p && w.lower === 'which' && !words[p.last]!.cap && isPeoplePlural(words[p.last]!.lower) && !SOURCE_NOUNS.has(words[p.last]!.lower)) return null;
    // `the General Assembly adopted a resolution that declared …`, `Bob Menendez put out a statement that said …`:
    // the document speaks for whoever adopted or issued it.
    if (p && relativeThat && DOCUMENTS_BEFORE_THAT.has(words[p.last]!.lower) && !named.has(p.first)) {
      const author = authorOf(words, p.first, named);
      if (author) return { ...base, mode: 'forward', phrase: author, boundary: author.first };
    }
    // `Mr. Smith, who insisted the deal was fair, declined to comment`: the clause ends at its comma.
    return p ? { ...base, mode: 'forward', phrase: p, boundary: p.first, ...(words[L - 1]?.text === ',' ? { relative: true } : {}) } : null;
  }
  // `Sources familiar with the matter said`, `people close to the talks said`.
  if (!w.punct && !w.cap) {
    for (let k = L - 1; k > 0 && k >= L - 7; k--) {
      const x = words[k]!;
      if (x.punct) break;
      if (SOURCE_LINKERS.has(x.lower)) {
        const p = phraseBackward(words, k - 1, named);
        if (p && SOURCE_NOUNS.has(words[p.last]!.lower)) return { ...base, mode: 'forward', phrase: p, boundary: p.first };
        break;
      }
    }
  }
  // (`we have heard him say that many times`: an object pronoun after a verb of perception is the speaker)
  const objectPronoun = L === cue.first - 1 && perceivedAt(words, cue.first) === L;
  let p = objectPronoun ? { first: L, last: L } : phraseBackward(words, L, named, TEXT_CUE_LEMMAS.has(cue.lemma) && !cue.passive && cue.tense !== 'ing');
  if (!p) return null;
  // (`No one can deny that …`, `None of us would likely admit that …`, `nobody was projecting that …`: a saying
  // denied of everyone is the speaker's own claim)
  if (deniedOfAll(words, p)) return null;
  // (`inter-ethnic accord says a lot`: what a text says of itself is a judgement, not its wording)
  if (!words[p.last]!.cap && TEXT_NOUNS.has(words[p.last]!.lower) && !SOURCE_NOUNS.has(words[p.last]!.lower) && FIGURATIVE_OBJECTS.has(words[cue.last + 1]?.lower ?? '')) return null;
  p = extendList(words, p, named, people);
  const headLower = pronounOf(words[p.last]!.lower);
  // A plural of people known only by its ending is a subject only where no preposition or `join` governs it
  // (`a letter … to providers making clear that`, `I join previous speakers in congratulating`).
  if (!words[p.last]!.cap && isPeoplePlural(headLower) && !SOURCE_NOUNS.has(headLower) && governedPlural(words, p.first)) return null;
  // `you` is someone named only in a reporter's question, and there only for what was said
  // (`I know you said …`: the official who answers), not asked for (`Can you confirm that …?`).
  if (headLower === 'you' && !(inQuestion && p.first === p.last && cue.tense === 'past')) return null;
  // (`Over the last 24 hours, but not enough, you had said.` gives what came before; `you've named a
  // coordinator, you've now declared this public health emergency` and `You didn't want to — you said` do not.)
  // (`I was wondering, you mentioned you spoke with …`: a remark recalled right after the comma counts.)
  if (headLower === 'you' && words[p.first - 1]?.punct && !(words[p.first - 1]!.text === ',' && (cue.lemma === 'say' || (RECALLED_LEMMAS.has(cue.lemma) && cue.first === p.last + 1)))) return null;
  if (COLLECTIVE_SOURCES.has(headLower) && !words[p.last]!.cap && !hasDeterminer(words, p)) return null;
  // `It declared full legal victory`: `it` is a body or a document named just before (resolved later),
  // but only as the subject of a finite cue (not `it suggests`-style findings of a clause or passives).
  if (headLower === 'it' && (p.first !== p.last || cue.tense === 'ing' || cue.tense === 'base' || cue.passive || words[p.first]!.text === 'IT' || !opensClauseAt(words, p.first))) return null;
  // An appositive between name and cue: `Winston Churchill, the famous British Prime Minister once said`.
  {
    let a = p.first;
    if (!ARTICLES.has(words[a]!.lower)) {
      a = p.first - 1;
      while (a >= 0 && a > p.first - 5 && !words[a]!.punct && !words[a]!.cap && !ARTICLES.has(words[a]!.lower)) a--;
    }
    if (a > 1 && ARTICLES.has(words[a]!.lower) && words[a - 1]!.text === ',' && named.has(a - 2)) {
      const named2 = phraseBackward(words, a - 2, named);
      // (`Commenting on our Petroleum Fund, the World Bank said`: a name in an opening phrase is no subject.)
      if (named2 && opensClauseAt(words, named2.first)) p = named2;
    }
  }
  // `As one influential Western media organization put it, X`: between an opening `as` and its cue, adjectives the
  // phrase stopped at belong to the subject.
  p = widenToAs(words, p);
  // `as he said`, `what Gina said`, `if he says`: a reference to a saying, not a report of one;
  // but `As the Secretary-General said, X` and `…, as Caballero added, X` give X.
  const opener = words[p.first - 1]?.lower;
  if (opener === 'as') return asPlan(words, cue, p, base);
  if (opener === 'what') return whatPlan(words, cue, p, base);
  // `the other thing the President said … is Y`, `One thing that he said was Y`
  if (THING_WORDS.has(opener ?? '') || (opener === 'that' && THING_WORDS.has(words[p.first - 2]?.lower ?? ''))) {
    const plan = whatPlan(words, cue, p, base);
    if (plan) return plan;
  }
  // `The bill, which critics say would gut the agency, passed`: a saying inside a relative clause.
  if ((opener === 'which' || opener === 'who') && words[p.first - 2]?.text === ',' && !isPronoun(words[p.first]!.lower)) {
    return { ...base, mode: 'forward', phrase: p, boundary: p.first, relative: true };
  }
  // `vulnerabilities in the Microsoft Exchange Server disclosed in March`: a participle
  // after a prepositional object, not a subject and its verb.
  if (opener && PREP_OPENERS.has(opener) && cue.tense === 'past' && PARTICIPLE_TAILS.has(words[cue.last + 1]?.lower ?? '')) return null;
  const likeExample = opener === 'like' && !!words[p.first - 2] && !words[p.first - 2]!.punct && !words[p.first - 2]!.cap && words[p.first - 2]!.lower.endsWith('s');
  // (`…visited Ghana, Tanzania, and Zambia, where she announced more than $8 billion …`: after a comma, `where`
  // opens a clause of its own that reports, not a reference to a saying such as `the place where he said it`)
  const whereClause = opener === 'where' && words[p.first - 2]?.text === ',';
  // (`That is why Saint Vincent and the Grenadines noted with concern …`: `That is why` opens the main clause)
  // (a past saying only: `That is why the international community must insist …` is an exhortation)
  const thatIsWhy = opener === 'why' && cue.tense === 'past' && (words[p.first - 2]?.lower === 'is' || words[p.first - 2]?.lower === 'was') && (words[p.first - 3]?.lower === 'that' || words[p.first - 3]?.lower === 'this') && opensClauseAt(words, p.first - 3);
  if (opener && NOT_BEFORE_SPEAKER.has(opener) && !likeExample && !whereClause && !thatIsWhy) return null;
  // A pronoun subject inside the content of a cue before it (`conveyed that he is
  // looking forward to …`) is the same report, not a new one.
  const earlier = prior[prior.length - 1];
  if (earlier && p.first === p.last && isPronoun(words[p.first]!.lower) && earlier.mode === 'forward') {
    const gap = words.slice(earlier.cue.last + 1, p.first);
    const timeClause = TIME_LINKS.has(words[p.first - 1]?.lower ?? '') && !opensClauseContent(words, earlier.cue.last + 1);
    if (!timeClause && !gap.some((x) => x.text === ',' || x.text === ';' || x.text === '\u2014' || COORDINATORS.has(x.lower))) return null;
  }
  let boundary = p.first;
  const pre = words[p.first - 1];
  if (pre && COORDINATORS.has(pre.lower)) boundary = words[p.first - 2]?.text === ',' ? p.first - 2 : p.first - 1;
  // `X, Wang said.` / `"X," he said.`: the content came before.
  // (`However, the court stated in …`: one opening adverb is no content before the speaker.)
  const adverbOnly = p.first === 2 && pre?.text === ',' && (NOT_IN_SPEAKER.has(words[0]!.lower) || (words[0]!.lower.endsWith('ly') && !words[0]!.punct));
  if (pre && pre.punct && !adverbOnly && (pre.text === ',' || isClosingQuote(pre.text) || pre.text === '\u2014')) {
    let k = cue.last + 1;
    let forwardish = false;
    for (; k < words.length && k < cue.last + 12; k++) {
      const x = words[k]!;
      if (x.lower === 'that' || x.text === ':' || isOpeningQuote(x.text)) { forwardish = true; break; }
      // `said, "…"` and `said, quote, "…"` introduce what follows.
      // (After a quotation it is the second half of a split quote: `"A," he said, "B."`.)
      if (x.text === ',' && !isClosingQuote(pre.text) && !isClosingQuote(words[p.first - 2]?.text ?? '') && (isOpeningQuote(words[k + 1]?.text ?? '') || words[k + 1]?.lower === 'quote')) { forwardish = true; break; }
      if (x.text === ',' && k === cue.last + 1 && asideThenThat(words, k) > 0) { forwardish = true; break; }
      if (x.punct) break;
    }
    const next = words[cue.last + 1];
    const quoted = isClosingQuote(pre.text) || (pre.text === ',' && isClosingQuote(words[p.first - 2]?.text ?? ''));
    if (!forwardish && (quoted || (INVERTIBLE.has(cue.lemma) && (!next || next.punct || TAIL_PREPS.has(next.lower) || (cue.lemma === 'tell' && addresseeThenEnd(words, cue.last + 1)))))) {
      return { ...base, mode: 'backward', phrase: p, boundary: p.first - 1, backEnd: p.first - 1 };
    }
  }
  return { ...base, mode: 'forward', phrase: p, boundary, ...(whereClause && p.first === p.last && SINGULAR_PRONOUNS.has(pronounOf(words[p.first]!.lower)) ? { ofSubject: true } : {}) };
}

/**
 * `Sullivan opened the discussion by reaffirming …`, `The President concluded by thanking …`: the gerund
 * after `by` at word L reports what the sentence's subject said, where that subject is a person or
 * people (`Let me begin by …`, `The United Nations must become credible by welcoming …` are not reports).
 * Not after a passive (`is paid for by asking corporations`), `including by` or `only by`, nor inside
 * the clause an earlier cue reported (`warned about what would happen … by encouraging him`).
 */
function byGerundPlan(words: Word[], cue: Cue, L: number, named: ReadonlySet<number>, prior: readonly Plan[], people: ReadonlySet<number>, base: { cue: Cue; inherit: boolean; boundary: number; backEnd: number }): Plan | null {
  const before = words[L - 1];
  if (!before || before.punct || before.lower === 'including' || before.lower === 'only') return null;
  for (let k = L - 1; k >= 0 && k >= L - 6 && !words[k]!.punct; k--) if (BE_FORMS.has(words[k]!.lower)) return null;
  const subject = sentenceSubject(words, named);
  if (!subject || subject.last >= L) return null;
  const head = words[subject.last]!;
  let person = ['he', 'she', 'they'].includes(head.lower) || (!head.cap && (isPeoplePlural(head.lower) || SOURCE_NOUNS.has(head.lower))) || TITLE_HEADS.has(head.lower);
  for (let k = subject.first; k <= subject.last && !person; k++) person = people.has(k);
  if (!person) return null;
  // `MS. JEAN-PIERRE: So, let me just start off by saying …`: the speaker's own words.
  for (let k = subject.last + 1; k < L; k++) if (['let', 'allow', 'permit'].includes(words[k]!.lower) && ['me', 'us'].includes(words[k + 1]?.lower ?? '')) return null;
  const earlier = prior[prior.length - 1];
  if (earlier && earlier.mode === 'forward') {
    for (let k = earlier.cue.last + 1; k < L; k++) if (CLAUSE_OPENERS_IN_CONTENT.has(words[k]!.lower)) return null;
  }
  return { ...base, mode: 'forward', phrase: null, inherit: true, boundary: L };
}

/** Words that open a clause inside what a cue reports; a `by` phrase after one belongs to that clause. */
const CLAUSE_OPENERS_IN_CONTENT = new Set(['that', 'what', 'if', 'how', 'whether', 'which', 'who', 'to', 'when', 'why']);

/** Participles that frame the main clause's own saying (`Commenting on X, the Bank said`): no statement of their own. */
const FRAMING_PARTICIPLES = new Set(['comment', 'refer', 'speak', 'respond', 'reply', 'answer', 'ask']);

function openingParticiple(words: Word[], cue: Cue, named: ReadonlySet<number>, base: { cue: Cue; inherit: boolean; boundary: number; backEnd: number }): Plan | null {
  if (FRAMING_PARTICIPLES.has(cue.lemma)) return null;
  for (let k = cue.last + 2; k < words.length && k < cue.last + 40; k++) {
    if (words[k]!.text !== ',') continue;
    // (`…, Japan-Philippines, and United States-Philippines summit meetings, the three …`: a list's last item is no subject)
    if (COORDINATORS.has(words[k + 1]?.lower ?? '')) continue;
    const p = phraseForward(words, k + 1, named);
    if (!p) continue;
    // (`the three National Security Advisors (NSAs) reaffirmed`: an acronym in brackets after the subject)
    let v = p.last + 1;
    if (words[v]?.text === '(' && words[v + 2]?.text === ')' && isAcronymWord(words[v + 1]!)) v += 3;
    const verb = words[v];
    if (!verb || verb.punct || verb.cap) continue;
    if (!(verb.lower.endsWith('ed') || verb.lower.endsWith('s') || MAIN_VERB_OPENERS.has(verb.lower))) continue;
    return { ...base, mode: 'forward', phrase: p, boundary: 0, contentFrom: cue.last + 1, contentTo: k };
  }
  return null;
}

/** `NSAs`, `PRC`, `U.S.`: a word in capitals (a plural `s` allowed), as an acronym is written. */
function isAcronymWord(w: Word): boolean {
  if (w.punct || w.text.length < 2) return false;
  const core = w.text.endsWith('s') ? w.text.slice(0, -1) : w.text;
  return core.length >= 2 && core === core.toUpperCase() && core !== core.toLowerCase();
}

/** Words that may open the main clause's verb phrase after its subject (`participants also reiterated`). */
const MAIN_VERB_OPENERS = new Set(['also', 'have', 'had', 'will', 'would', 'jointly', 'both', 'all']);

/** Cues of a stance a government takes in its own voice (not `claim`, `insist`, `say`, `state`, `deny`). */
const OWN_VOICE_LEMMAS = new Set([
  'reaffirm', 'reiterate', 'welcome', 'call', 'call on', 'call for', 'call upon', 'urge', 'commend', 'congratulate', 'thank',
  'express', 'support', 'condemn', 'appeal', 'recognize', 'recognise', 'stress', 'emphasize', 'emphasise', 'underline',
  'underscore', 'encourage', 'invite', 'pledge', 'appreciate', 'applaud', 'praise', 'hail', 'endorse', 'echo', 'join',
]);

/** The subject names countries only: `The Kingdom of Saudi Arabia`, `Palau and the Republic of the Marshall Islands`. */
function countrySubject(words: Word[], p: Phrase, lands: ReadonlySet<number>): boolean {
  if (!lands.has(p.last)) return false;
  for (let k = p.first; k <= p.last; k++) {
    const w = words[k]!;
    if (!lands.has(k) && !DETERMINERS.has(w.lower) && w.lower !== 'and' && w.lower !== 'of' && !STATE_FORM_WORDS.has(w.lower)) return false;
  }
  return true;
}
const STATE_FORM_WORDS = new Set(['kingdom', 'republic', 'state', 'government', 'federation', 'people']);

/** `The Kingdom also calls on`, after `The Kingdom of Saudi Arabia`: the country by its form of state. */
function stateFormSubject(words: Word[], p: Phrase, ante: Antecedents): boolean {
  return p.last === p.first + 1 && words[p.first]!.lower === 'the' && words[p.last]!.cap && ante.stateForms.has(words[p.last]!.lower);
}

function hasDeterminer(words: Word[], p: Phrase): boolean {
  for (let k = p.first; k <= p.last; k++) if (DETERMINERS.has(words[k]!.lower)) return true;
  return false;
}

/** After a quotation that ends at `end`: punctuation, the end, or a conjunction (`says "yes," but`, `said "absolutely" when asked`). */
function quoteEndsClause(text: string, words: Word[], end: number): boolean {
  let i = 0;
  while (i < words.length && words[i]!.start <= end) i++;
  while (i < words.length && words[i]!.punct && isClosingQuote(words[i]!.text)) i++;
  const w = words[i];
  return !w || w.punct || COORDINATORS.has(w.lower) || CLAUSE_LINKS.has(w.lower);
}

const CLAUSE_LINKS = new Set(['when', 'if', 'as', 'after', 'before', 'because', 'since', 'though', 'although', 'in', 'on', 'at', 'during']);

// `Secretary Blinken, Secretary of Defense Austin, and National Security Advisor Sullivan reiterated`:
// a list of people joined by commas and a last `and` is one subject. Each earlier item must be
// headed by a person's name; the list stops at the first item that is not.
function extendList(words: Word[], p: Phrase, named: ReadonlySet<number>, people: ReadonlySet<number>): Phrase {
  if (!people.has(p.last)) return p;
  let first = p.first;
  let sep = first - 1;
  // The last item comes after `, and` (or `and` inside the phrase already: `B and C`).
  const joined = words.slice(p.first, p.last + 1).some((w) => w.lower === 'and');
  if (words[sep]?.lower === 'and' && words[sep - 1]?.text === ',') sep--;
  else if (!joined) return p;
  while (words[sep]?.text === ',' && people.has(sep - 1)) {
    const item = phraseBackward(words, sep - 1, named);
    if (!item) break;
    first = item.first;
    sep = first - 1;
  }
  return first < p.first ? { first, last: p.last } : p;
}

// `National Security Advisors Sullivan, Cho, and Akiba also discussed … and agreed`: the same list read
// forwards from the sentence's subject, for a later coordinated cue. It must close with `and` and a name.
function extendListForward(words: Word[], p: Phrase, named: ReadonlySet<number>, people: ReadonlySet<number>): Phrase {
  if (!people.has(p.last)) return p;
  let sep = p.last + 1;
  for (let items = 0; items < 12; items++) {
    let closing = false;
    if (words[sep]?.text === ',') sep++;
    else if (words[sep]?.lower !== 'and') return p;
    if (words[sep]?.lower === 'and') { closing = true; sep++; }
    const item = phraseForward(words, sep, named);
    if (!item || !people.has(item.last) || item.first !== sep) return p;
    // (`Cho and Akiba`: the item read forwards takes in the closing `and` itself.)
    if (closing || words.slice(item.first, item.last + 1).some((w) => w.lower === 'and')) return { first: p.first, last: item.last };
    sep = item.last + 1;
  }
  return p;
}

// From word `k` (inside a participle clause after a comma): a closing comma and then a lower-case verb.
function closedBeforeVerb(words: Word[], k: number): boolean {
  for (let j = k; j < words.length && j < k + 30; j++) {
    const w = words[j]!;
    if (w.text !== ',') { if (w.punct && w.text !== '-' && w.text !== '\u2014') return false; continue; }
    const v = words[j + 1];
    return !!v && !v.punct && !v.cap && !COORDINATORS.has(v.lower) && !NOT_IN_SPEAKER.has(v.lower) && (v.lower.endsWith('ed') || v.lower.endsWith('s'));
  }
  return false;
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Words before a `that` that opens what was said, not a relative clause. */
const CUE_LIKE_BEFORE_THAT = new Set(['says', 'is', 'was', 'so', 'such', 'now', 'thinks', 'believes', 'knows', 'hopes', 'means', 'shows']);

/**
 * `the two leaders discussed`, `both sides agreed`, `the ministers also`: a
 * group of the meeting as the subject of a verb at word `k`; the index of the
 * verb, or -1.
 */
function groupSubjectEnd(words: Word[], k: number): number {
  let i = k;
  if (words[i]?.lower === 'the' || words[i]?.lower === 'both') i++;
  if (NUMBER_WORDS.has(words[i]?.lower ?? '') || isNumberWord(words[i])) i++;
  if (i === k || !GROUP_HEADS.has(words[i]?.lower ?? '') || words[i]!.lower === 'both') return -1;
  const verb = words[i + 1];
  return verb && !verb.punct && !verb.cap && !PREP_OPENERS.has(verb.lower) && verb.lower !== 'and' && verb.lower !== 'who' ? i + 1 : -1;
}

/** Conjunctions of time that open a clause of its own after a reported object. */
const TIME_LINKS = new Set(['when', 'after', 'before', 'while']);

/** The content after a cue starts with `that`, a quotation, a colon or a comma (`stated, “…”`): a clause that may hold other sayings. */
function opensClauseContent(words: Word[], k: number): boolean {
  const w = words[k];
  return !!w && (w.lower === 'that' || w.text === ':' || w.text === ',' || isOpeningQuote(w.text));
}

const SUBORDINATORS = new Set(['since', 'because', 'as', 'when', 'while', 'although', 'though', 'after', 'before', 'where', 'whereas', 'if', 'once', 'so']);

/** Word `i` starts a clause: the sentence start, after punctuation, a conjunction or a sentence adverb (`I have it noted` has an object `it`). */
function opensClauseAt(words: Word[], i: number): boolean {
  const b = words[i - 1];
  return !b || b.punct || COORDINATORS.has(b.lower) || SUBORDINATORS.has(b.lower) || SENTENCE_ADVERBS.has(b.lower);
}

// `X, the official told reporters.`, `…, he told Reuters on Monday.`: a short addressee, then the end or a tail.
function addresseeThenEnd(words: Word[], k: number): boolean {
  for (let j = k; j < words.length && j < k + 5; j++) {
    const w = words[j]!;
    if (w.punct) return j > k && (w.text === '.' || w.text === '?' || w.text === '!');
    if (j > k && TAIL_PREPS.has(w.lower)) return true;
    // The addressee is a name or a source (`Reuters`, `reporters`, `a news conference`), not `you it wasn't`.
    if (!w.cap && !SOURCE_NOUNS.has(w.lower) && !ADDRESSEE_WORDS.has(w.lower)) return false;
  }
  return words.length <= k + 5 && words.length > k;
}

const ADDRESSEE_WORDS = new Set(['a', 'an', 'the', 'news', 'conference', 'briefing', 'parliament', 'lawmakers', 'journalists', 'reporters', 'state', 'media', 'television', 'radio', 'regular', 'press', 'daily']);

/** A preposition or `join` among the three words before `first` (`join previous speakers in`, `by previous speakers`). */
function governedPlural(words: Word[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const w = words[k]!;
    if (w.punct) return false;
    if (NOT_BEFORE_PEOPLE_PLURAL.has(w.lower)) return true;
  }
  return false;
}

/** Who adopted, issued or put out the document whose phrase starts at `first` (`the late Mr. Vincent Tabone, proposed a resolution`). */
function authorOf(words: Word[], first: number, named: ReadonlySet<number>): Phrase | null {
  let k = first - 1;
  // (over its determiner and adjectives: `put out a very heartfelt statement`)
  while (k >= 0 && k >= first - 4 && !words[k]!.punct && !words[k]!.cap && !ADOPTING_VERBS.has(words[k]!.lower) && words[k]!.lower !== 'out') k--;
  if (k < 1) return null;
  let verb = -1;
  if (ADOPTING_VERBS.has(words[k]!.lower)) verb = k;
  else if (words[k]!.lower === 'out' && PUT_FORMS.has(words[k - 1]!.lower)) verb = k - 1;
  if (verb < 1) return null;
  const end = words[verb - 1]!.text === ',' ? verb - 2 : verb - 1;
  const author = end >= 0 ? phraseBackward(words, end, named) : null;
  return author && named.has(author.last) ? author : null;
}

// (Not `proposed`, `initiated`: `Tajikistan initiated the General Assembly resolution that declared …` is the Assembly's.)
const ADOPTING_VERBS = new Set(['adopted', 'passed', 'approved', 'issued', 'released', 'published']);
const PUT_FORMS = new Set(['put', 'puts']);
const PREP_OPENERS = new Set(['of', 'in', 'on', 'at', 'from', 'with', 'about', 'for', 'into', 'to', 'by', 'against', 'over']);
const NOT_BEFORE_PEOPLE_PLURAL = new Set([...PREP_OPENERS, 'like', 'among', 'than', 'join', 'joins', 'joined', 'joining']);
const PARTICIPLE_TAILS = new Set(['in', 'on', 'by', 'last', 'earlier', 'during', 'at', 'since', 'before', 'after']);
const SENTENCE_ADVERBS = new Set(['again', 'well', 'so', 'now', 'also', 'and', 'but', 'yet', 'indeed', 'first', 'finally']);
const PREDICATE_OPENERS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'remains', 'remain', 'does', 'do', 'did', 'needs', 'need', 'seems', 'becomes', 'became']);

// `As the Secretary-General said, X`: X follows the comma after the cue;
// `X, as he said.`: X came before. Any other `as he said` is a reference.
/**
 * `What the President said is that X`, `what he said is, X`, `what Secretary
 * Blinken said yesterday, which is that X` (briefings): X is what was said.
 * Any other `what X said` refers to a saying without reporting it.
 */
function whatPlan(words: Word[], cue: Cue, p: Phrase, base: { cue: Cue; inherit: boolean; boundary: number; backEnd: number }): Plan | null {
  let j = cue.last + 1;
  // a time or place after the cue: `said yesterday`, `said at the summit`
  while (j < words.length && j < cue.last + 8 && !words[j]!.punct && words[j]!.lower !== 'is' && words[j]!.lower !== 'was') j++;
  if (words[j]?.text === ',' && words[j + 1]?.lower === 'which') j += 2;
  // `the thing the President said, and he said it a gazillion times, is …`: an aside between commas.
  else if (words[j]?.text === ',') {
    let c = j + 1;
    while (c < words.length && c < j + 12 && words[c]!.text !== ',' && !(words[c]!.punct && words[c]!.text !== '\u2014')) c++;
    if (words[c]?.text === ',' && (words[c + 1]?.lower === 'is' || words[c + 1]?.lower === 'was')) j = c + 1;
  }
  const copula = words[j];
  if (!copula || (copula.lower !== 'is' && copula.lower !== 'was')) return null;
  let k = j + 1;
  if (words[k]?.lower === 'that' || words[k]?.text === ',' || words[k]?.text === ':') k++;
  if (k >= words.length || words[k]!.punct) return null;
  return { ...base, mode: 'forward', phrase: p, boundary: p.first - 1, contentFrom: k, afterCopula: true };
}

/**
 * `in his report on the work of the Organization (A/71/1), …`: the word after a short bracket at `open` that holds
 * a document symbol (with a `/`; no other punctuation but `.`), else `open` itself. A year in brackets is no symbol:
 * `in its resolutions 1472 (2003), 1483 (2003) …` goes on listing.
 */
function afterDocumentSymbol(words: Word[], open: number): number {
  for (let c = open + 1; c < words.length && c <= open + 8; c++) {
    const x = words[c]!;
    if (x.text === ')') return words.slice(open + 1, c).some((y) => y.text.includes('/')) ? c + 1 : open;
    if (x.punct && x.text !== '/' && x.text !== '.') return open;
  }
  return open;
}

function asPlan(words: Word[], cue: Cue, p: Phrase, base: { cue: Cue; inherit: boolean; boundary: number; backEnd: number }): Plan | null {
  let j = cue.last + 1;
  // (`as the Secretary-General notes in his report on the implementation of the Millennium Development Goals, “…”`:
  // a tail of where it was said may be longer, up to the comma.)
  while (j < words.length && j < cue.last + 10 && !words[j]!.punct) j++;
  const longTail = TAIL_PREPS.has(words[cue.last + 1]?.lower ?? '');
  if (j === cue.last + 10 && longTail) {
    let far = j;
    while (far < words.length && far < cue.last + 18 && !words[far]!.punct) far++;
    if (words[far]?.text === '(') far = afterDocumentSymbol(words, far);
    if (words[far]?.text === ',') j = far;
  } else if (longTail && words[j]?.text === '(') j = afterDocumentSymbol(words, j);
  const w = words[j];
  const asAt = p.first - 1;
  const before = words[asAt - 1];
  // (`…, for as Winston Churchill said, "…"`, `because as the Secretary-General said, …`: after a conjunction too)
  const opensClause = !before || before.punct || COORDINATORS.has(before.lower) || ((before.lower === 'for' || before.lower === 'because') && !!words[asAt - 2]?.punct);
  // `The economy, as he put it, is a mess`: a predicate follows, the saying is parenthetical.
  const afterComma = words[j + 1];
  if (afterComma && !afterComma.cap && PREDICATE_OPENERS.has(afterComma.lower)) return null;
  // (`as Pericles put it in his famous Athenian funeral oration: “Happiness is …”`: a colon, then the saying)
  if (w && (w.text === ',' || w.text === ':') && j + 2 < words.length && opensClause) {
    return { ...base, mode: 'forward', phrase: p, boundary: before && before.punct ? asAt - 1 : asAt, contentFrom: afterSpokenQuote(words, j + 1) };
  }
  if ((!w || (w.punct && w.text !== ',' && !isOpeningQuote(w.text) && w.text !== ':')) && before?.text === ',' && asAt > 2) {
    return { ...base, mode: 'backward', phrase: p, boundary: asAt - 1, backEnd: asAt - 1 };
  }
  return null;
}

/**
 * `As has been emphasized by the Secretary-General and by the Security Council in various reports, X`: the agents
 * after `by` said X, the clause after the comma; `Y, as called for by this Assembly.` gives what came before.
 */
function asAgentPlan(words: Word[], cue: Cue, named: ReadonlySet<number>, base: { cue: Cue; inherit: boolean; boundary: number; backEnd: number }): Plan | null {
  let asAt = cue.first - 1;
  while (asAt > 0 && words[asAt]!.lower !== 'as') asAt--;
  const p = cue.asSource ? textSourceForward(words, cue.last + 2) : agentPhrase(words, cue.last + 2, named);
  if (!p) return null;
  let j = p.last + 1;
  while (j < words.length && j < p.last + 12 && !words[j]!.punct) j++;
  const w = words[j];
  const before = words[asAt - 1];
  const opensClause = !before || before.punct || COORDINATORS.has(before.lower);
  // `The United Nations, as stated in the Charter, must …`: a predicate follows, the saying is parenthetical.
  const afterComma = words[j + 1];
  if (w?.text === ',' && afterComma && !afterComma.cap && PREDICATE_OPENERS.has(afterComma.lower)) return null;
  // Inside a sentence, `…peacefully, as stated in Article 33 of the Charter, and we abide by it`: what came before
  // was stated; `…enabled, as stated in resolution 1244 (1999), to choose`: neither half alone.
  if (cue.asSource && w?.text === ',' && before?.text === ',' && asAt > 2 && afterComma) {
    if (COORDINATORS.has(afterComma.lower)) return { ...base, mode: 'backward', phrase: p, boundary: asAt - 1, backEnd: asAt - 1 };
    if (!afterComma.cap && !DETERMINERS.has(afterComma.lower) && !isPronoun(afterComma.lower)) return null;
  }
  if (w && w.text === ',' && j + 2 < words.length && opensClause) {
    return { ...base, mode: 'forward', phrase: p, boundary: before && before.punct ? asAt - 1 : asAt, contentFrom: afterSpokenQuote(words, j + 1) };
  }
  if ((!w || (w.punct && w.text !== ',' && !isOpeningQuote(w.text) && w.text !== ':')) && before?.text === ',' && asAt > 2) {
    return { ...base, mode: 'backward', phrase: p, boundary: asAt - 1, backEnd: asAt - 1 };
  }
  return null;
}

/**
 * The agent after a passive's `by` at word `at`: `the Secretary-General and by the Security Council`; a
 * demonstrative before a name opens it too (`by this Assembly`).
 */
function agentPhrase(words: Word[], at: number, named: ReadonlySet<number>): Phrase | null {
  const demonstrative = (words[at]?.lower === 'this' || words[at]?.lower === 'that') && !!words[at + 1]?.cap;
  let p = phraseForward(words, demonstrative ? at + 1 : at, named);
  if (!p) return null;
  if (demonstrative) p = { first: at, last: p.last };
  // (`by the United States and for the Indian leadership`: a second prepositional phrase is no agent)
  for (let k = p.first + 1; k < p.last; k++) {
    if (words[k]!.lower === 'and' && AGENT_BREAKERS.has(words[k + 1]!.lower)) { p = { first: p.first, last: k - 1 }; break; }
  }
  while (words[p.last + 1]?.lower === 'and' && words[p.last + 2]?.lower === 'by') {
    const more = phraseForward(words, p.last + 3, named);
    if (!more) break;
    p = { first: p.first, last: more.last };
  }
  return p;
}

/**
 * `This blatant revelation, which is in fact true, was repeated by both the Prime Minister and his Minister`:
 * the agent said the subject, which ends at its first comma or dash (an aside follows) or at the auxiliary.
 */
function byPassivePlan(words: Word[], cue: Cue, named: ReadonlySet<number>, base: { cue: Cue; inherit: boolean; boundary: number; backEnd: number }): Plan | null {
  const p = agentPhrase(words, cue.last + 2, named);
  if (!p) return null;
  const aux = beforePassiveChain(words, cue.first) + 1;
  let end = aux;
  for (let j = 1; j < aux; j++) if (words[j]!.text === ',' || words[j]!.text === '\u2014' || words[j]!.text === '\u2013') { end = j; break; }
  if (end < 1) return null;
  return { ...base, mode: 'backward', phrase: p, boundary: aux, backEnd: end };
}

/** Prepositions after `and` that end an agent: `by the United States and for the Indian leadership`. */
const AGENT_BREAKERS = new Set(['for', 'to', 'in', 'on', 'at', 'with', 'from']);

function forwardContent(text: string, words: Word[], plan: Plan, endOffset: number, quotes: readonly Quote[]): Content {
  const cue = plan.cue;
  let k = plan.contentFrom ?? cue.last + 1;
  if (plan.mode === 'inverted' && plan.phrase) k = plan.phrase.last + 1;
  if (plan.contentFrom === undefined) k = skipAfterCue(words, k);
  // `called the attack "an act of pure evil"`: the quotation.
  if (cue.quoteAt !== undefined && plan.contentFrom === undefined) {
    const q = quoteOpeningAt(quotes, words[cue.quoteAt]!.start);
    if (q) return chainedQuote(text, quotes, q);
  }
  // `President Obama said the following a year ago:` and the quotation in the next paragraph; `what Willy Brandt
  // stated here 50 years ago is all the more true today:` and the quotation.
  if (plan.contentFrom === undefined || plan.afterCopula) {
    const quoted = quoteAfterColon(text, words, k, quotes, !plan.afterCopula);
    if (quoted) return quoted;
  }
  const lemma = cue.lemma;
  // `He has said that before, that we don't want …`: the clause after the second `that` says what `that` was.
  if (words[k]?.lower === 'that' && plan.contentFrom === undefined) {
    let j = k + 1;
    while (j < words.length && j < k + 4 && !words[j]!.punct && (AFTER_DEMONSTRATIVE.has(words[j]!.lower) || SAID_BEFORE.has(words[j]!.lower))) j++;
    if (j > k + 1 && words[j]?.text === ',' && words[j + 1]?.lower === 'that' && words[j + 2] && !words[j + 2]!.punct) k = j + 1;
  }
  // `Kennedy said it: there is a revolution`: what follows the colon is what `it` was.
  if (words[k]?.lower === 'it' && words[k + 1]?.text === ':' && words[k + 2] && plan.contentFrom === undefined) k += 2;
  // `The President said it. Now President Sisi has said it.`: `it`, ending the sentence, is what was said.
  if (words[k]?.lower === 'it' && SAY_LEMMAS.has(lemma) && plan.contentFrom === undefined && (!words[k + 1] || (words[k + 1]!.punct && words[k + 1]!.text !== ',' && words[k + 1]!.text !== ':' && !isOpeningQuote(words[k + 1]!.text)))) {
    const w = words[k]!;
    return { start: w.start, end: w.end, text: w.text, direct: false, single: true };
  }
  // `he said that multiple times yesterday`: `that` is what was said.
  if (words[k]?.lower === 'that' && plan.contentFrom === undefined) {
    const after = words[k + 1];
    const times = COUNT_WORDS.has(after?.lower ?? '') && /^(times|occasions)$/.test(words[k + 2]?.lower ?? '');
    // (`states that: "…"` frames the quotation.)
    const framesQuote = after?.text === ':' && isOpeningQuote(words[k + 2]?.text ?? '');
    if (!framesQuote && (!after || (after.punct && after.text !== ',' && !isOpeningQuote(after.text)) || AFTER_DEMONSTRATIVE.has(after.lower) || times)) {
      const w = words[k]!;
      return { start: w.start, end: w.end, text: w.text, direct: false, single: true };
    }
  }
  // `has argued for years that`: a duration before `that`.
  if (words[k]?.lower === 'for' && /^(years|months|decades|weeks|days|some|a|long)$/.test(words[k + 1]?.lower ?? '')) {
    for (let j = k + 1; j < words.length && j < k + 5; j++) if (words[j]!.lower === 'that') { k = j; break; }
  }
  // `would tell you it wasn't …`: an object pronoun is the addressee, not content.
  if (ADDRESSEE_LEMMAS.has(lemma) && OBJECT_PRONOUNS.has(words[k]?.lower ?? '') && words[k + 1] && !words[k + 1]!.punct && words[k + 1]!.lower !== 'to' && words[k + 1]!.lower !== 'of' && words[k + 1]!.lower !== 'that' && !PREDICATE_OPENERS.has(words[k + 1]!.lower) && plan.contentFrom === undefined) k++;
  // `confirmed to me their full commitment`, `said to us that`: a pronoun addressee is neither content nor speaker.
  if (words[k]?.lower === 'to' && OBJECT_PRONOUNS.has(words[k + 1]?.lower ?? '') && words[k + 2] && !words[k + 2]!.punct && plan.contentFrom === undefined) k += 2;
  // (`makes it clear to us, through the statement of its spokesperson Peter Stano that it does not …`: an aside set off by
  // a comma between the addressee and `that`)
  else if (words[k]?.lower === 'to' && OBJECT_PRONOUNS.has(words[k + 1]?.lower ?? '') && words[k + 2]?.text === ',' && plan.contentFrom === undefined) {
    for (let j = k + 3; j < words.length && j < k + 20; j++) {
      if (words[j]!.lower === 'that') { k = j + 1; break; }
      if (words[j]!.punct && words[j]!.text !== ',') break;
    }
  }
  // `made the point to Erdoğan: Yes, in fact, it had`: a cue ending in `to`, its addressee, a colon, the content.
  if (words[cue.last]?.lower === 'to' && plan.contentFrom === undefined) {
    const colon = addresseeThenThat(words, k, ':');
    if (colon > 0) k = colon + 1;
  }
  // `conveyed to President Abbas that`, `said to Israeli leaders that`: a named addressee, then the content.
  if (words[k]?.lower === 'to' && plan.contentFrom === undefined) {
    // (`as I said to Peter: At some point …`: a colon as well)
    const that = addresseeThenThat(words, k + 1);
    const colon = that > 0 ? -1 : addresseeThenThat(words, k + 1, ':');
    if (that > 0) k = that + 1;
    else if (colon > 0) k = colon + 1;
  }
  // `warned of the danger of nuclear weapons`: `of` straight after the cue opens the content; no addressee comes first.
  const ofAtCue = words[k]?.lower === 'of' && OBJECT_THEN_OF.has(lemma) && plan.contentFrom === undefined;
  if (ofAtCue) k++;
  // An addressee or a time before `that`: `told reporters on Monday that`, `said in a statement that`.
  const next = words[k];
  // (Not where the plan set where content starts: `As he has said, this is a plan that will work`.)
  if (next && !next.punct && next.lower !== 'that' && plan.contentFrom === undefined && !ofAtCue) {
    const takesObject = OBJECT_THEN_THAT.has(lemma) || OBJECT_THEN_OF.has(lemma);
    const startsTail = TAIL_PREPS.has(next.lower) && next.lower !== 'to' && next.lower !== 'for' && next.lower !== 'of';
    if (takesObject || startsTail) {
      let sawComma = false;
      // Words inside brackets do not count towards the limit: `stated in its judgment in East Timor (Portugal v. Australia) of 30 June 1995 that`.
      // (A tail of time and place may be longer: `in its judgment in East Timor of 30 June 1995 that`.)
      let limit = k + (startsTail && !takesObject ? 14 : 10);
      for (let j = k; j < words.length && j < limit; j++) {
        let x = words[j]!;
        if (x.text === '(' && startsTail) {
          let c = j + 1;
          while (c < words.length && c < j + 10 && words[c]!.text !== ')' && words[c]!.text !== '(') c++;
          if (words[c]?.text !== ')') break;
          limit += c - j + 1;
          j = c + 1;
          x = words[j]!;
          if (!x) break;
        }
        // `told my colleague, Alan Rappeport, last week, that`: an addressee set off by commas, then `, that`.
        if (x.text === ',' && takesObject) { sawComma = true; continue; }
        if (sawComma && x.lower === 'that' && words[j - 1]!.text !== ',') break;
        // `said Sunday on NBC's "Meet the Press" that`: a programme's title in quotes.
        if (x.punct && x.text !== ':' && x.text !== "'" && !((x.text === '"' || x.text === '\u201c' || x.text === '\u201d') && !(quoteOpeningAt(quotes, x.start) && words[j + 1]?.lower === 'that'))) break;
        // `urged all parties to pursue the negotiations that have begun`: the infinitive is the content.
        if (x.lower === 'to' && takesObject) break;
        if (x.lower === 'that') { k = j + 1; break; }
        if (x.text === ':') { k = j + 1; break; }
        if (x.lower === 'of' && OBJECT_THEN_OF.has(lemma) && j > k) { k = j + 1; break; }
      }
    }
  }
  // A cue followed by a pause and no quotation reports no content here (`I would say, …`);
  // `said, "…"` and `said, quote, "…"` give the quotation.
  // `declared, in a letter of 19 September to the Secretary-General, that …`: an aside between commas, then `that`.
  if (words[k]?.text === ',' && plan.contentFrom === undefined) {
    const t = asideThenThat(words, k);
    if (t > 0) k = t;
  }
  const pause = words[k];
  const framed = words[k]?.lower === 'that' || words[k - 1]?.lower === 'that';
  if (words[k]?.lower === 'that') k++;
  if (pause && pause.text === ',' && words[k + 1]?.lower === 'quote') {
    let q = k + 2;
    if (words[q]?.text === ',' || words[q]?.text === ':') q++;
    if (isOpeningQuote(words[q]?.text ?? '')) k = q;
  } else if (pause && pause.punct && pause.text !== ':' && !isOpeningQuote(pause.text) && plan.contentFrom === undefined) {
    const q = words[k + 1];
    if (!(pause.text === ',' && q && isOpeningQuote(q.text))) return { start: 0, end: 0, text: '', direct: false };
  }
  if (words[k]?.text === ':' || words[k]?.text === ',') k++;
  const first = words[k];
  if (first && isOpeningQuote(first.text)) {
    const q = quoteOpeningAt(quotes, first.start);
    if (q) return chainedQuote(text, quotes, q);
  }
  const start = first ? first.start : endOffset;
  let end = endOffset;
  // A semicolon and a new clause with a pronoun subject end indirect speech: `has said this is something he's
  // looking at; there's a lot …` goes on in the speaker's own voice (a list `X; cyber defense; …` does not end it).
  for (let j = k + 1; j < words.length && words[j]!.start < end; j++) {
    if (words[j]!.text !== ';') continue;
    const nw = pronounOf(words[j + 1]?.lower ?? '');
    if (CLAUSE_SUBJECTS.has(nw.endsWith("'s") ? nw.slice(0, -2) : nw)) { end = words[j]!.start; break; }
  }
  // A coordinated clause with a verb of its own ends the content: `…, and discussed X`.
  for (let j = k + 1; j < words.length && words[j]!.start < end; j++) {
    const x = words[j]!;
    if (x.lower !== 'and' && x.text !== ',') continue;
    let v = j + 1;
    while (words[v] && (words[v]!.lower === 'and' || words[v]!.lower === 'also' || words[v]!.lower === 'then')) v++;
    const verb = words[v];
    // `…, focused on support to Ukraine`: a participle after a comma modifies; it is no new clause.
    const participle = x.text === ',' && v === j + 1 && verb !== undefined && verb.lower.endsWith('ed') && PARTICIPLE_PREPS.has(words[v + 1]?.lower ?? '');
    if (verb && CLAUSE_VERBS.has(verb.lower) && !['also', 'will', 'would'].includes(verb.lower) && !participle) { end = x.start; break; }
    // `pledged to give a loan and had fulfilled 40 per cent of it`: with no clause of its own, the content
    // cannot take a perfect tense; the subject's next verb begins.
    if (!framed && x.lower === 'and' && verb && PERFECT_AUX.has(verb.lower) && isParticiple(words[v + 1])) { end = x.start; break; }
    // `welcomed the Prime Minister’s model … and they discussed X`: a new subject begins a clause of its own.
    if (!framed && x.lower === 'and' && verb && SUBJECT_PRONOUNS.has(verb.lower) && words[v + 1] && !words[v + 1]!.punct) { end = x.start; break; }
    // `commended Prime Minister Abiy on X, and the two leaders discussed Y`: so does the meeting's group.
    if (!framed && x.lower === 'and' && words[j - 1]?.text === ',' && groupSubjectEnd(words, v) > 0) { end = words[j - 1]!.start; break; }
    if (x.text === ',' && words[j + 1]?.lower === 'according' && words[j + 2]?.lower === 'to') { end = x.start; break; }
    // `raised other issues as well, but the President continued to …`: a contrast after a comma is the writer's
    // (the gold sets keep `, but` in a content only as `not only …, but also`; `, but that` goes on with the report).
    if (x.text === ',' && words[j + 1]?.lower === 'but' && words[j + 2]?.lower !== 'also' && words[j + 2]?.lower !== 'that' && !words[j + 2]?.punct) { end = x.start; break; }
    // `urged her confirmation, as has retired Judge Luttig`: a comparison with another's act ends the content.
    if (x.text === ',' && words[j + 1]?.lower === 'as' && ELLIPTIC_AUX.has(words[j + 2]?.lower ?? '')) { end = x.start; break; }
  }
  if (plan.contentTo !== undefined && words[plan.contentTo]!.start < end) end = words[plan.contentTo]!.start;
  // `from X recognizing his victory to, kind of, …`: a non-finite cue's object ends at the clause's next break.
  if (plan.relative) {
    for (let j = k + 1; j < words.length && words[j]!.start < end; j++) if (words[j]!.text === ',') { end = words[j]!.start; break; }
  }
  if (cue.nonFinite && first && words[k - 1]?.lower !== 'that') {
    for (let j = k + 1; j < words.length && words[j]!.start < end; j++) {
      const x = words[j]!;
      if (x.text === ',' || x.text === ';' || (x.lower === 'to' && words[j + 1]?.text === ',')) { end = x.start; break; }
    }
  }
  // Where it was said is not what was said: `highlighted X in a Washington Post article dated …`.
  for (let j = k + 2; j < words.length && words[j]!.start < end; j++) {
    const x = words[j]!;
    if (x.punct) continue;
    if (!MEDIUM_PREPS.has(x.lower)) continue;
    for (let m = j + 1; m < words.length && m < j + 7; m++) {
      const y = words[m]!;
      if (y.punct && y.text !== '-') break;
      if (y.lower === 'that') break;
      // (`set out in Article 4 of the Charter`: a numbered article is a provision, not a newspaper's;
      // `in new assistance to address the food security situation`: after `to`, a verb.)
      if (MEDIUM_NOUNS.has(y.lower) && !isNumberWord(words[m + 1]) && words[m - 1]!.lower !== 'to') { end = Math.min(end, x.start); break; }
    }
    if (end === x.start) break;
  }
  // `… new dangers are emerging (see A/73/PV.6)`: a citation of the record is not what was said.
  end = withoutCitation(text, start, end);
  return span(text, start, end);
}

function withoutCitation(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) <= 32 || text[e - 1] === '.')) e--;
  if (text[e - 1] !== ')') return end;
  const open = text.lastIndexOf('(', e - 1);
  if (open <= start || !text.startsWith('(see ', open)) return end;
  return open;
}

const ELLIPTIC_AUX = new Set(['has', 'have', 'had', 'did', 'does', 'do']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const PERFECT_AUX = new Set(['had', 'has', 'have']);
const JOIN_FORMS = new Set(['join', 'joins', 'joined', 'joining']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const IRREGULAR_PARTICIPLES = new Set(['made', 'given', 'taken', 'done', 'been', 'said', 'told', 'written', 'shown', 'paid', 'kept', 'met', 'sent', 'spent', 'put', 'set', 'brought', 'sought', 'won', 'held', 'begun', 'become']);

function isParticiple(w: Word | undefined): boolean {
  return !!w && !w.punct && !w.cap && ((w.lower.length > 4 && w.lower.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(w.lower));
}

// From a comma right after the cue: an aside of a few words closed by `, that` (returns the index of `that`), or -1.
function asideThenThat(words: Word[], k: number): number {
  for (let j = k + 1; j < words.length && j < k + 16; j++) {
    const x = words[j]!;
    if (x.text === ',') return j > k + 1 && words[j + 1]?.lower === 'that' ? j + 1 : -1;
    if (x.punct && x.text !== '-') return -1;
    if (x.lower === 'that') return -1;
  }
  return -1;
}

const PARTICIPLE_PREPS = new Set(['on', 'in', 'at', 'by', 'with', 'under', 'from', 'for', 'to', 'upon', 'between', 'among']);
const MEDIUM_PREPS = new Set(['in', 'at', 'during', 'on', 'via', 'through']);

// A quotation broken by a short aside keeps going: `"A (climate change)," for
// example, "B."`, `"A because" it directly — "B."`. A quotation that ends a
// sentence of its own (`"…true." "It was split."`) does not.
/** Words between a cue and a colon that frame what follows (`said the following a year ago:`, `said it all:`). */
const COLON_FRAMING = new Set(['the', 'following', 'as', 'follows', 'it', 'all', 'that', 'thus', 'so', 'simply', 'once', 'then', 'here', 'there', 'today', 'yesterday', 'recently', 'earlier', 'ago', 'a', 'year', 'years', 'month', 'months', 'week', 'weeks', 'decade', 'decades', 'day', 'days', 'last', 'in', 'at', 'on', 'from', 'this', 'rostrum', 'podium', 'hall', 'famously', 'memorably', 'rightly', 'aptly', 'eloquently', 'clearly', 'also', 'again']);

/**
 * A colon within a few words from `k` (`the following a year ago:`) that ends the sentence or is followed by a
 * quotation, and the quotation that opens after it, in the same sentence or the next paragraph; else null.
 */
function quoteAfterColon(text: string, words: Word[], k: number, quotes: readonly Quote[], framingOnly: boolean): Content | null {
  for (let j = k; j < words.length && j < k + 10; j++) {
    const x = words[j]!;
    // (After the cue only `the following`, `it all`, when and where: `invited his generation to join him in a
    // struggle: “…”` has an object of its own, and `reaffirmed those principles when they said: “…”` a cue.)
    if (!x.punct && framingOnly && !x.cap && !isNumberWord(x) && !COLON_FRAMING.has(x.lower)) return null;
    if (!x.punct) continue;
    if (x.text !== ':') return null;
    // (the quotation in the same sentence: `is all the more true today:\n“In a world …”`)
    if (j !== words.length - 1 && !(isOpeningQuote(words[j + 1]!.text) && words[j + 1]!.start > x.end)) return null;
    let at = x.end;
    while (at < text.length && at < x.end + 8 && (text[at] === ' ' || text[at] === '\n' || text[at] === '\r' || text[at] === '\t')) at++;
    const q = quoteOpeningAt(quotes, at);
    return q ? chainedQuote(text, quotes, q) : null;
  }
  return null;
}

function chainedQuote(text: string, quotes: readonly Quote[], q: Quote): Content {
  let last = q;
  for (;;) {
    const idx = lastOpenAtOrBefore(quotes, last.open);
    const nextQ = quotes[idx + 1];
    if (!nextQ || nextQ.open - last.close > 40) break;
    let inner = last.close - 1;
    while (inner > last.open && /\s/.test(text[inner]!)) inner--;
    if (/[.?!\u2026]/.test(text[inner]!)) break;
    const gap = text.slice(last.close + 1, nextQ.open);
    if (/[.?!;]|\n\s*\n/.test(gap) || !/\S/.test(gap)) break;
    if (/\b(said|says|added|asked|told|replied|continued|noted|wrote)\b/i.test(gap)) break;
    last = nextQ;
  }
  if (last === q) return quoteContent(text, q);
  return span(text, q.open + 1, last.close, true);
}

function backwardContent(text: string, words: Word[], plan: Plan, floor: number, quotes: readonly Quote[]): Content {
  const endWord = plan.backEnd;
  let endOff = words[endWord]!.start;
  // `"A," he said` or `"A", he said`: a quotation just before.
  for (const k of [endWord, endWord - 1]) {
    const x = words[k];
    if (x && isClosingQuote(x.text)) {
      const q = quoteClosingAt(quotes, x.start);
      if (q) {
        let c = quoteContent(text, q);
        // A quote split by its cue: `"A," he said, "B."`
        const tailFrom = (plan.mode === 'inverted' ? plan.phrase!.last : Math.max(plan.cue.last, plan.phrase?.last ?? 0)) + 1;
        const a = words[tailFrom];
        const b = words[tailFrom + 1];
        if (a?.text === ',' && b && isOpeningQuote(b.text)) {
          const q2 = quoteOpeningAt(quotes, b.start);
          if (q2) c = joinQuotes(c, quoteContent(text, q2));
        }
        return c;
      }
      endOff = x.start;
    }
  }
  return span(text, floor, endOff);
}

/** Lower-case words an addressee may have: `to his Israeli counterparts`, `to the leaders of Japan and Korea`. */
const TO_ADDRESSEE_WORDS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'and', 'of', 'both', 'all', 'counterpart', 'counterparts', 'leaders', 'leader', 'officials', 'colleagues', 'reporters', 'journalists', 'members', 'partners', 'allies', 'delegation', 'delegations', 'side', 'government', 'governments', 'people', 'press', 'media', 'audience', 'participants', 'ministers']);

/** From the first word of an addressee after `to`: the index of the `that` after it, or -1. */
function addresseeThenThat(words: Word[], from: number, link = 'that'): number {
  for (let j = from; j < words.length && j < from + 9; j++) {
    const w = words[j]!;
    if (w.lower === link) return j > from ? j : -1;
    if (w.punct && w.text !== '.' && w.text !== '-') return -1;
    if (!w.punct && !w.cap && !TO_ADDRESSEE_WORDS.has(w.lower)) return -1;
  }
  return -1;
}

function contentOfAccording(text: string, words: Word[], plan: Plan, sentenceEnd: number, quotes: readonly Quote[]): Content {
  if (plan.backEnd >= 0) return span(text, words[0]!.start, words[plan.backEnd]!.start);
  const p = plan.phrase!;
  let k = p.last + 1;
  // (`According to the latest report on development, produced by the World Bank, one fifth …`, `According to a
  // recent report by the United Nations Conference on Trade and Development, the gap …`: the source's tail runs to
  // the comma before what it says.)
  const opensSentence = p.first < 3 || words[p.first - 3]!.punct;
  if (opensSentence) {
    if (SOURCE_TAIL_PREPS.has(words[k]?.lower ?? '')) {
      let j = k;
      while (j < words.length && j < k + 16 && !(words[j]!.punct && words[j]!.text !== '(' && words[j]!.text !== ')')) j++;
      // (`…, produced by the World Bank,`: a participle after the tail's comma is more of it)
      if (words[j]?.text === ',' && words[j + 1]?.lower.endsWith('ed') && words[j + 2]?.lower === 'by') {
        j += 2;
        while (j < words.length && j < k + 30 && !words[j]!.punct) j++;
      }
      if (words[j]?.text === ',' && j + 1 < words.length) k = j;
    }
  }
  // (`to quote Mr. Guterres again, these …`: an adverb of repetition after the source is no part of what it said)
  if (words[k]?.lower === 'again' && (words[k + 1]?.text === ',' || words[k + 1]?.text === ':')) k++;
  // (`In the words of Nelson Mandela: “…”`)
  if (words[k]?.text === ',' || (words[k]?.text === ':' && plan.cue.lemma !== 'according to')) k++;
  // (`In the words of Nelson Mandela, “It always seems impossible …”`: a quotation right after is the saying, whole;
  // after `according to` it may be a title: `According to UNICEF's “The State of the World's Children 1999”, 130 million …`)
  let first = words[k];
  const { lemma } = plan.cue;
  // (`In the words of Simon Wiesenthal, who sadly passed away last night in Vienna, what connects …`: a relative clause
  // about the source is set off; the saying comes after its comma or colon)
  if (lemma !== 'according to' && first && RELATIVE_OPENERS.has(first.lower)) {
    let j = k + 1;
    while (j < words.length && j < k + 25 && words[j]!.start < sentenceEnd && words[j]!.text !== ',' && words[j]!.text !== ':') j++;
    if (!(words[j]?.text === ',' || words[j]?.text === ':') || !words[j + 1] || words[j + 1]!.start >= sentenceEnd) return { start: 0, end: 0, text: '', direct: false };
    k = j + 1;
    first = words[k];
  }
  if (first && lemma !== 'according to' && isOpeningQuote(first.text)) {
    const q = quoteOpeningAt(quotes, first.start);
    if (q) return chainedQuote(text, quotes, q);
  }
  let end = sentenceEnd;
  // Inside a relative clause the saying ends with the clause: at a dash or a semicolon.
  if (plan.relative) {
    for (let j = k; j < words.length && words[j]!.start < end; j++) {
      const t = words[j]!.text;
      if (t === '\u2014' || t === '\u2013' || t === ';') { end = words[j]!.start; break; }
    }
  }
  return span(text, words[k]?.start ?? sentenceEnd, end);
}

/** Prepositions that go on naming the source after `according to a report`: `by X`, `on development`, `of the IMF`. */
const SOURCE_TAIL_PREPS = new Set(['by', 'on', 'of', 'from', 'for', 'in', 'published', 'released', 'issued', 'produced', 'conducted']);

/** Words that open a clause, after which `, according to X,` reports what the clause goes on to say. */
const RELATIVE_OPENERS = new Set(['who', 'which', 'that', 'whom', 'where']);

export function extractStatements(
  doc: Document,
  sentences: Sentence[],
  _tokens: Token[],
  mentions: MentionRecord[],
  cueOptions: CueOptions = { beliefs: false },
): StatementRecord[] {
  const text = doc.text;
  const body = joinBrokenWords(text, sentences.filter((s) => s.end > doc.bodyStart));
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const cast: Cast = castOf(doc, body, sorted);
  const quotes = pairQuotes(text, doc.bodyStart, text.length);
  // What `it` can stand for: organisations, countries by name and documents the entity pass found.
  const bodies = new Set<string>();
  for (const m of sorted) if ((m.type === 'org' || m.type === 'treaty' || m.type === 'country') && m.form !== 'demonym') bodies.add(m.entity);
  const ante: Antecedents = { singular: null, plural: null, lastPerson: null, orgs: [], recent: [], treaties: [], countries: [], thing: null, decisionBy: null, stateForms: new Map(), bodyGroup: null };
  const out: StatementRecord[] = [];
  let mi = 0;
  // The one person a reporter's sentence named (`Q Can I follow up just on Jacinda Ardern?`), for a `She said`
  // that opens the next sentence of the same question.
  let questionTopic: string | null = null;
  for (const s of body) {
    const words = scanWords(text, Math.max(s.start, doc.bodyStart), s.end);
    if (words.length === 0) continue;
    if (ante.bodyGroup && s.index - ante.bodyGroup.sentence > 2) {
      ante.plural = ante.bodyGroup.before;
      ante.bodyGroup = null;
    }
    while (mi < sorted.length && sorted[mi]!.end <= s.start) mi++;
    const local: MentionRecord[] = [];
    for (let j = mi; j < sorted.length && sorted[j]!.start < s.end; j++) local.push(sorted[j]!);
    const priorTopic = questionTopic;
    questionTopic = reporterTopic(text, s, local);
    const named = new Set<number>();
    const people = new Set<number>();
    const lands = new Set<number>();
    for (let i = 0, j = 0; i < words.length; i++) {
      const w = words[i]!;
      while (j < local.length && local[j]!.end <= w.start) j++;
      const m = local[j];
      if (m && m.start < w.end && m.type !== 'date' && m.type !== 'treaty') named.add(i);
      if (m && m.start < w.end && m.type === 'person') people.add(i);
      if (m && m.start < w.end && (m.type === 'country' || m.type === 'place')) lands.add(i);
    }
    const cues = findCues(words, cueOptions).filter((c) => !insideQuote(quotes, words[c.first]!.start));
    // The sentence's own subject updates what `he` and `they` point to; a
    // sentence with no cue and no name cannot change them.
    const lead = words[0]!.lower;
    const opening = cues.length || local.length || lead === 'the' || lead === 'both' ? sentenceSubject(words, named) : null;
    const subject = opening ? extendListForward(words, opening, named, people) : null;
    let subjectResolved: Resolved | null = null;
    if (subject && !isPronoun(words[subject.first]!.lower)) {
      subjectResolved = resolvePhrase(words, subject, local, cast, ante);
    }
    const plans: Plan[] = [];
    const inQuestion = cues.length > 0 && inQuestionTurn(text, words[0]!.start);
    // Who a reporter's `you` is: the official who answers (none: `you` is no speaker here).
    // (Looked up only for a question that says `you`: the lookup walks the document's mentions.)
    const addressee = inQuestion && words.some((w) => pronounOf(w.lower) === 'you') ? addresseeOf(text, words[0]!.start, sorted, cast) : null;
    for (const c of cues) {
      const p = planCue(words, c, named, plans, people, addressee !== null);
      if (p) plans.push(p);
    }
    let lastResolved: Resolved | typeof SILENT | null = null;
    let lastPhrase: Phrase | null = null;
    let reportedFrom = -1;
    let reportedTo = -1;
    for (let pi = 0; pi < plans.length; pi++) {
      const plan = plans[pi]!;
      const cue = plan.cue;
      // A cue inside what an earlier cue reported (`informed Zelenskyy that the United
      // States intends to …`) is part of that report, not a statement of its own.
      if (words[cue.first]!.start >= reportedFrom && words[cue.first]!.start < reportedTo) continue;
      // `According to reports, Blinken said that …`: the saying reported is the statement.
      if (plan.mode === 'according' && plan.backEnd < 0 && plans.slice(pi + 1).some((x) => !x.inherit && x.mode !== 'according')) continue;
      // Antecedents for `he`: people mentioned before this cue.
      for (const m of local) if (m.type === 'person' && m.end <= words[cue.first]!.start) notePerson(ante, m.entity);
      // Countries named before the speaker, in this sentence too (`… Mongolia's efforts. Both Governments welcomed`).
      const before = words[(plan.phrase ?? cue).first]!.start;
      const here = local.filter((m) => m.type === 'country' && m.end <= before);
      const anteHere: Antecedents = here.length ? { ...ante, countries: [...ante.countries, ...here.map((m) => m.entity)] } : ante;
      let resolved: Resolved | null = null;
      let phrase = plan.phrase;
      if (plan.mode === 'passive') {
        resolved = { speakers: [], start: -1, end: -1, plural: false };
      } else if (plan.inherit) {
        if (lastResolved === SILENT) continue;
        if (lastResolved) { resolved = lastResolved; phrase = lastPhrase; }
        else if (subject && subject.last < cue.first) {
          phrase = subject;
          // (`You, yourself, said that …` in a reporter's question: the official who answers, as `You said`)
          // (not `you know,` that only fills a pause)
          const you = addressee !== null && subject.first === subject.last && pronounOf(words[subject.first]!.lower) === 'you' && words[subject.first + 1]?.lower !== 'know';
          resolved = you ? { speakers: addressee ? [addressee] : [], start: words[subject.first]!.start, end: words[subject.first]!.end, plural: false } : resolvePhrase(words, subject, local, cast, ante);
        }
      } else if (phrase && phrase.first === phrase.last && pronounOf(words[phrase.first]!.lower) === 'it') {
        // `it` stands for the body or document that was last a subject or a speaker, in this sentence or the two before.
        const t = ante.thing;
        if (!t || s.index - t.sentence > 2) continue;
        resolved = { speakers: [t.entity], start: words[phrase.first]!.start, end: words[phrase.first]!.end, plural: false };
      } else if (inQuestion && priorTopic && phrase && phrase.first === 0 && phrase.first === phrase.last && (words[0]!.lower === 'he' || words[0]!.lower === 'she') && genderFits(cast, priorTopic, words[0]!.lower) && priorTopic !== addressee) {
        // `Q Can I follow up just on Jacinda Ardern? She said …`: the one person the reporter just named.
        resolved = { speakers: [priorTopic], start: words[0]!.start, end: words[0]!.end, plural: false };
      } else if (addressee !== null && phrase && phrase.first === phrase.last && pronounOf(words[phrase.first]!.lower) === 'you') {
        resolved = { speakers: addressee ? [addressee] : [], start: words[phrase.first]!.start, end: words[phrase.first]!.end, plural: false };
      } else if (plan.ofSubject && phrase && subject && subject.last < phrase.first && !isPronoun(words[subject.first]!.lower)) {
        // (`The First Lady delivered remarks at a reception hosted by Ambassador Salazar, where she highlighted …`:
        // the subject, not the latest person named)
        const r = localTitle(words, subject, local, cast) ?? resolvePhrase(words, subject, local, cast, anteHere);
        resolved = { ...r, start: words[phrase.first]!.start, end: words[phrase.last]!.end };
      } else if (phrase) {
        resolved = localTitle(words, phrase, local, cast) ?? resolvePhrase(words, phrase, local, cast, anteHere);
      }
      if (plan.mode !== 'passive' && (!resolved || !phrase)) continue;
      // An intention needs a subject named right there (`Putin wants to`), not `he` or `the President`.
      // A country's present intention (`Switzerland intends to`) is, in a speech, mostly the speaker's own country speaking.
      if (cue.intent && (plan.inherit || !phrase || !named.has(phrase.last) || isPronoun(words[phrase.last]!.lower) || (cue.tense === 'present' && lands.has(phrase.last)))) continue;
      if (phrase && isFirstPerson(words, phrase)) { lastResolved = SILENT; continue; }
      // (again here for a subject inherited by a later cue, which planCue did not see: `None of us, I am sure, would admit`)
      if (phrase && deniedOfAll(words, phrase)) continue;
      if (PERSON_ONLY_LEMMAS.has(cue.lemma) && (cue.tense !== 'past' || !personSpeaker(resolved!, cast, words, cue))) continue;
      // `The Kingdom of Saudi Arabia reaffirms its full support`, `Palau and the Marshall Islands call on`: in the
      // present tense a country's acts of stance are the speaker's own voice (a speech, a government's statement),
      // which no gold set annotates; another country's claims (`Greece insists`, `Iraq claims`) are reports.
      if (phrase && OWN_VOICE_LEMMAS.has(cue.lemma) && (cue.tense === 'present' || (cue.tense === 'base' && !isModalBefore(words, cue.first)) || (cue.tense === 'ing' && cue.first === 0)) && (countrySubject(words, phrase, lands) || stateFormSubject(words, phrase, ante))) continue;
      // Content ends where the next coordinated statement begins (`…, adding that`,
      // `… and the leaders called on`) or where a speaker after it starts
      // (`China urged X, the spokesperson said`); a cue nested inside it
      // (`said that China opposes …`) leaves it whole.
      let endOffset = s.end;
      const nextPlan = plans[pi + 1];
      if (nextPlan) {
        let cut = -1;
        if (nextPlan.mode === 'backward' || nextPlan.mode === 'inverted') cut = nextPlan.backEnd;
        else if (nextPlan.inherit) cut = nextPlan.boundary;
        else if (nextPlan.phrase && nextPlan.boundary < nextPlan.phrase.first) cut = nextPlan.boundary;
        else if (nextPlan.phrase && [',', ';'].includes(words[nextPlan.phrase.first - 1]?.text ?? '')) cut = nextPlan.phrase.first - 1;
        // `repeated these sentiments a few days ago when he stated, “…”`: a clause of time with a saying of its own ends
        // an object reported before it (not a `that` clause, which may hold it: `noted that when he stated X, …`).
        else if (nextPlan.phrase && TIME_LINKS.has(words[nextPlan.phrase.first - 1]?.lower ?? '') && !opensClauseContent(words, cue.last + 1)) cut = nextPlan.phrase.first - 1;
        const bw = cut >= 0 ? words[cut] : undefined;
        if (bw && bw.start > words[cue.last]!.end && plan.mode !== 'backward' && plan.mode !== 'inverted') endOffset = bw.start;
      }
      let content: Content;
      if (plan.mode === 'according') content = contentOfAccording(text, words, plan, endOffset, quotes);
      else if (plan.mode === 'backward' || plan.mode === 'inverted') {
        // The content runs from the sentence start, or from the end of an earlier
        // backward statement in it (`A, he said, adding B, she said`).
        // (Not the `Q` that labels a reporter's turn: `Q Over the last 24 hours, but not enough, you had said.`)
        let floor = words[inQuestion && words[0]!.text === 'Q' && words.length > 1 ? 1 : 0]!.start;
        for (let q = pi - 1; q >= 0; q--) {
          const prev = plans[q]!;
          if (prev.mode === 'backward' || prev.mode === 'inverted') { floor = words[(prev.phrase ?? prev.cue).last]!.end; break; }
        }
        content = backwardContent(text, words, plan, floor, quotes);
        if (plan.mode === 'inverted' && content.start === content.end) content = forwardContent(text, words, plan, endOffset, quotes);
      } else content = forwardContent(text, words, plan, endOffset, quotes);
      // One word is content only as a quotation that the cue introduces (`Putin says "yes,"`), not a lone word of indirect speech.
      // (`said "everybody" should get their shot` is a quoted word inside indirect speech: no.)
      const quotedWord = content.direct && cue.quoteAt === undefined && quoteEndsClause(text, words, content.end);
      // (`Trump said no.`, `he said yes`: an answer given is what was said)
      const answer = cue.lemma === 'say' && (content.text === 'no' || content.text === 'yes');
      if (content.end <= content.start || (!content.single && !quotedWord && !answer && !/\S\s+\S/.test(content.text))) continue;
      // `the data showed that`, `they find that opportunity`: findings need a clause and a subject that is no pronoun.
      if (FINDING_LEMMAS.has(cue.lemma) && (content.single || (phrase !== null && isPronoun(words[phrase.last]!.lower)))) continue;
      const r: Resolved = resolved!;
      const written = r.start >= 0;
      out.push({
        doc: doc.id,
        sentence: s.index,
        speaker: written ? text.slice(r.start, r.end) : null,
        speakerStart: written ? r.start : null,
        speakerEnd: written ? r.end : null,
        speakers: r.speakers,
        cue: text.slice(words[cue.first]!.start, words[cue.last]!.end),
        cueStart: words[cue.first]!.start,
        cueEnd: words[cue.last]!.end,
        content: content.text,
        contentStart: content.start,
        contentEnd: content.end,
        direct: content.direct,
      });
      if (!content.direct && plan.mode !== 'backward') { reportedFrom = content.start; reportedTo = content.end; }
      if (!written) continue;
      lastResolved = r;
      lastPhrase = phrase;
      updateAntecedents(ante, r, cast, s.index);
      // `the Secretary-General warned …. He stated`: an unnamed holder of a title is who `he` is next.
      if (phrase && unnamedTitle(words, phrase, r)) ante.singular = [];
      noteThing(ante, r, bodies, s.index);
    }
    if (subjectResolved && plans.length === 0) updateAntecedents(ante, subjectResolved, cast, s.index);
    // (`the President has been presented with a variety of views on this. He's sought more information.`: an unnamed
    // holder of a title as a subject is who `he` is next, as after a statement)
    if (subjectResolved && plans.length === 0 && subject && unnamedTitle(words, subject, subjectResolved)) ante.singular = [];
    if (subjectResolved && plans.length === 0) noteThing(ante, subjectResolved, bodies, s.index);
    // `I'm not going to go beyond what the President said. He has said that before`: a title that
    // names its holder is as much an antecedent of `he` as the name, in the order they come.
    const titled = titleReferences(words, local, cast);
    let t = 0;
    for (const m of local) {
      while (t < titled.length && titled[t]!.start < m.start) noteTitled(ante, titled[t++]!);
      if (m.type === 'person') notePerson(ante, m.entity);
      else if (m.type === 'org') ante.orgs.push(m.entity);
      else if (m.type === 'treaty') ante.treaties.push(m.entity);
      else if (m.type === 'country') {
        ante.countries.push(m.entity);
        noteStateForm(ante, m);
      }
    }
    while (t < titled.length) noteTitled(ante, titled[t++]!);
    if (ante.countries.length > 20) ante.countries.splice(0, ante.countries.length - 20);
    noteDecision(ante, words, local);
    // Numbered resolutions the entity pass may not know (`the adoption of resolution 181 (II)`),
    // so that `That resolution` and `It` can point back to them.
    for (let i = 0; i + 1 < words.length; i++) {
      if (words[i]!.lower !== 'resolution' || !isNumberWord(words[i + 1])) continue;
      let end = i + 1;
      if (words[i + 2]?.text === '(' && isNumberWord(words[i + 3]) && words[i + 4]?.text === ')') end = i + 4;
      const p = phraseBackward(words, end, named);
      const r = p ? resolvePhrase(words, p, local, cast, ante) : null;
      if (r && r.speakers.length === 1) ante.treaties.push(r.speakers[0]!);
    }
  }
  return out;
}

interface TitleReference {
  start: number;
  /** The holder; '' for a title no one named in the text holds. */
  entity: string;
  /** A saying referred to (`what the President said`): its sayer is who `he` goes on about. */
  says: boolean;
}

function noteTitled(ante: Antecedents, r: TitleReference): void {
  if (r.entity === '') {
    ante.singular = [];
    return;
  }
  notePerson(ante, r.entity);
  if (r.says) ante.singular = [r.entity];
}

const SAID_FORMS = new Set(['said', 'says', 'stated', 'has', 'had']);

const STATE_FORM_KEYS = new Set([...STATE_FORMS].map((f) => f.toLowerCase()));

/** `the Kingdom of Saudi Arabia`, `the Hashemite Kingdom of Jordan`: the country behind a later `The Kingdom`. */
function noteStateForm(ante: Antecedents, m: MentionRecord): void {
  if (m.form !== 'name') return;
  for (const w of m.text.toLowerCase().split(/\s+/)) {
    if (w === 'of') break;
    if (STATE_FORM_KEYS.has(w)) ante.stateForms.set(w, m.entity);
  }
}

/** `the President`, `The Secretary` not before a name: the holder each names, where the document names one. */
function titleReferences(words: Word[], local: readonly MentionRecord[], cast: Cast): TitleReference[] {
  const out: TitleReference[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!w.cap || !TITLE_HEADS.has(w.lower) || words[i - 1]!.lower !== 'the') continue;
    const next = words[i + 1];
    if (next && (next.cap || next.lower === 'of')) continue;
    if (local.some((m) => m.start <= w.start && w.end <= m.end)) continue;
    const who = personWithTitle(cast, [w.lower], w.start);
    const says = SAID_FORMS.has(next?.lower ?? '') && (next!.lower.startsWith('ha') ? words[i + 2]?.lower === 'said' : true);
    if (who) out.push({ start: w.start, entity: who, says });
    // `the Secretary-General described a world in danger … He stated that`: a title no one in the text
    // holds, as the subject of a past verb, is who `he` is next, unnamed.
    else if (says || (next && !next.punct && !next.cap && next.lower.length > 4 && next.lower.endsWith('ed') && opensClauseAt(words, i - 1))) out.push({ start: w.start, entity: '', says: true });
  }
  return out;
}

/**
 * `the decision adopted by the last ministerial meeting of the Organization of
 * the Islamic Conference`: the first body named within a few words after a
 * `decision … by`/`of`, so that `That decision demanded` speaks for it.
 */
function noteDecision(ante: Antecedents, words: Word[], local: readonly MentionRecord[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.lower !== 'decision' && w.lower !== 'decisions') continue;
    let by = -1;
    for (let k = i + 1; k < words.length && k <= i + 4; k++) if (words[k]!.lower === 'by' || words[k]!.lower === 'of') { by = k; break; }
    if (by < 0) continue;
    const limit = words[Math.min(words.length - 1, by + 14)]!.end;
    const body = local.find((m) => m.type === 'org' && m.start > words[by]!.start && m.end <= limit);
    if (body) ante.decisionBy = body.entity;
  }
}

// Hard-wrapped text breaks words at a hyphen (`the Secretary-\nGeneral said`);
// a sentence that ends inside such a word goes on in the next one.
function joinBrokenWords(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && text.charCodeAt(prev.end - 1) === 45 && /^\r?\n\p{L}/u.test(text.slice(prev.end, s.start + 1)) && /\p{L}/u.test(text[prev.end - 2] ?? '')) {
      out[out.length - 1] = { ...prev, end: s.end };
      continue;
    }
    out.push(s);
  }
  return out;
}

// `how the President described the advice … when he said — he denied that …`:
// a `he` whose nearest antecedent in its own sentence is a title (`the President`)
// is the holder of that title, or nobody named when the document never names them.
function localTitle(words: Word[], p: Phrase, local: MentionRecord[], cast: Cast): Resolved | null {
  if (p.first !== p.last || !SINGULAR_PRONOUNS.has(pronounOf(words[p.first]!.lower))) return null;
  const at = words[p.first]!.start;
  for (let i = p.first - 1; i > 0; i--) {
    const w = words[i]!;
    if (local.some((m) => m.type === 'person' && m.start <= w.start && w.end <= m.end)) return null;
    if (w.cap && TITLE_HEADS.has(w.lower) && words[i - 1]!.lower === 'the' && !words[i + 1]?.cap) {
      // (`the President of South Africa … he`: a title of a country is no bare `the President`)
      const who = personWithTitle(cast, [w.lower], words[i + 1]?.lower === 'of' ? -1 : w.start);
      return { speakers: who ? [who] : [], start: at, end: words[p.first]!.end, plural: false };
    }
  }
  return null;
}

const ADDRESSEE_LEMMAS = new Set(['tell', 'inform', 'remind', 'assure', 'reassure', 'warn', 'notify', 'promise', 'advise', 'caution']);
const OBJECT_PRONOUNS = new Set(['you', 'me', 'us', 'him', 'her', 'them']);

const FINDING_LEMMAS = new Set(['find', 'show']);

const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'our', 'its', 'this', 'these', 'those', 'concern', 'several', 'two', 'three', 'both', 'u.s.', 'america’s', "america's", 'other', 'some', 'many', 'various']);

/**
 * The official a reporter's `you` means: named in the answer's label, or the title there (`THE PRESIDENT:`);
 * '' for an official the label does not name (`SENIOR ADMINISTRATION OFFICIAL:`), null with no labelled answer.
 */
function addresseeOf(text: string, at: number, mentions: readonly MentionRecord[], cast: Cast): string | null {
  const answer = answerAfter(text, at, mentions);
  if (!answer) return null;
  if (answer.entity) return answer.entity;
  const title = answer.label.toLowerCase().split(' ').filter((w) => w.length > 0 && w !== 'the');
  return personWithTitle(cast, title, answer.start) ?? '';
}

/**
 * The one person a sentence of a reporter's question names, not thanked or greeted (`Q Thank you, Jen.`): the topic
 * a `he` or `she` opening the next sentence refers to; else null.
 */
function reporterTopic(text: string, s: Sentence, local: readonly MentionRecord[]): string | null {
  let entity: string | null = null;
  for (const m of local) {
    if (m.type !== 'person') continue;
    if (entity !== null && m.entity !== entity) return null;
    entity = m.entity;
  }
  if (entity === null || !inQuestionTurn(text, s.start)) return null;
  for (const m of local) {
    if (m.type !== 'person') continue;
    // (a vocative after thanks or a greeting; one named first, `Q Karine, on …`, is the official who answers,
    // whom the caller leaves out)
    const before = text.slice(Math.max(s.start, m.start - 12), m.start).toLowerCase();
    if (before.endsWith('you, ') || before.endsWith('thanks, ') || before.endsWith('hey, ') || before.endsWith('hi, ')) return null;
  }
  return entity;
}

/**
 * Whether `he` or `she` can stand for the person: a known gender must agree. (A name of one word that the corpora
 * give after titles, `Lula`, `Warren`, is a family name, whose gender a list of given names does not tell; `Karine`
 * is a given name.)
 */
function genderFits(cast: Cast, entity: string, pronoun: string): boolean {
  if (!entity.includes(' ') && FAMILY_NAME_SET.has(entity)) return true;
  const g = genderIn(cast, entity);
  return g === null || g === (pronoun === 'she' ? 'f' : 'm');
}

const FAMILY_NAME_SET: ReadonlySet<string> = new Set(FAMILY_NAMES);

/** A first-person subject: later coordinated cues in its sentence are the same voice. */
const SILENT = Symbol('first person');

// `celebrated`, `raised`, `reinforced` report a stance only from people, and
// only with an object of the right kind.
function personSpeaker(r: Resolved, cast: Cast, words: Word[], cue: Cue): boolean {
  if (!r.speakers.some((e) => cast.persons.some((p) => p.entity === e))) return false;
  const obj = words.slice(cue.last + 1, cue.last + 8);
  // An object must follow at once: `raised concerns`, not `has raised in the past with …`.
  const o0 = obj[0];
  if (!o0 || o0.punct || (!OBJECT_OPENERS.has(o0.lower) && !(o0.lower.endsWith('s') && !o0.cap))) return false;
  if (cue.lemma === 'raise') {
    const o = obj.slice(0, 4);
    if (o.some((w) => NOT_RAISED.has(w.lower) || /^[$\d]/.test(w.text))) return false;
  }
  if (cue.lemma === 'reinforce' && !obj.some((w) => REINFORCE_OBJECTS.has(w.lower))) return false;
  return true;
}

/** A single body, country or document as subject or speaker: what a later `it` can stand for. */
function noteThing(ante: Antecedents, r: Resolved, bodies: ReadonlySet<string>, sentence: number): void {
  if (r.speakers.length !== 1 || r.plural) return;
  const e = r.speakers[0]!;
  // (A numbered document named by its own words, `resolution 242 (1967)`, counts too.)
  if (!bodies.has(e) && !hasDigit(e)) return;
  ante.thing = { entity: e, sentence };
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 48 && c <= 57) return true; }
  return false;
}

function sameEntities(a: readonly string[] | null, b: readonly string[]): boolean {
  if (a === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function updateAntecedents(ante: Antecedents, r: Resolved, cast: Cast, sentence: number): void {
  if (r.speakers.length === 0) return;
  if (r.plural || r.speakers.length > 1) {
    if (r.bodyGroup) ante.bodyGroup = { sentence, before: ante.bodyGroup ? ante.bodyGroup.before : ante.plural };
    else if (ante.bodyGroup && sameEntities(ante.plural, r.speakers)) ante.bodyGroup.sentence = sentence;
    else ante.bodyGroup = null;
    ante.plural = r.speakers;
  }
  else if (cast.persons.some((p) => p.entity === r.speakers[0])) {
    ante.singular = r.speakers;
    // `The President underscored …` (Biden, named only later): a person speaking is one of the
    // people so far, for `the two leaders` with no meeting frame.
    notePerson(ante, r.speakers[0]!);
  }
}

