// The keyword pre-filter: is any of a set of literals in a buffer? Buffer#indexOf is memchr-fast when
// the first character it looks for is rare, and slow when it is common (`s`, `e`, `_`), and each
// literal searched is one more pass over the content. So literals that share a stem of three or more
// characters (sk_live_, sk_test_) are searched as that stem, each stem from its rarest character on
// (the "anchor"), and the full literals are checked only where the anchor occurs.

/** Characters of source code and prose from most to least common, roughly; others count as rare. */
const COMMON = ' etaoinsrlcdhupmf_g.,;=()y"\'bw/-v:k{}x\n\t0123456789*<>[]#&jq|z';
const MIN_STEM = 3;

function rarity(ch: string): number {
  const i = COMMON.indexOf(ch);
  return i === -1 ? COMMON.length : i;
}

interface StemSearch {
  /** Offset of the anchor inside the stem (and so inside every literal of the group). */
  at: number;
  anchor: Buffer;
  literals: Buffer[];
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

function group(literals: string[]): StemSearch[] {
  const groups = new Map<string, string[]>();
  for (const literal of literals) {
    const key = literal.length >= MIN_STEM ? literal.slice(0, MIN_STEM) : literal;
    groups.set(key, [...(groups.get(key) ?? []), literal]);
  }
  return [...groups.values()].map((members) => {
    const stem = members.reduce(commonPrefix);
    let at = 0;
    for (let i = 1; i < stem.length; i++) if (rarity(stem[i]!) > rarity(stem[at]!)) at = i;
    return { at, anchor: Buffer.from(stem.slice(at), 'latin1'), literals: members.map((m) => Buffer.from(m, 'latin1')) };
  });
}

export class LiteralSet {
  private readonly searches: StemSearch[];
  readonly literals: string[];
  /** The longest literal's length in bytes. */
  readonly longest: number;
  /** A byte, not zero, that is in no literal: joining texts with it cannot make a literal. */
  readonly separator: number;

  constructor(literals: Iterable<string>) {
    const unique = (this.literals = [...new Set(literals)]);
    this.searches = group(unique);
    const bytes = unique.map((l) => Buffer.from(l, 'latin1'));
    this.longest = Math.max(0, ...bytes.map((b) => b.length));
    this.separator = 1;
    while (bytes.some((b) => b.includes(this.separator))) this.separator++;
  }

  /** True if any literal occurs in `haystack`. */
  test(haystack: Buffer): boolean {
    return this.searches.some((search) => contains(haystack, search));
  }
}

function contains(haystack: Buffer, { at, anchor, literals }: StemSearch): boolean {
  for (let i = haystack.indexOf(anchor, at); i !== -1; i = haystack.indexOf(anchor, i + 1)) {
    const start = i - at;
    for (const literal of literals) {
      if (start + literal.length <= haystack.length && haystack.compare(literal, 0, literal.length, start, start + literal.length) === 0) return true;
    }
  }
  return false;
}
