// Path globs for excludes and ignore entries: `*` and `?` stay inside one folder, `**` crosses folders,
// and a pattern without a slash matches a file or folder name at any depth (as in .gitignore).

function toRegExpSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else out += /[.+^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
  }
  return out;
}

export function compileGlob(glob: string): (path: string) => boolean {
  const trimmed = glob.replace(/^\.\//, '').replace(/\/$/, '');
  const anchored = trimmed.includes('/');
  const source = toRegExpSource(trimmed.replace(/^\//, ''));
  // A match on a folder covers everything below it.
  const re = new RegExp(anchored ? `^${source}(?:/.*)?$` : `(?:^|/)${source}(?:/.*)?$`);
  return (path) => re.test(path);
}

export function compileGlobs(globs: string[]): ((path: string) => boolean) | undefined {
  if (globs.length === 0) return undefined;
  const tests = globs.map(compileGlob);
  return (path) => tests.some((t) => t(path));
}
