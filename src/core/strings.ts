/**
 * A copy of a string that does not keep its source text alive. V8 makes
 * `text.slice(a, b)` of 13 or more characters a view into `text`; a term or
 * name kept as a key in a corpus-wide table would then keep its whole article
 * in memory, and memory would grow with the corpus instead of its vocabulary.
 * Concatenation followed by a slice forces a fresh string of the term's own
 * length (plus one). Call it only when a string starts a new long-lived entry.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
// A document longer than this gets an array of its own, not kept: one huge
// line should not pin its memory for the rest of the run.
const KEEP_CODE_UNITS = 1 << 21;

/**
 * The UTF-16 code units of a text as a typed array, in a buffer reused from
 * one call to the next (the array is valid until the next `of`). Scanners
 * that read every code unit, some several times, read a Uint16Array faster
 * than String#charCodeAt, which checks the string's representation (one- or
 * two-byte, flat or not) on every call; the copy is native (Buffer#write),
 * about 0.2 ms per MB of text. Lone surrogates are copied as they are.
 */
export class CodeUnits {
  private bytes: Buffer | null = null;

  of(text: string): Uint16Array {
    const length = text.length;
    if (!LITTLE_ENDIAN) {
      const codes = new Uint16Array(length);
      for (let i = 0; i < length; i++) codes[i] = text.charCodeAt(i);
      return codes;
    }
    let bytes = this.bytes;
    if (bytes === null || bytes.length < 2 * length) {
      let size = 1 << 16;
      while (size < 2 * length) size *= 2;
      bytes = Buffer.alloc(size);
      if (size <= KEEP_CODE_UNITS) this.bytes = bytes;
    }
    bytes.write(text, 0, 'utf16le');
    return new Uint16Array(bytes.buffer, bytes.byteOffset, length);
  }
}

const ROMAN_TENS = ['', 'X', 'XX', 'XXX', 'XL', 'L', 'LX', 'LXX', 'LXXX', 'XC'];
const ROMAN_UNITS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/**
 * The value of a Roman numeral from 1 to 99 in its standard form (`VIII`, `XXIX`, `LXXVIII`), or -1. UN texts number
 * sessions and chapters so: `resolution 3291 (XXIX)`, `Chapter VIII`.
 */
export function romanValue(text: string): number {
  if (text.length === 0 || text.length > 8) return -1;
  for (let v = 1; v < 100; v++) {
    const tens = ROMAN_TENS[Math.floor(v / 10)]!;
    if (!text.startsWith(tens)) { v += 9 - (v % 10); continue; }
    if (tens + ROMAN_UNITS[v % 10]! === text) return v;
  }
  return -1;
}
