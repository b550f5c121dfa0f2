// Abbreviations the sentence splitter and tokenizer must know. Lower case,
// without the final dot; internal dots kept (`u.s`, `e.g`). Three kinds,
// because a full stop after each kind means something different:

/**
 * Titles and Latin connectives: always followed by more of the same sentence
 * (`Mr. Lavrov`, `Gen. Milley`, `MS. PSAKI:`, `e.g. China`), never a stop.
 */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'prof', 'st', 'mt', 'ft',
  'gen', 'lt', 'col', 'capt', 'cpt', 'cmdr', 'adm', 'maj', 'sgt', 'cpl', 'pvt', 'brig', 'gov', 'govs',
  'sen', 'sens', 'rep', 'reps', 'rev', 'hon', 'amb', 'pres', 'supt', 'insp', 'det', 'atty', 'fr',
  'vs', 'v', 'cf', 'viz', 'e.g', 'i.e', 'approx', 'ca',
];

/**
 * Abbreviations usually followed by a number (`No. 1`, `Jan. 6`, `Art. 51`):
 * not a stop before a digit, a normal word before anything else (`No. Thanks.`).
 */
export const NUMBER_ABBREVIATIONS: readonly string[] = [
  'no', 'nos', 'art', 'arts', 'p', 'pp', 'vol', 'vols', 'ch', 'fig', 'figs', 'para', 'sec', 'sect', 'op', 'nr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/**
 * Abbreviations that can end a sentence as well as sit inside one
 * (`Biden, Jr. spoke`, `the U.S. The`, `at 5 p.m. Then`): a stop only when the
 * next word is a common sentence starter (see SENTENCE_STARTERS). Any other
 * word with internal dots (`D.C.`, `N.A.T.O.`) and single initials
 * (`Joseph R. Biden`) are treated the same way.
 */
export const AMBIGUOUS_ABBREVIATIONS: readonly string[] = [
  'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'bros', 'plc', 'llc', 'etc', 'esq', 'dept', 'govt', 'est', 'edt', 'et al',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'u.s.s.r', 'a.m', 'p.m', 'd.c', 'ph.d', 'n.y', 'l.a',
];

/**
 * Capitalised words that commonly start a sentence and rarely continue a name,
 * so `the U.S. The` splits while `the U.S. President` does not. (Not
 * `First`/`Second`: `U.S. Second Fleet`.)
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'The', 'This', 'That', 'These', 'Those', 'There', 'Then', 'Thus', 'Therefore',
  'He', 'She', 'It', 'We', 'They', 'I', 'You', 'One', 'His', 'Her', 'Its', 'Our', 'Their', 'My', 'Your',
  'A', 'An', 'And', 'But', 'Or', 'So', 'Yet', 'Nor', 'Also', 'However', 'Meanwhile', 'Moreover', 'Furthermore',
  'Additionally', 'Finally', 'Today', 'Yesterday', 'Tomorrow', 'Now', 'Later', 'Earlier',
  'In', 'On', 'At', 'As', 'For', 'From', 'By', 'With', 'Without', 'To', 'Of', 'Over', 'Under', 'After', 'Before',
  'During', 'Since', 'Until', 'While', 'When', 'Where', 'Why', 'How', 'What', 'Who', 'Which', 'Whether', 'If',
  'Although', 'Though', 'Because', 'Despite', 'Both', 'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'Such',
  'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Will', 'Would', 'Can', 'Could', 'Should', 'Has', 'Have', 'Had',
  'Let', 'Please', 'Thank', 'Thanks', 'Not', 'Here', 'Instead', 'Still', 'Again', 'Even', 'Only',
];
