// The provider steps after the engine, for the secrets it left with no evidence (see
// docs/providers.md): their path, then their repository (manifests and env templates in the finding's
// folder and each one above it, nearest first, as the tree the finding was read from has them). Files
// are read once per scan, for all such findings together, and only when there are any.

import { pathOf, type ProviderEvidence, type Rival, type SecretFinding } from './findings.js';
import { dependsOn, MANIFEST_NAMES, parseManifest, type ManifestFacts } from './manifests.js';
import { compilePattern, type Pattern } from './rules/pattern.js';
import type { ProviderSpec, RuleSpec } from './rules/types.js';
import { NOT_NEARBY, shownWord } from './scan/candidates.js';
import { shannonEntropy } from './scan/entropy.js';
import { redact, sha256Hex } from './scan/secret.js';
import { treeFileKey, type TreeFile, type TreeFiles } from './sources/tree-files.js';

const NOWHERE = 'nothing names a provider: not nearby, in its file, its path or the repository';

/** Folders looked at above a finding, nearest first: enough for monorepos, bounded for hostile paths. */
const FOLDER_DEPTH = 8;

/** A rule that could own a secret, with what names its provider. */
interface Choice {
  rule: RuleSpec;
  environment: Rival['environment'];
  /** Set when this rule's match is not the finding's secret. */
  secret?: string;
  words: Pattern;
}

type Found = { choice: Choice; evidence: ProviderEvidence };

/** The folders holding `path`, nearest first, ending with the top folder (''). */
function foldersOf(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  const out: string[] = [];
  for (let n = parts.length; n >= 0 && out.length < FOLDER_DEPTH; n--)
    out.push(parts.slice(0, n).join('/'));
  if (out.at(-1) !== '') out.push('');
  return out;
}

/** The only provider among `choices` that `test` says is named, or a list of several, or none. */
function single(choices: Choice[], test: (c: Choice) => string | null): Found[] {
  const found = new Map<string, Found>();
  for (const choice of choices) {
    const detail = test(choice);
    if (detail !== null && !found.has(choice.rule.provider))
      found.set(choice.rule.provider, { choice, evidence: { kind: 'file', detail } });
  }
  return [...found.values()];
}

function wordIn(words: Pattern, text: string): string | null {
  const m = words.matches(text).next();
  return m.done ? null : text.slice(m.value.start, m.value.end);
}

/** The path, the file's name first, then its folders from the nearest. */
function byPath(path: string, choices: Choice[]): Found | null {
  const parts = path.split('/').reverse();
  for (const [i, part] of parts.entries()) {
    const found = single(choices, (c) => {
      const word = wordIn(c.words, part);
      return word === null ? null : `${i === 0 ? 'file name' : 'folder'} naming ${shownWord(word)}`;
    });
    if (found.length === 1) return found[0]!;
  }
  return null;
}

/** What one folder's manifests say for `choices`: "package.json depends on stripe". */
function inFolder(
  folder: string,
  manifests: (name: string) => ManifestFacts | null,
  choices: Choice[],
): Found[] {
  const at = (name: string) => (folder ? `${folder}/${name}` : name);
  return single(choices, (c) => {
    for (const name of MANIFEST_NAMES) {
      const facts = manifests(name);
      if (!facts) continue;
      const dependency = dependsOn(facts, c.rule.evidence?.packages ?? []);
      if (dependency) return `${at(name)} depends on ${shownWord(dependency)}`;
      const variable = facts.variables.find((v) => wordIn(c.words, v) !== null);
      if (variable) return `${at(name)} names ${shownWord(variable)}`;
    }
    return null;
  }).map((f) => ({ ...f, evidence: { kind: 'repository', detail: f.evidence.detail } }));
}

export class ProviderSettler {
  private readonly rules: Map<string, RuleSpec>;
  private readonly words = new Map<string, Pattern>();

  private readonly names: Map<string, string>;
  /** Secrets whose finding went to a rival with a longer match: old hash → new hash. */
  readonly renamed = new Map<string, string>();

  constructor(
    rules: RuleSpec[],
    providers: ProviderSpec[],
    private readonly tree: TreeFiles | null,
  ) {
    this.rules = new Map(rules.map((r) => [r.id, r]));
    this.names = new Map(providers.map((p) => [p.id, p.name]));
  }

  private choicesOf(f: SecretFinding): Choice[] {
    const out: Choice[] = [];
    for (const { ruleId, environment, secret } of [
      { ruleId: f.ruleId, environment: f.environment } as Rival,
      ...(f.rivals ?? []),
    ]) {
      const rule = this.rules.get(ruleId);
      if (!rule?.context?.pattern) continue;
      let words = this.words.get(ruleId);
      if (!words)
        this.words.set(ruleId, (words = compilePattern(rule.context.pattern, rule.shipped)));
      out.push({ rule, environment, words, ...(secret ? { secret } : {}) });
    }
    return out;
  }

  /** Findings with the evidence their path and repository give; those whose rule needs evidence and found none are dropped. */
  async settle(findings: SecretFinding[]): Promise<SecretFinding[]> {
    const open = findings.filter((f) => f.providerEvidence.kind === 'none');
    const waiting: { finding: SecretFinding; choices: Choice[] }[] = [];
    for (const finding of open) {
      const choices = this.choicesOf(finding);
      const path = pathOf(finding);
      const found =
        path !== null && finding.provenance.kind !== 'path' ? byPath(path, choices) : null;
      if (found) relabel(finding, found, this.renamed);
      else if (choices.length > 0) waiting.push({ finding, choices });
    }
    if (waiting.length > 0 && this.tree) await this.byRepository(waiting, this.tree);
    for (const f of findings) {
      delete f.rivals;
      if (f.providerEvidence.kind === 'none' && f.providerEvidence.detail === NOT_NEARBY)
        f.providerEvidence = { kind: 'none', detail: NOWHERE };
    }
    return findings.filter((f) => {
      const keep = !f.needsEvidence;
      delete f.needsEvidence;
      return keep;
    });
  }

  private async byRepository(
    waiting: { finding: SecretFinding; choices: Choice[] }[],
    tree: TreeFiles,
  ): Promise<void> {
    const wanted = new Map<string, TreeFile>();
    const plan = waiting.map(({ finding, choices }) => {
      const at = tree.treeOf(finding);
      const folders = at === null ? [] : foldersOf(pathOf(finding) ?? '');
      for (const folder of folders)
        for (const name of MANIFEST_NAMES) {
          const file = { tree: at!, path: folder ? `${folder}/${name}` : name };
          wanted.set(treeFileKey(file), file);
        }
      return { finding, choices, at, folders };
    });
    const files = await tree.read([...wanted.values()]);
    const parsed = new Map<string, ManifestFacts | null>();
    const manifest = (file: TreeFile, name: string) => {
      const key = treeFileKey(file);
      if (!parsed.has(key)) {
        const bytes = files.get(key);
        parsed.set(key, bytes ? parseManifest(name, bytes.toString('utf8')) : null);
      }
      return parsed.get(key)!;
    };
    for (const { finding, choices, at, folders } of plan) {
      for (const folder of folders) {
        const found = inFolder(
          folder,
          (name) => manifest({ tree: at!, path: folder ? `${folder}/${name}` : name }, name),
          choices,
        );
        if (found.length === 1) relabel(finding, found[0]!, this.renamed);
        else if (found.length > 1)
          finding.providerEvidence = {
            kind: 'none',
            detail: `the repository uses ${found.map((f) => this.names.get(f.choice.rule.provider) ?? f.choice.rule.provider).join(' and ')} (${found.map((f) => f.evidence.detail).join('; ')})`,
          };
        if (found.length > 0) break;
      }
    }
  }
}

/** The finding as `found`'s rule reports it. */
function relabel(f: SecretFinding, found: Found, renamed: Map<string, string>): void {
  const { rule, environment, secret } = found.choice;
  if (secret) {
    const before = f.secretSha256;
    f.secret = secret;
    f.secretSha256 = sha256Hex(secret);
    const prefix = rule.prefixes.find((p) => secret.startsWith(p)) ?? '';
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
