#!/usr/bin/env node
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/errors.ts
var UserError, UsageError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    UserError = class extends Error {
      name = "UserError";
    };
    UsageError = class extends UserError {
      name = "UsageError";
    };
  }
});

// src/policy-files.ts
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
function worktreeFiles(root) {
  return {
    origin: "the working tree",
    read: (name) => readPolicyFile(join(root, name)),
    describe: (name) => join(root, name)
  };
}
function readPolicyFile(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code2 = error.code;
    if (code2 === "ENOENT" || code2 === "ENOTDIR") return null;
    throw new UserError(`cannot read ${path}: ${code2}`);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new UserError(`cannot read ${path}: not a regular file`);
    if (info.size > POLICY_FILE_BYTES)
      throw new UserError(`cannot read ${path}: ${info.size} bytes is too large for a policy file`);
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}
async function revisionFiles(git, rev) {
  const texts = /* @__PURE__ */ new Map();
  const specs = NAMES.map((n) => `${rev}:${n}`);
  let i = 0;
  for await (const object of git.readObjects(specs)) {
    const name = NAMES[i++];
    if (object.bytes && object.type === "blob") texts.set(name, object.bytes.toString("utf8"));
  }
  return {
    origin: rev,
    read: (name) => texts.get(name) ?? null,
    describe: (name) => `${rev}:${name}`
  };
}
function policyPart(files, name) {
  const text = files.read(name);
  if (text === null || name !== "package.json") return text;
  try {
    const value = JSON.parse(text)[PACKAGE_KEY];
    return value === void 0 ? null : JSON.stringify(value);
  } catch {
    return text;
  }
}
function changedPolicy(base, head) {
  return NAMES.filter((name) => policyPart(base, name) !== policyPart(head, name)).map(
    (name) => name === "package.json" ? `package.json "${PACKAGE_KEY}"` : name
  );
}
var CONFIG_FILE, IGNORE_FILE, PACKAGE_KEY, NAMES, POLICY_FILE_BYTES, NO_FILES;
var init_policy_files = __esm({
  "src/policy-files.ts"() {
    "use strict";
    init_errors();
    CONFIG_FILE = "flora-keyscan.config.json";
    IGNORE_FILE = ".flora-keyscan-ignore";
    PACKAGE_KEY = "flora-keyscan";
    NAMES = [CONFIG_FILE, "package.json", IGNORE_FILE];
    POLICY_FILE_BYTES = 4 * 1024 * 1024;
    NO_FILES = {
      origin: "nowhere (--no-repo-config)",
      read: () => null,
      describe: (name) => name
    };
  }
});

// src/rules/pattern.ts
import { RE2JS } from "re2js";
function splitInlineFlags(pattern) {
  return pattern.startsWith("(?i)") ? { source: pattern.slice(4), flags: "i" } : { source: pattern, flags: "" };
}
function v8Pattern(pattern) {
  const { source, flags } = splitInlineFlags(pattern);
  const global = new RegExp(source, flags + "gd");
  const single2 = new RegExp(source, flags);
  return {
    *matches(text) {
      global.lastIndex = 0;
      for (let m = global.exec(text); m; m = global.exec(text)) {
        if (m[0].length === 0) global.lastIndex++;
        const match = m;
        yield {
          start: match.index,
          end: match.index + match[0].length,
          group(name) {
            const text2 = match.groups?.[name];
            const span = match.indices?.groups?.[name];
            return text2 === void 0 || !span ? void 0 : { text: text2, start: span[0], end: span[1] };
          }
        };
      }
    },
    test: (text) => single2.test(text)
  };
}
function re2Pattern(pattern) {
  const re = RE2JS.compile(pattern);
  const names = new Set(Object.keys(re.namedGroups()));
  return {
    *matches(text) {
      const m = re.matcher(text);
      let from = 0;
      while (from <= text.length && m.find(from)) {
        const start = m.start();
        const end = m.end();
        yield {
          start,
          end,
          group(name) {
            if (!names.has(name)) return void 0;
            const value = m.group(name);
            return value === null || value === void 0 ? void 0 : { text: value, start: m.start(name), end: m.end(name) };
          }
        };
        from = end > start ? end : end + 1;
      }
    },
    test: (text) => re.matcher(text).find()
  };
}
function compilePattern(pattern, shipped) {
  return shipped ? v8Pattern(pattern) : re2Pattern(pattern);
}
var init_pattern = __esm({
  "src/rules/pattern.ts"() {
    "use strict";
  }
});

// src/config.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve } from "node:path";
function parseSize(text, what) {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : void 0;
  if (!m || unit === void 0)
    throw new UserError(`${what}: "${text}" is not a size (examples: 1048576, 512KB, 200MB, 1GB)`);
  return Math.floor(Number(m[1]) * unit);
}
function readJson(file) {
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (error) {
    const code2 = error.code;
    throw new UserError(
      code2 === "ENOENT" ? `config file not found: ${file}` : `cannot read config file ${file}: ${code2}`
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: not valid JSON: ${error.message}`);
  }
}
function parseConfig(raw, where) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new UserError(`${where}: the config must be a JSON object`);
  const obj = raw;
  for (const key of Object.keys(obj))
    if (!KEYS.has(key))
      throw new UserError(
        `${where}: unknown key "${key}" (known: ${[...KEYS].slice(1).join(", ")})`
      );
  const list = (key) => {
    const v = obj[key];
    if (v === void 0) return [];
    if (!Array.isArray(v)) throw new UserError(`${where}: "${key}" must be a list`);
    return v;
  };
  const strings = (key) => list(key).map((v, i) => {
    if (typeof v !== "string" || !v)
      throw new UserError(`${where}: "${key}[${i}]" must be a non-empty string`);
    return v;
  });
  const allowlist = strings("allowlist").map((p, i) => {
    try {
      return re2Pattern(p);
    } catch (error) {
      const why = error.message.replace(/^error parsing regexp: /, "");
      throw new UserError(
        `${where}: "allowlist[${i}]" is not a valid regular expression for RE2 (no lookaround or backreferences): ${why}`
      );
    }
  });
  let minEntropy;
  if (obj.minEntropy !== void 0) {
    if (typeof obj.minEntropy !== "number" || obj.minEntropy < 0 || obj.minEntropy > 8)
      throw new UserError(`${where}: "minEntropy" must be a number from 0 to 8`);
    minEntropy = obj.minEntropy;
  }
  let maxFileSize;
  if (obj.maxFileSize !== void 0) {
    if (typeof obj.maxFileSize === "number" && obj.maxFileSize > 0) maxFileSize = obj.maxFileSize;
    else if (typeof obj.maxFileSize === "string")
      maxFileSize = parseSize(obj.maxFileSize, `${where}: "maxFileSize"`);
    else
      throw new UserError(
        `${where}: "maxFileSize" must be a positive number of bytes or a size like "200MB"`
      );
  }
  return {
    source: where,
    rules: list("rules").map((r, i) => ({ raw: r, where: `${where} rules[${i}]` })),
    allowlist,
    exclude: strings("exclude"),
    minEntropy,
    maxFileSize
  };
}
function emptyConfig() {
  return { source: null, rules: [], allowlist: [], exclude: [] };
}
function parseJson(text, where) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${where}: not valid JSON: ${error.message}`);
  }
}
function loadConfig(files, explicit, cwd) {
  if (explicit) {
    const file = resolve(cwd, explicit);
    return parseConfig(readJson(file), file);
  }
  const text = files.read(CONFIG_FILE);
  if (text !== null)
    return parseConfig(parseJson(text, files.describe(CONFIG_FILE)), files.describe(CONFIG_FILE));
  const pkg = files.read("package.json");
  if (pkg === null) return emptyConfig();
  let value;
  try {
    value = JSON.parse(pkg)[PACKAGE_KEY];
  } catch {
    return emptyConfig();
  }
  return value === void 0 ? emptyConfig() : parseConfig(value, `${files.describe("package.json")} "${PACKAGE_KEY}"`);
}
var KEYS, SIZE_UNITS;
var init_config = __esm({
  "src/config.ts"() {
    "use strict";
    init_errors();
    init_policy_files();
    init_pattern();
    KEYS = /* @__PURE__ */ new Set(["$schema", "rules", "allowlist", "exclude", "minEntropy", "maxFileSize"]);
    SIZE_UNITS = {
      "": 1,
      b: 1,
      k: 1024,
      kb: 1024,
      m: 1024 ** 2,
      mb: 1024 ** 2,
      g: 1024 ** 3,
      gb: 1024 ** 3
    };
  }
});

// src/cli/numbers.ts
function wholeNumber(text, flag, min, max) {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${text}")`);
  return n;
}
function checkNumbers(flags) {
  for (const [name, [min, max]] of Object.entries(NUMBER_RANGES)) {
    const value = flags[name];
    if (value !== void 0) wholeNumber(value, `--${name}`, min, max);
  }
  if (flags["max-file-size"] !== void 0) parseSize(flags["max-file-size"], "--max-file-size");
}
var NUMBER_RANGES;
var init_numbers = __esm({
  "src/cli/numbers.ts"() {
    "use strict";
    init_config();
    init_errors();
    NUMBER_RANGES = {
      timeout: [1, 600],
      concurrency: [1, 16],
      threads: [1, 64]
    };
  }
});

// src/git.ts
import { spawn } from "node:child_process";
import { closeSync as closeSync2, mkdtempSync, openSync as openSync2, readFileSync as readFileSync3, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
function gitFailed(args, stderr, code2) {
  const reason = stderr.split("\n").find((l) => l.trim()) ?? `exit code ${code2}`;
  return new GitError(`git ${args[0]} failed: ${reason.replace(/^(fatal|error): /, "")}`);
}
function notStarted(error) {
  return new GitError(
    error.code === "ENOENT" ? "git is not installed or not on PATH" : `cannot run git: ${error.message}`
  );
}
function splitNul(buffer) {
  return buffer.toString("utf8").split("\0").filter((s) => s.length > 0);
}
async function findWorkTree(dir, env) {
  const result = await new Git(dir, env).raw([
    "rev-parse",
    "--show-toplevel",
    "--path-format=absolute",
    "--git-path",
    "MERGE_HEAD",
    "--verify",
    "--quiet",
    "HEAD^{commit}"
  ]);
  const [top = "", mergeHead = "", head = ""] = result.stdout.toString("utf8").split("\n");
  if (result.code !== 0 && result.code !== 1 || top === "" || mergeHead === "") return null;
  const git = new Git(top, env);
  void git.once("bare", async () => false);
  void git.once("merge-head", async () => mergeHead);
  void git.once("has-head", async () => result.code === 0 && head !== "");
  return git;
}
function isBare(git) {
  return git.once(
    "bare",
    async () => await git.text(["rev-parse", "--is-bare-repository"]) === "true"
  );
}
function mergeHeadFile(git) {
  return git.once(
    "merge-head",
    () => git.text(["rev-parse", "--path-format=absolute", "--git-path", "MERGE_HEAD"])
  );
}
async function requireWorkTree(dir, env) {
  const git = await findWorkTree(dir, env);
  if (!git) throw new GitError(`not a git repository: ${dir}`);
  return git;
}
async function requireRepository(dir, env) {
  const top = await findWorkTree(dir, env);
  if (top) return top;
  const result = await new Git(dir, env).raw(["rev-parse", "--absolute-git-dir"]);
  if (result.code !== 0) throw new GitError(`not a git repository: ${dir}`);
  return new Git(result.stdout.toString("utf8").trim(), env);
}
async function hasCommit(git, rev = "HEAD") {
  const ask = async () => (await git.raw(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`])).code === 0;
  return rev === "HEAD" ? git.once("has-head", ask) : ask();
}
async function emptyTree(git) {
  return (await git.run(["hash-object", "-t", "tree", "--stdin"], "")).toString("utf8").trim();
}
async function* parseBatch(stream) {
  let pending = [];
  let pendingBytes = 0;
  let header = null;
  const take = (n) => {
    const joined = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
    const head = joined.subarray(0, n);
    const rest = joined.subarray(n);
    pending = rest.length ? [rest] : [];
    pendingBytes = rest.length;
    return head;
  };
  for await (const chunk of stream) {
    pending.push(chunk);
    pendingBytes += chunk.length;
    for (; ; ) {
      if (pendingBytes === 0) break;
      if (!header) {
        let nl = pending[0].indexOf(10);
        if (nl === -1 && pending.length > 1) {
          take(0);
          nl = pending[0].indexOf(10);
        }
        if (nl === -1) break;
        const line = take(nl + 1).toString("utf8", 0, nl);
        const [oid = "", type = "", size] = line.split(" ");
        if (type === "missing" || type === "ambiguous" || size === void 0) {
          yield { oid, type, bytes: null };
          continue;
        }
        header = { oid, type, size: Number(size) };
      }
      if (pendingBytes < header.size + 1) break;
      const bytes = take(header.size + 1).subarray(0, header.size);
      const done = header;
      header = null;
      yield { oid: done.oid, type: done.type, bytes };
    }
  }
  if (header) throw new GitError(`git cat-file ended in the middle of object ${header.oid}`);
}
var GitError, GIT_ENV, NO_TRANSPORT, SAFE_CONFIG, ObjectReadError, Git, OidList;
var init_git = __esm({
  "src/git.ts"() {
    "use strict";
    init_errors();
    GitError = class extends UserError {
      name = "GitError";
    };
    GIT_ENV = {
      GIT_TERMINAL_PROMPT: "0",
      GIT_PAGER: "cat",
      LC_ALL: "C",
      GIT_OPTIONAL_LOCKS: "0",
      GIT_NO_LAZY_FETCH: "1"
    };
    NO_TRANSPORT = { GIT_ALLOW_PROTOCOL: "none" };
    SAFE_CONFIG = [["core.fsmonitor", "false"]];
    ObjectReadError = class extends GitError {
      constructor(oid, reason) {
        super(`cannot read git object ${oid}: ${reason.replace(/^(fatal|error): /, "")}`);
        this.oid = oid;
      }
      name = "ObjectReadError";
    };
    Git = class _Git {
      constructor(dir, env, network = false) {
        this.dir = dir;
        this.env = env;
        this.network = network;
      }
      /**
       * Facts that cannot change during a run (is it bare, does HEAD exist, where is MERGE_HEAD), asked of
       * git once: every process git starts costs the pre-commit hook a few milliseconds.
       */
      facts = /* @__PURE__ */ new Map();
      once(fact, ask) {
        let known = this.facts.get(fact);
        if (!known) this.facts.set(fact, known = ask());
        return known;
      }
      /** The same environment, in another directory. */
      at(dir) {
        return new _Git(dir, this.env, this.network);
      }
      /** The same git, allowed to fetch (and lazily fetch). */
      withNetwork() {
        return new _Git(this.dir, this.env, true);
      }
      spawnEnv() {
        const env = {
          ...this.env,
          ...GIT_ENV,
          ...this.network ? { GIT_NO_LAZY_FETCH: void 0 } : NO_TRANSPORT
        };
        let count2 = Number(env.GIT_CONFIG_COUNT) || 0;
        for (const [key, value] of SAFE_CONFIG) {
          env[`GIT_CONFIG_KEY_${count2}`] = key;
          env[`GIT_CONFIG_VALUE_${count2++}`] = value;
        }
        env.GIT_CONFIG_COUNT = String(count2);
        for (const k of Object.keys(env)) if (env[k] === void 0) delete env[k];
        return env;
      }
      /** Runs git and collects its output; rejects only when git cannot be started at all. */
      raw(args, input) {
        return new Promise((resolve11, reject) => {
          const child = spawn("git", args, {
            cwd: this.dir,
            env: this.spawnEnv(),
            stdio: ["pipe", "pipe", "pipe"]
          });
          const out = [];
          const err = [];
          child.stdout.on("data", (c) => out.push(c));
          child.stderr.on("data", (c) => err.push(c));
          child.on("error", (error) => reject(notStarted(error)));
          child.on(
            "close",
            (code2) => resolve11({
              stdout: Buffer.concat(out),
              stderr: Buffer.concat(err).toString("utf8"),
              code: code2 ?? 1
            })
          );
          child.stdin.on("error", () => {
          });
          child.stdin.end(input);
        });
      }
      /** Runs git and returns stdout; a non-zero exit is a GitError with git's own first line of complaint. */
      async run(args, input) {
        const result = await this.raw(args, input);
        if (result.code !== 0) throw gitFailed(args, result.stderr, result.code);
        return result.stdout;
      }
      /** `run()` as text, trimmed. */
      async text(args) {
        return (await this.run(args)).toString("utf8").trim();
      }
      /**
       * Runs git with its output going to a temporary file rather than a pipe, and returns the output: for
       * long listings meant to run alongside a busy thread, which a pipe would hold back whenever that
       * thread is not reading.
       */
      async toFile(args) {
        const dir = mkdtempSync(join2(tmpdir(), "flora-keyscan-"));
        const file = join2(dir, "git-output");
        const fd = openSync2(file, "w", 384);
        try {
          const child = spawn("git", args, {
            cwd: this.dir,
            env: this.spawnEnv(),
            stdio: ["ignore", fd, "pipe"]
          });
          let stderr = "";
          child.stderr.on("data", (c) => stderr += c.toString("utf8"));
          const code2 = await new Promise((resolve11, reject) => {
            child.on("error", (error) => reject(notStarted(error)));
            child.on("close", (c) => resolve11(c ?? 1));
          });
          if (code2 !== 0) throw gitFailed(args, stderr, code2);
          return readFileSync3(file);
        } finally {
          closeSync2(fd);
          rmSync(dir, { recursive: true, force: true });
        }
      }
      /** Streams the named objects, in the order given, from one `git cat-file --batch` process. */
      async *readObjects(ids) {
        const oids = ids instanceof OidList ? ids : OidList.of(ids);
        if (oids.length === 0) return;
        const child = spawn("git", ["cat-file", "--batch", "--buffer"], {
          cwd: this.dir,
          env: this.spawnEnv(),
          stdio: ["pipe", "pipe", "pipe"]
        });
        child.stdin.on("error", () => {
        });
        child.stdin.end(oids.text);
        let stderr = "";
        child.stderr.on("data", (c) => stderr += c.toString("utf8"));
        const exited = new Promise(
          (resolve11) => child.on("close", (code3) => resolve11(code3 ?? 1))
        );
        let seen = 0;
        try {
          for await (const object of parseBatch(child.stdout)) {
            seen++;
            yield object;
          }
        } finally {
          child.kill();
        }
        const code2 = await exited;
        if (seen < oids.length)
          throw new ObjectReadError(
            oids.at(seen),
            stderr.trim().split("\n")[0] || `git cat-file exited with ${code2}`
          );
      }
      /**
       * Like readObjects, but an unreadable object is reported in place (bytes null, `error` set) and
       * reading goes on with the next one in a fresh cat-file process.
       */
      async *readObjectsResilient(oids) {
        let from = 0;
        while (from < oids.length) {
          try {
            for await (const object of this.readObjects(oids.from(from))) {
              from++;
              yield object;
            }
          } catch (error) {
            if (!(error instanceof ObjectReadError)) throw error;
            from++;
            yield { oid: error.oid, type: "unreadable", bytes: null, error: error.message };
          }
        }
      }
    };
    OidList = class _OidList {
      constructor(text, starts, length) {
        this.text = text;
        this.starts = starts;
        this.length = length;
      }
      static fromLines(text, starts, length) {
        return new _OidList(text, starts, length);
      }
      static of(oids) {
        const text = Buffer.from(oids.length ? oids.join("\n") + "\n" : "");
        const starts = new Uint32Array(oids.length);
        let at2 = 0;
        oids.forEach((oid, i) => {
          starts[i] = at2;
          at2 += Buffer.byteLength(oid) + 1;
        });
        return new _OidList(text, starts, oids.length);
      }
      at(i) {
        const start = this.starts[i];
        return this.text.toString("latin1", start, this.text.indexOf(10, start));
      }
      /** The ids from index `from` on. */
      from(from) {
        if (from === 0) return this;
        const base = this.starts[from] ?? this.text.length;
        return new _OidList(
          this.text.subarray(base),
          this.starts.subarray(from).map((s) => s - base),
          this.length - from
        );
      }
    };
  }
});

// src/findings.ts
function exposureOf(provenance) {
  switch (provenance.kind) {
    case "file":
    case "path":
      return "working-copy";
    case "blob":
      return "staged";
    default:
      return "committed";
  }
}
function withoutSecret(f) {
  return {
    ruleId: f.ruleId,
    provider: f.provider,
    severity: f.severity,
    environment: f.environment,
    secretSha256: f.secretSha256,
    redacted: f.redacted,
    entropy: f.entropy,
    line: f.line,
    column: f.column,
    ...f.byteOffset !== void 0 ? { byteOffset: f.byteOffset } : {},
    ...f.encoding ? { encoding: f.encoding } : {},
    provenance: { ...f.provenance },
    exposure: f.exposure,
    ...f.committedIn ? { committedIn: f.committedIn } : {},
    providerEvidence: { ...f.providerEvidence },
    ...f.publicExample ? { publicExample: true } : {},
    verification: f.verification
  };
}
function pathOf(f) {
  return f.provenance.kind === "message" ? null : f.provenance.path;
}
function commitOf(f) {
  const p = f.provenance;
  return p.kind === "commit" || p.kind === "message" ? p.commit : null;
}
function blobOf(f) {
  const p = f.provenance;
  return p.kind === "blob" || p.kind === "commit" ? p.blob : null;
}
function dateOf(f) {
  const p = f.provenance;
  return (p.kind === "commit" || p.kind === "message") && p.date ? p.date : null;
}
function authorOf(f) {
  const p = f.provenance;
  return (p.kind === "commit" || p.kind === "message") && p.author ? p.author : null;
}
var EVIDENCE_KINDS, EXPOSURE_ORDER, SUPPRESSION_SOURCES;
var init_findings = __esm({
  "src/findings.ts"() {
    "use strict";
    EVIDENCE_KINDS = [
      "shape",
      "publicExample",
      "line",
      "file",
      "repository",
      "none"
    ];
    EXPOSURE_ORDER = [
      "pushed",
      "unreachable",
      "committed",
      "staged",
      "working-copy"
    ];
    SUPPRESSION_SOURCES = [
      "inline-allow",
      "ignore-file",
      "allowlist",
      "config-exclude",
      "ignore-path",
      "rule-override"
    ];
  }
});

// src/sources/tree-files.ts
import { closeSync as closeSync3, constants as constants2, fstatSync as fstatSync2, openSync as openSync3, readSync, realpathSync } from "node:fs";
import { dirname, join as join3, sep } from "node:path";
function treeFileKey(file) {
  return `${file.tree}\0${file.path}`;
}
function readSmallFile(path, limit = SMALL_FILE_BYTES) {
  let fd;
  try {
    fd = openSync3(path, constants2.O_RDONLY | constants2.O_NONBLOCK | constants2.O_NOFOLLOW);
  } catch {
    return null;
  }
  try {
    const info = fstatSync2(fd);
    if (!info.isFile() || info.size > limit) return null;
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    for (let n = 1; filled < info.size && n > 0; filled += n)
      n = readSync(fd, bytes, filled, info.size - filled, filled);
    return bytes.subarray(0, filled);
  } catch {
    return null;
  } finally {
    closeSync3(fd);
  }
}
function worktreeFiles2(root) {
  let top;
  try {
    top = realpathSync(root);
  } catch {
    top = root;
  }
  const inside2 = (path) => {
    try {
      const folder = realpathSync(dirname(join3(top, path)));
      return folder === top || folder.startsWith(top + sep);
    } catch {
      return false;
    }
  };
  return {
    treeOf: () => "",
    read: async (wanted) => {
      const out = /* @__PURE__ */ new Map();
      let total = 0;
      for (const file of wanted) {
        if (total >= TREE_FILES_BUDGET || !inside2(file.path)) continue;
        const bytes = readSmallFile(join3(top, file.path));
        if (!bytes) continue;
        total += bytes.length;
        out.set(treeFileKey(file), { id: `file:${file.path}`, bytes });
      }
      return out;
    }
  };
}
async function readRevisionBlobs(git, names, limit, budget = Infinity) {
  const asked = [...new Set(names)].filter((n) => !/[\n\r]/.test(n));
  const out = /* @__PURE__ */ new Map();
  if (asked.length === 0) return out;
  const listing = await git.raw(
    ["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"],
    asked.join("\n") + "\n"
  );
  if (listing.code !== 0) return out;
  const namesOf = /* @__PURE__ */ new Map();
  let total = 0;
  listing.stdout.toString("utf8").split("\n").slice(0, asked.length).forEach((line, i) => {
    const [oid = "", type, size] = line.split(" ");
    if (!/^[0-9a-f]{40,64}$/.test(oid)) return;
    out.set(asked[i], null);
    if (type !== "blob" || Number(size) > limit) return;
    if (!namesOf.has(oid)) {
      if (total + Number(size) > budget) return;
      total += Number(size);
      namesOf.set(oid, []);
    }
    namesOf.get(oid).push(asked[i]);
  });
  for await (const object of git.readObjectsResilient(OidList.of([...namesOf.keys()]))) {
    if (!object.bytes) continue;
    const blob = { id: object.oid, bytes: Buffer.from(object.bytes) };
    for (const name of namesOf.get(object.oid) ?? []) out.set(name, blob);
  }
  return out;
}
async function readRevisionFiles(git, wanted) {
  const name = (f) => `${f.tree === ":" ? "" : f.tree}:${f.path}`;
  const blobs = await readRevisionBlobs(git, wanted.map(name), SMALL_FILE_BYTES, TREE_FILES_BUDGET);
  const out = /* @__PURE__ */ new Map();
  for (const f of wanted) {
    const blob = blobs.get(name(f));
    if (blob) out.set(treeFileKey(f), blob);
  }
  return out;
}
function indexFiles(git) {
  return { treeOf: () => ":", read: (wanted) => readRevisionFiles(git, wanted) };
}
function commitFiles(git, fallback) {
  return {
    treeOf: (f) => commitOf(f) ?? fallback,
    read: (wanted) => readRevisionFiles(git, wanted)
  };
}
var SMALL_FILE_BYTES, TREE_FILES_BUDGET;
var init_tree_files = __esm({
  "src/sources/tree-files.ts"() {
    "use strict";
    init_findings();
    init_git();
    SMALL_FILE_BYTES = 1024 * 1024;
    TREE_FILES_BUDGET = 64 * 1024 * 1024;
  }
});

// src/exposure.ts
function historyExposure(refs, bare) {
  if (refs.length === 0) return "unreachable";
  return bare || refs.some((r) => r.startsWith("refs/remotes/")) ? "pushed" : "committed";
}
async function exposeHistory(git, findings, facts) {
  const bare = await isBare(git);
  for (const f of findings)
    f.exposure = historyExposure(facts.refsBySecret[f.secretSha256] ?? [], bare);
}
async function splitByEarlier(findings, earlierOf, versions) {
  const name = (e) => `${e.rev}:${e.path}`;
  const secrets = await versions.secretsAt(findings.flatMap((f) => earlierOf(f).map(name)));
  const added = [];
  const preExisting = [];
  for (const f of findings) {
    const holding = earlierOf(f).find(
      (e) => f.provenance.kind === "path" ? secrets.has(name(e)) : secrets.get(name(e))?.has(f.secretSha256) === true
    );
    if (!holding) {
      added.push(f);
      continue;
    }
    const line = secrets.get(name(holding))?.get(f.secretSha256) ?? 1;
    await versions.markCommitted(f, holding.rev, holding.path, line);
    preExisting.push(f);
  }
  return { added, preExisting };
}
var EARLIER_VERSION_BYTES, EarlierVersions;
var init_exposure = __esm({
  "src/exposure.ts"() {
    "use strict";
    init_git();
    init_tree_files();
    EARLIER_VERSION_BYTES = 64 * 1024 * 1024;
    EarlierVersions = class {
      constructor(git, engine) {
        this.git = git;
        this.engine = engine;
      }
      pushedCache = /* @__PURE__ */ new Map();
      /**
       * The secrets in each version named `rev:path`, with the line each is on; a version that exists but
       * is too large or not a file maps to null, an absent one is left out.
       */
      async secretsAt(names) {
        const blobs = await readRevisionBlobs(this.git, names, EARLIER_VERSION_BYTES);
        const out = /* @__PURE__ */ new Map();
        const byBlob = /* @__PURE__ */ new Map();
        for (const [name, blob] of blobs) {
          if (!blob) {
            out.set(name, null);
            continue;
          }
          let lines = byBlob.get(blob.id);
          if (!lines) {
            const scanned = this.engine.scan(blob.bytes, { kind: "blob", blob: blob.id, path: null });
            lines = /* @__PURE__ */ new Map();
            for (const f of [...scanned.findings, ...scanned.allowed])
              if (!lines.has(f.secretSha256)) lines.set(f.secretSha256, f.line);
            byBlob.set(blob.id, lines);
          }
          out.set(name, lines);
        }
        return out;
      }
      /** The commit that last changed `line` of `path` as `rev` has it: where a key on that line came from. */
      async introducedBy(rev, path, line) {
        const blamed = await this.git.raw([
          "blame",
          "--porcelain",
          "-L",
          `${line},${line}`,
          rev,
          "--",
          path
        ]);
        if (blamed.code !== 0) return null;
        const id = /^([0-9a-f]{40,64}) /.exec(blamed.stdout.toString("utf8"));
        return id?.[1] ?? null;
      }
      /** Whether a remote-tracking ref reaches `commit`, or the repository is bare (it is the remote). */
      pushed(commit) {
        let known = this.pushedCache.get(commit);
        if (!known) {
          known = (async () => {
            if (await isBare(this.git)) return true;
            const refs = await this.git.raw([
              "for-each-ref",
              "--count=1",
              "--format=%(refname)",
              "--contains",
              commit,
              "refs/remotes/"
            ]);
            return refs.code === 0 && refs.stdout.length > 0;
          })();
          this.pushedCache.set(commit, known);
        }
        return known;
      }
      /**
       * Marks `f` as already committed in an earlier version `rev:path` that holds it: the commit it came
       * from (by blame), and whether that was pushed.
       */
      async markCommitted(f, rev, path, line) {
        const commit = await this.introducedBy(rev, path, line);
        if (commit) f.committedIn = commit;
        f.exposure = await this.pushed(commit ?? rev) ? "pushed" : "committed";
      }
    };
  }
});

// src/sources/staged.ts
async function unmergedBlobs(git, paths) {
  if (paths.length === 0) return [];
  const entries = splitNul(
    await git.run(["--literal-pathspecs", "ls-files", "-s", "-z", "--", ...paths])
  );
  const out = [];
  for (const entry of entries) {
    const [meta = "", path = ""] = entry.split("	");
    const [mode, oid = "", stage] = meta.split(" ");
    if (mode !== GITLINK_MODE && (stage === "2" || stage === "3")) out.push({ path, oid });
  }
  return out;
}
async function listStaged(git) {
  const base = await hasCommit(git) ? "HEAD" : await emptyTree(git);
  const fields = splitNul(
    await git.run(["diff-index", "--cached", "-z", "--no-renames", "--diff-filter=ACMTU", base])
  );
  const blobs = [];
  const unmerged = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [, newMode, , newOid = "", status] = fields[i].slice(1).split(" ");
    const path = fields[i + 1];
    if (status === "U") unmerged.push(path);
    else if (newMode !== GITLINK_MODE && !NULL_OID.test(newOid)) blobs.push({ path, oid: newOid });
  }
  blobs.push(...await unmergedBlobs(git, [...new Set(unmerged)]));
  return blobs;
}
async function* readStaged(git, all, context2) {
  const blobs = [];
  for (const b of all) {
    const excluded = context2.excludedBy(b.path);
    if (excluded) yield { provenance: { kind: "blob", path: b.path, blob: b.oid }, excluded };
    else blobs.push(b);
  }
  yield { paths: blobs.map((b) => b.path) };
  let i = 0;
  for await (const object of git.readObjects(blobs.map((b) => b.oid))) {
    const { path, oid } = blobs[i++];
    const provenance = { kind: "blob", path, blob: oid };
    yield object.bytes ? { provenance, bytes: object.bytes } : { provenance, unreadable: `git object ${oid} is ${object.type}` };
  }
}
async function stagedRenames(git) {
  const fields = splitNul(
    await git.run(["diff-index", "--cached", "-z", "-M", "--diff-filter=R", "HEAD"])
  );
  const renames = /* @__PURE__ */ new Map();
  for (let i = 0; i + 2 < fields.length; i += 3) renames.set(fields[i + 2], fields[i + 1]);
  return renames;
}
async function mergeHeads(git) {
  const file = await mergeHeadFile(git);
  const text = readSmallFile(file, 64 * 1024)?.toString("utf8") ?? "";
  return text.split("\n").filter((l) => /^[0-9a-f]{40,64}$/.test(l));
}
async function settleStaged(git, raw, context2) {
  const head = await hasCommit(git);
  const bases = [...head ? ["HEAD"] : [], ...await mergeHeads(git)];
  if (raw.length === 0 || bases.length === 0) return { findings: raw, warnings: [] };
  const renames = head ? await stagedRenames(git) : /* @__PURE__ */ new Map();
  const earlierOf = (f) => {
    const path = pathOf(f);
    if (path === null) return [];
    return bases.map((rev) => ({ rev, path: renames.get(path) ?? path }));
  };
  const { added, preExisting } = await splitByEarlier(
    raw,
    earlierOf,
    new EarlierVersions(git, context2.engine)
  );
  return { findings: added, preExisting, warnings: [] };
}
async function stagedSource(git) {
  const blobs = await listStaged(git);
  return {
    mode: "staged",
    scope: `staged changes of ${git.dir}`,
    root: git.dir,
    exposure: "staged",
    tree: indexFiles(git),
    items: (context2) => readStaged(git, blobs, context2),
    settle: (raw, context2) => settleStaged(git, raw, context2)
  };
}
var GITLINK_MODE, NULL_OID;
var init_staged = __esm({
  "src/sources/staged.ts"() {
    "use strict";
    init_git();
    init_exposure();
    init_findings();
    init_tree_files();
    GITLINK_MODE = "160000";
    NULL_OID = /^0+$/;
  }
});

// src/rules/compile.ts
function escapeRegExp(literal) {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function compileRule(spec) {
  return {
    spec,
    pattern: compilePattern(spec.pattern, spec.shipped),
    keywords: new RegExp(spec.keywords.map(escapeRegExp).join("|"), "i"),
    context: spec.context && {
      pattern: compilePattern(spec.context.pattern, spec.shipped || spec.context.shipped === true),
      lines: spec.context.lines,
      required: spec.context.required
    },
    shape: spec.shape ? compilePattern(spec.shape, spec.shipped) : void 0,
    publicExamples: new Map(spec.evidence?.publicExamples.map((e) => [e.sha256, e.source])),
    stopKey: spec.stopwords.join("")
  };
}
var init_compile = __esm({
  "src/rules/compile.ts"() {
    "use strict";
    init_pattern();
  }
});

// src/scan/entropy.ts
function shannonEntropy(text) {
  if (text.length === 0) return 0;
  let other = null;
  const seen = [];
  for (const ch of text) {
    const code2 = ch.charCodeAt(0);
    if (code2 < 128 && ch.length === 1) {
      if (ascii[code2]++ === 0) seen.push(code2);
    } else (other ??= /* @__PURE__ */ new Map()).set(ch, (other.get(ch) ?? 0) + 1);
  }
  let length = 0;
  const counts = [];
  for (const code2 of seen) {
    counts.push(ascii[code2]);
    length += ascii[code2];
    ascii[code2] = 0;
  }
  for (const n of other?.values() ?? []) {
    counts.push(n);
    length += n;
  }
  let bits = 0;
  for (const n of counts) {
    const p = n / length;
    bits -= p * Math.log2(p);
  }
  return Math.round(bits * 1e3) / 1e3;
}
var ascii;
var init_entropy = __esm({
  "src/scan/entropy.ts"() {
    "use strict";
    ascii = new Uint32Array(128);
  }
});

// src/scan/placeholder.ts
function sequentialShare(body) {
  let steps2 = 0;
  for (let i = 1; i < body.length; i++) {
    const diff = body.charCodeAt(i) - body.charCodeAt(i - 1);
    const wraps = body[i - 1] === "9" && body[i] === "0";
    if (diff === 1 || diff === -1 || wraps) steps2++;
  }
  return body.length > 1 ? steps2 / (body.length - 1) : 0;
}
function placeholderReason(body, stopwords) {
  const lower = body.toLowerCase();
  const word = stopwords.find((w) => lower.includes(w));
  if (word) return `contains "${word}"`;
  if (PHRASE.test(body)) return "words, not a key";
  if (new Set(lower).size < MIN_DISTINCT) return "too few distinct characters";
  if (sequentialShare(lower) >= SEQUENTIAL_SHARE) return "sequential characters";
  return null;
}
var DEFAULT_STOPWORDS, SEQUENTIAL_SHARE, MIN_DISTINCT, PHRASE;
var init_placeholder = __esm({
  "src/scan/placeholder.ts"() {
    "use strict";
    DEFAULT_STOPWORDS = [
      "example",
      "sample",
      "dummy",
      "placeholder",
      "fakekey",
      "yourkey",
      "yourapikey",
      "redacted",
      "changeme",
      "notreal",
      "donotuse",
      "insert",
      "replace",
      "xxxxxx",
      "000000",
      "abcdef",
      "123456"
    ];
    SEQUENTIAL_SHARE = 0.5;
    MIN_DISTINCT = 6;
    PHRASE = /^(?:[a-z]+(?:[-_][a-z]+){2,}|[A-Z]+(?:[-_][A-Z]+){2,})$/;
  }
});

// src/scan/secret.ts
import { createHash } from "node:crypto";
function sha256Hex(secret) {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
function redact(secret, prefixes = []) {
  const prefix = prefixes.filter((p) => secret.startsWith(p)).sort((a, b) => b.length - a.length)[0] ?? "";
  const body = secret.slice(prefix.length);
  if (body.length < 12) return `${prefix}\u2026`;
  return `${prefix}${body.slice(0, 2)}\u2026${body.slice(-2)}`;
}
var init_secret = __esm({
  "src/scan/secret.ts"() {
    "use strict";
  }
});

// src/scan/text.ts
function countCodePoints(text, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < to) i++;
    n++;
  }
  return n;
}
var Lines;
var init_text = __esm({
  "src/scan/text.ts"() {
    "use strict";
    Lines = class {
      constructor(text, countsCharacters = true) {
        this.text = text;
        this.countsCharacters = countsCharacters;
        let count2 = 0;
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count2++;
        this.newlines = new Int32Array(count2);
        let k = 0;
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
          this.newlines[k++] = i;
      }
      /** Offsets of every '\n', ascending. */
      newlines;
      lastOffset = -1;
      lastLine = 0;
      lastColumn = 0;
      /** 0-based index of the line holding `offset`. */
      lineIndex(offset) {
        let lo = 0;
        let hi = this.newlines.length;
        while (lo < hi) {
          const mid = lo + hi >>> 1;
          if (this.newlines[mid] < offset) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      }
      /** How many lines the text has. */
      get count() {
        return this.newlines.length + 1;
      }
      /** Start and end (exclusive, before the newline) of the 0-based line `index`. */
      bounds(index) {
        const start = index === 0 ? 0 : this.newlines[index - 1] + 1;
        const end = index < this.newlines.length ? this.newlines[index] : this.text.length;
        return [start, end];
      }
      /** Start offset of the line holding `offset`. */
      start(offset) {
        const line = this.lineIndex(offset);
        return line === 0 ? 0 : this.newlines[line - 1] + 1;
      }
      /** End offset (exclusive, before any \r of a \r\n) of the line holding `offset`. */
      end(offset) {
        const line = this.lineIndex(offset);
        const end = line < this.newlines.length ? this.newlines[line] : this.text.length;
        return end > 0 && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      }
      /** Start of the line `n` lines before the one holding `offset` (clamped to the text). */
      startBefore(offset, n) {
        const line = Math.max(0, this.lineIndex(offset) - n);
        return line === 0 ? 0 : this.newlines[line - 1] + 1;
      }
      /** End of the line `n` lines after the one holding `offset` (clamped to the text). */
      endAfter(offset, n) {
        const line = Math.min(this.newlines.length, this.lineIndex(offset) + n);
        return line < this.newlines.length ? this.newlines[line] : this.text.length;
      }
      /** Newlines in [from, to). */
      between(from, to) {
        return to <= from ? 0 : this.lineIndex(to) - this.lineIndex(from);
      }
      /** Line and column of `offset`. Columns of later offsets on the same line are counted on from the last. */
      at(offset) {
        const line = this.lineIndex(offset);
        const lineStart = line === 0 ? 0 : this.newlines[line - 1] + 1;
        let from = lineStart;
        let column = 0;
        if (line === this.lastLine && offset >= this.lastOffset && this.lastOffset >= lineStart) {
          from = this.lastOffset;
          column = this.lastColumn;
        }
        column += this.countsCharacters ? countCodePoints(this.text, from, offset) : offset - from;
        this.lastOffset = offset;
        this.lastLine = line;
        this.lastColumn = column;
        return { line: line + 1, column: column + 1 };
      }
    };
  }
});

// src/scan/candidates.ts
function linesAway(count2, above) {
  if (count2 === 0) return "on the same line";
  return `${count2} line${count2 === 1 ? "" : "s"} ${above ? "above" : "below"}`;
}
function shownWord(word) {
  return `'${word.length > WORD_SHOWN ? word.slice(0, WORD_SHOWN) + "\u2026" : word.trim()}'`;
}
function toMatch(m) {
  const secret = m.group("secret");
  if (!secret?.text) return null;
  return { secret, body: m.group("body")?.text ?? secret.text, env: m.group("env")?.text };
}
function ruleEnvironment(rule, match) {
  const env = match.env ?? rule.environment;
  return env === "live" || env === "test" ? env : null;
}
function candidateOf(rule, facts, m) {
  const { spec } = rule;
  const entropy = m.entropy ??= shannonEntropy(m.body);
  if (entropy < spec.minEntropy) return null;
  if (spec.placeholderCheck && facts.placeholder(m.body, rule)) return null;
  return {
    rule,
    start: m.secret.start,
    end: m.secret.end,
    secret: m.secret.text,
    entropy,
    environment: ruleEnvironment(spec, m),
    ...evidenceOf(rule, facts, m.secret.start, m.secret.end, m.secret.text)
  };
}
function ruleCandidates(rule, facts, onSlow) {
  const found = [];
  const keep = (c) => c && found.push(c);
  if (rule.spec.shipped) {
    for (const m of facts.matches(rule)) keep(candidateOf(rule, facts, m));
    return found;
  }
  const started = performance.now();
  let seen = 0;
  for (const raw of rule.pattern.matches(facts.text)) {
    if (++seen % 64 === 0 && performance.now() - started > CONFIG_RULE_BUDGET_MS) {
      onSlow?.(rule.spec.id);
      break;
    }
    const m = toMatch(raw);
    if (m) keep(candidateOf(rule, facts, m));
  }
  return found;
}
function findCandidates(rules, text, lines = new Lines(text), onSlow) {
  const facts = new TextFacts(text, lines);
  return rules.flatMap(
    (rule) => rule.keywords.test(text) ? ruleCandidates(rule, facts, onSlow) : []
  );
}
function evidenceOf(rule, facts, start, end, secret) {
  const required = rule.context?.required === true;
  if (rule.shape?.test(secret))
    return {
      strength: SHAPE_MATCH,
      evidence: { kind: "shape", detail: "a key shape only this provider issues" },
      needsEvidence: false
    };
  if (rule.publicExamples.size > 0) {
    let hash = facts.hashes.get(secret);
    if (hash === void 0) facts.hashes.set(secret, hash = sha256Hex(secret));
    const source = rule.publicExamples.get(hash);
    if (source !== void 0)
      return {
        strength: PUBLIC_EXAMPLE,
        evidence: { kind: "publicExample", detail: source },
        needsEvidence: false,
        publicExample: source
      };
  }
  const context2 = rule.context;
  if (!context2)
    return {
      strength: NO_CONTEXT,
      evidence: { kind: "shape", detail: "the rule's own pattern" },
      needsEvidence: false
    };
  let hits = facts.contexts.get(context2.pattern);
  if (!hits)
    facts.contexts.set(context2.pattern, hits = new ContextHits(facts.text, context2.pattern));
  const { lines } = facts;
  const from = Math.max(lines.startBefore(start, context2.lines), start - CONTEXT_REACH);
  const to = Math.min(lines.endAfter(end, context2.lines), end + CONTEXT_REACH);
  const near = hits.nearest(lines, start, end, from, to);
  if (near)
    return {
      strength: 1 + near.distance,
      evidence: { kind: "line", detail: near.detail },
      needsEvidence: false
    };
  return { strength: NO_CONTEXT, evidence: NONE, needsEvidence: required };
}
function byStrength(a, b) {
  return Number(!a.encoding) - Number(!b.encoding) || a.strength - b.strength || Number(a.needsEvidence) - Number(b.needsEvidence) || b.rule.spec.priority - a.rule.spec.priority || a.start - b.start || b.end - a.end;
}
function resolveOwners(candidates2, textLength) {
  const covered = new Covered(textLength);
  const byStart = /* @__PURE__ */ new Map();
  for (const c of [...candidates2].sort(byStrength)) {
    if (!covered.any(c.start, c.end)) {
      covered.mark(c.start, c.end);
      byStart.set(c.start, { winner: c, rivals: [] });
      continue;
    }
    const owner = byStart.get(c.start);
    if (owner && owner.winner.evidence.kind === "none" && c.encoding === owner.winner.encoding && c.rule.spec.provider !== owner.winner.rule.spec.provider && c.rule.context !== void 0)
      owner.rivals.push(c);
  }
  return [...byStart.values()].sort((a, b) => a.winner.start - b.winner.start);
}
function outsideSpans(candidates2, spans) {
  if (spans.length === 0) return candidates2;
  spans.sort((a, b) => a[0] - b[0]);
  const sorted = [...candidates2].sort((a, b) => a.start - b.start);
  const kept = [];
  let s = 0;
  let reach = -1;
  for (const c of sorted) {
    while (s < spans.length && spans[s][0] <= c.start) reach = Math.max(reach, spans[s++][1]);
    if (c.encoding || c.end > reach) kept.push(c);
  }
  return kept;
}
var SHAPE_MATCH, PUBLIC_EXAMPLE, NO_CONTEXT, WORD_SHOWN, CONTEXT_REACH, ContextHits, CONFIG_RULE_BUDGET_MS, TextFacts, NOT_NEARBY, NONE, Covered;
var init_candidates = __esm({
  "src/scan/candidates.ts"() {
    "use strict";
    init_entropy();
    init_placeholder();
    init_secret();
    init_text();
    SHAPE_MATCH = 0;
    PUBLIC_EXAMPLE = 0.5;
    NO_CONTEXT = 1e12;
    WORD_SHOWN = 40;
    CONTEXT_REACH = 400;
    ContextHits = class {
      starts = [];
      ends = [];
      constructor(text, pattern) {
        for (const m of pattern.matches(text)) {
          this.starts.push(m.start);
          this.ends.push(m.end);
        }
      }
      /** Index of the first hit starting at or after `offset`. */
      firstAtOrAfter(offset) {
        let lo = 0;
        let hi = this.starts.length;
        while (lo < hi) {
          const mid = lo + hi >>> 1;
          if (this.starts[mid] < offset) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      }
      /**
       * The nearest hit inside [from, to) but not inside the secret [start, end): how far (lines × 1e6 +
       * characters), and what it says and where, for people.
       */
      nearest(lines, start, end, from, to) {
        let best = null;
        const word = (i) => shownWord(lines.text.slice(this.starts[i], this.ends[i]));
        const before = this.firstAtOrAfter(start) - 1;
        if (before >= 0 && this.starts[before] >= from) {
          const count2 = lines.between(this.starts[before], start);
          best = {
            distance: count2 * 1e6 + (start - this.starts[before]),
            detail: `${word(before)} ${linesAway(count2, true)}`
          };
        }
        const after = this.firstAtOrAfter(end);
        if (after < this.starts.length && this.ends[after] <= to) {
          const at2 = this.starts[after];
          const count2 = lines.between(end, at2);
          const distance2 = count2 * 1e6 + (at2 - end);
          if (best === null || distance2 < best.distance)
            best = { distance: distance2, detail: `${word(after)} ${linesAway(count2, false)}` };
        }
        return best;
      }
    };
    CONFIG_RULE_BUDGET_MS = 2e3;
    TextFacts = class {
      constructor(text, lines) {
        this.text = text;
        this.lines = lines;
      }
      contexts = /* @__PURE__ */ new Map();
      hashes = /* @__PURE__ */ new Map();
      matchesBy = /* @__PURE__ */ new Map();
      /** Stop-word list → body → whether it is a placeholder: the same body matched by several patterns is judged once. */
      placeholders = /* @__PURE__ */ new Map();
      placeholder(body, rule) {
        let verdicts = this.placeholders.get(rule.stopKey);
        if (!verdicts) this.placeholders.set(rule.stopKey, verdicts = /* @__PURE__ */ new Map());
        let is = verdicts.get(body);
        if (is === void 0)
          verdicts.set(body, is = placeholderReason(body, rule.spec.stopwords) !== null);
        return is;
      }
      matches(rule) {
        let found = this.matchesBy.get(rule.spec.pattern);
        if (!found) {
          found = [];
          for (const m of rule.pattern.matches(this.text)) {
            const match = toMatch(m);
            if (match) found.push(match);
          }
          this.matchesBy.set(rule.spec.pattern, found);
        }
        return found;
      }
    };
    NOT_NEARBY = "no provider is named near it";
    NONE = { kind: "none", detail: NOT_NEARBY };
    Covered = class {
      bits;
      constructor(length) {
        this.bits = new Uint32Array((length >>> 5) + 1);
      }
      /** Whether any character in [start, end) is covered; stops at the first. */
      any(start, end) {
        for (let i = start; i < end; i++) if (this.bits[i >>> 5] & 1 << (i & 31)) return true;
        return false;
      }
      mark(start, end) {
        for (let i = start; i < end; i++) this.bits[i >>> 5] |= 1 << (i & 31);
      }
    };
  }
});

// src/scan/file-evidence.ts
function indentOf(line) {
  let n = 0;
  while (n < line.length && (line[n] === " " || line[n] === "	")) n++;
  return n === line.length ? -1 : n;
}
var WALK_LINES, LINE_CHARS, IMPORT, HEADING, SECTION, Structure, FileContext;
var init_file_evidence = __esm({
  "src/scan/file-evidence.ts"() {
    "use strict";
    init_candidates();
    WALK_LINES = 400;
    LINE_CHARS = 300;
    IMPORT = /^\s*(?:import\b|from\s+\S+\s+import\b|using\s|use\s|require(?:_once)?\b|#\s*include\b|@import\b|(?:const|let|var)\s[^=]*=\s*(?:await\s+)?(?:require|import)\s*\()/;
    HEADING = /^\s{0,3}(#{1,6})\s+\S/;
    SECTION = /^\s*\[[^\]]+\]\s*$/;
    Structure = class {
      parent;
      heading;
      headingParent;
      section;
      imports = [];
      constructor(line, count2) {
        this.parent = new Int32Array(count2).fill(-1);
        this.heading = new Int32Array(count2).fill(-1);
        this.headingParent = new Int32Array(count2).fill(-1);
        this.section = new Int32Array(count2).fill(-1);
        const stack = [];
        const lastAtLevel = new Int32Array(7).fill(-1);
        let heading = -1;
        let section = -1;
        let goBlock = false;
        for (let i = 0; i < count2; i++) {
          const text = line(i);
          this.heading[i] = heading;
          this.section[i] = section;
          const indent = indentOf(text);
          if (indent !== -1) {
            while (stack.length && stack.at(-1).indent >= indent) stack.pop();
            this.parent[i] = stack.at(-1)?.line ?? -1;
            stack.push({ indent, line: i });
          }
          const h = HEADING.exec(text);
          if (h) {
            const level = h[1].length;
            for (let l = level - 1; l >= 1 && this.headingParent[i] === -1; l--)
              this.headingParent[i] = lastAtLevel[l];
            lastAtLevel[level] = i;
            for (let l = level + 1; l <= 6; l++) lastAtLevel[l] = -1;
            heading = i;
          } else if (SECTION.test(text)) section = i;
          if (goBlock) {
            if (/^\s*\)/.test(text)) goBlock = false;
            else this.imports.push(i);
          } else if (IMPORT.test(text)) {
            this.imports.push(i);
            if (/^\s*import\s*\($/.test(text.trimEnd())) goBlock = true;
          }
        }
      }
    };
    FileContext = class {
      constructor(lines) {
        this.lines = lines;
      }
      structure = null;
      /** `${provider}\0${line}` → the word naming the provider on that line, or null. */
      named = /* @__PURE__ */ new Map();
      /** Provider → the import lines naming it, ascending. */
      importsOf = /* @__PURE__ */ new Map();
      line(index) {
        const [start, end] = this.lines.bounds(index);
        return this.lines.text.slice(start, Math.min(end, start + LINE_CHARS));
      }
      built() {
        return this.structure ??= new Structure((i) => this.line(i), this.lines.count);
      }
      word(p, line) {
        const key = `${p.provider}\0${line}`;
        if (!this.named.has(key)) {
          const text = this.line(line);
          const m = p.words.matches(text).next();
          this.named.set(key, m.done ? null : text.slice(m.value.start, m.value.end));
        }
        return this.named.get(key);
      }
      /** The lines a line sits under, nearest first (within WALK_LINES): enclosing blocks, headings, the section. */
      enclosing(index) {
        const s = this.built();
        const out = [];
        const floor = index - WALK_LINES;
        for (let p = s.parent[index]; p >= 0 && p >= floor; p = s.parent[p])
          out.push({ line: p, what: "enclosing block" });
        for (let h = s.heading[index]; h >= 0 && h >= floor; h = s.headingParent[h])
          out.push({ line: h, what: "heading" });
        const section = s.section[index];
        if (section >= 0 && section >= floor) out.push({ line: section, what: "section" });
        return out.sort((a, b) => b.line - a.line);
      }
      /** The import line naming `p` nearest to `index`, or -1. */
      nearestImport(p, index) {
        let lines = this.importsOf.get(p.provider);
        if (!lines)
          this.importsOf.set(
            p.provider,
            lines = this.built().imports.filter((l) => this.word(p, l) !== null)
          );
        let lo = 0;
        let hi = lines.length;
        while (lo < hi) {
          const mid = lo + hi >>> 1;
          if (lines[mid] < index) lo = mid + 1;
          else hi = mid;
        }
        const near = [lines[lo - 1], lines[lo]].filter((l) => l !== void 0);
        return near.sort((a, b) => Math.abs(a - index) - Math.abs(b - index))[0] ?? -1;
      }
      /**
       * The one provider among `providers` the file ties the secret on line `index` to, and why: the
       * nearest enclosing line or heading naming exactly one of them, else the imports when they name
       * exactly one. Null when the file names none of them, or several equally.
       */
      evidence(index, providers) {
        const found = (line2, what, provider, word) => ({
          provider,
          evidence: {
            kind: "file",
            detail: `${what} naming ${shownWord(word)}, ${linesAway(Math.abs(index - line2), line2 < index)}`
          }
        });
        for (const n of this.enclosing(index)) {
          const naming = providers.filter((p2) => this.word(p2, n.line) !== null);
          const ids = new Set(naming.map((p2) => p2.provider));
          if (ids.size === 1)
            return found(n.line, n.what, naming[0].provider, this.word(naming[0], n.line));
        }
        const imported = providers.map((p2) => ({ p: p2, line: this.nearestImport(p2, index) })).filter((x) => x.line !== -1);
        if (new Set(imported.map((x) => x.p.provider)).size !== 1) return null;
        const { p, line } = imported[0];
        return found(line, "import", p.provider, this.word(p, line));
      }
    };
  }
});

// src/scan/content.ts
function readsAsText(sample, order) {
  const text = decodeUtf16(sample, order);
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 56320 && low <= 57343) i++;
      else bad++;
    } else if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c >= 56320 && c <= 57343 || c === 65534 || c === 65535)
      bad++;
  }
  return text.length > 0 && bad <= text.length * (1 - MIN_TEXT_SHARE);
}
function utf16Order(sample) {
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = sample.indexOf(0); i !== -1; i = sample.indexOf(0, i + 1))
    i % 2 === 0 ? evenZeros++ : oddZeros++;
  const even = sample.subarray(0, sample.length - sample.length % 2);
  if (oddZeros > 0 && evenZeros <= oddZeros * 0.02 && readsAsText(even, "utf16le"))
    return "utf16le";
  if (evenZeros > 0 && oddZeros <= evenZeros * 0.02 && readsAsText(even, "utf16be"))
    return "utf16be";
  return null;
}
function detectKind(bytes) {
  if (bytes.length >= 2) {
    if (bytes[0] === 255 && bytes[1] === 254) return "utf16le";
    if (bytes[0] === 254 && bytes[1] === 255) return "utf16be";
  }
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.indexOf(0) === -1) return "text";
  return utf16Order(sample) ?? "binary";
}
function decodeUtf16(bytes, order) {
  const hasBom = order === "utf16le" && bytes[0] === 255 && bytes[1] === 254 || order === "utf16be" && bytes[0] === 254 && bytes[1] === 255;
  let body = bytes.subarray(hasBom ? 2 : 0, bytes.length - bytes.length % 2);
  if (order === "utf16be") body = Buffer.from(body).swap16();
  return body.toString("utf16le");
}
function textOf(bytes, kind) {
  if (kind === "binary") return bytes.toString("latin1");
  const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  return bytes.toString("utf8", start);
}
var SNIFF_BYTES, MIN_TEXT_SHARE;
var init_content = __esm({
  "src/scan/content.ts"() {
    "use strict";
    SNIFF_BYTES = 8e3;
    MIN_TEXT_SHARE = 0.98;
  }
});

// src/scan/codecs.ts
function hexCases(text) {
  let out = [""];
  for (const piece of text.split(/(%[0-9a-f]{2}|\\u[0-9a-f]{4}|\\x[0-9a-f]{2})/)) {
    const lead = piece.startsWith("%") ? 1 : piece.startsWith("\\") ? 2 : piece.length;
    let spellings = [piece.slice(0, lead)];
    for (const c of piece.slice(lead))
      spellings = /[a-f]/.test(c) ? spellings.flatMap((p) => [p + c, p + c.toUpperCase()]) : spellings.map((p) => p + c);
    out = out.flatMap((p) => spellings.map((q) => p + q));
  }
  return out;
}
function printable(text) {
  if (text.length === 0) return false;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 32 && c < 127 || c === 9 || c === 10 || c === 13) ok++;
  }
  return ok / text.length >= MIN_PRINTABLE_SHARE;
}
function base64Of(prefix) {
  const out = /* @__PURE__ */ new Set();
  for (let lead = 0; lead < 3; lead++) {
    const encoded = Buffer.concat([Buffer.alloc(lead), Buffer.from(prefix, "latin1")]).toString(
      "base64"
    );
    const signature = encoded.slice(
      Math.ceil(8 * lead / 6),
      Math.floor((lead + prefix.length) / 3) * 4
    );
    if (signature.length < MIN_BASE64_SIGNATURE) continue;
    out.add(signature);
    out.add(signature.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return [...out];
}
function base64Start(prefix) {
  return Buffer.from(prefix, "latin1").toString("base64").slice(0, Math.floor(prefix.length / 3) * 4);
}
var MIN_BASE64_SIGNATURE, MIN_PRINTABLE_SHARE, ALNUM, hex2, base64, percent, escape, CODECS, VALUE_CODEC, VALUE_TOKEN;
var init_codecs = __esm({
  "src/scan/codecs.ts"() {
    "use strict";
    MIN_BASE64_SIGNATURE = 6;
    MIN_PRINTABLE_SHARE = 0.9;
    ALNUM = /[A-Za-z0-9]/;
    hex2 = (c) => c.charCodeAt(0).toString(16).padStart(2, "0");
    base64 = {
      name: "base64",
      // Base64 of a key, and base64 of base64 that begins with a key (a Kubernetes Secret built from an
      // already-encoded value).
      signatures: (prefix) => [...base64Of(prefix), ...base64Of(base64Start(prefix))],
      tokenChars: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-",
      padding: "=",
      decode(token) {
        const core = token.replace(/=+$/, "");
        if (core.length < 12 || /[+/]/.test(core) && /[-_]/.test(core)) return null;
        const decoded = Buffer.from(core, "base64").toString("latin1");
        return printable(decoded) ? decoded : null;
      }
    };
    percent = {
      name: "percent",
      // Only characters that are not letters or digits are worth encoding; a prefix without any is found as is.
      signatures: (prefix) => /[^A-Za-z0-9]/.test(prefix) ? hexCases([...prefix].map((c) => ALNUM.test(c) ? c : `%${hex2(c)}`).join("")) : [],
      tokenChars: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%._~-",
      decode(token) {
        try {
          const decoded = decodeURIComponent(token);
          return decoded === token ? null : decoded;
        } catch {
          return null;
        }
      }
    };
    escape = {
      name: "escape",
      // \u005f or \x5f for a character of the prefix that is not a letter or digit; or its first two
      // characters both escaped (\u0073\u006b).
      signatures: (prefix) => [
        ...[...new Set(prefix)].filter((c) => !ALNUM.test(c)).flatMap((c) => [`\\u00${hex2(c)}`, `\\x${hex2(c)}`]),
        ...prefix.length >= 2 ? [`\\u00${hex2(prefix[0])}\\u00${hex2(prefix[1])}`] : []
      ].flatMap(hexCases),
      tokenChars: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_\\",
      decode(token) {
        const decoded = token.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))).replace(/\\x([0-9a-fA-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
        return decoded === token ? null : decoded;
      }
    };
    CODECS = [base64, percent, escape];
    VALUE_CODEC = base64;
    VALUE_TOKEN = /[A-Za-z0-9+/_-]{24,}={0,2}/g;
  }
});

// src/scan/decode.ts
function charTable(chars) {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
function overlaps(spans, start, end) {
  if (spans === null) return true;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < end;
}
function decodedText(text, fragments) {
  const parts = [];
  const spans = [];
  let from = 0;
  let length = 0;
  for (const f of [...fragments].sort((a, b) => a.start - b.start)) {
    if (f.start < from) continue;
    parts.push(text.slice(from, f.start), f.decoded);
    length += f.start - from;
    spans.push({
      start: length,
      end: length + f.decoded.length,
      sourceStart: f.start,
      sourceEnd: f.end,
      encoding: f.encoding
    });
    length += f.decoded.length;
    from = f.end;
  }
  parts.push(text.slice(from));
  return { text: parts.join(""), spans };
}
var Decoder;
var init_decode = __esm({
  "src/scan/decode.ts"() {
    "use strict";
    init_compile();
    init_codecs();
    Decoder = class {
      searches;
      valueKeywords;
      valueTokenChars = charTable(VALUE_CODEC.tokenChars);
      constructor(rules) {
        const prefixes = [...new Set(rules.flatMap((r) => r.prefixes))];
        this.searches = CODECS.flatMap((codec) => {
          const signatures = [...new Set(prefixes.flatMap((p) => codec.signatures(p)))];
          if (signatures.length === 0) return [];
          const pattern = new RegExp(signatures.map(escapeRegExp).join("|"), "g");
          return [{ codec, signatures, pattern, isTokenChar: charTable(codec.tokenChars) }];
        });
        const valueWords = [
          ...new Set(rules.filter((r) => r.decodeValuesNearKeywords).flatMap((r) => r.keywords))
        ];
        this.valueKeywords = valueWords.length ? new RegExp(valueWords.map(escapeRegExp).join("|"), "gi") : null;
      }
      /** Literals the pre-filter must look for so that content with encoded keys reaches the decoder. */
      literals() {
        return this.searches.flatMap(
          ({ signatures }) => signatures.map((text) => ({ text, caseInsensitive: false }))
        );
      }
      /**
       * Every encoded fragment of `text` that decodes to something worth scanning, each span once; with
       * `within`, only those overlapping these spans (text decoded before: an encoding inside an encoding).
       */
      fragments(text, lines, within = null) {
        const out = [];
        for (const search of this.searches) {
          let coveredEnd = 0;
          search.pattern.lastIndex = 0;
          for (let m = search.pattern.exec(text); m; m = search.pattern.exec(text)) {
            if (m.index < coveredEnd || !overlaps(within, m.index, m.index + m[0].length)) continue;
            const [start, end] = this.grow(
              text,
              m.index,
              m[0].length,
              search.isTokenChar,
              search.codec.padding,
              coveredEnd
            );
            coveredEnd = end;
            search.pattern.lastIndex = Math.max(search.pattern.lastIndex, end);
            const decoded = search.codec.decode(text.slice(start, end));
            if (decoded !== null) out.push({ start, end, encoding: search.codec.name, decoded });
          }
        }
        if (this.valueKeywords)
          out.push(...this.valueFragments(text, lines, this.valueKeywords, out, within));
        return out;
      }
      /** Base64 values on lines holding a value keyword, each line once, each token once. */
      valueFragments(text, lines, keywords, earlier, within) {
        const out = [];
        const done = new Set(earlier.map((f) => f.start));
        keywords.lastIndex = 0;
        for (let m = keywords.exec(text); m; m = keywords.exec(text)) {
          const from = lines.start(m.index);
          const to = lines.end(m.index);
          keywords.lastIndex = Math.max(keywords.lastIndex, to + 1);
          VALUE_TOKEN.lastIndex = 0;
          const line = text.slice(from, to);
          for (let v = VALUE_TOKEN.exec(line); v; v = VALUE_TOKEN.exec(line)) {
            const [start, end] = this.grow(
              text,
              from + v.index,
              v[0].length,
              this.valueTokenChars,
              VALUE_CODEC.padding,
              from
            );
            if (done.has(start) || !overlaps(within, start, end)) continue;
            done.add(start);
            const decoded = VALUE_CODEC.decode(text.slice(start, end));
            if (decoded !== null) out.push({ start, end, encoding: VALUE_CODEC.name, decoded });
          }
        }
        return out;
      }
      /** The whole token around a hit: token characters either side, then any padding. Never before `floor`. */
      grow(text, at2, length, isTokenChar, padding, floor) {
        let start = at2;
        let end = at2 + length;
        while (start > floor && isTokenChar[text.charCodeAt(start - 1)]) start--;
        while (end < text.length && isTokenChar[text.charCodeAt(end)]) end++;
        if (padding) while (end < text.length && padding.includes(text[end])) end++;
        return [start, end];
      }
    };
  }
});

// src/scan/literals.ts
function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
function caseVariants(text) {
  let out = [""];
  for (const c of text)
    out = isLetter(c) ? out.flatMap((p) => [p + c.toLowerCase(), p + c.toUpperCase()]) : out.map((p) => p + c);
  return out;
}
function anchorOf(stem, caseInsensitive) {
  const minLength = Math.min(2, stem.length);
  let best = { at: 0, anchor: stem, cost: Number.POSITIVE_INFINITY };
  for (let at2 = 0; at2 + minLength <= stem.length; at2++) {
    let end = at2;
    let letters = 0;
    while (end < stem.length && (!caseInsensitive || letters + (isLetter(stem[end]) ? 1 : 0) <= MAX_ANCHOR_LETTERS))
      letters += isLetter(stem[end++]) ? 1 : 0;
    if (end - at2 < minLength) continue;
    const anchor = stem.slice(at2, end);
    const cost = (caseInsensitive ? caseVariants(anchor) : [anchor]).reduce(
      (sum, n) => sum + startCost(n[0]),
      0
    );
    if (cost < best.cost) best = { at: at2, anchor, cost };
  }
  return best;
}
function plan(literals) {
  const groups = /* @__PURE__ */ new Map();
  for (const literal of literals) {
    const text = literal.caseInsensitive ? literal.text.toLowerCase() : literal.text;
    const key = `${literal.caseInsensitive ? "i" : "s"}:${text.slice(0, MIN_STEM)}`;
    groups.set(key, [
      ...groups.get(key) ?? [],
      { text, caseInsensitive: literal.caseInsensitive }
    ]);
  }
  return [...groups.values()].map((members) => {
    const caseInsensitive = members[0].caseInsensitive;
    const { at: at2, anchor } = anchorOf(
      members.map((m) => m.text).reduce(commonPrefix),
      caseInsensitive
    );
    const needles = caseInsensitive ? caseVariants(anchor) : [anchor];
    return {
      at: at2,
      caseInsensitive,
      needles: needles.map((n) => Buffer.from(n, "latin1")),
      members: members.map((m) => Buffer.from(m.text, "latin1"))
    };
  });
}
function equalsFolded(haystack, start, literal) {
  for (let j = 0; j < literal.length; j++) {
    let c = haystack[start + j];
    if (c >= 65 && c <= 90) c += 32;
    if (c !== literal[j]) return false;
  }
  return true;
}
function memberAt(haystack, start, { members, caseInsensitive }) {
  if (start < 0) return false;
  for (const member of members) {
    if (start + member.length > haystack.length) continue;
    if (caseInsensitive ? equalsFolded(haystack, start, member) : haystack.compare(member, 0, member.length, start, start + member.length) === 0)
      return true;
  }
  return false;
}
function firstMember(haystack, search, from) {
  let best = -1;
  for (const needle of search.needles) {
    for (let i = haystack.indexOf(needle, from + search.at); i !== -1 && (best === -1 || i - search.at < best); i = haystack.indexOf(needle, i + 1)) {
      if (memberAt(haystack, i - search.at, search)) {
        best = i - search.at;
        break;
      }
    }
  }
  return best;
}
function contains(haystack, { at: at2, needles, members, caseInsensitive }) {
  for (const needle of needles) {
    for (let i = haystack.indexOf(needle, at2); i !== -1; i = haystack.indexOf(needle, i + 1)) {
      const start = i - at2;
      for (const member of members) {
        if (start + member.length > haystack.length) continue;
        if (caseInsensitive ? equalsFolded(haystack, start, member) : haystack.compare(member, 0, member.length, start, start + member.length) === 0)
          return true;
      }
    }
  }
  return false;
}
var COMMON, MIN_STEM, MAX_ANCHOR_LETTERS, isLetter, startCost, LiteralSet;
var init_literals = __esm({
  "src/scan/literals.ts"() {
    "use strict";
    COMMON = ` etaoinsrlcdhupmf_g.,;=()y"'bw/-v:k{}x
	0123456789*<>[]#&jq|z`;
    MIN_STEM = 3;
    MAX_ANCHOR_LETTERS = 2;
    isLetter = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z";
    startCost = (c) => {
      if (c === "\0") return COMMON.length + 2;
      const i = COMMON.indexOf(c);
      return i === -1 ? 1 : 1 + COMMON.length - i;
    };
    LiteralSet = class {
      searches;
      literals;
      /** The longest literal's length in bytes. */
      longest;
      /** A byte, not zero, that is in no literal in any case: joining texts with it cannot make a literal. */
      separator;
      constructor(literals) {
        const unique = /* @__PURE__ */ new Map();
        for (const l of literals)
          unique.set(`${l.caseInsensitive ? l.text.toLowerCase() : l.text}\0${l.caseInsensitive}`, l);
        this.literals = [...unique.values()];
        this.searches = plan(this.literals);
        this.longest = Math.max(0, ...this.literals.map((l) => Buffer.byteLength(l.text, "latin1")));
        const used = new Set(
          this.literals.flatMap((l) => [
            ...Buffer.from(l.text.toLowerCase() + l.text.toUpperCase() + l.text, "latin1")
          ])
        );
        this.separator = 1;
        while (used.has(this.separator)) this.separator++;
      }
      /** True if any literal occurs in `haystack`. */
      test(haystack) {
        return this.searches.some((search) => contains(haystack, search));
      }
      /** Where the first literal at or after `from` starts, or -1. */
      next(haystack, from) {
        let best = -1;
        for (const search of this.searches) {
          const at2 = firstMember(haystack, search, from);
          if (at2 !== -1 && (best === -1 || at2 < best)) best = at2;
        }
        return best;
      }
    };
  }
});

// src/scan/gate.ts
function wideForms(literal) {
  const le = [...literal.text].map((c) => c + "\0").join("");
  return [
    { ...literal, text: le },
    { ...literal, text: "\0" + le.slice(0, -1) }
  ];
}
var ContentGate;
var init_gate = __esm({
  "src/scan/gate.ts"() {
    "use strict";
    init_literals();
    ContentGate = class {
      constructor(literals) {
        this.literals = literals;
        this.set = new LiteralSet(literals);
        this.wide = new LiteralSet(literals.flatMap(wideForms));
      }
      set;
      /** The literals as UTF-16: for wide text inside binary content (see Engine). */
      wide;
      /** False only when the engine would find nothing in `bytes`. */
      mayMatch(bytes) {
        return this.set.test(bytes) || bytes.indexOf(0) !== -1;
      }
      /** Whether any literal occurs (ignoring zero bytes): for text already decoded from a wide encoding. */
      hasLiteral(bytes) {
        return this.set.test(bytes);
      }
      /** The longest literal, in bytes: how far apart two pieces must be kept to not join into one. */
      get longest() {
        return this.set.longest;
      }
      /** A byte no literal holds: joining pieces with it cannot make a literal. */
      get separator() {
        return this.set.separator;
      }
    };
  }
});

// src/scan/engine.ts
function advanceBytes(bytes, end, kind) {
  const countChars = (from) => {
    if (kind === "binary") return end - from;
    let n = 0;
    for (let i = from; i < end; i++) if ((bytes[i] & 192) !== 128) n++;
    return n;
  };
  let newlines = 0;
  let last = -1;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) {
    newlines++;
    last = i;
  }
  return {
    newlines,
    charsAfterLastNewline: last === -1 ? null : countChars(last + 1),
    chars: last === -1 ? countChars(0) : 0
  };
}
function advanceText(text) {
  let newlines = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) newlines++;
  const last = text.lastIndexOf("\n");
  return {
    newlines,
    charsAfterLastNewline: last === -1 ? null : text.length - last - 1,
    chars: text.length
  };
}
function* chunksOf(bytes) {
  for (let at2 = 0; at2 < bytes.length; at2 += WINDOW_BYTES)
    yield bytes.subarray(at2, at2 + WINDOW_BYTES);
}
function spanAt(spans, start, end) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span && span.start < end ? span : null;
}
function placeInSource(layers, start, end) {
  const names = [];
  for (let depth = layers.length - 1; depth >= 0; depth--) {
    const span = spanAt(layers[depth], start, end);
    if (!span) return null;
    names.unshift(span.encoding);
    start = span.sourceStart;
    end = span.sourceEnd;
  }
  return { start, end, encoding: names.join("/") };
}
function allowedLines(text, lines) {
  const out = /* @__PURE__ */ new Set();
  for (let i = text.indexOf(ALLOW_MARKER); i !== -1; i = text.indexOf(ALLOW_MARKER, i + 1))
    out.add(lines.lineIndex(i));
  return out;
}
function gateLiterals(spec) {
  const exact = spec.shipped && !spec.pattern.startsWith("(?i)") && spec.prefixes.length > 0 && spec.keywords.every((k) => spec.prefixes.includes(k));
  return spec.keywords.map((text) => ({ text, caseInsensitive: !exact }));
}
var ALLOW_MARKER, WINDOW_BYTES, OVERLAP_BYTES, DECODE_DEPTH, Engine;
var init_engine = __esm({
  "src/scan/engine.ts"() {
    "use strict";
    init_findings();
    init_compile();
    init_candidates();
    init_file_evidence();
    init_content();
    init_decode();
    init_gate();
    init_secret();
    init_text();
    ALLOW_MARKER = "flora-keyscan:allow";
    WINDOW_BYTES = 16 * 1024 * 1024;
    OVERLAP_BYTES = 64 * 1024;
    DECODE_DEPTH = 2;
    Engine = class {
      rules;
      /** Whether content can hold a match at all; see gate.ts. */
      gate;
      decoder;
      ungated;
      constructor(specs, options = {}) {
        this.rules = specs.map(compileRule);
        this.decoder = options.decode === false ? null : new Decoder(specs);
        this.ungated = options.ungated === true;
        this.gate = new ContentGate([
          ...specs.flatMap(gateLiterals),
          ...this.decoder?.literals() ?? []
        ]);
      }
      /** False only when scan() would find nothing in these bytes. The pack reader skips such content. */
      mayMatch(bytes) {
        return this.gate.mayMatch(bytes);
      }
      /** Scans one piece of content. Pure: the same bytes and provenance give the same outcome. */
      scan(bytes, provenance) {
        if (bytes.length <= WINDOW_BYTES) {
          if (!this.ungated && !this.mayMatch(bytes))
            return { findings: [], allowed: [], kind: detectKind(bytes), decoded: 0 };
          return this.scanWindow(bytes, provenance, detectKind(bytes)).outcome;
        }
        return this.scanChunks(chunksOf(bytes), provenance);
      }
      /**
       * Scans content that arrives in chunks (a file too large to hold): in windows of WINDOW_BYTES that
       * overlap by OVERLAP_BYTES, so a key across a boundary is whole in one of them. A finding is kept
       * by the first window whose own region (before the overlap) it starts in; lines and columns are
       * counted from the start of the content.
       */
      scanChunks(chunks, provenance) {
        const total = { findings: [], allowed: [], kind: "text", decoded: 0 };
        let kind = null;
        let tail = Buffer.alloc(0);
        const base = { fileOffset: 0, lines: 0, columns: 0 };
        const iterator = chunks[Symbol.iterator]();
        let next = iterator.next();
        while (!next.done) {
          const window = tail.length ? Buffer.concat([tail, next.value]) : next.value;
          next = iterator.next();
          kind ??= detectKind(window);
          total.kind = kind;
          const regionBytes = next.done === true ? window.length : Math.max(0, window.length - OVERLAP_BYTES);
          const { outcome, offsets, text } = this.ungated || this.mayMatch(window) ? this.scanWindow(window, provenance, kind) : { outcome: null, offsets: /* @__PURE__ */ new Map(), text: "" };
          const wide = kind === "utf16le" || kind === "utf16be";
          const regionChars = !wide ? kind === "binary" ? regionBytes : window.toString("utf8", 0, regionBytes).length : regionBytes >> 1;
          if (outcome) this.keepRegion(total, outcome, offsets, regionChars, base);
          const step2 = !wide ? advanceBytes(window, regionBytes, kind) : advanceText(
            (text || decodeUtf16(window, kind)).slice(0, regionChars)
          );
          base.lines += step2.newlines;
          base.columns = step2.charsAfterLastNewline ?? base.columns + step2.chars;
          base.fileOffset += regionBytes;
          tail = window.subarray(regionBytes);
        }
        return total;
      }
      /** Adds a window's findings that start in its own region, moved to positions in the whole content. */
      keepRegion(total, outcome, offsets, regionChars, base) {
        total.decoded += outcome.decoded;
        if (outcome.slowRules) (total.slowRules ??= []).push(...outcome.slowRules);
        const move = (f) => ({
          ...f,
          line: f.line + base.lines,
          column: f.line === 1 ? f.column + base.columns : f.column,
          ...f.byteOffset !== void 0 ? { byteOffset: f.byteOffset + base.fileOffset } : {}
        });
        for (const f of outcome.findings)
          if (offsets.get(f) < regionChars) total.findings.push(move(f));
        for (const f of outcome.allowed) if (offsets.get(f) < regionChars) total.allowed.push(move(f));
      }
      /**
       * UTF-16 text inside other content (a string table in a binary, UTF-16 after a binary header): runs
       * of two-byte ASCII units around each UTF-16 form of a gate literal, each scanned as UTF-16 text,
       * its findings placed at their byte offset in the content.
       */
      wideFindings(bytes, provenance, lines) {
        const out = { findings: [], allowed: [] };
        const text = (at2) => bytes[at2] === 9 || bytes[at2] === 10 || bytes[at2] === 13 || bytes[at2] >= 32 && bytes[at2] < 127;
        const run2 = (order, at2) => {
          const unit = (i) => i >= 0 && i + 1 < bytes.length && (order === "utf16le" ? text(i) && bytes[i + 1] === 0 : bytes[i] === 0 && text(i + 1));
          let start = at2;
          while (unit(start - 2)) start -= 2;
          let end = at2;
          while (unit(end)) end += 2;
          return { order, start, end };
        };
        for (let at2 = this.gate.wide.next(bytes, 0); at2 !== -1; ) {
          const le = run2("utf16le", bytes[at2] === 0 ? at2 + 1 : at2);
          const be = run2("utf16be", bytes[at2] === 0 ? at2 : at2 - 1);
          const { order, start, end } = be.end - be.start > le.end - le.start ? be : le;
          const scanned = this.scanWindow(bytes.subarray(start, end), provenance, order);
          const place = (f) => {
            const byteOffset = start + 2 * scanned.offsets.get(f);
            return {
              ...f,
              ...lines.at(byteOffset),
              byteOffset,
              encoding: f.encoding ? `${order}/${f.encoding}` : order
            };
          };
          out.findings.push(...scanned.outcome.findings.map(place));
          out.allowed.push(...scanned.outcome.allowed.map(place));
          at2 = this.gate.wide.next(bytes, Math.max(end, at2 + 2));
        }
        return out;
      }
      /** One window: findings with their character offsets in the window's decoded text. */
      scanWindow(bytes, provenance, kind) {
        const outcome = { findings: [], allowed: [], kind, decoded: 0 };
        const offsets = /* @__PURE__ */ new Map();
        const utf16 = kind === "utf16le" || kind === "utf16be" ? decodeUtf16(bytes, kind) : null;
        const view = utf16 === null ? bytes : Buffer.from(utf16, "latin1");
        const wideInside = utf16 === null && bytes.indexOf(0) !== -1 && this.gate.wide.test(bytes);
        if (!this.ungated && !wideInside && !this.gate.hasLiteral(view))
          return { outcome, offsets, text: utf16 ?? "" };
        const text = utf16 ?? textOf(bytes, kind);
        const lines = new Lines(text, kind !== "binary");
        const onSlow = (id) => (outcome.slowRules ??= []).push(id);
        let candidates2 = findCandidates(this.rules, text, lines, onSlow);
        if (this.decoder) {
          const spans = [];
          const decoded = this.decodedCandidates(text, lines, outcome, spans);
          candidates2 = outsideSpans(candidates2, spans);
          candidates2.push(...decoded);
        }
        const allowed = allowedLines(text, lines);
        let file = null;
        for (const owner of resolveOwners(candidates2, text.length)) {
          const winner = owner.winner.evidence.kind === "none" ? this.byFile(file ??= new FileContext(lines), lines, owner) : owner.winner;
          const finding = this.finding(
            winner,
            lines.at(winner.start),
            provenance,
            kind === "binary" ? winner.start : void 0
          );
          const rivals = owner.rivals.filter((r) => r !== winner && winner.evidence.kind === "none");
          if (rivals.length > 0)
            finding.rivals = rivals.map((r) => ({
              ruleId: r.rule.spec.id,
              environment: r.environment,
              ...r.secret !== winner.secret ? { secret: r.secret } : {}
            }));
          if (winner.encoding) finding.encodedText = text.slice(winner.start, winner.end);
          (allowed.has(lines.lineIndex(winner.start)) ? outcome.allowed : outcome.findings).push(
            finding
          );
          offsets.set(finding, winner.start);
        }
        if (utf16 === null && bytes.indexOf(0) !== -1) {
          const wide = this.wideFindings(
            bytes,
            provenance,
            kind === "binary" ? lines : new Lines(textOf(bytes, "binary"), false)
          );
          for (const f of wide.findings) outcome.findings.push(f), offsets.set(f, f.byteOffset);
          for (const f of wide.allowed) outcome.allowed.push(f), offsets.set(f, f.byteOffset);
        }
        return { outcome, offsets, text };
      }
      /**
       * Candidates inside encoded text, placed at the encoded span in `text`. Every fragment of a text is
       * decoded into one copy of it, scanned once (linear however many fragments a line holds); then the
       * fragments inside that copy's decoded spans (base64 of base64), to DECODE_DEPTH.
       */
      decodedCandidates(text, lines, outcome, spans) {
        const found = [];
        const layers = [];
        let current = { text, lines, spans: null };
        for (let depth = 1; depth <= DECODE_DEPTH; depth++) {
          const fragments = this.decoder.fragments(current.text, current.lines, current.spans);
          if (fragments.length === 0) break;
          outcome.decoded += fragments.length;
          const next = decodedText(current.text, fragments);
          layers.push(next.spans);
          if (depth === 1) for (const s of next.spans) spans.push([s.sourceStart, s.sourceEnd]);
          const nextLines = new Lines(next.text);
          const onSlow = (id) => (outcome.slowRules ??= []).push(id);
          for (const c of findCandidates(this.rules, next.text, nextLines, onSlow)) {
            const placed = placeInSource(layers, c.start, c.end);
            if (placed) found.push({ ...c, ...placed });
          }
          current = { text: next.text, lines: nextLines, spans: next.spans };
        }
        return found;
      }
      /**
       * A secret no nearby word tied to a provider: the file may (an enclosing block, a heading, the
       * imports). The winner stays as it is when the file names none of the rules' providers, or several.
       */
      byFile(file, lines, owner) {
        const everyone = [owner.winner, ...owner.rivals];
        const words = everyone.filter((c) => c.rule.context).map((c) => ({ provider: c.rule.spec.provider, words: c.rule.context.pattern }));
        if (words.length === 0) return owner.winner;
        const found = file.evidence(lines.lineIndex(owner.winner.start), words);
        if (!found) return owner.winner;
        const chosen = everyone.find((c) => c.rule.spec.provider === found.provider);
        return { ...chosen, evidence: found.evidence, needsEvidence: false };
      }
      finding(c, position, provenance, byteOffset) {
        const { spec } = c.rule;
        return {
          ruleId: spec.id,
          provider: spec.provider,
          // A published example is public already: still reported (it should not be in code), at low.
          severity: c.publicExample !== void 0 ? "low" : spec.severity,
          environment: c.environment,
          secret: c.secret,
          secretSha256: sha256Hex(c.secret),
          redacted: redact(c.secret, spec.prefixes),
          entropy: c.entropy,
          line: position.line,
          column: position.column,
          ...byteOffset !== void 0 ? { byteOffset } : {},
          ...c.encoding ? { encoding: c.encoding } : {},
          provenance,
          exposure: exposureOf(provenance),
          providerEvidence: c.evidence,
          ...c.publicExample !== void 0 ? { publicExample: true } : {},
          ...c.needsEvidence ? { needsEvidence: true } : {},
          verification: null
        };
      }
    };
  }
});

// src/sources/worktree.ts
import { closeSync as closeSync4, constants as constants3, fstatSync as fstatSync3, openSync as openSync4, readSync as readSync2 } from "node:fs";
import { stat } from "node:fs/promises";
import { isAbsolute, relative, resolve as resolve2, sep as sep2 } from "node:path";
function toPosix(path) {
  return sep2 === "/" ? path : path.split(sep2).join("/");
}
async function kindOf(path) {
  try {
    return (await stat(path)).isDirectory() ? "dir" : "file";
  } catch (error) {
    const code2 = error.code;
    throw new UserError(
      code2 === "ENOENT" ? `no such file or directory: ${path}` : `cannot read ${path}: ${code2}`
    );
  }
}
async function listInRepo(git, dirs, includeIgnored) {
  if (dirs.length === 0) return [];
  const specs = dirs.map((d) => relative(git.dir, d) || ".");
  const base = ["--literal-pathspecs", "ls-files", "-z", "--full-name"];
  const listed = splitNul(
    await git.run([...base, "--cached", "--others", "--exclude-standard", "--", ...specs])
  );
  if (includeIgnored)
    listed.push(
      ...splitNul(
        await git.run([...base, "--others", "--ignored", "--exclude-standard", "--", ...specs])
      )
    );
  return listed;
}
async function listOutsideRepo(root, dirs) {
  const { default: fg } = await import("fast-glob");
  const out = [];
  for (const dir of dirs) {
    const found = await fg("**/*", {
      cwd: dir,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: ["**/.git/**"],
      suppressErrors: true
    });
    for (const f of found) out.push(toPosix(relative(root, resolve2(dir, f))));
  }
  return out;
}
async function planWorktree(options) {
  const targets = (options.paths.length ? options.paths : ["."]).map(
    (p) => resolve2(options.cwd, p)
  );
  const kinds = await Promise.all(targets.map(kindOf));
  const dirs = targets.filter((_, i) => kinds[i] === "dir");
  const named = targets.filter((_, i) => kinds[i] === "file");
  const repo = await findWorkTree(dirs[0] ?? resolve2(named[0], ".."), options.env);
  const root = repo?.dir ?? (dirs.length === 1 && named.length === 0 ? dirs[0] : options.cwd);
  const inside2 = (p) => {
    const rel = relative(root, p);
    return !rel.startsWith("..") && !isAbsolute(rel);
  };
  if (repo)
    for (const dir of dirs.filter((d) => !inside2(d)))
      throw new UserError(`${dir} is outside the repository at ${root}; scan it separately`);
  const listed = repo ? await listInRepo(repo, dirs, options.includeIgnored) : await listOutsideRepo(root, dirs);
  const files = /* @__PURE__ */ new Set([...listed, ...named.map((f) => toPosix(relative(root, f)))]);
  const kept = [...files].filter((f) => !f.split("/").includes(".git"));
  return { root, inRepo: repo !== null, files: kept.sort() };
}
function* readChunks(path) {
  const fd = openSync4(path, "r");
  try {
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(WINDOW_BYTES);
      const n = readSync2(fd, chunk, 0, WINDOW_BYTES, null);
      if (n === 0) return;
      yield n === WINDOW_BYTES ? chunk : chunk.subarray(0, n);
    }
  } finally {
    closeSync4(fd);
  }
}
function readFileItem(root, path, maxFileSize) {
  const provenance = { kind: "file", path };
  const abs = `${root}/${path}`;
  let fd;
  try {
    fd = openSync4(abs, constants3.O_RDONLY | constants3.O_NONBLOCK | constants3.O_NOFOLLOW);
  } catch (error) {
    const code2 = error.code;
    if (code2 === "ENOENT") return null;
    if (code2 === "ELOOP") return { provenance, skipped: "symbolic link (not followed)" };
    if (code2 === "ENXIO") return { provenance, skipped: "not a regular file" };
    return { provenance, unreadable: code2 ?? error.message };
  }
  try {
    const info = fstatSync3(fd);
    if (info.isDirectory())
      return { provenance, skipped: "directory (a submodule? scan it separately)" };
    if (!info.isFile()) return { provenance, skipped: "not a regular file" };
    if (info.size > maxFileSize)
      return {
        provenance,
        skipped: `larger than the size limit (${info.size} > ${maxFileSize} bytes; --max-file-size)`
      };
    if (info.size > STREAM_ABOVE_BYTES)
      return { provenance, chunks: () => readChunks(abs), size: info.size };
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    for (let n = 1; filled < info.size && n > 0; filled += n)
      n = readSync2(fd, bytes, filled, info.size - filled, filled);
    return { provenance, bytes: bytes.subarray(0, filled) };
  } catch (error) {
    return {
      provenance,
      unreadable: error.code ?? error.message
    };
  } finally {
    closeSync4(fd);
  }
}
function* readWorktree(plan2, context2) {
  const read = [];
  for (const path of plan2.files) {
    const excluded = context2.excludedBy(path);
    if (excluded) {
      yield { provenance: { kind: "file", path }, excluded };
      continue;
    }
    read.push(path);
    const item = readFileItem(plan2.root, path, context2.maxFileSize);
    if (item) yield item;
  }
  yield { paths: read };
}
async function settleWorktree(git, raw, context2) {
  if (raw.length === 0 || !await hasCommit(git)) return { findings: raw, warnings: [] };
  const { added, preExisting } = await splitByEarlier(
    raw,
    (f) => f.provenance.kind === "file" ? [{ rev: "HEAD", path: f.provenance.path }] : [],
    new EarlierVersions(git, context2.engine)
  );
  return { findings: [...added, ...preExisting], warnings: [] };
}
function worktreeSource(plan2, git = null) {
  return {
    mode: "worktree",
    scope: `working tree of ${plan2.root}`,
    root: plan2.root,
    exposure: "working-tree",
    tree: worktreeFiles2(plan2.root),
    items: (context2) => readWorktree(plan2, context2),
    ...git ? { settle: (raw, context2) => settleWorktree(git, raw, context2) } : {}
  };
}
var STREAM_ABOVE_BYTES;
var init_worktree = __esm({
  "src/sources/worktree.ts"() {
    "use strict";
    init_errors();
    init_exposure();
    init_git();
    init_engine();
    init_tree_files();
    STREAM_ABOVE_BYTES = 2 * WINDOW_BYTES;
  }
});

// src/time.ts
function isoUtc(date) {
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function isoUtcSeconds(unixSeconds) {
  return isoUtc(new Date(unixSeconds * 1e3));
}
var init_time = __esm({
  "src/time.ts"() {
    "use strict";
  }
});

// src/sources/packfile.ts
import { closeSync as closeSync5, fstatSync as fstatSync4, openSync as openSync5, readFileSync as readFileSync4, readSync as readSync3 } from "node:fs";
import { inflateSync } from "node:zlib";
function inflateBounded(data, declared, what) {
  if (declared > data.length * MAX_DEFLATE_RATIO + 64)
    throw new PackFormatError(
      `${what()} claims ${declared} bytes from ${data.length} compressed bytes`
    );
  let out;
  try {
    out = inflateSync(data, {
      chunkSize: Math.min(MAX_CHUNK, Math.max(64, declared + 16)),
      maxOutputLength: Math.max(1, declared)
    });
  } catch (error) {
    const code2 = error.code;
    if (code2 === "ERR_BUFFER_TOO_LARGE")
      throw new PackFormatError(
        `${what()} inflates beyond the ${declared} bytes its header says (a zlib bomb?)`
      );
    throw new PackFormatError(`${what()}: ${error.message}`);
  }
  if (out.length !== declared)
    throw new PackFormatError(`${what()} is ${out.length} bytes, its header says ${declared}`);
  return out;
}
function isVersion2Index(idxPath) {
  const fd = openSync5(idxPath, "r");
  try {
    const head = Buffer.alloc(8);
    return readSync3(fd, head, 0, 8, 0) === 8 && head.readUInt32BE(0) === IDX_MAGIC && head.readUInt32BE(4) === 2;
  } finally {
    closeSync5(fd);
  }
}
function findSorted(sorted, value) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const at2 = sorted[mid];
    if (at2 === value) return mid;
    if (at2 < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
function readVarint(data, at2) {
  let value = 0;
  let shift = 0;
  let c;
  do {
    if (at2.i >= data.length) throw new PackFormatError("delta ends inside its header");
    c = data[at2.i++];
    value += (c & 127) * 2 ** shift;
    shift += 7;
  } while (c & 128);
  return value;
}
function deltaTargetSize(delta) {
  const at2 = { i: 0 };
  readVarint(delta, at2);
  return readVarint(delta, at2);
}
function applyDelta(base, delta, out, edges) {
  const at2 = { i: 0 };
  if (readVarint(delta, at2) !== base.length)
    throw new PackFormatError("delta was made for a base of another size");
  const targetSize2 = readVarint(delta, at2);
  let seams = edges?.buffer;
  const reach = edges?.reach ?? 0;
  let kept = edges?.length ?? 0;
  const room = (more) => {
    if (kept + more <= seams.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * seams.length, kept + more));
    seams.copy(grown, 0, 0, kept);
    seams = edges.buffer = grown;
  };
  const keep = (from, start, size) => {
    room(2 * reach + 1);
    if (size <= 2 * reach + 1) {
      copyBytes(from, start, size, seams, kept);
      kept += size;
    } else {
      copyBytes(from, start, reach, seams, kept);
      seams[kept + reach] = edges.separator;
      copyBytes(from, start + size - reach, reach, seams, kept + reach + 1);
      kept += 2 * reach + 1;
    }
  };
  let written = 0;
  let i = at2.i;
  while (i < delta.length) {
    const c = delta[i++];
    if (c & 128) {
      let offset = 0;
      let size = 0;
      if (c & 1) offset = delta[i++];
      if (c & 2) offset |= delta[i++] << 8;
      if (c & 4) offset |= delta[i++] << 16;
      if (c & 8) offset += delta[i++] * 16777216;
      if (c & 16) size = delta[i++];
      if (c & 32) size |= delta[i++] << 8;
      if (c & 64) size |= delta[i++] << 16;
      if (size === 0) size = 65536;
      if (i > delta.length || offset + size > base.length || written + size > targetSize2)
        throw new PackFormatError("delta copies outside its base or target");
      if (out) copyBytes(base, offset, size, out, written);
      if (seams) keep(base, offset, size);
      written += size;
    } else if (c !== 0) {
      if (i + c > delta.length || written + c > targetSize2)
        throw new PackFormatError("delta inserts past its end");
      if (out) copyBytes(delta, i, c, out, written);
      if (seams) {
        room(c);
        copyBytes(delta, i, c, seams, kept);
        kept += c;
      }
      written += c;
      i += c;
    } else {
      throw new PackFormatError("delta holds a reserved instruction");
    }
  }
  if (edges) edges.length = kept;
  if (written !== targetSize2) throw new PackFormatError("delta result is not the size it declares");
}
function copyBytes(from, start, size, to, at2) {
  if (size > 48) {
    from.copy(to, at2, start, start + size);
    return;
  }
  for (let j = 0; j < size; j++) to[at2 + j] = from[start + j];
}
var OBJ_COMMIT, OBJ_TREE, OBJ_TAG, OBJ_OFS_DELTA, OBJ_REF_DELTA, TYPE_NAMES, PackFormatError, IDX_MAGIC, READ_AHEAD, MAX_HEADER, PackIndex, Pack, MAX_DEFLATE_RATIO, MAX_CHUNK;
var init_packfile = __esm({
  "src/sources/packfile.ts"() {
    "use strict";
    OBJ_COMMIT = 1;
    OBJ_TREE = 2;
    OBJ_TAG = 4;
    OBJ_OFS_DELTA = 6;
    OBJ_REF_DELTA = 7;
    TYPE_NAMES = {
      1: "commit",
      2: "tree",
      3: "blob",
      4: "tag"
    };
    PackFormatError = class extends Error {
      name = "PackFormatError";
    };
    IDX_MAGIC = 4285812579;
    READ_AHEAD = 64 * 1024;
    MAX_HEADER = 16 + 32;
    PackIndex = class _PackIndex {
      constructor(packPath, buffer, hashBytes, count2, oidsAt, offsetsAt) {
        this.packPath = packPath;
        this.buffer = buffer;
        this.hashBytes = hashBytes;
        this.count = count2;
        this.oidsAt = oidsAt;
        this.offsetsAt = offsetsAt;
      }
      /** Reads `pack-*.idx`; throws PackFormatError for anything but a whole version 2 index. */
      static open(idxPath, hashBytes) {
        const buffer = readFileSync4(idxPath);
        if (buffer.length < 8 + 1024 || buffer.readUInt32BE(0) !== IDX_MAGIC || buffer.readUInt32BE(4) !== 2)
          throw new PackFormatError(`${idxPath}: not a version 2 pack index`);
        const count2 = buffer.readUInt32BE(8 + 255 * 4);
        const oidsAt = 8 + 1024;
        const offsetsAt = oidsAt + count2 * (hashBytes + 4);
        if (buffer.length < offsetsAt + count2 * 4 + 2 * hashBytes)
          throw new PackFormatError(`${idxPath}: truncated pack index`);
        return new _PackIndex(
          idxPath.replace(/\.idx$/, ".pack"),
          buffer,
          hashBytes,
          count2,
          oidsAt,
          offsetsAt
        );
      }
      /** Offsets by index position. Packs over 2 GiB keep large offsets in a second table, flagged by the high bit. */
      offsets() {
        const offsets = new Float64Array(this.count);
        const largeAt = this.offsetsAt + this.count * 4;
        for (let i = 0; i < this.count; i++) {
          const small = this.buffer.readUInt32BE(this.offsetsAt + i * 4);
          offsets[i] = small & 2147483648 ? Number(this.buffer.readBigUInt64BE(largeAt + (small & 2147483647) * 8)) : small;
        }
        return offsets;
      }
      oidAt(position) {
        const at2 = this.oidsAt + position * this.hashBytes;
        return this.buffer.toString("hex", at2, at2 + this.hashBytes);
      }
      /** Index position of `oid` (binary search in the sorted ids, narrowed by the fan-out table), or -1. */
      positionOf(oid) {
        const first = oid[0];
        let lo = first === 0 ? 0 : this.buffer.readUInt32BE(8 + (first - 1) * 4);
        let hi = this.buffer.readUInt32BE(8 + first * 4) - 1;
        while (lo <= hi) {
          const mid = lo + hi >>> 1;
          const at2 = this.oidsAt + mid * this.hashBytes;
          const order = this.buffer.compare(oid, 0, this.hashBytes, at2, at2 + this.hashBytes);
          if (order === 0) return mid;
          if (order < 0) lo = mid + 1;
          else hi = mid - 1;
        }
        return -1;
      }
      has(oid) {
        return this.positionOf(oid) !== -1;
      }
    };
    Pack = class {
      /** Reads every object's header (one sequential pass over the pack); throws PackFormatError. */
      constructor(index) {
        this.index = index;
        const offsets = index.offsets();
        const n = this.count = index.count;
        this.packPath = index.packPath;
        const sorted = Float64Array.from(offsets).sort();
        this.idxPosition = new Int32Array(n);
        for (let i = 0; i < n; i++) this.idxPosition[findSorted(sorted, offsets[i])] = i;
        this.type = new Uint8Array(n);
        this.isDelta = new Uint8Array(n);
        this.size = new Float64Array(n);
        this.base = new Int32Array(n).fill(-1);
        this.dataStart = new Float64Array(n);
        this.dataEnd = new Float64Array(n);
        this.fd = openSync5(this.packPath, "r");
        try {
          this.readHeaders(sorted);
        } catch (error) {
          closeSync5(this.fd);
          throw error;
        }
        this.firstChild = new Int32Array(n + 1);
        for (let k = 0; k < n; k++)
          if (this.base[k] >= 0)
            this.firstChild[this.base[k] + 1] = this.firstChild[this.base[k] + 1] + 1;
        for (let k = 0; k < n; k++)
          this.firstChild[k + 1] = this.firstChild[k + 1] + this.firstChild[k];
        this.children = new Int32Array(this.firstChild[n]);
        const fill2 = this.firstChild.slice(0, n);
        for (let k = 0; k < n; k++) if (this.base[k] >= 0) this.children[fill2[this.base[k]]++] = k;
        this.resolveTypes();
      }
      count;
      packPath;
      /** Object type per position; deltas carry the type of the whole object at their chain's root. */
      type;
      size;
      /** Position of each delta's base, -1 for whole objects and for bases missing from this pack. */
      base;
      isDelta;
      /** The deltas built on each object, as ranges of `children` (firstChild[k]..firstChild[k+1]). */
      firstChild;
      children;
      dataStart;
      dataEnd;
      idxPosition;
      fd;
      window = Buffer.alloc(0);
      windowStart = 0;
      windowEnd = 0;
      close() {
        closeSync5(this.fd);
      }
      oid(k) {
        return this.index.oidAt(this.idxPosition[k]);
      }
      /** Bytes the object takes in the pack (header aside). */
      packedSize(k) {
        return this.dataEnd[k] - this.dataStart[k];
      }
      /** The object's zlib data, inflated: the whole object, or for a delta its instructions. */
      inflate(k) {
        const start = this.dataStart[k];
        const end = this.dataEnd[k];
        if (start < this.windowStart || end > this.windowEnd) {
          const length = Math.max(end - start, READ_AHEAD);
          if (this.window.length < length) this.window = Buffer.alloc(length);
          const got = readSync3(this.fd, this.window, 0, length, start);
          if (got < end - start)
            throw new PackFormatError(`${this.packPath}: truncated at offset ${start}`);
          this.windowStart = start;
          this.windowEnd = start + got;
        }
        return inflateBounded(
          this.window.subarray(start - this.windowStart, end - this.windowStart),
          this.size[k],
          () => "its data"
        );
      }
      /** One sequential pass over the pack in large reads, parsing each object's header. */
      // eslint-disable-next-line max-lines-per-function -- the hot loop: split, it would allocate per object
      readHeaders(sorted) {
        const packSize = fstatSync4(this.fd).size;
        const trailer = packSize - this.index.hashBytes;
        const head = Buffer.alloc(12);
        readSync3(this.fd, head, 0, 12, 0);
        if (head.toString("latin1", 0, 4) !== "PACK" || head.readUInt32BE(8) !== this.count)
          throw new PackFormatError(`${this.packPath}: not a pack, or not the one its index describes`);
        const chunk = Buffer.alloc(4 * 1024 * 1024);
        let chunkStart = 0;
        let chunkLength = 0;
        const refBases = [];
        for (let k = 0; k < this.count; k++) {
          const offset = sorted[k];
          const end = k + 1 < this.count ? sorted[k + 1] : trailer;
          if (offset + MAX_HEADER > chunkStart + chunkLength && chunkStart + chunkLength < packSize) {
            chunkStart = offset;
            chunkLength = readSync3(this.fd, chunk, 0, chunk.length, offset);
          }
          let p = offset - chunkStart;
          const limit = Math.min(chunkLength, end - chunkStart, p + MAX_HEADER);
          let c = chunk[p++];
          const type = c >> 4 & 7;
          let size = c & 15;
          for (let shift = 4; c & 128 && p < limit; shift += 7) {
            c = chunk[p++];
            size += (c & 127) * 2 ** shift;
          }
          this.size[k] = size;
          if (type === OBJ_OFS_DELTA) {
            c = chunk[p++];
            let back = c & 127;
            while (c & 128 && p < limit) {
              c = chunk[p++];
              back = (back + 1) * 128 + (c & 127);
            }
            this.isDelta[k] = 1;
            this.base[k] = findSorted(sorted, offset - back);
          } else if (type === OBJ_REF_DELTA) {
            this.isDelta[k] = 1;
            if (p + this.index.hashBytes <= limit)
              refBases.push(k, this.index.positionOf(chunk.subarray(p, p + this.index.hashBytes)));
            p += this.index.hashBytes;
          } else if (type >= OBJ_COMMIT && type <= OBJ_TAG) {
            this.type[k] = type;
          } else {
            throw new PackFormatError(
              `${this.packPath}: unknown object type ${type} at offset ${offset}`
            );
          }
          if (p >= limit || c & 128)
            throw new PackFormatError(`${this.packPath}: damaged object header at offset ${offset}`);
          this.dataStart[k] = chunkStart + p;
          this.dataEnd[k] = end;
        }
        if (refBases.length) {
          const positionToK = new Int32Array(this.count);
          for (let k = 0; k < this.count; k++) positionToK[this.idxPosition[k]] = k;
          for (let r = 0; r < refBases.length; r += 2)
            this.base[refBases[r]] = refBases[r + 1] === -1 ? -1 : positionToK[refBases[r + 1]];
        }
      }
      /**
       * A delta's type is its chain root's; a chain that loops (a delta based on itself, or two on each
       * other) or ends without a base has none (0). Each object is walked once: linear in the pack.
       */
      resolveTypes() {
        const state = new Uint8Array(this.count);
        const path = [];
        for (let k = 0; k < this.count; k++) {
          if (!this.isDelta[k] || state[k] === 2) continue;
          let at2 = k;
          while (at2 !== -1 && this.isDelta[at2] && state[at2] === 0) {
            state[at2] = 1;
            path.push(at2);
            at2 = this.base[at2];
          }
          const type = at2 === -1 || state[at2] === 1 ? 0 : this.type[at2];
          for (const p of path) {
            this.type[p] = type;
            state[p] = 2;
          }
          path.length = 0;
        }
      }
    };
    MAX_DEFLATE_RATIO = 1032;
    MAX_CHUNK = 16 * 1024 * 1024;
  }
});

// src/sources/object-store.ts
import { existsSync, readdirSync, readFileSync as readFileSync5 } from "node:fs";
import { join as join4, resolve as resolve3 } from "node:path";
import { constants as zlibConstants, inflateSync as inflateSync2 } from "node:zlib";
function targetSize(delta) {
  const size = deltaTargetSize(delta);
  if (size > MAX_OBJECT_BYTES)
    throw new PackFormatError(
      `its delta makes ${size} bytes, more than the ${MAX_OBJECT_BYTES} read whole`
    );
  return size;
}
function describe(pack, k, type, content, frame) {
  if (type === "blob" && frame.clean)
    return { oid: "", type, size: content.length, provenFree: true };
  return { oid: pack.oid(k), type, size: content.length, bytes: content };
}
function reasonOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function* failed(pack, k, error) {
  const reason = error instanceof Error ? error.message : String(error);
  const pending = [k];
  while (pending.length) {
    const at2 = pending.pop();
    const oid = pack.oid(at2);
    yield {
      oid,
      type: "blob",
      size: 0,
      error: `cannot read git object ${oid}: ${at2 === k ? reason : `its delta base ${pack.oid(k)} cannot be read`}`
    };
    for (let c = pack.firstChild[at2]; c < pack.firstChild[at2 + 1]; c++)
      pending.push(pack.children[c]);
  }
}
function looseHeader(file) {
  for (const take of [256, 4096]) {
    const input = file.subarray(0, take);
    const prefix = inflateSync2(input, {
      finishFlush: zlibConstants.Z_SYNC_FLUSH,
      maxOutputLength: 1032 * input.length + 64
    });
    const nul = prefix.indexOf(0);
    if (nul === -1 && input.length < file.length) continue;
    const match = /^([a-z]{1,8}) (\d{1,15})$/.exec(
      prefix.toString("latin1", 0, nul === -1 ? 0 : nul)
    );
    if (nul === -1 || !match) break;
    return { typeName: match[1], size: Number(match[2]), headerLength: nul + 1 };
  }
  throw new PackFormatError("damaged loose object header");
}
function readLoose({ oid, path }) {
  try {
    const file = readFileSync5(path);
    const { typeName, size, headerLength } = looseHeader(file);
    if (typeName === "tree") return null;
    if (typeName !== "blob" && typeName !== "commit" && typeName !== "tag")
      throw new PackFormatError(`unknown object type ${typeName}`);
    const bytes = inflateBounded(file, headerLength + size, () => "its data").subarray(
      headerLength
    );
    return { oid, type: typeName, size: bytes.length, bytes };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { oid, type: "blob", size: 0, error: `cannot read git object ${oid}: ${reason}` };
  }
}
async function locateObjectStore(git, env) {
  const asked = await git.raw(["rev-parse", "--git-path", "objects", "--show-object-format"]);
  if (asked.code !== 0) return null;
  const [objectsDir = "", format = ""] = asked.stdout.toString("utf8").trim().split("\n");
  const hashBytes = format === "sha1" ? 20 : format === "sha256" ? 32 : 0;
  const objects = resolve3(git.dir, objectsDir);
  if (!hashBytes || env.GIT_ALTERNATE_OBJECT_DIRECTORIES || existsSync(join4(objects, "info", "alternates")))
    return null;
  const packDir = join4(objects, "pack");
  const idxFiles = (existsSync(packDir) ? readdirSync(packDir) : []).filter((f) => f.endsWith(".idx") && existsSync(join4(packDir, f.replace(/\.idx$/, ".pack")))).sort().map((f) => join4(packDir, f));
  if (!idxFiles.every(isVersion2Index)) return null;
  const hexLength = hashBytes * 2 - 2;
  const loose = [];
  for (const dir of readdirSync(objects)) {
    if (!/^[0-9a-f]{2}$/.test(dir)) continue;
    for (const file of readdirSync(join4(objects, dir))) {
      if (file.length === hexLength && /^[0-9a-f]+$/.test(file))
        loose.push({ oid: dir + file, path: join4(objects, dir, file) });
    }
  }
  return { idxFiles, loose, hashBytes };
}
var POOLED_BUFFER_BYTES, POOLED_DEPTHS, MAX_OBJECT_BYTES, BOMB_BYTES, BOMB_RATIO, HELD_BASES_BYTES, ObjectStore;
var init_object_store = __esm({
  "src/sources/object-store.ts"() {
    "use strict";
    init_packfile();
    POOLED_BUFFER_BYTES = 1024 * 1024;
    POOLED_DEPTHS = 32;
    MAX_OBJECT_BYTES = 512 * 1024 * 1024;
    BOMB_BYTES = 256 * 1024 * 1024;
    BOMB_RATIO = 1e3;
    HELD_BASES_BYTES = 64 * 1024 * 1024;
    ObjectStore = class _ObjectStore {
      constructor(indexes, loose, unopened, heldBasesBytes, bombBytes) {
        this.indexes = indexes;
        this.loose = loose;
        this.unopened = unopened;
        this.heldBasesBytes = heldBasesBytes;
        this.bombBytes = bombBytes;
      }
      packs = null;
      /** One buffer per depth of a delta tree, reused across trees. */
      pool = [];
      /**
       * Reads the pack indexes; each pack's own headers are read when the walk reaches packs.
       * `heldBasesBytes`: how much assembled delta bases may take before the oldest are dropped;
       * `bombBytes`: how much a delta tree's whole-read versions may take before it is a pack bomb.
       */
      static open(location, { heldBasesBytes = HELD_BASES_BYTES, bombBytes = BOMB_BYTES } = {}) {
        const indexes = [];
        const unopened = [];
        for (const idx of location.idxFiles) {
          try {
            indexes.push(PackIndex.open(idx, location.hashBytes));
          } catch (error) {
            unopened.push({ path: idx.replace(/\.idx$/, ".pack"), reason: reasonOf(error) });
          }
        }
        return new _ObjectStore(indexes, location.loose, unopened, heldBasesBytes, bombBytes);
      }
      /** How many objects all shares together deliver (trees are not read); null until packs are open. */
      total() {
        if (!this.packs) return null;
        let objects = this.loose.length + this.unopened.length;
        for (const pack of this.packs)
          for (let k = 0; k < pack.count; k++) if (pack.type[k] !== OBJ_TREE) objects++;
        return objects;
      }
      close() {
        for (const pack of this.packs ?? []) pack.close();
      }
      openPacks() {
        if (this.packs) return this.packs;
        this.packs = [];
        for (const index of this.indexes) {
          try {
            this.packs.push(new Pack(index));
          } catch (error) {
            this.unopened.push({ path: index.packPath, reason: reasonOf(error) });
          }
        }
        return this.packs;
      }
      /**
       * Every blob, commit and tag once: loose objects first (often the newest: a fresh leak is found,
       * and attributed, soonest), then each pack's delta trees in pack order. Buffers are views valid until
       * the next object is asked for.
       */
      *objects(gate, share = { index: 0, of: 1 }) {
        if (share.index === 0) {
          for (const object of this.loose) {
            if (this.indexes.some((index) => index.has(Buffer.from(object.oid, "hex")))) continue;
            const read = readLoose(object);
            if (read) yield read;
          }
        }
        const packs = this.openPacks();
        if (share.index === 0)
          for (const { path, reason } of this.unopened)
            yield { oid: path, type: "blob", size: 0, error: `cannot read pack ${path}: ${reason}` };
        const edges = {
          reach: Math.max(2, gate.longest - 1),
          separator: gate.separator,
          buffer: Buffer.alloc(64 * 1024),
          length: 0
        };
        let turn = 0;
        for (const [p, pack] of packs.entries()) {
          const earlier = packs.slice(0, p).map((e) => e.index);
          for (let k = 0; k < pack.count; k++) {
            const orphan = pack.isDelta[k] && pack.type[k] === 0;
            if (!orphan && (pack.isDelta[k] || pack.type[k] === OBJ_TREE)) continue;
            if (turn++ % share.of !== share.index) continue;
            if (orphan)
              yield {
                oid: pack.oid(k),
                type: "blob",
                size: 0,
                error: `cannot read git object ${pack.oid(k)}: its delta base is not in ${pack.packPath}, or its deltas loop back on themselves`
              };
            else if (!earlier.some((e) => e.has(Buffer.from(pack.oid(k), "hex"))))
              yield* this.deltaTree(pack, k, gate, edges);
          }
        }
      }
      /** One whole object and every delta built on it, depth first, each base assembled once. */
      // eslint-disable-next-line max-lines-per-function -- the hot loop: split, it would allocate per object
      *deltaTree(pack, root, gate, edges) {
        const stack = [];
        const pool = this.pool;
        const bufferAt = (depth, size) => {
          if (size > POOLED_BUFFER_BYTES || depth >= POOLED_DEPTHS) return Buffer.allocUnsafe(size);
          if ((pool[depth]?.length ?? -1) < size)
            pool[depth] = Buffer.allocUnsafeSlow(
              Math.min(POOLED_BUFFER_BYTES, Math.max(size, 2 * (pool[depth]?.length ?? 0), 4096))
            );
          return pool[depth].subarray(0, size);
        };
        let held = 0;
        const hold = (frame, content) => {
          frame.content = content;
          held += content.length;
          for (let i = 0; held > this.heldBasesBytes && i < stack.length - 1; i++) {
            const old = stack[i];
            if (old === frame || !old.content) continue;
            held -= old.content.length;
            old.content = null;
          }
        };
        const contentOf = (depth) => {
          const frame = stack[depth];
          if (frame.content) return frame.content;
          let from = depth;
          while (from > 0 && !stack[from].content) from--;
          let content = stack[from].content ?? pack.inflate(stack[from].k);
          for (let d = from + 1; d <= depth; d++) {
            const delta = pack.inflate(stack[d].k);
            const out = Buffer.allocUnsafe(targetSize(delta));
            applyDelta(content, delta, out, null);
            content = out;
          }
          hold(frame, content);
          return content;
        };
        const type = TYPE_NAMES[pack.type[root]];
        let wholeBytes = 0;
        let packedBytes = pack.packedSize(root);
        let rootContent;
        try {
          if (pack.size[root] > MAX_OBJECT_BYTES)
            throw new PackFormatError(`larger than ${MAX_OBJECT_BYTES} bytes: not read whole`);
          rootContent = pack.inflate(root);
        } catch (error) {
          yield* failed(pack, root, error);
          return;
        }
        const rootFrame = {
          k: root,
          content: null,
          clean: !gate.mayMatch(rootContent),
          nextChild: pack.firstChild[root]
        };
        stack.push(rootFrame);
        hold(rootFrame, rootContent);
        yield describe(pack, root, type, rootContent, rootFrame);
        while (stack.length) {
          const parent = stack[stack.length - 1];
          if (parent.nextChild === pack.firstChild[parent.k + 1]) {
            stack.pop();
            if (parent.content) held -= parent.content.length;
            continue;
          }
          const child = pack.children[parent.nextChild++];
          const hasChildren = pack.firstChild[child + 1] > pack.firstChild[child];
          packedBytes += pack.packedSize(child);
          if (wholeBytes > this.bombBytes && wholeBytes > BOMB_RATIO * packedBytes) {
            const reason = `its delta tree expands to over ${wholeBytes} bytes from ${packedBytes} bytes of pack (a pack bomb?): not read`;
            yield* failed(pack, child, new PackFormatError(reason));
            continue;
          }
          try {
            const base = contentOf(stack.length - 1);
            const delta = pack.inflate(child);
            edges.length = 0;
            if (type === "blob" && parent.clean && !hasChildren) {
              applyDelta(base, delta, null, edges);
              if (!gate.mayMatch(edges.buffer.subarray(0, edges.length))) {
                yield { oid: "", type, size: deltaTargetSize(delta), provenFree: true };
                continue;
              }
            }
            const content = bufferAt(stack.length, targetSize(delta));
            edges.length = 0;
            applyDelta(base, delta, content, parent.clean ? edges : null);
            const frame = {
              k: child,
              content: null,
              clean: parent.clean ? !gate.mayMatch(edges.buffer.subarray(0, edges.length)) : !gate.mayMatch(content),
              nextChild: pack.firstChild[child]
            };
            if (hasChildren) {
              stack.push(frame);
              hold(frame, content);
            }
            if (!frame.clean || type !== "blob") wholeBytes += content.length;
            yield describe(pack, child, type, content, frame);
          } catch (error) {
            yield* failed(pack, child, error);
          }
        }
      }
    };
  }
});

// src/sources/object-batch.ts
function* readBatch(batch) {
  const data = Buffer.from(batch.data);
  let content = 0;
  let error = 0;
  for (let i = 0; i < batch.oids.length; i++) {
    const head = {
      oid: batch.oids[i],
      type: TYPES[batch.types[i]] ?? "blob",
      size: batch.sizes[i]
    };
    const kind = batch.kinds[i];
    if (kind === KIND_BYTES) {
      const start = content === 0 ? 0 : batch.ends[content - 1];
      yield { ...head, bytes: data.subarray(start, batch.ends[content++]) };
    } else if (kind === KIND_ERROR) {
      yield { ...head, error: batch.errors[error++] };
    } else {
      yield { ...head, provenFree: true };
    }
  }
}
var KIND_BYTES, KIND_ERROR, TYPES;
var init_object_batch = __esm({
  "src/sources/object-batch.ts"() {
    "use strict";
    KIND_BYTES = 0;
    KIND_ERROR = 2;
    TYPES = ["blob", "commit", "tag"];
  }
});

// src/package-root.ts
import { existsSync as existsSync2, readFileSync as readFileSync6 } from "node:fs";
import { dirname as dirname2, join as join5 } from "node:path";
import { fileURLToPath } from "node:url";
function findRoot(from) {
  for (let dir = dirname2(from); ; dir = dirname2(dir)) {
    const manifest = join5(dir, "package.json");
    if (existsSync2(manifest) && existsSync2(join5(dir, "rules"))) {
      try {
        if (JSON.parse(readFileSync6(manifest, "utf8")).name === "flora-keyscan")
          return dir;
      } catch {
      }
    }
    if (dirname2(dir) === dir)
      throw new Error(`flora-keyscan: cannot find its own package above ${from}`);
  }
}
var PACKAGE_ROOT;
var init_package_root = __esm({
  "src/package-root.ts"() {
    "use strict";
    PACKAGE_ROOT = findRoot(fileURLToPath(import.meta.url));
  }
});

// src/sources/parallel-store.ts
import { Worker } from "node:worker_threads";
import { join as join6 } from "node:path";
async function* readInThreads(location, gate, threads, onTotal) {
  let totalTold = false;
  const queue = [];
  let finished = 0;
  let failure = null;
  let wake = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const workers = Array.from({ length: threads }, (_, index) => {
    const inFlight = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(WORKER_FILE, {
      workerData: { location, literals: gate.literals, share: { index, of: threads }, inFlight }
    });
    let done = false;
    worker.on("message", (m) => {
      if ("done" in m) {
        done = true;
        finished++;
      } else if ("total" in m) {
        if (!totalTold) onTotal?.(m.total);
        totalTold = true;
      } else queue.push({ batch: m.batch, inFlight });
      notify();
    });
    worker.on("error", (error) => {
      failure ??= error;
      notify();
    });
    worker.on("exit", (code2) => {
      if (!done) failure ??= new Error(`an object reader thread stopped (exit code ${code2})`);
      notify();
    });
    return worker;
  });
  try {
    for (; ; ) {
      const next = queue.shift();
      if (next) {
        yield* readBatch(next.batch);
        Atomics.sub(next.inFlight, 0, 1);
        Atomics.notify(next.inFlight, 0);
        continue;
      }
      if (failure) throw failure;
      if (finished === threads) return;
      await new Promise((resolve11) => wake = resolve11);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
var WORKER_FILE;
var init_parallel_store = __esm({
  "src/sources/parallel-store.ts"() {
    "use strict";
    init_object_batch();
    init_package_root();
    WORKER_FILE = join6(PACKAGE_ROOT, "dist", "store-worker.js");
  }
});

// src/sources/object-read.ts
function whoAndWhen(meta) {
  return { author: meta?.author, date: meta?.time != null ? isoUtcSeconds(meta.time) : void 0 };
}
async function listAllObjects(git) {
  const listing = await git.run([
    "cat-file",
    "--batch-all-objects",
    "--unordered",
    "--batch-check=%(objectname) %(objecttype) %(objectsize)"
  ]);
  const starts = new Uint32Array(listing.length / 46 + 1);
  let count2 = 0;
  let bytes = 0;
  let write = 0;
  for (let line = 0; line < listing.length; ) {
    const end = listing.indexOf(10, line);
    const stop = end === -1 ? listing.length : end;
    const space = listing.indexOf(32, line);
    const space2 = listing.indexOf(32, space + 1);
    if (space !== -1 && space < stop && listing.toString("latin1", space + 1, space2) !== "tree") {
      starts[count2++] = write;
      listing.copy(listing, write, line, space);
      write += space - line;
      listing[write++] = 10;
      bytes += Number(listing.toString("latin1", space2 + 1, stop));
    }
    line = stop + 1;
  }
  return {
    oids: OidList.fromLines(listing.subarray(0, write), starts.subarray(0, count2), count2),
    bytes
  };
}
function parseCommitLike(oid, bytes, isTag) {
  const split = bytes.indexOf("\n\n");
  const header = bytes.toString("utf8", 0, split === -1 ? bytes.length : split);
  const message = split === -1 ? Buffer.alloc(0) : bytes.subarray(split + 2);
  const who = /^(?:author|tagger) (.*) <[^>]*> (\d+) ([+-]\d{4})$/m.exec(header);
  const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]).join(" ");
  return {
    meta: { oid, author: who?.[1] ?? "", time: who ? Number(who[2]) : null, parents, isTag },
    message
  };
}
function* messageItems(oid, type, bytes) {
  const { meta, message } = parseCommitLike(oid, bytes, type === "tag");
  yield { commit: meta };
  yield { provenance: { kind: "message", commit: oid, objectType: type }, bytes: message };
}
function storedObjects(location, gate, threads, total) {
  if (threads > 1)
    return {
      objects: readInThreads(location, gate, threads, (n) => total.objects = n),
      close: () => {
      }
    };
  const store = ObjectStore.open(location);
  const objects = (function* () {
    for (const object of store.objects(gate)) {
      total.objects ||= store.total() ?? 0;
      yield object;
    }
  })();
  return { objects, close: () => store.close() };
}
async function* readStore(location, gate, threads, progress) {
  const done = { objects: 0, bytes: 0 };
  const total = { objects: 0, bytes: 0 };
  const { objects, close } = storedObjects(location, gate, threads, total);
  let turn = performance.now();
  let free = { objects: 0, bytes: 0 };
  const takeFree = () => {
    const item = { provenFree: free };
    free = { objects: 0, bytes: 0 };
    return item;
  };
  try {
    for await (const object of objects) {
      done.objects++;
      done.bytes += object.size;
      if (done.objects % 256 === 0 && performance.now() - turn > 20) {
        if (free.objects) yield takeFree();
        await new Promise((resolve11) => setImmediate(resolve11));
        turn = performance.now();
        progress?.(done, total);
      }
      if ("provenFree" in object) {
        free.objects++;
        free.bytes += object.size;
        continue;
      }
      const provenance = { kind: "blob", blob: object.oid, path: null };
      if ("error" in object) yield { provenance, unreadable: object.error };
      else if (object.type === "blob") yield { provenance, bytes: object.bytes };
      else yield* messageItems(object.oid, object.type, object.bytes);
    }
    if (free.objects) yield takeFree();
  } finally {
    close();
  }
  total.objects = done.objects;
  progress?.(done, total);
}
async function* readThroughGit(git, list, progress) {
  const done = { objects: 0, bytes: 0 };
  const total = { objects: list.oids.length, bytes: list.bytes };
  for await (const object of git.readObjectsResilient(list.oids)) {
    done.objects++;
    done.bytes += object.bytes?.length ?? 0;
    if (done.objects % 2e3 === 0) progress?.(done, total);
    const provenance = { kind: "blob", blob: object.oid, path: null };
    if (object.type === "missing") yield { provenance, missing: "not in this repository" };
    else if (!object.bytes)
      yield {
        provenance,
        unreadable: object.error ?? `git object ${object.oid} is ${object.type}`
      };
    else if (object.type === "blob") yield { provenance, bytes: object.bytes };
    else if (object.type === "commit" || object.type === "tag")
      yield* messageItems(object.oid, object.type, object.bytes);
  }
  progress?.(done, total);
}
var init_object_read = __esm({
  "src/sources/object-read.ts"() {
    "use strict";
    init_git();
    init_time();
    init_object_store();
    init_parallel_store();
  }
});

// src/history/rawlog.ts
function parseRawLog(out) {
  const tokens = out.toString("utf8").split("\0");
  const commits = [];
  let current = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i].replace(/^\n+/, "");
    if (token.startsWith("")) {
      const seconds = Number(tokens[i + 3] ?? "");
      current = {
        commit: token.slice(1),
        parents: (tokens[i + 1] ?? "").split(" ").filter(Boolean),
        author: tokens[i + 2] ?? "",
        date: Number.isFinite(seconds) ? isoUtcSeconds(seconds) : "",
        changes: []
      };
      commits.push(current);
      i += 3;
    } else if (token.startsWith(":") && current) {
      const [, newMode = "", oldOid = "", newOid = "", status = ""] = token.slice(1).split(" ");
      const oldPath = /^[RC]/.test(status) ? tokens[++i] ?? "" : void 0;
      current.changes.push({
        oldOid,
        newOid,
        newMode,
        status,
        path: tokens[++i] ?? "",
        ...oldPath !== void 0 ? { oldPath } : {}
      });
    }
  }
  return commits;
}
async function rawLog(git, revs, extra = [], input) {
  const args = [
    "log",
    "--no-renames",
    "--diff-merges=first-parent",
    "--raw",
    "--no-abbrev",
    "-z",
    RAW_LOG_FORMAT,
    ...extra,
    ...revs
  ];
  return parseRawLog(await git.run(args, input));
}
var RAW_LOG_FORMAT;
var init_rawlog = __esm({
  "src/history/rawlog.ts"() {
    "use strict";
    init_time();
    RAW_LOG_FORMAT = "--format=%x01%H%x00%P%x00%an%x00%at";
  }
});

// src/history/attribute.ts
function candidates(log, blobs) {
  const out = [];
  for (const c of log)
    for (const ch of c.changes)
      if (blobs.has(ch.newOid) && INTRODUCING.test(ch.status))
        out.push({ c, blob: ch.newOid, path: ch.path });
  return out;
}
async function lookUp(git, specs) {
  if (specs.length === 0) return [];
  const out = (await git.run(["cat-file", "--batch-check=%(objectname)"], specs.join("\n") + "\n")).toString("utf8").split("\n");
  return specs.map((_, i) => /^[0-9a-f]{40,64}$/.test(out[i] ?? "") ? out[i] : null);
}
async function pathsHolding(git, treeish, blobs) {
  const found = /* @__PURE__ */ new Map();
  for (const entry of splitNul(await git.run(["ls-tree", "-r", "-z", treeish]))) {
    const tab = entry.indexOf("	");
    const oid = entry.slice(0, tab).split(" ")[2] ?? "";
    if (blobs.has(oid)) found.set(oid, [...found.get(oid) ?? [], entry.slice(tab + 1)]);
  }
  return found;
}
async function withoutMergeCarried(git, list) {
  const answers = await lookUp(
    git,
    list.flatMap(({ c, path }) => c.parents.slice(1).map((p) => `${p}:${path}`))
  );
  let k = 0;
  return list.filter(
    ({ c, blob }) => !answers.slice(k, k += c.parents.length - 1).includes(blob)
  );
}
async function confirm(git, list, blobs) {
  const kept = [];
  const earlierPaths = [];
  const parentCache = /* @__PURE__ */ new Map();
  for (const candidate of await withoutMergeCarried(git, list)) {
    const { c, blob } = candidate;
    const first = c.parents[0];
    if (first) {
      if (!parentCache.has(first)) parentCache.set(first, await pathsHolding(git, first, blobs));
      const elsewhere = parentCache.get(first).get(blob);
      if (elsewhere?.length) {
        earlierPaths.push(...elsewhere);
        continue;
      }
    }
    kept.push(introduction(candidate));
  }
  return { kept, earlierPaths };
}
function dedupe(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((i) => {
    const key = `${i.blob} ${i.commit} ${i.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
async function attributeReachable(git, blobs, walk) {
  const known = walk.pathsOf(blobs);
  const targets = new Set(known.keys());
  if (targets.size === 0) return [];
  const paths = new Set(known.values());
  const finds = [...targets].map((b) => `--find-object=${b}`);
  let found = [];
  for (let round = 0; round < MAX_RENAME_ROUNDS; round++) {
    const log = await rawLog(git, ["--all", "--", ...paths], finds);
    const { kept, earlierPaths } = await confirm(git, candidates(log, targets), targets);
    found = kept;
    const fresh = earlierPaths.filter((p) => !paths.has(p));
    if (fresh.length === 0) break;
    for (const p of fresh) paths.add(p);
  }
  return dedupe(found);
}
async function attributeUnreachable(git, blobs, unreachableCommits) {
  if (blobs.size === 0 || unreachableCommits.length === 0) return [];
  const finds = [...blobs].map((b) => `--find-object=${b}`);
  const log = await rawLog(
    git,
    ["--no-walk", "--stdin", "--"],
    finds,
    unreachableCommits.join("\n") + "\n"
  );
  return dedupe((await withoutMergeCarried(git, candidates(log, blobs))).map(introduction));
}
var INTRODUCING, MAX_RENAME_ROUNDS, introduction, Attributor;
var init_attribute = __esm({
  "src/history/attribute.ts"() {
    "use strict";
    init_git();
    init_rawlog();
    INTRODUCING = /^[AMT]/;
    MAX_RENAME_ROUNDS = 6;
    introduction = ({ c, blob, path }) => ({
      blob,
      commit: c.commit,
      path,
      author: c.author,
      date: c.date
    });
    Attributor = class {
      constructor(git, walking) {
        this.git = git;
        this.walking = walking;
        walking.then(
          (walk) => {
            this.walk = walk;
            this.next();
          },
          () => {
          }
          // reported by finish()
        );
      }
      matched = /* @__PURE__ */ new Set();
      sent = /* @__PURE__ */ new Set();
      batches = [];
      walk = null;
      running = null;
      /** A blob that matched: to be attributed as soon as the walk allows. */
      add(blob) {
        this.matched.add(blob);
        this.next();
      }
      get blobs() {
        return this.matched;
      }
      next() {
        if (this.running || !this.walk) return;
        const blobs = new Set([...this.matched].filter((b) => !this.sent.has(b)));
        if (blobs.size === 0) return;
        for (const b of blobs) this.sent.add(b);
        const batch = attributeReachable(this.git, blobs, this.walk);
        this.batches.push(batch);
        this.running = batch.then(
          () => {
          },
          () => {
          }
          // reported by finish()
        ).finally(() => {
          this.running = null;
          this.next();
        });
      }
      /** Waits for the walk and every log: where each matched blob was introduced. */
      async finish() {
        const walk = await this.walking;
        this.walk = walk;
        this.next();
        while (this.running) await this.running;
        return { walk, introductions: (await Promise.all(this.batches)).flat() };
      }
    };
  }
});

// src/history/facts.ts
function rekeyFacts(facts, renamed) {
  for (const [from, to] of renamed) {
    if (from in facts.refsBySecret)
      facts.refsBySecret[to] = [
        .../* @__PURE__ */ new Set([...facts.refsBySecret[to] ?? [], ...facts.refsBySecret[from]])
      ].sort();
    if (from in facts.atHeadBySecret)
      facts.atHeadBySecret[to] = facts.atHeadBySecret[to] || facts.atHeadBySecret[from];
  }
}
async function isShallow(git) {
  return await git.text(["rev-parse", "--is-shallow-repository"]) === "true";
}
async function hasRemote(git) {
  return (await git.text(["remote"])).length > 0;
}
async function hasAnyRef(git) {
  return (await git.text(["for-each-ref", "--count=1", "--format=%(refname)"])).length > 0;
}
async function blobsAtHead(git) {
  if (!await hasCommit(git)) return /* @__PURE__ */ new Set();
  return new Set(
    splitNul(await git.run(["ls-tree", "-r", "-z", "HEAD"])).map(
      (e) => e.split("	")[0].split(" ")[2]
    )
  );
}
async function refTips(git) {
  const out = (await git.run(["for-each-ref", "--format=%(refname) %(objectname) %(*objectname)"])).toString("utf8");
  return out.split("\n").filter(Boolean).map((line) => {
    const [ref = "", object = "", peeled] = line.split(" ");
    return { ref, object, commit: peeled || object };
  });
}
var CommitGraph, RefReach;
var init_facts = __esm({
  "src/history/facts.ts"() {
    "use strict";
    init_git();
    CommitGraph = class _CommitGraph {
      constructor(index, firstChild, children, reached) {
        this.index = index;
        this.firstChild = firstChild;
        this.children = children;
        this.reached = reached;
      }
      /**
       * From commits and their parents (space-separated): those `tips` reach, or all of them when `tips`
       * is null. Parents not listed (past a shallow clone's edge) are left out.
       */
      static fromParents(commits, tips) {
        const index = /* @__PURE__ */ new Map();
        const parentLists = [];
        for (const [commit, parents] of commits) {
          index.set(commit, index.size);
          parentLists.push(parents);
        }
        const edges = [];
        parentLists.forEach((parents, child) => {
          for (const p of parents ? parents.split(" ") : []) {
            const parent = index.get(p);
            if (parent !== void 0) edges.push(parent, child);
          }
        });
        const firstChild = new Int32Array(index.size + 1);
        for (let e = 0; e < edges.length; e += 2) firstChild[edges[e] + 1]++;
        for (let c = 0; c < index.size; c++) firstChild[c + 1] = firstChild[c + 1] + firstChild[c];
        const children = new Int32Array(edges.length / 2);
        const fill2 = firstChild.slice(0, index.size);
        for (let e = 0; e < edges.length; e += 2) children[fill2[edges[e]]++] = edges[e + 1];
        const reached = new Uint8Array(index.size).fill(tips ? 0 : 1);
        const pending = (tips ?? []).map((t) => index.get(t)).filter((i) => i !== void 0);
        for (const i of pending) reached[i] = 1;
        while (pending.length) {
          const at2 = pending.pop();
          for (const p of parentLists[at2] ? parentLists[at2].split(" ") : []) {
            const parent = index.get(p);
            if (parent !== void 0 && !reached[parent]) {
              reached[parent] = 1;
              pending.push(parent);
            }
          }
        }
        return new _CommitGraph(index, firstChild, children, reached);
      }
      /** Every commit any ref reaches, from one `git rev-list --all --parents` (0.7 s on git.git). */
      static async read(git) {
        const lines = (await git.toFile(["rev-list", "--all", "--parents"])).toString("latin1").split("\n");
        const space = (line) => line.indexOf(" ") === -1 ? line.length : line.indexOf(" ");
        return _CommitGraph.fromParents(
          lines.filter(Boolean).map((line) => [line.slice(0, space(line)), line.slice(space(line) + 1)]),
          null
        );
      }
      /** Whether any ref reaches `commit`. */
      has(commit) {
        const i = this.index.get(commit);
        return i !== void 0 && this.reached[i] === 1;
      }
      /** `commit` and every commit built on it. */
      descendants(commit) {
        const start = this.index.get(commit);
        const seen = new Uint8Array(this.index.size);
        if (start === void 0) return () => false;
        const pending = [start];
        seen[start] = 1;
        while (pending.length) {
          const at2 = pending.pop();
          for (let i = this.firstChild[at2]; i < this.firstChild[at2 + 1]; i++) {
            const child = this.children[i];
            if (!seen[child]) {
              seen[child] = 1;
              pending.push(child);
            }
          }
        }
        return (c) => {
          const i = this.index.get(c);
          return i !== void 0 && seen[i] === 1;
        };
      }
    };
    RefReach = class {
      constructor(git, tips) {
        this.git = git;
        this.tips = tips;
      }
      cache = /* @__PURE__ */ new Map();
      commits = null;
      /** Uses a graph built from commits already read (a whole-history scan reads them all). */
      useGraph(graph) {
        this.commits = Promise.resolve(graph);
      }
      /** The commit graph, read from git when no graph was given. */
      graph() {
        this.commits ??= CommitGraph.read(this.git);
        return this.commits;
      }
      async refs(object, isTag) {
        const cached2 = this.cache.get(object);
        if (cached2) return cached2;
        let refs;
        if (isTag) refs = this.tips.filter((t) => t.object === object).map((t) => t.ref);
        else {
          const below = (await this.graph()).descendants(object);
          refs = this.tips.filter((t) => below(t.commit)).map((t) => t.ref);
        }
        this.cache.set(object, refs);
        return refs;
      }
    };
  }
});

// src/history/attribution.ts
function fromIntroduction(f, i) {
  return at(f, {
    kind: "commit",
    blob: i.blob,
    path: i.path,
    commit: i.commit,
    author: i.author,
    date: i.date
  });
}
async function reachability(read) {
  const head = (await read.git.raw(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"])).stdout.toString("utf8").trim();
  const commits = [...read.commits.values()].filter((m) => !m.isTag).map((m) => [m.oid, m.parents]);
  const graph = CommitGraph.fromParents(commits, [
    ...read.tips.map((t) => t.commit),
    ...head ? [head] : []
  ]);
  const refReach = new RefReach(read.git, read.tips);
  refReach.useGraph(graph);
  const tags = new Set([...read.commits.values()].filter((m) => m.isTag).map((m) => m.oid));
  return { graph, refReach, tags };
}
async function attributeHistory(raw, read) {
  const { graph, refReach, tags } = await reachability(read);
  const { walk, introductions } = await read.attributor.finish();
  if (read.allObjects) {
    const unreachableCommits = [...read.commits.values()].filter((m) => !m.isTag && !graph.has(m.oid)).map((m) => m.oid);
    introductions.push(
      ...await attributeUnreachable(read.git, new Set(read.attributor.blobs), unreachableCommits)
    );
  }
  const byBlob = /* @__PURE__ */ new Map();
  for (const i of introductions) byBlob.set(i.blob, [...byBlob.get(i.blob) ?? [], i]);
  const findings = [];
  const blobPaths = walk.pathsOf(
    new Set(raw.flatMap((f) => f.provenance.kind === "blob" ? [f.provenance.blob] : []))
  );
  let unreachable = 0;
  for (const f of raw) {
    const p = f.provenance;
    if (p.kind === "message") {
      const reached = tags.has(p.commit) ? (await refReach.refs(p.commit, true)).length > 0 : graph.has(p.commit);
      const meta = read.commits.get(p.commit);
      if (reached || read.allObjects) findings.push(at(f, { ...p, ...whoAndWhen(meta) }));
      else unreachable++;
    } else if (p.kind === "blob") {
      const intros = byBlob.get(p.blob);
      const path = blobPaths.get(p.blob);
      if (intros?.length) findings.push(...intros.map((i) => fromIntroduction(f, i)));
      else if (read.allObjects)
        findings.push(f);
      else if (path !== void 0) findings.push(at(f, { ...p, path }));
      else unreachable++;
    } else {
      findings.push(f);
    }
  }
  return {
    findings,
    unreachable,
    facts: await gatherFacts(read.git, findings, tags, refReach, read.shallow)
  };
}
async function gatherFacts(git, findings, tags, reach, shallow) {
  const remote = hasRemote(git);
  const headBlobs = await blobsAtHead(git);
  const refsBySecret = {};
  const atHeadBySecret = {};
  for (const f of findings) {
    const p = f.provenance;
    const refs = new Set(refsBySecret[f.secretSha256] ?? []);
    const commit = p.kind === "commit" || p.kind === "message" ? p.commit : null;
    if (commit) for (const r of await reach.refs(commit, tags.has(commit))) refs.add(r);
    refsBySecret[f.secretSha256] = [...refs].sort();
    const atHead = (p.kind === "commit" || p.kind === "blob") && headBlobs.has(p.blob);
    atHeadBySecret[f.secretSha256] = (atHeadBySecret[f.secretSha256] ?? false) || atHead;
  }
  return { refsBySecret, atHeadBySecret, hasRemote: await remote, shallow };
}
function factsFor(facts, kept) {
  const pick = (record) => Object.fromEntries(Object.entries(record).filter(([sha]) => kept.has(sha)));
  return {
    ...facts,
    refsBySecret: pick(facts.refsBySecret),
    atHeadBySecret: pick(facts.atHeadBySecret)
  };
}
var at;
var init_attribution = __esm({
  "src/history/attribution.ts"() {
    "use strict";
    init_findings();
    init_object_read();
    init_attribute();
    init_facts();
    at = (f, provenance) => ({
      ...f,
      provenance,
      exposure: exposureOf(provenance)
    });
  }
});

// src/manifests.ts
function jsonNames(text) {
  const names = /* @__PURE__ */ new Set();
  try {
    const value = JSON.parse(text);
    for (const section of JSON_SECTIONS) {
      const deps = value?.[section];
      if (deps && typeof deps === "object" && !Array.isArray(deps))
        for (const name of Object.keys(deps)) names.add(name);
    }
  } catch {
  }
  return names;
}
function parseManifest(name, text) {
  if (name.endsWith(".json")) return { names: jsonNames(text), variables: [] };
  if (name.includes("env"))
    return {
      names: /* @__PURE__ */ new Set(),
      variables: [
        ...text.matchAll(/^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,127})[ \t]*=/gm)
      ].map((m) => m[1])
    };
  const code2 = text.replace(/(^|[ \t])(?:#|\/\/)[^\n]*/g, "$1");
  return { names: new Set(code2.match(/[@A-Za-z0-9][\w@/.-]{0,199}/g) ?? []), variables: [] };
}
function dependsOn(facts, packages) {
  for (const name of facts.names)
    for (const p of packages) {
      if (p.endsWith("/*") ? name.startsWith(p.slice(0, -1)) : name === p || name.startsWith(p + "/"))
        return name;
    }
  return null;
}
var MANIFEST_NAMES, JSON_SECTIONS;
var init_manifests = __esm({
  "src/manifests.ts"() {
    "use strict";
    MANIFEST_NAMES = [
      "package.json",
      "composer.json",
      "requirements.txt",
      "pyproject.toml",
      "Pipfile",
      "setup.py",
      "setup.cfg",
      "go.mod",
      "Gemfile",
      "Cargo.toml",
      "pom.xml",
      "build.gradle",
      ".env.example",
      ".env.sample",
      ".env.template",
      ".env.dist",
      "example.env"
    ];
    JSON_SECTIONS = [
      "dependencies",
      "devDependencies",
      "peerDependencies",
      "optionalDependencies",
      "require",
      "require-dev"
    ];
  }
});

// src/provider-evidence.ts
function foldersOf(path) {
  const parts = path.split("/").slice(0, -1);
  const out = [];
  for (let n = parts.length; n >= 0 && out.length < FOLDER_DEPTH; n--)
    out.push(parts.slice(0, n).join("/"));
  if (out.at(-1) !== "") out.push("");
  return out;
}
function single(choices, test) {
  const found = /* @__PURE__ */ new Map();
  for (const choice of choices) {
    const detail = test(choice);
    if (detail !== null && !found.has(choice.rule.provider))
      found.set(choice.rule.provider, { choice, evidence: { kind: "file", detail } });
  }
  return [...found.values()];
}
function wordIn(words, text) {
  const m = words.matches(text).next();
  return m.done ? null : text.slice(m.value.start, m.value.end);
}
function byPath(path, choices) {
  const parts = path.split("/").reverse();
  for (const [i, part] of parts.entries()) {
    const found = single(choices, (c) => {
      const word = wordIn(c.words, part);
      return word === null ? null : `${i === 0 ? "file name" : "folder"} naming ${shownWord(word)}`;
    });
    if (found.length === 1) return found[0];
  }
  return null;
}
function relabel(f, found, renamed) {
  const { rule, environment, secret } = found.choice;
  if (secret) {
    const before = f.secretSha256;
    f.secret = secret;
    f.secretSha256 = sha256Hex(secret);
    const prefix = rule.prefixes.find((p) => secret.startsWith(p)) ?? "";
    f.entropy = shannonEntropy(secret.slice(prefix.length));
    renamed.set(before, f.secretSha256);
  }
  f.ruleId = rule.id;
  f.provider = rule.provider;
  f.severity = rule.severity;
  f.environment = environment;
  f.redacted = redact(f.secret, rule.prefixes);
  f.providerEvidence = found.evidence;
  delete f.needsEvidence;
}
var NOWHERE, FOLDER_DEPTH, ProviderSettler, Manifests;
var init_provider_evidence = __esm({
  "src/provider-evidence.ts"() {
    "use strict";
    init_findings();
    init_manifests();
    init_pattern();
    init_candidates();
    init_entropy();
    init_secret();
    init_tree_files();
    NOWHERE = "nothing names a provider: not nearby, in its file, its path or the repository";
    FOLDER_DEPTH = 8;
    ProviderSettler = class {
      constructor(rules, providers, tree) {
        this.tree = tree;
        this.rules = new Map(rules.map((r) => [r.id, r]));
        this.names = new Map(providers.map((p) => [p.id, p.name]));
      }
      rules;
      words = /* @__PURE__ */ new Map();
      names;
      /** Secrets whose finding went to a rival with a longer match: old hash → new hash. */
      renamed = /* @__PURE__ */ new Map();
      choicesOf(f) {
        const out = [];
        for (const { ruleId, environment, secret } of [
          { ruleId: f.ruleId, environment: f.environment },
          ...f.rivals ?? []
        ]) {
          const rule = this.rules.get(ruleId);
          if (!rule?.context?.pattern) continue;
          let words = this.words.get(ruleId);
          if (!words)
            this.words.set(
              ruleId,
              words = compilePattern(
                rule.context.pattern,
                rule.shipped || rule.context.shipped === true
              )
            );
          out.push({ rule, environment, words, ...secret ? { secret } : {} });
        }
        return out;
      }
      /** Findings with the evidence their path and repository give; those whose rule needs evidence and found none are dropped. */
      async settle(findings) {
        const open = findings.filter((f) => f.providerEvidence.kind === "none");
        const waiting = [];
        const byPathOnce = /* @__PURE__ */ new Map();
        for (const finding of open) {
          const choices = this.choicesOf(finding);
          const path = pathOf(finding);
          let found = null;
          if (path !== null && finding.provenance.kind !== "path") {
            const key = `${path}\0${choices.map((c) => c.rule.id).join(" ")}`;
            if (!byPathOnce.has(key)) byPathOnce.set(key, byPath(path, choices));
            found = byPathOnce.get(key);
            if (found)
              found = { ...found, choice: choices.find((c) => c.rule.id === found.choice.rule.id) };
          }
          if (found) relabel(finding, found, this.renamed);
          else if (choices.length > 0) waiting.push({ finding, choices });
        }
        if (waiting.length > 0 && this.tree) await this.byRepository(waiting, this.tree);
        this.sameKeyElsewhere(findings);
        for (const f of findings) {
          delete f.rivals;
          if (f.providerEvidence.kind === "none" && f.providerEvidence.detail === NOT_NEARBY)
            f.providerEvidence = { kind: "none", detail: NOWHERE };
        }
        return findings.filter((f) => {
          const keep = !f.needsEvidence;
          delete f.needsEvidence;
          return keep;
        });
      }
      /**
       * One key belongs to one provider: an occurrence with no evidence takes the provider of another
       * occurrence of the same key that has some (when that provider's rule matched it too).
       */
      sameKeyElsewhere(findings) {
        const strongest = /* @__PURE__ */ new Map();
        const rank = (f) => EVIDENCE_KINDS.indexOf(f.providerEvidence.kind);
        for (const f of findings) {
          if (!this.rules.get(f.ruleId)?.shipped) continue;
          const best = strongest.get(f.secretSha256);
          if (!best || rank(f) < rank(best)) strongest.set(f.secretSha256, f);
        }
        for (const f of findings) {
          const best = strongest.get(f.secretSha256);
          if (!best || f.providerEvidence.kind !== "none" || best.providerEvidence.kind === "none")
            continue;
          const choice = this.choicesOf(f).find(
            (c) => c.rule.provider === best.provider && (c.secret ?? f.secret) === best.secret
          );
          if (!choice) continue;
          const where = pathOf(best) ?? "a commit message";
          relabel(
            f,
            {
              choice,
              evidence: {
                kind: best.providerEvidence.kind,
                detail: `the same key in ${where}: ${best.providerEvidence.detail}`
              }
            },
            this.renamed
          );
        }
      }
      async byRepository(waiting, tree) {
        const wanted = /* @__PURE__ */ new Map();
        const plan2 = waiting.map(({ finding, choices }) => {
          const at2 = tree.treeOf(finding);
          const folders = at2 === null ? [] : foldersOf(pathOf(finding) ?? "");
          for (const folder of folders)
            for (const name of MANIFEST_NAMES) {
              const file = { tree: at2, path: folder ? `${folder}/${name}` : name };
              wanted.set(treeFileKey(file), file);
            }
          return { finding, choices, at: at2, folders };
        });
        const manifests = new Manifests(await tree.read([...wanted.values()]));
        for (const { finding, choices, at: at2, folders } of plan2) {
          for (const folder of folders) {
            const found = single(choices, (c) => manifests.names(at2, folder, c)).map((f) => ({
              ...f,
              evidence: { kind: "repository", detail: f.evidence.detail }
            }));
            if (found.length === 1) relabel(finding, found[0], this.renamed);
            else if (found.length > 1)
              finding.providerEvidence = {
                kind: "none",
                detail: `the repository uses ${found.map((f) => this.names.get(f.choice.rule.provider) ?? f.choice.rule.provider).join(" and ")} (${found.map((f) => f.evidence.detail).join("; ")})`
              };
            if (found.length > 0) break;
          }
        }
      }
    };
    Manifests = class {
      constructor(files) {
        this.files = files;
      }
      parsed = /* @__PURE__ */ new Map();
      answers = /* @__PURE__ */ new Map();
      facts(tree, path, name) {
        const blob = this.files.get(treeFileKey({ tree, path }));
        if (!blob) return null;
        const id = `${blob.id}\0${name}`;
        let facts = this.parsed.get(id);
        if (!facts) this.parsed.set(id, facts = parseManifest(name, blob.bytes.toString("utf8")));
        return { id, facts };
      }
      /** What `folder`'s manifests in `tree` say of `choice`'s provider ("package.json depends on stripe"), or null. */
      names(tree, folder, choice) {
        const key = `${tree}\0${folder}\0${choice.rule.id}`;
        if (!this.answers.has(key)) this.answers.set(key, this.ask(tree, folder, choice));
        return this.answers.get(key);
      }
      ask(tree, folder, choice) {
        for (const name of MANIFEST_NAMES) {
          const path = folder ? `${folder}/${name}` : name;
          const found = this.facts(tree, path, name);
          if (!found) continue;
          const blobKey = `${found.id}\0${choice.rule.id}`;
          if (!this.answers.has(blobKey)) {
            const { facts } = found;
            const dependency = dependsOn(facts, choice.rule.evidence?.packages ?? []);
            const variable = facts.variables.find((v) => wordIn(choice.words, v) !== null);
            this.answers.set(
              blobKey,
              dependency ? `depends on ${shownWord(dependency)}` : variable ? `names ${shownWord(variable)}` : null
            );
          }
          const said = this.answers.get(blobKey);
          if (said) return `${path} ${said}`;
        }
        return null;
      }
    };
  }
});

// src/glob.ts
import picomatch from "picomatch";
import { RE2JS as RE2JS2 } from "re2js";
function compileGlob(glob) {
  const trimmed = glob.replace(/^\.\//, "").replace(/\/+$/, "");
  const anchored = trimmed.replace(/^\//, "").includes("/") || trimmed.startsWith("/");
  const pattern = trimmed.replace(/^\//, "").replace(/(^|[^\\])\[!/g, "$1[^");
  let source = picomatch.makeRe(pattern, { dot: true, fastpaths: false, nonegate: true }).source;
  for (const [from, to] of DROPPED) source = source.split(from).join(to);
  if (!source.startsWith("^(?:") || !source.endsWith(")$"))
    throw new UserError(`glob "${glob}": unexpected form`);
  const inner = source.slice(4, -2);
  let re;
  try {
    re = RE2JS2.compile(`${anchored ? "^" : "(?:^|/)"}(?:${inner})(?:/.*)?$`, RE2JS2.DOTALL);
  } catch {
    throw new UserError(
      `glob "${glob}": uses a form flora-keyscan cannot match safely (such as !(\u2026)); use *, **, ?, [...] and {a,b}`
    );
  }
  return (path) => re.test(path);
}
function compileGlobs(globs) {
  if (globs.length === 0) return void 0;
  const tests = globs.map((g) => ({
    include: g.startsWith("!"),
    test: compileGlob(g.startsWith("!") ? g.slice(1) : g)
  }));
  return (path) => {
    for (let i = tests.length - 1; i >= 0; i--) if (tests[i].test(path)) return !tests[i].include;
    return false;
  };
}
var DROPPED;
var init_glob = __esm({
  "src/glob.ts"() {
    "use strict";
    init_errors();
    DROPPED = [
      ["(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?", ".*?"],
      ["(?!(?:^|\\/)\\.{1,2}(?:\\/|$))", ""],
      ["(?!\\.{1,2}(?:\\/|$))", ""],
      ["(?=.)", ""]
    ];
  }
});

// src/ignore.ts
function parseIgnore(text, file) {
  const entries = [];
  const skips = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+#.*$/, "").trim();
    if (!line || line.startsWith("#")) return;
    const [head = "", glob, extra] = line.split(/\s+/);
    if (head.startsWith("path:") && head.length > 5 && glob === void 0) {
      const test = globAt(head.slice(5), `${file}:${i + 1}`);
      skips.push(test);
      entries.push({ line: i + 1, text: line, matches: test, used: false });
      return;
    }
    const m = /^sha256:([0-9a-f]{64})$/.exec(head);
    if (!m || extra !== void 0)
      throw new UserError(
        `${file}:${i + 1}: expected "sha256:<64 hex digits> [path glob]" or "path:<glob>"${/[A-Za-z0-9]{16}/.test(line) ? " (if that line is a key, remove it: entries name a key by its sha256 fingerprint, see flora-keyscan baseline)" : ""}`
      );
    entries.push({
      line: i + 1,
      text: line,
      secretSha256: m[1],
      matches: glob ? globAt(glob, `${file}:${i + 1}`) : void 0,
      used: false
    });
  });
  return { file, entries, skipPath: skips.length ? (p) => skips.some((t) => t(p)) : void 0 };
}
function globAt(glob, where) {
  try {
    return compileGlob(glob);
  } catch (error) {
    throw new UserError(`${where}: ${error.message}`);
  }
}
function loadIgnore(files) {
  const text = files.read(IGNORE_FILE);
  return text === null ? { file: files.describe(IGNORE_FILE), entries: [] } : parseIgnore(text, files.describe(IGNORE_FILE));
}
function applyIgnore(findings, ignore) {
  const ignored = [];
  const kept = findings.filter((f) => {
    const path = pathOf(f);
    const entry = ignore.entries.find((e) => {
      if (e.secretSha256 === void 0) return path !== null && e.matches(path);
      return e.secretSha256 === f.secretSha256 && (!e.matches || path !== null && e.matches(path));
    });
    if (!entry) return true;
    entry.used = true;
    ignored.push(f);
    return false;
  });
  return { kept, ignored };
}
function baselineLines(findings, existing, date) {
  const known = new Set(existing.entries.map((e) => e.secretSha256).filter(Boolean));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of findings) {
    if (known.has(f.secretSha256) || seen.has(f.secretSha256)) continue;
    seen.add(f.secretSha256);
    out.push(
      `sha256:${f.secretSha256}  # ${f.ruleId} ${f.redacted} at ${pathOf(f) ?? "commit message"}:${f.line}, accepted ${date}`
    );
  }
  return out;
}
var init_ignore = __esm({
  "src/ignore.ts"() {
    "use strict";
    init_errors();
    init_policy_files();
    init_glob();
    init_findings();
  }
});

// src/rules/validate.ts
function fail(where, field, problem) {
  throw new UserError(`${where}: field "${field}" ${problem}`);
}
function objectOf(raw, where, what) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new UserError(`${where}: ${what} must be a JSON object`);
  return raw;
}
function knownFields(r, known, where, what) {
  for (const key of Object.keys(r))
    if (!known.has(key)) fail(where, key, `is not a known ${what} field`);
}
function str(r, where, field) {
  const value = r[field];
  if (typeof value !== "string" || value.length === 0)
    fail(where, field, "must be a non-empty string");
  return value;
}
function optionalStr(r, where, field) {
  return r[field] === void 0 ? void 0 : str(r, where, field);
}
function strList(r, where, field, optional = false) {
  const value = r[field];
  if (value === void 0 && optional) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v.length === 0)) {
    fail(where, field, "must be a list of non-empty strings");
  }
  return value;
}
function bool(r, where, field, fallback) {
  if (r[field] === void 0) return fallback;
  if (typeof r[field] !== "boolean") fail(where, field, "must be true or false");
  return r[field];
}
function regex(where, field, pattern, shipped) {
  try {
    if (shipped) {
      const { source, flags } = splitInlineFlags(pattern);
      new RegExp(source, flags);
    } else re2Pattern(pattern);
  } catch (error) {
    const why = error.message.replace(/^error parsing regexp: /, "");
    const engine = shipped ? "" : " for RE2, the linear-time engine config rules run on (no lookaround or backreferences)";
    fail(where, field, `is not a valid regular expression${engine}: ${why}`);
  }
}
function statusCodes(p, where, name) {
  const list = p[name];
  if (!Array.isArray(list) || list.some((n) => !Number.isInteger(n) || n < 100 || n > 599)) {
    fail(where, `verify.${name}`, "must be a list of HTTP status codes");
  }
  return list;
}
function probeHeaders(raw, where) {
  const headers = raw;
  if (typeof headers !== "object" || headers === null || Object.values(headers).some((v) => typeof v !== "string")) {
    fail(where, "verify.headers", "must be an object of strings");
  }
  for (const name of Object.keys(headers)) {
    if (!PROBE_HEADERS.has(name.toLowerCase()))
      fail(where, "verify.headers", `may hold only Authorization and Accept (not "${name}")`);
  }
  const carrier = Object.entries(headers).find(([, v]) => v.includes("{{secret}}"));
  if (!carrier || carrier[0].toLowerCase() !== "authorization") {
    fail(
      where,
      "verify.headers",
      "must carry the key as {{secret}} in the Authorization header (never in the URL)"
    );
  }
  return headers;
}
function probeTarget(p, where) {
  if (typeof p.baseUrl !== "string" || !/^https:\/\/[^/?#@]+(\/[^?#@]*)?$/.test(p.baseUrl)) {
    fail(where, "verify.baseUrl", "must be an https URL without query, fragment or credentials");
  }
  if (p.baseUrlEnv !== void 0 && (typeof p.baseUrlEnv !== "string" || !/^[A-Z][A-Z0-9_]*$/.test(p.baseUrlEnv))) {
    fail(where, "verify.baseUrlEnv", "must be an environment variable name");
  }
  if (typeof p.path !== "string" || !PROBE_PATH.test(p.path) || p.path.includes("..")) {
    fail(where, "verify.path", 'must be a plain path starting with "/" (no scheme, host or "..")');
  }
  return {
    baseUrl: p.baseUrl,
    ...p.baseUrlEnv ? { baseUrlEnv: p.baseUrlEnv } : {},
    path: p.path
  };
}
function probe(raw, where, shipped) {
  if (raw === void 0) return void 0;
  if (!shipped)
    fail(
      where,
      "verify",
      "is only allowed in the rules flora-keyscan ships (a config rule may detect, never probe)"
    );
  if (typeof raw !== "object" || raw === null) fail(where, "verify", "must be an object");
  const p = raw;
  if (p.method !== "GET" && p.method !== "HEAD")
    fail(where, "verify.method", 'must be "GET" or "HEAD" (probes are read-only)');
  if (p.json !== void 0 && typeof p.json !== "boolean")
    fail(where, "verify.json", "must be true or false");
  for (const field of ["requestIdHeader", "errorCode"]) {
    if (p[field] !== void 0 && (typeof p[field] !== "string" || !/^[A-Za-z0-9_.-]{1,64}$/.test(p[field])))
      fail(where, `verify.${field}`, "must be a short name");
  }
  return {
    method: p.method,
    ...probeTarget(p, where),
    headers: probeHeaders(p.headers, where),
    live: statusCodes(p, where, "live"),
    inactive: statusCodes(p, where, "inactive"),
    json: p.json === true,
    ...p.requestIdHeader ? { requestIdHeader: p.requestIdHeader } : {},
    ...p.errorCode ? { errorCode: p.errorCode } : {}
  };
}
function context(raw, where, shipped) {
  if (raw === void 0) return void 0;
  if (typeof raw !== "object" || raw === null) fail(where, "context", "must be an object");
  const c = raw;
  if (c.pattern !== void 0 && typeof c.pattern !== "string")
    fail(where, "context.pattern", "must be a string");
  if (c.pattern !== void 0) regex(where, "context.pattern", c.pattern, shipped);
  if (!Number.isInteger(c.lines) || c.lines < 0)
    fail(where, "context.lines", "must be a whole number \u2265 0");
  if (typeof c.required !== "boolean") fail(where, "context.required", "must be true or false");
  return {
    pattern: c.pattern ?? "",
    lines: c.lines,
    required: c.required
  };
}
function scalars(r, where) {
  const severity = str(r, where, "severity");
  if (!SEVERITIES.includes(severity))
    fail(where, "severity", `must be one of ${SEVERITIES.join(", ")}`);
  if (r.environment !== void 0 && r.environment !== "live" && r.environment !== "test")
    fail(where, "environment", 'must be "live" or "test"');
  if (typeof r.minEntropy !== "number" || r.minEntropy < 0 || r.minEntropy > 8)
    fail(where, "minEntropy", "must be a number from 0 to 8");
  if (r.priority !== void 0 && !Number.isInteger(r.priority))
    fail(where, "priority", "must be a whole number");
  return {
    severity,
    environment: r.environment,
    minEntropy: r.minEntropy,
    priority: r.priority ?? 0
  };
}
function validateRule(raw, where, { shipped = false } = {}) {
  const r = objectOf(raw, where, "a rule");
  knownFields(r, RULE_FIELDS, where, "rule");
  const id = str(r, where, "id");
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    fail(where, "id", "must be lower-case letters, digits and dashes");
  const pattern = str(r, where, "pattern");
  regex(where, "pattern", pattern, shipped);
  if (!/\(\?P?<secret>/.test(pattern))
    fail(where, "pattern", "must have a named group (?<secret>\u2026) for the secret");
  const shape = optionalStr(r, where, "shape");
  if (shape) regex(where, "shape", shape, shipped);
  const keywords = strList(r, where, "keywords");
  if (keywords.length === 0)
    fail(where, "keywords", "must name at least one literal (the cheap pre-filter)");
  const prefixes = strList(r, where, "prefixes", true);
  for (const [field, list] of [
    ["keywords", keywords],
    ["prefixes", prefixes]
  ]) {
    if (list.some((k) => !/^[\x20-\x7e]+$/.test(k)))
      fail(where, field, "must be printable ASCII (the pre-filter searches bytes)");
  }
  const lowerKeywords = keywords.map((k) => k.toLowerCase());
  for (const p of prefixes) {
    if (!lowerKeywords.some((k) => p.toLowerCase().includes(k)))
      fail(
        where,
        "prefixes",
        `"${p}" must contain one of the keywords (or content holding it would never reach the pattern)`
      );
  }
  return {
    id,
    description: str(r, where, "description"),
    provider: str(r, where, "provider"),
    ...scalars(r, where),
    keywords,
    prefixes,
    pattern,
    placeholderCheck: bool(r, where, "placeholderCheck", true),
    stopwords: (r.stopwords === void 0 ? DEFAULT_STOPWORDS : strList(r, where, "stopwords")).map(
      (w) => w.toLowerCase()
    ),
    context: context(r.context, where, shipped),
    shape,
    decodeValuesNearKeywords: bool(r, where, "decodeValuesNearKeywords", false),
    verify: probe(r.verify, where, shipped),
    remediation: optionalStr(r, where, "remediation"),
    examples: strList(r, where, "examples"),
    negativeExamples: strList(r, where, "negativeExamples", true),
    source: where,
    shipped
  };
}
function steps(r, where, field) {
  const list = r[field];
  if (list === void 0) return [];
  if (!Array.isArray(list)) fail(where, field, "must be a list of steps");
  return list.map((raw, i) => {
    const at2 = `${where} ${field}[${i}]`;
    const s = objectOf(raw, at2, "a step");
    knownFields(s, /* @__PURE__ */ new Set(["id", "title", "detail", "environments"]), at2, "step");
    const environments = strList(s, at2, "environments", true);
    if (environments.some((e) => e !== "live" && e !== "test"))
      fail(at2, "environments", 'must list "live" and/or "test"');
    return {
      id: str(s, at2, "id"),
      title: str(s, at2, "title"),
      detail: str(s, at2, "detail"),
      ...environments.length ? { environments } : {}
    };
  });
}
function validateProvider(raw, where, shipped = true) {
  const r = objectOf(raw, where, "a provider");
  knownFields(r, PROVIDER_FIELDS, where, "provider");
  const id = str(r, where, "id");
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    fail(where, "id", "must be lower-case letters, digits and dashes");
  return {
    id,
    name: str(r, where, "name"),
    envVar: optionalStr(r, where, "envVar"),
    revokeWhere: optionalStr(r, where, "revokeWhere"),
    rotation: steps(r, where, "rotation"),
    prevention: steps(r, where, "prevention"),
    evidence: evidence(r.evidence, `${where} evidence`, shipped),
    source: where
  };
}
function publicExamples(e, where) {
  if (e.publicExamples === void 0) return [];
  if (!Array.isArray(e.publicExamples)) fail(where, "publicExamples", "must be a list");
  return e.publicExamples.map((raw, i) => {
    const at2 = `${where} publicExamples[${i}]`;
    const x = objectOf(raw, at2, "a public example");
    knownFields(x, /* @__PURE__ */ new Set(["sha256", "source"]), at2, "public example");
    const sha256 = str(x, at2, "sha256");
    if (!/^[0-9a-f]{64}$/.test(sha256))
      fail(at2, "sha256", "must be the SHA-256 of the key, as 64 lower-case hex digits");
    return { sha256, source: str(x, at2, "source") };
  });
}
function evidence(raw, where, shipped) {
  if (raw === void 0) return { packages: [], publicExamples: [] };
  const e = objectOf(raw, where, "evidence");
  knownFields(e, EVIDENCE_FIELDS, where, "evidence");
  const words = optionalStr(e, where, "words");
  if (words) regex(where, "words", words, shipped);
  return {
    ...words ? { words } : {},
    packages: strList(e, where, "packages", true),
    publicExamples: publicExamples(e, where)
  };
}
var SEVERITIES, RULE_FIELDS, PROVIDER_FIELDS, EVIDENCE_FIELDS, PROBE_HEADERS, PROBE_PATH;
var init_validate = __esm({
  "src/rules/validate.ts"() {
    "use strict";
    init_errors();
    init_placeholder();
    init_pattern();
    SEVERITIES = ["critical", "high", "medium", "low"];
    RULE_FIELDS = /* @__PURE__ */ new Set([
      "id",
      "description",
      "provider",
      "severity",
      "environment",
      "keywords",
      "prefixes",
      "pattern",
      "minEntropy",
      "placeholderCheck",
      "stopwords",
      "context",
      "shape",
      "decodeValuesNearKeywords",
      "verify",
      "remediation",
      "priority",
      "examples",
      "negativeExamples"
    ]);
    PROVIDER_FIELDS = /* @__PURE__ */ new Set([
      "id",
      "name",
      "envVar",
      "revokeWhere",
      "rotation",
      "prevention",
      "evidence"
    ]);
    EVIDENCE_FIELDS = /* @__PURE__ */ new Set(["words", "packages", "publicExamples"]);
    PROBE_HEADERS = /* @__PURE__ */ new Set(["authorization", "accept"]);
    PROBE_PATH = /^\/(?!\/)[A-Za-z0-9._~\-/]*(?:\?[A-Za-z0-9._~\-=&%]*)?$/;
  }
});

// src/rules/load.ts
import { readFileSync as readFileSync7, readdirSync as readdirSync2 } from "node:fs";
import { join as join7 } from "node:path";
function parseJsonFile(file) {
  let text;
  try {
    text = readFileSync7(file, "utf8");
  } catch (error) {
    throw new UserError(
      `cannot read rule file ${file}: ${error.code ?? error.message}`
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: not valid JSON: ${error.message}`);
  }
}
function loadProviderFile(file, shipped) {
  const raw = parseJsonFile(file);
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new UserError(`${file}: a rule file must be a JSON object with "provider" and "rules"`);
  const { provider: rawProvider, rules: rawRules, ...rest } = raw;
  for (const key of Object.keys(rest))
    throw new UserError(
      `${file}: field "${key}" is not a known field of a rule file (known: provider, rules)`
    );
  const provider = validateProvider(rawProvider, file, shipped);
  if (!Array.isArray(rawRules) || rawRules.length === 0)
    throw new UserError(`${file}: field "rules" must be a non-empty list of rules`);
  const rules = rawRules.map((r, i) => validateRule(r, `${file} rules[${i}]`, { shipped }));
  for (const rule of rules) {
    if (rule.provider !== provider.id)
      throw new UserError(
        `${rule.source}: field "provider" is "${rule.provider}", but this file is for "${provider.id}"`
      );
  }
  return { provider, rules: rules.map((r) => withEvidence(r, provider, shipped)) };
}
function withEvidence(rule, provider, providerShipped) {
  const words = provider?.evidence.words;
  if (rule.context && !rule.context.pattern && !words)
    throw new UserError(
      `${rule.source}: field "context.pattern" is needed: provider "${rule.provider}" has no evidence words to default to`
    );
  return {
    ...rule,
    ...provider ? { evidence: provider.evidence } : {},
    ...rule.context && !rule.context.pattern ? { context: { ...rule.context, pattern: words, shipped: providerShipped } } : {}
  };
}
function loadRuleDir(dir, { shipped = false } = {}) {
  let names;
  try {
    names = readdirSync2(dir).filter((n) => n.endsWith(".json")).sort();
  } catch (error) {
    throw new UserError(
      `cannot read rules directory ${dir}: ${error.code ?? error.message}`
    );
  }
  const book = { rules: [], providers: [] };
  const byId = /* @__PURE__ */ new Map();
  for (const name of names) {
    const { provider, rules } = loadProviderFile(join7(dir, name), shipped);
    if (book.providers.some((p) => p.id === provider.id))
      throw new UserError(`${provider.source}: provider "${provider.id}" is defined twice`);
    book.providers.push(provider);
    for (const rule of rules) {
      const earlier = byId.get(rule.id);
      if (earlier)
        throw new UserError(
          `${rule.source}: field "id" repeats "${rule.id}" from ${earlier.source}`
        );
      byId.set(rule.id, rule);
      book.rules.push(rule);
    }
  }
  return book;
}
function loadRuleBook(extra = [], dir = BUILTIN_RULES_DIR) {
  const book = loadRuleDir(dir, { shipped: dir === BUILTIN_RULES_DIR });
  const rules = new Map(book.rules.map((r) => [r.id, r]));
  for (const { raw, where } of extra) {
    const rule = validateRule(raw, where);
    rules.set(
      rule.id,
      withEvidence(
        rule,
        book.providers.find((p) => p.id === rule.provider),
        dir === BUILTIN_RULES_DIR
      )
    );
  }
  return { rules: [...rules.values()], providers: book.providers };
}
function loadRules(extra = [], dir = BUILTIN_RULES_DIR) {
  return loadRuleBook(extra, dir).rules;
}
var BUILTIN_RULES_DIR;
var init_load = __esm({
  "src/rules/load.ts"() {
    "use strict";
    init_errors();
    init_package_root();
    init_validate();
    BUILTIN_RULES_DIR = join7(PACKAGE_ROOT, "rules") + "/";
  }
});

// src/policy.ts
function changedShippedRules(shipped, config, effective) {
  const replaced = shipped.filter((r) => !effective.some((e) => e.id === r.id && e.shipped));
  return config.minEntropy !== void 0 ? shipped.map((r) => r.id) : replaced.map((r) => r.id);
}
function loadPolicy(options) {
  const config = loadConfig(options.files, options.configFile, options.cwd);
  const ignore = loadIgnore(options.files);
  const loaded = loadRuleBook(config.rules);
  const rules = loaded.rules.map(
    (r) => config.minEntropy === void 0 ? r : { ...r, minEntropy: config.minEntropy }
  );
  const engine = new Engine(rules, { decode: options.decode });
  const shipped = loadRuleBook().rules;
  const shadow = changedShippedRules(shipped, config, loaded.rules).length ? new Engine(shipped, { decode: options.decode }) : null;
  const gate = shadow ? new ContentGate([...engine.gate.literals, ...shadow.gate.literals]) : engine.gate;
  const maxFileSize = options.maxFileSize ? parseSize(options.maxFileSize, "--max-file-size") : config.maxFileSize ?? Number.POSITIVE_INFINITY;
  const excluded = compileGlobs(config.exclude);
  const excludedBy = (path) => excluded?.(path) ? "config-exclude" : ignore.skipPath?.(path) ? "ignore-path" : null;
  return {
    files: options.files,
    config,
    ignore,
    book: { ...loaded, rules },
    engine,
    shadow,
    gate,
    maxFileSize,
    excludedBy
  };
}
function applyPolicy(findings, policy, stats, warnings, reportUnused) {
  const suppressed = [];
  const drop = (f, by) => {
    suppressed.push({ finding: f, by });
    stats.suppressedBy[by]++;
  };
  const afterPolicy = findings.filter((f) => {
    const path = pathOf(f);
    const excluded = path === null ? null : policy.excludedBy(path);
    if (excluded) return drop(f, excluded), false;
    if (policy.config.allowlist.some((re) => re.test(f.secret)))
      return drop(f, "allowlist"), false;
    return true;
  });
  const { kept, ignored } = applyIgnore(afterPolicy, policy.ignore);
  for (const f of ignored) drop(f, "ignore-file");
  stats.ignored += ignored.length;
  if (reportUnused) {
    for (const e of policy.ignore.entries)
      if (!e.used && e.secretSha256)
        warnings.push(`unused ignore entry ${IGNORE_FILE}:${e.line}: ${e.text}`);
  }
  return { kept, suppressed };
}
var init_policy = __esm({
  "src/policy.ts"() {
    "use strict";
    init_config();
    init_findings();
    init_glob();
    init_ignore();
    init_policy_files();
    init_load();
    init_engine();
    init_gate();
  }
});

// src/report/types.ts
function emptyStats() {
  return {
    filesScanned: 0,
    bytesScanned: 0,
    suppressed: 0,
    ignored: 0,
    suppressedBy: Object.fromEntries(SUPPRESSION_SOURCES.map((s) => [s, 0])),
    skipped: [],
    unreadable: [],
    missing: [],
    decoded: 0,
    streamed: 0,
    utf16: 0,
    binary: 0,
    durationMs: 0
  };
}
var init_types = __esm({
  "src/report/types.ts"() {
    "use strict";
    init_findings();
  }
});

// src/sources/source.ts
function itemLabel(provenance) {
  switch (provenance.kind) {
    case "message":
      return `message of ${provenance.commit}`;
    case "blob":
      return provenance.path ?? provenance.blob;
    case "path":
      return provenance.path;
    default:
      return provenance.path;
  }
}
var init_source = __esm({
  "src/sources/source.ts"() {
    "use strict";
  }
});

// src/scan/run.ts
function scanWith(engine, item) {
  return "chunks" in item ? engine.scanChunks(item.chunks(), item.provenance) : engine.scan(item.bytes, item.provenance);
}
function scanNames(engine, paths) {
  const outcome = { findings: [], allowed: [], kind: "text", decoded: 0 };
  if (!engine.mayMatch(Buffer.from(paths.join("\n")))) return outcome;
  for (const path of paths) {
    const bytes = Buffer.from(path);
    if (!engine.mayMatch(bytes)) continue;
    const scanned = engine.scan(bytes, { kind: "path", path });
    outcome.findings.push(...scanned.findings);
    outcome.allowed.push(...scanned.allowed);
    outcome.decoded += scanned.decoded;
  }
  return outcome;
}
function account(item, stats, onCommit) {
  if ("commit" in item) onCommit?.(item.commit);
  else if ("provenFree" in item) {
    stats.filesScanned += item.provenFree.objects;
    stats.bytesScanned += item.provenFree.bytes;
  } else if ("skipped" in item)
    stats.skipped.push({ path: itemLabel(item.provenance), reason: item.skipped });
  else if ("excluded" in item) stats.suppressedBy[item.excluded]++;
  else if ("missing" in item)
    stats.missing.push({ path: itemLabel(item.provenance), reason: item.missing });
  else if ("unreadable" in item)
    stats.unreadable.push({ path: itemLabel(item.provenance), reason: item.unreadable });
  else return false;
  return true;
}
function countContent(item, outcome, stats) {
  stats.filesScanned++;
  stats.bytesScanned += "chunks" in item ? item.size : item.bytes.length;
  if ("chunks" in item) stats.streamed++;
  for (const id of outcome.slowRules ?? [])
    stats.skipped.push({
      path: itemLabel(item.provenance),
      reason: `config rule ${id} stopped after ${CONFIG_RULE_BUDGET_MS / 1e3} s on this content (too slow here); the other rules ran`
    });
  if (outcome.decoded) stats.decoded++;
  if (outcome.kind === "binary") stats.binary++;
  else if (outcome.kind !== "text") stats.utf16++;
}
function overridden(outcome, shadow) {
  const at2 = (f) => `${f.secretSha256} ${f.line} ${f.column}`;
  const sure = (f) => !f.needsEvidence;
  const seen = new Set([...outcome.findings, ...outcome.allowed].filter(sure).map(at2));
  return shadow.findings.filter((f) => sure(f) && !seen.has(at2(f)));
}
async function scanItems(engine, items, stats, hooks = {}) {
  const scanned = { findings: [], suppressed: [] };
  const suppress = (findings, by) => {
    for (const finding of findings) scanned.suppressed.push({ finding, by });
    stats.suppressedBy[by] += findings.length;
  };
  let turn = performance.now();
  for await (const item of items) {
    if (performance.now() - turn > 50) {
      await new Promise((resolve11) => setImmediate(resolve11));
      turn = performance.now();
    }
    if (hooks.signal?.aborted) {
      stats.interrupted = true;
      break;
    }
    if (account(item, stats, hooks.onCommit)) continue;
    const content = "paths" in item ? null : item;
    const outcome = content ? scanWith(engine, content) : scanNames(engine, item.paths);
    if (content) countContent(content, outcome, stats);
    stats.suppressed += outcome.allowed.length;
    suppress(outcome.allowed, "inline-allow");
    if (hooks.shadow)
      suppress(
        overridden(
          outcome,
          content ? scanWith(hooks.shadow, content) : scanNames(hooks.shadow, item.paths)
        ),
        "rule-override"
      );
    for (const f of outcome.findings) {
      scanned.findings.push(f);
      hooks.onFinding?.(f);
    }
  }
  return scanned;
}
var init_run = __esm({
  "src/scan/run.ts"() {
    "use strict";
    init_source();
    init_candidates();
  }
});

// src/version.ts
import { readFileSync as readFileSync8 } from "node:fs";
import { join as join8 } from "node:path";
function toolVersion() {
  cached ??= JSON.parse(readFileSync8(join8(PACKAGE_ROOT, "package.json"), "utf8")).version;
  return cached;
}
var cached;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    init_package_root();
  }
});

// src/verify/probe.ts
var probe_exports = {};
__export(probe_exports, {
  MAX_BODY_BYTES: () => MAX_BODY_BYTES,
  checkBaseUrl: () => checkBaseUrl,
  probeKey: () => probeKey
});
function checkBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(
      "API base URL is not a URL (it is not repeated here: it may hold a password)"
    );
  }
  if (url.username || url.password)
    throw new UserError(
      `refusing an API base URL with credentials in it (${url.protocol}//\u2026@${url.host})`
    );
  const loopback = LOOPBACK.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new UserError(
      `refusing to send a key to ${url.origin}: the API base URL must use https (plain http only for localhost)`
    );
  }
  if (url.search || url.hash)
    throw new UserError(
      `refusing an API base URL with a query or fragment (${url.origin}${url.pathname})`
    );
  return url.href.replace(/\/+$/, "");
}
function realSleep(ms, signal) {
  return new Promise((resolve11) => {
    const timer = setTimeout(resolve11, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve11()), { once: true });
  });
}
function retryAfterMs(header, now) {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1e3;
  if (!/[A-Za-z]/.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : date - now.getTime();
}
async function readCapped(response) {
  const reader = response.body?.getReader();
  if (!reader) return { text: "", truncated: false };
  const chunks = [];
  let size = 0;
  let truncated = false;
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
      if (size >= MAX_BODY_BYTES) {
        truncated = true;
        break;
      }
    }
  } finally {
    await reader.cancel().catch(() => {
    });
  }
  return { text: Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString("utf8"), truncated };
}
function errorCode({ text, truncated }, path) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return { json: truncated && /^\s*[[{]/.test(text), code: null };
  }
  const code2 = (path ?? "").split(".").reduce(
    (at2, key) => key && typeof at2 === "object" && at2 !== null ? at2[key] : void 0,
    body
  );
  return {
    json: true,
    code: path && typeof code2 === "string" && /^[A-Za-z0-9_.-]{1,64}$/.test(code2) ? code2 : null
  };
}
function verdictOf(now, status, httpStatus, code2, requestId, reason) {
  return { status, httpStatus, code: code2, requestId, checkedAt: isoUtc(now()), reason };
}
async function attempt(url, spec, headers, options, now) {
  const unknown = (reason, status2 = null, code3 = null, id = null) => ({ verdict: verdictOf(now, "unknown", status2, code3, id, reason) });
  if (options.signal?.aborted) return unknown("interrupted");
  let response;
  try {
    const signals = [
      AbortSignal.timeout(options.timeoutMs),
      ...options.signal ? [options.signal] : []
    ];
    response = await fetch(url, {
      method: spec.method,
      headers,
      redirect: "manual",
      signal: AbortSignal.any(signals)
    });
  } catch (error) {
    const e = error;
    if (options.signal?.aborted) return unknown("interrupted");
    return unknown(
      e.name === "TimeoutError" ? `no answer within ${options.timeoutMs} ms` : `network error: ${e.cause?.code ?? e.message}`
    );
  }
  const rawId = spec.requestIdHeader ? response.headers.get(spec.requestIdHeader) : null;
  const requestId = rawId && /^[A-Za-z0-9_.:-]{1,128}$/.test(rawId) ? rawId : null;
  const status = response.status;
  if (status >= 300 && status < 400) {
    await response.body?.cancel();
    return unknown("redirected; not followed (the key is never sent on)", status, null, requestId);
  }
  const { json, code: code2 } = errorCode(await readCapped(response), spec.errorCode);
  if (status === 429 || status >= 500)
    return {
      retry: {
        status,
        code: code2,
        requestId,
        retryAfter: retryAfterMs(response.headers.get("retry-after"), now())
      }
    };
  if (spec.json && !json)
    return unknown(`answer was not JSON (HTTP ${status})`, status, null, requestId);
  if (spec.live.includes(status))
    return { verdict: verdictOf(now, "live", status, code2, requestId, null) };
  if (spec.inactive.includes(status))
    return { verdict: verdictOf(now, "inactive", status, code2, requestId, null) };
  return unknown(`unexpected answer HTTP ${status}`, status, code2, requestId);
}
async function probeKey(secret, spec, options) {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const headers = Object.fromEntries(
    Object.entries(spec.headers).map(([k, v]) => [k, v.replaceAll("{{secret}}", secret)])
  );
  let wait = 0;
  for (let tries = 1; ; tries++) {
    const outcome = await attempt(options.baseUrl + spec.path, spec, headers, options, now);
    if ("verdict" in outcome) return outcome.verdict;
    const { status, code: code2, requestId, retryAfter } = outcome.retry;
    if (tries >= options.maxAttempts)
      return verdictOf(
        now,
        "unknown",
        status,
        code2,
        requestId,
        status === 429 ? `rate limited after ${tries} tries` : `server error after ${tries} tries`
      );
    const base = status === 429 ? retryAfter ?? RATE_LIMIT_DEFAULT_WAIT_MS : SERVER_ERROR_FIRST_WAIT_MS;
    wait = Math.min(MAX_WAIT_MS, Math.max(MIN_WAIT_MS, base, wait * 2));
    await sleep(wait, options.signal);
  }
}
var RATE_LIMIT_DEFAULT_WAIT_MS, SERVER_ERROR_FIRST_WAIT_MS, MIN_WAIT_MS, MAX_WAIT_MS, MAX_BODY_BYTES, LOOPBACK;
var init_probe = __esm({
  "src/verify/probe.ts"() {
    "use strict";
    init_errors();
    init_time();
    RATE_LIMIT_DEFAULT_WAIT_MS = 5e3;
    SERVER_ERROR_FIRST_WAIT_MS = 1e3;
    MIN_WAIT_MS = 1e3;
    MAX_WAIT_MS = 3e4;
    MAX_BODY_BYTES = 64 * 1024;
    LOOPBACK = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
  }
});

// src/verify/verify-findings.ts
var verify_findings_exports = {};
__export(verify_findings_exports, {
  verifyFindings: () => verifyFindings
});
function skipped(reason) {
  return {
    status: "skipped",
    httpStatus: null,
    code: null,
    requestId: null,
    checkedAt: null,
    reason
  };
}
async function limited(tasks, width) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}
function evidenceGate(group, probing, unattributed) {
  if (group.some((f) => f.publicExample))
    return skipped("a published example key (public, not anyone\u2019s leak): never sent");
  if (unattributed || probing.some((f) => f.providerEvidence.kind !== "none")) return null;
  return skipped(
    "nothing ties it to this provider, and other providers issue keys with the same prefix: --verify-unattributed probes it anyway"
  );
}
function decide(group, ruleById, checkedProviders, unattributed) {
  const checked = group.filter((f) => checkedProviders.has(f.provider));
  const probe2 = checked.map((f) => ruleById.get(f.ruleId)?.verify).find(Boolean);
  const other = group.find(
    (f) => !checkedProviders.has(f.provider) || probe2 && f.provider !== checked[0].provider
  );
  if (checked.length === 0) return { probe: void 0, skip: null, checked };
  if (other)
    return {
      probe: probe2,
      skip: skipped(
        `the same key is also found as a ${other.provider} key, so it is sent to no provider`
      ),
      checked
    };
  if (!probe2)
    return {
      probe: probe2,
      skip: skipped(
        "this rule has no live check (it finds values that may not be keys the provider issues)"
      ),
      checked
    };
  const probing = checked.filter((f) => ruleById.get(f.ruleId)?.verify === probe2);
  return { probe: probe2, skip: evidenceGate(group, probing, unattributed), checked };
}
async function verifyFindings(findings, rules, options) {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const checkedProviders = new Set(rules.filter((r) => r.verify).map((r) => r.provider));
  const bySecret = /* @__PURE__ */ new Map();
  for (const f of findings)
    bySecret.set(f.secretSha256, [...bySecret.get(f.secretSha256) ?? [], f]);
  const tasks = [];
  for (const group of bySecret.values()) {
    const { probe: probe2, skip, checked } = decide(
      group,
      ruleById,
      checkedProviders,
      options.unattributed
    );
    if (checked.length === 0) continue;
    if (skip) {
      for (const f of checked) f.verification = skip;
      continue;
    }
    const secret = checked[0].secret;
    tasks.push(async () => {
      const verdict2 = await probeKey(secret, probe2, {
        ...options,
        baseUrl: options.baseUrlOf(probe2)
      });
      for (const f of checked) f.verification = verdict2;
    });
  }
  await limited(tasks, options.concurrency);
  return { probes: tasks.length };
}
var init_verify_findings = __esm({
  "src/verify/verify-findings.ts"() {
    "use strict";
    init_probe();
  }
});

// src/pipeline.ts
function byDate(a, b) {
  const time = (f) => {
    const d = dateOf(f);
    return d ? Date.parse(d) : 0;
  };
  return time(a) - time(b) || (pathOf(a) ?? "").localeCompare(pathOf(b) ?? "") || a.line - b.line;
}
function redactNamedSecrets(findings, stats) {
  const named = findings.filter((f) => f.provenance.kind === "path");
  if (named.length === 0) return;
  const redact2 = (path) => named.reduce((p, f) => p.replaceAll(f.secret, f.redacted), path);
  for (const f of findings)
    if (f.provenance.kind !== "message")
      f.provenance = {
        ...f.provenance,
        path: f.provenance.path === null ? null : redact2(f.provenance.path)
      };
  for (const list of [stats.skipped, stats.unreadable, stats.missing])
    for (const item of list) item.path = redact2(item.path);
}
function ruleSummaries(policy) {
  return policy.book.rules.map((r) => ({
    id: r.id,
    description: r.description,
    provider: r.provider,
    severity: r.severity,
    remediation: r.remediation,
    verifiable: r.verify !== void 0
  }));
}
function makeReport(source, policy, outcome, options) {
  const { findings, preExisting, suppressed, stats, warnings, settled } = outcome;
  return {
    mode: source.mode,
    scope: source.scope,
    exposure: source.exposure,
    tool: { name: "flora-keyscan", version: toolVersion() },
    rules: ruleSummaries(policy),
    providers: policy.book.providers,
    root: source.root,
    findings: findings.map(withoutSecret),
    preExisting: preExisting.map(withoutSecret),
    suppressed: suppressed.map(({ finding, by }) => ({
      ...withoutSecret(finding),
      suppressedBy: by
    })),
    stats,
    warnings,
    notices: options.notices ?? [],
    ...options.blocking ? { blocking: options.blocking } : {},
    ...options.probe ? { verified: true } : {},
    ...settled.facts ? { history: factsFor(settled.facts, new Set(findings.map((f) => f.secretSha256))) } : {}
  };
}
async function decide2(source, settled, options, stats, warnings) {
  const { policy } = options;
  const earlier = new Set(options.allContent ? [] : settled.preExisting ?? []);
  const settler = new ProviderSettler(
    policy.book.rules,
    policy.book.providers,
    source.tree ?? null
  );
  const attributed = await settler.settle([...settled.findings, ...settled.preExisting ?? []]);
  if (settled.facts) rekeyFacts(settled.facts, settler.renamed);
  const filtered = applyPolicy(
    attributed,
    policy,
    stats,
    warnings,
    options.reportUnusedIgnores === true
  );
  return {
    findings: filtered.kept.filter((f) => !earlier.has(f)).sort(byDate),
    preExisting: filtered.kept.filter((f) => earlier.has(f)).sort(byDate),
    policySuppressed: filtered.suppressed
  };
}
async function runPipeline(source, options) {
  const started = performance.now();
  const { policy } = options;
  const stats = emptyStats();
  const warnings = [...source.warnings ?? []];
  const context2 = {
    engine: policy.engine,
    gate: policy.gate,
    excludedBy: policy.excludedBy,
    maxFileSize: policy.maxFileSize,
    signal: options.signal,
    progress: options.progress,
    phase: options.phase
  };
  const scanned = await scanItems(policy.engine, await source.items(context2), stats, {
    onFinding: source.onFinding,
    onCommit: source.onCommit,
    signal: options.signal,
    shadow: policy.shadow
  });
  options.phase?.("scanned");
  const settled = source.settle ? await source.settle(scanned.findings, context2) : { findings: scanned.findings, warnings: [] };
  options.phase?.("settled");
  warnings.push(...settled.warnings);
  if (settled.incomplete) stats.incomplete = true;
  const { findings, preExisting, policySuppressed } = await decide2(
    source,
    settled,
    options,
    stats,
    warnings
  );
  const suppressed = [...scanned.suppressed, ...policySuppressed];
  if (options.probe) {
    const { verifyFindings: verifyFindings2 } = await Promise.resolve().then(() => (init_verify_findings(), verify_findings_exports));
    await verifyFindings2(findings, policy.book.rules, options.probe);
  }
  if (stats.interrupted)
    warnings.push("interrupted (Ctrl-C): the scan stopped early and is incomplete.");
  redactNamedSecrets([...findings, ...preExisting, ...suppressed.map((s) => s.finding)], stats);
  stats.durationMs = Math.round(performance.now() - started);
  return {
    report: makeReport(
      source,
      policy,
      { findings, preExisting, suppressed, stats, warnings, settled },
      options
    ),
    secrets: findings
  };
}
var init_pipeline = __esm({
  "src/pipeline.ts"() {
    "use strict";
    init_findings();
    init_attribution();
    init_facts();
    init_provider_evidence();
    init_policy();
    init_types();
    init_run();
    init_version();
  }
});

// src/safe-write.ts
import {
  closeSync as closeSync6,
  constants as constants4,
  lstatSync,
  mkdirSync,
  openSync as openSync6,
  readdirSync as readdirSync3,
  renameSync,
  rmSync as rmSync2,
  writeSync
} from "node:fs";
import { basename, dirname as dirname3, isAbsolute as isAbsolute2, join as join9, relative as relative2, sep as sep3 } from "node:path";
import { randomBytes } from "node:crypto";
function inWords(error) {
  const code2 = error.code ?? "";
  return ERRORS[code2] ?? (error.message || code2);
}
function refuseLinkedFolders(file, base) {
  const rel = relative2(base, dirname3(file));
  if (rel.startsWith("..") || isAbsolute2(rel) || rel === "") return;
  let at2 = base;
  for (const part of rel.split(sep3)) {
    at2 = join9(at2, part);
    try {
      if (lstatSync(at2).isSymbolicLink())
        throw new UserError(`refusing to write ${file}: ${at2} is a symbolic link`);
    } catch (error) {
      if (error instanceof UserError) throw error;
      return;
    }
  }
}
function writeAll(fd, text) {
  const bytes = Buffer.from(text);
  for (let at2 = 0; at2 < bytes.length; ) at2 += writeSync(fd, bytes, at2);
}
function writeReplacing(file, text, base) {
  refuseLinkedFolders(file, base);
  let existing = null;
  try {
    existing = lstatSync(file);
  } catch {
  }
  if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
    if (existing.isDirectory()) throw new UserError(`cannot write ${file}: it is a folder`);
    let fd2;
    try {
      fd2 = openSync6(file, constants4.O_WRONLY | constants4.O_NOFOLLOW);
    } catch (error) {
      throw new UserError(`cannot write ${file}: ${inWords(error)}`);
    }
    try {
      writeAll(fd2, text);
    } catch (error) {
      throw new UserError(`cannot write ${file}: ${inWords(error)}`);
    } finally {
      closeSync6(fd2);
    }
    return;
  }
  const temporary = join9(
    dirname3(file),
    `.${basename(file)}.flora-keyscan-${randomBytes(6).toString("hex")}`
  );
  let fd;
  try {
    fd = openSync6(
      temporary,
      constants4.O_WRONLY | constants4.O_CREAT | constants4.O_EXCL | constants4.O_NOFOLLOW,
      420
    );
  } catch (error) {
    throw new UserError(`cannot write ${file}: ${inWords(error)}`);
  }
  try {
    writeAll(fd, text);
    closeSync6(fd);
    renameSync(temporary, file);
  } catch (error) {
    rmSync2(temporary, { force: true });
    throw new UserError(`cannot write ${file}: ${inWords(error)}`);
  }
}
function checkPrivateFolder(dir) {
  let info;
  try {
    info = lstatSync(dir);
  } catch {
    try {
      if (!lstatSync(dirname3(dir)).isDirectory()) throw new Error();
    } catch {
      throw new UserError(`cannot create ${dir}: its parent folder does not exist`);
    }
    return;
  }
  if (info.isSymbolicLink())
    throw new UserError(`refusing ${dir}: it is a symbolic link; name a new folder`);
  if (!info.isDirectory())
    throw new UserError(`refusing ${dir}: it is not a folder; name a new folder`);
  if (readdirSync3(dir).length > 0)
    throw new UserError(`refusing ${dir}: it is not empty; name a new folder`);
}
function createPrivateFolder(dir) {
  checkPrivateFolder(dir);
  try {
    mkdirSync(dir, { mode: 448 });
  } catch (error) {
    if (error.code !== "EEXIST")
      throw new UserError(`cannot create ${dir}: ${inWords(error)}`);
  }
}
function createPrivateFile(dir, name, text, mode) {
  const file = join9(dir, name);
  let fd;
  try {
    fd = openSync6(
      file,
      constants4.O_WRONLY | constants4.O_CREAT | constants4.O_EXCL | constants4.O_NOFOLLOW,
      mode
    );
  } catch (error) {
    throw new UserError(`cannot create ${file}: ${inWords(error)}`);
  }
  try {
    const bytes = Buffer.from(text);
    for (let at2 = 0; at2 < bytes.length; ) at2 += writeSync(fd, bytes, at2);
  } finally {
    closeSync6(fd);
  }
}
var ERRORS;
var init_safe_write = __esm({
  "src/safe-write.ts"() {
    "use strict";
    init_errors();
    ERRORS = {
      ENOENT: "no such folder",
      ENOTDIR: "a part of the path is not a folder",
      EACCES: "permission denied",
      EPERM: "operation not permitted",
      EROFS: "read-only file system",
      ENOSPC: "no space left on the device",
      EISDIR: "it is a folder",
      EEXIST: "it already exists"
    };
  }
});

// src/messages.ts
function blockedFooter(blocking) {
  const verb = blocking === "commit" ? "Commit" : "Push";
  const bypass = blocking === "commit" ? "git commit --no-verify (the key is then committed)" : "git push --no-verify (the key is then published)";
  return `${verb} blocked by flora-keyscan. Not a key? Add flora-keyscan:allow on its line, or accept it with flora-keyscan baseline. Bypass once: ${bypass}.`;
}
function purgeKitWritten(kit) {
  const strip = kit.stripped.length ? `
${kit.stripped.length} file version(s) cannot be edited by git filter-repo (binary or UTF-16) and will be removed from history:
${kit.stripped.map((s) => `  ${s.paths.join(", ")}`).join("\n")}` : "";
  return `Purge kit written to ${kit.dir}: ${kit.secrets} secret(s) in ${kit.forms} form(s).${strip}
Review ${kit.dir}/purge.sh, then run it (sh ${kit.dir}/purge.sh --force). It rewrites every branch and tag locally and never pushes.
The kit holds the full keys: delete it when you are done.
`;
}
var CLEAN_AFTER_PURGE, PROJECT_URL;
var init_messages = __esm({
  "src/messages.ts"() {
    "use strict";
    CLEAN_AFTER_PURGE = "Clean: no key is left in any ref. Old objects may live on in other clones, forks, pull-request refs and caches, and the keys stay compromised: revoke them.";
    PROJECT_URL = "https://github.com/flora-ai/flora-keyscan#readme";
  }
});

// src/report/evidence.ts
function providerName(report, id) {
  return report.providers.find((p) => p.id === id)?.name ?? id;
}
function evidencePhrase(report, f) {
  const { kind, detail } = f.providerEvidence;
  const name = providerName(report, f.provider);
  if (kind === "none") return `${name}? ${HOW.none} (${detail})`;
  return `${name}, ${HOW[kind]} (${detail})`;
}
var HOW;
var init_evidence = __esm({
  "src/report/evidence.ts"() {
    "use strict";
    HOW = {
      shape: "by its shape",
      publicExample: "a published example key",
      line: "named nearby",
      file: "named in its file",
      repository: "named in the repository",
      none: "nothing ties it to a provider"
    };
  }
});

// src/report/group.ts
function groupBySecret(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    let g = groups.get(f.secretSha256);
    if (!g) {
      g = {
        secretSha256: f.secretSha256,
        redacted: f.redacted,
        ruleId: f.ruleId,
        provider: f.provider,
        environment: f.environment,
        verification: f.verification,
        exposure: f.exposure,
        providerEvidence: f.providerEvidence,
        ...f.publicExample ? { publicExample: true } : {},
        occurrences: []
      };
      groups.set(f.secretSha256, g);
    }
    if (EXPOSURE_ORDER.indexOf(f.exposure) < EXPOSURE_ORDER.indexOf(g.exposure))
      g.exposure = f.exposure;
    const strength = (e) => EVIDENCE_KINDS.indexOf(e.kind);
    if (strength(f.providerEvidence) < strength(g.providerEvidence))
      Object.assign(g, {
        providerEvidence: f.providerEvidence,
        provider: f.provider,
        ruleId: f.ruleId,
        environment: f.environment,
        redacted: f.redacted
      });
    g.occurrences.push(f);
  }
  const rank = (g) => URGENCY[g.verification?.status ?? "unknown"] ?? 1;
  return [...groups.values()].sort(
    (a, b) => rank(a) - rank(b) || (SEVERITY[a.occurrences[0].severity] ?? 9) - (SEVERITY[b.occurrences[0].severity] ?? 9)
  );
}
var URGENCY, SEVERITY;
var init_group = __esm({
  "src/report/group.ts"() {
    "use strict";
    init_findings();
    URGENCY = { live: 0, unknown: 1, skipped: 2, inactive: 3 };
    SEVERITY = { critical: 0, high: 1, medium: 2, low: 3 };
  }
});

// src/report/escape.ts
function printable2(text) {
  return text.replace(CONTROL, (c) => {
    const code2 = c.charCodeAt(0);
    return NAMED[c] ?? (code2 < 256 ? `\\x${code2.toString(16).padStart(2, "0")}` : `\\u${code2.toString(16).padStart(4, "0")}`);
  });
}
function printableCopy(value) {
  if (typeof value === "string") return printable2(value);
  if (Array.isArray(value)) return value.map(printableCopy);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableCopy(v)]));
  }
  return value;
}
var CONTROL, NAMED;
var init_escape = __esm({
  "src/report/escape.ts"() {
    "use strict";
    CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
    NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
  }
});

// src/report/location.ts
function shortId(id) {
  return id ? id.slice(0, 10) : "";
}
function describeLocation(f) {
  const p = f.provenance;
  if (p.kind === "message") return `commit message of ${shortId(p.commit)}:${f.line}:${f.column}`;
  if (p.kind === "path") return `the file name ${p.path} (column ${f.column})`;
  const place = p.kind === "blob" && p.path === null ? `blob ${shortId(p.blob)}` : p.path;
  let out = `${place}:${f.line}:${f.column}`;
  if (f.byteOffset !== void 0) out += ` (binary, byte ${f.byteOffset})`;
  if (f.encoding) out += ` (${f.encoding}-encoded)`;
  if (p.kind === "commit")
    out += ` in ${shortId(p.commit)} by ${p.author} on ${p.date.slice(0, 10)}`;
  return out;
}
var init_location = __esm({
  "src/report/location.ts"() {
    "use strict";
  }
});

// src/report/playbook.ts
function providerOf(report, id) {
  return report.providers.find((p) => p.id === id);
}
function keyHome(report, providerId) {
  const envVar = providerOf(report, providerId)?.envVar;
  return envVar ? `the ${envVar} environment variable` : "an environment variable";
}
function fill(s, g, redacted = g.redacted) {
  const id = g.verification?.requestId;
  const requestIds = id ? `Quote the request-id of our probe, ${id}, and the time it was checked.` : "Quote the request-ids from your own logs of calls made with this key.";
  return {
    id: s.id,
    title: s.title,
    detail: s.detail.replaceAll("{{redacted}}", redacted).replaceAll("{{requestIds}}", requestIds)
  };
}
function checkable(report, providerId) {
  return report.rules.some((r) => r.provider === providerId && r.verifiable);
}
function rotationSteps(report, g) {
  const provider = providerOf(report, g.provider);
  const steps2 = (provider?.rotation ?? []).filter(
    (s) => !s.environments || g.environment !== null && s.environments.includes(g.environment)
  );
  if (steps2.length) return steps2.map((s) => fill(s, g));
  const name = provider?.name ?? g.provider;
  const rule = report.rules.find((r) => r.id === g.ruleId);
  return [
    step(
      "other-provider",
      `Rotate this ${name} key with ${name}`,
      rule?.remediation ?? `Rotate it with ${name}.`
    )
  ];
}
function statusSteps(report, g, status) {
  const provider = providerOf(report, g.provider);
  const name = provider?.name ?? g.provider;
  const rotation = rotationSteps(report, g);
  const v = g.verification;
  if (status === "other-provider" || status === "live") return rotation;
  if (status === "inactive")
    return [
      step(
        "inactive",
        "Already revoked or invalid",
        `${name} answered HTTP ${v?.httpStatus}${v?.code ? ` ${v.code}` : ""}: this key no longer works. Nothing to revoke; still remove it from files and history.`
      )
    ];
  if (g.providerEvidence.kind === "none" && v?.status !== "unknown")
    return [
      step(
        "whose-key",
        "Find out whose key it is, then treat it as live",
        `Nothing ties it to ${name}: other providers (Stripe, Clerk, \u2026) issue keys with the same prefix. Find where it came from; if it is a ${name} key, act as if it works (--verify --verify-unattributed checks it).`
      ),
      ...rotation
    ];
  const treat = report.verified ? step(
    "treat-as-live",
    "Status unknown: treat it as live",
    `The probe could not tell (${v?.reason ?? "no answer"}). Act as if the key works.`
  ) : step(
    "treat-as-live",
    "Not verified: treat it as live",
    "Run again with --verify to learn whether the key still works; until then act as if it does."
  );
  return [treat, ...rotation];
}
function settingsFiles(g) {
  const paths = g.occurrences.map(pathOf);
  return [...new Set(paths.filter((p) => p !== null && SETTINGS_FILE.test(p)))];
}
function gitignoreStep(paths) {
  return step(
    "gitignore",
    "Keep settings files out of git",
    `Add ${paths.join(", ")} to .gitignore (commit a template without values, such as .env.example, instead).`
  );
}
function workingCopySteps(report, g, live) {
  const home = keyHome(report, g.provider);
  const settings = settingsFiles(g);
  const steps2 = [
    step(
      "remove",
      "Remove it from the files",
      `Delete the key from the files listed and read it from ${home} at run time. It was never committed: nothing to revoke unless it was shared elsewhere (a chat, a ticket, another repository).`
    )
  ];
  if (settings.length) steps2.push(gitignoreStep(settings));
  if (live)
    steps2.push(
      step("live-note", "It works", `The key is live: if it was shared anywhere, rotate it.`),
      ...rotationSteps(report, g)
    );
  return steps2;
}
function committedSteps(report, g) {
  const first = g.occurrences.map(commitOf).find(Boolean) ?? g.occurrences[0]?.committedIn;
  const from = first ? `git rebase -i ${first.slice(0, 10)}^` : "git rebase -i <first commit with it>^";
  return [
    step(
      "rewrite",
      "Remove it from the unpushed commits",
      `No remote-tracking ref has these commits yet. Remove the key (git commit --amend for the last commit, ${from} for earlier ones), read it from ${keyHome(report, g.provider)} at run time, then push. If the commits were shared another way (a bundle, a fork), treat the key as pushed.`
    )
  ];
}
function statusOf(report, g) {
  const v = g.verification?.status;
  if (!checkable(report, g.provider)) return "other-provider";
  return v === "live" ? "live" : v === "inactive" ? "inactive" : "unknown";
}
function publicExamplePlaybook(report, g) {
  const name = providerOf(report, g.provider)?.name ?? g.provider;
  return {
    secretSha256: g.secretSha256,
    redacted: g.redacted,
    provider: g.provider,
    status: "public-example",
    exposure: g.exposure,
    steps: [
      step(
        "public-example",
        `A published ${name} example key`,
        `${g.redacted} is published in ${g.providerEvidence.detail}: it belongs to no one's account, so there is nothing to revoke or purge, and it is never sent anywhere. If this code should run against a real account, read the key from ${keyHome(report, g.provider)} instead.`
      )
    ]
  };
}
function playbookFor(report, g) {
  if (g.publicExample) return publicExamplePlaybook(report, g);
  const status = statusOf(report, g);
  const steps2 = [];
  switch (g.exposure) {
    case "working-copy":
      steps2.push(...workingCopySteps(report, g, status === "live"));
      break;
    case "staged":
      steps2.push(
        step(
          "unstage",
          "Nothing has leaked yet: remove it",
          `Remove the key from the staged file, read it at run time from ${keyHome(report, g.provider)}, and git add the file again. If the key was ever shared elsewhere (a chat, a ticket), rotate it anyway.`
        )
      );
      break;
    case "committed":
      steps2.push(...committedSteps(report, g));
      if (status === "live") steps2.push(...rotationSteps(report, g));
      break;
    case "unreachable":
      steps2.push(...statusSteps(report, g, status), EXPIRE, PURGE[2]);
      break;
    default:
      steps2.push(...statusSteps(report, g, status), ...PURGE);
  }
  return {
    secretSha256: g.secretSha256,
    redacted: g.redacted,
    provider: g.provider,
    status,
    exposure: g.exposure,
    steps: steps2
  };
}
function splitPlaybook(report, g) {
  const { steps: steps2 } = playbookFor(report, g);
  return {
    own: steps2.filter((s) => !PLACE_STEPS.has(s.id)),
    place: steps2.filter((s) => PLACE_STEPS.has(s.id))
  };
}
function playbooks(report) {
  return groupBySecret(report.findings).map((g) => playbookFor(report, g));
}
function prevention(report) {
  const found = new Set(report.findings.map((f) => f.provider));
  const providers = found.size ? report.providers.filter((p) => found.has(p.id)) : report.providers;
  const seen = /* @__PURE__ */ new Set();
  const steps2 = providers.flatMap((p) => p.prevention).filter((s) => !seen.has(s.id) && seen.add(s.id));
  return [...steps2, HOOK_STEP];
}
function incidentSummary(findings, facts) {
  const dates = findings.map(dateOf).filter((d) => d !== null).sort((a, b) => Date.parse(a) - Date.parse(b));
  const live = new Set(
    findings.filter((f) => f.verification?.status === "live").map((f) => f.secretSha256)
  );
  return {
    uniqueKeys: new Set(findings.map((f) => f.secretSha256)).size,
    live: live.size,
    firstCommitDate: dates[0] ?? null,
    lastCommitDate: dates.at(-1) ?? null,
    refs: [...new Set(Object.values(facts.refsBySecret).flat())].sort(),
    hasRemote: facts.hasRemote
  };
}
var step, PURGE, EXPIRE, HOOK_STEP, SETTINGS_FILE, PLACE_STEPS;
var init_playbook = __esm({
  "src/report/playbook.ts"() {
    "use strict";
    init_findings();
    init_group();
    step = (id, title, detail) => ({ id, title, detail });
    PURGE = [
      step(
        "purge",
        "Purge it from history",
        "Run flora-keyscan history --write-purge DIR (outside this repository), review DIR/purge.sh, and run it: it rewrites every branch and tag with git filter-repo, replacing the key in every form it was found in."
      ),
      step(
        "force-push",
        "Force-push every branch and tag",
        "git push --force --all <remote> && git push --force --tags <remote>; then have every collaborator re-clone (an old clone, fork or pull-request ref still holds the key)."
      ),
      step(
        "compromised",
        "Treat the key as compromised anyway",
        "Purging does not un-leak: scanners, caches, forks and CI logs may already hold it. Revoke it even if the purge succeeds."
      )
    ];
    EXPIRE = step(
      "expire",
      "Drop the unreachable objects",
      "The key is only in objects no branch or tag reaches (amended or rebased commits, deleted branches, stashes). Here: git reflog expire --expire=now --all && git gc --prune=now. On a hosting service such objects, and pull-request refs, stay until the host removes them: ask its support."
    );
    HOOK_STEP = step(
      "hook",
      "Block the next one",
      "Install the hook: npx flora-keyscan install (and --hook pre-push)."
    );
    SETTINGS_FILE = /(^|\/)(\.env(\.(?!example|sample|template|dist)[^/]*)?|[^/]*\.env)$/;
    PLACE_STEPS = /* @__PURE__ */ new Set([
      "purge",
      "force-push",
      "compromised",
      "expire",
      "rewrite",
      "remove",
      "gitignore",
      "unstage"
    ]);
  }
});

// src/report/text.ts
var text_exports = {};
__export(text_exports, {
  formatText: () => formatText
});
import { createColors } from "picocolors";
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function humanBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
function verdict(report, g, c) {
  const v = g.verification;
  if (!v && report.verified) {
    const checked = [
      ...new Set(
        report.rules.filter((r) => r.verifiable).map((r) => providerName(report, r.provider))
      )
    ].join(" or ") || "any API";
    return c.dim(
      `not probed: a ${providerName(report, g.provider)} key is never sent to ${checked}`
    );
  }
  if (!v) return c.dim("not verified (use --verify)");
  const id = v.requestId ? ` request-id ${v.requestId}` : "";
  switch (v.status) {
    case "live":
      return c.bold(c.red("LIVE")) + c.red(` \u2014 the key works (HTTP ${v.httpStatus})`) + id;
    case "inactive":
      return c.green("inactive") + ` (HTTP ${v.httpStatus}${v.code ? ` ${v.code}` : ""})` + id;
    case "skipped":
      return c.dim(`not probed: ${v.reason}`);
    default:
      return c.yellow("unknown") + ` (${v.reason ?? "no answer"})` + id;
  }
}
function exposurePhrase(g, c) {
  const id = shortId(g.occurrences.map(commitOf).find(Boolean) ?? g.occurrences[0]?.committedIn);
  switch (g.exposure) {
    case "working-copy":
      return "in the working copy only, never committed";
    case "staged":
      return "staged, not committed yet";
    case "committed":
      return `committed${id ? ` in ${id}` : ""}, not pushed`;
    case "pushed":
      return c.yellow(`pushed${id ? ` (${id})` : ""}: a remote has it`);
    default:
      return "only in objects no branch or tag reaches";
  }
}
function refName(ref) {
  return ref.replace(
    /^refs\/(heads|tags|remotes)\//,
    (_, kind) => kind === "heads" ? "" : `${kind === "tags" ? "tag " : "remote "}`
  );
}
function historyLine(g, facts, c) {
  const first = g.occurrences.find((f) => commitOf(f));
  const parts = [];
  if (first) {
    const date = dateOf(first);
    const author = authorOf(first);
    parts.push(
      `first committed in ${shortId(commitOf(first))}${date ? ` on ${date.slice(0, 10)}` : ""}${author ? ` by ${author}` : ""}`
    );
  }
  parts.push(`still at HEAD: ${facts.atHeadBySecret[g.secretSha256] ? c.red("yes") : "no"}`);
  const refs = facts.refsBySecret[g.secretSha256] ?? [];
  const shown = refs.slice(0, REF_LIMIT).map(refName).join(", ");
  const more = refs.length > REF_LIMIT ? ` (+${refs.length - REF_LIMIT} more)` : "";
  parts.push(refs.length ? `in ${shown}${more}` : c.dim("in no ref"));
  return `  ${parts.join(" \xB7 ")}`;
}
function incidentLines(report, c) {
  const s = incidentSummary(report.findings, report.history);
  const refs = s.refs.length ? s.refs.slice(0, REF_LIMIT).map(refName).join(", ") + (s.refs.length > REF_LIMIT ? ` (+${s.refs.length - REF_LIMIT} more)` : "") : "none (unreachable objects only)";
  const groups = groupBySecret(report.findings);
  const pushed = groups.filter((g) => g.exposure === "pushed").length;
  return [
    c.bold("Incident summary"),
    `  unique keys: ${s.uniqueKeys}${report.verified ? `, live: ${s.live ? c.red(String(s.live)) : "0"}` : " (not verified: run with --verify to learn which are live)"}`,
    `  committed between ${s.firstCommitDate?.slice(0, 10) ?? "?"} and ${s.lastCommitDate?.slice(0, 10) ?? "?"}; refs: ${refs}`,
    `  pushed: ${pushed ? c.yellow(`${pushed} of ${groups.length} keys are on a remote: revoke first, then purge`) : `none (no remote-tracking ref reaches them${s.hasRemote ? "" : "; no remote configured"})`}`
  ];
}
function keyLines(report, g, rule, c) {
  const what = rule?.description.split(" (")[0] ?? g.ruleId;
  const lines = [
    `${c.bold(g.redacted)}  ${what}  ${c.dim(`[${g.ruleId}]`)}`,
    `  ${evidencePhrase(report, g)} \xB7 ${exposurePhrase(g, c)} \xB7 ${verdict(report, g, c)}`
  ];
  if (report.history) lines.push(historyLine(g, report.history, c));
  for (const f of g.occurrences) lines.push(`    ${describeLocation(f)}`);
  return lines;
}
function keyNames(groups) {
  const names = groups.slice(0, ADVICE_NAMES).map((g) => g.redacted);
  const more = groups.length > ADVICE_NAMES ? ` and ${groups.length - ADVICE_NAMES} more` : "";
  return names.join(", ") + more;
}
function bucketed(groups, stepsOf) {
  const buckets = /* @__PURE__ */ new Map();
  for (const g of groups) {
    const steps2 = stepsOf(g);
    if (steps2.length === 0) continue;
    const key = JSON.stringify(
      steps2.map((s) => [s.id, s.title, s.detail.replaceAll(g.redacted, "")])
    );
    const bucket = buckets.get(key) ?? { groups: [], steps: steps2 };
    bucket.groups.push(g);
    buckets.set(key, bucket);
  }
  return [...buckets.values()];
}
function adviceLines(report, groups, c) {
  const parts = new Map(groups.map((g) => [g, splitPlaybook(report, g)]));
  const lines = [];
  const print = (heading, bucket) => {
    lines.push(c.cyan(heading));
    const [first, ...more] = bucket.groups;
    bucket.steps.forEach((s, i) => {
      const detail = first && more.length ? s.detail.replaceAll(first.redacted, "each key") : s.detail;
      lines.push(`  ${i + 1}. ${c.bold(s.title)}: ${detail}`);
    });
    lines.push("");
  };
  const own = bucketed(groups, (g) => parts.get(g).own);
  const place = bucketed(groups, (g) => parts.get(g).place.filter((s) => s.id !== "gitignore"));
  const same = (a, b) => a.groups.length === b.groups.length && a.groups.every((g, i) => b.groups[i] === g);
  for (const b of own) {
    const rest = place.findIndex((p) => same(p, b));
    const steps2 = rest === -1 ? b.steps : [...b.steps, ...place.splice(rest, 1)[0].steps];
    print(`What to do about ${keyNames(b.groups)}:`, { groups: b.groups, steps: steps2 });
  }
  for (const b of place) print(`What to do about ${keyNames(b.groups)}:`, b);
  const settings = [
    ...new Set(groups.flatMap((g) => g.exposure === "working-copy" ? settingsFiles(g) : []))
  ];
  if (settings.length)
    print("And the settings files:", { groups: [], steps: [gitignoreStep(settings)] });
  return lines;
}
function preExistingLines(report, c) {
  if (report.preExisting.length === 0) return [];
  const lines = [
    c.yellow(
      `Already committed before this change, not blocking (--all-content blocks on them; audit with flora-keyscan history):`
    )
  ];
  for (const g of groupBySecret(report.preExisting))
    lines.push(`  ${g.redacted}  ${describeLocation(g.occurrences[0])}  ${exposurePhrase(g, c)}`);
  return [...lines, ""];
}
function suppressionSummary(stats) {
  return SUPPRESSION_SOURCES.filter((s) => stats.suppressedBy[s] > 0).map((s) => `${stats.suppressedBy[s]} ${SUPPRESSION_WORDS[s]}`).join(", ");
}
function noticeLines(report, c) {
  return report.notices.flatMap((n) => [c.yellow(c.bold(`notice: ${n.message}`)), ""]);
}
function statsLines(report, c) {
  const { stats } = report;
  const lines = [];
  for (const warning of report.warnings) lines.push(c.yellow(`warning: ${warning}`));
  const suppressed = suppressionSummary(stats);
  if (suppressed) lines.push(c.yellow(`Suppressed, not reported: ${suppressed}.`));
  for (const [label, list] of [
    ["could not be read", stats.unreadable],
    ["skipped", stats.skipped],
    ["missing from the repository (not scanned)", stats.missing]
  ]) {
    if (list.length === 0) continue;
    lines.push(c.yellow(`${plural(list.length, "file")} ${label}:`));
    for (const item of list.slice(0, LIST_LIMIT)) lines.push(`    ${item.path} \u2014 ${item.reason}`);
    if (list.length > LIST_LIMIT)
      lines.push(`    \u2026 and ${list.length - LIST_LIMIT} more (see --format json)`);
  }
  const extra = [
    stats.decoded && `${stats.decoded} with encoded text decoded`,
    stats.utf16 && `${stats.utf16} UTF-16`,
    stats.binary && `${stats.binary} binary`,
    stats.streamed && `${stats.streamed} streamed in chunks`
  ].filter(Boolean);
  lines.push(
    c.dim(
      `Scanned ${plural(stats.filesScanned, report.mode === "worktree" ? "file" : "object")} (${humanBytes(stats.bytesScanned)}) in ${stats.durationMs} ms${extra.length ? `; ${extra.join(", ")}` : ""}.`
    )
  );
  return lines;
}
function formatText(input, options) {
  const report = printableCopy(input);
  const c = createColors(options.color);
  const advise = options.playbook !== false;
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const groups = groupBySecret(report.findings);
  const lines = [...noticeLines(report, c)];
  if (report.history && groups.length) lines.push(...incidentLines(report, c), "");
  if (groups.length === 0) lines.push(c.green(`\u2714 No keys found in the ${report.scope}.`), "");
  else {
    lines.push(
      c.red(
        c.bold(
          `\u2716 ${plural(groups.length, "secret")} found in ${plural(report.findings.length, "place")} (${report.scope})`
        )
      ),
      ""
    );
    for (const g of groups) lines.push(...keyLines(report, g, rules.get(g.ruleId), c));
    lines.push("");
    if (advise) lines.push(...adviceLines(report, groups, c));
  }
  lines.push(...preExistingLines(report, c));
  if (groups.length && report.blocking) lines.push(c.red(blockedFooter(report.blocking)), "");
  if (groups.length && advise) {
    const steps2 = prevention(report).filter((s) => !report.blocking || s.id !== "hook");
    lines.push(
      c.cyan("Prevent the next one:"),
      ...steps2.map((s) => `  - ${s.title}: ${s.detail}`),
      ""
    );
  }
  lines.push(...statsLines(report, c));
  return lines.join("\n") + "\n";
}
var LIST_LIMIT, ADVICE_NAMES, REF_LIMIT, SUPPRESSION_WORDS;
var init_text2 = __esm({
  "src/report/text.ts"() {
    "use strict";
    init_findings();
    init_messages();
    init_evidence();
    init_group();
    init_escape();
    init_location();
    init_playbook();
    LIST_LIMIT = 20;
    ADVICE_NAMES = 5;
    REF_LIMIT = 6;
    SUPPRESSION_WORDS = {
      "inline-allow": "allowed by flora-keyscan:allow",
      "ignore-file": "accepted by .flora-keyscan-ignore",
      allowlist: "matched by the config's allowlist",
      "config-exclude": "in paths the config's exclude leaves out",
      "ignore-path": "in paths .flora-keyscan-ignore leaves out",
      "rule-override": "found by the shipped rules, not by the config rules that replace or weaken them"
    };
  }
});

// src/report/verdict.ts
var verdict_exports = {};
__export(verdict_exports, {
  verdictJson: () => verdictJson,
  verdictText: () => verdictText
});
function verdictText({ redacted, provider, verification: v }) {
  const detail = [v.httpStatus && `HTTP ${v.httpStatus}`, v.code, v.reason].filter(Boolean).join(", ");
  const lines = [`${redacted}: ${v.status.toUpperCase()}${detail ? ` (${detail})` : ""}`];
  if (v.requestId) lines.push(`request-id: ${v.requestId} (quote it to ${provider} support)`);
  return lines.join("\n") + "\n";
}
function verdictJson(verdict2) {
  return JSON.stringify(verdict2, null, 2) + "\n";
}
var init_verdict = __esm({
  "src/report/verdict.ts"() {
    "use strict";
  }
});

// src/report/json.ts
var json_exports = {};
__export(json_exports, {
  formatJson: () => formatJson
});
function findingJson(f) {
  const author = authorOf(f);
  return {
    ruleId: f.ruleId,
    provider: f.provider,
    severity: f.severity,
    environment: f.environment,
    secretSha256: f.secretSha256,
    redacted: f.redacted,
    path: pathOf(f),
    line: f.line,
    column: f.column,
    commit: commitOf(f),
    ...blobOf(f) ? { blob: blobOf(f) } : {},
    ...f.provenance.kind === "message" ? { location: "message" } : {},
    ...f.provenance.kind === "path" ? { location: "path" } : {},
    ...f.byteOffset !== void 0 ? { byteOffset: f.byteOffset } : {},
    ...f.encoding ? { encoding: f.encoding } : {},
    ...author ? { author, date: dateOf(f) } : {},
    entropy: f.entropy,
    exposure: f.exposure,
    ...f.committedIn ? { committedIn: f.committedIn } : {},
    providerEvidence: f.providerEvidence,
    ...f.publicExample ? { publicExample: true } : {},
    verification: f.verification,
    ...f.suppressedBy ? { suppressedBy: f.suppressedBy } : {}
  };
}
function formatJson(report) {
  const { stats } = report;
  const body = {
    schemaVersion: 1,
    tool: report.tool,
    mode: report.mode,
    findings: report.findings.map(findingJson),
    preExisting: report.preExisting.map(findingJson),
    suppressed: report.suppressed.map(findingJson),
    notices: report.notices,
    stats: {
      findings: report.findings.length,
      uniqueSecrets: new Set(report.findings.map((f) => f.secretSha256)).size,
      ...stats
    },
    ...report.history ? { history: report.history, incident: incidentSummary(report.findings, report.history) } : {},
    playbook: playbooks(report),
    ...report.findings.length ? { prevention: prevention(report) } : {},
    warnings: report.warnings
  };
  return JSON.stringify(body, null, 2) + "\n";
}
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
    init_findings();
    init_playbook();
  }
});

// src/report/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  formatSarif: () => formatSarif
});
function ruleHelp(report, rule) {
  const context2 = { rules: report.rules, providers: report.providers, verified: false };
  const group = {
    secretSha256: "",
    redacted: "the key",
    ruleId: rule.id,
    provider: rule.provider,
    environment: "live",
    verification: null,
    exposure: "pushed",
    providerEvidence: { kind: "line", detail: "" },
    occurrences: []
  };
  const all = [
    ...playbookFor(context2, group).steps,
    ...prevention({
      providers: report.providers.filter((p) => p.id === rule.provider),
      findings: []
    })
  ];
  const head = rule.remediation ?? rule.description;
  return {
    text: [head, ...all.map((s, i) => `${i + 1}. ${s.title}: ${s.detail}`)].join("\n"),
    markdown: [head, "", ...all.map((s, i) => `${i + 1}. **${s.title}**: ${s.detail}`)].join("\n")
  };
}
function ruleJson(report, rule) {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: ruleHelp(report, rule),
    defaultConfiguration: { level: LEVEL[rule.severity] ?? "error" },
    properties: {
      tags: ["security", "secret", rule.provider],
      "security-severity": SECURITY_SEVERITY[rule.severity] ?? "8.0",
      precision: "high"
    }
  };
}
function locationJson(f) {
  const path = pathOf(f);
  const p = f.provenance;
  if (p.kind === "path")
    return { logicalLocations: [{ name: p.path, kind: "resource", fullyQualifiedName: p.path }] };
  if (path === null) {
    const kind = p.kind === "message" ? "commitMessage" : "blob";
    const name = p.kind === "message" ? p.commit : p.kind === "blob" ? p.blob : void 0;
    return { logicalLocations: [{ name: describeLocation(f), kind, fullyQualifiedName: name }] };
  }
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(path), uriBaseId: "%SRCROOT%" },
      region: {
        startLine: f.line,
        startColumn: f.column,
        ...f.byteOffset !== void 0 ? { byteOffset: f.byteOffset } : {}
      }
    }
  };
}
function resultJson(report, ruleIndex, f) {
  const commit = commitOf(f);
  const description = report.rules[ruleIndex.get(f.ruleId) ?? -1]?.description ?? f.ruleId;
  return {
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity] ?? "error",
    message: {
      text: `${description}: ${f.redacted}${f.verification ? ` (${f.verification.status})` : ""}. Provider: ${evidencePhrase(report, f)}.`
    },
    locations: [locationJson(f)],
    partialFingerprints: { "secretSha256/v1": f.secretSha256 },
    ...f.suppressedBy ? {
      suppressions: [
        {
          kind: f.suppressedBy === "inline-allow" ? "inSource" : "external",
          justification: `suppressed by ${SUPPRESSION_JUSTIFICATION[f.suppressedBy]}`
        }
      ]
    } : {},
    properties: {
      redacted: f.redacted,
      environment: f.environment,
      providerEvidence: f.providerEvidence,
      ...f.publicExample ? { publicExample: true } : {},
      ...commit ? { commit } : {},
      ...f.encoding ? { encoding: f.encoding } : {},
      ...f.verification ? { verification: f.verification.status, requestId: f.verification.requestId } : {}
    }
  };
}
function formatSarif(report) {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const results = [...report.findings, ...report.suppressed].map(
    (f) => resultJson(report, ruleIndex, f)
  );
  const noticeIndex = report.rules.length;
  for (const n of report.notices) {
    const file = n.file.replace(/ ".*"$/, "");
    results.push({
      ruleId: NOTICE_RULE.id,
      ruleIndex: noticeIndex,
      level: "warning",
      message: { text: n.message },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: encodeURI(file), uriBaseId: "%SRCROOT%" } }
        }
      ]
    });
  }
  const driver = {
    name: report.tool.name,
    version: report.tool.version,
    semanticVersion: report.tool.version,
    informationUri: PROJECT_URL,
    rules: [
      ...report.rules.map((r) => ruleJson(report, r)),
      ...report.notices.length ? [NOTICE_RULE] : []
    ]
  };
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        columnKind: "unicodeCodePoints",
        automationDetails: { id: `flora-keyscan/${report.mode}/` },
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
var LEVEL, SECURITY_SEVERITY, SUPPRESSION_JUSTIFICATION, NOTICE_RULE;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    init_findings();
    init_messages();
    init_evidence();
    init_location();
    init_playbook();
    LEVEL = {
      critical: "error",
      high: "error",
      medium: "warning",
      low: "note"
    };
    SECURITY_SEVERITY = {
      critical: "9.5",
      high: "8.0",
      medium: "5.0",
      low: "2.0"
    };
    SUPPRESSION_JUSTIFICATION = {
      "inline-allow": "a flora-keyscan:allow comment on the line",
      "ignore-file": "an entry of .flora-keyscan-ignore",
      allowlist: "the config's allowlist",
      "config-exclude": "a path the config's exclude leaves out",
      "ignore-path": "a path .flora-keyscan-ignore leaves out",
      "rule-override": "a config rule that replaces or weakens the shipped one"
    };
    NOTICE_RULE = {
      id: "policy-change",
      name: "PolicyChange",
      shortDescription: {
        text: "The change edits flora-keyscan's own policy (config, package.json key, ignore file)"
      },
      fullDescription: {
        text: "A pull request that changes the policy its own scan runs under can switch findings off. The scan used the base revision's policy; review the change."
      },
      defaultConfiguration: { level: "warning" },
      properties: { tags: ["security", "policy"] }
    };
  }
});

// src/report/github.ts
var github_exports = {};
__export(github_exports, {
  formatGithub: () => formatGithub
});
function formatGithub(input) {
  const report = printableCopy(input);
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const lines = report.findings.map((f) => {
    const rule = rules.get(f.ruleId);
    const title = escapeProperty(`${rule?.description.split(" (")[0] ?? f.ruleId} (${f.ruleId})`);
    const message = escapeData(
      `${f.redacted} at ${describeLocation(f)}. Provider: ${evidencePhrase(report, f)}. ${rule?.remediation ?? ""}`.trim()
    );
    const path = f.provenance.kind === "path" ? null : pathOf(f);
    const place = path !== null ? `file=${escapeProperty(path)},line=${f.line},col=${f.column},` : "";
    return `::error ${place}title=${title}::${message}`;
  });
  for (const notice of report.notices)
    lines.push(
      `::warning title=flora-keyscan policy change (${escapeProperty(notice.file)})::${escapeData(notice.message)}`
    );
  const n = report.findings.length;
  lines.push(
    n ? `flora-keyscan: ${n} finding${n === 1 ? "" : "s"} (${report.mode})` : `flora-keyscan: no keys found (${report.mode})`
  );
  for (const s of [...report.stats.unreadable, ...report.stats.skipped])
    lines.push(
      `::warning title=flora-keyscan skipped a file::${escapeData(`${s.path}: ${s.reason}`)}`
    );
  return lines.join("\n") + "\n";
}
var escapeData, escapeProperty;
var init_github = __esm({
  "src/report/github.ts"() {
    "use strict";
    init_findings();
    init_escape();
    init_evidence();
    init_location();
    escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  }
});

// src/report/formats.ts
function isFormat(name) {
  return Object.hasOwn(FORMATS, name);
}
var FORMATS, FORMAT_NAMES, VERDICT_FORMATS;
var init_formats = __esm({
  "src/report/formats.ts"() {
    "use strict";
    FORMATS = {
      text: {
        summary: "for people (the default)",
        report: async () => (await Promise.resolve().then(() => (init_text2(), text_exports))).formatText,
        verdict: async () => (await Promise.resolve().then(() => (init_verdict(), verdict_exports))).verdictText
      },
      json: {
        summary: "the JSON report (schemaVersion 1)",
        report: async () => (await Promise.resolve().then(() => (init_json(), json_exports))).formatJson,
        verdict: async () => (await Promise.resolve().then(() => (init_verdict(), verdict_exports))).verdictJson
      },
      sarif: {
        summary: "SARIF 2.1.0, for code scanning",
        report: async () => (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).formatSarif
      },
      github: {
        summary: "GitHub Actions annotations (the default when GITHUB_ACTIONS=true)",
        report: async () => (await Promise.resolve().then(() => (init_github(), github_exports))).formatGithub
      }
    };
    FORMAT_NAMES = Object.keys(FORMATS);
    VERDICT_FORMATS = FORMAT_NAMES.filter((name) => FORMATS[name].verdict !== void 0);
  }
});

// src/commands/output.ts
import { resolve as resolve4 } from "node:path";
function chooseFormat(flags, io, allowed = FORMAT_NAMES) {
  const format = flags.format ?? (io.env.GITHUB_ACTIONS === "true" && allowed.includes("github") ? "github" : "text");
  if (!isFormat(format) || !allowed.includes(format))
    throw new UsageError(`--format must be one of ${allowed.join(", ")} (got "${format}")`);
  return format;
}
function useColor(flags, io, toFile) {
  if (flags["no-color"] || toFile || (io.env.NO_COLOR ?? "") !== "") return false;
  const force = io.env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force !== "false";
  return io.stdout.isTTY === true && io.env.TERM !== "dumb";
}
function deliver(text, flags, io) {
  if (flags.output === void 0) io.stdout.write(text);
  else writeReplacing(resolve4(io.cwd, flags.output), text, io.cwd);
}
async function emit(report, flags, io) {
  const format = chooseFormat(flags, io);
  const toFile = flags.output !== void 0;
  const quietAndClean = flags.quiet && report.findings.length === 0 && report.preExisting.length === 0 && report.stats.unreadable.length === 0 && format === "text";
  if (quietAndClean && !toFile) return;
  const render = await FORMATS[format].report();
  deliver(
    render(report, { color: useColor(flags, io, toFile), playbook: !flags["no-playbook"] }),
    flags,
    io
  );
}
function checkFailOn(flags) {
  const failOn = flags["fail-on"] ?? "any";
  if (failOn !== "any" && failOn !== "live")
    throw new UsageError(`--fail-on must be "any" or "live" (got "${failOn}")`);
  if (failOn === "live" && !flags.verify)
    throw new UsageError(
      "--fail-on live needs --verify: without a probe no key is known to be inactive"
    );
}
function exitCode(report, flags) {
  const { stats } = report;
  if (stats.unreadable.length > 0 || stats.interrupted || stats.incomplete) return 2;
  if (stats.missing.length > 0 && report.findings.length === 0) return 2;
  const failing = flags["fail-on"] === "live" ? report.findings.filter((f) => f.verification?.status !== "inactive") : report.findings;
  return failing.length > 0 ? 1 : 0;
}
var init_output = __esm({
  "src/commands/output.ts"() {
    "use strict";
    init_errors();
    init_safe_write();
    init_formats();
  }
});

// src/commands/progress.ts
function count(n) {
  return n.toLocaleString("en-US");
}
function progressPrinter(out) {
  const started = performance.now();
  let shown = false;
  return {
    /** `total.bytes` 0 when not known ahead (packed deltas): time left then follows the object count. */
    update(p, total) {
      const seconds = Math.max((performance.now() - started) / 1e3, 1e-3);
      const rate = p.bytes / MB / seconds;
      const share = total.bytes > 0 ? p.bytes / total.bytes : total.objects ? p.objects / total.objects : 0;
      const settled = seconds >= SETTLE_SECONDS && share >= SETTLE_SHARE && share < 1;
      const left = settled ? seconds * (1 - share) / share : null;
      const percent2 = total.objects ? ` (${Math.floor(100 * p.objects / total.objects)}%)` : "";
      out.write(
        `\r\x1B[2Kread ${count(p.objects)} of ${count(total.objects)} blobs, commits and tags${percent2}, ${(p.bytes / MB).toFixed(0)} MB at ${rate.toFixed(0)} MB/s${left !== null ? `, about ${Math.ceil(left)} s left` : ""}`
      );
      shown = true;
    },
    done() {
      if (shown) out.write("\r\x1B[2K");
    }
  };
}
var MB, SETTLE_SECONDS, SETTLE_SHARE;
var init_progress = __esm({
  "src/commands/progress.ts"() {
    "use strict";
    MB = 1024 * 1024;
    SETTLE_SECONDS = 5;
    SETTLE_SHARE = 0.05;
  }
});

// src/report/summary.ts
var summary_exports = {};
__export(summary_exports, {
  stepSummary: () => stepSummary,
  summaryLine: () => summaryLine
});
function exitReason(report, code2) {
  if (code2 === 0) return "exit 0: no keys";
  if (code2 === 1) return "exit 1: keys found";
  if (report.stats.interrupted) return "exit 2: interrupted";
  if (report.stats.unreadable.length) return "exit 2: content could not be read";
  return "exit 2: the scan is incomplete";
}
function summaryLine(report, code2, destination) {
  const groups = groupBySecret(report.findings);
  const files = new Set(report.findings.map((f) => pathOf(f) ?? "")).size;
  const live = groups.filter((g) => g.verification?.status === "live").length;
  const pushed = groups.filter((g) => g.exposure === "pushed").length;
  const details = [
    live && `${live} live`,
    pushed && `${pushed} pushed`,
    report.preExisting.length && `${report.preExisting.length} already committed, not blocking`
  ].filter(Boolean);
  const found = groups.length ? `${plural2(groups.length, "key")} in ${plural2(files, "place")}${details.length ? ` (${details.join(", ")})` : ""}` : "no keys";
  return `flora-keyscan: ${found} in the ${report.scope}; ${exitReason(report, code2)}.${destination ? ` Report: ${destination}` : ""}
`;
}
function cell(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/`/g, "&#96;").replace(/[\r\n]+/g, " ");
}
function stepSummary(report, code2) {
  const groups = groupBySecret(report.findings);
  const lines = [
    `### flora-keyscan: ${groups.length ? plural2(groups.length, "key") + " found" : "no keys found"}`,
    "",
    `${cell(report.scope)} \xB7 ${exitReason(report, code2)}`,
    ""
  ];
  if (groups.length) {
    lines.push(
      "| key | provider | where | exposure | verdict |",
      "| --- | --- | --- | --- | --- |"
    );
    for (const g of groups)
      lines.push(
        `| ${cell(g.redacted)} | ${cell(evidencePhrase(report, g))} | ${cell(describeLocation(g.occurrences[0]))}${g.occurrences.length > 1 ? ` (+${g.occurrences.length - 1})` : ""} | ${g.exposure} | ${g.verification?.status ?? "not verified"} |`
      );
    const next = /* @__PURE__ */ new Map();
    for (const g of groups)
      for (const s of playbookFor(report, g).steps) if (!next.has(s.id)) next.set(s.id, s.title);
    lines.push("", "**Next steps** (details in the report):", "");
    for (const title of next.values()) lines.push(`- ${cell(title)}`);
  }
  if (report.preExisting.length)
    lines.push(
      "",
      `${report.preExisting.length} key(s) already committed before this change: not blocking.`
    );
  return lines.join("\n") + "\n";
}
var plural2;
var init_summary = __esm({
  "src/report/summary.ts"() {
    "use strict";
    init_findings();
    init_evidence();
    init_group();
    init_location();
    init_playbook();
    plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  }
});

// src/commands/setup.ts
import { appendFileSync, statSync } from "node:fs";
import { dirname as dirname4, resolve as resolve5 } from "node:path";
async function probeOptions(flags, io, rules) {
  const { checkBaseUrl: checkBaseUrl2 } = await Promise.resolve().then(() => (init_probe(), probe_exports));
  const probing = rules.filter((r) => r.verify);
  const providers = [...new Set(probing.map((r) => r.provider))];
  const override = flags["api-base-url"];
  if (override && providers.length > 1)
    throw new UsageError(
      `--api-base-url is ambiguous with live checks for ${providers.join(" and ")}: set each provider's own variable instead`
    );
  const urls = new Map(
    probing.map((r) => [
      r.verify,
      checkBaseUrl2(
        override ?? (r.verify.baseUrlEnv && io.env[r.verify.baseUrlEnv] || r.verify.baseUrl)
      )
    ])
  );
  return {
    baseUrlOf: (probe2) => urls.get(probe2),
    timeoutMs: 1e3 * (flags.timeout ? wholeNumber(flags.timeout, "--timeout", 1, 600) : 10),
    concurrency: flags.concurrency ? wholeNumber(flags.concurrency, "--concurrency", 1, 16) : 2,
    unattributed: flags["verify-unattributed"] === true,
    maxAttempts: 4,
    signal: io.signal
  };
}
function checkOutputFolder(flags, io) {
  if (flags.output === void 0) return;
  const folder = dirname4(resolve5(io.cwd, flags.output));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
  }
  if (!isFolder)
    throw new UsageError(`--output ${flags.output}: the folder ${folder} does not exist`);
}
async function checkReportFlags(flags, io, policy) {
  chooseFormat(flags, io);
  checkFailOn(flags);
  checkOutputFolder(flags, io);
  return flags.verify ? probeOptions(flags, io, policy.book.rules) : null;
}
async function policyFiles(git, root, flags, base) {
  if (flags["no-repo-config"]) return NO_FILES;
  if (git && base) return revisionFiles(git, base);
  if (git && await isBare(git))
    return await hasCommit(git) ? revisionFiles(git, "HEAD") : NO_FILES;
  return worktreeFiles(root);
}
function policyFor(files, flags, io) {
  return loadPolicy({
    files,
    configFile: flags.config,
    cwd: io.cwd,
    decode: !flags["no-decode"],
    maxFileSize: flags["max-file-size"]
  });
}
async function policyChangeNotices(git, base, flags) {
  if (flags["no-repo-config"]) return [];
  const changed = changedPolicy(await revisionFiles(git, base), await revisionFiles(git, "HEAD"));
  return changed.map((file) => ({
    kind: "policy-change",
    file,
    message: `this range changes ${file}; the scan ran under ${base}'s version, not the changed one. Review the change: it can switch findings off.`
  }));
}
async function scanAndReport(source, policy, probe2, flags, io, notices = []) {
  const started = performance.now();
  const progress = source.mode !== "worktree" && source.mode !== "staged" && io.stderr.isTTY && !flags.quiet ? progressPrinter(io.stderr) : void 0;
  const phase = flags.debug ? (name) => io.stderr.write(`debug: ${name} at ${Math.round(performance.now() - started)} ms
`) : void 0;
  const result = await runPipeline(source, {
    policy,
    probe: probe2,
    signal: io.signal,
    progress: progress?.update,
    phase,
    reportUnusedIgnores: flags["report-unused-ignores"] === true,
    notices,
    allContent: flags["all-content"] === true,
    ...source.mode === "staged" ? { blocking: "commit" } : {}
  });
  progress?.done();
  await emit(result.report, flags, io);
  const code2 = exitCode(result.report, flags);
  await tellCi(result.report, code2, flags, io);
  return { ...result, code: code2 };
}
async function tellCi(report, code2, flags, io) {
  const format = chooseFormat(flags, io);
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (flags.output === void 0 && format === "text" && !summaryFile) return;
  const { summaryLine: summaryLine2, stepSummary: stepSummary2 } = await Promise.resolve().then(() => (init_summary(), summary_exports));
  const quiet = flags.quiet === true && code2 === 0;
  if ((flags.output !== void 0 || format !== "text") && !quiet)
    io.stderr.write(summaryLine2(report, code2, flags.output ?? null));
  if (summaryFile) {
    try {
      appendFileSync(summaryFile, stepSummary2(report, code2));
    } catch (error) {
      io.stderr.write(`flora-keyscan: cannot write the job summary: ${inWords(error)}
`);
    }
  }
}
var init_setup = __esm({
  "src/commands/setup.ts"() {
    "use strict";
    init_pipeline();
    init_policy();
    init_policy_files();
    init_git();
    init_errors();
    init_safe_write();
    init_output();
    init_numbers();
    init_progress();
  }
});

// src/commands/scan.ts
var scan_exports = {};
__export(scan_exports, {
  runScan: () => runScan,
  runStaged: () => runStaged
});
async function runScan({ args, flags }, io) {
  const plan2 = await planWorktree({
    cwd: io.cwd,
    env: io.env,
    paths: args,
    includeIgnored: flags["include-ignored"] === true
  });
  const git = plan2.inRepo ? await findWorkTree(plan2.root, io.env) : null;
  const policy = policyFor(await policyFiles(git, plan2.root, flags), flags, io);
  const probe2 = await checkReportFlags(flags, io, policy);
  return (await scanAndReport(worktreeSource(plan2, git), policy, probe2, flags, io)).code;
}
async function runStaged({ args, flags }, io) {
  if (args.length)
    throw new UsageError(
      "staged takes no paths: it scans everything in the git index that differs from HEAD"
    );
  const git = await requireWorkTree(io.cwd, io.env);
  const policy = policyFor(await policyFiles(git, git.dir, flags), flags, io);
  const probe2 = await checkReportFlags(flags, io, policy);
  return (await scanAndReport(await stagedSource(git), policy, probe2, flags, io)).code;
}
var init_scan = __esm({
  "src/commands/scan.ts"() {
    "use strict";
    init_errors();
    init_git();
    init_staged();
    init_worktree();
    init_setup();
  }
});

// src/history/partial.ts
import { existsSync as existsSync3, readdirSync as readdirSync4 } from "node:fs";
import { join as join10, resolve as resolve6 } from "node:path";
async function partialClone(git) {
  const config = (await git.raw([
    "config",
    "--get-regexp",
    "^(extensions\\.partialclone|remote\\..*\\.promisor)$"
  ])).stdout.toString("utf8");
  const extension = /^extensions\.partialclone (.+)$/im.exec(config)?.[1] ?? null;
  const promisor = /^remote\.(.+)\.promisor true$/im.exec(config)?.[1] ?? null;
  const objects = resolve6(git.dir, await git.text(["rev-parse", "--git-path", "objects"]));
  const pack = join10(objects, "pack");
  const promisorPacks = existsSync3(pack) && readdirSync4(pack).some((f) => f.endsWith(".promisor"));
  if (!extension && !promisor && !promisorPacks) return null;
  return { remote: extension ?? promisor };
}
function missingWarning(count2, partial) {
  const what = `${count2} object${count2 === 1 ? "" : "s"} that refs reach ${count2 === 1 ? "is" : "are"} not in this repository and ${count2 === 1 ? "was" : "were"} not scanned`;
  if (partial)
    return `partial clone: ${what}. Fetch them first with flora-keyscan history --fetch-missing (or clone without --filter) for a complete audit.`;
  return `${what} (a damaged or incomplete repository?). Run git fsck, or scan a complete clone.`;
}
async function fetchMissing(git, partial, oids) {
  if (oids.length === 0) return;
  if (!partial.remote)
    throw new UserError("--fetch-missing: this partial clone names no remote to fetch from");
  const args = [
    "-c",
    "fetch.negotiationAlgorithm=noop",
    "fetch",
    partial.remote,
    "--no-tags",
    "--no-write-fetch-head",
    "--recurse-submodules=no",
    "--filter=blob:none",
    "--stdin"
  ];
  const result = await git.withNetwork().raw(args, oids.join("\n") + "\n");
  if (result.code !== 0)
    throw new UserError(
      `--fetch-missing: git fetch from ${partial.remote} failed: ${result.stderr.split("\n").find((l) => l.trim()) ?? `exit ${result.code}`}`
    );
}
var init_partial = __esm({
  "src/history/partial.ts"() {
    "use strict";
    init_errors();
  }
});

// src/history/walk.ts
var Walk;
var init_walk = __esm({
  "src/history/walk.ts"() {
    "use strict";
    Walk = class _Walk {
      constructor(listing, error = null) {
        this.listing = listing;
        this.error = error;
        for (let at2 = listing[0] === 63 ? 0 : listing.indexOf("\n?"); at2 !== -1; at2 = listing.indexOf("\n?", at2 + 1)) {
          const start = listing[at2] === 63 ? at2 + 1 : at2 + 2;
          const end = listing.indexOf(10, start);
          this.missing.push(listing.toString("latin1", start, end === -1 ? listing.length : end));
        }
      }
      /** Objects any ref reaches that the object database does not have. */
      missing = [];
      /** Runs the walk. It never fetches: missing objects are listed, not downloaded. Never rejects. */
      static async run(git) {
        try {
          return new _Walk(await git.toFile(["rev-list", "--objects", "--all", "--missing=print"]));
        } catch (error) {
          return new _Walk(Buffer.alloc(0), error.message);
        }
      }
      /** Each line: its object id and where its path is (empty for commits and for missing objects). */
      *entries() {
        const text = this.listing;
        const idLength = Math.min(...[text.indexOf(32), text.indexOf(10)].filter((i) => i > 0));
        for (let at2 = 0; at2 < text.length; ) {
          let end = text.indexOf(10, at2);
          if (end === -1) end = text.length;
          if (text[at2] !== 63 && text[at2 + idLength] === 32)
            yield [text.toString("latin1", at2, at2 + idLength), at2 + idLength + 1, end];
          at2 = end + 1;
        }
      }
      /** One path of each of `oids` that a ref reaches; ids no ref reaches are left out. */
      pathsOf(oids) {
        const out = /* @__PURE__ */ new Map();
        if (oids.size === 0) return out;
        for (const [oid, pathStart, end] of this.entries()) {
          if (oids.has(oid) && !out.has(oid))
            out.set(oid, this.listing.toString("utf8", pathStart, end));
        }
        return out;
      }
      /** Every distinct path (of files and folders) anywhere in history. */
      paths() {
        const seen = /* @__PURE__ */ new Set();
        for (const [, pathStart, end] of this.entries())
          if (end > pathStart) seen.add(this.listing.toString("utf8", pathStart, end));
        return [...seen];
      }
    };
  }
});

// src/sources/history.ts
function concat(first, then) {
  return {
    [Symbol.asyncIterator]() {
      const head = first[Symbol.asyncIterator]();
      let tail = null;
      return {
        async next() {
          if (tail === null) {
            const step2 = await head.next();
            if (!step2.done) return step2;
            tail = await then();
          }
          return tail.length ? { done: false, value: tail.shift() } : { done: true, value: void 0 };
        },
        async return() {
          await head.return?.();
          return { done: true, value: void 0 };
        }
      };
    }
  };
}
async function afterTheObjects(walking) {
  const walk = await walking;
  const missing = walk.missing.map((oid) => ({
    provenance: { kind: "blob", blob: oid, path: null },
    missing: "not in this repository"
  }));
  return [...missing, { paths: walk.paths() }];
}
function settleWarnings(unreachable, walk, partial) {
  const out = [];
  if (unreachable)
    out.push(
      `${unreachable} more finding${unreachable === 1 ? " is" : "s are"} in objects no ref reaches (amended commits, deleted branches, dropped stashes): run with --all-objects to see them.`
    );
  if (walk.missing.length) out.push(missingWarning(walk.missing.length, partial));
  return out;
}
function notAttributed(raw, why) {
  return {
    findings: raw,
    warnings: [`${why}: findings are named by blob id, not attributed to commits.`],
    incomplete: true
  };
}
async function historyTree(git) {
  return commitFiles(git, await hasCommit(git) ? "HEAD" : null);
}
async function historySource(git, options) {
  const shallow = await isShallow(git);
  const empty = !options.allObjects && !await hasAnyRef(git);
  const tips = await refTips(git);
  const partial = await partialClone(git);
  const commits = /* @__PURE__ */ new Map();
  let walking = Promise.resolve(new Walk(Buffer.alloc(0)));
  let attributor = null;
  async function items(context2) {
    if (empty) return (async function* () {
    })();
    walking = Walk.run(git);
    void walking.then(() => context2.phase?.("walked every tree"));
    if (options.fetchMissing && partial) {
      await fetchMissing(git, partial, (await walking).missing);
      walking = Walk.run(git);
    }
    attributor = new Attributor(git, walking);
    const store = await locateObjectStore(git, options.env);
    context2.phase?.(store ? "opened the object store" : "listing objects");
    const read = store ? readStore(store, context2.gate, options.threads, context2.progress) : readThroughGit(git, await listAllObjects(git), context2.progress);
    return concat(read, () => (context2.phase?.("read every object"), afterTheObjects(walking)));
  }
  async function settle(raw) {
    if (empty || !attributor) return { findings: raw, warnings: [] };
    const walk = await walking;
    const unattributed = (why) => notAttributed(raw, why);
    if (walk.error) return unattributed(`git could not walk the history (${walk.error})`);
    try {
      const read = { git, commits, tips, attributor, allObjects: options.allObjects, shallow };
      const attributed = await attributeHistory(raw, read);
      await exposeHistory(git, attributed.findings, attributed.facts);
      return {
        findings: attributed.findings,
        warnings: settleWarnings(attributed.unreachable, walk, partial),
        facts: attributed.facts
      };
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      return unattributed(`attributing the findings failed (${error.message})`);
    }
  }
  return {
    mode: options.allObjects ? "all-objects" : "history",
    scope: `${options.allObjects ? "every object in the repository" : "history (every ref)"} of ${git.dir}`,
    root: git.dir,
    exposure: "history",
    tree: await historyTree(git),
    warnings: [...shallow ? [SHALLOW_WARNING] : [], ...empty ? [NO_COMMITS] : []],
    items,
    onCommit: (meta) => commits.set(meta.oid, meta),
    onFinding(f) {
      if (f.provenance.kind === "blob") attributor?.add(f.provenance.blob);
    },
    settle
  };
}
var SHALLOW_WARNING, NO_COMMITS;
var init_history = __esm({
  "src/sources/history.ts"() {
    "use strict";
    init_git();
    init_attribute();
    init_attribution();
    init_facts();
    init_partial();
    init_walk();
    init_object_store();
    init_object_read();
    init_tree_files();
    init_exposure();
    SHALLOW_WARNING = "this is a shallow clone: history before its first commit was not scanned. Run git fetch --unshallow (or clone without --depth) for a full audit.";
    NO_COMMITS = "the repository has no commits yet: there is no history to scan (flora-keyscan staged checks what you are about to commit).";
  }
});

// src/sources/range.ts
async function listRange(git, revs) {
  const commits = await rawLog(git, [...revs, "--"], ["-M"]);
  const blobs = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    for (const change of commit.changes) {
      if (change.status.startsWith("D") || change.newMode === "160000" || /^0+$/.test(change.newOid))
        continue;
      blobs.set(change.newOid, { commit, path: change.path, oldPath: change.oldPath });
    }
  }
  return { commits, blobs };
}
async function* readRange(git, range, context2) {
  yield { paths: [...new Set([...range.blobs.values()].map((b) => b.path))] };
  const oids = [...range.blobs.keys(), ...range.commits.map((c) => c.commit)];
  yield* readThroughGit(git, { oids: OidList.of(oids), bytes: 0 }, context2.progress);
}
function attributeRange(raw, range, meta) {
  return raw.flatMap((f) => {
    const p = f.provenance;
    if (p.kind === "message")
      return [
        {
          ...f,
          provenance: { ...p, ...whoAndWhen(meta.get(p.commit)) }
        }
      ];
    if (p.kind !== "blob") return [f];
    const where = range.blobs.get(p.blob);
    if (!where) return [];
    const { commit, author, date } = where.commit;
    return [
      {
        ...f,
        provenance: { kind: "commit", blob: p.blob, path: where.path, commit, author, date },
        exposure: "committed"
      }
    ];
  });
}
function earlierInRange(f, range) {
  const p = f.provenance;
  if (p.kind !== "commit") return [];
  const blob = range.blobs.get(p.blob);
  const parents = blob?.commit.parents ?? [];
  return parents.map((rev) => ({ rev, path: blob?.oldPath ?? p.path }));
}
async function rangeSource(git, revs, scope, { withFacts = true } = {}) {
  const range = revs.length ? await listRange(git, revs) : { commits: [], blobs: /* @__PURE__ */ new Map() };
  const meta = /* @__PURE__ */ new Map();
  return {
    mode: "history",
    scope: `${scope} in ${git.dir}`,
    root: git.dir,
    exposure: "history",
    tree: commitFiles(git, null),
    items: (context2) => readRange(git, range, context2),
    onCommit: (m) => meta.set(m.oid, m),
    async settle(raw, context2) {
      const { added: findings, preExisting } = await splitByEarlier(
        attributeRange(raw, range, meta),
        (f) => earlierInRange(f, range),
        new EarlierVersions(git, context2.engine)
      );
      if (!withFacts) return { findings, preExisting, warnings: [] };
      const facts = await gatherFacts(
        git,
        findings,
        /* @__PURE__ */ new Set(),
        new RefReach(git, await refTips(git)),
        await isShallow(git)
      );
      await exposeHistory(git, findings, facts);
      return { findings, preExisting, warnings: [], facts };
    }
  };
}
var init_range = __esm({
  "src/sources/range.ts"() {
    "use strict";
    init_git();
    init_attribution();
    init_facts();
    init_rawlog();
    init_object_read();
    init_tree_files();
    init_exposure();
  }
});

// src/history/purge-kit.ts
var purge_kit_exports = {};
__export(purge_kit_exports, {
  REDACTION: () => REDACTION,
  checkKitFolder: () => checkKitFolder,
  writePurgeKit: () => writePurgeKit
});
import { realpathSync as realpathSync2 } from "node:fs";
import { isAbsolute as isAbsolute3, relative as relative3, resolve as resolve7 } from "node:path";
function inside(parent, child) {
  const rel = relative3(parent, child);
  return rel === "" || !rel.startsWith("..") && !isAbsolute3(rel);
}
function realish(path) {
  try {
    return realpathSync2(path);
  } catch {
    return resolve7(path);
  }
}
async function checkKitFolder(target, git) {
  const dir = realish(target);
  const gitDir = realish(resolve7(git.dir, await git.text(["rev-parse", "--git-dir"])));
  const workTree = await git.text(["rev-parse", "--is-bare-repository"]) === "true" ? null : realish(git.dir);
  if (workTree && inside(workTree, dir) || inside(gitDir, dir)) {
    throw new UserError(
      `refusing to write the purge kit inside the repository (${dir}): it holds the full keys. Choose a folder outside it, e.g. --write-purge ../flora-purge`
    );
  }
  checkPrivateFolder(resolve7(target));
  return resolve7(target);
}
async function writePurgeKit(target, git, findings) {
  const root = git.dir;
  const dir = await checkKitFolder(target, git);
  createPrivateFolder(dir);
  const forms = /* @__PURE__ */ new Set();
  for (const f of findings) {
    forms.add(f.secret);
    if (f.encodedText && !/[\r\n]/.test(f.encodedText)) forms.add(f.encodedText);
  }
  const lines = [...forms].sort((a, b) => b.length - a.length).map((form) => `literal:${form}==>${REDACTION}`);
  const paths = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const blob = blobOf(f);
    if (blob) paths.set(blob, (paths.get(blob) ?? /* @__PURE__ */ new Set()).add(pathOf(f) ?? "(no path)"));
  }
  const stripped = [];
  for await (const object of git.readObjects([...paths.keys()])) {
    if (object.bytes && object.bytes.subarray(0, FILTER_REPO_BINARY_SNIFF).includes(0))
      stripped.push({ blob: object.oid, paths: [...paths.get(object.oid)].sort() });
  }
  const write = (name, text, mode) => createPrivateFile(dir, name, text, mode);
  write("replacements.txt", lines.join("\n") + "\n", 384);
  if (stripped.length)
    write("strip-blob-ids.txt", stripped.map((s) => s.blob).join("\n") + "\n", 384);
  write("purge.sh", purgeScript(root, findings, forms.size, stripped), 448);
  return {
    dir,
    secrets: new Set(findings.map((f) => f.secretSha256)).size,
    forms: forms.size,
    stripped
  };
}
function purgeScript(root, findings, forms, stripped) {
  const secrets = new Set(findings.map((f) => f.redacted + " " + f.secretSha256.slice(0, 12)));
  return `#!/bin/sh
# flora-keyscan purge kit, written ${isoUtc(/* @__PURE__ */ new Date())} for ${root}
#
# What it does: rewrites EVERY branch and tag of that repository with git filter-repo, so that
#   - ${secrets.size} secret(s), in the ${forms} form(s) they were found in (plain and encoded), become
#     ${REDACTION} in file contents (--replace-text) and in commit and tag messages (--replace-message):
${[...secrets].map((s) => `#       ${s}`).join("\n")}
#   - ${stripped.length ? `${stripped.length} file version(s) git filter-repo cannot edit (binary or UTF-16) are REMOVED from history:` : "no file needs to be removed (none is binary or UTF-16)."}
${stripped.map((s) => `#       ${s.paths.join(", ")} (blob ${s.blob.slice(0, 12)})`).join("\n")}
#
# It changes your local clone only and never pushes. git filter-repo wants a fresh clone; pass
# --force to run it in this one (extra arguments go to git filter-repo). It also removes the
# "origin" remote, so that nothing is pushed by accident.
#
# This folder holds the full keys: delete it when you are done.
set -eu
kit=$(cd "$(dirname "$0")" && pwd)
cd ${shellQuote(root)}
# filter-repo removes the remotes: note them (without any credentials in their URLs) to say how to
# re-add them afterwards.
remotes=$(git remote -v | awk '$3 == "(push)" { print $1, $2 }' | sed -E 's#://[^/@]*@#://#')
git filter-repo \\
  --replace-text "$kit/replacements.txt" \\
  --replace-message "$kit/replacements.txt" \\${stripped.length ? '\n  --strip-blobs-with-ids "$kit/strip-blob-ids.txt" \\' : ""}
  "$@"
echo
echo 'History rewritten locally. Next:'
echo '  1. Check it: flora-keyscan history --verify-clean   (must find nothing in any ref)'
if [ -n "$remotes" ]; then
  echo '  2. Force-push every branch and tag to each remote (re-adding those git filter-repo removed):'
  printf '%s\\n' "$remotes" | while read -r name url; do
    git remote get-url "$name" >/dev/null 2>&1 || echo "       git remote add $name $url"
    echo "       git push --force --all $name && git push --force --tags $name"
  done
else
  echo '  2. Force-push every branch and tag:'
  echo '       git push --force --all <remote> && git push --force --tags <remote>'
fi
cat <<'NEXT'
  3. Tell every collaborator to re-clone; old clones, forks and pull-request refs still hold the keys.
  4. The keys stay compromised: revoke them with their provider even after the purge.
  5. Delete this kit folder: it holds the full keys.
NEXT
`;
}
var REDACTION, FILTER_REPO_BINARY_SNIFF, shellQuote;
var init_purge_kit = __esm({
  "src/history/purge-kit.ts"() {
    "use strict";
    init_errors();
    init_findings();
    init_time();
    init_safe_write();
    REDACTION = "***REMOVED***";
    FILTER_REPO_BINARY_SNIFF = 8192;
    shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  }
});

// src/commands/history.ts
var history_exports = {};
__export(history_exports, {
  runHistory: () => runHistory
});
import { existsSync as existsSync4 } from "node:fs";
import { resolve as resolve8 } from "node:path";
function checkHistoryFlags(args, flags) {
  if (args.length > 1) throw new UsageError("history takes one repository path");
  if (flags.since && flags["all-objects"])
    throw new UsageError(
      "--since and --all-objects do not go together: --since scans a range of commits"
    );
  if (flags["only-live"] && !flags["write-purge"])
    throw new UsageError("--only-live narrows --write-purge; use them together");
  if (flags["only-live"] && !flags.verify)
    throw new UsageError("--only-live needs --verify: without a probe no key is known to be live");
}
async function sourceFor(git, flags, io) {
  if (flags.since) {
    return rangeSource(git, [`${flags.since}..HEAD`], `commits since ${flags.since}`);
  }
  const threads = flags.threads ? wholeNumber(flags.threads, "--threads", 1, 64) : 1;
  return historySource(git, {
    allObjects: flags["all-objects"] === true,
    threads,
    fetchMissing: flags["fetch-missing"] === true,
    env: io.env
  });
}
async function writeKit(target, git, secrets, onlyLive, io) {
  const chosen = onlyLive ? secrets.filter((f) => f.verification?.status === "live") : secrets;
  if (chosen.length === 0) {
    io.stderr.write(
      `flora-keyscan: no purge kit written: ${onlyLive ? "no key was verified live" : "nothing was found"}.
`
    );
    return;
  }
  const { writePurgeKit: writePurgeKit2 } = await Promise.resolve().then(() => (init_purge_kit(), purge_kit_exports));
  io.stderr.write(purgeKitWritten(await writePurgeKit2(resolve8(io.cwd, target), git, chosen)));
}
async function runHistory({ args, flags }, io) {
  checkHistoryFlags(args, flags);
  const target = resolve8(io.cwd, args[0] ?? ".");
  if (!existsSync4(target)) throw new UserError(`no such file or directory: ${target}`);
  const git = await requireRepository(target, io.env);
  if (flags.since && !await hasCommit(git, flags.since))
    throw new UserError(`unknown revision for --since: ${flags.since}`);
  const policy = policyFor(await policyFiles(git, git.dir, flags, flags.since), flags, io);
  const probe2 = await checkReportFlags(flags, io, policy);
  const notices = flags.since ? await policyChangeNotices(git, flags.since, flags) : [];
  if (flags["write-purge"])
    await (await Promise.resolve().then(() => (init_purge_kit(), purge_kit_exports))).checkKitFolder(resolve8(io.cwd, flags["write-purge"]), git);
  const { report, secrets, code: code2 } = await scanAndReport(
    await sourceFor(git, flags, io),
    policy,
    probe2,
    flags,
    io,
    notices
  );
  if (flags["write-purge"])
    await writeKit(flags["write-purge"], git, secrets, flags["only-live"] === true, io);
  const keys = new Set(report.findings.map((f) => f.secretSha256)).size;
  if (flags["verify-clean"])
    io.stderr.write(
      keys ? `flora-keyscan: not clean: ${keys} key(s) still in history.
` : CLEAN_AFTER_PURGE + "\n"
    );
  const unread = report.stats.unreadable.length;
  if (unread)
    io.stderr.write(
      `flora-keyscan: ${unread} object${unread === 1 ? "" : "s"} could not be read (listed in the report); the scan is incomplete.
`
    );
  return code2;
}
var init_history2 = __esm({
  "src/commands/history.ts"() {
    "use strict";
    init_errors();
    init_git();
    init_messages();
    init_history();
    init_range();
    init_numbers();
    init_setup();
  }
});

// src/commands/verify.ts
var verify_exports = {};
__export(verify_exports, {
  runVerify: () => runVerify
});
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
function keyVariables(book) {
  const checked = new Set(book.rules.filter((r) => r.verify).map((r) => r.provider));
  return book.providers.filter((p) => checked.has(p.id) && p.envVar).map((p) => p.envVar);
}
async function readKey(io, variables) {
  const fromStdin = io.stdin && !io.stdin.isTTY ? (await readAll(io.stdin)).trim() : "";
  const key = fromStdin || variables.map((v) => (io.env[v] ?? "").trim()).find(Boolean) || "";
  if (!key)
    throw new UserError(
      `no key to verify: pipe it on stdin (flora-keyscan verify < key.txt) or set ${variables.join(" or ")}`
    );
  return key;
}
async function runVerify({ args, flags }, io) {
  const book = loadRuleBook();
  const variables = keyVariables(book);
  if (args.length)
    throw new UsageError(
      `verify takes no key argument (it would land in your shell history): pipe the key on stdin or set ${variables.join(" or ")}`
    );
  const format = chooseFormat(flags, io, VERDICT_FORMATS);
  const key = await readKey(io, variables);
  const { rules, providers } = book;
  const options = await probeOptions(flags, io, rules);
  const checkable2 = rules.filter((r) => r.verify);
  const [finding] = new Engine(rules).scan(Buffer.from(key), {
    kind: "file",
    path: "stdin"
  }).findings;
  if (!finding || finding.secret !== key) {
    const prefixes = [...new Set(checkable2.flatMap((r) => r.prefixes))].map((p) => `${p}\u2026`).join(" or ");
    throw new UserError(
      `this does not look like a key flora-keyscan can check (${redact(key)}): expected ${prefixes} with a random body`
    );
  }
  const probe2 = rules.find((r) => r.id === finding.ruleId)?.verify;
  const name = providers.find((p) => p.id === finding.provider)?.name ?? finding.provider;
  if (finding.publicExample)
    throw new UserError(
      `this is a published example key (${finding.redacted}, ${finding.providerEvidence.detail}): it is public, and never sent`
    );
  if (!probe2) {
    throw new UserError(
      checkable2.some((r) => r.provider === finding.provider) ? `rule ${finding.ruleId} has no live check` : `this looks like a ${name} key (${finding.redacted}); it is never sent to another provider`
    );
  }
  const verification = await probeKey(key, probe2, {
    ...options,
    baseUrl: options.baseUrlOf(probe2)
  });
  const render = await FORMATS[format].verdict();
  deliver(
    render({
      redacted: finding.redacted,
      secretSha256: finding.secretSha256,
      provider: name,
      verification
    }),
    flags,
    io
  );
  return verification.status === "live" ? 0 : verification.status === "inactive" ? 1 : 2;
}
var init_verify = __esm({
  "src/commands/verify.ts"() {
    "use strict";
    init_errors();
    init_formats();
    init_load();
    init_engine();
    init_secret();
    init_probe();
    init_output();
    init_setup();
  }
});

// src/rules/examples.ts
import { randomInt } from "node:crypto";
function keyLikeBody(length, alphabet = BASE62) {
  for (; ; ) {
    let body = "";
    for (let i = 0; i < length; i++) body += alphabet[randomInt(alphabet.length)];
    const most = Math.log2(Math.max(Math.min(length, alphabet.length), 2));
    if (shannonEntropy(body) >= Math.min(MIN_EXAMPLE_ENTROPY, 0.8 * most)) return body;
  }
}
function expandTemplate(example) {
  return example.replace(
    /\{\{(random|hex|upperhex|repeat|sequence):([^}]*)\}\}/g,
    (_, kind, arg) => {
      if (kind === "random") return keyLikeBody(Number(arg));
      if (kind === "hex") return keyLikeBody(Number(arg), "0123456789abcdef");
      if (kind === "upperhex") return keyLikeBody(Number(arg), "0123456789ABCDEF");
      if (kind === "sequence") return SEQUENCE.slice(0, Number(arg));
      const [char, count2] = arg.split(":");
      return (char ?? "").repeat(Number(count2));
    }
  );
}
function checkRuleExamples(rules) {
  const engine = new Engine(rules);
  const failures = [];
  const found = (rule, example) => engine.scan(Buffer.from(expandTemplate(example)), { kind: "file", path: "example" }).findings.some((f) => f.ruleId === rule.id);
  for (const rule of rules) {
    for (const example of rule.examples)
      if (!found(rule, example)) failures.push({ ruleId: rule.id, example, problem: "missed" });
    for (const example of rule.negativeExamples)
      if (found(rule, example))
        failures.push({ ruleId: rule.id, example, problem: "matched negative example" });
  }
  return failures;
}
var BASE62, SEQUENCE, MIN_EXAMPLE_ENTROPY;
var init_examples = __esm({
  "src/rules/examples.ts"() {
    "use strict";
    init_engine();
    init_entropy();
    BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    SEQUENCE = "0123456789abcdefghijklmnopqrstuvwxyz";
    MIN_EXAMPLE_ENTROPY = 3.2;
  }
});

// src/commands/rules.ts
var rules_exports = {};
__export(rules_exports, {
  runRules: () => runRules
});
async function runRules({ args, flags }, io) {
  if (args[0] !== "check" || args.length > 1)
    throw new UsageError("usage: flora-keyscan rules check");
  const git = await findWorkTree(io.cwd, io.env);
  const rules = loadRules(
    loadConfig(await policyFiles(git, git?.dir ?? io.cwd, flags), flags.config, io.cwd).rules
  );
  const failures = checkRuleExamples(rules);
  for (const f of failures) io.stdout.write(`\u2716 ${f.ruleId}: ${f.problem}: ${f.example}
`);
  const examples = rules.reduce((n, r) => n + r.examples.length + r.negativeExamples.length, 0);
  io.stdout.write(`${rules.length} rules, ${examples} examples, ${failures.length} failing
`);
  return failures.length ? 1 : 0;
}
var init_rules = __esm({
  "src/commands/rules.ts"() {
    "use strict";
    init_config();
    init_errors();
    init_git();
    init_examples();
    init_load();
    init_setup();
  }
});

// src/commands/install.ts
var install_exports = {};
__export(install_exports, {
  BEGIN: () => BEGIN,
  HOOKS: () => HOOKS,
  hookCli: () => hookCli,
  hookFolder: () => hookFolder,
  runInstall: () => runInstall
});
import {
  chmodSync,
  existsSync as existsSync5,
  mkdirSync as mkdirSync2,
  readFileSync as readFileSync9,
  renameSync as renameSync2,
  rmSync as rmSync3,
  writeFileSync
} from "node:fs";
import { delimiter, join as join11, relative as relative4, resolve as resolve9 } from "node:path";
function resolveLines(hook) {
  const action = hook === "pre-commit" ? "commit" : "push";
  return [
    `  if [ -x ${LOCAL_BIN} ]; then flora_keyscan=${LOCAL_BIN}`,
    "  elif command -v flora-keyscan >/dev/null 2>&1; then flora_keyscan=flora-keyscan",
    "  else",
    `    echo "flora-keyscan: the ${hook} hook cannot find flora-keyscan (not in node_modules/.bin, not on PATH)." >&2`,
    `    echo "Install it (npm install --save-dev flora-keyscan), or skip the check once: FLORA_KEYSCAN=0 git ${action} ..." >&2`,
    "    exit 1",
    "  fi"
  ];
}
function block(hook, chain) {
  const lines = [
    BEGIN,
    "# Added by flora-keyscan install; flora-keyscan uninstall removes it. FLORA_KEYSCAN=0 skips it once."
  ];
  if (hook === "pre-push") lines.push("flora_keyscan_input=$(cat)");
  lines.push('if [ "${FLORA_KEYSCAN:-1}" != "0" ]; then', ...resolveLines(hook));
  if (hook === "pre-commit") lines.push('  "$flora_keyscan" staged --quiet || exit $?');
  else
    lines.push(
      `  printf '%s\\n' "$flora_keyscan_input" | "$flora_keyscan" pre-push --quiet "$@" || exit $?`
    );
  lines.push("fi");
  const chained = `"$(dirname "$0")/${hook}${CHAINED_SUFFIX}"`;
  if (chain && hook === "pre-commit")
    lines.push(`if [ -x ${chained} ]; then exec ${chained} "$@"; fi`);
  if (chain && hook === "pre-push")
    lines.push(
      `if [ -x ${chained} ]; then printf '%s\\n' "$flora_keyscan_input" | ${chained} "$@"; exit $?; fi`
    );
  if (!chain && hook === "pre-push")
    lines.push("exec <<FLORA_KEYSCAN_INPUT", "$flora_keyscan_input", "FLORA_KEYSCAN_INPUT");
  return [...lines, END].join("\n");
}
function withoutBlock(text) {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) return text;
  return text.slice(0, start) + text.slice(end + END.length).replace(/^\n/, "");
}
async function hookFolder(git) {
  const hooksPath = (await git.raw(["config", "--get", "core.hooksPath"])).stdout.toString("utf8").trim();
  const dir = resolve9(git.dir, await git.text(["rev-parse", "--git-path", "hooks"]));
  const husky = join11(git.dir, ".husky");
  if (!existsSync5(husky)) return { dir, husky: false };
  const active = hooksPath !== "" && [join11(husky, "_"), husky].includes(resolve9(git.dir, hooksPath).replace(/\/$/, ""));
  if (active) return { dir: husky, husky: true };
  return {
    dir,
    husky: false,
    note: `.husky/ is here, but git does not run it (core.hooksPath is ${hooksPath || "not set"}): the hook goes where git looks, ${relative4(git.dir, dir) || dir}.`
  };
}
function hookCli(root, env) {
  if (existsSync5(join11(root, LOCAL_BIN))) return join11(root, LOCAL_BIN);
  const found = (env.PATH ?? "").split(delimiter).find((d) => d && existsSync5(join11(d, "flora-keyscan")));
  return found ? join11(found, "flora-keyscan") : null;
}
function whichCli(root, env) {
  const cli = hookCli(root, env);
  if (cli?.startsWith(root)) return `it runs ${LOCAL_BIN}`;
  if (cli) return `it runs flora-keyscan from your PATH (${cli})`;
  return "warning: flora-keyscan is not in node_modules/.bin nor on PATH, so the hook will refuse commits until it is: npm install --save-dev flora-keyscan";
}
function installHusky(file, hook) {
  const before = existsSync5(file) ? readFileSync9(file, "utf8") : "";
  if (before.includes(BEGIN)) return "already";
  const shebang = /^#!.*\n/.exec(before)?.[0] ?? "";
  writeFileSync(file, `${shebang}${block(hook, false)}
${before.slice(shebang.length)}`);
  chmodSync(file, 493);
  return "added";
}
function installPlain(file, hook) {
  const current = existsSync5(file) ? readFileSync9(file, "utf8") : null;
  if (current?.includes(BEGIN)) return "already";
  mkdirSync2(resolve9(file, ".."), { recursive: true });
  if (current !== null) renameSync2(file, file + CHAINED_SUFFIX);
  writeFileSync(file, `#!/bin/sh
${block(hook, true)}
`);
  chmodSync(file, 493);
  return current !== null ? "chained" : "added";
}
function uninstall(file, husky) {
  const current = existsSync5(file) ? readFileSync9(file, "utf8") : "";
  if (!current.includes(BEGIN)) return "absent";
  const rest = withoutBlock(current);
  const chained = file + CHAINED_SUFFIX;
  if (!trivial(rest)) {
    writeFileSync(file, rest);
    return !husky && existsSync5(chained) ? `kept your lines; your earlier hook is still at ${chained}` : "removed";
  }
  rmSync3(file);
  if (!husky && existsSync5(chained)) {
    renameSync2(chained, file);
    return "removed; your previous hook is back";
  }
  return "removed";
}
async function runInstall({ command: verb, args, flags }, io) {
  if (args.length)
    throw new UsageError(`${verb} takes no arguments (use --hook pre-commit|pre-push)`);
  const hook = flags.hook ?? "pre-commit";
  if (!HOOKS.includes(hook))
    throw new UsageError(`--hook must be pre-commit or pre-push (got "${flags.hook}")`);
  const git = await requireWorkTree(io.cwd, io.env);
  const { dir, husky, note } = await hookFolder(git);
  const file = join11(dir, hook);
  const where = relative4(git.dir, file) || file;
  const say = (text) => void io.stdout.write(text + "\n");
  if (note) say(`note: ${note}`);
  if (verb === "uninstall") {
    const result2 = uninstall(file, husky);
    say(
      result2 === "absent" ? `flora-keyscan is not in ${where}` : `flora-keyscan ${hook} scan ${result2} (${where})`
    );
    return 0;
  }
  const result = husky ? installHusky(file, hook) : installPlain(file, hook);
  if (result === "already") say(`flora-keyscan is already in ${where}`);
  else
    say(
      `added the ${hook} scan to ${where}${husky ? " (husky), first in the file" : ""}${result === "chained" ? `; your existing hook still runs after it, from ${hook}${CHAINED_SUFFIX}` : ""}`
    );
  say(`When it runs, ${whichCli(git.dir, io.env)}.`);
  return 0;
}
var BEGIN, END, CHAINED_SUFFIX, HOOKS, LOCAL_BIN, trivial;
var init_install = __esm({
  "src/commands/install.ts"() {
    "use strict";
    init_errors();
    init_git();
    BEGIN = "# >>> flora-keyscan >>>";
    END = "# <<< flora-keyscan <<<";
    CHAINED_SUFFIX = ".flora-keyscan-chained";
    HOOKS = ["pre-commit", "pre-push"];
    LOCAL_BIN = "./node_modules/.bin/flora-keyscan";
    trivial = (text) => text.replace(/^#!.*$/m, "").trim() === "";
  }
});

// src/commands/baseline.ts
var baseline_exports = {};
__export(baseline_exports, {
  runBaseline: () => runBaseline
});
import { appendFileSync as appendFileSync2, existsSync as existsSync6 } from "node:fs";
async function runBaseline({ args, flags }, io) {
  const plan2 = await planWorktree({
    cwd: io.cwd,
    env: io.env,
    paths: args,
    includeIgnored: flags["include-ignored"] === true
  });
  const git = plan2.inRepo ? await findWorkTree(plan2.root, io.env) : null;
  const policy = policyFor(await policyFiles(git, plan2.root, flags), flags, io);
  const { report } = await runPipeline(worktreeSource(plan2), { policy, signal: io.signal });
  const lines = baselineLines(
    report.findings,
    policy.ignore,
    (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
  );
  if (lines.length) {
    const header = existsSync6(policy.ignore.file) ? "" : "# flora-keyscan: reviewed findings accepted by fingerprint (flora-keyscan baseline)\n";
    appendFileSync2(policy.ignore.file, header + lines.join("\n") + "\n");
  }
  io.stdout.write(
    `${lines.length} new entr${lines.length === 1 ? "y" : "ies"} written to ${policy.ignore.file}
`
  );
  return 0;
}
var init_baseline = __esm({
  "src/commands/baseline.ts"() {
    "use strict";
    init_ignore();
    init_pipeline();
    init_worktree();
    init_setup();
    init_git();
  }
});

// src/commands/doctor.ts
var doctor_exports = {};
__export(doctor_exports, {
  runDoctor: () => runDoctor
});
import { spawnSync } from "node:child_process";
import { existsSync as existsSync7, readFileSync as readFileSync10 } from "node:fs";
import { join as join12, relative as relative5 } from "node:path";
function hookOwner(text) {
  if (text.includes(BEGIN)) return "runs flora-keyscan (installed by flora-keyscan install)";
  if (/generated by pre-commit/i.test(text)) return "the pre-commit framework";
  if (text.includes("flora-keyscan")) return "a hook of your own that mentions flora-keyscan";
  return "a hook without flora-keyscan";
}
function frameworkListsUs(root) {
  const config = join12(root, ".pre-commit-config.yaml");
  return existsSync7(config) && /id:\s*flora-keyscan\b/.test(readFileSync10(config, "utf8"));
}
async function runDoctor({ args }, io) {
  if (args.length) throw new UsageError("doctor takes no arguments");
  const say = (text) => void io.stdout.write(text + "\n");
  const problems = [];
  say(`flora-keyscan ${toolVersion()} (this copy: ${PACKAGE_ROOT})`);
  const git = await requireWorkTree(io.cwd, io.env);
  const { dir, husky, note } = await hookFolder(git);
  if (note) problems.push(note);
  let active = false;
  for (const hook of HOOKS) {
    const file = join12(dir, hook);
    const where = relative5(git.dir, file) || file;
    if (!existsSync7(file)) {
      say(`${hook}: no hook (${where})`);
      continue;
    }
    const owner = hookOwner(readFileSync10(file, "utf8"));
    say(`${hook}: ${where}${husky ? " (husky)" : ""}: ${owner}`);
    if (owner === "the pre-commit framework")
      say(
        `  .pre-commit-config.yaml ${frameworkListsUs(git.dir) ? "lists" : "does not list"} flora-keyscan`
      );
    active ||= owner.startsWith("runs flora-keyscan") || frameworkListsUs(git.dir);
  }
  if (!active) problems.push("no hook runs flora-keyscan: run flora-keyscan install");
  const cli = hookCli(git.dir, io.env);
  if (!cli)
    problems.push(
      "the hook would find no flora-keyscan (not in node_modules/.bin, not on PATH): npm install --save-dev flora-keyscan"
    );
  else {
    const ran = spawnSync(cli, ["--version"], { encoding: "utf8", timeout: 2e4, env: io.env });
    const version = ran.status === 0 ? ran.stdout.trim() : null;
    say(`the hook runs: ${cli}${version ? `, version ${version}` : ""}`);
    if (!version)
      problems.push(
        `${cli} does not run (${ran.error?.message ?? `exit ${ran.status}: ${ran.stderr.trim().split("\n")[0]}`}): reinstall it`
      );
    else if (version !== toolVersion())
      say(`  note: a different version from this one (${toolVersion()})`);
  }
  for (const problem of problems) say(`problem: ${problem}`);
  say(problems.length ? `${problems.length} problem(s) to fix.` : "All good.");
  return problems.length ? 1 : 0;
}
var init_doctor = __esm({
  "src/commands/doctor.ts"() {
    "use strict";
    init_errors();
    init_git();
    init_package_root();
    init_version();
    init_install();
  }
});

// src/commands/pre-push.ts
var pre_push_exports = {};
__export(pre_push_exports, {
  runPrePush: () => runPrePush
});
async function pushedRevisions(git, input, remote) {
  const revs = [];
  for (const line of input.split("\n")) {
    const [, localOid = "", , remoteOid = ""] = line.trim().split(/\s+/);
    if (!localOid || ZERO_OID.test(localOid)) continue;
    const known = remoteOid && !ZERO_OID.test(remoteOid) && (await git.raw(["cat-file", "-e", `${remoteOid}^{commit}`])).code === 0;
    revs.push(
      ...known ? [`${remoteOid}..${localOid}`] : [localOid, "--not", `--remotes=${remote}`]
    );
  }
  return revs;
}
async function runPrePush({ args, flags }, io) {
  const git = await requireRepository(io.cwd, io.env);
  const policy = policyFor(await policyFiles(git, git.dir, flags), flags, io);
  let input = "";
  if (io.stdin)
    for await (const chunk of io.stdin) input += chunk.toString("utf8");
  const source = await rangeSource(
    git,
    await pushedRevisions(git, input, args[0] ?? "origin"),
    "commits being pushed",
    { withFacts: false }
  );
  const { report } = await runPipeline(source, {
    policy,
    signal: io.signal,
    allContent: flags["all-content"] === true,
    blocking: "push"
  });
  if (report.findings.length || report.preExisting.length || !flags.quiet)
    await emit(report, flags, io);
  return exitCode(report, flags);
}
var ZERO_OID;
var init_pre_push = __esm({
  "src/commands/pre-push.ts"() {
    "use strict";
    init_git();
    init_pipeline();
    init_range();
    init_output();
    init_setup();
    ZERO_OID = /^0+$/;
  }
});

// src/cli.ts
init_numbers();
import { existsSync as existsSync8 } from "node:fs";
import { resolve as resolve10 } from "node:path";
import { parseArgs } from "node:util";

// src/cli/suggest.ts
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...new Array(b.length).fill(0)
  ]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}
function closest(word, known) {
  if (word.length > 64) return null;
  let best = null;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

// src/cli/commands.ts
var REPORT_FLAGS = [
  "format",
  "output",
  "no-color",
  "quiet",
  "config",
  "max-file-size",
  "no-decode",
  "verify",
  "verify-unattributed",
  "api-base-url",
  "fail-on",
  "concurrency",
  "timeout",
  "report-unused-ignores",
  "no-repo-config",
  "no-playbook"
];
var HISTORY_FLAGS = [
  "all-objects",
  "fetch-missing",
  "since",
  "threads",
  "write-purge",
  "only-live",
  "verify-clean",
  "all-content"
];
var COMMANDS = {
  scan: {
    usage: "[scan] [PATH...]",
    summary: "scan the working tree (default: .); files or folders",
    examples: [
      "flora-keyscan                      # the working tree of the repository you are in",
      "flora-keyscan src config/.env      # only these",
      "flora-keyscan --format sarif --output keys.sarif"
    ],
    flags: [...REPORT_FLAGS, "include-ignored"],
    load: async () => (await Promise.resolve().then(() => (init_scan(), scan_exports))).runScan
  },
  staged: {
    usage: "staged",
    summary: "scan what the next commit adds (the git index against HEAD)",
    examples: [
      "flora-keyscan staged               # what the pre-commit hook runs",
      "flora-keyscan staged --all-content # keys already committed block too"
    ],
    flags: [...REPORT_FLAGS, "all-content"],
    load: async () => (await Promise.resolve().then(() => (init_scan(), scan_exports))).runStaged
  },
  history: {
    usage: "history [PATH]",
    summary: "scan every commit reachable from any ref",
    examples: [
      "flora-keyscan history --verify     # after a leak: which keys, where, still live?",
      "flora-keyscan history --since origin/main   # a pull request",
      "flora-keyscan history --write-purge ../purge-kit"
    ],
    flags: [...REPORT_FLAGS, ...HISTORY_FLAGS],
    load: async () => (await Promise.resolve().then(() => (init_history2(), history_exports))).runHistory
  },
  verify: {
    usage: "verify",
    summary: "check one key from stdin or FLORA_API_KEY: live or not",
    examples: ["flora-keyscan verify < key.txt", "FLORA_API_KEY=\u2026 flora-keyscan verify"],
    flags: ["api-base-url", "timeout", "format", "no-color"],
    load: async () => (await Promise.resolve().then(() => (init_verify(), verify_exports))).runVerify
  },
  rules: {
    usage: "rules check",
    summary: "run every rule's examples (built-in and from config)",
    examples: ["flora-keyscan rules check"],
    flags: ["config", "no-color", "no-repo-config"],
    load: async () => (await Promise.resolve().then(() => (init_rules(), rules_exports))).runRules
  },
  install: {
    usage: "install",
    summary: "add the git hook",
    examples: ["flora-keyscan install", "flora-keyscan install --hook pre-push"],
    flags: ["hook"],
    load: async () => (await Promise.resolve().then(() => (init_install(), install_exports))).runInstall
  },
  uninstall: {
    usage: "uninstall",
    summary: "remove the git hook",
    examples: ["flora-keyscan uninstall", "flora-keyscan uninstall --hook pre-push"],
    flags: ["hook"],
    load: async () => (await Promise.resolve().then(() => (init_install(), install_exports))).runInstall
  },
  baseline: {
    usage: "baseline [PATH...]",
    summary: "accept current findings in .flora-keyscan-ignore",
    examples: ["flora-keyscan baseline   # review .flora-keyscan-ignore, then commit it"],
    flags: ["config", "max-file-size", "no-decode", "include-ignored", "no-repo-config"],
    load: async () => (await Promise.resolve().then(() => (init_baseline(), baseline_exports))).runBaseline
  },
  doctor: {
    usage: "doctor",
    summary: "which hooks run flora-keyscan, which copy they run, and whether it works",
    examples: ["flora-keyscan doctor     # the first thing to run when a hook misbehaves"],
    flags: [],
    load: async () => (await Promise.resolve().then(() => (init_doctor(), doctor_exports))).runDoctor
  },
  "pre-push": {
    usage: "pre-push REMOTE",
    summary: "what the pre-push hook runs: scans what the pushed commits add (refs on stdin)",
    examples: ["(run by the pre-push hook: git gives it the refs on stdin)"],
    flags: [...REPORT_FLAGS, "all-content"],
    load: async () => (await Promise.resolve().then(() => (init_pre_push(), pre_push_exports))).runPrePush
  }
};

// src/cli/options.ts
var OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "no-color": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  config: { type: "string" },
  "include-ignored": { type: "boolean" },
  "max-file-size": { type: "string" },
  "no-decode": { type: "boolean" },
  verify: { type: "boolean" },
  "verify-unattributed": { type: "boolean" },
  "api-base-url": { type: "string" },
  "fail-on": { type: "string" },
  concurrency: { type: "string" },
  timeout: { type: "string" },
  "all-objects": { type: "boolean" },
  since: { type: "string" },
  threads: { type: "string" },
  "write-purge": { type: "string" },
  "only-live": { type: "boolean" },
  "verify-clean": { type: "boolean" },
  "fetch-missing": { type: "boolean" },
  hook: { type: "string" },
  "report-unused-ignores": { type: "boolean" },
  "no-repo-config": { type: "boolean" },
  "all-content": { type: "boolean" },
  "no-playbook": { type: "boolean" }
};
var OPTION_HELP = {
  format: { arg: "FORMAT", text: "report format: {{formats}}" },
  output: { arg: "FILE", text: "write the report to FILE instead of stdout" },
  "no-color": { text: "no colour (also NO_COLOR=1; FORCE_COLOR=1 forces it)" },
  quiet: { text: "print nothing when there are no findings; no progress" },
  config: { arg: "FILE", text: "use this config file instead of flora-keyscan.config.json" },
  "include-ignored": { text: "scan files git ignores too (working tree)" },
  "max-file-size": {
    arg: "SIZE",
    text: "skip (and name) files above SIZE, e.g. 200MB (default: no limit)"
  },
  "no-decode": { text: "do not look inside encodings (base64, percent, escapes)" },
  verify: { text: "probe each unique key of a rule with a live check, once" },
  "verify-unattributed": {
    text: "with --verify: also probe keys nothing ties to FLORA (they may be another provider\u2019s)"
  },
  "api-base-url": {
    arg: "URL",
    text: "API base URL for probes (default $FLORA_BASE_URL or the rule\u2019s own)"
  },
  timeout: { arg: "SECONDS", text: "per probe (default 10)" },
  concurrency: { arg: "N", text: "probes at a time (default 2)" },
  "fail-on": { arg: "WHAT", text: "any (default) or live: which findings make the exit code 1" },
  "no-repo-config": {
    text: "ignore the repository's own policy: its config file, package.json key and ignore file"
  },
  "all-content": {
    text: "staged, pre-push, --since: keys already committed before the change block too"
  },
  "no-playbook": { text: "list the findings without the advice" },
  "report-unused-ignores": {
    text: "warn about .flora-keyscan-ignore entries that matched nothing"
  },
  hook: { arg: "HOOK", text: "with install/uninstall: pre-commit (default) or pre-push" },
  debug: { text: "stack traces for unexpected errors; phase timings and peak memory" },
  help: { text: "this help" },
  version: { text: "the version" },
  "all-objects": { text: "every object in the database, reachable or not" },
  since: { arg: "REV", text: "only commits of HEAD that REV does not have (REV..HEAD)" },
  threads: {
    arg: "N",
    text: "threads reading pack files (default 1; each extra one needs ~120 MB)"
  },
  "write-purge": { arg: "DIR", text: "write a git filter-repo kit that removes the keys found" },
  "only-live": { text: "with --write-purge and --verify: only keys verified live" },
  "verify-clean": { text: "after a purge: exit 0 only if no key is left in any ref" },
  "fetch-missing": { text: "in a partial clone: download the missing objects first (network)" }
};

// src/cli.ts
init_errors();
init_formats();
init_version();
var ALWAYS = /* @__PURE__ */ new Set(["help", "version", "debug"]);
function optionLine(name) {
  const spec = OPTIONS[name];
  const help = OPTION_HELP[name];
  const left = `${spec.short ? `-${spec.short}, ` : "    "}--${name}${help.arg ? ` ${help.arg}` : ""}`;
  return `  ${left.padEnd(28)}${help.text.replace("{{formats}}", FORMAT_NAMES.join(", "))}`;
}
function helpText() {
  const history = new Set(HISTORY_FLAGS);
  const general = Object.keys(OPTIONS).filter((n) => !history.has(n));
  return [
    "flora-keyscan \u2014 keep FLORA API keys out of git",
    "",
    "Usage:",
    ...Object.values(COMMANDS).map((c) => `  flora-keyscan ${c.usage.padEnd(20)}${c.summary}`),
    "",
    "Options:",
    ...general.map(optionLine),
    "",
    "History options:",
    ...HISTORY_FLAGS.map(optionLine),
    "",
    "Each command's own options and examples: flora-keyscan COMMAND --help",
    "Exit codes: 0 no findings, 1 findings, 2 error (bad input, unreadable content).",
    "A line containing flora-keyscan:allow is never reported."
  ].join("\n");
}
function commandHelp(name) {
  const command = COMMANDS[name];
  return [
    `flora-keyscan ${command.usage} \u2014 ${command.summary}`,
    "",
    "Options:",
    ...[...command.flags, "debug", "help"].map((f) => optionLine(f)),
    "",
    "Examples:",
    ...command.examples.map((e) => `  ${e}`),
    "",
    "All commands: flora-keyscan --help"
  ].join("\n");
}
function unknownOption(error) {
  const message = error.message.split(". ")[0].replace(/\.$/, "");
  const typed = /'(--?[^']+)'/.exec(message)?.[1];
  const meant = typed?.startsWith("--") ? closest(typed.slice(2), Object.keys(OPTIONS)) : null;
  return new UsageError(
    `${message}${meant ? `; did you mean --${meant}?` : ""} (see flora-keyscan --help)`
  );
}
function parseCommandLine(argv, exists = () => false) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw unknownOption(error);
  }
  const [first, ...rest] = parsed.positionals;
  const command = first !== void 0 && Object.hasOwn(COMMANDS, first) ? first : "scan";
  if (first !== void 0 && first !== command && !exists(first)) {
    const meant = closest(first, Object.keys(COMMANDS));
    if (meant)
      throw new UsageError(
        `"${first}" is not a command, nor a file or folder here; did you mean "${meant}"? (to scan a path of that name: flora-keyscan scan ${first})`
      );
  }
  const args = command === "scan" && first !== "scan" ? parsed.positionals : rest;
  const allowed = /* @__PURE__ */ new Set([...COMMANDS[command].flags, ...ALWAYS]);
  for (const flag of Object.keys(parsed.values)) {
    if (!allowed.has(flag))
      throw new UsageError(
        `--${flag} does not apply to "${command}" (see flora-keyscan ${command} --help)`
      );
  }
  checkNumbers(parsed.values);
  return { command, args, flags: parsed.values };
}
async function run(argv, io) {
  let debug = argv.includes("--debug");
  try {
    const invocation = parseCommandLine(argv, (path) => existsSync8(resolve10(io.cwd, path)));
    debug = invocation.flags.debug === true;
    if (invocation.flags.help) {
      const named = argv.some((a) => a === invocation.command);
      io.stdout.write((named ? commandHelp(invocation.command) : helpText()) + "\n");
      return 0;
    }
    if (invocation.flags.version) {
      io.stdout.write(toolVersion() + "\n");
      return 0;
    }
    const runCommand = await COMMANDS[invocation.command].load();
    return await runCommand(invocation, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`flora-keyscan: ${error.message}
`);
      return 2;
    }
    io.stderr.write(
      `flora-keyscan: internal error: ${error.message ?? String(error)}
`
    );
    if (debug) io.stderr.write(`${error.stack ?? ""}
`);
    else io.stderr.write("Run again with --debug for details, and please report it.\n");
    return 2;
  }
}

// src/bin.ts
var controller = new AbortController();
process.once("SIGINT", () => controller.abort());
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    if (stream === process.stdout)
      process.stderr.write(
        `flora-keyscan: cannot write the report: ${error.code === "ENOSPC" ? "no space left on the device" : error.message}
`
      );
    process.exit(2);
  });
}
var code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  signal: controller.signal
});
process.exitCode = code;
if (process.argv.includes("--debug")) {
  process.stderr.write(`debug: peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB
`);
}
