import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleExamples, expandTemplate } from '../src/rules/examples.js';
import { loadRuleDir, loadRules } from '../src/rules/load.js';
import { placeholderReason } from '../src/scan/placeholder.js';
import { tempDir } from './helpers/repo.js';
import { runCli } from './helpers/cli.js';

describe('shipped rules', () => {
  const rules = loadRules();

  it('ships the FLORA, entropy and other-provider rules', () => {
    expect(rules.map((r) => r.id).sort()).toEqual([
      'apideck-api-key',
      'checkout-secret-key',
      'clerk-secret-key',
      'culqi-secret-key',
      'flora-assigned-secret',
      'flora-live-key',
      'flora-test-key',
      'knock-secret-key',
      'magic-secret-key',
      'moyasar-secret-key',
      'paymongo-secret-key',
      'paystack-secret-key',
      'stripe-secret-key',
      'tap-secret-key',
      'workos-api-key',
      'yoco-secret-key',
    ]);
  });

  // Examples hold random bodies; run them several times so a rule that only works by luck fails.
  it.each(Array.from({ length: 20 }, (_, i) => i))(
    'every rule finds its examples and none of its negative examples (round %i)',
    () => {
      expect(checkRuleExamples(rules)).toEqual([]);
    },
  );

  it('a rule that misses its own example fails the check', () => {
    const broken = {
      ...rules.find((r) => r.id === 'flora-live-key')!,
      examples: ['FLORA_API_KEY=sk_live_{{random:8}}'],
    };
    // Alone, without the rules that own other providers' shapes, its negative examples are its own.
    expect(checkRuleExamples([broken]).filter((f) => f.problem === 'missed')).toEqual([
      {
        ruleId: 'flora-live-key',
        example: 'FLORA_API_KEY=sk_live_{{random:8}}',
        problem: 'missed',
      },
    ]);
  });

  it('a rule that matches a negative example fails the check', () => {
    const broken = {
      ...rules.find((r) => r.id === 'flora-live-key')!,
      placeholderCheck: false,
      minEntropy: 0,
    };
    expect(checkRuleExamples([broken]).map((f) => f.example)).toContain('sk_live_{{repeat:X:32}}');
  });

  it('expands templates into fresh random bodies', () => {
    const a = expandTemplate('x{{random:24}}');
    expect(a).toMatch(/^x[A-Za-z0-9]{24}$/);
    expect(expandTemplate('x{{random:24}}')).not.toBe(a);
    expect(expandTemplate('{{repeat:X:3}}{{sequence:5}}')).toBe('XXX01234');
  });
});

describe('placeholder check', () => {
  const stopwords = loadRules().find((r) => r.id === 'flora-live-key')!.stopwords;
  it.each([
    ['XXXXXXXXXXXXXXXXXXXXXXXX', 'contains "xxxxxx"'],
    ['abababababababababababab', 'too few distinct characters'],
    ['000000000000000000000000', 'contains "000000"'],
    ['aaaaaaaaaaaaaaaaaaaaaaaa', 'too few distinct characters'],
    ['1234567890abcdefghijklmn', 'contains "abcdef"'],
    ['9876543210zyxwvutsrqponm', 'sequential characters'],
    ['exampleKeyQ8d7Fh2kLm9Zx', 'contains "example"'],
    ['DoNotUseQ8d7Fh2kLm9ZxPq', 'contains "donotuse"'],
    ['YourKeyHereQ8d7Fh2kLm9Zx', 'contains "yourkey"'],
    ['your-flora-api-key-here', 'words, not a key'],
    ['INSERT_FLORA_TOKEN', 'contains "insert"'],
    ['PASTE_FLORA_TOKEN_HERE', 'words, not a key'],
  ])('%s is a placeholder (%s)', (body, reason) => {
    expect(placeholderReason(body, stopwords)).toBe(reason);
  });

  it('a random body is not a placeholder', () => {
    expect(placeholderReason('Q8d7Fh2kLm9ZxPqR4tW1vB6n', stopwords)).toBeNull();
  });
});

describe('malformed rules', () => {
  const write = (name: string, body: string) => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), body);
    return dir;
  };
  const provider = { id: 'acme', name: 'ACME' };
  const valid = {
    id: 'x',
    description: 'd',
    provider: 'acme',
    severity: 'high',
    keywords: ['k'],
    pattern: '(?<secret>k\\w+)',
    minEntropy: 1,
    examples: ['kabc'],
  };
  const probe = {
    method: 'GET',
    baseUrl: 'https://api.acme.example/v1',
    path: '/x',
    headers: { Authorization: 'Bearer {{secret}}' },
    live: [200],
    inactive: [401],
  };
  const providerFile = (rule: object) => JSON.stringify({ provider, rules: [rule] });

  it('names the file when it is not JSON', () => {
    const dir = write('bad.json', '{ "id": ');
    expect(() => loadRuleDir(dir)).toThrow(new RegExp(`${join(dir, 'bad.json')}: not valid JSON`));
  });

  it.each([
    [{ ...valid, pattern: '(?<secret>[a-' }, 'field "pattern" is not a valid regular expression'],
    [{ ...valid, pattern: 'k\\w+' }, 'field "pattern" must have a named group'],
    [{ ...valid, severity: 'urgent' }, 'field "severity" must be one of'],
    [{ ...valid, keywords: [] }, 'field "keywords" must name at least one literal'],
    [{ ...valid, minEntropy: 'high' }, 'field "minEntropy" must be a number'],
    [{ ...valid, colour: 'red' }, 'field "colour" is not a known rule field'],
    [{ ...valid, prefixes: ['zz_'] }, 'field "prefixes" "zz_" must contain one of the keywords'],
    [{ ...valid, provider: 'other' }, 'field "provider" is "other", but this file is for "acme"'],
    [
      { ...valid, verify: { ...probe, method: 'POST' } },
      'field "verify.method" must be "GET" or "HEAD"',
    ],
    [
      { ...valid, verify: { ...probe, path: '/x?key={{secret}}', headers: { A: 'b' } } },
      'field "verify.path" must be a plain path',
    ],
    [
      { ...valid, verify: { ...probe, headers: { 'X-Key': '{{secret}}' } } },
      'field "verify.headers" may hold only Authorization and Accept',
    ],
    [
      { ...valid, verify: { ...probe, headers: { Accept: '{{secret}}' } } },
      'field "verify.headers" must carry the key as {{secret}} in the Authorization header',
    ],
    [
      { ...valid, verify: { ...probe, path: '/../../exfil' } },
      'field "verify.path" must be a plain path',
    ],
    [
      { ...valid, verify: { ...probe, path: '//evil.example/x' } },
      'field "verify.path" must be a plain path',
    ],
    [
      { ...valid, verify: { ...probe, baseUrl: 'http://api.acme.example' } },
      'field "verify.baseUrl" must be an https URL',
    ],
    [
      { ...valid, verify: { ...probe, baseUrl: 'https://user:pw@api.acme.example' } },
      'field "verify.baseUrl" must be an https URL',
    ],
  ])('names the file, rule and field: %j', (rule, message) => {
    const dir = write('r.json', providerFile(rule));
    expect(() => loadRuleDir(dir, { shipped: true })).toThrow(
      `${join(dir, 'r.json')} rules[0]: ${message}`,
    );
  });

  it('a rule file that is not a provider with rules is an error naming the file', () => {
    const dir = write('r.json', JSON.stringify(valid));
    expect(() => loadRuleDir(dir)).toThrow(
      `${join(dir, 'r.json')}: field "id" is not a known field of a rule file (known: provider, rules)`,
    );
  });

  it('only shipped rules may probe: a config rule with a probe is refused, naming the file and rule', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'flora-keyscan.config.json'),
      JSON.stringify({ rules: [{ ...valid, verify: probe }] }),
    );
    const result = await runCli(['.'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'rules[0]: field "verify" is only allowed in the rules flora-keyscan ships',
    );
  });

  it('a corrupt rule in the config file is exit 2 with one clear line', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'flora-keyscan.config.json'),
      JSON.stringify({ rules: [{ ...valid, pattern: '(' }] }),
    );
    const result = await runCli(['.'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('rules[0]: field "pattern" is not a valid regular expression');
  });

  it('rules check runs config rules too and fails on a missed example', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'flora-keyscan.config.json'),
      JSON.stringify({ rules: [{ ...valid, examples: ['nothing here'] }] }),
    );
    const result = await runCli(['rules', 'check'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✖ x: missed: nothing here');
    const ok = await runCli(['rules', 'check'], { cwd: tempDir() });
    expect(ok.stdout).toMatch(
      new RegExp(`^${loadRules().length} rules, \\d+ examples, 0 failing`, 'm'),
    );
    expect(ok.code).toBe(0);
  });
});
