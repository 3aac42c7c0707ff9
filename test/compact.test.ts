// The compact structures a history scan holds instead of objects and strings per commit or line: the
// commit table and the spool that git's walk of every tree is read back from.

import { randomBytes } from 'node:crypto';
import { existsSync, readlinkSync, writeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CommitTable } from '../src/history/commit-table.js';
import { CommitGraph } from '../src/history/facts.js';
import { Spool } from '../src/spool.js';

const oid = (bytes = 20) => randomBytes(bytes).toString('hex');

describe('the commit table', () => {
  it("gives every row's parent rows, leaving out tags' targets and parents it does not hold", () => {
    const [a, b, c, d, absent] = [oid(), oid(), oid(), oid(), oid()];
    const table = new CommitTable();
    const add = (id: string, parents: string[], isTag = false) =>
      table.add({ oid: id, author: 'x', time: 0, parents: parents.join(' '), isTag });
    add(c, [b, a]); // a merge read before its parents (pack order is anyone's)
    add(a, [absent]); // past a shallow edge
    add(b, [a]);
    add(d, [c], true); // a tag names its target, which is no parent
    const { start, rows } = table.allParentRows();
    const parentsOf = (id: string) => {
      const row = table.rowOf(id);
      return [...rows.subarray(start[row]!, start[row + 1]!)].map((r) => table.oidAt(r));
    };
    expect([c, a, b, d].map(parentsOf)).toEqual([[b, a], [], [a], []]);
  });

  it('gives back what it was given, past every growth, for SHA-1 and SHA-256 ids', () => {
    for (const bytes of [20, 32]) {
      const table = new CommitTable();
      const metas = Array.from({ length: 5000 }, (_, i) => ({
        oid: oid(bytes),
        author: `Dev ${i % 7}`,
        // Any time a commit can claim: none, before 1970, past 2106, the edges of 32 bits.
        time: [null, -86_400 * i, 2 ** 32 + i, 2 ** 32 - 1, 0, 1_700_000_000 + i][i % 6]!,
        parents: i === 0 ? '' : [oid(bytes), oid(bytes)].slice(0, 1 + (i % 2)).join(' '),
        isTag: i % 13 === 0,
      }));
      for (const m of metas) table.add(m);
      expect(table.size).toBe(metas.length);
      for (const m of metas) expect(table.get(m.oid)).toEqual(m);
      expect(table.get(oid(bytes))).toBeUndefined();
      expect(table.get('not an id')).toBeUndefined();
      // An id seen again (an object in two packs) keeps its first entry.
      table.add({ ...metas[1]!, author: 'someone else' });
      expect(table.size).toBe(metas.length);
      expect(table.get(metas[1]!.oid)!.author).toBe('Dev 1');
    }
  });

  it('stays linear when ids are made to share their first bytes (anyone can mine such commits)', () => {
    const table = new CommitTable();
    const shared = randomBytes(4).toString('hex');
    const ids = Array.from({ length: 100_000 }, () => shared + oid().slice(8));
    for (const id of ids) table.add({ oid: id, author: 'x', time: 0, parents: '', isTag: false });
    expect(table.size).toBe(ids.length);
    for (const id of ids.slice(0, 1000)) expect(table.get(id)!.oid).toBe(id);
  });

  it('builds the graph from the parents it holds: reach from tips, descendants, a shallow edge', () => {
    const table = new CommitTable();
    const [root, a, b, merge, stray] = [oid(), oid(), oid(), oid(), oid()];
    const add = (id: string, parents: string[], isTag = false) =>
      table.add({ oid: id, author: 'x', time: 0, parents: parents.join(' '), isTag });
    add(merge, [a, b]);
    add(a, [root]);
    add(b, [root, oid()]); // a parent past a shallow clone's edge
    add(root, []);
    add(stray, [root]);
    const tag = oid();
    add(tag, [], true);
    const graph = CommitGraph.fromTable(table, [merge]);
    expect([root, a, b, merge].every((c) => graph.has(c))).toBe(true);
    expect(graph.has(stray)).toBe(false);
    expect(graph.has(tag)).toBe(false);
    const below = graph.descendants(a);
    expect([a, merge].map(below)).toEqual([true, true]);
    expect([root, b, stray].map(below)).toEqual([false, false, false]);
    expect([root, a, b, merge, stray].every(graph.descendants(root))).toBe(true);
  });
});

describe('the spool', () => {
  it('gives every line back, across chunk boundaries and longer than a chunk, with or without a last newline', () => {
    const spool = Spool.create();
    try {
      const lines = [
        'short',
        '',
        'x'.repeat(1024 * 1024 - 3), // ends right at a chunk boundary
        'y'.repeat(3 * 1024 * 1024), // longer than a chunk
        ...Array.from({ length: 1000 }, (_, i) => `line ${i}`),
        'last, no newline',
      ];
      writeSync(spool.fd, lines.join('\n'));
      expect(Array.from(spool.lines(), (l) => l.toString())).toEqual(lines);
      const each: string[] = [];
      spool.eachRecord(10, (buffer, start, end) => each.push(buffer.toString('utf8', start, end)));
      expect(each).toEqual(lines);
      expect(spool.readAll().toString()).toBe(lines.join('\n'));
    } finally {
      spool.close();
    }
  });

  it('is a file no other process can open: unlinked while still open', () => {
    const spool = Spool.create();
    try {
      if (existsSync('/proc/self/fd')) {
        expect(readlinkSync(`/proc/self/fd/${spool.fd}`)).toMatch(/\(deleted\)$/);
      }
    } finally {
      spool.close();
    }
  });
});
