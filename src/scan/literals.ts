// The keyword pre-filter: is any of a set of literals in a buffer? Buffer#indexOf is memchr-fast when
// the first character it looks for is rare, and slow when it is common (`s`, `e`, `_`). So each literal
// is searched from its rarest character on (the "anchor"), and the characters before it are checked
// only at the few places the anchor occurs.

/** Characters of source code and prose from most to least common, roughly; others count as rare. */
const COMMON = ' etaoinsrlcdhupmf_g.,;=()y"\'bw/-v:k{}x\n\t0123456789*<>[]#&jq|z';

function rarity(ch: string): number {
  const i = COMMON.indexOf(ch);
  return i === -1 ? COMMON.length : i;
}

interface Anchored {
  literal: Buffer;
  /** Offset of the anchor inside the literal. */
  at: number;
  anchor: Buffer;
}

function anchor(literal: string): Anchored {
  let at = 0;
  for (let i = 1; i < literal.length; i++) if (rarity(literal[i]!) > rarity(literal[at]!)) at = i;
  const bytes = Buffer.from(literal, 'latin1');
  return { literal: bytes, at, anchor: bytes.subarray(at) };
}

export class LiteralSet {
  private readonly items: Anchored[];

  constructor(literals: Iterable<string>) {
    this.items = [...new Set(literals)].map(anchor);
  }

  /** True if any literal occurs in `haystack`. */
  test(haystack: Buffer): boolean {
    return this.items.some((item) => this.contains(haystack, item));
  }

  private contains(haystack: Buffer, { literal, at, anchor }: Anchored): boolean {
    for (let i = haystack.indexOf(anchor, at); i !== -1; i = haystack.indexOf(anchor, i + 1)) {
      if (i >= at && (at === 0 || haystack.compare(literal, 0, at, i - at, i) === 0)) return true;
    }
    return false;
  }
}
