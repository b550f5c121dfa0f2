// Words that name or stand for a speaker, for the statements extractor.
// Sources: English personal pronouns; the collective subjects of diplomatic
// readouts (`the two leaders`, `both sides`, `the ministers`); official
// titles as written in White House and foreign-ministry releases; the
// source nouns of news attribution (PARC 3.0 guidelines: `officials`,
// `analysts`, `the company`).

export const SINGULAR_PRONOUNS = new Set(['he', 'she']);
export const PLURAL_PRONOUNS = new Set(['they']);
/** First and second person: a speaker, but never resolved outside a quote. */
export const OTHER_PRONOUNS = new Set(['i', 'we', 'you', 'it']);

/** Heads of noun phrases that stand for the participants of the meeting as a group. */
export const GROUP_HEADS = new Set([
  'leaders', 'ministers', 'sides', 'presidents', 'parties', 'delegations', 'counterparts',
  'heads', 'principals', 'participants', 'both',
  // (`All affirmed their commitment to negotiations`, after calls with two counterparts)
  'all',
  'secretaries', 'advisors', 'advisers', 'chiefs', 'premiers', 'envoys', 'negotiators',
]);

/** Titles and honorifics: not part of a person's name, but a title alone can be a speaker. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'chancellor', 'secretary', 'general', 'state',
  'councilor', 'councillor', 'foreign', 'defense', 'defence', 'national', 'security', 'advisor',
  'adviser', 'deputy', 'principal', 'assistant', 'under', 'king', 'queen', 'prince', 'princess',
  'emperor', 'sultan', 'emir', 'amir', 'sheikh', 'taoiseach', 'tánaiste', 'majesty', 'his', 'her', 'highness', 'excellency',
  'premier', 'chairman', 'chairwoman', 'chair', 'chairperson', 'chief', 'commander', 'ambassador',
  'envoy', 'special', 'spokesperson', 'spokesman', 'spokeswoman', 'senator', 'sen.', 'governor',
  'gov.', 'mayor', 'representative', 'rep.', 'speaker', 'leader', 'director', 'administrator',
  'head', 'mr.', 'mrs.', 'ms.', 'dr.', 'gen.', 'general', 'admiral', 'adm.', 'lt.', 'col.',
  'colonel', 'captain', 'pope', 'cardinal', 'archbishop', 'justice', 'judge', 'attorney',
  'first', 'lady', 'senior', 'executive', 'high', 'commissioner', 'coordinator', 'counselor',
  'counsellor', 'press', 'officer', 'official', 'members', 'member', 'congressman',
  'congresswoman', 'lawmaker', 'of', 'and', 'the', 'for', 'affairs', 'staff', 'joint', 'chiefs',
  'deputy', 'acting', 'former', 'commission', 'council', 'european', 'treasury', 'commerce',
  'homeland', 'energy', 'health', 'education', 'labor', 'agriculture', 'interior', 'transportation',
  'armed', 'forces', 'office', 'chief-of-staff', 'crown', 'royal', 'elect', 'president-elect',
]);

/** Modifiers that make a different title (`Vice President` is not `President`). */
export const TITLE_MODIFIERS = new Set(['vice', 'deputy', 'assistant', 'under', 'principal', 'acting', 'former', 'lieutenant', 'lt.', 'prime', 'first']);

/** Heads that can be the title of one person (`the President`, `the Chancellor`). */
export const TITLE_HEADS = new Set([
  'president', 'minister', 'chancellor', 'secretary', 'king', 'queen', 'prince', 'emperor', 'sultan',
  'emir', 'amir', 'sheikh', 'taoiseach', 'tánaiste', 'premier', 'chairman', 'chairwoman', 'chair', 'ambassador', 'envoy', 'governor', 'mayor',
  'speaker', 'senator', 'pope', 'advisor', 'adviser', 'councilor', 'councillor', 'general', 'majesty',
  'highness', 'director', 'commissioner', 'spokesperson', 'spokesman', 'spokeswoman', 'leader',
  'administrator', 'coordinator', 'counselor', 'counsellor', 'commander', 'chief',
]);

/** Nouns that can head an unnamed (or institutional) source: `a spokesperson said`. */
/**
 * Collective and institutional subjects of UN speeches and readouts (`the international community has urged`,
 * `That decision demanded`, `our mothers and fathers said`). Sources only after a determiner: a bare
 * `decision` or `meeting` before a verb is mostly part of a longer phrase.
 */
/** People before us: `our mothers and fathers said` is no first-person voice. */
export const FOREBEARS: ReadonlySet<string> = new Set([
  'mothers', 'fathers', 'forefathers', 'foremothers', 'ancestors', 'founders', 'predecessors', 'parents', 'grandparents', 'elders',
]);

export const COLLECTIVE_SOURCES: ReadonlySet<string> = new Set([
  'community', 'communities', 'decision', 'decisions', 'opposition', 'groupings', 'body', 'bodies',
  'institutions', 'public', 'donors', 'mothers', 'fathers', 'forefathers', 'ancestors', 'founders', 'summit',
  'conference', 'meeting', 'assembly', 'alliance', 'coalition', 'movement', 'society',
]);

/**
 * Texts that say something (`as stated in the Charter`, `as noted in the Secretary-General's report`): the head of
 * a source named after `as stated in`.
 */
export const TEXT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'reports', 'document', 'declaration', 'resolution', 'resolutions', 'communiqué', 'communique', 'statement',
  'charter', 'convention', 'preamble', 'article', 'articles', 'paragraph', 'agenda', 'treaty', 'conclusions', 'study',
  'constitution', 'decision', 'compact', 'protocol', 'pact', 'accord', 'agreement', 'principles', 'goal', 'consensus',
  'covenant', 'outcome', 'letter', 'message', 'speech', 'address', 'strategy', 'plan', 'deal', 'law', 'bill', 'text',
]);

/** What a text does as the subject of a cue: `The deal says …`, `the agreement states …`, `the Act declares …`. */
export const TEXT_CUE_LEMMAS: ReadonlySet<string> = new Set(['say', 'state', 'declare']);

/** What `says` takes when a thing reveals rather than states (`accord says a lot`, `says much about us`). */
export const FIGURATIVE_OBJECTS: ReadonlySet<string> = new Set(['a', 'much', 'something', 'volumes', 'nothing', 'little', 'more']);

export const SOURCE_NOUNS = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'official', 'officials', 'source',
  'sources', 'ministry', 'ministries', 'department', 'government', 'governments', 'administration',
  'side', 'sides', 'analyst', 'analysts', 'expert', 'experts', 'observer', 'observers', 'statement',
  'report', 'reports', 'study', 'survey', 'poll', 'data', 'figures', 'agency', 'agencies',
  'company', 'companies', 'firm', 'group', 'committee', 'commission', 'council', 'court', 'judge',
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'prosecutor', 'prosecutors', 'police',
  'spokesperson', 'diplomat', 'diplomats', 'embassy', 'consulate', 'office', 'white', 'house',
  'leader', 'leaders', 'minister', 'ministers', 'president', 'presidents', 'representative',
  'representatives', 'delegation', 'delegations', 'country', 'countries', 'nation', 'nations',
  'state', 'states', 'people', 'residents', 'critics', 'supporters', 'opponents', 'economists',
  'investors', 'traders', 'executives', 'executive', 'managers', 'manager', 'researchers',
  'scientists', 'authorities', 'authority', 'military', 'army', 'party', 'parties', 'union',
  'bank', 'banks', 'board', 'newspaper', 'paper', 'magazine', 'editorial', 'article', 'media',
  'outlet', 'outlets', 'broadcaster', 'agency', 'communique', 'communiqué', 'declaration',
  'readout', 'letter', 'document', 'documents', 'filing', 'resolution', 'lawmakers', 'lawmaker',
  'senators', 'senator', 'congressman', 'congresswoman', 'members', 'member', 'voters', 'aides',
  'aide', 'advisers', 'adviser', 'advisors', 'advisor', 'negotiators', 'participants', 'partners',
  'counterparts', 'counterpart', 'secretary', 'chancellor', 'premier', 'chairman', 'chief', 'head',
  'heads', 'ambassador', 'envoy', 'governor', 'mayor', 'king', 'queen', 'both', 'all', 'others',
  'some', 'many', 'most', 'everyone', 'nobody', 'one', 'someone', 'somebody', 'anyone', 'anybody', 'everybody', 'team', 'campaign', 'organization',
  'organisation', 'organizations', 'institute', 'foundation', 'spokespersons', 'man', 'woman',
  'men', 'women', 'person', 'witness', 'witnesses', 'citizens', 'activists', 'protesters',
  'workers', 'students', 'teachers', 'doctors', 'families', 'family', 'friends', 'colleagues',
  'republicans', 'democrats', 'conservatives', 'liberals', 'legislators', 'legislature',
  'congress', 'senate', 'parliament', 'cabinet', 'regime', 'authorities', 'forces', 'troops',
  'chair', 'director', 'directors', 'commissioner', 'secretariat', 'councilor', 'press',
  'secretary-general', 'general', 'journalists', 'reporters', 'correspondent', 'columnist',
  'writer', 'author', 'authors', 'commentators', 'commentator', 'experts', 'scholars', 'scholar',
  ...COLLECTIVE_SOURCES,
  'professor', 'economist', 'strategist', 'strategists', 'insiders', 'bureau', 'service',
  // Numbers that speak for those who made them (`According to estimates, …`, `according to the latest statistics`).
  'estimates', 'statistics', 'forecasts', 'projections', 'studies', 'surveys', 'assessments',
  // Kin who speak for someone (`according to his father`, `the victim's mother told reporters`).
  'father', 'mother', 'brother', 'sister', 'wife', 'husband', 'son', 'daughter', 'widow', 'relatives',
  'website', 'post', 'times', 'journal', 'daily', 'xinhua', 'tass', 'reuters', 'spokes',
  'delegates', 'attendees', 'representatives', 'allies', 'organizers', 'organisers',
  'pollsters', 'advocates', 'campaigners', 'officials', 'aides', 'donors', 'candidates', 'candidate',
]);

// Plural nouns in these endings that name things, not people (`the numbers show`, `its borders`).
const THING_PLURALS = new Set([
  'numbers', 'matters', 'orders', 'borders', 'centers', 'centres', 'letters', 'powers', 'waters', 'papers', 'answers',
  'chapters', 'meters', 'layers', 'barriers', 'offers', 'quarters', 'headquarters', 'towers', 'rivers', 'shelters',
  'containers', 'computers', 'filters', 'factors', 'sectors', 'errors', 'corridors', 'doors', 'floors', 'colors',
  'colours', 'vectors', 'motors', 'indicators', 'reactors', 'tractors', 'monitors', 'others', 'remainders', 'disasters',
  'characters', 'dangers', 'registers', 'clusters', 'corners', 'banners', 'markers', 'transfers',
]);

/**
 * `Two judges said`, `the arbitrators have confirmed`, `physicians warned`: a plural noun
 * of people by what they do (-ors, -ers, -ists, -ians, -eers), beyond SOURCE_NOUNS.
 */
export function isPeoplePlural(lower: string): boolean {
  if (lower.length < 6 || THING_PLURALS.has(lower)) return false;
  return lower.endsWith('ors') || lower.endsWith('ers') || lower.endsWith('ists') || lower.endsWith('ians') || lower === 'judges';
}

/** `all those present expressed …`: a participle or adjective that heads a group after `those`. */
export const THOSE_HEADS = new Set(['present', 'attending', 'gathered', 'assembled', 'involved', 'concerned']);

/** Words skipped between a subject and its cue: `Lavrov also expressed`, `has said`. */
export const SKIP_BEFORE_CUE = new Set([
  'also', 'further', 'jointly', 'both', 'all', 'personally', 'very', 'quite', 'really', 'finally', 'again', 'repeatedly',
  'once', 'strongly', 'firmly', 'explicitly', 'publicly', 'reportedly', 'recently', 'previously',
  'earlier', 'later', 'then', 'today', 'yesterday', 'has', 'have', 'had', 'had', 'was', 'is',
  'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'do', 'not',
  "n't", 'never', 'each', 'separately', 'respectively', 'too', 'likewise', 'similarly', 'in',
  'turn', 'first', 'subsequently', 'additionally', 'moreover', 'meanwhile', 'however', 'still',
  'just', 'already', 'even', 'clearly', 'once', 'always', 'often', 'long', 'specifically',
  'particularly', 'especially', 'directly', 'privately', 'openly', 'frankly', 'warmly', 'highly',
  'fully', 'reportedly', 'allegedly', 'apparently', 'flatly', 'sharply', 'bluntly', 'specially',
  'now', 'reiteratively', 'together', 'mutually', 'unanimously', 'both,', 'as', 'well',
  'nevertheless', 'nonetheless', 'thus', 'therefore', 'accordingly', 'consequently',
  // (`The Secretary-General himself has said`, `the highest French authorities have themselves affirmed`: 47 in the corpora)
  'himself', 'herself', 'itself', 'themselves',
]);

/** Determiners and quantifiers that can open a speaker phrase. */
/** Possessive determiners: `their leaders`, `in his remarks`. */
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'both', 'all', 'each', 'some', 'many', 'most', 'several', 'other', 'another', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
]);

/** Lower-case modifiers inside a source phrase: `a senior official`, `the Chinese side`. */
export const SOURCE_MODIFIERS = new Set([
  'latest', 'recent', 'preliminary', 'available',
  'senior', 'same', 'entire', 'whole', 'top', 'unnamed', 'anonymous', 'local', 'high-ranking', 'ranking', 'leading', 'western',
  'state-run', 'state-owned', 'independent', 'regional', 'international', 'federal', 'outside',
  'visiting', 'new', 'current', 'respective', 'relevant', 'competent', 'concerned', 'defense',
  'foreign', 'military', 'government', 'administration', 'intelligence', 'police', 'press',
  'health', 'election', 'industry', 'financial', 'public', 'private', 'veteran', 'other', 'u.s.',
  'two', 'three', 'both', 'chinese', 'american', 'russian',
]);

/**
 * Words that open a sentence but never a speaker (`Today, …`, `In addition, …`),
 * and the prepositions and conjunctions that end a speaker phrase.
 */
export const NOT_IN_SPEAKER = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'following', 'today', 'tonight', 'meanwhile',
  'however', 'also', 'and', 'but', 'while', 'since', 'as', 'with', 'without', 'for', 'from', 'by',
  'to', 'ahead', 'under', 'over', 'amid', 'amidst', 'despite', 'although', 'though', 'when',
  'where', 'if', 'yesterday', 'then', 'moreover', 'earlier', 'later', 'there', 'here', 'it',
  'this', 'that', 'these', 'those', 'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'so',
  'thus', 'therefore', 'furthermore', 'additionally', 'finally', 'first', 'second', 'third',
  'lastly', 'last', 'next', 'now', 'still', 'yet', 'again', 'instead', 'indeed', 'separately',
  'likewise', 'similarly', 'according', 'about', 'against', 'among', 'around', 'because',
  'between', 'into', 'through', 'throughout', 'toward', 'towards', 'upon', 'via', 'within',
  'beyond', 'regarding', 'concerning', 'alongside', 'across', 'along', 'behind', 'beneath', 'beside',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'q', 'a', 'an', 'the', 'not', 'no', 'yes', 'well', 'just', 'once',
  'or', 'nor', 'either', 'neither', 'further', 'besides', 'until', 'unless', 'whether', 'once',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'i', 'we', 'you', 'our',
  'us', 'me', 'my', 'your', 'his', 'her', 'their', 'its', 'of', 'all', 'both', 'each', 'every',
  'some', 'any', 'many', 'much', 'more', 'most', 'other', 'such', 'only', 'even', 'very', 'too',
]);

/**
 * Nouns that a number follows in the name of a document or of one of its parts
 * (`Security Council resolution 242 (1967)`, `Article 4.15`, `section 3`): such
 * a phrase can be a speaker (`resolution 242 … emphasized`, `Article 4.15 states`).
 */
export const NUMBERED_DOCUMENT_HEADS = new Set(['resolution', 'resolutions', 'article', 'articles', 'section', 'paragraph', 'clause', 'chapter', 'rule', 'decision', 'protocol', 'annex', 'unscr']);

/** Of those, the parts of a document: `Article 4.15` alone speaks for the treaty last named. */
export const DOCUMENT_PART_HEADS = new Set(['article', 'articles', 'section', 'paragraph', 'clause', 'chapter', 'annex', 'preamble']);

/**
 * Presidents of the United States since 1945 (public record: the White House's list
 * of presidents), surname → given names. In American news and government releases
 * `the President`, bare, is the US president even where the text quotes another
 * president more (a briefing on Erdoğan or Zelenskyy): personWithTitle (statements/participants.ts)
 * prefers a holder of the title who is on this list.
 */
export const US_PRESIDENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['truman', ['harry']], ['eisenhower', ['dwight']], ['kennedy', ['john']], ['johnson', ['lyndon']],
  ['nixon', ['richard']], ['ford', ['gerald']], ['carter', ['jimmy', 'james']], ['reagan', ['ronald']],
  ['bush', ['george']], ['clinton', ['bill', 'william']], ['obama', ['barack']], ['trump', ['donald']],
  ['biden', ['joe', 'joseph']],
]);
