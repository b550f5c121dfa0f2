// Reporting cues: the verbs and phrases that introduce what someone said,
// stated, believed or committed to.
//
// Sources: the communication and "say" verb classes of Levin (1993, English
// Verb Classes and Alternations, classes 37.1–37.7), the attribution cues of
// the PARC 3.0 annotation guidelines (Pareti 2016: speech, belief and intention
// cues, `according to`), and the stance verbs of diplomatic readouts (White
// House readouts 2021–2025, Chinese foreign-ministry releases). Deliberately
// absent: verbs of meeting or talking *with* someone that report no content
// (`discussed`, `reviewed`, `consulted`, `met`, `spoke with`) — a readout's
// `The leaders discussed X` says what was on the table, not what anyone said.

/** Each lemma with its forms: base, 3rd singular, past, past participle, -ing. */
type Forms = readonly [string, string, string, string, string];

function regular(base: string): Forms {
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base.slice(0, -1)}ied`, `${base}ing`];
  if (/(s|sh|ch|x|z)$/.test(base)) return [base, `${base}es`, `${base}ed`, `${base}ed`, `${base}ing`];
  return [base, `${base}s`, `${base}ed`, `${base}ed`, `${base}ing`];
}

/**
 * Verbs of saying: present tense counts too (`Wang says`), as news writing
 * reports speech in the present.
 */
const SPEECH_VERBS: readonly Forms[] = [
  ['say', 'says', 'said', 'said', 'saying'],
  ['tell', 'tells', 'told', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'written', 'writing'],
  ['speak', 'speaks', 'spoke', 'spoken', 'speaking'], // only in phrases, see PHRASES
  ...[
    'add', 'stress', 'note', 'warn', 'state', 'declare', 'claim', 'argue', 'insist', 'assert',
    'explain', 'acknowledge', 'admit', 'concede', 'deny', 'announce', 'reiterate', 'emphasize',
    'emphasise', 'underscore', 'underline', 'affirm', 'reaffirm', 'confirm', 'reveal', 'disclose',
    'report', 'observe', 'remark', 'comment', 'mention', 'indicate', 'predict', 'estimate',
    'believe', 'hope', 'expect', 'fear', 'doubt', 'conclude', 'complain', 'contend', 'allege',
    'testify', 'caution', 'recall', 'reckon', 'suggest', 'propose', 'recommend', 'urge', 'ask',
    'demand', 'request', 'reply', 'respond', 'answer', 'inform', 'remind', 'assure', 'reassure',
    'convey', 'highlight', 'point', 'accuse', 'criticize', 'criticise', 'denounce', 'condemn',
    'praise', 'commend', 'hail', 'laud', 'applaud', 'welcome', 'agree', 'pledge', 'vow', 'promise',
    'threaten', 'cite', 'recognize', 'recognise', 'voice', 'express', 'oppose', 'appeal', 'advise',
    'invite', 'encourage', 'clarify', 'elaborate', 'question', 'blame', 'notify', 'attest', 'thank',
    'congratulate', 'celebrate', 'reinforce', 'raise', 'worry', 'charge', 'maintain', 'proclaim', 'endorse',
    // Readouts' verbs of presenting and backing a position (`outlined his priorities`,
    // `endorsed the declaration`, `advocated for a ceasefire`).
    'outline', 'endorse', 'advocate',
    // `As he had relayed to Israeli leaders`, `relayed his concern`.
    'relay',
    // `The Vice President also recounted how the world has come together`.
    'recount',
    // More of Levin's verbs of saying and of judging aloud (`deplored the attack`, `decried the coup`,
    // `restated its position`, `implored the Council to act`, `speculated that`, `repeated his call`).
    'deplore', 'lament', 'decry', 'lambaste', 'rebuke', 'reprimand', 'chide', 'refute', 'restate', 'reassert',
    'implore', 'exhort', 'retort', 'exclaim', 'speculate', 'confess', 'repeat',
    // `the leaders reconfirmed the importance of the Alliance`: reaffirmed, in readouts and speeches.
    'reconfirm',
    // `the leaders resolved to address together global challenges`: a decision announced (only with `to`).
    'resolve',
    // `She identified how being globally engaged is …`, `identified several proposals to limit corruption`.
    'identify',
    // A forecast by those who make them (`the World Bank projected that the pandemic could push …`): only with `that`.
    'project',
    // Directives, as PARC counts them (`the leaders instructed their teams to …`, `President Biden pressed leaders
    // to think beyond …`, `pressed for a ceasefire`): only with an object and `to`, see DIRECTIVE_LEMMAS.
    'instruct', 'press',
  ].map(regular),
  ['quip', 'quips', 'quipped', 'quipped', 'quipping'],
  // `echoed the President's call`, `echoing concerns that`.
  ['echo', 'echoes', 'echoed', 'echoed', 'echoing'],
  // `the leaders concurred on the need for unity`, `concurred that`.
  ['concur', 'concurs', 'concurred', 'concurred', 'concurring'],
  ['think', 'thinks', 'thought', 'thought', 'thinking'],
  ['slam', 'slams', 'slammed', 'slammed', 'slamming'],
  ['commit', 'commits', 'committed', 'committed', 'committing'],
  // `recommitted to promoting a swift return to democracy`: committed again (only in the phrase, as `commit`).
  ['recommit', 'recommits', 'recommitted', 'recommitted', 'recommitting'],
  ['blast', 'blasts', 'blasted', 'blasted', 'blasting'],
  ['forecast', 'forecasts', 'forecast', 'forecast', 'forecasting'],
  // A study's or an inquiry's findings (PARC): only with a `that` clause, see NEEDS_COMPLEMENT.
  ['find', 'finds', 'found', 'found', 'finding'],
  ['show', 'shows', 'showed', 'shown', 'showing'],
  // `has signaled that he will veto`, `tweeted that`, `tweeted:` (US political news): only with a clause or a colon.
  ['signal', 'signals', 'signaled', 'signaled', 'signaling'],
  ['signal', 'signals', 'signalled', 'signalled', 'signalling'],
  ['tweet', 'tweets', 'tweeted', 'tweeted', 'tweeting'],
  // `bragged about`, `boasted that` (PARC): only with their complement, see NEEDS_COMPLEMENT.
  ['brag', 'brags', 'bragged', 'bragged', 'bragging'],
  ['boast', 'boasts', 'boasted', 'boasted', 'boasting'],
  // `laid out two paths`, `lays out its priorities`: only in the phrase (see PHRASE_CUES).
  ['lay', 'lays', 'laid', 'laid', 'laying'],
  // `pleaded for recognition`, `pleaded with the allies to …`: only in phrases (not `pleaded guilty`).
  ['plead', 'pleads', 'pleaded', 'pleaded', 'pleading'],
  // `dismissed its judgement as "illegal"`: only with `as`, see AS_COMPLEMENT (not `dismissed the case`).
  ['dismiss', 'dismisses', 'dismissed', 'dismissed', 'dismissing'],
  // `described the talks as candid`, `what he described as entrenched criminal infrastructures`: only with `as`.
  ['describe', 'describes', 'described', 'described', 'describing'],
];

/**
 * Verbs whose bare present tense in a readout is the writer's own voice
 * (`The President looks forward to welcoming…`), so only their past and
 * -ing forms are cues.
 */
const PAST_ONLY = new Set([
  'outline', 'endorse', 'advocate', 'relay', 'concur',
  'welcome', 'agree', 'commit', 'recommit', 'praise', 'commend', 'hail', 'laud', 'applaud', 'recognize',
  'recognise', 'invite', 'encourage', 'cite', 'oppose', 'voice', 'express', 'condemn', 'slam',
  'blast', 'denounce', 'criticize', 'criticise', 'accuse', 'blame', 'question', 'answer', 'brief',
  'report', 'point', 'hope', 'expect', 'fear', 'doubt', 'believe', 'think', 'ask', 'request',
  'reply', 'respond', 'appeal', 'advise', 'speak', 'write', 'state', 'promise', 'threaten',
  'convey', 'confirm', 'inform', 'remind', 'assure', 'reassure', 'notify', 'attest', 'mention', 'thank', 'congratulate',
  'observe', 'remark', 'comment', 'recall', 'reckon', 'estimate', 'predict', 'forecast',
  'conclude', 'complain', 'demand', 'propose', 'suggest', 'recommend', 'clarify', 'elaborate',
  'admit', 'concede', 'deny', 'reveal', 'disclose', 'indicate', 'testify', 'caution', 'pledge',
  'vow', 'reaffirm', 'affirm', 'reiterate', 'underscore', 'underline', 'highlight', 'emphasize',
  'emphasise', 'stress', 'urge', 'announce', 'acknowledge', 'celebrate', 'reinforce', 'raise',
  'worry', 'charge', 'maintain',
  'deplore', 'lament', 'decry', 'lambaste', 'rebuke', 'reprimand', 'chide', 'refute', 'restate', 'reassert',
  'implore', 'exhort', 'retort', 'exclaim', 'speculate', 'confess', 'repeat', 'quip', 'echo', 'identify', 'reconfirm',
  'resolve', 'project', 'instruct', 'press',
]);

/** Present-tense forms that do count even in readouts: verbs of plain saying. */
const PRESENT_OK = new Set(['worry', 'charge', 'maintain', 'say', 'tell', 'add', 'note', 'warn', 'argue', 'insist', 'claim', 'write', 'believe', 'think', 'hope', 'expect', 'fear', 'stress', 'urge', 'state', 'declare', 'assert', 'explain', 'contend', 'allege', 'oppose', 'reaffirm', 'reiterate', 'emphasize', 'emphasise', 'underscore', 'announce', 'acknowledge', 'report', 'predict', 'estimate', 'doubt', 'suggest', 'recall', 'propose', 'recommend', 'demand', 'point']);

/**
 * Present forms that are also plural nouns (`member states`, `news reports`,
 * `her notes`): cues only when a `that` clause or a colon follows.
 */
export const NOUN_LIKE_PRESENT = new Set(['states', 'reports', 'notes', 'hopes', 'fears', 'claims', 'demands', 'doubts', 'requests', 'calls', 'proposes', 'points', 'estimates', 'comments', 'remarks', 'answers', 'questions', 'promises', 'pledges', 'warns']);

export interface CueVerb {
  lemma: string;
  /** `past` (said), `present` (says), `ing` (saying), `base` (say: only after a modal). */
  tense: 'past' | 'present' | 'ing' | 'base';
}

/** Word form (lower case) → verb lemma and tense, for single-word cues. */
export const CUE_VERBS: ReadonlyMap<string, CueVerb> = (() => {
  const map = new Map<string, CueVerb>();
  for (const [base, s, past, part, ing] of SPEECH_VERBS) {
    map.set(past, { lemma: base, tense: 'past' });
    if (part !== past) map.set(part, { lemma: base, tense: 'past' });
    map.set(ing, { lemma: base, tense: 'ing' });
    map.set(base, { lemma: base, tense: 'base' });
    if (!PAST_ONLY.has(base) || PRESENT_OK.has(base)) map.set(s, { lemma: base, tense: 'present' });
  }
  // `re-emphasized`, `re-affirmed`: a hyphenated `re-` repeats the act of saying.
  for (const [form, verb] of [...map]) if (!form.startsWith('re')) map.set(`re-${form}`, verb);
  return map;
})();

/** Lemmas whose bare present is a cue (`says`, `insists`): with a plural subject their base form is one too (`countries insist on`). */
export const PRESENT_CUE_LEMMAS: ReadonlySet<string> = new Set(SPEECH_VERBS.filter(([base]) => !PAST_ONLY.has(base) || PRESENT_OK.has(base)).map(([base]) => base));

/** Auxiliaries after which a base form is a verb (`will say`, `did not say`). */
export const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', 'not', "n't", 'never', 'cannot']);

/**
 * Lemmas that are cues only inside a phrase (`spoke highly of`, `pointed out`,
 * `called for`): alone they report no content.
 */
export const PHRASE_ONLY_LEMMAS = new Set(['speak', 'point', 'commit', 'recommit', 'plead', 'lay', 'resolve']);

/**
 * Multi-word cues, as word sequences after the verb form; `*` in the verb
 * position stands for any form of the lemma. Longest match wins.
 */
export const PHRASE_CUES: ReadonlyArray<{ lemma: string; rest: readonly string[]; then?: ReadonlyArray<readonly string[]> }> = [
  { lemma: 'speak', rest: ['highly', 'of'] },
  { lemma: 'speak', rest: ['positively', 'of'] },
  // `spoke about how he was fighting for their release`, `spoke to the importance of …` (readouts).
  { lemma: 'speak', rest: ['about'] },
  // `countries like the PRC speak out on the issue of …`, `spoke out against the coup` (a stance made public).
  { lemma: 'speak', rest: ['out', 'against'] },
  { lemma: 'speak', rest: ['out', 'about'] },
  { lemma: 'speak', rest: ['out', 'on'] },
  { lemma: 'speak', rest: ['out', 'for'] },
  { lemma: 'speak', rest: ['to', 'the', 'importance', 'of'] },
  { lemma: 'speak', rest: ['to', 'the', 'need'] },
  // A topic spoken to: `The Secretary spoke to this again`, `have already spoken to some of these raids`,
  // `Leaders spoke to the imperative and urgency of …`, `spoke to the issue of` (briefings, readouts);
  // `spoke to the governor` is a conversation.
  // (`then`: what must follow, which is the content's start and not part of the cue.)
  {
    lemma: 'speak',
    rest: ['to'],
    then: [['this'], ['that'], ['it'], ['these'], ['those'], ['some', 'of', 'these'], ['some', 'of', 'those'],
      ...['urgency', 'imperative', 'issue', 'issues', 'question', 'fact', 'value', 'threat', 'significance'].map((w) => ['the', w])],
  },
  { lemma: 'concur', rest: ['on'] },
  { lemma: 'point', rest: ['out'] },
  { lemma: 'call', rest: ['for'] },
  { lemma: 'call', rest: ['on'] },
  { lemma: 'call', rest: ['upon'] },
  { lemma: 'look', rest: ['forward', 'to'] },
  { lemma: 'agree', rest: ['on'] },
  // `agreed to the sequence of talks` (a noun phrase; `agreed to meet` keeps `agreed`, see findCues).
  { lemma: 'agree', rest: ['to'] },
  { lemma: 'lay', rest: ['out'] },
  { lemma: 'ask', rest: ['for'] },
  { lemma: 'agree', rest: ['with'] },
  { lemma: 'commit', rest: ['to'] },
  { lemma: 'resolve', rest: ['to'] },
  { lemma: 'commit', rest: ['themselves', 'to'] },
  { lemma: 'commit', rest: ['itself', 'to'] },
  { lemma: 'recommit', rest: ['to'] },
  { lemma: 'recommit', rest: ['themselves', 'to'] },
  { lemma: 'recommit', rest: ['ourselves', 'to'] },
  { lemma: 'express', rest: ['strong', 'opposition', 'to'] },
  { lemma: 'put', rest: ['it'] },
  // A topic or a demand as the object of a preposition: `commented on China's practices`, `insists on an erga omnes implementation`.
  { lemma: 'comment', rest: ['on'] },
  { lemma: 'insist', rest: ['on'] },
  { lemma: 'plead', rest: ['for'] },
  { lemma: 'plead', rest: ['with'] },
  { lemma: 'brag', rest: ['about'] },
  { lemma: 'boast', rest: ['about'] },
  { lemma: 'boast', rest: ['of'] },
  { lemma: 'advocate', rest: ['for'] },
  // `pressed for a ceasefire`, `argues for resilient finance mechanisms`, `argued against the motion`.
  { lemma: 'press', rest: ['for'] },
  { lemma: 'argue', rest: ['for'] },
  { lemma: 'argue', rest: ['against'] },
  // `the President touched upon the subject of …` (a topic, as `spoke about`).
  { lemma: 'touch', rest: ['on'] },
  { lemma: 'touch', rest: ['upon'] },
];

/** Forms of verbs that only form phrase cues (`call for`, `look forward to`). */
export const PHRASE_VERB_FORMS: ReadonlyMap<string, CueVerb> = new Map<string, CueVerb>([
  ['called', { lemma: 'call', tense: 'past' }],
  ['calls', { lemma: 'call', tense: 'present' }],
  ['calling', { lemma: 'call', tense: 'ing' }],
  ['call', { lemma: 'call', tense: 'base' }],
  // `as Yeats put it`, `She put it bluntly: …`
  ['put', { lemma: 'put', tense: 'past' }],
  ['puts', { lemma: 'put', tense: 'present' }],
  ['touched', { lemma: 'touch', tense: 'past' }],
  ['touches', { lemma: 'touch', tense: 'present' }],
  ['touching', { lemma: 'touch', tense: 'ing' }],
  ['looked', { lemma: 'look', tense: 'past' }],
  ['looking', { lemma: 'look', tense: 'ing' }],
]);

/**
 * Light verbs: a cue only with a noun of saying or feeling after them
 * (`expressed their concern about`, `extended condolences to`, `took note of`,
 * `made special reference to`, `offered his full support for`). The cue runs
 * through the noun and its preposition.
 */
export const LIGHT_VERBS: ReadonlyMap<string, string> = new Map([
  ['expressed', 'express'], ['expresses', 'express'], ['expressing', 'express'],
  ['extended', 'extend'], ['extends', 'extend'], ['extending', 'extend'],
  ['offered', 'offer'], ['offering', 'offer'],
  ['voiced', 'voice'], ['voicing', 'voice'],
  ['conveyed', 'convey'], ['conveying', 'convey'],
  ['made', 'make'], ['making', 'make'],
  ['took', 'take'], ['taking', 'take'],
  ['raised', 'raise'], ['raising', 'raise'],
  ['gave', 'give'], ['giving', 'give'],
  ['shared', 'share'], ['sharing', 'share'],
  ['reaffirmed', 'reaffirm'], ['reiterated', 'reiterate'], ['affirmed', 'affirm'],
  ['stated', 'state'], ['stressed', 'stress'],
  // `The Nordic countries noted their appreciation for …`: the noun is part of the cue, as after `expressed`.
  ['noted', 'note'], ['noting', 'note'],
  // `heaped insults on the Boundary Commission`, `heaped praise on`.
  ['heaped', 'heap'], ['heaps', 'heap'], ['heaping', 'heap'],
]);

/** Verbs that are cues on their own too (so a light-verb miss still yields a cue). */
export const LIGHT_ALSO_CUE = new Set(['express', 'convey', 'voice', 'reaffirm', 'reiterate', 'affirm', 'state', 'stress', 'note']);

/** Nouns of saying, feeling and stance that make a light verb a cue. */
export const SPEECH_NOUNS = new Set([
  'concern', 'concerns', 'desire', 'appreciation', 'condolences', 'condolence', 'support',
  'opposition', 'hope', 'hopes', 'gratitude', 'thanks', 'congratulations', 'sympathy',
  'sympathies', 'reference', 'note', 'confidence', 'interest', 'regret', 'satisfaction',
  'willingness', 'readiness', 'view', 'views', 'belief', 'position', 'commitment', 'solidarity',
  'objection', 'objections', 'reservations', 'dissatisfaction', 'disappointment', 'outrage',
  'alarm', 'frustration', 'admiration', 'praise', 'welcome', 'assurance', 'assurances',
  'warning', 'warnings', 'message', 'greetings', 'wishes', 'remarks', 'statement', 'assessment',
  'stance', 'criticism', 'displeasure', 'protest', 'opinion', 'opinions', 'determination',
  'resolve', 'wish', 'sorrow', 'grief', 'doubts', 'doubt', 'fears', 'fear', 'optimism', 'pessimism',
  'skepticism', 'scepticism', 'thought', 'thoughts', 'question', 'questions', 'issue', 'point',
  'enthusiasm', 'excitement', 'pride', 'sadness', 'shock', 'horror', 'anger', 'dismay', 'indignation',
  'respect', 'encouragement', 'endorsement', 'reservation', 'sympathy', 'apologies', 'apology',
  'insults', 'scorn',
  // `made a passionate plea for`, `made the case that`, `offered a proposal for`.
  'plea', 'pleas', 'appeal', 'appeals', 'case', 'argument', 'pitch', 'proposal', 'proposals', 'request',
  'demand', 'demands', 'pledge', 'pledges', 'vow', 'promise', 'promises', 'accusation', 'accusations',
  'allegation', 'allegations', 'complaint', 'complaints', 'suggestion', 'suggestions', 'recommendation',
  'recommendations',
]);

/** Light verbs that need a speech noun to count; the others are cues alone too. */
export const STANCE_NOUN_HEADS_FOR_THAT = new Set(['view', 'views', 'belief', 'position', 'hope', 'hopes', 'confidence', 'concern', 'concerns', 'assessment', 'conviction', 'opinion', 'stance', 'expectation', 'wish', 'case', 'argument', 'point', 'pledge', 'promise']);

/** Prepositions that close a light-verb cue (`…concern about`). */
export const CUE_PREPOSITIONS = new Set(['to', 'for', 'about', 'over', 'at', 'of', 'on', 'with', 'in', 'regarding', 'towards', 'toward']);

/**
 * Verbs that, coordinated after a statement (`…, and discussed X`), start a
 * new clause: they end the content of the cue before them but are no cue.
 */
export const CLAUSE_VERBS = new Set([
  'discussed', 'reviewed', 'consulted', 'met', 'held', 'spoke', 'exchanged', 'accepted', 'updated',
  'coordinated', 'talked', 'visited', 'signed', 'received', 'joined',
  'attended', 'briefed', 'shared', 'asked', 'went', 'explored', 'considered', 'examined',
  'touched', 'focused', 'pledged', 'vowed', 'looked', 'called', 'offered', 'extended', 'expressed',
  'made', 'took', 'raised', 'gave', 'conveyed', 'will', 'would', 'also', 'reflected', 'highlighted',
  'noted', 'reaffirmed', 'reiterated', 'welcomed', 'condemned', 'emphasized', 'underscored', 'stressed',
]);

/** Verbs after whose object a `that` clause is the content (`told reporters that`). */
export const OBJECT_THEN_THAT = new Set([
  'tell', 'inform', 'remind', 'assure', 'reassure', 'warn', 'notify', 'brief', 'convince', 'promise', 'advise', 'ask', 'urge', 'caution', 'write',
]);

/** Verbs whose object takes `of` before the content (`reassured officials of U.S. support`). */
export const OBJECT_THEN_OF = new Set(['reassure', 'assure', 'inform', 'remind', 'notify', 'warn', 'accuse', 'convince']);

/** Verbs that can be inverted after their content: `…, said Wang`. */
/** Documents whose own words a relative `that` reports: `a resolution that declared …`, `a statement that urged …`. */
export const DOCUMENTS_BEFORE_THAT: ReadonlySet<string> = new Set(['resolution', 'resolutions', 'declaration', 'statement', 'communique', 'communiqué', 'report', 'decision', 'letter', 'document', 'treaty', 'agreement', 'convention', 'charter']);

export const INVERTIBLE = new Set(['put', 'say', 'add', 'note', 'stress', 'write', 'explain', 'tell', 'ask', 'insist', 'warn', 'argue', 'claim', 'continue', 'declare', 'state', 'reply', 'respond', 'recall', 'emphasize', 'emphasise', 'conclude', 'comment', 'remark', 'observe', 'announce', 'acknowledge', 'admit', 'concede', 'reiterate', 'believe', 'think', 'suggest', 'predict', 'estimate', 'confirm', 'report', 'allege', 'contend', 'assert', 'caution', 'point', 'underscore', 'urge']);

/** Belief verbs that are no cue before a preposition (`thinks of`, `hope for`, `I think so`). */
export const BELIEF_LEMMAS = new Set(['think', 'believe', 'hope', 'fear', 'expect', 'doubt', 'reckon', 'worry']);
/**
 * Verbs of holding a view, not of saying one (`the President believes she is
 * wrongfully detained`). SPEC counts acts of saying, and the annotators of
 * every gold set here left them out (5 tool statements, none in gold); PARC
 * counts them as attributed beliefs. They are cues only when asked for
 * (`--beliefs`).
 */
export const COGNITION_LEMMAS = new Set(['think', 'believe', 'reckon']);
export const NOT_AFTER_BELIEF = new Set(['of', 'about', 'in', 'for', 'so', 'up', 'through', 'over', 'twice', 'back', 'otherwise', 'not']);

/** Heads after `according to` that are rules, not sources (`according to the plan`). */
export const NOT_SOURCES = new Set(['plan', 'plans', 'schedule', 'law', 'laws', 'rules', 'rule', 'agreement', 'treaty', 'constitution', 'tradition', 'custom', 'script', 'protocol', 'guidelines', 'regulations', 'instructions', 'design', 'needs', 'principle', 'principles', 'procedures', 'procedure', 'standards', 'terms', 'timetable', 'deal', 'contract', 'charter', 'code', 'budget']);

/**
 * Verbs that report a stance only when a person or a group of people does it
 * (`President Biden celebrated the one-year milestone`, `raised opportunities
 * to advance cooperation`, `reinforced the United States' commitment`); with
 * other subjects they are acts (`fans celebrated`, `the bank raised rates`).
 */
export const PERSON_ONLY_LEMMAS = new Set(['celebrate', 'raise', 'reinforce']);

/** Objects after which `raised` is an act, not a topic brought up (`raised rates`, `raised $5 million`). */
export const NOT_RAISED = new Set([
  'prices', 'price', 'rates', 'rate', 'taxes', 'tax', 'tariffs', 'tariff', 'funds', 'money', 'capital',
  'interest', 'flag', 'flags', 'hand', 'hands', 'children', 'child', 'family', 'families', 'awareness',
  'wages', 'salaries', 'fees', 'fares', 'limit', 'ceiling', 'cap', 'level', 'alert', 'stakes', 'troops',
  'army', 'revenue', 'production', 'output', 'ban', 'bar', 'voice', 'voices', 'glass', 'glasses', 'eyebrows',
]);

/** `reinforced` reports a stance only with one of these in its object (`reinforced … commitment`). */
export const REINFORCE_OBJECTS = new Set([
  'commitment', 'commitments', 'support', 'message', 'importance', 'position', 'view', 'views', 'call',
  'resolve', 'determination', 'need', 'opposition', 'stance', 'point', 'case', 'pledge', 'concern', 'concerns',
]);

/** Objects that make `declared` an act, not a saying (`declared war`, `declared independence`). */
export const DECLARED_ACTS = new Set([
  'war', 'independence', 'bankruptcy', 'martial', 'emergency', 'emergencies', 'neutrality', 'sovereignty',
  'ceasefire', 'a', 'an', 'dividend', 'dividends', 'candidacy', 'amnesty', 'curfew', 'holiday',
]);

/** Verbs of praise that, with a reflexive object, praise no one else (`congratulate themselves`, `commend ourselves`). */
export const SELF_PRAISE = new Set(['congratulate', 'commend', 'praise', 'applaud', 'thank']);
export const REFLEXIVES = new Set(['themselves', 'ourselves', 'itself', 'himself', 'herself', 'myself', 'yourselves', 'yourself']);

/** Words that open a clause of its own (`he would`, `there is`, `that …`): where reported content begins or a new clause cuts it. */
export const CLAUSE_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'there', 'that']);

/** `make` + these is a saying (`made clear that`, `made public his support`). */
export const MAKE_PHRASES = new Set(['clear', 'public', 'publicly', 'known']);

/**
 * Nouns of a medium or a venue: a prepositional tail naming one (`in a
 * Washington Post article dated …`, `at a press conference`) says where
 * something was said, not what.
 */
export const MEDIUM_NOUNS = new Set([
  'article', 'articles', 'interview', 'interviews', 'speech', 'speeches', 'statement', 'op-ed', 'oped',
  'letter', 'column', 'editorial', 'tweet', 'tweets', 'post', 'posts', 'remarks', 'address', 'book',
  'essay', 'memoir', 'podcast', 'broadcast', 'video', 'blog', 'newspaper', 'magazine', 'television',
  'radio', 'twitter', 'facebook', 'testimony', 'briefing', 'gaggle', 'readout', 'lecture', 'sermon',
  'website', 'wechat', 'weibo',
]);

/**
 * Verbs that are cues only with the complement that makes them a saying, a
 * belief (PARC): `worried that`, `charged that`, `maintains that` — not
 * `worried about`, `charged with`, `maintained ties`. (Intentions such as
 * `intends to` are left out: in briefings they are the speaker's own plans
 * for the President, which the annotated sets do not count as sayings.)
 */
export const NEEDS_COMPLEMENT: ReadonlyMap<string, readonly string[]> = new Map([
  ['worry', ['that']], ['charge', ['that']], ['maintain', ['that']], ['find', ['that']], ['show', ['that']], ['signal', ['that']], ['tweet', ['that', ':']], ['project', ['that']],
  ['brag', ['that', 'about']], ['boast', ['that', 'about', 'of']],
  // `speculated that`, `confessed to the sabotage`; `repeated his call`, not `repeated harassment`, `repeated attempts`.
  ['speculate', ['that', 'about']], ['confess', ['that', 'to']],
  // (`identified how …`, `identified several proposals`; not `identified the remains`, `identified as`)
  ['identify', ['how', 'that', 'what', 'why', 'several', 'ways', 'areas', 'priorities', 'opportunities', 'steps', 'proposals', 'challenges', 'concerns', 'gaps', 'key']],
  // (`was repeated by both the Prime Minister and …`: a passive with its agent)
  ['repeat', ['that', 'his', 'her', 'their', 'its', 'our', 'the', 'this', 'these', 'calls', 'call', ':', 'what', 'it', 'by']],
]);

/**
 * Verbs of directing someone that are cues only with whom they direct and `to` (`instructed his team to`,
 * `has repeatedly pressed Congress to pass`), or `that` / `for` where listed; not `hard pressed to find`,
 * `the most pressing issues to tackle`, `was instructed in`.
 */
export const DIRECTIVE_LEMMAS: ReadonlyMap<string, readonly string[]> = new Map([
  ['instruct', ['that']],
  ['press', ['for']],
]);

/** Verbs that report a saying only as `X as Y` (`dismissed the report as "fake news"`), not `dismissed the case`. */
export const AS_COMPLEMENT = new Set(['dismiss', 'describe']);

/**
 * Verbs that put out a medium (`issued a statement saying`), and the nouns of
 * that medium: with an -ing cue after them the whole phrase is the cue.
 */
export const ISSUE_VERBS = new Set(['issued', 'issues', 'issuing', 'released', 'releases', 'releasing', 'posted', 'posts', 'posting', 'published', 'publishes', 'publishing', 'sent', 'sends', 'sending', 'put', 'puts', 'gave', 'gives', 'made', 'delivered', 'filed']);

/** Verbs whose object is named and then quoted: `called the attack "an act of pure evil"`. */
export const NAMING_VERBS: ReadonlyMap<string, string> = new Map([
  ['called', 'call'], ['calls', 'call'], ['calling', 'call'],
  ['described', 'describe'], ['describes', 'describe'], ['describing', 'describe'],
  ['dubbed', 'dub'], ['labeled', 'label'], ['labelled', 'label'], ['branded', 'brand'], ['termed', 'term'],
]);

/** `responded to the criticism`, `should reply to the concerns`: answering something, no content. */
export const ANSWER_LEMMAS = new Set(['respond', 'reply', 'answer']);

/** Adjectives of belief after a copula: `is confident that`, `were convinced that`. */
/**
 * Adjectives of saying plainly, after a copula: `The President has been very
 * clear about`, `was quite candid with`, `was clear in his remarks that`
 * (briefings and readouts; annotators count them). Not after an impersonal
 * subject (`It is clear that`).
 */
export const SAYING_ADJECTIVES = new Set(['clear', 'explicit', 'emphatic', 'unequivocal', 'candid', 'direct', 'forthright', 'outspoken', 'vocal', 'blunt', 'frank']);
/** Degree words between the copula and such an adjective. */
export const SAYING_INTENSIFIERS = new Set(['very', 'quite', 'abundantly', 'crystal', 'absolutely', 'extremely', 'also', 'equally', 'perfectly', 'particularly', 'consistently', 'always', 'so', 'really', 'pretty', 'fairly']);
/** Subjects that make `is clear that` a judgement, not someone's saying. */
export const IMPERSONAL_SUBJECTS = new Set(['it', 'this', 'that', 'there', 'what', 'which', 'things', 'everything', 'nothing', 'one', 'picture', 'message', 'evidence', 'answer', 'situation', 'reason', 'goal', 'aim', 'point', 'choice', 'lesson', 'result', 'path', 'way']);

export const STANCE_ADJECTIVES = new Set(['confident', 'convinced', 'concerned', 'worried', 'certain', 'sure', 'optimistic', 'hopeful', 'adamant', 'skeptical', 'sceptical', 'aware']);

/**
 * Verbs of intention (PARC 3.0 counts attributed intentions): `Putin wants to
 * end the war`, `the company plans to cut jobs`. A cue only before `to`, and
 * only with a named subject: a readout's `he wants to` or `the President wants
 * to` is the writer speaking for the principal, which the annotated sets do
 * not count as a statement.
 */
export const INTENTION_VERBS: ReadonlyMap<string, CueVerb> = new Map<string, CueVerb>([
  ['wants', { lemma: 'want', tense: 'present' }], ['wanted', { lemma: 'want', tense: 'past' }],
  ['intends', { lemma: 'intend', tense: 'present' }], ['intended', { lemma: 'intend', tense: 'past' }],
  ['plans', { lemma: 'plan', tense: 'present' }], ['planned', { lemma: 'plan', tense: 'past' }],
]);
