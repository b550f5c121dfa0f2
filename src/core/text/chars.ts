// Character classes for the hand-written scanners in this folder. ASCII is
// decided by comparisons; other UTF-16 code units are tested once with a
// Unicode property regex and the answer is cached in a table, so the scanners
// never run a /u regex over the text itself (DESIGN.md, "Speed traps").

export enum CharClass {
  Unknown = 0,
  Upper = 1,
  Lower = 2,
  /** A letter without case (CJK, Arabic…) or a combining mark. */
  OtherLetter = 3,
  Digit = 4,
  Space = 5,
  Symbol = 6,
  Punct = 7,
}

const cache = new Uint8Array(0x10000);

const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_LOWER = /^\p{Ll}$/u;
const RE_LETTER = /^[\p{L}\p{M}]$/u;
const RE_DIGIT = /^\p{N}$/u;
const RE_SPACE = /^[\s\p{Z}\u200b]$/u;
const RE_SYMBOL = /^\p{S}$/u;

function classifySlow(code: number): CharClass {
  // Lone surrogates: the tokenizer looks at the pair; here they are symbols.
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Symbol;
  const ch = String.fromCharCode(code);
  if (RE_UPPER.test(ch)) return CharClass.Upper;
  if (RE_LOWER.test(ch)) return CharClass.Lower;
  if (RE_LETTER.test(ch)) return CharClass.OtherLetter;
  if (RE_DIGIT.test(ch)) return CharClass.Digit;
  if (RE_SPACE.test(ch)) return CharClass.Space;
  if (RE_SYMBOL.test(ch)) return CharClass.Symbol;
  return CharClass.Punct;
}

/** The class of one UTF-16 code unit. */
export function charClass(code: number): CharClass {
  if (code < 128) {
    if (code >= 97 && code <= 122) return CharClass.Lower;
    if (code >= 65 && code <= 90) return CharClass.Upper;
    if (code >= 48 && code <= 57) return CharClass.Digit;
    if (code <= 32 || code === 127) return CharClass.Space;
    // $ + < = > ^ ` | ~ are symbols, the rest of ASCII punctuation is punct.
    if (code === 36 || code === 43 || code === 60 || code === 61 || code === 62 || code === 94 || code === 96 || code === 124 || code === 126) {
      return CharClass.Symbol;
    }
    return CharClass.Punct;
  }
  let c = cache[code] as CharClass;
  if (c === CharClass.Unknown) {
    c = classifySlow(code);
    cache[code] = c;
  }
  return c;
}

export function isSpace(code: number): boolean {
  return code <= 32 || (code >= 128 && charClass(code) === CharClass.Space);
}

/** Letter (any case), combining mark, or digit. */
export function isAlnum(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const c = charClass(code);
  return c === CharClass.Upper || c === CharClass.Lower || c === CharClass.OtherLetter || c === CharClass.Digit;
}

export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  const c = charClass(code);
  return c === CharClass.Upper || c === CharClass.Lower || c === CharClass.OtherLetter;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return charClass(code) === CharClass.Upper;
}

export function isLower(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return charClass(code) === CharClass.Lower;
}

/** Quotes and brackets that close a sentence after its stop: `."` `.”` `.)`. */
export function isCloser(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 41 || code === 93 || code === 125 ||
    code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x203a
  );
}

/** Quotes and brackets that open a sentence: `“We`, `(The`. */
export function isOpener(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 40 || code === 91 || code === 123 ||
    code === 0x201c || code === 0x2018 || code === 0xab || code === 0x2039 || code === 0x201e
  );
}
