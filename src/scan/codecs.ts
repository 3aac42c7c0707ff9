// Encodings keys hide in, as a table: each codec says which literals mark an encoded key prefix
// (derived from the rules' prefixes when the engine is built), which characters an encoded token is
// made of, and how to decode one. Adding an encoding is one entry here.

import {
  hex,
  html,
  prefixStart,
  quotedPrintable,
  spacedHex,
  unescapeBackslashes,
} from './codecs-escaped.js';

export interface Codec {
  name: string;
  /**
   * Literals that can only appear where `prefix` (or its start) is encoded this way, in every
   * spelling (hex digits in either case); may be empty. Matched exactly.
   */
  signatures(prefix: string): string[];
  /** Characters an encoded token is made of: a signature grows into the whole token. */
  tokenChars: string;
  /** Characters that may only end a token (base64 padding). */
  padding?: string;
  /** Characters a token may hold but not begin or end with (separators). */
  innerOnly?: string;
  /** Sequences a token goes on across (quoted-printable's soft line breaks). */
  softBreaks?: string[];
  /**
   * The decoded text, or null when the token decodes to nothing worth scanning. `hit` is where the
   * signature that found the token starts in it (plain hex decodes from that digit pair).
   */
  decode(token: string, hit: number): string | null;
}

/** Shorter base64 signatures match ordinary text too often to be worth decoding around. */
const MIN_BASE64_SIGNATURE = 6;
const MIN_PRINTABLE_SHARE = 0.9;
const ALNUM = /[A-Za-z0-9]/;
const hex2 = (c: string) => c.charCodeAt(0).toString(16).padStart(2, '0');

/** `text` with the hex digits of its escapes (`%5f`, `\\u005f`, `\\x5f`) in every combination of cases. */
function hexCases(text: string): string[] {
  let out = [''];
  for (const piece of text.split(/(%[0-9a-f]{2}|\\u[0-9a-f]{4}|\\x[0-9a-f]{2})/)) {
    const lead = piece.startsWith('%') ? 1 : piece.startsWith('\\') ? 2 : piece.length;
    let spellings = [piece.slice(0, lead)];
    for (const c of piece.slice(lead))
      spellings = /[a-f]/.test(c)
        ? spellings.flatMap((p) => [p + c, p + c.toUpperCase()])
        : spellings.map((p) => p + c);
    out = out.flatMap((p) => spellings.map((q) => p + q));
  }
  return out;
}

function printable(text: string): boolean {
  if (text.length === 0) return false;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13) ok++;
  }
  return ok / text.length >= MIN_PRINTABLE_SHARE;
}

/** Base64 text that encodes `prefix` whatever the 0–2 bytes before it, in both alphabets. */
function base64Of(prefix: string): string[] {
  const out = new Set<string>();
  for (let lead = 0; lead < 3; lead++) {
    const encoded = Buffer.concat([Buffer.alloc(lead), Buffer.from(prefix, 'latin1')]).toString(
      'base64',
    );
    const signature = encoded.slice(
      Math.ceil((8 * lead) / 6),
      Math.floor((lead + prefix.length) / 3) * 4,
    );
    if (signature.length < MIN_BASE64_SIGNATURE) continue;
    out.add(signature);
    out.add(signature.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...out];
}

/** Its base64 when it begins a value: the characters that do not depend on what follows. */
function base64Start(prefix: string): string {
  return Buffer.from(prefix, 'latin1')
    .toString('base64')
    .slice(0, Math.floor(prefix.length / 3) * 4);
}

const base64: Codec = {
  name: 'base64',
  // Base64 of a key, and base64 of base64 that begins with a key (a Kubernetes Secret built from an
  // already-encoded value).
  signatures: (prefix) => [...base64Of(prefix), ...base64Of(base64Start(prefix))],
  tokenChars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-',
  padding: '=',
  decode(token) {
    const core = token.replace(/=+$/, '');
    if (core.length < 12 || (/[+/]/.test(core) && /[-_]/.test(core))) return null;
    const decoded = Buffer.from(core, 'base64').toString('latin1');
    return printable(decoded) ? decoded : null;
  },
};

const percent: Codec = {
  name: 'percent',
  // Only characters that are not letters or digits are worth encoding; a prefix without any is found as is.
  signatures: (prefix) =>
    /[^A-Za-z0-9]/.test(prefix)
      ? hexCases([...prefixStart(prefix)].map((c) => (ALNUM.test(c) ? c : `%${hex2(c)}`)).join(''))
      : [],
  tokenChars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%._~-',
  decode(token) {
    try {
      const decoded = decodeURIComponent(token);
      return decoded === token ? null : decoded;
    } catch {
      return null;
    }
  },
};

const escape: Codec = {
  name: 'escape',
  // \u005f or \x5f for a character of the prefix that is not a letter or digit; or its first two
  // characters both escaped (\u0073\u006b).
  signatures: (prefix) =>
    [
      ...[...new Set(prefix)]
        .filter((c) => !ALNUM.test(c))
        .flatMap((c) => [`\\u00${hex2(c)}`, `\\x${hex2(c)}`]),
      ...(prefix.length >= 2 ? [`\\u00${hex2(prefix[0]!)}\\u00${hex2(prefix[1]!)}`] : []),
    ].flatMap(hexCases),
  tokenChars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_\\',
  decode: unescapeBackslashes,
};

const KEY_PIECE = /(["'])([A-Za-z0-9_]*)\1/g;
/** What may stand between two pieces of one string: a `+`, or nothing (adjacent literals). */
const JOIN = /^\s*\+?\s*$/;

/**
 * The key that starts at `hit` inside quoted pieces joined by `+` or written side by side
 * (`"sk_live_" + "Ab…" + "…"`, `'sk_live_Ab' 'cd'`), if it runs on past its first piece.
 */
function joinPieces(token: string, hit: number): string | null {
  let key: string | null = null;
  let pieces = 0;
  let lastEnd = -1;
  for (const m of token.matchAll(KEY_PIECE)) {
    const start = m.index + 1;
    const end = start + m[2]!.length;
    if (key === null) {
      if (hit >= start && hit < end) {
        key = m[2]!.slice(hit - start);
        pieces = 1;
        lastEnd = end + 1;
      }
      continue;
    }
    if (!JOIN.test(token.slice(lastEnd, m.index))) break;
    key += m[2]!;
    pieces++;
    lastEnd = end + 1;
  }
  return key !== null && pieces > 1 ? key : null;
}

/** The key that starts at `hit` and goes on across shell line continuations (`\` at a line's end). */
function joinContinuations(token: string, hit: number): string | null {
  const run = /^[A-Za-z0-9_]*(?:\\\r?\n[A-Za-z0-9_]*)+/.exec(token.slice(hit));
  return run ? run[0].replace(/\\\r?\n/g, '') : null;
}

const joined: Codec = {
  name: 'joined',
  // Not an encoding but a key cut in pieces: found where its prefix is, as it is (only a token that
  // goes on past its first piece decodes to anything).
  signatures: (prefix) => [prefix],
  tokenChars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"\'+ \t\r\n\\',
  innerOnly: '+ \t\r\n',
  decode: (token, hit) => joinPieces(token, hit) ?? joinContinuations(token, hit),
};

/** The encodings the engine decodes, in the order their findings are preferred. */
export const CODECS: readonly Codec[] = [
  base64,
  percent,
  escape,
  hex,
  spacedHex,
  html,
  quotedPrintable,
  joined,
];

/**
 * Base64 values on a line that names a keyword of a rule that asks for it (`FLORA_API_KEY: <base64>`):
 * the value may hide a key without any prefix.
 */
export const VALUE_CODEC = base64;
export const VALUE_TOKEN = /[A-Za-z0-9+/_-]{24,}={0,2}/g;
