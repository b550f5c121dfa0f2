// Finds the cues of one sentence: reporting verbs, their phrases
// (`spoke highly of`), light-verb phrases (`expressed their concern about`)
// and `according to`, with the filters that keep nouns and adjectives out
// (`the said agreement`, `member states`, `to underscore`).

import {
  ANSWER_LEMMAS, CLAUSE_SUBJECTS, DIRECTIVE_LEMMAS, DOCUMENTS_BEFORE_THAT, AS_COMPLEMENT, BELIEF_LEMMAS, COGNITION_LEMMAS, IMPERSONAL_SUBJECTS, SAYING_ADJECTIVES, SAYING_INTENSIFIERS, INTENTION_VERBS, DECLARED_ACTS, REFLEXIVES, SELF_PRAISE, ISSUE_VERBS, MEDIUM_NOUNS, NAMING_VERBS, MAKE_PHRASES, NEEDS_COMPLEMENT, NOT_AFTER_BELIEF, STANCE_ADJECTIVES, CUE_PREPOSITIONS, CUE_VERBS, LIGHT_ALSO_CUE, LIGHT_VERBS, MODALS, NOUN_LIKE_PRESENT, PHRASE_CUES,
  PHRASE_ONLY_LEMMAS, PHRASE_VERB_FORMS, PRESENT_CUE_LEMMAS, SPEECH_NOUNS, STANCE_NOUN_HEADS_FOR_THAT,
} from '../lexicon/cues.js';
import type { CueVerb } from '../lexicon/cues.js';
import { GROUP_HEADS, POSSESSIVES, SOURCE_NOUNS, isPeoplePlural } from '../lexicon/speakers.js';
import type { Word } from './words.js';

export interface Cue {
  /** First and last word index of the cue in the sentence's words. */
  first: number;
  last: number;
  lemma: string;
  tense: 'past' | 'present' | 'ing' | 'base';
  according: boolean;
  /**
   * A passive with no speaker written (`it was agreed that …`, `as has been
   * said time and again, …`): `it` when content follows `that`, `as` when it
   * follows the comma after the cue.
   */
  passive?: 'it' | 'as';
  /** An -ing cue after a name (`with X testifying that`): a phrase inside a larger clause. */
  nonFinite?: boolean;
  /** An intention (`wants to`): a statement only with a named subject. */
  intent?: boolean;
  /** A passive with its agent after `by` and the words after a copula (`the question asked by X was, "…"`). */
  byAgent?: boolean;
  /** A naming cue whose content is the quotation at this word (`called the attack "…"`). */
  quoteAt?: number;
  /** `as has been emphasized by X, …`, `…, as called for by X.`: the speaker is the agent after `by`. */
  asAgent?: boolean;
  /** `as stated in the Charter, …`: with `asAgent`, the speaker is the text named after `in`. */
  asSource?: boolean;
  /** `Y was welcomed by X`: the speaker is the agent after `by`, the content the subject before. */
  byPassive?: boolean;
}

const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'any', 'no', 'every', 'such', 'pre', 'well', 'widely', 'newly', 'previously', 'long', 'much', 'most', 'more', 'less', 'often', 'oft', 'so']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', "'s", 'get', 'got', 'gets', 'getting']);
const NP_OPENERS = new Set(['the', 'their', 'his', 'her', 'its', 'our', 'a', 'an', 'these', 'those', 'all', 'both', 'some', 'any']);
/** Auxiliaries and adverbs walked over back from a passive participle to `it` or `as`. */
const PASSIVE_CHAIN = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', "'s", 'has', 'have', 'had', 'also', 'often', 'already', 'long', 'widely', 'generally', 'repeatedly', 'once', 'previously', 'rightly', 'correctly', 'frequently', 'commonly']);
/** Lemmas whose agentless passive still reports a saying (`it was agreed that`, `as has been said`). */
const PASSIVE_SAYING = new Set(['tell', 'say', 'agree', 'state', 'note', 'announce', 'report', 'stress', 'emphasize', 'emphasise', 'mention', 'point', 'decide', 'believe', 'claim', 'argue', 'suggest', 'allege', 'underline', 'underscore', 'reiterate', 'affirm', 'reaffirm', 'confirm', 'declare', 'acknowledge', 'recognize', 'recognise', 'observe', 'remark']);
const COPULAS = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'remains', 'remain', 'remained', 'be', 'been']);
/** Words after `put it` that make it a manner of saying (`put it best`, `put it this way`). */
const PUT_IT_MANNER = new Set(['best', 'well', 'simply', 'so', 'this', 'that', 'thus', 'bluntly', 'succinctly', 'another', 'more', 'in', 'like']);
/** Time words between a named subject and an -ing cue (`Blinken last week recognizing`). */
const TIME_WORDS = new Set(['last', 'this', 'next', 'week', 'month', 'year', 'yesterday', 'today', 'earlier', 'recently', 'now', 'then', 'again', 'also', 'once', 'previously', 'publicly']);
/** After a name, an -ing cue needs an object or a clause: `X testifying that`, `X recognizing his victory`. */
const ING_OBJECT_OPENERS = new Set(['that', 'his', 'her', 'their', 'its', 'the', 'a', 'an', 'our', '"', '\u201c', ':']);

const HEARERS = new Set(['we', 'i', 'you']);

function passiveKind(words: Word[], i: number): 'it' | 'as' | null {
  let k = i - 1;
  while (k >= 0 && !words[k]!.punct && PASSIVE_CHAIN.has(words[k]!.lower)) k--;
  const head = words[k]?.lower;
  if (head === 'it' && lowerAt(words, i + 1) === 'that') return 'it';
  // `It was widely acknowledged at Monterrey that …`: where it was said may come before `that`.
  if (head === 'it' && (lowerAt(words, i + 1) === 'at' || lowerAt(words, i + 1) === 'in') && thatWithin(words, i + 2, 4) > 0) return 'it';
  // `we are told that …`: the hearer is the subject, the teller unnamed.
  if (HEARERS.has(head ?? '') && words[i]!.lower === 'told' && lowerAt(words, i + 1) === 'that') return 'it';
  if (head === 'as' && k < i - 1) {
    // `as has been said time and time again, …`: a comma must follow soon.
    for (let j = i + 1; j < words.length && j < i + 9; j++) {
      const x = words[j]!;
      if (x.text === ',') return j > i + 0 && j + 1 < words.length ? 'as' : null;
      if (x.punct) return null;
    }
  }
  return null;
}

/**
 * `as (has been) (rightly) stressed by X`, `as called for by X`: the cue's last word when `as` and a passive
 * chain come before the participle and `by` and an agent after it, else -1.
 */
function asAgentCueEnd(words: Word[], i: number, lemma: string): number {
  return lowerAt(words, beforePassiveChain(words, i)) === 'as' ? agentCueEnd(words, i, lemma) : -1;
}

/**
 * The index of the word before a passive participle's auxiliaries and adverbs (`as has been rightly`, `was very
 * much`), or -1 at the sentence start.
 */
export function beforePassiveChain(words: Word[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !words[k]!.punct && (PASSIVE_CHAIN.has(words[k]!.lower) || (words[k]!.lower.endsWith('ly') && !words[k]!.cap) || words[k]!.lower === 'much' || words[k]!.lower === 'very')) k--;
  return k;
}

/** After a participle at word i (and its phrase: `called for`), `by` and an agent: the cue's last word, else -1. */
function agentCueEnd(words: Word[], i: number, lemma: string): number {
  const phrase = matchPhrase(words, i, lemma);
  if (phrase <= 0 && PHRASE_ONLY_LEMMAS.has(lemma)) return -1;
  const e = phrase > 0 ? i + phrase : i;
  const agent = words[e + 2];
  return lowerAt(words, e + 1) === 'by' && agent && !agent.punct ? e : -1;
}

/**
 * `was (very much) welcomed by X`, `has been called for by X`: the cue's last word when `by` and an agent follow
 * and the subject is no `what`, `which`, `that` or `it` (`what was said by the President` refers to a saying), else -1.
 */
function passiveAgentCueEnd(words: Word[], i: number, lemma: string): number {
  const k = beforePassiveChain(words, i);
  const subject = lowerAt(words, k);
  if (k < 0 || (words[k]!.punct && words[k]!.text !== ',' && words[k]!.text !== '\u2014') || subject === 'what' || subject === 'which' || subject === 'that' || subject === 'it' || subject === 'who') return -1;
  return agentCueEnd(words, i, lemma);
}

/**
 * Stances whose passive with an agent reports what the agent said of the subject (`was condemned by the
 * Security Council`, `was very much welcomed by the United States`); not `was asked by`, `was confirmed by
 * the Senate`, `was advised by`, `was denied by` (acts done to the subject).
 */
const PASSIVE_AGENT_LEMMAS = new Set([
  'welcome', 'condemn', 'denounce', 'criticize', 'criticise', 'praise', 'commend', 'hail', 'applaud', 'endorse',
  'announce', 'describe', 'repeat', 'reiterate', 'stress', 'emphasize', 'emphasise', 'underline', 'underscore',
  'highlight', 'propose', 'recommend', 'call', 'echo', 'reject', 'deplore', 'decry', 'lament',
]);

/**
 * Sayings whose `as … in X` names a text that said something (`as stated in the Charter`, `as noted in the
 * report`); `as set out/reflected/enshrined in` place it in a text and are no saying.
 */
const AS_SOURCE_LEMMAS = new Set(['state', 'say', 'note', 'mention', 'emphasize', 'emphasise', 'underline', 'underscore', 'highlight', 'stress']);
/** `as stated in my address to the Summit`: the speaker's own words, whose speaker the clause does not name. */
const SELF_POSSESSIVES = new Set(['my', 'our', 'your']);

/** `as expressed by the Charter`, `as recognized by international law`, `as defined by`: what a text sets down, not a saying. */
const AS_AGENT_NOT = new Set(['express', 'recognize', 'recognise', 'write', 'speak']);

/** The index of a `that` within `n` words from `k` with no punctuation before it, else -1. */
export function thatWithin(words: Word[], k: number, n: number): number {
  for (let j = k; j < words.length && j < k + n; j++) {
    if (words[j]!.lower === 'that') return j;
    if (words[j]!.punct) return -1;
  }
  return -1;
}

/** Nouns of an aside between a saying adjective and `that`: `was clear in his remarks that`. */
const ASIDE_NOUNS = new Set(['remarks', 'statement', 'statements', 'speech', 'call', 'meeting', 'comments', 'message', 'conversation', 'discussions', 'talks', 'view']);

/**
 * `[subject] has been (very) clear that/about …`, `was clear in his remarks
 * that`: the copula to the adjective (and `about`, or the aside) is the cue.
 */
function sayingAdjectiveCue(words: Word[], i: number): { first: number; last: number } | null {
  let c = i - 1;
  if (SAYING_INTENSIFIERS.has(lowerAt(words, c))) c--;
  if (!COPULAS.has(lowerAt(words, c)) || c < 1) return null;
  let subject = c - 1;
  let first = c;
  if (lowerAt(words, c) === 'been' && (lowerAt(words, subject) === 'has' || lowerAt(words, subject) === 'have')) first = subject--;
  while (subject > 0 && (lowerAt(words, subject).endsWith('ly') || lowerAt(words, subject) === 'also')) subject--;
  const s = words[subject];
  if (!s || s.punct || IMPERSONAL_SUBJECTS.has(s.lower)) return null;
  const next = lowerAt(words, i + 1);
  if (next === 'that') return { first, last: i };
  if (next === 'about' || (next === 'with' && lowerAt(words, i + 2) !== 'regard')) return { first, last: i + 1 };
  if (next === 'in' && POSSESSIVES.has(lowerAt(words, i + 2)) && ASIDE_NOUNS.has(lowerAt(words, i + 3)) && lowerAt(words, i + 4) === 'that') return { first, last: i + 3 };
  return null;
}

const ING_LEFT = new Set([',', 'and', 'while', 'when', 'after', 'before', 'was', 'were', 'is', 'are', 'been', 'be', 'also', 'further', 'again', 'repeatedly', 'in', 'by', 'thus', 'and,', ';', '—', '–', '(']);

const TOPIC_OPENERS = new Set(['the', 'their', 'his', 'her', 'its', 'our', 'a', 'an', 'these', 'those', 'all', 'both', 'some', 'how', 'what', 'why', 'whether', 'when', 'where', 'who', 'ways', 'efforts', 'plans', 'issues']);

/** A word that can open the topic of `spoke about`: a determiner, a question word or a name. */
function opensTopic(w: Word | undefined): boolean {
  return !!w && !w.punct && (w.cap || TOPIC_OPENERS.has(w.lower));
}

function lowerAt(words: Word[], i: number): string {
  return words[i]?.lower ?? '';
}

/** Words of a time set between a verb and its preposition: `today`, `once again`, `last week`, `on Monday`, `in 1985`. */
const TIME_ASIDE_WORDS = new Set(['today', 'yesterday', 'tonight', 'again', 'once', 'also', 'repeatedly', 'recently', 'earlier', 'last', 'this', 'week', 'month', 'year', 'on', 'in', 'then', 'now', 'publicly', 'explicitly', 'loudly', 'consistently', 'at', 'the', 'time',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * From word k: a short time aside (commas allowed around it) and then `for`: the index of `for`, else -1. `on` must
 * be followed by a day or month (`on Monday`), else it is the `on` of `call on`.
 */
function forAfterTimeAside(words: Word[], k: number): number {
  let asideWords = 0;
  for (let j = k; j < words.length && j < k + 7; j++) {
    const w = words[j]!;
    if (w.lower === 'for' || w.lower === 'upon') return asideWords > 0 && w.lower === 'for' ? j : -1;
    if (w.text === ',') continue;
    if (w.punct) return -1;
    if (w.lower === 'on' && !TIME_ASIDE_WORDS.has(lowerAt(words, j + 1))) return -1;
    if (!TIME_ASIDE_WORDS.has(w.lower) && !/^(1[89]|20|21)\d\d$/.test(w.text)) return -1;
    asideWords++;
  }
  return -1;
}

/** Verbs of perception whose object's bare infinitive reports a saying: `heard the President say`. */
const PERCEPTION_FORMS = new Set(['heard', 'hear', 'hears', 'hearing', 'seen', 'saw', 'see', 'watched', 'watch']);

/**
 * The index of the object before a bare infinitive at word i that follows a verb of perception (`heard the President
 * say`, `heard him say`, `saw Secretary Blinken say`): the object's first word, else -1.
 */
export function perceivedAt(words: Word[], i: number): number {
  const object = lowerAt(words, i - 1);
  if (object === 'him' || object === 'her' || object === 'them') return PERCEPTION_FORMS.has(lowerAt(words, i - 2)) ? i - 1 : -1;
  for (let k = i - 1; k >= 1 && k >= i - 6; k--) {
    const w = words[k]!;
    if (w.punct) return -1;
    if (!w.cap && w.lower !== 'the' && w.lower !== 'a' && !w.lower.includes('-')) return -1;
    if (PERCEPTION_FORMS.has(lowerAt(words, k - 1)) && (w.lower === 'the' || w.cap)) return k;
  }
  return -1;
}

/** Words after `for` that say for how long (`argued for years`, `pressed for months`). */
const DURATIONS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'hours', 'long']);

function matchPhrase(words: Word[], i: number, lemma: string): number {
  let best = -1;
  for (const p of PHRASE_CUES) {
    if (p.lemma !== lemma) continue;
    let ok = true;
    for (let k = 0; k < p.rest.length; k++) if (lowerAt(words, i + 1 + k) !== p.rest[k]) { ok = false; break; }
    if (ok && p.then) ok = p.then.some((seq) => seq.every((x, k) => lowerAt(words, i + 1 + p.rest.length + k) === x));
    // (`argued for years that …`: how long, not what for)
    if (ok && (lemma === 'argue' || lemma === 'press') && p.rest[0] === 'for' && DURATIONS.has(lowerAt(words, i + 1 + p.rest.length))) ok = false;
    if (ok && p.rest.length > best) best = p.rest.length;
  }
  return best;
}

// `expressed (their) (deep) concern about`: returns the last word of the cue, or -1.
function matchLight(words: Word[], i: number, lemma: string): number {
  let k = i + 1;
  if (NP_OPENERS.has(lowerAt(words, k))) k++;
  let named = false;
  for (let n = 0; n < 4 && k < words.length; n++, k++) {
    const w = words[k]!;
    if (w.punct) return -1;
    // `shared the U.S. government’s commitment to provide …`: a noun of a named possessor is what was said,
    // and the verb alone is the cue (as the gold sets read `affirmed the Biden-Harris Administration’s commitment`).
    if (SPEECH_NOUNS.has(w.lower) && named) return i;
    if (SPEECH_NOUNS.has(w.lower)) {
      const next = lowerAt(words, k + 1);
      if (lemma === 'reaffirm' || lemma === 'reiterate' || lemma === 'affirm' || lemma === 'state' || lemma === 'stress') {
        return next === 'that' && STANCE_NOUN_HEADS_FOR_THAT.has(w.lower) ? k : -1;
      }
      // `expressed their determination to bring about …`: the infinitive is content, not the cue's preposition.
      if (next === 'to' && INFINITIVE_NOUNS.has(w.lower) && isBareVerb(words[k + 2])) return k;
      if (CUE_PREPOSITIONS.has(next)) return k + 1;
      if (next === 'that' && STANCE_NOUN_HEADS_FOR_THAT.has(w.lower)) return k;
      return lemma === 'express' || lemma === 'voice' ? k : -1;
    }
    const possessor = isPossessive(w.lower) || isPossessive(lowerAt(words, k + 1));
    if (w.cap && possessor) { named = true; continue; }
    if (w.cap || CUE_PREPOSITIONS.has(w.lower) || w.lower === 'that' || w.lower === 'and') return -1;
  }
  return -1;
}

const CLAUSE_VERBS_AFTER_SUBJECT = new Set(['will', 'would', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'plans', 'intends', 'can', 'could', 'remains']);

/**
 * After `shared` at word i: `that`, or a short subject (a determiner or a name) and a finite verb
 * (`the United States will`); not `shared the U.S. government’s commitment` (an object).
 */
function sharesClause(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.punct) return false;
  if (next.lower === 'that') return true;
  // The subject: a determiner and one noun (`his administration`), or capitalised words and one noun (`the
  // United States`, `Abrams tanks`); then the verb at once (not `the steps they have taken`: an object and its relative clause).
  let k = i + 1;
  const determiner = next.lower === 'the' || next.lower === 'his' || next.lower === 'her' || next.lower === 'their' || next.lower === 'its';
  if (!determiner && !next.cap) return false;
  if (determiner) k++;
  if (determiner && words[k] && !words[k]!.punct && !words[k]!.cap) k++;
  else {
    while (k < words.length && k <= i + 5 && words[k]!.cap && !words[k]!.punct) k++;
    if (words[k] && !words[k]!.punct && !words[k]!.cap && !CLAUSE_VERBS_AFTER_SUBJECT.has(words[k]!.lower)) k++;
  }
  const verb = words[k];
  return k > i + 1 && !!verb && !verb.punct && CLAUSE_VERBS_AFTER_SUBJECT.has(verb.lower) && !words[k - 1]!.lower.endsWith("'s") && !words[k - 1]!.lower.endsWith('\u2019s');
}

/** Stance nouns that take an infinitive: `determination to`, `willingness to`. */
const INFINITIVE_NOUNS = new Set(['determination', 'willingness', 'readiness', 'desire', 'commitment', 'hope', 'resolve', 'intention', 'wish', 'eagerness']);

// A lower-case word that can be a bare infinitive: not a determiner, a participle or a gerund.
function isBareVerb(w: Word | undefined): boolean {
  return !!w && !w.punct && !w.cap && !NP_OPENERS.has(w.lower) && !w.lower.endsWith('ing') && !w.lower.endsWith('ed') && !w.lower.endsWith("'s");
}

/** `President's`, `Iran’s`, `leaders'`: a possessive noun, which makes a participle after it an adjective (not `he's said`). */
function isPossessive(lower: string): boolean {
  if (lower.endsWith("'s") || lower.endsWith('\u2019s')) return !CONTRACTED_PRONOUNS.has(lower.slice(0, -2));
  return lower.length > 2 && (lower.endsWith("s'") || lower.endsWith('s\u2019'));
}

/** Words whose `'s` is `has` or `is`: `he's said`, `that's stated`. */
const CONTRACTED_PRONOUNS = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what', 'where', 'here', 'this', 'everyone', 'someone', 'somebody', 'everybody', 'nobody', 'one']);

/** What `add` takes as an object when it adds a thing (`can add the identifier`, `add more pressure`). */
const ADDED_THINGS = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'more', 'new', 'another', 'value', 'fuel', 'up']);

/** Words that open another clause or infinitive, which an `and …` after them may belong to instead. */
const CLAUSE_BREAKS = new Set(['that', 'which', 'who', 'when', 'if', 'because', 'while', 'to']);

/** Base forms of the light verbs (`offer a warning`), cues only in a coordination (see coordinatedInfinitive). */
const LIGHT_BASE_FORMS = new Set(['offer', 'express', 'extend', 'voice', 'convey']);

/**
 * `went on to condemn the attack and offer a direct warning`, `will condemn it and call for …`: a base form
 * right after `and` shares the infinitive or modal of the cue before it, when that cue is itself a base form.
 */
function coordinatedInfinitive(words: Word[], i: number, cues: readonly Cue[]): boolean {
  if (lowerAt(words, i - 1) !== 'and') return false;
  const before = cues[cues.length - 1];
  if (!before || before.last >= i) return false;
  // (the cue before is a base form: `to condemn`, `will condemn`, `went on to condemn`)
  const form = words[before.first]!.lower === before.lemma ? before.first : words[before.last]!.lower === before.lemma ? before.last : -1;
  if (form < 0) return false;
  // (in the same clause: no `that`, colon or quotation between, which would make the `and …` part of what was
  // said, and no other clause or infinitive: `oppose these actions, which violate human rights and threaten the order`,
  // `will notify individuals when … and give them the option to stop transactions … and report them`)
  for (let k = before.last + 1; k < i; k++) {
    const w = words[k]!;
    if (CLAUSE_BREAKS.has(w.lower) || w.text === ':' || w.text === ';' || w.text === '\u201c' || w.text === '"') return false;
  }
  return true;
}

// Subjects that take the base form in the present: `We urge`, `They say`.
const PLURAL_SUBJECTS = new Set(['i', 'we', 'they', 'you']);

const SINGULAR_S_NAMES = new Set(['nations', 'states', 'philippines', 'netherlands', 'emirates', 'islands', 'bahamas', 'maldives', 'seychelles', 'comoros', 'times', 'news', 'affairs', 'xinhua', 'reuters']);

// `Analysts believe`, `Officials say`, `Democrats argue`: a plural subject (the word at `k`).
function pluralSubject(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w || w.punct) return false;
  if (PLURAL_SUBJECTS.has(w.lower)) return true;
  if (!w.lower.endsWith('s') || w.lower.endsWith("'s")) return false;
  // `the United Nations appeal`, `the Philippines`: names in -s that are one body.
  if (w.cap && SINGULAR_S_NAMES.has(w.lower) && (lowerAt(words, k - 1) === 'the' || (!!words[k - 1]?.cap && lowerAt(words, k - 2) === 'the'))) return false;
  return w.cap ? w.lower.length > 3 : SOURCE_NOUNS.has(w.lower) || GROUP_HEADS.has(w.lower) || isPeoplePlural(w.lower);
}

export function isModalBefore(words: Word[], i: number): boolean {
  // (`continue to call on`: a finite verb of continuing carries the base form, as a modal does)
  if (continuedFrom(words, i) >= 0) return true;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = words[k]!.lower;
    if (MODALS.has(w)) return true;
    if (!/ly$/.test(w) && w !== 'also' && w !== 'not' && w !== 'again') return false;
  }
  return false;
}

// `with General Milley and General McKenzie testifying that …`, `Secretary
// Blinken last week recognizing his victory`: a name, then the -ing cue with
// an object or clause.
function namedBefore(words: Word[], i: number): boolean {
  if (!ING_OBJECT_OPENERS.has(lowerAt(words, i + 1))) return false;
  let k = i - 1;
  while (k > 0 && TIME_WORDS.has(words[k]!.lower)) k--;
  const w = words[k];
  return !!w && k > 0 && w.cap && !w.punct && !words[k - 1]!.punct;
}

/** People nouns that, as an object of `welcomed … to`, are guests (`welcomed representatives … to the White House`). */
const GUESTS = new Set(['representatives', 'leaders', 'delegation', 'delegations', 'members', 'owners', 'students', 'guests', 'families', 'veterans', 'athletes', 'champions', 'team', 'teams', 'participants', 'officials', 'ministers', 'counterparts', 'heads']);

// `welcomed President-elect X of Venezuela to the White House`: hosting, not saying.
function isHosting(words: Word[], i: number): boolean {
  const first = words[i + 1];
  if (!first || first.punct) return false;
  if (first.lower === 'to' || first.lower === 'at') return true;
  let person = first.cap;
  for (let k = i + 1; k < words.length && k < i + 16; k++) {
    const w = words[k]!;
    // (`welcomed United States President Joseph R. Biden, Jr., to India`: the commas of a name's suffix)
    if (w.text === ',' && (lowerAt(words, k + 1) === 'jr.' || lowerAt(words, k - 1) === 'jr.')) continue;
    if (w.punct && w.text !== '-') return false;
    if (w.lower === 'that' || /'s$|s'$/.test(w.lower)) return false;
    if (GUESTS.has(w.lower)) person = true;
    if ((w.lower === 'to' || w.lower === 'at') && k > i + 1) {
      const n = words[k + 1];
      return person && !!n && (n.cap || (n.lower === 'the' && !!words[k + 2]?.cap));
    }
  }
  return false;
}

// `asked by George Stephanopoulos was, "…"`: a capitalised agent, a copula, a quotation.
function agentThenQuote(words: Word[], i: number): boolean {
  let k = i + 2;
  while (k < words.length && k < i + 8 && words[k]!.cap) k++;
  if (k === i + 2 || !['was', 'is', 'were', 'being'].includes(lowerAt(words, k))) return false;
  const a = words[k + 1];
  const b = words[k + 2];
  return !!a && ((a.text === ',' || a.text === ':') ? !!b && (b.text === '"' || b.text === '\u201c') : a.text === '"' || a.text === '\u201c');
}

/** Prepositions that open a medium phrase after a cue: `wrote in a letter`, `said on its website`. */
const MEDIUM_OPENERS = new Set(['in', 'on', 'via', 'through']);

/** An -ing cue at word j (`saying`, `urging`, `calling for`): the index of its last word, or -1. */
function ingCueAt(words: Word[], j: number): number {
  const w = words[j];
  if (!w || w.punct) return -1;
  const verb = CUE_VERBS.get(w.lower) ?? PHRASE_VERB_FORMS.get(w.lower);
  if (!verb || verb.tense !== 'ing') return -1;
  const needs = NEEDS_COMPLEMENT.get(verb.lemma);
  if (needs && !needs.includes(lowerAt(words, j + 1))) return -1;
  const phrase = matchPhrase(words, j, verb.lemma);
  if (phrase > 0) return j + phrase;
  return PHRASE_ONLY_LEMMAS.has(verb.lemma) || PHRASE_VERB_FORMS.has(w.lower) ? -1 : j;
}

/** Object pronouns a directive's -ing form takes (`pressing them to`), where a noun could be an adjective's (`pressing issues to tackle`). */
const DIRECTED_PRONOUNS = new Set(['them', 'him', 'her', 'us', 'me', 'you']);

/** A directive (DIRECTIVE_LEMMAS) at word i with its complement: an object and `to`, or the listed word right after it. */
function directiveComplement(words: Word[], i: number, verb: CueVerb): boolean {
  const next = lowerAt(words, i + 1);
  if (DIRECTIVE_LEMMAS.get(verb.lemma)!.includes(next)) return true;
  // (`hard pressed to find`, `pressed to do more`: a passive with no one directed)
  if (lowerAt(words, i - 1) === 'hard' || next === 'to') return false;
  // (a bare `press` is a verb only after a modal or `to`: `continue to press Congress to`, not `the press office to`)
  if (verb.tense === 'base' && !MODALS.has(lowerAt(words, i - 1)) && lowerAt(words, i - 1) !== 'to') return false;
  if (verb.tense === 'ing' && !DIRECTED_PRONOUNS.has(next)) return false;
  for (let j = i + 2; j < words.length && j <= i + 6; j++) {
    const w = words[j]!;
    if (w.punct && w.text !== '-') return false;
    if (w.lower === 'to') return true;
  }
  return false;
}

/** Words after `concluded` that make it the end of an act (`concluded the meeting`, `concluded in 2010`). */
const NOT_AFTER_CONCLUDE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'these', 'those', 'in', 'on', 'at', 'with', 'after', 'before', 'during']);

// `issued a statement saying`, `wrote in a letter urging`, `said on its website, calling on`:
// from word `from`, a medium (a noun of MEDIUM_NOUNS within a few words, with no
// punctuation but one comma before the -ing cue) and then an -ing cue. Returns the
// cue's last word, or -1.
function mediumThenIng(words: Word[], from: number): number {
  for (let k = from; k < words.length && k < from + 5; k++) {
    const w = words[k]!;
    if (w.punct) return -1;
    if (!MEDIUM_NOUNS.has(w.lower)) continue;
    // A short tail after the medium: `a statement on Tuesday saying`.
    for (let j = k + 1; j < words.length && j <= k + 4; j++) {
      const x = words[j]!;
      if (x.text === ',') return ingCueAt(words, j + 1);
      if (x.punct) return -1;
      const end = ingCueAt(words, j);
      if (end >= 0) return end;
    }
    return -1;
  }
  return -1;
}

// `dismissed its judgement as "totally illegal"`: an object of a few words, then `as`.
function objectThenAs(words: Word[], i: number): boolean {
  // (`what he described as …`: the object came before, as `what`)
  if (lowerAt(words, i + 1) === 'as') return lowerAt(words, i - 2) === 'what' || lowerAt(words, i - 3) === 'what';
  for (let k = i + 2; k < words.length && k <= i + 7; k++) {
    const w = words[k]!;
    if (w.lower === 'as') return true;
    if (w.punct && w.text !== '-') return false;
  }
  return false;
}

// From word `from`, an addressee of a few words with no punctuation, then an -ing cue: its last word, or -1.
function addresseeThenIng(words: Word[], from: number): number {
  for (let k = from + 1; k < words.length && k <= from + 5; k++) {
    if (words[k]!.punct) return -1;
    const end = ingCueAt(words, k);
    if (end >= 0) return end;
  }
  return -1;
}

// `The agency quoted the minister as saying`: `quoted` a few words before `as`.
function quotedBefore(words: Word[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 7; k--) {
    const w = words[k]!;
    if (w.punct) return false;
    if (w.lower === 'quoted' || w.lower === 'quotes' || w.lower === 'quoting') return true;
  }
  return false;
}

// `called the attack "an act of pure evil"`: the opening quote within a few words, or -1.
function quoteSoon(words: Word[], i: number): number {
  for (let k = i + 1; k < words.length && k < i + 8; k++) {
    const w = words[k]!;
    if (w.text === '"' || w.text === '\u201c') return k > i + 1 ? k : -1;
    if (w.punct || w.lower === 'that' || w.lower === 'for' || w.lower === 'on' || w.lower === 'upon') return -1;
  }
  return -1;
}

/** Which attributions count: acts of saying (SPEC), or also beliefs (PARC). */
export interface CueOptions {
  beliefs: boolean;
}

/** `STATES`, `US`: a word in capitals. A lower-case ASCII second letter settles it without a new string. */
function allCaps(text: string): boolean {
  const c = text.charCodeAt(1);
  if (c >= 97 && c <= 122) return false;
  return text === text.toUpperCase();
}

/** Words a clause may open with before `to quote X,` or `in the words of X,`. */
const COORDINATORS_BEFORE_SOURCE = new Set(['and', 'but', 'so', 'or', 'yet', 'because', 'for']);

export function findCues(words: Word[], options: CueOptions = { beliefs: false }): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.punct) continue;
    // `by the United States: …`, `some States`: a capitalised word inside a sentence is a name, not a verb
    // (words in capitals, as in headlines and transcript labels, are left to the rules below).
    if (w.cap && i > 0 && !words[i - 1]!.punct && !allCaps(w.text)) continue;
    const lw = w.lower;
    if (lw === 'according' && lowerAt(words, i + 1) === 'to') {
      cues.push({ first: i, last: i + 1, lemma: 'according to', tense: 'ing', according: true });
      i++;
      continue;
    }
    // `To quote Dag Hammarskjold, “…”`, `In the words of Nelson Mandela, …`: the source, then what it said, as
    // after `according to` (a clause opens with them: `And, to quote Mr. Guterres again, these technologies …`).
    if (lw === 'quote' && lowerAt(words, i - 1) === 'to' && (i < 2 || words[i - 2]!.punct || COORDINATORS_BEFORE_SOURCE.has(lowerAt(words, i - 2))) && words[i + 1] && !words[i + 1]!.punct) {
      cues.push({ first: i, last: i, lemma: 'quote', tense: 'base', according: true });
      continue;
    }
    if (lw === 'in' && lowerAt(words, i + 1) === 'the' && lowerAt(words, i + 2) === 'words' && lowerAt(words, i + 3) === 'of' && (i === 0 || words[i - 1]!.punct || COORDINATORS_BEFORE_SOURCE.has(lowerAt(words, i - 1)))) {
      cues.push({ first: i, last: i + 3, lemma: 'in the words of', tense: 'base', according: true });
      i += 3;
      continue;
    }
    // `issued a statement saying`, `put out a statement urging`: the whole phrase is the cue.
    if (ISSUE_VERBS.has(lw) && !DETERMINER_BEFORE.has(lowerAt(words, i - 1)) && !PASSIVE_AUX.has(lowerAt(words, i - 1))) {
      const end = mediumThenIng(words, lowerAt(words, i + 1) === 'out' ? i + 2 : i + 1);
      if (end >= 0) {
        const ing = CUE_VERBS.get(lowerAt(words, end)) ?? CUE_VERBS.get(lowerAt(words, end - 1)) ?? PHRASE_VERB_FORMS.get(lowerAt(words, end - 1)) ?? { lemma: 'say', tense: 'ing' };
        let lemma = ing.lemma;
        for (let k = end; k > i; k--) { const v = CUE_VERBS.get(lowerAt(words, k)) ?? PHRASE_VERB_FORMS.get(lowerAt(words, k)); if (v && v.tense === 'ing') { lemma = v.lemma; break; } }
        cues.push({ first: i, last: end, lemma, tense: lw.endsWith('ing') ? 'ing' : lw.endsWith('s') ? 'present' : 'past', according: false });
        i = end;
        continue;
      }
    }
    // `the agency quoted the minister as saying`: the minister is the speaker.
    if (lw === 'as' && lowerAt(words, i + 1) === 'saying' && lowerAt(words, i - 1) !== 'quoted' && quotedBefore(words, i)) {
      cues.push({ first: i, last: i + 1, lemma: 'say', tense: 'ing', according: false });
      i++;
      continue;
    }
    // `Ressa continued, “Without trust, …”`, `“…,” she continued.`: going on with a quotation is saying more of it
    // (not `continued to grow`, `continued its work`).
    if ((lw === 'continued' || lw === 'continues') && i > 0) {
      const next = words[i + 1];
      const opens = words[i + 2]?.text === '\u201c' || words[i + 2]?.text === '"';
      const forward = (next?.text === ',' || next?.text === ':') && opens;
      const closed = (k: number): boolean => words[k]?.text === '\u201d' || words[k]?.text === '"';
      const inverted = (!next || (next.punct && next.text !== '-')) && (closed(i - 2) || closed(i - 3));
      if (forward || inverted) {
        cues.push({ first: i, last: i, lemma: 'continue', tense: lw === 'continued' ? 'past' : 'present', according: false });
        continue;
      }
    }
    // `called the attack "an act of pure evil"`, `described the talks as "candid"`.
    const naming = NAMING_VERBS.get(lw);
    if (naming && !DETERMINER_BEFORE.has(lowerAt(words, i - 1)) && !PASSIVE_AUX.has(lowerAt(words, i - 1)) && lowerAt(words, i - 1) !== 'to' && !words[i + 1]?.cap) {
      const q = quoteSoon(words, i);
      if (q > 0) {
        cues.push({ first: i, last: i, lemma: naming, tense: lw.endsWith('ing') ? 'ing' : lw.endsWith('s') ? 'present' : 'past', according: false, quoteAt: q });
        continue;
      }
    }
    // `made clear that`, `made public his support`: a saying.
    // (`made it clear that`, `made very clear`, `made it abundantly clear`: `it` and a word of degree between)
    if ((lw === 'made' || lw === 'makes' || lw === 'making' || (lw === 'make' && isModalBefore(words, i))) && lowerAt(words, i - 1) !== 'be' && !PASSIVE_AUX.has(lowerAt(words, i - 1))) {
      let k = i + 1;
      if (lowerAt(words, k) === 'it') k++;
      if (SAYING_INTENSIFIERS.has(lowerAt(words, k)) && lowerAt(words, k) !== 'also') k++;
      const phrase = lowerAt(words, k);
      // (with `it`, what was made clear follows: `that`, a colon, or a clause of its own, not `made it clear over two years.`)
      const follows = k === i + 1 || lowerAt(words, i + 1) !== 'it' || madeItWhat(words, k + 1);
      if (MAKE_PHRASES.has(phrase) && (k === i + 1 || phrase === 'clear' || phrase === 'known') && follows) {
        cues.push({ first: i, last: k, lemma: 'make', tense: lw === 'make' ? 'base' : lw === 'makes' ? 'present' : lw === 'making' ? 'ing' : 'past', according: false });
        i = k;
        continue;
      }
    }
    // `Putin wants to`, `the company plans to`: an intention (the subject is checked by the planner).
    const intent = INTENTION_VERBS.get(lw);
    // (`Japan's plans to release`: after a possessive it is a noun.)
    if (intent && lowerAt(words, i + 1) === 'to' && !lowerAt(words, i - 1).endsWith("'s") && !lowerAt(words, i - 1).endsWith("s'") && !DETERMINER_BEFORE.has(lowerAt(words, i - 1)) && !PASSIVE_AUX.has(lowerAt(words, i - 1))) {
      cues.push({ first: i, last: i, lemma: intent.lemma, tense: intent.tense, according: false, intent: true });
      continue;
    }
    // `has been very clear about`, `was clear in his remarks that`: saying plainly.
    if (SAYING_ADJECTIVES.has(lw)) {
      const said = sayingAdjectiveCue(words, i);
      if (said) {
        cues.push({ first: said.first, last: said.last, lemma: lw, tense: 'past', according: false });
        i = said.last;
        continue;
      }
    }
    // `is confident that`, `were convinced that`: a belief with its holder as subject.
    if (STANCE_ADJECTIVES.has(lw) && lowerAt(words, i + 1) === 'that' && COPULAS.has(lowerAt(words, i - 1)) && i > 1) {
      cues.push({ first: i - 1, last: i, lemma: lw, tense: 'present', according: false });
      i++;
      continue;
    }
    // `was quoted as saying`
    if (lw === 'quoted' && lowerAt(words, i + 1) === 'as' && lowerAt(words, i + 2) === 'saying') {
      cues.push({ first: i, last: i + 2, lemma: 'say', tense: 'past', according: false });
      i += 2;
      continue;
    }
    const verb = CUE_VERBS.get(lw) ?? PHRASE_VERB_FORMS.get(lw);
    // (`went on to condemn the attack and offer a direct warning about …`: a light verb's base form
    // coordinated with an infinitive cue before it.)
    const light = LIGHT_VERBS.get(lw) ?? (LIGHT_BASE_FORMS.has(lw) && coordinatedInfinitive(words, i, cues) ? lw : undefined);
    const needs = verb ? NEEDS_COMPLEMENT.get(verb.lemma) : undefined;
    if (needs && !needs.includes(lowerAt(words, i + 1))) continue;
    if (!verb && !light) continue;
    if (verb && AS_COMPLEMENT.has(verb.lemma) && !objectThenAs(words, i)) continue;
    if (verb && DIRECTIVE_LEMMAS.has(verb.lemma) && !directiveComplement(words, i, verb)) continue;
    // `asked not to be identified`: a request about the report, not a saying; `responded to the criticism`: no content.
    if (verb?.lemma === 'ask' && lowerAt(words, i + 1) === 'not' && lowerAt(words, i + 2) === 'to') continue;
    // `states in writing that`: the manner of a saying, not a saying of its own.
    if (lw === 'writing' && lowerAt(words, i - 1) === 'in') continue;
    // (`have responded resolutely to Russia's clear violations`: an adverb may come between.)
    if (verb && ANSWER_LEMMAS.has(verb.lemma) && (lowerAt(words, i + 1) === 'to' || (lowerAt(words, i + 1).endsWith('ly') && lowerAt(words, i + 2) === 'to'))) continue;
    // `concluded the call by reiterating …`, `concluded an agreement`, `concluded in 2010`: ending something, not
    // a conclusion said (`concluded that …`, `concluded we had acted correctly`, `…, he concluded.`).
    if (verb?.lemma === 'conclude' && NOT_AFTER_CONCLUDE.has(lowerAt(words, i + 1))) continue;
    const prev = lowerAt(words, i - 1);
    // The word before, past adverbs: `was just confirmed` is a passive too.
    let pv = i - 1;
    // (`was very much welcomed by`)
    while (pv > 0 && !words[pv]!.punct && (words[pv]!.lower.endsWith('ly') || words[pv]!.lower === 'just' || words[pv]!.lower === 'also' || words[pv]!.lower === 'not' || words[pv]!.lower === 'much' || words[pv]!.lower === 'very')) pv--;
    const prevAux = lowerAt(words, pv);
    // `as has been emphasized by the Secretary-General, …`, `…, as previously called for by this Assembly.`
    if (verb && verb.tense === 'past' && !AS_AGENT_NOT.has(verb.lemma)) {
      const e = asAgentCueEnd(words, i, verb.lemma);
      if (e >= 0) {
        cues.push({ first: i, last: e, lemma: verb.lemma, tense: 'past', according: false, asAgent: true });
        i = e;
        continue;
      }
    }
    // Adjectives and nouns: `the said agreement`, `a noted scholar`.
    // (`a resolution that declared …`: `that` is a relative pronoun there.)
    // (After a possessive too: `the President's repeated call`, `Iran's stated aim`.)
    // (`was very much welcomed`, `It was widely acknowledged`: after a passive's auxiliary, `much` and `widely` are adverbs of the verb.)
    if ((DETERMINER_BEFORE.has(prev) || (verb?.tense === 'past' && isPossessive(prev))) && !((prev === 'much' || prev.endsWith('ly')) && PASSIVE_AUX.has(prevAux)) && verb?.tense !== 'present' && !(prev === 'that' && DOCUMENTS_BEFORE_THAT.has(lowerAt(words, i - 2)))) continue;
    // Passives: `was told`, `is expected to`; a few say what was said with no
    // speaker (`it was agreed that`, `as has been said …, X`).
    if (PASSIVE_AUX.has(prevAux) && verb?.tense === 'past') {
      const kind = PASSIVE_SAYING.has(verb.lemma) ? passiveKind(words, i) : null;
      if (kind) cues.push({ first: i, last: i, lemma: verb.lemma, tense: 'past', according: false, passive: kind });
      // `This blatant revelation … was repeated by both the Prime Minister and …`: the agent said the subject.
      else if (PASSIVE_AGENT_LEMMAS.has(verb.lemma)) {
        const e = passiveAgentCueEnd(words, i, verb.lemma);
        if (e >= 0) {
          cues.push({ first: i, last: e, lemma: verb.lemma, tense: 'past', according: false, byPassive: true });
          i = e;
        }
      }
      continue;
    }
    // `As stated in the Rio+20 outcome document, …`, `…, as noted in the Secretary-General's report.`: the text
    // named after `in` said it.
    if (prev === 'as' && verb?.tense === 'past' && AS_SOURCE_LEMMAS.has(verb.lemma) && lowerAt(words, i + 1) === 'in' && !SELF_POSSESSIVES.has(lowerAt(words, i + 2))) {
      cues.push({ first: i, last: i, lemma: verb.lemma, tense: 'past', according: false, asAgent: true, asSource: true });
      continue;
    }
    // `as expressed through …`, `as reflected in …`: a participle with no subject.
    if (prev === 'as' && verb?.tense === 'past' && !light) continue;
    if (prev === 'as' && lw === 'expressed') continue;
    // (`continue to call on`, `continues to urge`: the saying goes on, and is reported; see the end)
    if (prev === 'to' && verb?.tense !== 'past' && continuedFrom(words, i) < 0) continue;
    if (lowerAt(words, i + 1) === 'by' && verb?.tense === 'past') {
      if (agentThenQuote(words, i)) cues.push({ first: i, last: i, lemma: verb.lemma, tense: 'past', according: false, byAgent: true });
      continue;
    }
    if (light) {
      const end = matchLight(words, i, light);
      if (end >= 0) {
        cues.push({ first: i, last: end, lemma: light, tense: lw.endsWith('ing') ? 'ing' : 'past', according: false });
        i = end;
        continue;
      }
      // `The President also shared that the United States will …`, `shared the United States will move forward`:
      // sharing a clause is telling it.
      if (light === 'share' && !lw.endsWith('ing') && sharesClause(words, i)) {
        cues.push({ first: i, last: i, lemma: 'share', tense: 'past', according: false });
        continue;
      }
      if (!LIGHT_ALSO_CUE.has(light) && !verb) continue;
    }
    if (!verb) continue;
    // `called today for`, `called, once again, for`, `to call, in 1985, for`, `called on Monday for`: a time set
    // between `call` and `for` leaves the cue whole (and `on Monday` is no one called on).
    if (verb.lemma === 'call' && verb.tense !== 'ing') {
      const forAt = forAfterTimeAside(words, i + 1);
      if (forAt > 0) {
        if (verb.tense === 'base' && !isModalBefore(words, i) && lowerAt(words, i - 1) !== 'to' && !coordinatedInfinitive(words, i, cues)) continue;
        cues.push({ first: i, last: forAt, lemma: 'call', tense: verb.tense, according: false });
        i = forAt;
        continue;
      }
    }
    const phrase = matchPhrase(words, i, verb.lemma);
    // `put it` says something only as a manner of saying: `as Yeats put it`, `put it bluntly:`, not `put it on the table`.
    if (verb.lemma === 'put' && phrase > 0) {
      const after = words[i + 2];
      const manner = !after || after.punct || (after.lower.endsWith('ly') && !after.cap) || PUT_IT_MANNER.has(after.lower);
      if (!manner && prev !== 'as') continue;
      // `put it succinctly and eloquently when he stated: …`: the saying that follows is the statement.
      let k = i + 2;
      while (k < words.length && k < i + 8 && !words[k]!.punct && ((words[k]!.lower.endsWith('ly') && !words[k]!.cap) || words[k]!.lower === 'and' || PUT_IT_MANNER.has(words[k]!.lower))) k++;
      if (words[k]?.lower === 'when' && k > i + 2) continue;
    }
    // `spoke about how he was fighting`, not `something that Biden spoke about quite a bit`: an object must follow.
    if (phrase > 0 && verb.lemma === 'speak' && lowerAt(words, i + phrase) === 'about' && !opensTopic(words[i + phrase + 1])) continue;
    if (phrase > 0) {
      let last = i + phrase;
      // `committed to stay`, `agreed to remain`: the infinitive is content.
      if (lowerAt(words, last) === 'to') {
        const after = words[last + 1];
        if (after && !after.punct && !after.cap && !after.lower.endsWith('ing') && !after.lower.endsWith('ed') && !NP_OPENERS.has(after.lower) && verb.lemma !== 'look' && verb.lemma !== 'speak') last = i;
      }
      // `the richest countries insist on a code of ethics`: a plural subject takes the base form.
      if (verb.tense === 'base' && !isModalBefore(words, i) && !coordinatedInfinitive(words, i, cues) && !(PRESENT_CUE_LEMMAS.has(verb.lemma) && !PHRASE_ONLY_LEMMAS.has(verb.lemma) && pluralSubject(words, pv))) continue;
      if (verb.tense === 'ing' && !ING_LEFT.has(prev) && i > 0 && verb.lemma !== 'look') continue;
      cues.push({ first: i, last, lemma: verb.lemma, tense: verb.tense, according: false });
      i = last;
      continue;
    }
    if (PHRASE_ONLY_LEMMAS.has(verb.lemma) || PHRASE_VERB_FORMS.has(lw)) continue;
    if (!options.beliefs && COGNITION_LEMMAS.has(verb.lemma)) continue;
    if (BELIEF_LEMMAS.has(verb.lemma) && NOT_AFTER_BELIEF.has(lowerAt(words, i + 1))) continue;
    // `he believed then, …`: a state of mind in past narrative, not a report.
    if (BELIEF_LEMMAS.has(verb.lemma) && verb.tense === 'past' && lowerAt(words, i + 1) === 'then') continue;
    // `Ecuador declared war on Germany`: an act.
    if (verb.lemma === 'declare' && DECLARED_ACTS.has(lowerAt(words, i + 1))) continue;
    // `The Assembly will recall that …`, `as you may recall`: a reminder to the listeners, not a report (the saying it
    // recalls, `that President Reagan … said: "…"`, is one of its own).
    if (verb.lemma === 'recall' && verb.tense === 'base' && (isModalBefore(words, i) || (lowerAt(words, i - 1) === 'all' && MODALS.has(lowerAt(words, i - 2))))) continue;
    // `the people of Sierra Leone must congratulate themselves`: praise of oneself is a feeling, no one addressed.
    if (SELF_PRAISE.has(verb.lemma) && REFLEXIVES.has(lowerAt(words, i + 1))) continue;
    if (verb.lemma === 'welcome' && isHosting(words, i)) continue;
    // `He added to the confusion`, `dealers can add the identifier to their profile`: adding a thing, not a remark.
    if (verb.lemma === 'add' && (lowerAt(words, i + 1) === 'to' || (verb.tense === 'base' && ADDED_THINGS.has(lowerAt(words, i + 1))))) continue;
    // (`You heard the President say that …`, `we have heard him say`: after a verb of perception and its object, the
    // bare infinitive reports what the object said.)
    if (verb.tense === 'base' && !isModalBefore(words, i) && !coordinatedInfinitive(words, i, cues) && !pluralSubject(words, pv) && perceivedAt(words, i) < 0) continue;
    if (verb.tense === 'present' && NOUN_LIKE_PRESENT.has(lw)) {
      const next = words[i + 1];
      // `Smith hopes to win back voters`: a named subject's intention (PARC).
      const namedIntent = lw === 'hopes' && next?.lower === 'to' && !!words[i - 1]?.cap && !/'s$|s'$/.test(words[i - 1]!.lower) && !DETERMINER_BEFORE.has(lowerAt(words, i - 2));
      // `Iraq also claims to have fulfilled all its obligations`: a claim about oneself.
      const claimsTo = lw === 'claims' && next?.lower === 'to' && (lowerAt(words, i + 2) === 'have' || lowerAt(words, i + 2) === 'be');
      // `The Preamble states in writing that`: a manner of saying, then the clause.
      const inWriting = next?.lower === 'in' && lowerAt(words, i + 2) === 'writing' && lowerAt(words, i + 3) === 'that';
      if (!next || !(next.lower === 'that' || next.text === ':' || namedIntent || claimsTo || inWriting || opensAsClause(words, i))) continue;
    }
    // (At the sentence start a participle is planned against the main clause: `Noting X, participants reiterated`.)
    const nonFinite = verb.tense === 'ing' && i > 0 && !ING_LEFT.has(prev);
    if (nonFinite && !namedBefore(words, i)) continue;
    // `data from Israel showing that …`: a finding needs a finite verb.
    if (nonFinite && (verb.lemma === 'find' || verb.lemma === 'show')) continue;
    // `wrote in a letter urging`, `said on its website, calling on`: the cue runs to the -ing cue.
    let medium = MEDIUM_OPENERS.has(lowerAt(words, i + 1)) && !nonFinite ? mediumThenIng(words, i + 2) : -1;
    // `wrote to the Senate urging her confirmation`: a letter's addressee, then what it urged.
    if (medium < 0 && verb.lemma === 'write' && lowerAt(words, i + 1) === 'to' && !nonFinite) medium = addresseeThenIng(words, i + 2);
    if (medium >= 0) {
      cues.push({ first: i, last: medium, lemma: verb.lemma, tense: verb.tense, according: false });
      i = medium;
      continue;
    }
    cues.push({ first: i, last: i, lemma: verb.lemma, tense: verb.tense, according: false, ...(nonFinite ? { nonFinite: true } : {}) });
  }
  // `groupings that continue to call on Iraq`, `China continues to urge restraint`: the cue takes in
  // `continue to`, whose tense is the saying's, and its subject is found before it.
  for (const c of cues) {
    const from = continuedFrom(words, c.first);
    if (from < 0) continue;
    const verb = lowerAt(words, from);
    const tense = (CONTINUE_FORMS.get(verb) ?? GO_ON_FORMS.get(verb))!;
    c.first = from;
    c.tense = tense;
  }
  return cues;
}

/**
 * `But as the Secretary-General notes in his report, “…”`: `as` opens the clause a few words
 * before the verb at word i, so `notes` is a verb, not a noun.
 */
function opensAsClause(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const w = words[k]!;
    if (w.punct) return false;
    if (w.lower === 'as') {
      const before = words[k - 1];
      return k + 1 < i && (!before || before.punct || before.lower === 'but' || before.lower === 'and');
    }
  }
  return false;
}

/** The finite verbs of `continue to` and of `go on to`, with the tense each gives the saying. */
const CONTINUE_FORMS: ReadonlyMap<string, Cue['tense']> = new Map([
  ['continue', 'base'], ['continues', 'present'], ['continued', 'past'], ['continuing', 'ing'],
]);
const GO_ON_FORMS: ReadonlyMap<string, Cue['tense']> = new Map([
  ['go', 'base'], ['goes', 'present'], ['went', 'past'], ['going', 'ing'], ['gone', 'past'],
]);

/**
 * `continues to urge`, `goes on to observe` before the verb at word i: the index of
 * `continues` / `goes`, or -1. (`going to say` is a future, not a going on: it needs `on`.)
 */
function continuedFrom(words: Word[], i: number): number {
  // (`went on to unequivocally condemn`: an adverb between `to` and the verb)
  const adverb = words[i - 1] && !words[i - 1]!.punct && words[i - 1]!.lower.length > 4 && words[i - 1]!.lower.endsWith('ly') && words[i - 2]?.lower === 'to';
  if (adverb) i--;
  if (words[i - 1]?.lower !== 'to') return -1;
  const w = words[i - 2]?.lower ?? '';
  if (w === 'on') return GO_ON_FORMS.has(words[i - 3]?.lower ?? '') ? i - 3 : -1;
  return CONTINUE_FORMS.has(w) ? i - 2 : -1;
}

/** After `made it clear`: `that` or a colon later in the sentence (past an addressee), or a clause straight after (`he would`). */
function madeItWhat(words: Word[], from: number): boolean {
  if (CLAUSE_SUBJECTS.has(lowerAt(words, from))) return true;
  for (let j = from; j < words.length && j < from + 20; j++) {
    const w = words[j]!;
    if (w.lower === 'that' || w.text === ':') return true;
    if (w.punct && w.text !== ',' && w.text !== '-') return false;
  }
  return false;
}
