import { describe, expect, it } from 'vitest';
import { Engine } from '../src/scan/engine.js';
import { loadRuleBook, loadRules } from '../src/rules/load.js';
import { validateRule } from '../src/rules/validate.js';
import { floraKey, stripeShapedKey, randomBase62 } from './helpers/keys.js';
import { sha256Hex } from '../src/scan/secret.js';

const engine = new Engine(loadRules());
const scan = (text: string | Buffer) =>
  engine.scan(Buffer.isBuffer(text) ? text : Buffer.from(text), { kind: 'file', path: 'f' });

describe('positions', () => {
  it('reports 1-based line and column on LF files', () => {
    const key = floraKey();
    const [f] = scan(`one\ntwo\n  token = "${key}"\n`).findings;
    expect(f).toMatchObject({ line: 3, column: 12, ruleId: 'flora-live-key', environment: 'live' });
  });

  it('counts CRLF lines the same way', () => {
    const key = floraKey('test');
    const [f] = scan(`one\r\ntwo\r\n  token = "${key}"\r\n`).findings;
    expect(f).toMatchObject({ line: 3, column: 12, ruleId: 'flora-test-key', environment: 'test' });
  });

  it('finds a key deep inside a minified line', () => {
    const key = floraKey();
    const filler = 'var a=function(){return 1};'.repeat(40_000);
    const [f] = scan(`${filler}const k="${key}";${filler}\n`).findings;
    expect(f).toMatchObject({ line: 1, column: filler.length + 10 });
  });

  it('finds a key inside a JSON string', () => {
    const key = floraKey();
    const [f] = scan(JSON.stringify({ a: 1, nested: { apiKey: key } })).findings;
    expect(f).toMatchObject({ line: 1, column: 28 }); // after {"a":1,"nested":{"apiKey":"
  });

  it('counts columns in characters after non-ASCII text', () => {
    const key = floraKey();
    const [f] = scan(`// clé «été» 🔑 ${key}\n`).findings;
    expect(f!.column).toBe(16); // 15 characters before it, though the emoji is two UTF-16 units
  });

  it('reports each occurrence of a secret with the same fingerprint', () => {
    const key = floraKey();
    const { findings } = scan(`${key}\n${key}\n`);
    expect(findings.map((f) => f.line)).toEqual([1, 2]);
    expect(new Set(findings.map((f) => f.secretSha256))).toEqual(new Set([sha256Hex(key)]));
  });
});

describe('providers sharing the prefix', () => {
  it('tells FLORA and Stripe apart line by line in one .env', () => {
    const flora = floraKey();
    const stripe = floraKey('live');
    const { findings } = scan(`STRIPE_SECRET_KEY=${stripe}\nFLORA_API_KEY=${flora}\n`);
    expect(findings.map((f) => [f.ruleId, f.provider, f.line])).toEqual([
      ['stripe-secret-key', 'stripe', 1],
      ['flora-live-key', 'flora', 2],
    ]);
  });

  it("calls Stripe's shape Stripe even under a FLORA name", () => {
    const [f] = scan(`FLORA_API_KEY=${stripeShapedKey()}\n`).findings;
    expect(f).toMatchObject({
      ruleId: 'stripe-secret-key',
      provider: 'stripe',
      environment: 'live',
    });
  });

  it('uses stripe imports nearby as context', () => {
    const [f] = scan(
      `import Stripe from 'stripe';\nconst client = new Stripe('${floraKey('test')}');\n`,
    ).findings;
    expect(f).toMatchObject({ ruleId: 'stripe-secret-key', environment: 'test' });
  });

  it('uses Clerk context', () => {
    const [f] = scan(`CLERK_SECRET_KEY=${floraKey()}\n`).findings;
    expect(f).toMatchObject({ ruleId: 'clerk-secret-key', provider: 'clerk' });
  });

  it('a bare key with no context is FLORA', () => {
    expect(scan(`token: ${floraKey()}`).findings[0]!.ruleId).toBe('flora-live-key');
  });
});

describe('entropy rule', () => {
  it('finds a prefix-less secret assigned to a FLORA setting', () => {
    const value = randomBase62(40);
    const [f] = scan(`FLORA_API_KEY=${value}\n`).findings;
    expect(f).toMatchObject({
      ruleId: 'flora-assigned-secret',
      environment: null,
      secretSha256: sha256Hex(value),
    });
  });

  it('reports a prefixed key under a FLORA name once, as the prefix rule', () => {
    const { findings } = scan(`FLORA_API_KEY=${floraKey()}\n`);
    expect(findings.map((f) => f.ruleId)).toEqual(['flora-live-key']);
  });
});

describe('inline allow', () => {
  it('drops and counts findings on a line marked flora-keyscan:allow', () => {
    const outcome = scan(`a = "${floraKey()}" # flora-keyscan:allow\nb = "${floraKey()}"\n`);
    expect(outcome.findings.map((f) => f.line)).toEqual([2]);
    expect(outcome.allowed).toHaveLength(1);
  });
});

describe('no secret in reports', () => {
  it('redacts to the prefix and two characters each side', () => {
    const key = floraKey();
    const [f] = scan(key).findings;
    expect(f!.redacted).toBe(`sk_${'live'}_${key.slice(8, 10)}…${key.slice(-2)}`);
  });
});

describe('pre-filter', () => {
  it('every encoded signature the decoder searches for is a literal of the gate', async () => {
    const { Decoder } = await import('../src/scan/decode.js');
    const literals = new Decoder(loadRules()).literals();
    expect(literals.length).toBeGreaterThan(8);
    for (const { text } of literals)
      expect(engine.mayMatch(Buffer.from(`..${text}..`)), text).toBe(true);
  });

  it("derives encoded signatures from the rules' prefixes, not from a list of its own", async () => {
    const { Decoder } = await import('../src/scan/decode.js');
    const acme = { ...loadRules()[0]!, id: 'acme', keywords: ['acme_'], prefixes: ['acme_tok_'] };
    const texts = new Decoder([acme]).literals().map((l) => l.text);
    expect(texts).toContain(Buffer.from('acme_tok_').toString('base64').slice(0, 12));
    expect(texts.join(' ')).not.toMatch(/c2tf/); // base64 of another rule's prefix
    const key = 'acme_tok_' + randomBase62(32);
    const only = new Engine([
      { ...acme, pattern: '(?<secret>acme_tok_[A-Za-z0-9]{20,})', context: undefined },
    ]);
    expect(
      only.scan(Buffer.from(`x = "${Buffer.from(key).toString('base64')}"`), {
        kind: 'file',
        path: 'f',
      }).findings,
    ).toMatchObject([{ encoding: 'base64' }]);
  });

  // Short content is tested by one regular expression, long content by a native search per needle:
  // each case is asked of both.
  const inBoth = (set: { test(b: Buffer): boolean }, text: string) => {
    const short = set.test(Buffer.from(text));
    expect(set.test(Buffer.from('.'.repeat(3000) + text)), text).toBe(short);
    return short;
  };

  it('searches literals from their rarest character and checks the rest', async () => {
    const { LiteralSet } = await import('../src/scan/literals.js');
    const set = new LiteralSet([
      { text: 'sk_live_', caseInsensitive: false },
      { text: 'FLORA', caseInsensitive: false },
      { text: 'a.b+c(\\u', caseInsensitive: false },
    ]);
    expect(inBoth(set, 'a tank_live_ thing')).toBe(false);
    expect(inBoth(set, 'k_live_ at the start')).toBe(false);
    expect(inBoth(set, 'xx sk_live_')).toBe(true);
    expect(inBoth(set, '-FLORA-')).toBe(true);
    expect(inBoth(set, 'flora')).toBe(false);
    expect(inBoth(set, 'a.b+c(\\u')).toBe(true);
    expect(inBoth(set, 'axb+c(\\u')).toBe(false);
    expect(inBoth(new LiteralSet([]), 'anything')).toBe(false);
  });

  it('matches case-insensitive literals in any spelling, and nothing else', async () => {
    const { LiteralSet } = await import('../src/scan/literals.js');
    const set = new LiteralSet([
      { text: 'flora', caseInsensitive: true },
      { text: 'sk_live_', caseInsensitive: true },
    ]);
    for (const yes of ['fLoRa_Api_Key', 'FLORA', 'xxFloraxx', 'SK_LIVE_', 'Sk_LiVe_'])
      expect(inBoth(set, yes), yes).toBe(true);
    for (const no of ['flor', 'flo ra', 'fl0ra', 'sk-live_', 'sk_live'])
      expect(inBoth(set, no), no).toBe(false);
  });

  it('agrees with a plain search for every literal of the real gate, short content and long', async () => {
    const { LiteralSet } = await import('../src/scan/literals.js');
    const engine = new Engine(loadRuleBook().rules);
    const literals = engine.gate.literals;
    // Literals that share a start, and one that is the start of another.
    const extra = [
      { text: 'ab_cd', caseInsensitive: false },
      { text: 'ab_ce', caseInsensitive: false },
      { text: 'ab_', caseInsensitive: false },
    ];
    const set = new LiteralSet([...literals, ...extra]);
    const all = [...literals, ...extra];
    const naive = (text: string) =>
      all.some((l) =>
        l.caseInsensitive
          ? text.toLowerCase().includes(l.text.toLowerCase())
          : text.includes(l.text),
      );
    const alphabet = 'sk_livetfloraFLORA%5F&#;x0123456789abcdefABCDEF \\\\:,';
    const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
    // A start of a literal, as written or its letters in random case (a case-insensitive one matches).
    const pieceOf = (l: { text: string }) => {
      const start = l.text.slice(0, 2 + Math.floor(Math.random() * 20));
      if (Math.random() < 0.5) return start;
      return [...start]
        .map((c) => (Math.random() < 0.5 ? c.toUpperCase() : c.toLowerCase()))
        .join('');
    };
    for (let i = 0; i < 3000; i++) {
      const pieces = Array.from({ length: 1 + (i % 6) }, () =>
        Math.random() < 0.3
          ? pieceOf(pick(all))
          : Array.from({ length: 8 }, () => pick([...alphabet])).join(''),
      );
      const text = pieces.join('');
      expect(inBoth(set, text), text).toBe(naive(text));
    }
  });

  it('finds a FLORA setting in any letter case (keywords are case-insensitive)', () => {
    const value = randomBase62(36);
    const [f] = scan(`fLoRa_Api_Key = ${value}\n`).findings;
    expect(f).toMatchObject({ ruleId: 'flora-assigned-secret', secretSha256: sha256Hex(value) });
  });
});

const utf32le = (text: string) => {
  const points = [...text].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => out.writeUInt32LE(p, i * 4));
  return out;
};

describe('UTF-32', () => {
  it('is read with or without a byte order mark, in either order; lines and columns count characters', () => {
    const key = floraKey();
    const le = scan(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le(`a\n  k=${key}\n`)]));
    expect(le.kind).toBe('utf32le');
    expect(le.findings[0]).toMatchObject({ line: 2, column: 5, secretSha256: sha256Hex(key) });
    const be = scan(utf32le(`日本 ${key}`).swap32());
    expect(be.kind).toBe('utf32be');
    expect(be.findings[0]).toMatchObject({ line: 1, column: 4, secretSha256: sha256Hex(key) });
  });

  it('a table of 32-bit numbers that read as code points stays binary when ASCII follows the sniffed part', () => {
    const key = floraKey();
    const table = Buffer.alloc(12_000);
    for (let i = 0; i < table.length; i += 4) table.writeUInt32LE(0x4e00 + i, i);
    const { kind, findings } = scan(Buffer.concat([table, Buffer.from(` ${key} `)]));
    expect(kind).toBe('binary');
    expect(findings[0]).toMatchObject({ byteOffset: 12_001, secretSha256: sha256Hex(key) });
  });
});

describe('the gate', () => {
  // Content made of pieces that hold keys, encodings of keys, look-alikes and noise, in UTF-8,
  // UTF-16 and binary: whatever it holds, skipping by the gate must never change what is found.
  const pieces = () => {
    const key = floraKey(Math.random() < 0.5 ? 'live' : 'test');
    const value = randomBase62(36);
    return [
      `FLORA_API_KEY=${key}\n`,
      `fLoRa_Api_Key: ${value}\n`,
      Buffer.from(key).toString('base64'),
      Buffer.from(Buffer.from(key).toString('base64')).toString('base64'),
      key.replace(/_/g, '%5F'),
      key.replace(/_/g, '\\u005f'),
      Buffer.from(key).toString('hex'),
      Buffer.from(key).toString('hex').replace(/../g, '$& '),
      key.replace(/_/g, '&#95;'),
      key.replace(/_/g, '=5F').replace(/(.{7})/, '$1=\n'),
      `ACME_${randomBase62(30)} acme_${randomBase62(30)}\n`,
      `STRIPE_SECRET_KEY=${floraKey()}\n`,
      'sk_live_',
      'flora',
      'c2tfbGl2',
      'NrX2',
      '736b5f',
      '&#',
      '=5F',
      '\\u00',
      '%5f',
      'x'.repeat(50),
      '\n',
      ' ',
      '\0',
    ];
  };
  const acme = validateRule(
    {
      id: 'acme-token',
      description: 'ACME token',
      provider: 'acme',
      severity: 'high',
      keywords: ['acme_'],
      prefixes: ['acme_'],
      pattern: '(?i)(?<secret>acme_[A-Za-z0-9]{24,})',
      minEntropy: 3,
      examples: ['acme_{{random:30}}'],
    },
    'test config',
  );
  const rules = [...loadRules(), acme];
  const gated = new Engine(rules);
  const ungated = new Engine(rules, { ungated: true });

  it('never changes what is found (a random mix of keys, encodings and noise, in every kind of content)', () => {
    const random = (n: number) => Math.floor(Math.random() * n);
    for (let round = 0; round < 400; round++) {
      const parts = pieces();
      const text = Array.from({ length: 1 + random(8) }, () => parts[random(parts.length)]!).join(
        '',
      );
      const kinds = [
        Buffer.from(text),
        Buffer.from(text, 'utf16le'),
        Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(text)]),
        Buffer.from(text, 'latin1').subarray(random(4)),
        utf32le(text),
      ];
      for (const bytes of kinds) {
        const expected = ungated
          .scan(bytes, { kind: 'file', path: 'f' })
          .findings.map((f) => `${f.ruleId} ${f.secretSha256} ${f.line}:${f.column}`);
        const actual = gated
          .scan(bytes, { kind: 'file', path: 'f' })
          .findings.map((f) => `${f.ruleId} ${f.secretSha256} ${f.line}:${f.column}`);
        expect(actual, JSON.stringify(bytes.toString('latin1'))).toEqual(expected);
        if (!gated.mayMatch(bytes)) expect(expected).toEqual([]);
      }
    }
  });
});
