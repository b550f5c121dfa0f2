// No regular expression in src/ backtracks catastrophically (issue 6).
//
// 1. An inventory: every regex literal and `new RegExp` in src/ (found with
//    the TypeScript parser, so none is missed) must belong to a family below.
//    A new pattern fails this test until it is given a family and a worst input.
// 2. Each family's code path runs on 1 MB of its worst input: long runs of the
//    characters its quantifiers contend for. Each case must finish in
//    LIMIT_MS. The work runs in a child process over the compiled dist/ (npm
//    test builds it first), because a regex that backtracks cannot be
//    interrupted in-process: the child is killed KILL_MS after a case starts.
//    A catastrophic pattern such as /(a+)+b/ (exponential) or /\s+$/ on 1 MB
//    of spaces and an `x` (quadratic: hours) goes far past either limit.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = pathToFileURL(join(root, 'dist')).href + '/';
/** Wall-clock limit for one case on 1 MB: generous, as machines are shared (the slowest linear case, 1 MB of curly quotes through the tokenizer, took 1.7 s at load 8 on 2 cores); a quadratic pattern takes minutes to hours on 1 MB. */
const LIMIT_MS = 3_000;
/** The child is killed this long after a case starts. */
const KILL_MS = 3 * LIMIT_MS;

interface Case {
  /** What the input is, for the report. */
  label: string;
  /** JS expression (run in the child) building the input; `fill(unit, n = 1 MB)` repeats a unit. */
  input: string;
  /** JS expression run before the clock starts (analysis the code path needs); it sees `input`. */
  setup?: string;
  /** JS expression timed; it sees `input` and `s` (the setup result) and returns something countable. */
  run: string;
}

interface Family {
  name: string;
  /** The patterns, as written in src/. */
  patterns: RegExp[];
  /** Files whose `new RegExp(...)` belong here. */
  dynamic?: string[];
  cases: Case[];
  /** A known catastrophic family: the test expects it to fail until it is fixed, then flip it to a plain `it`. */
  knownSlow?: string;
}

// Every pattern in src/, by family. Comments say why a family is linear or
// where its risk is.
const FAMILIES: Family[] = [
  {
    // One quantifier over a class with nothing after it: linear, but they see whole texts and terms.
    name: 'whitespace runs (split, collapse)',
    patterns: [/\s+/g, /\s+/, /^ /, /\s/, /-\r?\n(?=\S)/g],
    cases: [
      { label: 'names broken after hyphens: 1 MB of `Non-` and line breaks', input: "'the ' + fill('Non-\\nAligned ') + 'Movement'", setup: 'analysed(input)', run: 'extractMentions(s.doc, s.sentences, s.tokens).length' },
      { label: 'header tags: 1 MB of spaces and tabs', input: "'date 2020-01-01 a' + fill(' \\t') + 'b\\n\\nbody'", run: "parseDocument({ id: 'x', text: input }).tags.length" },
      { label: 'kwic term: 1 MB of spaces', input: "'a' + fill(' ') + 'b'", run: 'termFinder(input)(input, 0, []).length' },
      { label: 'kwic context: 1 MB of spaces and newlines', input: "fill(' \\n')", run: 'leftContext(input, 0, input.length, 40).length + rightContext(input, 0, input.length, 40).length' },
      { label: 'speaker filter: 1 MB of spaces', input: "'a' + fill(' ') + 'b'", run: "cueMatches(input, input) ? 1 : 0" },
    ],
  },
  {
    // `\n\s*\n` and `:\s*$` start only at a newline or colon, `\S\s+\S` only at a non-space: one scan of each run.
    name: 'blank lines, line ends and gaps (statements, participants)',
    // participants.ts `([A-Za-z]+\.?)\s+$` would be quadratic on a long word, but it only sees the 12 characters before a name.
    patterns: [/\n\s*\n/, /:\s*$/, /\S\s+\S/, /\S/, /[.?!;]|\n\s*\n/, /[.?!\u2026]/, /[A-Za-z.\-]/, /[A-Za-z.]/, /^\r?\n\p{L}/u, /([A-Za-z]+\.?)\s+$/],
    cases: [
      { label: 'participant list then 1 MB of blank lines', input: "'Participants in the call included:' + fill('\\n \\t') + 'x.'", setup: 'mentioned(input)', run: 'extractStatements(s.doc, s.sentences, s.tokens, s.mentions).length' },
      { label: 'colon, 1 MB of spaces, a word', input: "'The following joined by phone:' + fill(' ') + 'x'", setup: 'mentioned(input)', run: 'extractStatements(s.doc, s.sentences, s.tokens, s.mentions).length' },
      { label: 'quotes split by 1 MB of blank lines', input: "'\"A,\" ' + fill('\\n \\n') + ' \"B.\" he said.'", setup: 'mentioned(input)', run: 'extractStatements(s.doc, s.sentences, s.tokens, s.mentions).length' },
    ],
  },
  {
    // content.ts trims the ends of a span with character loops (a `[…]+$` regex was quadratic on long runs);
    // `^that\s` is anchored at the start: one try.
    name: 'quote content trimming (statements/content.ts)',
    patterns: [/^that\s/i],
    cases: [
      { label: 'span: a word, 1 MB of spaces, a word', input: "'x' + fill(' ') + 'y'", run: 'trimSpan(input, 0, input.length)[1]' },
      { label: 'span: 1 MB of . , ; : then a word', input: "'x' + fill('.,;: ') + 'y'", run: 'trimSpan(input, 0, input.length)[1]' },
      { label: 'span: " and" 250,000 times then a word', input: "'x' + fill(' and') + 'y'", run: 'trimSpan(input, 0, input.length)[1]' },
      { label: 'span: ending in " and" 250,000 times', input: "'x' + fill(' and')", run: 'trimSpan(input, 0, input.length)[1]' },
      { label: 'span: 1 MB of leading , : ; dashes', input: "fill(',:;\\u2014 ') + 'x'", run: 'trimSpan(input, 0, input.length)[0]' },
      { label: 'statement: a quote of 1 MB of spaces', input: "'\"x' + fill(' ') + 'y,\" he said.'", setup: 'mentioned(input)', run: 'extractStatements(s.doc, s.sentences, s.tokens, s.mentions).length' },
    ],
  },
  {
    // Anchored at the start of the text, one pass: no retry at other offsets.
    name: 'document header (document.ts)',
    patterns: [
      /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2}|\d{4}|unknown)(?=[ \t]|\r?\n|$)([^\r\n]*)(\r?\n|$)/,
      /^[ \t]*(\r?\n|$)/,
      /^(\d{4})-(\d{2})-(\d{2})/,
      /^\d{4}$/,
      /^\uFEFF/,
    ],
    cases: [
      { label: '1 MB of spaces and tabs before "date"', input: "fill(' \\t') + 'date 2020-01-01'", run: 'parseDocument({ id: "x", text: input }).bodyStart' },
      { label: '"date" then 1 MB of spaces and tabs', input: "'date' + fill(' \\t') + 'x'", run: 'parseDocument({ id: "x", text: input }).bodyStart' },
      { label: 'header then 1 MB of blank space, no newline', input: "'date 2020-01-01\\n' + fill(' \\t')", run: 'parseDocument({ id: "x", text: input }).bodyStart' },
      { label: 'a 1 MB date of digits and dashes', input: "fill('2020-')", run: 'String(normaliseDate(input)).length' },
    ],
  },
  {
    // Tested per word; anchored both ends, and each `(?:[A-Za-z]\.)` step is forced, so one linear pass a word.
    name: 'initials, acronyms and abbreviations (entities)',
    patterns: [
      /^(?:[A-Za-z]\.){2,}$|^(?:[A-Za-z]\.)+[A-Za-z]\.?$/,
      /^[A-Z]\.$/,
      /^(?:[A-Za-z]\.?|[A-Z][a-z]?\.)$/,
      /^[A-Z]{2}$/, /^[A-Z]{1,6}$/,
      /^[A-Z.]+$/,
      /^[A-Z]+$/,
      /^[A-Z][A-Za-z0-9.&-]{1,9}$/,
      /[A-Z].*[A-Z0-9]/,
      /[^A-Z]/g,
      /^[A-Z][A-Za-z]{0,3}\.$/,
      /^(?:MR|MS|MRS|DR)\.$/,
      /^(?:UN|U\.N\.) (.+)$/,
      /^(General Assembly|Security Council)$/,
      /\u2019/g,
      /\./g,
    ],
    cases: [
      { label: '1 MB of a.a.a.', input: "fill('a.')", setup: 'analysed(input)', run: 'extractMentions(s.doc, s.sentences, s.tokens).length' },
      { label: '1 MB of A.A.A. then x', input: "fill('A.') + 'x'", setup: 'analysed(input)', run: 'extractMentions(s.doc, s.sentences, s.tokens).length' },
      { label: '1 MB of capitals', input: "fill('A') + 'x'", setup: 'analysed(input)', run: 'extractMentions(s.doc, s.sentences, s.tokens).length' },
      { label: 'a bracketed 1 MB acronym', input: "'The New Agency (' + fill('A') + ')'", setup: 'analysed(input)', run: 'extractMentions(s.doc, s.sentences, s.tokens).length' },
      { label: 'U.S. U.S. … (1 MB)', input: "fill('U.S. ')", setup: 'analysed(input)', run: 'extractMentions(s.doc, s.sentences, s.tokens).length' },
    ],
  },
  {
    // Anchored both ends, one class after the first letter: linear per word.
    name: 'name and word shapes (entities)',
    patterns: [
      /^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .'’-]*$/,
      /^[A-Z][a-z-]+$/,
      /^[A-Z]/,
      /^(The|And|Of|In|On|At|For|To|As|By|With|But|Or|He|She|It|They|We|This|That)$/,
      /^[Aa]dministration$/,
      /(ese|ss|sh|ch|s|x|z|i)$/,
      /(sh|ch|s)man$/,
      /[IVX]$/,
      /^[Aa]dministration(?:'s|’s)?$/,
      /^(has|had|have)$/,
      /^(Prize|Prizes|Award|Awards|Medal|Trophy)$/,
      /^(Eastern|Western|Northern|Southern|European|Asian|African)$/,
      /i[sz]ation$/,
      /^(is|are|stands|stand|exists|exist|looks|look)$/,
      /^[\u201d"']$/,
      /^\p{Lu}\.$/u,
      /^\p{Lu}\p{Ll}/u,
      /[^\x00-\x7f]/,
      /[\u0300-\u036f]/g,
      // entities/dates.ts: a fixed-length window before `ed` (it was `[a-z]{3,}ed$`, quadratic on a long
      // lower-case word: every offset scanned to the end); each try is now five characters.
      /[a-z]{3}ed$/,
      // Anchored at both ends, one class or an alternation of words: one try, linear.
      /^[A-Z]+s$/,
      /^[A-Z]{2,}s$/,
      // entities/learned.ts: a dash alone (`Wals— Governor`), one class, anchored at both ends
      /^[\u2014\u2013-]+$/,
      /^(Development|Trade|Technology|Security|Cooperation)$/,
      /^(One|Two|Three|Four|II|III|IV)$/,
      /^\p{Ll}{2,4}$/u,
      /^\p{Ll}{1,4}$/u,
      /^(al|el|Al|El|bin|ibn|abu|Abu)$/,
      /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/,
      /\p{Ll}/u,
      /^\p{Ll}{2,3}$/u,
      /^\p{Lu}/u,
      /(^|[\s'’-])(\p{L})/gu,
      /[\p{L}][\p{L}\p{M}.'’-]*|[,;:()]/gu,
    ],
    cases: [
      { label: 'a 1 MB hyphenated name', input: "'President A' + fill('a-') + 'b said.'", setup: 'analysed(input)', run: 'extractMentions(s.doc, s.sentences, s.tokens).length' },
      { label: "a 1 MB name of letters and apostrophes", input: "'Minister A' + fill(\"a'\") + 'b'", setup: 'analysed(input)', run: 'extractMentions(s.doc, s.sentences, s.tokens).length' },
      { label: 'a 1 MB demonym-like word', input: "'The A' + fill('ese') + 'x'", setup: 'analysed(input)', run: 'extractMentions(s.doc, s.sentences, s.tokens).length' },
      { label: '1 MB of capitalised words', input: "fill('Aaaaaaaaaa ')", setup: 'analysed(input)', run: 'extractMentions(s.doc, s.sentences, s.tokens).length' },
      { label: 'a 1 MB lower-case word before a date', input: "'He ' + fill('a') + ' it on Tuesday.'", setup: 'analysed(input)', run: 'extractMentions(s.doc, s.sentences, s.tokens).length' },
    ],
  },
  {
    // Anchored, bounded or single-character: linear.
    name: 'digits, dates and numbers',
    patterns: [/^(\d{4})(?:-(\d{2})-(\d{2}))?/, /^\d{1,4}$/, /^\d{1,3}$/, /^\d\d$/, /^(1[89]|20|21)\d\d$/, /^(1[89]|20)\d0s$/, /^\d+$/, /\d/, /\d/u, /^\d/, /^[$\d]/, /^(\d+)\/(\d+)$/, /^(\d{1,2})(?:st|nd|rd|th)?$/, /\D/, /^\d{4}-\d{2}$/, /^\d{4}(-\d{2}-\d{2})?$/, /^COP\d{1,2}$/],
    cases: [
      { label: '1 MB of digits', input: "fill('1') + 'x'", setup: 'mentioned(input)', run: 'extractStatements(s.doc, s.sentences, s.tokens, s.mentions).length + s.mentions.length' },
      { label: '1 MB of 1,000. separators', input: "fill('1,000.')", setup: 'analysed(input)', run: 'extractMentions(s.doc, s.sentences, s.tokens).length' },
      { label: '1 MB of 2020-', input: "'On ' + fill('2020-')", setup: 'analysed(input)', run: 'extractMentions(s.doc, s.sentences, s.tokens).length' },
      { label: '--shard with 1 MB of digits', input: "fill('1') + '/' + fill('2') + 'x'", run: "(() => { try { return parseShard(input).count; } catch { return -1; } })()" },
      { label: '--top with 1 MB of digits', input: "fill('9') + 'x'", run: "(() => { try { return parseCount(input); } catch { return -1; } })()" },
    ],
  },
  {
    // Suffix and cue-word tests on single words; `\b(…)\b` alternations of literals: linear.
    name: 'word endings and reporting cues (statements)',
    patterns: [
      /^(week|month|year|morning|afternoon|evening|weekend)$/,
      /(ing|ed)$/,
      /^(times|occasions)$/,
      /^(years|months|decades|weeks|days|some|a|long)$/,
      /\b(said|says|added|asked|told|replied|continued|noted|wrote)\b/i,
      /\b(participants?|participated|participating|attendees|included|joined by|joining|attended|accompanied by|the following)\b/i,
      /\bthe President(’s|'s) (call|discussion|conversation|meeting|talks|phone call|visit) (today |yesterday |this morning )?with\b/,
      /ly$/,
      /'s$|s'$/,
      /^(he|she|they|i|we|you|it)'(s|re|ve|ll|d|m)$/,
      /[^aeiou]y$/,
      /(s|sh|ch|x|z)$/,
      // The loop's \s+ and the one after it contend for a run of spaces, but the words after \s+ fix each step: linear.
      /\b(?:met|meets|meeting|spoke|speaks|talked|talks|call|calls|conversation|phone call|video call|hosted|hosts|welcomed|welcomes|received|receives)\b(?:\s+(?:today|virtually|by phone|by telephone|yesterday|this week|separately|again|jointly|in person))*\s+(with\s+)?/g,
    ],
    cases: [
      { label: 'a 1 MB word of s', input: "'He ' + fill('s') + ' it.'", setup: 'mentioned(input)', run: 'extractStatements(s.doc, s.sentences, s.tokens, s.mentions).length' },
      { label: "a 1 MB word of 's", input: "'x' + fill(\"'s\") + ' said it.'", setup: 'mentioned(input)', run: 'extractStatements(s.doc, s.sentences, s.tokens, s.mentions).length' },
      { label: 'a 1 MB word of ing', input: "'They x' + fill('ing') + ' it.'", setup: 'mentioned(input)', run: 'extractStatements(s.doc, s.sentences, s.tokens, s.mentions).length' },
      { label: 'saidsaidsaid… (1 MB)', input: "fill('said')", setup: 'mentioned(input)', run: 'extractStatements(s.doc, s.sentences, s.tokens, s.mentions).length' },
      { label: 'met, 1 MB of spaces, with', input: "'President Joe Biden met' + fill(' ') + 'with Prime Minister Kishida. He said it was good.'", setup: 'mentioned(input)', run: 'extractStatements(s.doc, s.sentences, s.tokens, s.mentions).length' },
      { label: 'met today today … (1 MB)', input: "'President Joe Biden met' + fill(' today') + ' x. He said it was good.'", setup: 'mentioned(input)', run: 'extractStatements(s.doc, s.sentences, s.tokens, s.mentions).length' },
      { label: 'participants joined by … (1 MB)', input: "fill('participants joined by ')", setup: 'mentioned(input)', run: 'extractStatements(s.doc, s.sentences, s.tokens, s.mentions).length' },
    ],
  },
  {
    // One code point at a time (or a cached test per astral code point): linear.
    name: 'Unicode character classes (tokens, keywords)',
    patterns: [/^[\p{Lu}\p{Lt}]$/u, /^\p{Ll}$/u, /^[\p{L}\p{M}]$/u, /^\p{N}$/u, /^[\s\p{Z}\u200b]$/u, /^\p{S}$/u, /^[\p{L}\p{M}\p{N}]$/u, /\p{L}/u],
    cases: [
      { label: '1 MB of curly quotes', input: "fill('\\u201c\\u2018')", run: 'tokenize(input, 0, input.length, 0).length' },
      { label: '1 MB of combining marks', input: "'e' + fill('\\u0301')", run: 'tokenize(input, 0, input.length, 0).length' },
      { label: '1 MB of astral letters and emoji', input: "fill('\\u{1d400}\\u{1f600}')", run: 'tokenize(input, 0, input.length, 0).length' },
      { label: '1 MB of odd spaces', input: "fill('\\u00a0\\u200b\\u3000') + 'x'", run: 'splitSentences(input).length' },
      { label: 'nested quotes and brackets (1 MB)', input: "fill('\"(\\u201c[\\'')", run: 'splitSentences(input).length' },
    ],
  },
  {
    // kwic/collocates glob terms: matched by globMatcher (prefix, suffix, indexOf of each middle piece), no regex.
    name: 'kwic and collocates terms (keywords/concordance.ts)',
    patterns: [],
    cases: [
      { label: 'glob term: 1 MB of specials', input: "fill('.+?()[') + '*'", run: "termFinder(input)('x', 0, []).length" },
      { label: 'glob *a*b on a 1 MB word', input: "'x ' + fill('a')", setup: 'analysed(input)', run: "termFinder('*a*b')(s.doc.text, 0, s.tokens).length" },
      { label: 'glob a*a*a*b on a 1 MB word', input: "'x ' + fill('a')", setup: 'analysed(input)', run: "termFinder('a*a*a*b')(s.doc.text, 0, s.tokens).length" },
    ],
  },
  {
    // Character classes replaced one by one: linear.
    name: 'output escaping (tsv, csv, dot)',
    patterns: [/[\t\n\r\\]/, /[\t\n\r\\]/g, /[",\r\n]/, /"/g, /\\/g, /\r?\n/g],
    cases: [
      { label: 'a 1 MB TSV cell of tabs, newlines, backslashes', input: "fill('\\t\\n\\r\\\\')", run: 'escapeTsvField(input).length' },
      { label: 'a 1 MB CSV cell of quotes and commas', input: "fill('\",\\r\\n')", run: 'escapeCsvField(input).length' },
      { label: 'a 1 MB dot id of CR LF, quotes, backslashes', input: "fill('\\r\\n\"\\\\\\r')", run: 'dotId(input).length' },
    ],
  },
  {
    // Input reading and messages: anchored or single-class.
    name: 'CLI input and messages',
    patterns: [/^error: /, /^[a-z]+$/],
    cases: [
      { label: 'a JSON line with 1 MB of whitespace text', input: "JSON.stringify({ id: 'x', text: '\\uFEFF' + fill(' \\n\\t') + 'x', date: fill('2') })", run: "parseJsonLine(input, 'x:1', reporter)?.text.length ?? -1" },
      { label: 'a 1 MB text file with a BOM and CRs', input: "Buffer.from('\\uFEFF' + fill('\\r\\n '))", run: "decodeText(input, 'x', reporter)?.length ?? -1" },
    ],
  },
  {
    // The user's own pattern (--regex), applied as given, like grep -E: its cost is the user's choice.
    name: 'user regular expressions (kwic/collocates --regex)',
    patterns: [],
    dynamic: ['src/cli/commands/kwic.ts', 'src/cli/commands/collocates.ts', 'src/core/keywords/concordance.ts'],
    cases: [{ label: 'a plain --regex over 1 MB of text', input: "fill('sovereignty and security ')", run: "regexFinder(/sovereign(ty)?/iu)(input, 0, []).length" }],
  },
  {
    // Part-of-speech tags from the tagger: short internal strings.
    name: 'part-of-speech tags (keywords/phrases.ts)',
    patterns: [/^NN/, /^(?:JJ|NN|VBN$|VBG$)/],
    cases: [{ label: 'key phrases of 1 MB of one long word', input: "'big ' + fill('a') + ' deal'", setup: 'analysed(input)', run: 'keyPhraseCandidates(s.doc.text, s.tokens, []).length' }],
  },
];

/** The child: imports dist/, warms the lexicons up, then times each case and prints one JSON line per event. */
function childScript(family: Family): string {
  const cases = family.cases
    .map(
      (c, i) => `
{
  const input = ${c.input};
  const s = ${c.setup ?? 'null'};
  console.log(JSON.stringify({ start: ${i} }));
  const t0 = performance.now();
  const out = ${c.run};
  console.log(JSON.stringify({ done: ${i}, ms: performance.now() - t0, out: String(out).slice(0, 20) }));
}`,
    )
    .join('\n');
  return `
const D = ${JSON.stringify(dist)};
const { parseDocument, normaliseDate } = await import(D + 'core/document.js');
const { analyseText } = await import(D + 'core/pipeline.js');
const { splitSentences } = await import(D + 'core/text/sentences.js');
const { tokenize } = await import(D + 'core/text/tokens.js');
const { extractMentions } = await import(D + 'core/entities/index.js');
const { extractStatements } = await import(D + 'core/statements/index.js');
const { trimSpan } = await import(D + 'core/statements/content.js');
const { termFinder, regexFinder, leftContext, rightContext } = await import(D + 'core/keywords/concordance.js');
const { keyPhraseCandidates } = await import(D + 'core/keywords/phrases.js');
const { cueMatches } = await import(D + 'core/aggregate/statement-filters.js');
const { escapeTsvField, escapeCsvField } = await import(D + 'output/delimited.js');
const { dotId } = await import(D + 'output/dot.js');
const { parseJsonLine, decodeText } = await import(D + 'cli/input.js');
const { parseCount, parseShard } = await import(D + 'cli/main.js');
const MB = 1 << 20;
const fill = (unit, n = MB) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const reporter = { skip() {}, warn() {} };
const analysed = (text) => { const doc = parseDocument({ id: 'x', text }); return { doc, ...analyseText(doc) }; };
const mentioned = (text) => { const a = analysed(text); return { ...a, mentions: extractMentions(a.doc, a.sentences, a.tokens) }; };
{ // warm-up: lexicons and gazetteers load on first use, outside the clock
  const w = mentioned('President Joe Biden said on 3 May 2021 that the U.S. "will act," according to the White House (WH).');
  extractStatements(w.doc, w.sentences, w.tokens, w.mentions);
}
console.log(JSON.stringify({ ready: true }));
${cases}
`;
}

interface CaseResult {
  label: string;
  ms: number | null;
  note?: string;
}

/** Runs a family's cases in one child process; a case still running KILL_MS after it started is killed. */
function runFamily(family: Family): Promise<CaseResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '--stack-size=4000', '-e', childScript(family)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const results: CaseResult[] = [];
    let timer: NodeJS.Timeout | undefined;
    let running = -1;
    let stderr = '';
    let buffer = '';
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        child.kill('SIGKILL');
      }, ms);
    };
    // Loading dist/ on a loaded machine may take a while; the clock that matters starts per case.
    arm(60_000);
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const event = JSON.parse(line) as { start?: number; done?: number; ms?: number };
        if (event.start !== undefined) {
          running = event.start;
          arm(KILL_MS);
        } else if (event.done !== undefined) {
          results.push({ label: family.cases[event.done]!.label, ms: event.ms ?? null });
          running = -1;
          arm(60_000);
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (running >= 0) {
        results.push({ label: family.cases[running]!.label, ms: null, note: `still running after ${KILL_MS} ms: killed` });
        resolve(results);
      } else if (code !== 0) reject(new Error(`child exited ${code ?? signal}: ${stderr.slice(-1000)}`));
      else resolve(results);
    });
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every regex literal (normalised as `/source/flags`) and `new RegExp` call in src/, with where it is. */
function inventory(): Array<{ key: string; where: string }> {
  const found: Array<{ key: string; where: string }> = [];
  for (const path of sourceFiles(join(root, 'src'))) {
    const file = relative(root, path);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        found.push({ key: String(new RegExp(text.slice(1, slash), text.slice(slash + 1))), where: `${file}:${line}` });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
        found.push({ key: `new RegExp in ${file}`, where: `${file}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('regular expressions', () => {
  it('every pattern in src/ belongs to a family with a worst-case input', () => {
    const known = new Set(FAMILIES.flatMap((f) => [...f.patterns.map(String), ...(f.dynamic ?? []).map((file) => `new RegExp in ${file}`)]));
    const unlisted = inventory().filter((r) => !known.has(r.key));
    expect(unlisted.map((r) => `${r.where}  ${r.key}`), 'add these to a family in tests/regex-safety.test.ts, with a worst input').toEqual([]);
  });

  it('dist/ is built (npm test compiles it first)', () => {
    expect(existsSync(join(root, 'dist', 'core', 'document.js'))).toBe(true);
  });

  for (const family of FAMILIES) {
    const check = async () => {
      const results = await runFamily(family);
      const report = results.map((r) => `${r.label}: ${r.ms === null ? r.note : `${Math.round(r.ms)} ms`}`);
      // The figures go to the log, so a slow-but-passing family shows before it fails.
      console.log(`${family.name}\n  ${report.join('\n  ')}`);
      expect(results.length, report.join('\n')).toBe(family.cases.length);
      for (const r of results) expect(r.ms, `${family.name}: ${r.label}`).not.toBeNull();
      for (const r of results) expect(r.ms!, `${family.name}: ${r.label}`).toBeLessThan(LIMIT_MS);
    };
    if (family.knownSlow) {
      // Known catastrophic (see knownSlow): this passes while the pattern is slow. When it is fixed this
      // fails; then delete knownSlow so the family is held to the limit like the others.
      it.fails(`${family.name}: KNOWN SLOW (${family.knownSlow})`, check, 120_000);
    } else {
      it(`${family.name}: 1 MB of its worst input in under ${LIMIT_MS} ms`, check, 120_000);
    }
  }
});
