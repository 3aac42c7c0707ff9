// The staged source: exactly what the next commit will contain, read from the git index (not the
// working copy). Changed paths come from `git diff-index --cached`; their index blobs are streamed
// from one cat-file process.

import { emptyTree, hasCommit, splitNul, type Git } from '../git.js';
import type { Source, SourceContext, SourceItem } from './source.js';
import { indexFiles } from './tree-files.js';

const GITLINK_MODE = '160000';
const NULL_OID = /^0+$/;

export interface StagedBlob {
  path: string;
  oid: string;
}

/** Unmerged paths have no single index blob: scan "ours" and "theirs", either may be committed. */
async function unmergedBlobs(git: Git, paths: string[]): Promise<StagedBlob[]> {
  if (paths.length === 0) return [];
  const entries = splitNul(
    await git.run(['--literal-pathspecs', 'ls-files', '-s', '-z', '--', ...paths]),
  );
  const out: StagedBlob[] = [];
  for (const entry of entries) {
    const [meta = '', path = ''] = entry.split('\t');
    const [mode, oid = '', stage] = meta.split(' ');
    if (mode !== GITLINK_MODE && (stage === '2' || stage === '3')) out.push({ path, oid });
  }
  return out;
}

/** The blobs in the index that differ from HEAD (everything, before the first commit). */
export async function listStaged(git: Git): Promise<StagedBlob[]> {
  const base = (await hasCommit(git)) ? 'HEAD' : await emptyTree(git);
  const fields = splitNul(
    await git.run(['diff-index', '--cached', '-z', '--no-renames', '--diff-filter=ACMTU', base]),
  );
  const blobs: StagedBlob[] = [];
  const unmerged: string[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    // ":<old mode> <new mode> <old oid> <new oid> <status>" then the path
    const [, newMode, , newOid = '', status] = fields[i]!.slice(1).split(' ');
    const path = fields[i + 1]!;
    if (status === 'U') unmerged.push(path);
    else if (newMode !== GITLINK_MODE && !NULL_OID.test(newOid)) blobs.push({ path, oid: newOid });
  }
  blobs.push(...(await unmergedBlobs(git, [...new Set(unmerged)])));
  return blobs;
}

async function* readStaged(
  git: Git,
  all: StagedBlob[],
  context: SourceContext,
): AsyncGenerator<SourceItem> {
  const blobs: StagedBlob[] = [];
  for (const b of all) {
    const excluded = context.excludedBy(b.path);
    if (excluded) yield { provenance: { kind: 'blob', path: b.path, blob: b.oid }, excluded };
    else blobs.push(b);
  }
  yield { paths: blobs.map((b) => b.path) };
  let i = 0;
  for await (const object of git.readObjects(blobs.map((b) => b.oid))) {
    const { path, oid } = blobs[i++]!;
    const provenance = { kind: 'blob' as const, path, blob: oid };
    yield object.bytes
      ? { provenance, bytes: object.bytes }
      : { provenance, unreadable: `git object ${oid} is ${object.type}` };
  }
}

export async function stagedSource(git: Git): Promise<Source> {
  const blobs = await listStaged(git);
  return {
    mode: 'staged',
    scope: `staged changes of ${git.dir}`,
    root: git.dir,
    exposure: 'staged',
    tree: indexFiles(git),
    items: (context) => readStaged(git, blobs, context),
  };
}
