import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { MONTHS, WEEKDAYS } from '../lexicon/dates.js';
import { ORG_HEADS } from '../lexicon/organisations.js';
import { PLACE_HEADS } from '../lexicon/places.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { TREATY_HEADS } from '../lexicon/treaty-words.js';
import { isStopword } from '../text/normalise.js';

export const GIVEN = new Set(GIVEN_NAMES);

/** Capitalised words that open sentences and headlines but never a name. */
const SENTENCE_ADVERBS = new Set([
  'meanwhile', 'however', 'also', 'moreover', 'furthermore', 'additionally', 'today', 'yesterday', 'tomorrow',
  'earlier', 'later', 'last', 'next', 'following', 'according', 'ahead', 'despite', 'amid', 'among', 'although',
  'though', 'since', 'still', 'yet', 'instead', 'thus', 'therefore', 'indeed', 'finally', 'first', 'second',
  'third', 'separately', 'together', 'currently', 'recently', 'previously', 'please', 'thank', 'thanks', 'yes',
  'dear', 'good', 'new', 'read', 'photo', 'file', 'watch', 'related', 'update', 'updated', 'breaking', 'exclusive',
  'readout', 'statement', 'remarks', 'press', 'release', 'background', 'note', 'editor', 'full', 'text',
  'q', 'a', 'question', 'answer', 'ladies', 'gentlemen', 'excellencies', 'distinguished', 'colleagues', 'friends',
  'whereas', 'let', 'so', 'well', 'now', 'then', 'here', 'there', 'why', 'what', 'who', 'how', 'when', 'where',
  'every', 'each', 'both', 'either', 'neither', 'several', 'many', 'few', 'most', 'some', 'any', 'no', 'not',
  'under', 'over', 'within', 'without', 'across', 'against', 'toward', 'towards', 'upon', 'via', 'per',
  'regarding', 'concerning', 'including', 'following', 'given', 'unlike', 'like', 'whether', 'unless',
]);

export function isFunctionWord(key: string): boolean {
  const lower = key.toLowerCase();
  return isStopword(lower) || SENTENCE_ADVERBS.has(lower);
}

/** Words that can never be part of a person's name. */
export function isNonNameWord(key: string): boolean {
  return (
    TITLE_HEADS.has(key) || TITLE_MODIFIERS.has(key) || ORG_HEADS.has(key) || PLACE_HEADS.has(key) ||
    TREATY_HEADS.has(key) || MONTHS.has(key) || WEEKDAYS.has(key) || isFunctionWord(key)
  );
}
