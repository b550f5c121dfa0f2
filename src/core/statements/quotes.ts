// Pairs quotation marks over a document body, so a quote that spans several
// sentences is known as one span wherever a cue meets it.

export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
}

const MAX_QUOTE = 4000;

export function pairQuotes(text: string, start: number, end: number): Quote[] {
  const out: Quote[] = [];
  let curly = -1;
  let straight = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) curly = i;
    else if (c === 0x201d) {
      if (curly >= 0 && i - curly < MAX_QUOTE) out.push({ open: curly, close: i });
      curly = -1;
    } else if (c === 34) {
      if (straight < 0) straight = i;
      else {
        if (i - straight < MAX_QUOTE) out.push({ open: straight, close: i });
        straight = -1;
      }
    } else if (c === 10 && i + 1 < end && text.charCodeAt(i + 1) === 10) {
      // A paragraph break ends an unbalanced quote, except the newspaper habit
      // of reopening a quote at the next paragraph, which then pairs anew.
      curly = -1;
      straight = -1;
    }
  }
  return out.sort((a, b) => a.open - b.open);
}

export function isOpeningQuote(ch: string): boolean {
  return ch === '\u201c' || ch === '"';
}

export function isClosingQuote(ch: string): boolean {
  return ch === '\u201d' || ch === '"';
}
