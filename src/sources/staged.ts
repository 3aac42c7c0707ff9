// The staged source: exactly what the next commit will contain, read from the git index (not the
// working copy). Changed paths come from `git diff-index --cached`; their index blobs are streamed
// from one cat-file process.

import { emptyTree, git, hasCommit, readObjects, requireRepoRoot, splitNul } from '../git.js';
import type { SourceItem } from './item.js';

const GITLINK_MODE = '160000';
const NULL_OID = /^0+$/;

interface StagedBlob {
  path: string;
  oid: string;
}

/** Unmerged paths have no single index blob: scan "ours" and "theirs", either may be committed. */
async function unmergedBlobs(root: string, paths: string[]): Promise<StagedBlob[]> {
  if (paths.length === 0) return [];
  const entries = splitNul(await git(['--literal-pathspecs', 'ls-files', '-s', '-z', '--', ...paths], root));
  const out: StagedBlob[] = [];
  for (const entry of entries) {
    const [meta = '', path = ''] = entry.split('\t');
    const [mode, oid = '', stage] = meta.split(' ');
    if (mode !== GITLINK_MODE && (stage === '2' || stage === '3')) out.push({ path, oid });
  }
  return out;
}

export async function listStaged(cwd: string): Promise<{ root: string; blobs: StagedBlob[] }> {
  const root = await requireRepoRoot(cwd);
  const base = (await hasCommit(root)) ? 'HEAD' : await emptyTree(root);
  const fields = splitNul(await git(['diff-index', '--cached', '-z', '--no-renames', '--diff-filter=ACMTU', base], root));
  const blobs: StagedBlob[] = [];
  const unmerged: string[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    // ":<old mode> <new mode> <old oid> <new oid> <status>" then the path
    const [, newMode, , newOid = '', status] = fields[i]!.slice(1).split(' ');
    const path = fields[i + 1]!;
    if (status === 'U') unmerged.push(path);
    else if (newMode !== GITLINK_MODE && !NULL_OID.test(newOid)) blobs.push({ path, oid: newOid });
  }
  blobs.push(...(await unmergedBlobs(root, [...new Set(unmerged)])));
  return { root, blobs };
}

export async function* readStaged(root: string, blobs: StagedBlob[]): AsyncGenerator<SourceItem> {
  let i = 0;
  for await (const object of readObjects(root, blobs.map((b) => b.oid))) {
    const { path, oid } = blobs[i++]!;
    const provenance = { kind: 'blob' as const, path, blob: oid, commit: null };
    yield object.bytes ? { provenance, bytes: object.bytes } : { provenance, unreadable: `git object ${oid} is ${object.type}` };
  }
}
