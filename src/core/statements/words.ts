// A small scanner over one sentence: words with offsets, and single
// punctuation marks (quotes, commas, colons) kept as their own items, which
// the statement rules need and a general tokenizer may fold away.

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophe folded to a straight one. */
  lower: string;
  /** A punctuation mark rather than a word. */
  punct: boolean;
  /** The first character is an upper-case letter. */
  cap: boolean;
}

// Abbreviations whose full stop belongs to the word (`Mr.`, `Jr.`, `Gen.`).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'gen', 'lt', 'col', 'gov', 'sen', 'rep', 'adm', 'sgt',
  'capt', 'maj', 'prof', 'rev', 'hon', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb',
  'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'p.m', 'a.m',
]);

function isWordChar(c: number): boolean {
  // ASCII letters and digits, and any non-ASCII letter-ish code point above the
  // Latin-1 punctuation (a cheap test that keeps the scanner linear and fast).
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000 && !(c >= 0xff01 && c <= 0xff0f));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

// Characters that stay inside a word when a letter or digit follows:
// apostrophes, hyphens, full stops (`U.S`), ampersands, slashes (`al-Sharif/Temple`).
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38 || c === 0x2010 || c === 0x2011;
}

export function scanWords(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (isWordChar(d)) { j++; continue; }
        if (isJoiner(d) && j + 1 < end && isWordChar(text.charCodeAt(j + 1))) { j += 2; continue; }
        // A hyphen at a hard line break joins the word (`Secretary-\nGeneral` in wrapped text).
        if (d === 45 && j + 2 < end && text.charCodeAt(j + 1) === 10 && isWordChar(text.charCodeAt(j + 2))) { j += 3; continue; }
        if (d === 45 && j + 3 < end && text.charCodeAt(j + 1) === 13 && text.charCodeAt(j + 2) === 10 && isWordChar(text.charCodeAt(j + 3))) { j += 4; continue; }
        break;
      }
      // A trailing full stop that belongs to an abbreviation or an initial.
      if (j < end && text.charCodeAt(j) === 46) {
        const w = text.slice(i, j).toLowerCase();
        if (ABBREVIATIONS.has(w) || (j - i === 1 && c >= 65 && c <= 90) || w.includes('.')) j++;
      }
      const t = text.slice(i, j);
      let lower = t.toLowerCase();
      if (lower.indexOf('\u2019') >= 0) lower = lower.replace(/\u2019/g, "'");
      if (lower.indexOf('\n') >= 0) lower = lower.replace(/\r?\n/g, '');
      const cap = (c >= 65 && c <= 90) || (c >= 0xc0 && lower.charCodeAt(0) !== c);
      out.push({ start: i, end: j, text: t, lower, punct: false, cap });
      i = j;
      continue;
    }
    const t = text[i]!;
    out.push({ start: i, end: i + 1, text: t, lower: t, punct: true, cap: false });
    i++;
  }
  return out;
}
