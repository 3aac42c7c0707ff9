// Content where keys hide: encodings, UTF-16, binary, notebooks; and look-alikes that must not match.
// Every key is built at run time.

import { randomBytes } from 'node:crypto';
import { floraKey, randomBase62 } from './keys.js';
import { sha256Hex } from '../../src/scan/secret.js';

export interface Expected {
  path: string;
  line: number;
  column: number;
  ruleId: string;
  secretSha256: string;
  encoding?: string;
  byteOffset?: number;
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const b64url = (s: string) => Buffer.from(s).toString('base64url');

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'le' ? le : Buffer.from(le).swap16();
  return Buffer.concat([
    bom ? Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0),
    body,
  ]);
}

function utf32(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const points = [...((bom ? '\ufeff' : '') + text)].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) =>
    order === 'le' ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4),
  );
  return out;
}

export function positiveFixtures(): {
  files: Record<string, string | Buffer>;
  expected: Expected[];
} {
  const files: Record<string, string | Buffer> = {};
  const expected: Expected[] = [];
  const add = (path: string, content: string | Buffer, e: Omit<Expected, 'path'>) => {
    files[path] = content;
    expected.push({ path, ...e });
  };
  const k = Array.from({ length: 14 }, () => floraKey());
  const bare = randomBase62(40);
  add('k8s/secret.yaml', `apiVersion: v1\nkind: Secret\ndata:\n  FLORA_API_KEY: ${b64(k[0]!)}\n`, {
    line: 4,
    column: 18,
    ruleId: 'flora-live-key',
    secretSha256: sha256Hex(k[0]!),
    encoding: 'base64',
  });
  add('app.env', `# encoded\nTOKEN=${b64url(k[1]!).replace(/=+$/, '')}\n`, {
    line: 2,
    column: 7,
    ruleId: 'flora-live-key',
    secretSha256: sha256Hex(k[1]!),
    encoding: 'base64',
  });
  add('config.json', `{"blob": "${b64('x' + 'FLORA_API_KEY=' + k[2]!)}"}\n`, {
    line: 1,
    column: 11,
    ruleId: 'flora-live-key',
    secretSha256: sha256Hex(k[2]!),
    encoding: 'base64',
  });
  add('links.md', `See https://example.test/cb?token=${k[3]!.replace(/_/g, '%5F')}&x=1\n`, {
    line: 1,
    column: 35,
    ruleId: 'flora-live-key',
    secretSha256: sha256Hex(k[3]!),
    encoding: 'percent',
  });
  add('escaped.json', `{\n  "key": "${k[4]!.replace(/_/g, '\\u005f')}"\n}\n`, {
    line: 2,
    column: 11,
    ruleId: 'flora-live-key',
    secretSha256: sha256Hex(k[4]!),
    encoding: 'escape',
  });
  add('nested.txt', `payload=${b64(b64(k[5]!))}\n`, {
    line: 1,
    column: 9,
    ruleId: 'flora-live-key',
    secretSha256: sha256Hex(k[5]!),
    encoding: 'base64/base64',
  });
  add('bare.yaml', `stringData:\n  FLORA_API_KEY: ${b64(bare)}\n`, {
    line: 2,
    column: 18,
    ruleId: 'flora-assigned-secret',
    secretSha256: sha256Hex(bare),
    encoding: 'base64',
  });
  add('win-le.txt', utf16(`line one\r\nconst k = '${k[6]!}'\r\n`, 'le', true), {
    line: 2,
    column: 12,
    ruleId: 'flora-live-key',
    secretSha256: sha256Hex(k[6]!),
  });
  add('win-be.txt', utf16(`héllo\nx = "${k[7]!}"\n`, 'be', false), {
    line: 2,
    column: 6,
    ruleId: 'flora-live-key',
    secretSha256: sha256Hex(k[7]!),
  });
  // Random bytes (no newline among them), then a NUL so the key starts on a token boundary.
  const bin = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 10, 0, 0xff]),
    randomBytes(5).map((b) => (b === 10 ? 11 : b)),
    Buffer.from([0]),
    Buffer.from(k[8]!),
    Buffer.from([0, 1, 2]),
  ]);
  // UTF-16 text after 8 KiB of binary: a string table in a compiled file.
  const head = randomBytes(9000);
  const wide = Buffer.from(`token=${k[12]!}\0`, 'utf16le');
  const exe = Buffer.concat([head, wide, randomBytes(100)]);
  const newlines = [...head].filter((b) => b === 10).length;
  const keyOffset = head.length + 12; // "token=" is six UTF-16 units
  add('app.exe', exe, {
    line: newlines + 1,
    column: keyOffset - head.lastIndexOf(10), // bytes since the last newline byte, 1-based
    byteOffset: keyOffset,
    ruleId: 'flora-live-key',
    secretSha256: sha256Hex(k[12]!),
    encoding: 'utf16le',
  });
  // UTF-16 without a byte order mark that starts with Japanese text (few zero bytes, all on one side).
  add(
    'notes-ja.txt',
    Buffer.from(`日本語のメモです。設定は次の通り。\nキー: ${k[13]!}\n`, 'utf16le'),
    {
      line: 2,
      column: 5,
      ruleId: 'flora-live-key',
      secretSha256: sha256Hex(k[13]!),
    },
  );
  add('data.sqlite', bin, {
    line: 2,
    column: 9,
    byteOffset: 15,
    ruleId: 'flora-live-key',
    secretSha256: sha256Hex(k[8]!),
  });
  const notebook = JSON.stringify(
    {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Demo\n'] },
        {
          cell_type: 'code',
          metadata: {},
          execution_count: 1,
          source: ['import flora\n', `client = flora.Client(api_key="${k[9]!}")\n`],
          outputs: [],
        },
        {
          cell_type: 'code',
          metadata: {},
          execution_count: 2,
          source: ['print(client.key)\n'],
          outputs: [{ output_type: 'stream', name: 'stdout', text: [`${k[10]!}\n`] }],
        },
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
  const lineOf = (needle: string) => notebook.slice(0, notebook.indexOf(needle)).split('\n').length;
  add('demo.ipynb', notebook, {
    line: lineOf(k[9]!),
    column: expect.any(Number) as unknown as number,
    ruleId: 'flora-live-key',
    secretSha256: sha256Hex(k[9]!),
  });
  expected.push({
    path: 'demo.ipynb',
    line: lineOf(k[10]!),
    column: expect.any(Number) as unknown as number,
    ruleId: 'flora-live-key',
    secretSha256: sha256Hex(k[10]!),
  });
  escapedFixtures(add);
  joinedFixtures(add);
  const [le32, be32] = [floraKey(), floraKey('test')];
  add('win-le32.txt', utf32(`first\r\nFLORA_API_KEY=${le32}\r\n`, 'le', true), {
    line: 2,
    column: 15,
    ruleId: 'flora-live-key',
    secretSha256: sha256Hex(le32),
  });
  add('notes-be32.txt', utf32(`🌸 héllo\nkey: "${be32}"\n`, 'be', false), {
    line: 2,
    column: 7,
    ruleId: 'flora-test-key',
    secretSha256: sha256Hex(be32),
  });
  // A FLORA setting in any spelling: the keyword pre-filter and the value decoder ignore case.
  const [spelled, spelledB64] = [randomBase62(36), randomBase62(32)];
  add('settings.ini', `[api]\nfLoRa_Api_Key = ${spelled}\n`, {
    line: 2,
    column: 17,
    ruleId: 'flora-assigned-secret',
    secretSha256: sha256Hex(spelled),
  });
  add('values.yaml', `FlOrA_aPi_KeY: ${b64(spelledB64)}\n`, {
    line: 1,
    column: 16,
    ruleId: 'flora-assigned-secret',
    secretSha256: sha256Hex(spelledB64),
    encoding: 'base64',
  });
  return { files, expected };
}

const hexPairs = (s: string) => Buffer.from(s).toString('hex').match(/../g)!;

/** Keys written as hex, HTML character references and quoted-printable. */
function escapedFixtures(add: (path: string, content: string, e: Omit<Expected, 'path'>) => void) {
  const k = Array.from({ length: 8 }, (_, i) => floraKey(i % 2 ? 'test' : 'live'));
  const found = (i: number, line: number, column: number, encoding: string) => ({
    line,
    column,
    ruleId: i % 2 ? 'flora-test-key' : 'flora-live-key',
    secretSha256: sha256Hex(k[i]!),
    encoding,
  });
  const cArray = hexPairs(k[1]!).map((b) => `0x${b.toUpperCase()}`);
  add('dump.hex', `# a dump\nkey: ${Buffer.from(k[0]!).toString('hex')}\n`, found(0, 2, 6, 'hex'));
  add('firmware.h', `const char k[] = {${cArray.join(', ')}};\n`, found(1, 1, 19, 'hex'));
  add('trace.txt', `bytes: ${hexPairs(k[2]!).join(' ')}\n`, found(2, 1, 8, 'hex'));
  const code = `<code>${k[3]!.replace(/_/g, '&#95;')}</code>`;
  add('page.html', `<p>\n  Key: ${code}\n</p>\n`, found(3, 2, 14, 'html'));
  add('feed.xml', `<key>${k[4]!.replace(/_/g, '&#x5F;')}</key>\n`, found(4, 1, 6, 'html'));
  const numeric = [...k[5]!].map((c) => `&#${c.charCodeAt(0)};`).join('');
  add('entities.html', `<b>${numeric}</b>\n`, found(5, 1, 4, 'html'));
  add('named.html', `<i>${k[6]!.replace(/_/g, '&lowbar;')}</i>\n`, found(6, 1, 4, 'html'));
  // Quoted-printable with soft line breaks inside the prefix and the body, as mail exports wrap it.
  const qp = k[7]!.replace(/_/g, '=5F');
  add(
    'mail.eml',
    `Content-Transfer-Encoding: quoted-printable\n\nYour key is ${qp.slice(0, 5)}=\n${qp.slice(5, 20)}=\r\n${qp.slice(20)} keep it safe.\n`,
    found(7, 3, 13, 'quoted-printable'),
  );
}

/** Keys cut into adjacent string literals, or across shell line continuations. */
function joinedFixtures(add: (path: string, content: string, e: Omit<Expected, 'path'>) => void) {
  const k = [floraKey(), floraKey('test'), floraKey(), floraKey()];
  const found = (i: number, line: number, column: number) => ({
    line,
    column,
    ruleId: i === 1 ? 'flora-test-key' : 'flora-live-key',
    secretSha256: sha256Hex(k[i]!),
    encoding: 'joined',
  });
  const [prefix0, body0] = [k[0]!.slice(0, 8), k[0]!.slice(8)];
  add(
    'src/client.ts',
    `const key =\n  "${prefix0}" + "${body0.slice(0, 12)}" +\n  '${body0.slice(12)}';\n`,
    found(0, 2, 3),
  );
  add(
    'settings.py',
    `FLORA_KEY = ("${k[1]!.slice(0, 14)}" "${k[1]!.slice(14)}")\n`,
    found(1, 1, 14),
  );
  add(
    'deploy.sh',
    `export FLORA_API_KEY=${k[2]!.slice(0, 20)}\\\n${k[2]!.slice(20)}\nrun\n`,
    found(2, 1, 22),
  );
  // Split inside its body: the first piece alone is too short to be a key; the joined one is.
  add(
    'Config.java',
    `String k = "${k[3]!.slice(0, 10)}"\n    + "${k[3]!.slice(10)}";\n`,
    found(3, 1, 12),
  );
}

/** Things that look encoded or random but hold no key. */
export function negativeFixtures(): Record<string, string | Buffer> {
  const lines = (n: number, make: () => string) =>
    Array.from({ length: n }, make).join('\n') + '\n';
  return {
    'random.b64': lines(40, () => randomBytes(57).toString('base64')),
    'image.html': `<img src="data:image/png;base64,${randomBytes(3000).toString('base64')}">\n`,
    'bundle.min.js':
      Array.from(
        { length: 2000 },
        (_, i) => `var ${randomBase62(6).replace(/^\d/, 'a')}${i}=function(e){return e+${i}};`,
      ).join('') + '\n',
    'package-lock.json': JSON.stringify(
      {
        packages: Object.fromEntries(
          Array.from({ length: 50 }, (_, i) => [
            `node_modules/p${i}`,
            {
              version: '1.0.0',
              integrity: `sha512-${randomBytes(64).toString('base64')}`,
              resolved: `https://registry.npmjs.org/p${i}/-/p${i}-1.0.0.tgz`,
            },
          ]),
        ),
      },
      null,
      2,
    ),
    'ids.csv': lines(50, () => `${crypto.randomUUID()},${crypto.randomUUID()}`),
    'flora-notes.md': `The FLORA docs use sk_live_XXXX as a placeholder.\nFLORA_API_KEY: ${b64('not a key at all, just words here')}\n`,
    'random.hex': lines(40, () => randomBytes(64).toString('hex')),
    'random-dump.txt': lines(40, () =>
      [...randomBytes(16)].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(', '),
    ),
    'random-spaced.txt': lines(40, () => randomBytes(24).toString('hex').replace(/../g, '$& ')),
    'entities.html': lines(200, () =>
      [...(randomBase62(40) + '_-=+/')].map((c) => `&#${c.charCodeAt(0)};&lowbar;&amp;`).join(''),
    ),
    'mail.eml': lines(
      100,
      () =>
        `${randomBase62(30)}=5F${randomBase62(10)}=3D=20${randomBytes(8).toString('hex').toUpperCase()}=`,
    ),
    'random.bin': randomBytes(64 * 1024),
    // Encoded prefixes that decode to placeholders or to a prefix before random bytes: decoded, not keys.
    'encoded-placeholders.txt': [
      Buffer.from('sk_' + 'live_' + 'X'.repeat(24)).toString('hex'),
      Buffer.concat([Buffer.from('sk_test_'), randomBytes(24)]).toString('hex'),
      'sk&#95;live&#95;your&lowbar;key&lowbar;here',
      'sk=5Flive=5F<your key>',
      // A prefix joined to code, not to more of a key.
      `const k = "sk_${'live'}_" + process.env.SUFFIX; const j = "sk_${'test'}_" + "\\n" + tail;`,
      `keys = ["sk_${'live'}_", "${randomBase62(30)}"]`,
      `0x73, 0x6b, 0x5f, 0x74, 0x65, 0x73, 0x74, 0x5f, ${[...randomBytes(24)].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(', ')}`,
    ].join('\n'),
  };
}

import { expect } from 'vitest';
