// Positions in decoded text: 1-based line and column, where a column counts characters (code points).

export interface Position {
  line: number;
  column: number;
}

/** Start offset of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** End offset (exclusive, before any \r\n) of the line holding `offset`. */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  return end > 0 && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

function countCodePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) i++;
    n++;
  }
  return n;
}

/**
 * Converts offsets to positions. Offsets must be asked for in ascending order, so a file with many
 * findings is walked once rather than once per finding.
 */
export class LineCounter {
  private offset = 0;
  private line = 1;
  constructor(private readonly text: string, private readonly countsCharacters = true) {}

  at(offset: number): Position {
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 1;
    }
    let i = this.text.indexOf('\n', this.offset);
    while (i !== -1 && i < offset) {
      this.line++;
      i = this.text.indexOf('\n', i + 1);
    }
    this.offset = offset;
    const start = lineStart(this.text, offset);
    const column = (this.countsCharacters ? countCodePoints(this.text, start, offset) : offset - start) + 1;
    return { line: this.line, column };
  }
}
