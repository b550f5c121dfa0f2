import { FAMILY_NAMES } from '../lexicon/family-names.js';
import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { MONTHS, WEEKDAYS } from '../lexicon/dates.js';
import { ORG_HEADS } from '../lexicon/organisations.js';
import { PLACE_HEADS, STATE_FORMS } from '../lexicon/places.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { TREATY_HEADS } from '../lexicon/treaty-words.js';
import { detach } from '../strings.js';
import { isStopword } from '../text/normalise.js';

export const GIVEN = new Set(GIVEN_NAMES);
/** Family names of people the corpora name with a title (`President Putin`), for the same name alone. */
export const FAMILY = new Set(FAMILY_NAMES);

/** Capitalised words that open sentences and headlines but never a name. */
const SENTENCE_ADVERBS = new Set([
  'meanwhile', 'however', 'also', 'moreover', 'furthermore', 'additionally', 'today', 'yesterday', 'tomorrow',
  'earlier', 'later', 'last', 'next', 'following', 'according', 'ahead', 'despite', 'amid', 'among', 'although',
  'though', 'since', 'still', 'yet', 'instead', 'thus', 'therefore', 'indeed', 'finally', 'first', 'second',
  'third', 'separately', 'together', 'currently', 'recently', 'previously', 'please', 'thank', 'thanks', 'yes',
  'dear', 'good', 'new', 'read', 'photo', 'file', 'watch', 'related', 'update', 'updated', 'breaking', 'exclusive',
  'readout', 'statement', 'remarks', 'press', 'release', 'background', 'note', 'editor', 'full', 'text',
  'q', 'a', 'question', 'answer', 'ladies', 'gentlemen', 'madam', 'madame', 'excellencies', 'distinguished', 'colleagues', 'friends',
  'whereas', 'let', 'so', 'well', 'now', 'then', 'here', 'there', 'why', 'what', 'who', 'how', 'when', 'where',
  'every', 'each', 'both', 'either', 'neither', 'several', 'many', 'few', 'most', 'some', 'any', 'no', 'not',
  'under', 'over', 'within', 'without', 'across', 'against', 'toward', 'towards', 'upon', 'via', 'per',
  'regarding', 'concerning', 'including', 'following', 'given', 'unlike', 'like', 'whether', 'unless',
]);

/** Collective nouns of diplomacy, capitalised by UN usage (`Member States noted that …`, `States Parties`), never a person's name. */
const COLLECTIVE_BODIES = new Set(['States', 'Member', 'Members', 'Parties', 'Governments', 'Nations', 'Peoples']);

/** Forms of state (`the President of the Republic`): words of a country's name, never of a person's (`State` heads other names too). */
const STATE_FORM_NAMES = new Set([...STATE_FORMS].filter((f) => f !== 'State'));

const FUNCTION_WORD = 1;
const NON_NAME_WORD = 2;
// The entity layers ask these of the same words again and again (a word,
// its neighbours, every candidate span); the answers per word are cached,
// which saved lower-casing and nine set look-ups per question. The lists
// are fixed, so entries never go stale; the bound keeps memory flat.
const CLASS_CACHE_LIMIT = 50_000;
const wordClasses = new Map<string, number>();

function classify(key: string): number {
  const cached = wordClasses.get(key);
  if (cached !== undefined) return cached;
  const lower = key.toLowerCase();
  const functionWord = isStopword(lower) || SENTENCE_ADVERBS.has(lower);
  const nonName =
    functionWord || TITLE_HEADS.has(key) || TITLE_MODIFIERS.has(key) || ORG_HEADS.has(key) || PLACE_HEADS.has(key) ||
    TREATY_HEADS.has(key) || MONTHS.has(key) || WEEKDAYS.has(key) || STATE_FORM_NAMES.has(key) || COLLECTIVE_BODIES.has(key);
  const classes = (functionWord ? FUNCTION_WORD : 0) | (nonName ? NON_NAME_WORD : 0);
  if (wordClasses.size >= CLASS_CACHE_LIMIT) wordClasses.clear();
  wordClasses.set(detach(key), classes);
  return classes;
}

/** `Republic`, `Kingdom`: a form of state, a word of a country's name. */
export function isStateForm(key: string): boolean {
  return STATE_FORM_NAMES.has(key);
}

export function isFunctionWord(key: string): boolean {
  return (classify(key) & FUNCTION_WORD) !== 0;
}

/** Words that can never be part of a person's name. */
export function isNonNameWord(key: string): boolean {
  return (classify(key) & NON_NAME_WORD) !== 0;
}

/** A word in capitals as it is usually written: `PRESIDENT` → `President`. */
export function titleCased(text: string): string {
  return text.length > 1 ? text.charAt(0) + text.slice(1).toLowerCase() : text;
}

/** A word of a title (`President`, `Prime`, `Minister`), given as usually written. */
export function isTitleKey(key: string): boolean {
  return TITLE_HEADS.has(key) || TITLE_MODIFIERS.has(key);
}
