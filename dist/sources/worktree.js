// The working tree: what could be committed. Inside a git repository that is tracked files plus
// untracked files git does not ignore (optionally ignored ones too); outside one, every file.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { EarlierVersions, splitByEarlier } from '../exposure.js';
import { findWorkTree, hasCommit, splitNul } from '../git.js';
import { WINDOW_BYTES } from '../scan/engine.js';
import { worktreeFiles } from './tree-files.js';
function toPosix(path) {
    return sep === '/' ? path : path.split(sep).join('/');
}
async function kindOf(path) {
    try {
        return (await stat(path)).isDirectory() ? 'dir' : 'file';
    }
    catch (error) {
        const code = error.code;
        throw new UserError(code === 'ENOENT' ? `no such file or directory: ${path}` : `cannot read ${path}: ${code}`);
    }
}
async function listInRepo(git, dirs, includeIgnored) {
    if (dirs.length === 0)
        return [];
    const specs = dirs.map((d) => relative(git.dir, d) || '.');
    const base = ['--literal-pathspecs', 'ls-files', '-z', '--full-name'];
    const listed = splitNul(await git.run([...base, '--cached', '--others', '--exclude-standard', '--', ...specs]));
    if (includeIgnored)
        listed.push(...splitNul(await git.run([...base, '--others', '--ignored', '--exclude-standard', '--', ...specs])));
    return listed;
}
async function listOutsideRepo(root, dirs) {
    // Loaded only here: the hook path never needs a directory walker.
    const { default: fg } = await import('fast-glob');
    const out = [];
    for (const dir of dirs) {
        const found = await fg('**/*', {
            cwd: dir,
            dot: true,
            onlyFiles: true,
            followSymbolicLinks: false,
            ignore: ['**/.git/**'],
            suppressErrors: true,
        });
        for (const f of found)
            out.push(toPosix(relative(root, resolve(dir, f))));
    }
    return out;
}
export async function planWorktree(options) {
    const targets = (options.paths.length ? options.paths : ['.']).map((p) => resolve(options.cwd, p));
    const kinds = await Promise.all(targets.map(kindOf));
    const dirs = targets.filter((_, i) => kinds[i] === 'dir');
    const named = targets.filter((_, i) => kinds[i] === 'file');
    const repo = await findWorkTree(dirs[0] ?? resolve(named[0], '..'), options.env);
    const root = repo?.dir ?? (dirs.length === 1 && named.length === 0 ? dirs[0] : options.cwd);
    const inside = (p) => {
        const rel = relative(root, p);
        return !rel.startsWith('..') && !isAbsolute(rel);
    };
    if (repo)
        for (const dir of dirs.filter((d) => !inside(d)))
            throw new UserError(`${dir} is outside the repository at ${root}; scan it separately`);
    const listed = repo
        ? await listInRepo(repo, dirs, options.includeIgnored)
        : await listOutsideRepo(root, dirs);
    // Files named on the command line are scanned even if ignored: the user asked for them.
    const files = new Set([...listed, ...named.map((f) => toPosix(relative(root, f)))]);
    const kept = [...files].filter((f) => !f.split('/').includes('.git'));
    return { root, inRepo: repo !== null, files: kept.sort() };
}
/** Files above this size are read and scanned in chunks: memory stays flat whatever the size. */
const STREAM_ABOVE_BYTES = 2 * WINDOW_BYTES;
function* readChunks(path) {
    const fd = openSync(path, 'r');
    try {
        for (;;) {
            const chunk = Buffer.allocUnsafe(WINDOW_BYTES);
            const n = readSync(fd, chunk, 0, WINDOW_BYTES, null);
            if (n === 0)
                return;
            yield n === WINDOW_BYTES ? chunk : chunk.subarray(0, n);
        }
    }
    finally {
        closeSync(fd);
    }
}
/**
 * Reads one file. Synchronous on purpose: for thousands of small files sync reads are several times
 * faster than the promise API, and a CLI has nothing else to do meanwhile.
 */
function readFileItem(root, path, maxFileSize) {
    const provenance = { kind: 'file', path };
    const abs = `${root}/${path}`;
    let fd;
    try {
        // Non-blocking, so that opening a FIFO cannot hang the scan; fstat then tells what it is.
        // Links are not followed: git stores the link, and its target is scanned where it lives.
        fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return null; // tracked but deleted in the work tree: nothing to scan
        if (code === 'ELOOP')
            return { provenance, skipped: 'symbolic link (not followed)' };
        if (code === 'ENXIO')
            return { provenance, skipped: 'not a regular file' };
        return { provenance, unreadable: code ?? error.message };
    }
    try {
        const info = fstatSync(fd);
        if (info.isDirectory())
            return { provenance, skipped: 'directory (a submodule? scan it separately)' };
        if (!info.isFile())
            return { provenance, skipped: 'not a regular file' };
        if (info.size > maxFileSize)
            return {
                provenance,
                skipped: `larger than the size limit (${info.size} > ${maxFileSize} bytes; --max-file-size)`,
            };
        if (info.size > STREAM_ABOVE_BYTES)
            return { provenance, chunks: () => readChunks(abs), size: info.size };
        const bytes = Buffer.allocUnsafe(info.size);
        let filled = 0;
        for (let n = 1; filled < info.size && n > 0; filled += n)
            n = readSync(fd, bytes, filled, info.size - filled, filled);
        return { provenance, bytes: bytes.subarray(0, filled) };
    }
    catch (error) {
        return {
            provenance,
            unreadable: error.code ?? error.message,
        };
    }
    finally {
        closeSync(fd);
    }
}
function* readWorktree(plan, context) {
    const read = [];
    for (const path of plan.files) {
        const excluded = context.excludedBy(path);
        if (excluded) {
            yield { provenance: { kind: 'file', path }, excluded };
            continue;
        }
        read.push(path);
        const item = readFileItem(plan.root, path, context.maxFileSize);
        if (item)
            yield item;
    }
    yield { paths: read };
}
/**
 * A working-tree key that HEAD's version of its file holds too is committed already (or pushed):
 * still reported, with the commit it came from and the advice for where it is.
 */
async function settleWorktree(git, raw, context) {
    if (raw.length === 0 || !(await hasCommit(git)))
        return { findings: raw, warnings: [] };
    const { added, preExisting } = await splitByEarlier(raw, (f) => (f.provenance.kind === 'file' ? [{ rev: 'HEAD', path: f.provenance.path }] : []), new EarlierVersions(git, context.engine));
    return { findings: [...added, ...preExisting], warnings: [] };
}
/** The working tree (or the files and folders named) as a source; `git` when it is a repository's. */
export function worktreeSource(plan, git = null) {
    return {
        mode: 'worktree',
        scope: `working tree of ${plan.root}`,
        root: plan.root,
        exposure: 'working-tree',
        tree: worktreeFiles(plan.root),
        items: (context) => readWorktree(plan, context),
        ...(git ? { settle: (raw, context) => settleWorktree(git, raw, context) } : {}),
    };
}
