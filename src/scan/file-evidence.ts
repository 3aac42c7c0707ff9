// File evidence: what a key's file says about whose it is, beyond the lines around it: the blocks it
// sits in (a YAML or JSON key, a class, a describe, a function), the markdown heading or INI/TOML
// section above it, and what the file imports. Asked only for secrets the nearby lines left without a
// provider, and bounded: the walk up stops after WALK_LINES lines or WALK_CHARS characters, and the
// imports are found in one pass over the file, once.

import type { ProviderEvidence } from '../findings.js';
import type { Pattern } from '../rules/pattern.js';
import { linesAway, shownWord } from './candidates.js';
import type { Lines } from './text.js';

const WALK_LINES = 400;
const WALK_CHARS = 64 * 1024;
/** Only the start of a long line is read for words: a minified line is not a heading. */
const LINE_CHARS = 300;
const IMPORT =
  /^\s*(?:import\b|from\s+\S+\s+import\b|using\s|use\s|require(?:_once)?\b|#\s*include\b|@import\b|(?:const|let|var)\s[^=]*=\s*(?:await\s+)?(?:require|import)\s*\()/;
const HEADING = /^\s{0,3}(#{1,6})\s+\S/;
const SECTION = /^\s*\[[^\]]+\]\s*$/;

interface Named {
  /** 0-based line index. */
  line: number;
  what: 'enclosing block' | 'heading' | 'section' | 'import';
}

/** A provider's words, and the id it is known by. */
export interface ProviderWords {
  provider: string;
  words: Pattern;
}

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n++;
  return n === line.length ? -1 : n;
}

export class FileContext {
  private importLines: number[] | null = null;

  constructor(private readonly lines: Lines) {}

  private line(index: number): string {
    const [start, end] = this.lines.bounds(index);
    return this.lines.text.slice(start, Math.min(end, start + LINE_CHARS));
  }

  /** The lines a line sits under, nearest first: less-indented lines above it, the heading and section above it. */
  enclosing(index: number): Named[] {
    const out: Named[] = [];
    let indent = indentOf(this.line(index));
    let headingLevel = 7;
    let section = false;
    let chars = 0;
    for (let i = index - 1; i >= 0 && index - i <= WALK_LINES && chars < WALK_CHARS; i--) {
      const text = this.line(i);
      chars += text.length + 1;
      const own = indentOf(text);
      if (own === -1) continue;
      const heading = HEADING.exec(text);
      if (heading && heading[1]!.length < headingLevel) {
        headingLevel = heading[1]!.length;
        out.push({ line: i, what: 'heading' });
      } else if (!section && SECTION.test(text)) {
        section = true;
        out.push({ line: i, what: 'section' });
      } else if (indent > 0 && own < indent) {
        indent = own;
        out.push({ line: i, what: 'enclosing block' });
      }
    }
    return out;
  }

  /** Lines that import or require something (and the lines of a Go `import ( … )` block). */
  imports(): Named[] {
    if (this.importLines === null) {
      this.importLines = [];
      let block = false;
      for (let i = 0; i < this.lines.count; i++) {
        const text = this.line(i);
        if (block) {
          if (/^\s*\)/.test(text)) block = false;
          else this.importLines.push(i);
        } else if (IMPORT.test(text)) {
          this.importLines.push(i);
          if (/^\s*import\s*\($/.test(text.trimEnd())) block = true;
        }
      }
    }
    return this.importLines.map((line) => ({ line, what: 'import' }));
  }

  /** The providers a line names, with the word that names the first. */
  private named(index: number, providers: ProviderWords[]): { ids: Set<string>; word: string } {
    const text = this.line(index);
    const ids = new Set<string>();
    let word = '';
    for (const p of providers) {
      const m = p.words.matches(text).next();
      if (m.done) continue;
      ids.add(p.provider);
      word ||= text.slice(m.value.start, m.value.end);
    }
    return { ids, word };
  }

  /**
   * The one provider among `providers` the file ties the secret on line `index` to, and why: the
   * nearest enclosing line or heading naming exactly one of them, else the imports when they name
   * exactly one. Null when the file names none of them, or several equally.
   */
  evidence(
    index: number,
    providers: ProviderWords[],
  ): { provider: string; evidence: ProviderEvidence } | null {
    const found = (n: Named, provider: string, word: string) => ({
      provider,
      evidence: {
        kind: 'file' as const,
        detail: `${n.what} naming ${shownWord(word)}, ${linesAway(Math.abs(index - n.line), n.line < index)}`,
      },
    });
    for (const n of this.enclosing(index)) {
      const { ids, word } = this.named(n.line, providers);
      if (ids.size === 1) return found(n, [...ids][0]!, word);
    }
    const byProvider = new Map<string, { n: Named; word: string }>();
    for (const n of this.imports()) {
      const { ids, word } = this.named(n.line, providers);
      for (const id of ids) {
        const seen = byProvider.get(id);
        if (!seen || Math.abs(n.line - index) < Math.abs(seen.n.line - index))
          byProvider.set(id, { n, word: ids.size === 1 ? word : id });
      }
    }
    if (byProvider.size !== 1) return null;
    const [provider, { n, word }] = [...byProvider][0]!;
    return found(n, provider, word);
  }
}
