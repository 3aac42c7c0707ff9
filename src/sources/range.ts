// A range of commits (REV..HEAD for a pull request, or what a push sends): every blob those commits
// added or changed and their messages, each blob attributed to the oldest commit of the range that
// brought it.

import type { SecretFinding } from '../findings.js';
import { OidList, type Git } from '../git.js';
import { gatherFacts } from '../history/attribution.js';
import { RefReach, isShallow, refTips } from '../history/facts.js';
import { rawLog, type RawCommit } from '../history/rawlog.js';
import { readThroughGit, whoAndWhen } from './object-read.js';
import type { CommitMeta, Source, SourceContext, SourceItem } from './source.js';
import { commitFiles } from './tree-files.js';

/** The commits `revs` select and every blob they added or changed, each at the oldest commit that brought it. */
async function listRange(
  git: Git,
  revs: string[],
): Promise<{ commits: RawCommit[]; blobs: Map<string, { commit: RawCommit; path: string }> }> {
  const commits = await rawLog(git, [...revs, '--']);
  const blobs = new Map<string, { commit: RawCommit; path: string }>();
  // git log lists newest first: later entries are older and win.
  for (const commit of commits) {
    for (const change of commit.changes) {
      if (
        change.status.startsWith('D') ||
        change.newMode === '160000' ||
        /^0+$/.test(change.newOid)
      )
        continue;
      blobs.set(change.newOid, { commit, path: change.path });
    }
  }
  return { commits, blobs };
}

type Range = Awaited<ReturnType<typeof listRange>>;

async function* readRange(
  git: Git,
  range: Range,
  context: SourceContext,
): AsyncGenerator<SourceItem> {
  yield { paths: [...new Set([...range.blobs.values()].map((b) => b.path))] };
  const oids = [...range.blobs.keys(), ...range.commits.map((c) => c.commit)];
  yield* readThroughGit(git, { oids: OidList.of(oids), bytes: 0 }, context.progress);
}

/** Each blob finding at the oldest commit of the range that brought it; messages with who and when. */
function attributeRange(
  raw: SecretFinding[],
  range: Range,
  meta: Map<string, CommitMeta>,
): SecretFinding[] {
  return raw.flatMap((f): SecretFinding[] => {
    const p = f.provenance;
    if (p.kind === 'message')
      return [
        {
          ...f,
          provenance: { ...p, ...whoAndWhen(meta.get(p.commit)) },
        },
      ];
    if (p.kind !== 'blob') return [f];
    const where = range.blobs.get(p.blob);
    if (!where) return [];
    const { commit, author, date } = where.commit;
    return [
      {
        ...f,
        provenance: { kind: 'commit', blob: p.blob, path: where.path, commit, author, date },
      },
    ];
  });
}

/** `revs` as git rev-list takes them (`origin/main..HEAD`, or `<oid> --not --remotes=origin`). */
export async function rangeSource(
  git: Git,
  revs: string[],
  scope: string,
  { withFacts = true } = {},
): Promise<Source> {
  const range: Range = revs.length ? await listRange(git, revs) : { commits: [], blobs: new Map() };
  const meta = new Map<string, CommitMeta>();
  return {
    mode: 'history',
    scope: `${scope} in ${git.dir}`,
    root: git.dir,
    exposure: 'history',
    tree: commitFiles(git, null),
    items: (context) => readRange(git, range, context),
    onCommit: (m) => meta.set(m.oid, m),
    async settle(raw) {
      const findings = attributeRange(raw, range, meta);
      if (!withFacts) return { findings, warnings: [] };
      const facts = await gatherFacts(
        git,
        findings,
        new Set(),
        new RefReach(git, await refTips(git)),
        await isShallow(git),
      );
      return { findings, warnings: [], facts };
    },
  };
}
