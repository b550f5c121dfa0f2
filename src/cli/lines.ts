import { StringDecoder } from 'node:string_decoder';

// The lines of a byte stream, as node:readline gives them with
// `crlfDelay: Infinity` (a line ends at \n, \r\n or a lone \r; a last line
// without an ending is given when it is not empty), found in the bytes rather
// than in decoded text. readline decodes every chunk, joins the pieces of a
// line as strings and splits them with a regex; on JSON lines of 10 MB that was
// a tenth of `statements freq` (profiled on the White House corpus). Here a
// line is decoded once, from its own bytes: \r and \n never occur inside a
// UTF-8 sequence, so the text is what decoding the whole stream would give.

const LF = 10;
const CR = 13;

function asBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** The text of the bytes held for a line (the start of it in earlier chunks) and `chunk[from, to)`. */
function lineText(held: Buffer[], chunk: Buffer, from: number, to: number): string {
  if (held.length === 0) return chunk.toString('utf8', from, to);
  held.push(chunk.subarray(from, to));
  const text = Buffer.concat(held).toString('utf8');
  held.length = 0;
  return text;
}

export async function* readLines(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  // Bytes of a line not ended yet, from earlier chunks.
  const held: Buffer[] = [];
  // The last chunk ended with \r: a \n first in this one belongs to that line end.
  let afterCr = false;
  for await (const piece of input) {
    const chunk = asBuffer(piece);
    const length = chunk.length;
    if (length === 0) continue;
    let pos = 0;
    if (afterCr) {
      afterCr = false;
      if (chunk[0] === LF) pos = 1;
    }
    // \r is rare in JSON lines: found once per chunk and again only after one is passed.
    let cr = chunk.indexOf(CR, pos);
    while (pos < length) {
      const lf = chunk.indexOf(LF, pos);
      let end: number;
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        end = cr;
        if (cr + 1 < length) next = chunk[cr + 1] === LF ? cr + 2 : cr + 1;
        else {
          next = length;
          afterCr = true;
        }
        cr = next < length ? chunk.indexOf(CR, next) : -1;
      } else if (lf >= 0) {
        end = lf;
        next = lf + 1;
      } else {
        held.push(chunk.subarray(pos));
        break;
      }
      yield lineText(held, chunk, pos, end);
      pos = next;
    }
  }
  if (held.length > 0) {
    // readline never ends its decoder: an unfinished UTF-8 sequence at the very end is dropped, not replaced.
    const text = new StringDecoder('utf8').write(Buffer.concat(held));
    if (text.length > 0) yield text;
  }
}
