// Writing files a repository cannot redirect: the scanned repository may have committed a symbolic
// link where a report or the purge kit will be written (`flora-keyscan.sarif` pointing at a shell
// profile). Reports replace whatever is at their path; the kit is only ever written into a new (or
// empty) folder, each file created, never opened if it exists.
import { closeSync, constants, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync, } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from './errors.js';
const ERRORS = {
    ENOENT: 'no such folder',
    ENOTDIR: 'a part of the path is not a folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EISDIR: 'it is a folder',
    EEXIST: 'it already exists',
};
/** A file system error in words, not its code alone. */
export function inWords(error) {
    const code = error.code ?? '';
    return ERRORS[code] ?? (error.message || code);
}
/** Refuses a path whose folders, below `base`, include a symbolic link (a repository can commit one). */
function refuseLinkedFolders(file, base) {
    const rel = relative(base, dirname(file));
    if (rel.startsWith('..') || isAbsolute(rel) || rel === '')
        return;
    let at = base;
    for (const part of rel.split(sep)) {
        at = join(at, part);
        try {
            if (lstatSync(at).isSymbolicLink())
                throw new UserError(`refusing to write ${file}: ${at} is a symbolic link`);
        }
        catch (error) {
            if (error instanceof UserError)
                throw error;
            return; // a missing folder is reported by the write
        }
    }
}
function writeAll(fd, text) {
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length;)
        at += writeSync(fd, bytes, at);
}
/**
 * Writes `text` to `file`. A regular file or a symbolic link there is replaced through a new file
 * beside it, renamed over it: a link is replaced, never written through. A device or pipe
 * (/dev/null, /dev/stdout, a FIFO) is written to as it is. Folders below `base` must not be links.
 */
export function writeReplacing(file, text, base) {
    refuseLinkedFolders(file, base);
    let existing = null;
    try {
        existing = lstatSync(file);
    }
    catch {
        // absent: created below
    }
    if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
        if (existing.isDirectory())
            throw new UserError(`cannot write ${file}: it is a folder`);
        let fd;
        try {
            fd = openSync(file, constants.O_WRONLY | constants.O_NOFOLLOW);
        }
        catch (error) {
            throw new UserError(`cannot write ${file}: ${inWords(error)}`);
        }
        try {
            writeAll(fd, text);
        }
        catch (error) {
            throw new UserError(`cannot write ${file}: ${inWords(error)}`);
        }
        finally {
            closeSync(fd);
        }
        return;
    }
    const temporary = join(dirname(file), `.${basename(file)}.flora-keyscan-${randomBytes(6).toString('hex')}`);
    let fd;
    try {
        fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    }
    catch (error) {
        throw new UserError(`cannot write ${file}: ${inWords(error)}`);
    }
    try {
        writeAll(fd, text);
        closeSync(fd);
        renameSync(temporary, file);
    }
    catch (error) {
        rmSync(temporary, { force: true });
        throw new UserError(`cannot write ${file}: ${inWords(error)}`);
    }
}
/** Checks that `dir` can become a private folder: absent (its parent present), or an empty folder that is not a link. */
export function checkPrivateFolder(dir) {
    let info;
    try {
        info = lstatSync(dir);
    }
    catch {
        try {
            if (!lstatSync(dirname(dir)).isDirectory())
                throw new Error();
        }
        catch {
            throw new UserError(`cannot create ${dir}: its parent folder does not exist`);
        }
        return;
    }
    if (info.isSymbolicLink())
        throw new UserError(`refusing ${dir}: it is a symbolic link; name a new folder`);
    if (!info.isDirectory())
        throw new UserError(`refusing ${dir}: it is not a folder; name a new folder`);
    if (readdirSync(dir).length > 0)
        throw new UserError(`refusing ${dir}: it is not empty; name a new folder`);
}
/** A new private folder (0700), or an existing empty one left as it is (its mode is its owner's choice). */
export function createPrivateFolder(dir) {
    checkPrivateFolder(dir);
    try {
        mkdirSync(dir, { mode: 0o700 });
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw new UserError(`cannot create ${dir}: ${inWords(error)}`);
    }
}
/** Creates `name` in `dir` with `mode`; refuses if anything (a link included) is already there. */
export function createPrivateFile(dir, name, text, mode) {
    const file = join(dir, name);
    let fd;
    try {
        fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
    }
    catch (error) {
        throw new UserError(`cannot create ${file}: ${inWords(error)}`);
    }
    try {
        const bytes = Buffer.from(text);
        for (let at = 0; at < bytes.length;)
            at += writeSync(fd, bytes, at);
    }
    finally {
        closeSync(fd);
    }
}
