import { createRequire as __floraRequire } from 'node:module'; const require = __floraRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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
    ...f.inArchive ? { inArchive: [...f.inArchive] } : {},
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
  return p.kind === "commit" || p.kind === "message" || p.kind === "note" ? p.commit : null;
}
function blobOf(f) {
  const p = f.provenance;
  return p.kind === "blob" || p.kind === "commit" || p.kind === "note" ? p.blob : null;
}
function dateOf(f) {
  const p = f.provenance;
  return (p.kind === "commit" || p.kind === "message" || p.kind === "note") && p.date ? p.date : null;
}
function authorOf(f) {
  const p = f.provenance;
  return (p.kind === "commit" || p.kind === "message" || p.kind === "note") && p.author ? p.author : null;
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

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState2 = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState2) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex2 = isState2 ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex2, options, { glob, posix });
        const result = { glob, state, regex: regex2, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex2, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex2, options, posix);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex2 = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex2.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/archive/sniff.ts
function startsWith(bytes, prefix) {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}
function mayBeArchive(bytes) {
  return bytes.length > 0 && FIRST_BYTES.has(bytes[0]) && PREFIXES.some(([, prefix]) => startsWith(bytes, prefix));
}
function isTarHeader(bytes, at2 = 0) {
  if (bytes.length < at2 + 512) return false;
  const field = bytes.toString("latin1", at2 + 148, at2 + 156).replace(/[\0 ]+$/, "").trim();
  if (!/^[0-7]{1,7}$/.test(field)) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : bytes[at2 + i];
  return sum === parseInt(field, 8);
}
function sniffArchive(bytes) {
  if (bytes.length < 4) return null;
  for (const [format, prefix] of PREFIXES) {
    if (!startsWith(bytes, prefix)) continue;
    if (format === "gzip" && bytes[2] !== 8) continue;
    if (format === "bzip2" && !/^BZh[1-9](1AY&SY|\x17rE8P\x90)/.test(bytes.toString("latin1", 0, 10)))
      continue;
    return format;
  }
  if (bytes.toString("latin1", 257, 262) === "ustar" && isTarHeader(bytes)) return "tar";
  return null;
}
var PREFIXES, MAGIC_PREFIX_BYTES, FIRST_BYTES, OPENED;
var init_sniff = __esm({
  "src/archive/sniff.ts"() {
    "use strict";
    PREFIXES = [
      ["zip", [80, 75, 3, 4]],
      ["zip", [80, 75, 5, 6]],
      // an empty zip: nothing to read, but not binary either
      ["gzip", [31, 139]],
      ["7z", [55, 122, 188, 175, 39, 28]],
      ["rar", [82, 97, 114, 33, 26, 7]],
      ["xz", [253, 55, 122, 88, 90, 0]],
      ["bzip2", [66, 90, 104]],
      ["zstd", [40, 181, 47, 253]]
    ];
    MAGIC_PREFIX_BYTES = 6;
    FIRST_BYTES = new Set(PREFIXES.map(([, prefix]) => prefix[0]));
    OPENED = /* @__PURE__ */ new Set(["zip", "gzip", "tar"]);
  }
});

// src/archive/zip.ts
import { inflateRawSync } from "node:zlib";
function findEnd(bytes) {
  const lowest = Math.max(0, bytes.length - END_BYTES - MAX_COMMENT);
  for (let at2 = bytes.length - END_BYTES; at2 >= lowest; at2--)
    if (bytes.readUInt32LE(at2) === END) return at2;
  throw new ArchiveError("no central directory (truncated, or not a zip)");
}
function* zipEntries(bytes) {
  const end = findEnd(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 65535 || size === 4294967295 || offset === 4294967295 || end >= 20 && bytes.readUInt32LE(end - 20) === ZIP64_LOCATOR)
    throw new ArchiveError("a zip64 archive (over 4 GiB or 65,535 entries): not supported");
  if (offset + size > end) throw new ArchiveError("its central directory lies outside the file");
  for (let at2 = offset; at2 + 46 <= offset + size; ) {
    if (bytes.readUInt32LE(at2) !== CENTRAL)
      throw new ArchiveError(`a broken central directory (at byte ${at2})`);
    const nameLength = bytes.readUInt16LE(at2 + 28);
    const next = at2 + 46 + nameLength + bytes.readUInt16LE(at2 + 30) + bytes.readUInt16LE(at2 + 32);
    if (next > offset + size) throw new ArchiveError("a central directory entry runs past its end");
    yield {
      name: bytes.toString("utf8", at2 + 46, at2 + 46 + nameLength),
      method: bytes.readUInt16LE(at2 + 10),
      encrypted: (bytes.readUInt16LE(at2 + 8) & 1) === 1,
      compressedSize: bytes.readUInt32LE(at2 + 20),
      declaredSize: bytes.readUInt32LE(at2 + 24),
      localOffset: bytes.readUInt32LE(at2 + 42)
    };
    at2 = next;
  }
}
function readZipEntry(bytes, entry, maxOutput) {
  const at2 = entry.localOffset;
  if (at2 + 30 > bytes.length || bytes.readUInt32LE(at2) !== LOCAL)
    throw new ArchiveError("its local header is missing");
  const start = at2 + 30 + bytes.readUInt16LE(at2 + 26) + bytes.readUInt16LE(at2 + 28);
  if (start + entry.compressedSize > bytes.length)
    throw new ArchiveError("its data runs past the end of the archive");
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > maxOutput) throw new TooLarge();
    return data;
  }
  return inflateLimited(() => inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput) }));
}
function inflateLimited(inflate) {
  try {
    return inflate();
  } catch (error) {
    if (error.code === "ERR_BUFFER_TOO_LARGE") throw new TooLarge();
    throw new ArchiveError(`corrupt compressed data (${error.message})`);
  }
}
var ArchiveError, TooLarge, END, CENTRAL, LOCAL, ZIP64_LOCATOR, END_BYTES, MAX_COMMENT, ZIP_METHODS;
var init_zip = __esm({
  "src/archive/zip.ts"() {
    "use strict";
    ArchiveError = class extends Error {
    };
    TooLarge = class extends Error {
    };
    END = 101010256;
    CENTRAL = 33639248;
    LOCAL = 67324752;
    ZIP64_LOCATOR = 117853008;
    END_BYTES = 22;
    MAX_COMMENT = 65535;
    ZIP_METHODS = {
      9: "deflate64",
      12: "bzip2",
      14: "lzma",
      93: "zstd",
      95: "xz",
      98: "ppmd",
      99: "AES encryption"
    };
  }
});

// src/archive/tar.ts
function text(block, start, length) {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.toString("utf8", 0, end === -1 ? length : end);
}
function sizeOf(block) {
  if (block[124] & 128) {
    let n = block[124] & 127;
    for (let i = 125; i < 136; i++) n = n * 256 + block[i];
    return n;
  }
  const field = text(block, 124, 12).trim();
  return field === "" ? 0 : parseInt(field, 8);
}
function paxPath(data) {
  const records = data.toString("utf8");
  for (const m of records.matchAll(/^\d+ path=([^\n]*)$/gm)) return m[1];
  return null;
}
function* tarEntries(bytes) {
  let longName = null;
  for (let at2 = 0; at2 + BLOCK <= bytes.length; ) {
    const block = bytes.subarray(at2, at2 + BLOCK);
    if (block.every((b) => b === 0)) return;
    if (!isTarHeader(bytes, at2)) throw new ArchiveError(`a broken tar header at byte ${at2}`);
    const size = sizeOf(block);
    if (!Number.isSafeInteger(size) || at2 + BLOCK + size > bytes.length)
      throw new ArchiveError(`an entry at byte ${at2} runs past the end of the archive`);
    const data = bytes.subarray(at2 + BLOCK, at2 + BLOCK + size);
    at2 += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(block[156]);
    if (type === "L") longName = text(data, 0, data.length);
    else if (type === "x") longName = paxPath(data) ?? longName;
    else if (type === "0" || type === "\0" || type === "7") {
      const prefix = text(block, 345, 155);
      const name = longName ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
      longName = null;
      yield { name, data };
    } else if (type !== "g") longName = null;
  }
}
var BLOCK;
var init_tar = __esm({
  "src/archive/tar.ts"() {
    "use strict";
    init_sniff();
    init_zip();
    BLOCK = 512;
  }
});

// src/archive/expand.ts
import { gunzipSync } from "node:zlib";
function gunzippedName(outer) {
  const base = outer.slice(outer.lastIndexOf("/") + 1);
  if (/\.tgz$/i.test(base)) return base.slice(0, -4) + ".tar";
  return /\.gz$/i.test(base) && base.length > 3 ? base.slice(0, -3) : `${base} (gunzipped)`;
}
function nameInGzip(bytes, outer) {
  const flags2 = bytes[3];
  let at2 = 10;
  if (flags2 & 4) at2 += 2 + bytes.readUInt16LE(Math.min(at2, bytes.length - 2));
  if (flags2 & 8 && at2 < bytes.length) {
    const end = bytes.indexOf(0, at2);
    if (end !== -1 && end - at2 <= 1024) return bytes.toString("utf8", at2, end);
  }
  return outer ? gunzippedName(outer) : "";
}
function notOpened(format) {
  return `archive not opened: ${format} is not a format flora-keyscan reads (zip, gzip, tar)`;
}
function* expandArchive(bytes, format, limits) {
  if (!OPENED.has(format)) return yield { entry: [], skipped: notOpened(format) };
  yield* new Expander(new Budget(limits, bytes.length)).open(bytes, format, [], 1);
}
var DEFAULT_ARCHIVE_LIMITS, RATIO_FLOOR_BYTES, mib, Budget, Expander;
var init_expand = __esm({
  "src/archive/expand.ts"() {
    "use strict";
    init_sniff();
    init_tar();
    init_zip();
    DEFAULT_ARCHIVE_LIMITS = {
      depth: 3,
      maxBytes: 256 * 1024 * 1024,
      maxRatio: 100,
      maxEntries: 1e5
    };
    RATIO_FLOOR_BYTES = 4 * 1024 * 1024;
    mib = (n) => `${Math.round(n / (1024 * 1024))} MiB`;
    Budget = class {
      constructor(limits, archiveBytes) {
        this.limits = limits;
        this.archiveBytes = archiveBytes;
        this.maxExpanded = Math.min(
          limits.maxBytes,
          Math.max(RATIO_FLOOR_BYTES, limits.maxRatio * archiveBytes)
        );
      }
      expanded = 0;
      entries = 0;
      /** Set once a cap is reached: nothing more is read. */
      full = null;
      maxExpanded;
      get room() {
        return this.maxExpanded - this.expanded;
      }
      /** Why the byte cap stops an entry: the total, or the ratio (a small archive that expands far). */
      byteCap() {
        return this.maxExpanded === this.limits.maxBytes ? `the archive expands past ${mib(this.limits.maxBytes)} in all (cap per archive): not read, nor the entries after it` : `the archive expands more than ${this.limits.maxRatio}\xD7 its ${this.archiveBytes} bytes (a decompression bomb?): not read, nor the entries after it`;
      }
    };
    Expander = class {
      constructor(budget) {
        this.budget = budget;
      }
      /** An entry's content: scanned as it is, or opened when it is an archive itself. */
      *content(bytes, chain, depth) {
        const format = sniffArchive(bytes);
        if (!format) return yield { entry: chain, bytes };
        if (!OPENED.has(format)) {
          yield { entry: chain, bytes };
          return yield { entry: chain, skipped: notOpened(format) };
        }
        if (depth >= this.budget.limits.depth) {
          yield { entry: chain, bytes };
          return yield {
            entry: chain,
            skipped: `a ${format} archive nested deeper than ${this.budget.limits.depth} (--max-archive-depth): not opened`
          };
        }
        yield { entry: chain, bytes, container: true };
        yield* this.open(bytes, format, chain, depth + 1);
      }
      /** The entries of one archive (depth counts it), or why it could not be read. */
      *open(bytes, format, chain, depth) {
        try {
          if (format === "zip") yield* this.zip(bytes, chain, depth);
          else if (format === "gzip") yield* this.gzip(bytes, chain, depth);
          else yield* this.tar(bytes, chain, depth);
        } catch (error) {
          if (!(error instanceof ArchiveError)) throw error;
          yield { entry: chain, skipped: `not a readable ${format} archive: ${error.message}` };
        }
      }
      /** Counts an entry; false (and the reason, once) when the entry cap or a byte cap stops reading. */
      *admit(chain) {
        const budget = this.budget;
        if (budget.full) return false;
        if (budget.entries >= budget.limits.maxEntries) {
          budget.full = `more than ${budget.limits.maxEntries} entries (cap per archive): the rest not read`;
          yield { entry: chain, skipped: budget.full };
          return false;
        }
        budget.entries++;
        return true;
      }
      *zip(bytes, chain, depth) {
        const overlap = { first: null, more: 0 };
        yield* this.zipItems(bytes, chain, depth, overlap);
        if (overlap.first) {
          const more = overlap.more ? ` (and ${overlap.more} more entries like it)` : "";
          const skipped2 = `its data is an earlier entry's: entries overlap${more}, not read again`;
          yield { entry: overlap.first, skipped: skipped2 };
        }
      }
      *zipItems(bytes, chain, depth, overlap) {
        const readAt = /* @__PURE__ */ new Set();
        for (const entry of zipEntries(bytes)) {
          if (entry.name.endsWith("/") && entry.compressedSize === 0 && entry.declaredSize === 0)
            continue;
          const here = [...chain, entry.name];
          if (readAt.has(entry.localOffset)) {
            if (overlap.first) overlap.more++;
            else overlap.first = here;
            continue;
          }
          readAt.add(entry.localOffset);
          if (!(yield* this.admit(here))) return;
          const unreadable = entry.encrypted ? "an encrypted zip entry: not read" : entry.method !== 0 && entry.method !== 8 ? `compressed with ${ZIP_METHODS[entry.method] ?? `method ${entry.method}`}, which flora-keyscan does not read` : null;
          if (unreadable) {
            yield { entry: here, skipped: unreadable };
            continue;
          }
          const read = this.expand(
            here,
            () => entry.declaredSize > this.budget.room ? null : readZipEntry(bytes, entry, this.budget.room)
          );
          if (read instanceof Array) return yield* read;
          yield* this.content(read, here, depth);
        }
      }
      *gzip(bytes, chain, depth) {
        const name = nameInGzip(bytes, chain[chain.length - 1] ?? "");
        if (!(yield* this.admit([...chain, name]))) return;
        const read = this.expand(
          [...chain, name],
          () => inflateLimited(() => gunzipSync(bytes, { maxOutputLength: Math.max(1, this.budget.room) }))
        );
        if (read instanceof Array) return yield* read;
        if (sniffArchive(read) === "tar") {
          yield { entry: [...chain, name], bytes: read, container: true };
          yield* this.open(read, "tar", chain, depth);
        } else yield* this.content(read, [...chain, name], depth);
      }
      *tar(bytes, chain, depth) {
        for (const { name, data } of tarEntries(bytes)) {
          const here = [...chain, name];
          if (!(yield* this.admit(here))) return;
          yield* this.content(data, here, depth);
        }
      }
      /**
       * Expands one entry within the budget: its bytes, or (an array) what to report when a byte cap
       * stops it. `read` returns null for an entry that claims more than the room left.
       */
      expand(chain, read) {
        let out;
        try {
          out = read();
        } catch (error) {
          if (!(error instanceof TooLarge)) throw error;
          out = null;
        }
        if (out === null) {
          this.budget.full = this.budget.byteCap();
          return [{ entry: chain, skipped: this.budget.full }];
        }
        this.budget.expanded += out.length;
        return out;
      }
    };
  }
});

// src/report/location.ts
function archiveEntries(file, entries) {
  return entries[0] === "" ? [gunzippedName(file), ...entries.slice(1)] : entries;
}
function archiveLocation(file, entries) {
  return [file, ...archiveEntries(file, entries)].join("!");
}
function shortId(id) {
  return id ? id.slice(0, 10) : "";
}
function describeLocation(f) {
  const p = f.provenance;
  if (p.kind === "message")
    return `${p.objectType} ${p.part === "header" ? "header" : "message"} of ${shortId(p.commit)}:${f.line}:${f.column}`;
  if (p.kind === "note") {
    const encoded = f.encoding ? ` (${f.encoding}-encoded)` : "";
    return `note on commit ${shortId(p.note)}:${f.line}:${f.column}${encoded}, added in ${shortId(p.commit)} by ${p.author} on ${p.date.slice(0, 10)}`;
  }
  if (p.kind === "ref") return `the ref name ${p.ref} (column ${f.column})`;
  if (p.kind === "path") return `the file name ${p.path} (column ${f.column})`;
  const place = p.kind === "blob" && p.path === null ? `blob ${shortId(p.blob)}` : p.path;
  let out = `${f.inArchive ? archiveLocation(place ?? "", f.inArchive) : place}:${f.line}:${f.column}`;
  if (f.byteOffset !== void 0) out += ` (binary, byte ${f.byteOffset})`;
  if (f.encoding) out += ` (${f.encoding}-encoded)`;
  if (p.kind === "commit")
    out += ` in ${shortId(p.commit)} by ${p.author} on ${p.date.slice(0, 10)}`;
  return out;
}
var init_location = __esm({
  "src/report/location.ts"() {
    "use strict";
    init_expand();
  }
});

// src/verify/probe.ts
function realSleep(ms, signal) {
  return new Promise((resolve5) => {
    const timer = setTimeout(resolve5, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve5()), { once: true });
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
function errorCode({ text: text2, truncated }, path) {
  let body;
  try {
    body = JSON.parse(text2);
  } catch {
    return { json: truncated && /^\s*[[{]/.test(text2), code: null };
  }
  const code = (path ?? "").split(".").reduce(
    (at2, key) => key && typeof at2 === "object" && at2 !== null ? at2[key] : void 0,
    body
  );
  return {
    json: true,
    code: path && typeof code === "string" && /^[A-Za-z0-9_.-]{1,64}$/.test(code) ? code : null
  };
}
function verdictOf(now, status, httpStatus, code, requestId, reason) {
  return { status, httpStatus, code, requestId, checkedAt: isoUtc(now()), reason };
}
async function attempt(url, spec, headers, options, now) {
  const unknown = (reason, status2 = null, code18 = null, id = null) => ({ verdict: verdictOf(now, "unknown", status2, code18, id, reason) });
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
  const { json, code } = errorCode(await readCapped(response), spec.errorCode);
  if (status === 429 || status >= 500)
    return {
      retry: {
        status,
        code,
        requestId,
        retryAfter: retryAfterMs(response.headers.get("retry-after"), now())
      }
    };
  if (spec.json && !json)
    return unknown(`answer was not JSON (HTTP ${status})`, status, null, requestId);
  if (spec.live.includes(status))
    return { verdict: verdictOf(now, "live", status, code, requestId, null) };
  if (spec.inactive.includes(status))
    return { verdict: verdictOf(now, "inactive", status, code, requestId, null) };
  return unknown(`unexpected answer HTTP ${status}`, status, code, requestId);
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
    const { status, code, requestId, retryAfter } = outcome.retry;
    if (tries >= options.maxAttempts)
      return verdictOf(
        now,
        "unknown",
        status,
        code,
        requestId,
        status === 429 ? `rate limited after ${tries} tries` : `server error after ${tries} tries`
      );
    const base = status === 429 ? retryAfter ?? RATE_LIMIT_DEFAULT_WAIT_MS : SERVER_ERROR_FIRST_WAIT_MS;
    wait = Math.min(MAX_WAIT_MS, Math.max(MIN_WAIT_MS, base, wait * 2));
    await sleep(wait, options.signal);
  }
}
var RATE_LIMIT_DEFAULT_WAIT_MS, SERVER_ERROR_FIRST_WAIT_MS, MIN_WAIT_MS, MAX_WAIT_MS, MAX_BODY_BYTES;
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

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env2 = p.env || {};
    var isColorSupported = !(!!env2.NO_COLOR || argv.includes("--no-color")) && (!!env2.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env2.TERM !== "dumb" || !!env2.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors2 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors2();
    module.exports.createColors = createColors2;
  }
});

// src/messages.ts
function blockedFooter(blocking) {
  const verb = blocking === "commit" ? "Commit" : "Push";
  const bypass = blocking === "commit" ? "git commit --no-verify (the key is then committed)" : "git push --no-verify (the key is then published)";
  return `${verb} blocked by flora-keyscan. Not a key? Add flora-keyscan:allow on its line, or accept it with flora-keyscan baseline. Bypass once: ${bypass}.`;
}
var PROJECT_URL;
var init_messages = __esm({
  "src/messages.ts"() {
    "use strict";
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
function printable2(text2) {
  return text2.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED2[c] ?? (code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
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
var CONTROL, NAMED2;
var init_escape = __esm({
  "src/report/escape.ts"() {
    "use strict";
    CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
    NAMED2 = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
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
    stats.utf32 && `${stats.utf32} UTF-32`,
    stats.binary && `${stats.binary} binary`,
    stats.archives && `${plural(stats.archives, "archive")} opened (${stats.archiveEntries} ${stats.archiveEntries === 1 ? "entry" : "entries"} scanned)`,
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
  const c = (0, import_picocolors.createColors)(options.color);
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
var import_picocolors, LIST_LIMIT, ADVICE_NAMES, REF_LIMIT, SUPPRESSION_WORDS;
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    import_picocolors = __toESM(require_picocolors(), 1);
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
function archiveJson(f) {
  if (!f.inArchive) return {};
  const outer = pathOf(f) ?? blobOf(f) ?? "";
  const entries = archiveEntries(outer, f.inArchive);
  return { archive: [outer, ...entries.slice(0, -1)], entry: entries.at(-1) };
}
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
    ...archiveJson(f),
    line: f.line,
    column: f.column,
    commit: commitOf(f),
    ...blobOf(f) ? { blob: blobOf(f) } : {},
    ...f.provenance.kind === "message" ? { location: f.provenance.part ?? "message" } : {},
    ...f.provenance.kind === "path" ? { location: "path" } : {},
    ...f.provenance.kind === "ref" ? { location: "ref", ref: f.provenance.ref } : {},
    ...f.provenance.kind === "note" ? { location: "note", note: f.provenance.note } : {},
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
    init_location();
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
    const name = p.kind === "message" ? p.commit : p.kind === "blob" || p.kind === "note" ? p.blob : void 0;
    return { logicalLocations: [{ name: describeLocation(f), kind, fullyQualifiedName: name }] };
  }
  if (f.inArchive)
    return {
      physicalLocation: { artifactLocation: { uri: encodeURI(path), uriBaseId: "%SRCROOT%" } },
      logicalLocations: [
        {
          name: describeLocation(f),
          kind: "member",
          fullyQualifiedName: archiveLocation(path, f.inArchive)
        }
      ]
    };
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
    const place = path === null ? "" : f.inArchive ? `file=${escapeProperty(path)},` : `file=${escapeProperty(path)},line=${f.line},col=${f.column},`;
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

// src/audit/audit-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/audit/scan.ts
import { join as join10, resolve as resolve4 } from "node:path";

// src/bounded-read.ts
init_errors();
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
function readBoundedText(path, { limit, followLinks }) {
  let fd;
  try {
    fd = openSync(
      path,
      constants.O_RDONLY | constants.O_NONBLOCK | (followLinks ? 0 : constants.O_NOFOLLOW)
    );
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    if (code === "ELOOP")
      throw new UserError(`cannot read ${path}: a symbolic link (not followed)`);
    throw new UserError(`cannot read ${path}: ${code}`);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new UserError(`cannot read ${path}: not a regular file`);
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit)
        throw new UserError(`cannot read ${path}: larger than ${limit} bytes, too large for it`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

// src/policy-files.ts
import { join } from "node:path";
var CONFIG_FILE = "flora-keyscan.config.json";
var IGNORE_FILE = ".flora-keyscan-ignore";
var PACKAGE_KEY = "flora-keyscan";
var NAMES = [CONFIG_FILE, "package.json", IGNORE_FILE];
function worktreeFiles(root) {
  return {
    origin: "the working tree",
    read: (name) => readPolicyFile(join(root, name)),
    describe: (name) => join(root, name)
  };
}
var POLICY_FILE_BYTES = 4 * 1024 * 1024;
function readPolicyFile(path) {
  return readBoundedText(path, { limit: POLICY_FILE_BYTES, followLinks: false });
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
var NO_FILES = {
  origin: "nowhere (--no-repo-config)",
  read: () => null,
  describe: (name) => name
};

// src/config.ts
import { resolve } from "node:path";
init_errors();

// node_modules/re2js/build/index.js
var RE2Flags = class RE2Flags2 {
  static FOLD_CASE = 1;
  static LITERAL = 2;
  static CLASS_NL = 4;
  static DOT_NL = 8;
  static ONE_LINE = 16;
  static NON_GREEDY = 32;
  static PERL_X = 64;
  static UNICODE_GROUPS = 128;
  static WAS_DOLLAR = 256;
  static LOOKBEHIND = 512;
  static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
  static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
  static POSIX = 0;
  static UNANCHORED = 0;
  static ANCHOR_START = 1;
  static ANCHOR_BOTH = 2;
};
var PublicFlags = {
  CASE_INSENSITIVE: 1,
  DOTALL: 2,
  MULTILINE: 4,
  DISABLE_UNICODE_GROUPS: 8,
  LONGEST_MATCH: 16,
  LOOKBEHINDS: 512
};
var ASCII_SIZE = 128;
var ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
var ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
var MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
  if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
  else ASCII_TO_UPPER[i] = i;
  if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
  else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
  static CODES = Object.freeze({
    "\x07": 7,
    "\b": 8,
    "	": 9,
    "\n": 10,
    "\v": 11,
    "\f": 12,
    "\r": 13,
    " ": 32,
    '"': 34,
    $: 36,
    "&": 38,
    "'": 39,
    "(": 40,
    ")": 41,
    "*": 42,
    "+": 43,
    "-": 45,
    ".": 46,
    0: 48,
    1: 49,
    2: 50,
    3: 51,
    4: 52,
    5: 53,
    6: 54,
    7: 55,
    8: 56,
    9: 57,
    ":": 58,
    "<": 60,
    ">": 62,
    "?": 63,
    A: 65,
    B: 66,
    C: 67,
    F: 70,
    P: 80,
    Q: 81,
    U: 85,
    Z: 90,
    "[": 91,
    "\\": 92,
    "]": 93,
    "^": 94,
    _: 95,
    "`": 96,
    a: 97,
    b: 98,
    f: 102,
    i: 105,
    m: 109,
    n: 110,
    r: 114,
    s: 115,
    t: 116,
    v: 118,
    x: 120,
    z: 122,
    "{": 123,
    "|": 124,
    "}": 125
  });
  static toUpperCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
    const s = String.fromCodePoint(codepoint).toUpperCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
  static toLowerCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
    const s = String.fromCodePoint(codepoint).toLowerCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
};
var UnicodeRangeTable = class {
  /**
  * @param {Uint32Array | number[]} data
  * @param {boolean} isStride1
  */
  constructor(data, isStride1 = false) {
    this.data = data;
    this.isStride1 = isStride1;
    this.SIZE = isStride1 ? 2 : 3;
  }
  getLo(index) {
    return this.data[index * this.SIZE];
  }
  getHi(index) {
    return this.data[index * this.SIZE + 1];
  }
  getStride(index) {
    return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
  }
  get length() {
    return this.data.length / this.SIZE;
  }
};
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
var B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
var decodeVLQ = (str2) => {
  const res = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < str2.length; i++) {
    const digit = B64_MAP[str2.charCodeAt(i)];
    value |= (digit & 31) << shift;
    if ((digit & 32) === 0) {
      res.push(value);
      value = 0;
      shift = 0;
    } else shift += 5;
  }
  return res;
};
var decodeRanges = (str2, isStride1) => {
  const res = decodeVLQ(str2);
  const numRanges = isStride1 ? res.length / 2 : res.length / 3;
  const out = new Uint32Array(numRanges * 3);
  let current = 0;
  let resIdx = 0;
  for (let i = 0; i < numRanges; i++) {
    current += res[resIdx++];
    out[i * 3] = current;
    current += res[resIdx++];
    out[i * 3 + 1] = current;
    out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
  }
  return out;
};
var decodeOrbit = (str2) => {
  const res = decodeVLQ(str2);
  const map = /* @__PURE__ */ new Map();
  let currentKey = 0;
  for (let i = 0; i < res.length; i += 2) {
    currentKey += res[i];
    const zz = res[i + 1];
    const delta = zz >>> 1 ^ -(zz & 1);
    map.set(currentKey, currentKey + delta);
  }
  return map;
};
var LazyMap = class {
  constructor(initializer) {
    this.initializer = initializer;
    this.cache = /* @__PURE__ */ new Map();
  }
  has(key) {
    return Object.hasOwn(this.initializer, key);
  }
  get(key) {
    if (this.cache.has(key)) return this.cache.get(key);
    const val = this.has(key) ? this.initializer[key]() : null;
    this.cache.set(key, val);
    return val;
  }
};
var UnicodeTables = class {
  static _CASE_ORBIT = null;
  static get CASE_ORBIT() {
    if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
    return this._CASE_ORBIT;
  }
  static _Print = null;
  static get Print() {
    if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
    return this._Print;
  }
  static CATEGORIES = new LazyMap({
    C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
    Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
    Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
    Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
    Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
    Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
    L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
    Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
    Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
    Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
    Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
    Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
    No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
    P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
    Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
    Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
    Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
    Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
    S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
    Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
    Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
    So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
    Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
    Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
    Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
    ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
    Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
    Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
    Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
    Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
    Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
    Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
    Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
    White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
  });
  static SCRIPTS = new LazyMap({
    Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
    Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
    Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
    Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
    Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
    Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
    Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
    Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
    Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
    Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
    Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
    Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
    Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
    Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
    Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
    Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
    Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
    Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
    Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
    Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
    Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
    Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
    Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
    Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
    Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
    Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
    Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
    Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
    Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
    Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
    Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
    Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
    Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
    Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
    Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
    Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
    Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
    Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
    Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
    Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
    Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
    Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
    Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
    Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
    Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
    Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
    Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
    Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
    Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
    Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
    Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
    Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
    Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
    Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
    Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
    Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
    Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
    Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
    Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
    Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
    Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
    Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
    Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
    Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
    Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
    Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
    Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
    Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
    Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
    Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
    Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
    Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
    Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
    Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
    Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
    Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
    Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
    Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
    Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
    Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
    Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
    Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
    Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
    Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
    Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
    Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
    Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
    Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
    Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
    Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
    Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
    Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
    Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
    Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
    Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
    Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
    Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
    Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
    Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
    Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
    New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
    Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
    Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
    Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
    Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
    Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
    Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
    Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
    Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
    Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
    Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
    Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
    Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
    Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
    Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
    Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
    Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
    Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
    Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
    Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
    Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
    Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
    Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
    Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
    Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
    Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
    Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
    Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
    Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
    Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
    Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
    Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
    Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
    Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
    SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
    Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
    Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
    Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
    Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
    Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
    Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
    Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
    Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
    Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
    Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
    Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
    Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
    Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
    Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
    Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
    Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
    Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
    Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
    Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
    Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
    Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
    Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
    Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
    Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
    Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
    Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
    Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
    Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
    Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
    Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
    Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
    Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
    Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
    Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
    Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
    Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
    Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
  });
  static FOLD_CATEGORIES = new LazyMap({
    L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
  });
  static FOLD_SCRIPT = new LazyMap({
    Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
  });
};
var Unicode = class Unicode2 {
  static MAX_RUNE = 1114111;
  static RUNE_ERROR = 65533;
  static isUnsearchable(r) {
    return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
  }
  static MAX_ASCII = 127;
  static MAX_LATIN1 = 255;
  static MAX_BMP = 65535;
  static MIN_FOLD = 65;
  static MAX_FOLD = 125251;
  static MIN_HIGH_SURROGATE = 55296;
  static MAX_HIGH_SURROGATE = 56319;
  static MIN_LOW_SURROGATE = 56320;
  static MAX_LOW_SURROGATE = 57343;
  static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
  static is32(ranges, r) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const m = lo + Math.floor((hi - lo) / 2);
      const rlo = ranges.getLo(m);
      const rhi = ranges.getHi(m);
      if (rlo <= r && r <= rhi) {
        const stride = ranges.getStride(m);
        return (r - rlo) % stride === 0;
      }
      if (r < rlo) hi = m;
      else lo = m + 1;
    }
    return false;
  }
  static is(ranges, r) {
    if (r <= Unicode2.MAX_LATIN1) {
      for (let i = 0; i < ranges.length; i++) {
        if (r > ranges.getHi(i)) continue;
        const rlo = ranges.getLo(i);
        if (r < rlo) return false;
        const stride = ranges.getStride(i);
        return (r - rlo) % stride === 0;
      }
      return false;
    }
    return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
  }
  static isPrint(r) {
    if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
    return Unicode2.is(UnicodeTables.Print, r);
  }
  static simpleFold(r) {
    if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
    if (r <= Unicode2.MAX_ASCII) {
      const l = Codepoint.toLowerCase(r);
      return l !== r ? l : Codepoint.toUpperCase(r);
    }
    return r;
  }
  static equalsIgnoreCase(r1, r2) {
    if (r1 === r2) return true;
    if (r1 < 0 || r2 < 0) return false;
    if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
      if (65 <= r1 && r1 <= 90) r1 |= 32;
      if (65 <= r2 && r2 <= 90) r2 |= 32;
      return r1 === r2;
    }
    for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
    return false;
  }
};
var RE2JSException = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSException";
  }
};
var RE2JSSyntaxException = class extends RE2JSException {
  /**
  * @param {string} error
  * @param {string|null} [input=null]
  */
  constructor(error, input = null) {
    let message = `error parsing regexp: ${error}`;
    if (input) message += `: \`${input}\``;
    super(message);
    this.name = "RE2JSSyntaxException";
    this.message = message;
    this.error = error;
    this.input = input;
  }
  /**
  * Retrieves the description of the error.
  * @returns {string}
  */
  getDescription() {
    return this.error;
  }
  /**
  * Retrieves the erroneous regular-expression pattern.
  * @returns {string|null}
  */
  getPattern() {
    return this.input;
  }
};
var RE2JSCompileException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSCompileException";
  }
};
var RE2JSGroupException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSGroupException";
  }
};
var RE2JSFlagsException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSFlagsException";
  }
};
var RE2JSInternalException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSInternalException";
  }
};
var FAST_PATH_TABLE_SIZE = 256;
var WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
var cachedNativeEncoder = null;
var cachedNativeDecoder = null;
var Utils = class Utils2 {
  static METACHARACTERS = "\\.+*?()|[]{}^$";
  static EMPTY_BEGIN_LINE = 1;
  static EMPTY_END_LINE = 2;
  static EMPTY_BEGIN_TEXT = 4;
  static EMPTY_END_TEXT = 8;
  static EMPTY_WORD_BOUNDARY = 16;
  static EMPTY_NO_WORD_BOUNDARY = 32;
  static EMPTY_ALL = -1;
  static emptyInts() {
    return [];
  }
  static isString(value) {
    return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
  }
  static typeName(value) {
    if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
    return Object.prototype.toString.call(value).slice(8, -1);
  }
  static checkPattern(pattern) {
    if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
  }
  static checkInput(input) {
    if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
  }
  static checkFlags(flags2) {
    const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
    if (!Number.isInteger(flags2) || (flags2 & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
  }
  static isByteArray(input) {
    return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
  }
  static isalnum(c) {
    return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
  }
  static unhex(c) {
    if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
    if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
    if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
    return -1;
  }
  static escapeRune(rune) {
    let out = "";
    if (Unicode.isPrint(rune)) {
      if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
      out += String.fromCodePoint(rune);
    } else switch (rune) {
      case Codepoint.CODES['"']:
        out += '\\"';
        break;
      case Codepoint.CODES["\\"]:
        out += "\\\\";
        break;
      case Codepoint.CODES["	"]:
        out += "\\t";
        break;
      case Codepoint.CODES["\n"]:
        out += "\\n";
        break;
      case Codepoint.CODES["\r"]:
        out += "\\r";
        break;
      case Codepoint.CODES["\b"]:
        out += "\\b";
        break;
      case Codepoint.CODES["\f"]:
        out += "\\f";
        break;
      default: {
        let s = rune.toString(16);
        if (rune < 256) {
          out += "\\x";
          if (s.length === 1) out += "0";
          out += s;
        } else out += `\\x{${s}}`;
        break;
      }
    }
    return out;
  }
  static stringToRunes(str2) {
    const string = String(str2);
    const runes = [];
    let i = 0;
    while (i < string.length) {
      const cp = string.codePointAt(i);
      runes.push(cp);
      i += cp > Unicode.MAX_BMP ? 2 : 1;
    }
    return new Int32Array(runes);
  }
  static runeToString(r) {
    return String.fromCodePoint(r);
  }
  static isWordRune(r) {
    return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
  }
  static emptyOpContext(r1, r2) {
    let op = 0;
    if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
    if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
    if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
    if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
    if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
    else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
    return op;
  }
  /**
  * Returns a string that quotes all regular expression metacharacters inside the argument text;
  * the returned string is a regular expression matching the literal text. For example,
  * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
  * @param {string} str
  * @returns {string}
  */
  static quoteMeta(str2) {
    return str2.split("").map((s) => {
      if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
      return s;
    }).join("");
  }
  static charCount(codePoint) {
    return codePoint > Unicode.MAX_BMP ? 2 : 1;
  }
  /**
  * High-speed conversion from TypedArrays to standard JS Arrays.
  * Bypasses the expensive Symbol.iterator overhead of Array.from()
  */
  static toArray(typedArray) {
    const len = typedArray.length;
    const res = new Array(len);
    for (let i = 0; i < len; i++) res[i] = typedArray[i];
    return res;
  }
  static stringToUtf8ByteArray(str2) {
    if (globalThis.TextEncoder) {
      if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
      return cachedNativeEncoder.encode(str2);
    } else {
      let out = [], p = 0;
      for (let i = 0; i < str2.length; i++) {
        let c = str2.charCodeAt(i);
        if (c < 128) out[p++] = c;
        else if (c < 2048) {
          out[p++] = c >> 6 | 192;
          out[p++] = c & 63 | 128;
        } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str2.length && (str2.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
          c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str2.charCodeAt(++i) & 1023);
          out[p++] = c >> 18 | 240;
          out[p++] = c >> 12 & 63 | 128;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        } else {
          out[p++] = c >> 12 | 224;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        }
      }
      return out;
    }
  }
  static utf8ByteArrayToString(bytes) {
    if (globalThis.TextDecoder) {
      if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
      const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      return cachedNativeDecoder.decode(view);
    } else {
      let out = [], pos = 0, c = 0;
      while (pos < bytes.length) {
        let c1 = bytes[pos++];
        if (c1 < 128) out[c++] = String.fromCharCode(c1);
        else if (c1 > 191 && c1 < 224) {
          let c2 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
        } else if (c1 > 239 && c1 < 365) {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          let c4 = bytes[pos++];
          let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
          out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
          out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
        } else {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
        }
      }
      return out.join("");
    }
  }
};
var createEnum = (values = [], initNum = 0) => {
  const enumObject = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < values.length; i++) {
    const val = values[i];
    const keyVal = initNum + i;
    enumObject[val] = keyVal;
    enumObject[keyVal] = val;
  }
  return Object.freeze(enumObject);
};
var MatcherInputBase = class MatcherInputBase2 {
  static Encoding = createEnum(["UTF_16", "UTF_8"]);
  getEncoding() {
    throw Error("not implemented");
  }
  /** @returns {string} */
  asCharSequence() {
    throw Error("not implemented");
  }
  /** @returns {Uint8Array|number[]|null} */
  asBytes() {
    throw Error("not implemented");
  }
  /** @returns {number} */
  length() {
    throw Error("not implemented");
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF8Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF16Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
  }
};
var Utf8MatcherInput = class extends MatcherInputBase {
  /** @param {Uint8Array|number[]|null} bytes */
  constructor(bytes = null) {
    super();
    this.bytes = bytes;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_8;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return Utils.utf8ByteArrayToString(this.bytes);
  }
  /**
  *
  * @returns {Uint8Array|number[]|null}
  */
  asBytes() {
    return this.bytes;
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.bytes.length;
  }
};
var Utf16MatcherInput = class extends MatcherInputBase {
  /** @param {string|null} charSequence */
  constructor(charSequence = null) {
    super();
    this.charSequence = charSequence;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_16;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return this.charSequence;
  }
  /**
  *
  * @returns {number[]}
  */
  asBytes() {
    return Utils.stringToUtf8ByteArray(this.charSequence.toString());
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.charSequence.length;
  }
};
var MatcherInput = class {
  /**
  * Return the MatcherInput for UTF_16 encoding.
  * @returns {Utf16MatcherInput}
  */
  static utf16(charSequence) {
    Utils.checkInput(charSequence);
    return new Utf16MatcherInput(charSequence);
  }
  /**
  * Return the MatcherInput for UTF_8 encoding.
  * @returns {Utf8MatcherInput}
  */
  static utf8(input) {
    if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
    return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
  }
};
var MachineInputBase = class {
  static EOF() {
    return -8;
  }
  constructor() {
    this.start = 0;
    this.end = 0;
  }
  canCheckPrefix() {
    return true;
  }
  endPos() {
    return this.end - this.start;
  }
  hasString() {
    return false;
  }
  hasAnyString() {
    return false;
  }
  prefixLength() {
    return 0;
  }
};
var MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
  static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
  constructor(bytes, start = 0, end = bytes.length) {
    super();
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const target = prefilter.bytes;
    if (target.length === 0) return true;
    const idx = this.indexOf(this.bytes, target, this.start + pos);
    return idx !== -1 && idx <= this.end - target.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c = this.bytes[pos] & 255;
    if (c < 128) return c << 3 | 1;
    let size;
    let rune;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) {
      size = 2;
      rune = c & 31;
    } else if (c >= 224 && c <= 239) {
      size = 3;
      rune = c & 15;
      if (c === 224) lo = 160;
      else if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      size = 4;
      rune = c & 7;
      if (c === 240) lo = 144;
      else if (c === 244) hi = 143;
    } else return MachineUTF8Input2.RUNE_ERROR_STEP;
    if (pos + size > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
    const c1 = this.bytes[pos + 1] & 255;
    if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
    rune = rune << 6 | c1 & 63;
    if (size > 2) {
      const c2 = this.bytes[pos + 2] & 255;
      if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
      rune = rune << 6 | c2 & 63;
      if (size > 3) {
        const c3 = this.bytes[pos + 3] & 255;
        if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c3 & 63;
      }
    }
    return rune << 3 | size;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
    return i < 0 ? i : i - pos;
  }
  context(pos) {
    pos += this.start;
    let r1 = -1;
    if (pos > this.start && pos <= this.end) {
      let start = pos - 1;
      r1 = this.bytes[start--];
      if (r1 >= 128) {
        let lim = pos - 4;
        if (lim < this.start) lim = this.start;
        while (start >= lim && (this.bytes[start] & 192) === 128) start--;
        if (start < this.start) start = this.start;
        const r = this.step(start - this.start);
        r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
      }
    }
    const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  indexOf(source, target, fromIndex = 0) {
    let targetLength = target.length;
    if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
    const firstByte = target[0];
    let limit = this.end - targetLength;
    const hasNativeIndexOf = typeof source.indexOf === "function";
    let i = fromIndex;
    while (i <= limit) {
      if (hasNativeIndexOf) {
        i = source.indexOf(firstByte, i);
        if (i === -1 || i > limit) return -1;
      } else {
        while (i <= limit && source[i] !== firstByte) i++;
        if (i > limit) return -1;
      }
      let match = true;
      for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
        match = false;
        break;
      }
      if (match) return i;
      i++;
    }
    return -1;
  }
  prefixLength(re2) {
    return re2.prefixUTF8.length;
  }
};
var MachineUTF16Input = class extends MachineInputBase {
  constructor(charSequence, start = 0, end = charSequence.length) {
    super();
    this.charSequence = charSequence;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
    return idx !== -1 && idx <= this.end - prefilter.str.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c1 = this.charSequence.charCodeAt(pos);
    if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
    const c2 = this.charSequence.charCodeAt(pos + 1);
    if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
    return c1 << 3 | 1;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.charSequence.indexOf(re2.prefix, pos);
    if (i < 0 || i > this.end - re2.prefix.length) return -1;
    return i - pos;
  }
  context(pos) {
    pos += this.start;
    const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
    const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  prefixLength(re2) {
    return re2.prefix.length;
  }
};
var MachineInput = class {
  static fromUTF8(bytes, start = 0, end = bytes.length) {
    return new MachineUTF8Input(bytes, start, end);
  }
  static fromUTF16(charSequence, start = 0, end = void 0) {
    Utils.checkInput(charSequence);
    return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
  }
};
var Matcher = class Matcher2 {
  /**
  * V8 and WebKit have historical hard limits on the number of arguments
  * that can be passed to a function. We cap replacer arguments to prevent
  * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
  */
  static MAX_REPLACER_ARGS = 65535;
  /**
  * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
  * {@link #appendReplacement} as a literal replacement of {@code s}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str2, javaMode = false) {
    if (javaMode) {
      if (str2.indexOf("\\") < 0 && str2.indexOf("$") < 0) return str2;
      return str2.split("").map((s) => {
        const c = s.codePointAt(0);
        if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
        return s;
      }).join("");
    }
    if (str2.indexOf("$") < 0) return str2;
    return str2.split("").map((s) => {
      if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
      return s;
    }).join("");
  }
  /**
  *
  * @param {import('./index.js').RE2JS} pattern
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  */
  constructor(pattern, input) {
    if (pattern === null) throw new Error("pattern is null");
    this.patternInput = pattern;
    const re2 = this.patternInput.re2();
    this.patternGroupCount = re2.numberOfCapturingGroups();
    this.groups = [];
    this.namedGroups = re2.namedGroups;
    this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
    this.numberOfInstructions = re2.numberOfInstructions();
    this.lookbehindState = null;
    if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
    else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
    else this.resetMatcherInput(MatcherInput.utf16(input));
  }
  /**
  * Returns the {@code RE2JS} associated with this {@code Matcher}.
  * @returns {import('./index.js').RE2JS}
  */
  pattern() {
    return this.patternInput;
  }
  /**
  * Resets the {@code Matcher}, rewinding input and discarding any match information.
  *
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  reset() {
    this.matcherInputLength = this.matcherInput.length();
    this.appendPos = 0;
    this.hasMatch = false;
    this.hasGroups = false;
    this.anchorFlag = 0;
    return this;
  }
  /**
  * Resets the {@code Matcher} and changes the input.
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  resetMatcherInput(input) {
    if (input === null) throw new Error("input is null");
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    this.matcherInput = input;
    if (this.lookbehindState !== null) this.lookbehindState.reset();
    else this.lookbehindState = this.patternInput.re2().createLookbehindState();
    this.reset();
    return this;
  }
  /**
  * Returns the start of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  start(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group];
  }
  /**
  * Returns the end of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  end(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group + 1];
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.numberOfInstructions;
  }
  /**
  * Returns the named group of the most recent match, or {@code null} if the group was not matched.
  * @param {string|number} [group=0]
  * @returns {string|null}
  */
  group(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    const start = this.start(group);
    const end = this.end(group);
    if (start < 0 && end < 0) return null;
    return this.substring(start, end);
  }
  /**
  * Returns a dictionary map of all named capturing groups and their matched values.
  * If a group was not matched, its value will be `null`.
  * @returns {Record<string, string|null>}
  */
  getNamedGroups() {
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    const result = /* @__PURE__ */ Object.create(null);
    for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
    return result;
  }
  /**
  * Returns the number of subgroups in this pattern.
  *
  * @returns {number} the number of subgroups; the overall match (group 0) does not count
  */
  groupCount() {
    return this.patternGroupCount;
  }
  /**
  * Helper: finds subgroup information if needed for group.
  * @param {number} group
  * @private
  */
  loadGroup(group) {
    if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    if (group === 0 || this.hasGroups) return;
    const end = this.matcherInputLength;
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
    if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
    this.groups = res[1];
    this.hasGroups = true;
  }
  /**
  * Matches the entire input against the pattern (anchored start and end). If there is a match,
  * {@code matches} sets the match state to describe it.
  *
  * @returns {boolean} true if the entire input matches the pattern
  */
  matches() {
    return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
  }
  /**
  * Matches the beginning of input against the pattern (anchored start). If there is a match,
  * {@code lookingAt} sets the match state to describe it.
  *
  * @returns {boolean} true if the beginning of the input matches the pattern
  */
  lookingAt() {
    return this.genMatch(0, RE2Flags.ANCHOR_START);
  }
  /**
  * Matches the input against the pattern (unanchored), starting at a specified position. If there
  * is a match, {@code find} sets the match state to describe it.
  *
  * @param {number|null} [start=null] the input position where the search begins
  * @returns {boolean} if it finds a match
  * @throws IndexOutOfBoundsException if start is not a valid input position
  */
  find(start = null) {
    if (start !== null) {
      if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
      this.reset();
      return this.genMatch(start, 0);
    }
    start = 0;
    if (this.hasMatch) {
      start = this.groups[1];
      if (this.groups[0] === this.groups[1]) {
        const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
        if (r < 0) start++;
        else start += r & 7;
      }
    }
    return this.genMatch(start, RE2Flags.UNANCHORED);
  }
  /**
  * Helper: does match starting at start, with RE2 anchor flag.
  * @param {number} startByte
  * @param {number} anchor
  * @returns {boolean}
  * @private
  */
  genMatch(startByte, anchor) {
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
    if (!res[0]) {
      this.hasMatch = false;
      return false;
    }
    this.groups = res[1];
    this.hasMatch = true;
    this.hasGroups = this.patternGroupCount === 0;
    this.anchorFlag = anchor;
    return true;
  }
  /**
  * Helper: return substring for [start, end).
  * @param {number} start
  * @param {number} end
  * @returns {string}
  */
  substring(start, end) {
    if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
    return this.matcherInput.asCharSequence().substring(start, end).toString();
  }
  /**
  * Helper for Pattern: return input length.
  * @returns {number}
  */
  inputLength() {
    return this.matcherInputLength;
  }
  /**
  * Appends to result two strings: the text from the append position up to the beginning of the
  * most recent match, and then the replacement with submatch groups substituted for references to
  * them. It advances the append position to where the most recent match ended.
  *
  * By default the replacement is expanded as by String.prototype.replace (see
  * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
  * many digits as still form a valid group number, ${name} is a named group, and a backslash
  * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
  *
  * @param {string} replacement the replacement string
  * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @throws IllegalStateException if there was no most recent match
  * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
  * @private
  */
  appendReplacement(replacement, javaMode = false) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
    return res;
  }
  /**
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJava(replacement) {
    let res = "";
    let last = 0;
    const m = replacement.length;
    let i = 0;
    while (i < m) {
      const cCode = replacement.codePointAt(i);
      if (cCode === Codepoint.CODES["\\"]) {
        if (last < i) res += replacement.substring(last, i);
        i++;
        if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
        last = i;
        i++;
        continue;
      }
      if (cCode === Codepoint.CODES["$"]) {
        if (last < i) res += replacement.substring(last, i);
        if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
        const nextCode = replacement.codePointAt(i + 1);
        if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
          let n = nextCode - Codepoint.CODES["0"];
          let j = i + 2;
          for (; j < m; j++) {
            const digit = replacement.codePointAt(j);
            if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
            n = n * 10 + digit - Codepoint.CODES["0"];
          }
          if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
          const group = this.group(n);
          if (group !== null) res += group;
          i = j;
          last = i;
        } else if (nextCode === Codepoint.CODES["{"]) {
          let j = i + 2;
          while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
          if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
          const groupName = replacement.substring(i + 2, j);
          const groupVal = this.group(groupName);
          if (groupVal !== null) res += groupVal;
          i = j + 1;
          last = i;
        } else throw new RE2JSGroupException("Illegal group reference");
        continue;
      }
      i++;
    }
    if (last < m) res += replacement.substring(last, m);
    return res;
  }
  /**
  * Expands |replacement| for the current match by the rules of String.prototype.replace
  * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
  * after it, $n and $nn a group (two digits only when they form a valid group number, so with
  * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
  * (empty when no such group), only when the pattern has named groups. Anything else, such as
  * "$0" or "$<" without a closing ">", is kept as is.
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJs(replacement) {
    const isDigit = (c) => c >= 48 && c <= 57;
    const groupCount = this.patternGroupCount;
    let res = "";
    let i = 0;
    while (i < replacement.length) {
      const dollar = replacement.indexOf("$", i);
      if (dollar < 0) break;
      res += replacement.substring(i, dollar);
      i = dollar;
      const c = replacement.charCodeAt(i + 1);
      if (c === Codepoint.CODES["$"]) {
        res += "$";
        i += 2;
      } else if (c === Codepoint.CODES["&"]) {
        res += this.group(0);
        i += 2;
      } else if (c === Codepoint.CODES["`"]) {
        res += this.substring(0, this.start(0));
        i += 2;
      } else if (c === Codepoint.CODES["'"]) {
        res += this.substring(this.end(0), this.matcherInputLength);
        i += 2;
      } else if (isDigit(c)) {
        let digits = 1;
        let index = c - 48;
        const c2 = replacement.charCodeAt(i + 2);
        if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
          digits = 2;
          index = index * 10 + c2 - 48;
        }
        if (index >= 1 && index <= groupCount) {
          const group = this.group(index);
          if (group !== null) res += group;
        } else res += replacement.substring(i, i + 1 + digits);
        i += 1 + digits;
      } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
        const gt = replacement.indexOf(">", i + 2);
        if (gt < 0) {
          res += "$<";
          i += 2;
        } else {
          const name = replacement.substring(i + 2, gt);
          if (Object.hasOwn(this.namedGroups, name)) {
            const group = this.group(name);
            if (group !== null) res += group;
          }
          i = gt + 1;
        }
      } else {
        res += "$";
        i += 1;
      }
    }
    return res + replacement.substring(i);
  }
  /**
  * Return the substring of the input from the append position to the end of the
  * input.
  * @returns {string}
  */
  appendTail() {
    return this.substring(this.appendPos, this.matcherInputLength);
  }
  /**
  * Returns the input with all matches replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the matches replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceAll(replacement, javaMode = false) {
    return this.replace(replacement, true, javaMode);
  }
  /**
  * Returns the input with the first match replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the first match replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceFirst(replacement, javaMode = false) {
    return this.replace(replacement, false, javaMode);
  }
  /**
  * Helper: replaceAll/replaceFirst hybrid.
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [all=true] - replace all matches
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @private
  */
  replace(replacement, all = true, javaMode = false) {
    let res = "";
    this.reset();
    const isFunc = typeof replacement === "function";
    let originalInput = null;
    if (isFunc) {
      if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
      originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
    }
    while (this.find()) {
      res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
      if (!all) break;
    }
    res += this.appendTail();
    return res;
  }
  /**
  * Evaluates a replacer function for the current match and appends the result,
  * along with any un-matched preceding text, advancing the append position.
  * @param {Function} replacer - the replacer function
  * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
  * @returns {string} the evaluated string to append
  * @private
  */
  appendReplacementFunc(replacer, originalInput) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    const args = this.matchArray();
    args.push(s, originalInput);
    if (this.hasNamedGroups) args.push(this.namedGroupsObject());
    res += String(replacer(...args));
    return res;
  }
  /**
  * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
  * did not take part in the match. Used by exec(), matchAll() and replacer functions.
  * @returns {Array<string|undefined>}
  * @private
  */
  matchArray() {
    const result = [this.group(0)];
    for (let i = 1; i <= this.patternGroupCount; i++) {
      const group = this.group(i);
      result.push(group === null ? void 0 : group);
    }
    return result;
  }
  /**
  * The named groups, as the groups property of a JS RegExpExecArray: an object without a
  * prototype mapping each name to its group (undefined when it did not take part in the match),
  * or undefined when the pattern has no named groups.
  * @returns {Record<string, string|undefined>|undefined}
  * @private
  */
  namedGroupsObject() {
    if (!this.hasNamedGroups) return;
    const result = this.getNamedGroups();
    for (const name in result) if (result[name] === null) result[name] = void 0;
    return result;
  }
};
var Inst = class Inst2 {
  static ALT = 1;
  static ALT_MATCH = 2;
  static CAPTURE = 3;
  static EMPTY_WIDTH = 4;
  static FAIL = 5;
  static MATCH = 6;
  static NOP = 7;
  static RUNE = 8;
  static RUNE1 = 9;
  static RUNE_ANY = 10;
  static RUNE_ANY_NOT_NL = 11;
  static LB_WRITE = 12;
  static LB_CHECK = 13;
  static isRuneOp(op) {
    return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
  }
  static escapeRunes(runes) {
    let out = '"';
    for (let rune of runes) out += Utils.escapeRune(rune);
    out += '"';
    return out;
  }
  constructor(op) {
    this.op = op;
    this.out = 0;
    this.arg = 0;
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.next = null;
  }
  matchRune(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
      return r === r0;
    }
    const len = this.runes.length;
    if (len === 0) return false;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return false;
        if (r <= this.runes[j + 1]) return true;
      }
      return false;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1];
  }
  matchRunePos(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
      return r === r0 ? 0 : -1;
    }
    const len = this.runes.length;
    if (len === 0) return -1;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return -1;
        if (r <= this.runes[j + 1]) return Math.floor(j / 2);
      }
      return -1;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    switch (this.op) {
      case Inst2.ALT:
        return `alt -> ${this.out}, ${this.arg}`;
      case Inst2.ALT_MATCH:
        return `altmatch -> ${this.out}, ${this.arg}`;
      case Inst2.CAPTURE:
        return `cap ${this.arg} -> ${this.out}`;
      case Inst2.EMPTY_WIDTH:
        return `empty ${this.arg} -> ${this.out}`;
      case Inst2.MATCH:
        return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
      case Inst2.FAIL:
        return "fail";
      case Inst2.NOP:
        return `nop -> ${this.out}`;
      case Inst2.LB_WRITE:
        return `lbwrite ${this.arg} -> ${this.out}`;
      case Inst2.LB_CHECK:
        return `lbcheck ${this.arg} -> ${this.out}`;
      case Inst2.RUNE:
        if (this.runes === null) return "rune <null>";
        return [
          "rune ",
          Inst2.escapeRunes(this.runes),
          (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
          " -> ",
          this.out
        ].join("");
      case Inst2.RUNE1:
        return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
      case Inst2.RUNE_ANY:
        return `any -> ${this.out}`;
      case Inst2.RUNE_ANY_NOT_NL:
        return `anynotnl -> ${this.out}`;
      default:
        throw new Error("unhandled case in Inst.toString");
    }
  }
};
var Queue = class Queue2 {
  constructor(numInst) {
    this.sparse = new Int32Array(numInst);
    this.densePcs = new Int32Array(numInst);
    this.denseCaps = null;
    this.size = 0;
    this.ncap = 0;
    this.mainThreads = 0;
  }
  static INITIAL_THREADS = 32;
  init(ncap) {
    this.ncap = ncap;
    const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
    if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
  }
  growCaps(needed) {
    const limit = this.densePcs.length * this.ncap;
    const grown2 = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
    grown2.set(this.denseCaps);
    this.denseCaps = grown2;
  }
  contains(pc) {
    const j = this.sparse[pc];
    return j < this.size && this.densePcs[j] === pc;
  }
  isEmpty() {
    return this.size === 0;
  }
  add(pc) {
    const j = this.size++;
    this.sparse[pc] = j;
    this.densePcs[j] = pc;
    return j;
  }
  clear() {
    this.size = 0;
    this.mainThreads = 0;
  }
  toString() {
    let out = "{";
    for (let i = 0; i < this.size; i++) {
      if (i !== 0) out += ", ";
      out += this.densePcs[i];
    }
    out += "}";
    return out;
  }
};
var LookbehindState = class {
  constructor(prog) {
    this.pos = -1;
    this.pcs = new Int32Array(prog.numInst());
    this.size = 0;
    this.lbTable = new Int32Array(prog.numLb + 1);
  }
  reset() {
    this.pos = -1;
    this.size = 0;
  }
};
var Machine = class Machine2 {
  static fromRE2(re2) {
    const m = new Machine2();
    m.prog = re2.prog;
    m.re2 = re2;
    m.q0 = new Queue(m.prog.numInst());
    m.q1 = new Queue(m.prog.numInst());
    m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
    m.matched = false;
    m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
    m.ncap = 0;
    return m;
  }
  constructor() {
    this.prog = null;
    this.re2 = null;
    this.q0 = null;
    this.q1 = null;
    this.addStack = null;
    this.matched = false;
    this.matchcap = null;
    this.ncap = 0;
    this.lbTable = null;
  }
  init(ncap) {
    this.ncap = ncap;
    if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1);
    this.q0.init(ncap);
    this.q1.init(ncap);
    if (this.prog.numLb > 0) {
      if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
      this.lbTable.fill(-1);
    }
  }
  submatches() {
    if (this.ncap === 0) return Utils.emptyInts();
    return Utils.toArray(this.matchcap.subarray(0, this.ncap));
  }
  match(input, pos, anchor, lbState = null) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return false;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    this.matched = false;
    this.matchcap.fill(-1);
    const hasLookbehinds = this.prog.numLb > 0;
    const matchStartPos = pos;
    let currentPos = pos;
    let resumeLookbehinds = false;
    if (hasLookbehinds) {
      if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
        currentPos = lbState.pos;
        resumeLookbehinds = true;
      } else currentPos = 0;
    }
    let saveLookbehinds = hasLookbehinds && lbState !== null;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag;
    if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
    else flag = input.context(currentPos);
    if (hasLookbehinds) {
      if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
      else this.spawnLookbehinds(runq, currentPos, flag);
    }
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
        if (this.matched) break;
        if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
          const advance = input.index(this.re2, currentPos);
          if (advance < 0) break;
          currentPos += advance;
          r = input.step(currentPos);
          rune = r >> 3;
          width = r & 7;
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
          flag = input.context(currentPos);
        }
      }
      if (currentPos >= matchStartPos) {
        if (saveLookbehinds) {
          this.saveLookbehinds(lbState, runq, currentPos);
          saveLookbehinds = false;
        }
        if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
          if (this.ncap > 0) this.matchcap[0] = currentPos;
          this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
        }
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
      if (width === 0) break;
      if (this.ncap === 0 && this.matched) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    runq.clear();
    nextq.clear();
    return this.matched;
  }
  matchSet(input, pos, anchor) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return [];
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    let currentPos = this.prog.numLb > 0 ? 0 : pos;
    let matchStartPos = pos;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
    const matches = /* @__PURE__ */ new Set();
    if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
      }
      if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
        if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      for (let j = 0; j < runq.size; j++) {
        const pc = runq.densePcs[j];
        const i = this.prog.inst[pc];
        const capOffset = j * this.ncap;
        let add = false;
        switch (i.op) {
          case Inst.MATCH:
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
            matches.add(i.arg);
            break;
          case Inst.RUNE:
            add = i.matchRune(rune);
            break;
          case Inst.RUNE1:
            add = rune === i.runes[0];
            break;
          case Inst.RUNE_ANY:
            add = true;
            break;
          case Inst.RUNE_ANY_NOT_NL:
            add = rune !== 10;
            break;
          default:
            continue;
        }
        if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
      }
      runq.clear();
      if (width === 0) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    nextq.clear();
    return Array.from(matches).sort((a, b) => a - b);
  }
  step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
    const longest = this.re2.longest;
    for (let j = 0; j < runq.size; j++) {
      const pc = runq.densePcs[j];
      const capOffset = j * this.ncap;
      if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
      const i = this.prog.inst[pc];
      let add = false;
      switch (i.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
          if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
            runq.denseCaps[capOffset + 1] = pos;
            for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
          }
          if (!longest) runq.size = 0;
          this.matched = true;
          break;
        case Inst.RUNE:
          add = i.matchRune(c);
          break;
        case Inst.RUNE1:
          add = c === i.runes[0];
          break;
        case Inst.RUNE_ANY:
          add = true;
          break;
        case Inst.RUNE_ANY_NOT_NL:
          add = c !== 10;
          break;
        default:
          continue;
      }
      if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
    }
    runq.clear();
  }
  spawnLookbehinds(q, pos, flag) {
    for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
  }
  restoreLookbehinds(lbState, q, flag) {
    this.lbTable.set(lbState.lbTable);
    for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
  }
  saveLookbehinds(lbState, q, pos) {
    let size = 0;
    for (let j = 0; j < q.size; j++) {
      const pc = q.densePcs[j];
      if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
    }
    lbState.size = size;
    lbState.pos = pos;
    lbState.lbTable.set(this.lbTable);
  }
  add(q, pc, pos, capArray, capOffset, cond) {
    const stk = this.addStack;
    let nstk = 0;
    for (; ; ) {
      while (pc !== 0 && !q.contains(pc)) {
        const d = q.add(pc);
        const inst = this.prog.inst[pc];
        switch (inst.op) {
          case Inst.FAIL:
            pc = 0;
            break;
          case Inst.ALT:
          case Inst.ALT_MATCH:
            stk[nstk++] = inst.arg;
            stk[nstk++] = 0;
            pc = inst.out;
            break;
          case Inst.EMPTY_WIDTH:
            pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
            break;
          case Inst.NOP:
            pc = inst.out;
            break;
          case Inst.CAPTURE:
            if (inst.arg < this.ncap) {
              stk[nstk++] = -inst.arg - 1;
              stk[nstk++] = capArray[capOffset + inst.arg];
              capArray[capOffset + inst.arg] = pos;
            }
            pc = inst.out;
            break;
          case Inst.LB_WRITE:
            this.lbTable[Math.abs(inst.arg)] = pos;
            pc = inst.out;
            break;
          case Inst.LB_CHECK:
            if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
            else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
            break;
          case Inst.MATCH:
          case Inst.RUNE:
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            if (this.prog.lbInst[pc] === 0) q.mainThreads++;
            if (this.ncap > 0) {
              const destOffset = d * this.ncap;
              if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
              for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
            }
            pc = 0;
            break;
          default:
            throw new RE2JSInternalException("unhandled");
        }
      }
      if (nstk === 0) return;
      nstk -= 2;
      const entry = stk[nstk];
      if (entry < 0) {
        capArray[capOffset - entry - 1] = stk[nstk + 1];
        pc = 0;
      } else pc = entry;
    }
  }
};
var hashState = (pcs, flag, ids) => {
  let h = -2128831035;
  for (let i = 0; i < pcs.length; i++) {
    h ^= pcs[i];
    h = Math.imul(h, 16777619);
  }
  h ^= flag;
  h = Math.imul(h, 16777619);
  for (let i = 0; i < ids.length; i++) {
    h ^= ids[i];
    h = Math.imul(h, 16777619);
  }
  return h;
};
var arraysEqual = (a, b) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
var isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
var NO_IDS = [];
var END_TEXT = -1;
var DFAState = class {
  constructor(nfaStates, flag, matchIDs) {
    this.nfaStates = nfaStates;
    this.flag = flag;
    this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
    this.matchIDs = matchIDs;
    this.next = null;
    this.nextAnchored = null;
  }
};
var DFA = class DFA2 {
  static FLAG_EMPTY_MASK = 255;
  static FLAG_MATCH = 256;
  static FLAG_LAST_WORD = 512;
  static FLAG_NEED_SHIFT = 16;
  static STATE_OVERHEAD = 150;
  static ARRAY_OVERHEAD = 40;
  static ELEMENT_SIZE = 8;
  static TABLE_OVERHEAD = 48;
  static PROGRESS_PER_STATE = 10;
  constructor(prog, maxMem = 8388608) {
    this.prog = prog;
    this.maxMem = maxMem;
    this.stateCache = /* @__PURE__ */ new Map();
    this.stateCount = 0;
    this.startStates = /* @__PURE__ */ new Map();
    this.failed = false;
    for (let pc = 0; pc < prog.numInst(); pc++) {
      const op = prog.getInst(pc).op;
      if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
        this.failed = true;
        break;
      }
    }
    this.computeRuneClasses();
    this.stateBudget = maxMem;
    this.memBudget = maxMem;
  }
  computeRuneClasses() {
    const bounds = /* @__PURE__ */ new Set();
    const addRange = (lo, hi) => {
      bounds.add(lo);
      bounds.add(hi + 1);
    };
    for (let pc = 0; pc < this.prog.numInst(); pc++) {
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.RUNE:
        case Inst.RUNE1:
          if (inst.runes.length === 1) {
            addRange(inst.runes[0], inst.runes[0]);
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
          } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
          break;
        case Inst.RUNE_ANY_NOT_NL:
          addRange(10, 10);
          break;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
          if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
            addRange(48, 57);
            addRange(65, 90);
            addRange(95, 95);
            addRange(97, 122);
          }
      }
    }
    bounds.delete(0);
    this.classBounds = Int32Array.from(bounds).sort();
    this.numClasses = this.classBounds.length + 1;
    const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
    for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
    this.latin1Class = latin1Class;
  }
  runeClass(r) {
    if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
    return this.searchClass(r);
  }
  searchClass(r) {
    const bounds = this.classBounds;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (bounds[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  closure(pcs, flag) {
    const closure = /* @__PURE__ */ new Set();
    const stack = Array.from(pcs);
    let needflags = 0;
    while (stack.length > 0) {
      const pc = stack.pop();
      if (pc === 0 || closure.has(pc)) continue;
      closure.add(pc);
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out);
          stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          needflags |= inst.arg;
          if ((inst.arg & ~flag) === 0) stack.push(inst.out);
      }
    }
    return {
      pcs: Array.from(closure).sort((a, b) => a - b),
      needflags
    };
  }
  getState(pcs, flag, ids) {
    const hash2 = hashState(pcs, flag, ids);
    const cached2 = this.stateCache.get(hash2);
    if (cached2 instanceof DFAState) {
      if (isState(cached2, pcs, flag, ids)) return cached2;
    } else if (cached2 !== void 0) {
      for (let i = 0; i < cached2.length; i++) if (isState(cached2[i], pcs, flag, ids)) return cached2[i];
    }
    const cost = DFA2.stateCost(pcs, ids);
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const state = new DFAState(pcs, flag, ids);
    if (cached2 === void 0) this.stateCache.set(hash2, state);
    else if (cached2 instanceof DFAState) this.stateCache.set(hash2, [cached2, state]);
    else cached2.push(state);
    this.stateCount++;
    return state;
  }
  static stateCost(pcs, ids) {
    const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
    return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
  }
  *cachedStates() {
    for (const cached2 of this.stateCache.values()) if (cached2 instanceof DFAState) yield cached2;
    else yield* cached2;
  }
  makeState(pcs, flag, ids) {
    const closure = this.closure(pcs, flag & DFA2.FLAG_EMPTY_MASK);
    let stateFlag = flag;
    if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
    stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
    return this.getState(closure.pcs, stateFlag, ids);
  }
  allocTable(state, anchor) {
    const size = this.numClasses + 1;
    const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size;
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const table = new Array(size).fill(null);
    if (anchor === RE2Flags.UNANCHORED) state.next = table;
    else state.nextAnchored = table;
    return table;
  }
  clearCache() {
    this.stateCache.clear();
    this.stateCount = 0;
    this.startStates.clear();
    this.memBudget = this.stateBudget;
  }
  resetCache(current) {
    this.clearCache();
    return this.getState(current.nfaStates, current.flag, current.matchIDs);
  }
  step(state, cls, rune, anchor) {
    let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
    if (table !== null) {
      const cached2 = table[cls];
      if (cached2 !== null) return cached2;
    } else {
      table = this.allocTable(state, anchor);
      if (table === null) return null;
    }
    const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
    const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
    let beforeflag = oldbeforeflag;
    let afterflag = 0;
    if (rune === 10) {
      beforeflag |= Utils.EMPTY_END_LINE;
      afterflag |= Utils.EMPTY_BEGIN_LINE;
    }
    if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
    const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
    const isword = rune !== END_TEXT && Utils.isWordRune(rune);
    beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
    let pcs = state.nfaStates;
    if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
    const nextPCs = [];
    let ismatch = false;
    let ids = NO_IDS;
    for (let i = 0; i < pcs.length; i++) {
      const inst = this.prog.getInst(pcs[i]);
      if (inst.op === Inst.MATCH) {
        if (!ismatch) {
          ismatch = true;
          ids = [];
        }
        ids.push(inst.arg);
      } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
    }
    if (ids.length > 1) ids.sort((a, b) => a - b);
    if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
    let flag = afterflag;
    if (ismatch) flag |= DFA2.FLAG_MATCH;
    if (isword) flag |= DFA2.FLAG_LAST_WORD;
    const nextState = this.makeState(nextPCs, flag, ids);
    if (nextState === null) return null;
    table[cls] = nextState;
    return nextState;
  }
  start(input, pos) {
    const context2 = input.context(pos);
    let flags2;
    if ((context2 & Utils.EMPTY_BEGIN_TEXT) !== 0) flags2 = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
    else if ((context2 & Utils.EMPTY_BEGIN_LINE) !== 0) flags2 = Utils.EMPTY_BEGIN_LINE;
    else {
      const r = input.step(pos);
      const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
      flags2 = (context2 & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
    }
    let state = this.startStates.get(flags2);
    if (state === void 0) {
      state = this.makeState([this.prog.start], flags2, NO_IDS);
      if (state === null) {
        this.clearCache();
        state = this.makeState([this.prog.start], flags2, NO_IDS);
        if (state === null) return null;
      }
      this.startStates.set(flags2, state);
    }
    return state;
  }
  stepOrReset(state, cls, rune, anchor, pos, search) {
    let next = this.step(state, cls, rune, anchor);
    if (next !== null) return next;
    if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
    search.resetPos = pos;
    const restored = this.resetCache(state);
    if (restored === null) return null;
    next = this.step(restored, cls, rune, anchor);
    return next;
  }
  run(input, pos, anchor, state, onMatch) {
    const endPos = input.endPos();
    const latin1Class = this.latin1Class;
    const unanchored = anchor === RE2Flags.UNANCHORED;
    const search = { resetPos: -1 };
    let i = pos;
    while (i < endPos) {
      const r = input.step(i);
      const rune = r >> 3;
      const width = r & 7;
      if (width === 0) break;
      const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
      let next = unanchored && state.next !== null ? state.next[cls] : null;
      if (next === null) {
        next = this.stepOrReset(state, cls, rune, anchor, i, search);
        if (next === null) return null;
      }
      state = next;
      if (state.isMatch && onMatch(state, false)) return true;
      if (!unanchored && state.nfaStates.length === 0) return false;
      i += width;
    }
    state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
    if (state === null) return null;
    return state.isMatch && onMatch(state, true);
  }
  match(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    const startState = this.start(input, pos);
    if (startState === null) return null;
    return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
  }
  matchSet(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    const startState = this.start(input, pos);
    if (startState === null) return null;
    const matches = /* @__PURE__ */ new Set();
    const collect = (state, atEnd) => {
      if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
      return false;
    };
    if (this.run(input, pos, anchor, startState, collect) === null) return null;
    return Array.from(matches).sort((a, b) => a - b);
  }
};
var VISITED_BITS = 32;
var MAX_BACKTRACK_PROG = 500;
var INITIAL_JOB_CAPACITY = 256;
var MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
  constructor() {
    this.end = 0;
    this.cap = /* @__PURE__ */ new Int32Array(0);
    this.matchcap = /* @__PURE__ */ new Int32Array(0);
    this.ncap = 0;
    this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
    this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobLen = 0;
    this.visited = /* @__PURE__ */ new Uint32Array(0);
  }
  reset(prog, end, ncap) {
    this.end = end;
    this.jobLen = 0;
    this.ncap = ncap;
    const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
    if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
    else this.visited.fill(0, 0, visitedSize);
    if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
    else this.cap.fill(-1, 0, ncap);
    if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1, 0, ncap);
  }
  shouldVisit(pc, pos) {
    const n = pc * (this.end + 1) + pos;
    const idx = n >>> 5;
    const mask = 1 << (n & 31);
    if ((this.visited[idx] & mask) !== 0) return false;
    this.visited[idx] |= mask;
    return true;
  }
  push(re2, pc, pos, arg) {
    if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
      if (this.jobLen >= this.jobPc.length) {
        const newSize = this.jobPc.length * 2;
        const newPc = new Int32Array(newSize);
        newPc.set(this.jobPc);
        this.jobPc = newPc;
        const newArg = new Uint8Array(newSize);
        newArg.set(this.jobArg);
        this.jobArg = newArg;
        const newPos = new Int32Array(newSize);
        newPos.set(this.jobPos);
        this.jobPos = newPos;
      }
      this.jobPc[this.jobLen] = pc;
      this.jobArg[this.jobLen] = arg ? 1 : 0;
      this.jobPos[this.jobLen] = pos;
      this.jobLen++;
    }
  }
  tryBacktrack(re2, input, pc, pos, anchor) {
    const longest = re2.longest;
    this.push(re2, pc, pos, false);
    while (this.jobLen > 0) {
      this.jobLen--;
      let currentPc = this.jobPc[this.jobLen];
      let arg = this.jobArg[this.jobLen] === 1;
      let currentPos = this.jobPos[this.jobLen];
      let skipShouldVisit = true;
      while (true) {
        if (!skipShouldVisit) {
          if (!this.shouldVisit(currentPc, currentPos)) break;
        }
        skipShouldVisit = false;
        const inst = re2.prog.getInst(currentPc);
        switch (inst.op) {
          case Inst.FAIL:
            break;
          case Inst.ALT:
            if (arg) {
              arg = false;
              currentPc = inst.arg;
              continue;
            } else {
              this.push(re2, currentPc, currentPos, true);
              currentPc = inst.out;
              continue;
            }
          case Inst.ALT_MATCH: {
            const outInst = re2.prog.getInst(inst.out);
            if (Inst.isRuneOp(outInst.op)) {
              this.push(re2, inst.arg, currentPos, false);
              currentPc = inst.arg;
              currentPos = this.end;
              continue;
            }
            this.push(re2, inst.out, this.end, false);
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (!inst.matchRune(r >> 3)) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE1: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 !== inst.runes[0]) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY_NOT_NL: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 === 10) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.CAPTURE:
            if (arg) {
              this.cap[inst.arg] = currentPos;
              break;
            } else {
              if (inst.arg < this.ncap) {
                this.push(re2, currentPc, this.cap[inst.arg], true);
                this.cap[inst.arg] = currentPos;
              }
              currentPc = inst.out;
              continue;
            }
          case Inst.EMPTY_WIDTH: {
            const flag = input.context(currentPos);
            if ((inst.arg & ~flag) !== 0) break;
            currentPc = inst.out;
            continue;
          }
          case Inst.NOP:
            currentPc = inst.out;
            continue;
          case Inst.MATCH: {
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
            if (this.ncap === 0) return true;
            if (this.ncap > 1) this.cap[1] = currentPos;
            const old = this.matchcap[1];
            if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
            if (!longest) return true;
            if (currentPos === this.end) return true;
            break;
          }
          case Inst.LB_WRITE:
          case Inst.LB_CHECK:
            throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
          default:
            throw new RE2JSInternalException("bad inst");
        }
        break;
      }
    }
    return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
  }
};
var bitStatePool = [];
var Backtracker = class Backtracker2 {
  static shouldBacktrack(prog) {
    return prog.numInst() <= MAX_BACKTRACK_PROG;
  }
  static maxBitStateLen(prog) {
    if (!Backtracker2.shouldBacktrack(prog)) return 0;
    return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
  }
  static execute(re2, input, pos, anchor, ncap) {
    const startCond = re2.cond;
    if (startCond === Utils.EMPTY_ALL) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
    const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
    const end = input.endPos();
    b.reset(re2.prog, end, ncap);
    let matched = false;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
      if (b.ncap > 0) b.cap[0] = pos;
      if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
    } else {
      let width = -1;
      for (; pos <= end && width !== 0; pos += width) {
        if (re2.prefix.length > 0) {
          const advance = input.index(re2, pos);
          if (advance < 0) break;
          pos += advance;
        }
        if (b.ncap > 0) b.cap[0] = pos;
        if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
          matched = true;
          break;
        }
        const r = input.step(pos);
        width = r === MachineInputBase.EOF() ? 0 : r & 7;
      }
    }
    if (!matched) {
      bitStatePool.push(b);
      return null;
    }
    const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
    bitStatePool.push(b);
    return result;
  }
};
var QueueOnePass = class {
  constructor(size) {
    this.sparse = new Uint32Array(size);
    this.dense = new Uint32Array(size);
    this.size = 0;
    this.nextIndex = 0;
  }
  empty() {
    return this.nextIndex >= this.size;
  }
  next() {
    return this.dense[this.nextIndex++];
  }
  clear() {
    this.size = 0;
    this.nextIndex = 0;
  }
  contains(u) {
    return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
  }
  insert(u) {
    if (!this.contains(u)) this.insertNew(u);
  }
  insertNew(u) {
    if (u >= this.sparse.length) return;
    this.sparse[u] = this.size;
    this.dense[this.size] = u;
    this.size++;
  }
};
var mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
  const leftLen = leftRunes.length;
  const rightLen = rightRunes.length;
  let lx = 0, rx = 0;
  const merged = [];
  const next = [];
  let ok = true;
  let ix = -1;
  const extend = (isLeft) => {
    const newArray = isLeft ? leftRunes : rightRunes;
    const low = isLeft ? lx : rx;
    const pc = isLeft ? leftPC : rightPC;
    if (ix > 0 && newArray[low] <= merged[ix]) return false;
    merged.push(newArray[low], newArray[low + 1]);
    if (isLeft) lx += 2;
    else rx += 2;
    ix += 2;
    next.push(pc);
    return true;
  };
  while (lx < leftLen || rx < rightLen) {
    if (rx >= rightLen) ok = extend(true);
    else if (lx >= leftLen) ok = extend(false);
    else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
    else ok = extend(true);
    if (!ok) return null;
  }
  return {
    merged,
    next
  };
};
var OnePassProg = class {
  constructor(prog) {
    this.start = prog.start;
    this.numCap = prog.numCap;
    this.inst = new Array(prog.inst.length);
    for (let i = 0; i < prog.inst.length; i++) {
      const orig = prog.inst[i];
      const inst = new Inst(orig.op);
      inst.out = orig.out;
      inst.arg = orig.arg;
      inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
      inst.next = null;
      this.inst[i] = inst;
    }
  }
};
var onePassCopy = (prog) => {
  const p = new OnePassProg(prog);
  for (let pc = 0; pc < p.inst.length; pc++) {
    const inst = p.inst[pc];
    if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
    let pAOther = "out";
    let pAAlt = "arg";
    let instAlt = p.inst[inst[pAAlt]];
    if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
      pAOther = "arg";
      pAAlt = "out";
      instAlt = p.inst[inst[pAAlt]];
      if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
    }
    const instOther = p.inst[inst[pAOther]];
    if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
    let pBAlt = "out";
    let pBOther = "arg";
    let patch = false;
    if (instAlt.out === pc) patch = true;
    else if (instAlt.arg === pc) {
      patch = true;
      pBAlt = "arg";
      pBOther = "out";
    }
    if (patch) instAlt[pBAlt] = inst[pAOther];
    if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
  }
  return p;
};
var makeOnePass = (p) => {
  if (p.inst.length >= 1e3) return null;
  const instQueue = new QueueOnePass(p.inst.length);
  const visitQueue = new QueueOnePass(p.inst.length);
  const onePassRunes = new Array(p.inst.length);
  const m = new Array(p.inst.length).fill(false);
  const check = (pc) => {
    let ok = true;
    const inst = p.inst[pc];
    if (visitQueue.contains(pc)) return true;
    visitQueue.insert(pc);
    switch (inst.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH: {
        ok = check(inst.out) && check(inst.arg);
        let matchOut = m[inst.out];
        let matchArg = m[inst.arg];
        if (matchOut && matchArg) return false;
        if (matchArg) {
          const tempOut = inst.out;
          inst.out = inst.arg;
          inst.arg = tempOut;
          const tempMatch = matchOut;
          matchOut = matchArg;
          matchArg = tempMatch;
        }
        if (matchOut) {
          m[pc] = true;
          inst.op = Inst.ALT_MATCH;
        }
        const leftRunes = onePassRunes[inst.out] || [];
        const rightRunes = onePassRunes[inst.arg] || [];
        const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
        if (!mergeRes) return false;
        onePassRunes[pc] = new Int32Array(mergeRes.merged);
        inst.next = new Uint32Array(mergeRes.next);
        break;
      }
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
        ok = check(inst.out);
        m[pc] = m[inst.out];
        onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        break;
      case Inst.MATCH:
      case Inst.FAIL:
        m[pc] = inst.op === Inst.MATCH;
        break;
      case Inst.RUNE: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        if (!inst.runes || inst.runes.length === 0) {
          onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
          inst.next = new Uint32Array([inst.out]);
          break;
        }
        let runes = [];
        if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE1: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        let runes = [];
        if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else runes.push(inst.runes[0], inst.runes[0]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE_ANY:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
        inst.next = new Uint32Array([inst.out]);
        break;
      case Inst.RUNE_ANY_NOT_NL:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([
          0,
          9,
          11,
          Unicode.MAX_RUNE
        ]);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
    }
    return ok;
  };
  instQueue.clear();
  instQueue.insert(p.start);
  while (!instQueue.empty()) {
    visitQueue.clear();
    if (!check(instQueue.next())) return null;
  }
  for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
  return p;
};
var cleanupOnePass = (p, original) => {
  for (let ix = 0; ix < original.inst.length; ix++) {
    const instOriginal = original.inst[ix];
    switch (instOriginal.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH:
      case Inst.RUNE:
        break;
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
      case Inst.MATCH:
      case Inst.FAIL:
        p.inst[ix].next = null;
        break;
      case Inst.RUNE1:
      case Inst.RUNE_ANY:
      case Inst.RUNE_ANY_NOT_NL:
        p.inst[ix].next = null;
        p.inst[ix].op = instOriginal.op;
        p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
    }
  }
};
var OnePass = class OnePass2 {
  static compile(prog) {
    if (prog.start === 0) return null;
    if (prog.numLb > 0) return null;
    const startInst = prog.inst[prog.start];
    if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
    let hasAlt = false;
    for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
      hasAlt = true;
      break;
    }
    for (let i = 0; i < prog.inst.length; i++) {
      const inst = prog.inst[i];
      const opOut = prog.inst[inst.out].op;
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
          break;
        case Inst.EMPTY_WIDTH:
          if (opOut === Inst.MATCH) {
            if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
            return null;
          }
          break;
        default:
          if (opOut === Inst.MATCH && hasAlt) return null;
      }
    }
    let p = onePassCopy(prog);
    p = makeOnePass(p);
    if (p !== null) cleanupOnePass(p, prog);
    return p;
  }
  static next(inst, r) {
    const nextIdx = inst.matchRunePos(r);
    if (nextIdx >= 0) return inst.next[nextIdx];
    if (inst.op === Inst.ALT_MATCH) return inst.out;
    return 0;
  }
  static execute(re2, input, pos, anchor, ncap) {
    const onepass = re2.onepass;
    if (!onepass) return null;
    const matchcap = new Int32Array(ncap).fill(-1);
    let matched = false;
    let r = input.step(pos);
    let rune = r >> 3;
    let width = r & 7;
    let r1 = MachineInputBase.EOF();
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r1 = input.step(pos + width);
      if (r1 !== MachineInputBase.EOF()) {
        rune1 = r1 >> 3;
        width1 = r1 & 7;
      }
    }
    let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
    let pc = onepass.start;
    let inst;
    while (true) {
      inst = onepass.inst[pc];
      pc = inst.out;
      switch (inst.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
          matched = true;
          if (matchcap.length > 0) {
            matchcap[0] = 0;
            matchcap[1] = pos;
          }
          return ncap === 0 ? [] : Utils.toArray(matchcap);
        case Inst.RUNE:
          if (!inst.matchRune(rune)) return null;
          break;
        case Inst.RUNE1:
          if (rune !== inst.runes[0]) return null;
          break;
        case Inst.RUNE_ANY:
          break;
        case Inst.RUNE_ANY_NOT_NL:
          if (rune === 10) return null;
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pc = OnePass2.next(inst, rune);
          continue;
        case Inst.FAIL:
          return null;
        case Inst.NOP:
          continue;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & ~flag) !== 0) return null;
          continue;
        case Inst.CAPTURE:
          if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
          continue;
        default:
          throw new RE2JSInternalException("bad inst");
      }
      if (width === 0) break;
      flag = Utils.emptyOpContext(rune, rune1);
      pos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r1 = input.step(pos + width);
        if (r1 !== MachineInputBase.EOF()) {
          rune1 = r1 >> 3;
          width1 = r1 & 7;
        } else {
          rune1 = -1;
          width1 = 0;
        }
      }
    }
    if (!matched) return null;
    return ncap === 0 ? [] : Utils.toArray(matchcap);
  }
};
var Regexp = class Regexp2 {
  static Op = createEnum([
    "NO_MATCH",
    "EMPTY_MATCH",
    "LITERAL",
    "CHAR_CLASS",
    "ANY_CHAR_NOT_NL",
    "ANY_CHAR",
    "BEGIN_LINE",
    "END_LINE",
    "BEGIN_TEXT",
    "END_TEXT",
    "WORD_BOUNDARY",
    "NO_WORD_BOUNDARY",
    "CAPTURE",
    "STAR",
    "PLUS",
    "QUEST",
    "REPEAT",
    "CONCAT",
    "ALTERNATE",
    "PLB",
    "NLB",
    "LEFT_PAREN",
    "VERTICAL_BAR"
  ]);
  static isPseudoOp(op) {
    return op >= Regexp2.Op.LEFT_PAREN;
  }
  static emptySubs() {
    return [];
  }
  static quoteIfHyphen(rune) {
    if (rune === Codepoint.CODES["-"]) return "\\";
    return "";
  }
  static fromRegexp(re) {
    const regex2 = new Regexp2(re.op);
    regex2.flags = re.flags;
    regex2.subs = re.subs;
    regex2.runes = re.runes;
    regex2.cap = re.cap;
    regex2.min = re.min;
    regex2.max = re.max;
    regex2.name = re.name;
    regex2.namedGroups = re.namedGroups;
    regex2.lb = re.lb;
    return regex2;
  }
  constructor(op) {
    this.op = op;
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.min = 0;
    this.max = 0;
    this.cap = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  reinit() {
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.cap = 0;
    this.min = 0;
    this.max = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  toString() {
    return this.appendTo();
  }
  appendTo() {
    let out = "";
    switch (this.op) {
      case Regexp2.Op.NO_MATCH:
        out += "[^\\x00-\\x{10FFFF}]";
        break;
      case Regexp2.Op.EMPTY_MATCH:
        out += "(?:)";
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
      case Regexp2.Op.REPEAT: {
        const sub = this.subs[0];
        if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        switch (this.op) {
          case Regexp2.Op.STAR:
            out += "*";
            break;
          case Regexp2.Op.PLUS:
            out += "+";
            break;
          case Regexp2.Op.QUEST:
            out += "?";
            break;
          case Regexp2.Op.REPEAT:
            out += `{${this.min}`;
            if (this.min !== this.max) {
              out += ",";
              if (this.max >= 0) out += this.max;
            }
            out += "}";
        }
        if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
        break;
      }
      case Regexp2.Op.CONCAT:
        for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        break;
      case Regexp2.Op.ALTERNATE: {
        let sep = "";
        for (let sub of this.subs) {
          out += sep;
          sep = "|";
          out += sub.appendTo();
        }
        break;
      }
      case Regexp2.Op.LITERAL:
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
        for (let rune of this.runes) out += Utils.escapeRune(rune);
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
        break;
      case Regexp2.Op.ANY_CHAR_NOT_NL:
        out += "(?-s:.)";
        break;
      case Regexp2.Op.ANY_CHAR:
        out += "(?s:.)";
        break;
      case Regexp2.Op.PLB:
        out += `(?<=${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.NLB:
        out += `(?<!${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.name === null || this.name.length === 0) out += "(";
        else out += `(?P<${this.name}>`;
        if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
        out += ")";
        break;
      case Regexp2.Op.BEGIN_TEXT:
        out += "\\A";
        break;
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
        else out += "\\z";
        break;
      case Regexp2.Op.BEGIN_LINE:
        out += "^";
        break;
      case Regexp2.Op.END_LINE:
        out += "$";
        break;
      case Regexp2.Op.WORD_BOUNDARY:
        out += "\\b";
        break;
      case Regexp2.Op.NO_WORD_BOUNDARY:
        out += "\\B";
        break;
      case Regexp2.Op.CHAR_CLASS:
        if (this.runes.length % 2 !== 0) {
          out += "[invalid char class]";
          break;
        }
        out += "[";
        if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
        else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
          out += "^";
          for (let i = 1; i < this.runes.length - 1; i += 2) {
            const lo = this.runes[i] + 1;
            const hi = this.runes[i + 1] - 1;
            out += Regexp2.quoteIfHyphen(lo);
            out += Utils.escapeRune(lo);
            if (lo !== hi) {
              out += "-";
              out += Regexp2.quoteIfHyphen(hi);
              out += Utils.escapeRune(hi);
            }
          }
        } else for (let i = 0; i < this.runes.length; i += 2) {
          const lo = this.runes[i];
          const hi = this.runes[i + 1];
          out += Regexp2.quoteIfHyphen(lo);
          out += Utils.escapeRune(lo);
          if (lo !== hi) {
            out += "-";
            out += Regexp2.quoteIfHyphen(hi);
            out += Utils.escapeRune(hi);
          }
        }
        out += "]";
        break;
      default:
        out += this.op;
    }
    return out;
  }
  maxCap() {
    let m = 0;
    if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
    if (this.subs !== null) for (let sub of this.subs) {
      const n = sub.maxCap();
      if (m < n) m = n;
    }
    return m;
  }
  equals(that) {
    if (!(that !== null && that instanceof Regexp2)) return false;
    if (this.op !== that.op) return false;
    switch (this.op) {
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
        break;
      case Regexp2.Op.LITERAL:
      case Regexp2.Op.CHAR_CLASS:
        if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
        if (this.runes === null && that.runes === null) break;
        if (this.runes === null || that.runes === null) return false;
        if (this.runes.length !== that.runes.length) return false;
        for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
        break;
      case Regexp2.Op.ALTERNATE:
      case Regexp2.Op.CONCAT:
        if (this.subs.length !== that.subs.length) return false;
        for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.REPEAT:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.PLB:
      case Regexp2.Op.NLB:
        if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
    }
    return true;
  }
};
var RegexpWalker = class {
  static walk(root, handler) {
    const stack = [];
    let re = root;
    let result;
    for (; ; ) {
      if (re.subs.length === 0) result = handler.leaf(re);
      else {
        const state = handler.enter(re);
        if (state.result === void 0) {
          stack.push({
            re,
            state,
            i: 0
          });
          re = re.subs[0];
          continue;
        }
        result = state.result;
      }
      for (; ; ) {
        if (stack.length === 0) return result;
        const frame = stack[stack.length - 1];
        handler.child(frame.re, frame.state, result, frame.i);
        frame.i++;
        if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
          re = frame.re.subs[frame.i];
          break;
        }
        stack.pop();
        result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
      }
    }
  }
};
var AhoCorasick = class {
  constructor(words, alphabetSize) {
    const edges = /* @__PURE__ */ new Map();
    const parent = [0];
    const unit = [0];
    const depth = [0];
    const terminal = [0];
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const key = node * alphabetSize + word[i];
        let child = edges.get(key);
        if (child === void 0) {
          child = parent.length;
          edges.set(key, child);
          parent.push(node);
          unit.push(word[i]);
          depth.push(depth[node] + 1);
          terminal.push(0);
        }
        node = child;
      }
      terminal[node] = 1;
    }
    const numNodes = parent.length;
    const children = new Int32Array(numNodes - 1);
    for (let c = 1; c < numNodes; c++) children[c - 1] = c;
    children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
    const childStart = new Int32Array(numNodes + 1);
    for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
    for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
    const childUnit = new Int32Array(numNodes - 1);
    for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
    this.childStart = childStart;
    this.childUnit = childUnit;
    this.childNode = children;
    const byDepth = new Int32Array(numNodes);
    for (let n = 0; n < numNodes; n++) byDepth[n] = n;
    byDepth.sort((a, b) => depth[a] - depth[b]);
    const fail2 = new Int32Array(numNodes);
    const match = Uint8Array.from(terminal);
    for (let k = 1; k < numNodes; k++) {
      const c = byDepth[k];
      const p = parent[c];
      if (p !== 0) {
        let f = fail2[p];
        let next = this.next(f, unit[c]);
        while (next < 0 && f !== 0) {
          f = fail2[f];
          next = this.next(f, unit[c]);
        }
        fail2[c] = next >= 0 ? next : 0;
      }
      match[c] |= match[fail2[c]];
    }
    this.fail = fail2;
    this.match = match;
  }
  next(node, u) {
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1];
    const units = this.childUnit;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const m = units[mid];
      if (m === u) return this.childNode[mid];
      if (m < u) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  advance(node, u) {
    for (; ; ) {
      const next = this.next(node, u);
      if (next >= 0) return next;
      if (node === 0) return 0;
      node = this.fail[node];
    }
  }
  searchUTF16(charSeq, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, charSeq.charCodeAt(i));
      if (this.match[node] === 1) return true;
    }
    return false;
  }
  searchUTF8(bytes, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, bytes[i]);
      if (this.match[node] === 1) return true;
    }
    return false;
  }
};
var Prefilter = class Prefilter2 {
  static Type = {
    NONE: 0,
    EXACT: 1,
    AND: 2,
    OR: 3
  };
  static MAX_SCANS = 32;
  static MAX_AC_UNITS = 1 << 18;
  constructor(type) {
    this.type = type;
    this.subs = [];
    this.str = "";
    this.bytes = null;
    this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
    this.allExact = false;
    this.ac16 = null;
    this.ac8 = null;
  }
  automaton16() {
    if (this.ac16 === null) {
      const words = this.subs.map((s) => {
        const arr = new Array(s.str.length);
        for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
        return arr;
      });
      this.ac16 = new AhoCorasick(words, 65536);
    }
    return this.ac16;
  }
  automaton8() {
    if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
    return this.ac8;
  }
  eval(input, pos) {
    switch (this.type) {
      case Prefilter2.Type.NONE:
        return true;
      case Prefilter2.Type.EXACT:
        return input.hasString(this, pos);
      case Prefilter2.Type.AND:
        for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
        return true;
      case Prefilter2.Type.OR:
        if (this.allExact) return input.hasAnyString(this, pos);
        for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
        return false;
      default:
        return true;
    }
  }
};
var PrefilterTree = class PrefilterTree2 {
  static build(re) {
    if (!re) return new Prefilter(Prefilter.Type.NONE);
    return RegexpWalker.walk(re, PrefilterTree2.WALKER);
  }
  static WALKER = {
    leaf: (re) => PrefilterTree2.leaf(re),
    enter: (re) => PrefilterTree2.enter(re),
    child: (re, state, result) => PrefilterTree2.child(re, state, result),
    leave: (re, state) => PrefilterTree2.leave(re, state)
  };
  static leaf(re) {
    if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
    if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
    let str2 = "";
    for (let i = 0; i < re.runes.length; i++) {
      if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
      str2 += String.fromCodePoint(re.runes[i]);
    }
    const pf = new Prefilter(Prefilter.Type.EXACT);
    pf.str = str2;
    pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
    return pf;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.CAPTURE:
      case Regexp.Op.PLUS:
        return { sub: null };
      case Regexp.Op.REPEAT:
        if (re.min >= 1) return { sub: null };
        return { result: new Prefilter(Prefilter.Type.NONE) };
      case Regexp.Op.CONCAT:
        return {
          pf: new Prefilter(Prefilter.Type.AND),
          subs: []
        };
      case Regexp.Op.ALTERNATE:
        return {
          pf: new Prefilter(Prefilter.Type.OR),
          subs: []
        };
      default:
        return { result: new Prefilter(Prefilter.Type.NONE) };
    }
  }
  static child(re, state, s) {
    if (state.subs === void 0) {
      state.sub = s;
      return;
    }
    if (state.pf.type === Prefilter.Type.AND) {
      if (s.type === Prefilter.Type.NONE) return;
      if (s.type === Prefilter.Type.AND) {
        for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
        return;
      }
      state.subs.push(s);
      return;
    }
    if (s.type === Prefilter.Type.NONE) {
      state.result = new Prefilter(Prefilter.Type.NONE);
      return;
    }
    if (s.type === Prefilter.Type.OR) {
      for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
      return;
    }
    state.subs.push(s);
  }
  static leave(re, state) {
    if (state.subs === void 0) return state.sub;
    const pf = state.pf;
    const seen = /* @__PURE__ */ new Set();
    const subs = [];
    for (const sub of state.subs) {
      if (sub.type === Prefilter.Type.EXACT) {
        if (seen.has(sub.str)) continue;
        seen.add(sub.str);
      }
      subs.push(sub);
    }
    if (pf.type === Prefilter.Type.AND) {
      const kept = [];
      let cost2 = 0;
      for (const sub of subs) {
        if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
        kept.push(sub);
        cost2 += sub.cost;
      }
      if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
      if (kept.length === 1) return kept[0];
      pf.subs = kept;
      pf.cost = cost2;
      return pf;
    }
    if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
    if (subs.length === 1) return subs[0];
    pf.subs = subs;
    let allExact = true;
    let cost = 0;
    let units = 0;
    for (const sub of subs) {
      if (sub.type !== Prefilter.Type.EXACT) allExact = false;
      else units += sub.bytes.length;
      cost += sub.cost;
    }
    if (allExact) {
      if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
      pf.allExact = true;
      pf.cost = 1;
      return pf;
    }
    if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
    pf.cost = cost;
    return pf;
  }
};
var PatchList = class {
  /**
  * @param {number} head - Encoded pointer to the start of the patch list.
  * @param {number} tail - Encoded pointer to the end of the patch list.
  */
  constructor(head = 0, tail = 0) {
    this.head = head;
    this.tail = tail;
  }
};
var Prog = class {
  constructor() {
    this.inst = [];
    this.start = 0;
    this.numCap = 2;
    this.lbStarts = [];
    this.numLb = 0;
    this.lbInst = null;
  }
  getInst(pc) {
    return this.inst[pc];
  }
  numInst() {
    return this.inst.length;
  }
  addInst(op) {
    this.inst.push(new Inst(op));
  }
  markLookbehindInsts() {
    const lbInst = new Uint8Array(this.inst.length);
    const pending = this.lbStarts.slice();
    while (pending.length > 0) {
      const pc = pending.pop();
      if (pc === 0 || lbInst[pc] === 1) continue;
      lbInst[pc] = 1;
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pending.push(i.out, i.arg);
          break;
        case Inst.MATCH:
        case Inst.FAIL:
          break;
        default:
          pending.push(i.out);
      }
    }
    this.lbInst = lbInst;
  }
  skipNop(pc) {
    let i = this.inst[pc];
    while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
      i = this.inst[pc];
      pc = i.out;
    }
    return i;
  }
  /** @returns {[boolean, string]} */
  prefix() {
    let prefix = "";
    let i = this.skipNop(this.start);
    if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
    while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
      prefix += String.fromCodePoint(i.runes[0]);
      i = this.skipNop(i.out);
    }
    return [i.op === Inst.MATCH, prefix];
  }
  startCond() {
    let flag = 0;
    let pc = this.start;
    loop: for (; ; ) {
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.EMPTY_WIDTH:
          flag |= i.arg;
          break;
        case Inst.FAIL:
          return -1;
        case Inst.CAPTURE:
        case Inst.NOP:
          break;
        default:
          break loop;
      }
      pc = i.out;
    }
    return flag;
  }
  patch(l, val) {
    let head = l.head;
    while (head !== 0) {
      const i = this.inst[head >> 1];
      if ((head & 1) === 0) {
        head = i.out;
        i.out = val;
      } else {
        head = i.arg;
        i.arg = val;
      }
    }
  }
  append(l1, l2) {
    if (l1.head === 0) return l2;
    if (l2.head === 0) return l1;
    const i = this.inst[l1.tail >> 1];
    if ((l1.tail & 1) === 0) i.out = l2.head;
    else i.arg = l2.head;
    return new PatchList(l1.head, l2.tail);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    let out = "";
    for (let pc = 0; pc < this.inst.length; pc++) {
      const len = out.length;
      out += pc;
      if (pc === this.start) out += "*";
      out += "        ".substring(out.length - len);
      out += this.inst[pc];
      out += "\n";
    }
    return out;
  }
};
var ANY_RUNE_NOT_NL = new Int32Array([
  0,
  Codepoint.CODES["\n"] - 1,
  Codepoint.CODES["\n"] + 1,
  Unicode.MAX_RUNE
]);
var ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
var Frag = class {
  constructor(i = 0, out = new PatchList(), nullable = false) {
    this.i = i;
    this.out = out;
    this.nullable = nullable;
  }
};
var Compiler = class Compiler2 {
  static compileRegexp(re) {
    const c = new Compiler2();
    const f = c.compile(re);
    c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
    c.prog.start = f.i;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  static compileSet(regexps) {
    const c = new Compiler2();
    if (regexps.length === 0) {
      c.prog.start = c.newInst(Inst.FAIL).i;
      c.prog.markLookbehindInsts();
      return c.prog;
    }
    let starts = [];
    for (let i = 0; i < regexps.length; i++) {
      c.lbOffset = c.prog.numLb;
      const f = c.compile(regexps[i]);
      const m = c.newInst(Inst.MATCH);
      c.prog.getInst(m.i).arg = i;
      c.prog.patch(f.out, m.i);
      starts.push(f.i);
    }
    let start = starts[0];
    for (let i = 1; i < starts.length; i++) {
      const f = c.newInst(Inst.ALT);
      const inst = c.prog.getInst(f.i);
      inst.out = start;
      inst.arg = starts[i];
      start = f.i;
    }
    c.prog.start = start;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  constructor() {
    this.prog = new Prog();
    this.newInst(Inst.FAIL);
    this.lbOffset = 0;
    this.runeCache = /* @__PURE__ */ new Map();
    this.walker = {
      leaf: (re) => this.leaf(re),
      enter: (re) => this.enter(re),
      child: (re, state, result) => this.child(re, state, result),
      leave: (re, state) => this.leave(re, state)
    };
  }
  newInst(op) {
    this.prog.addInst(op);
    return new Frag(this.prog.numInst() - 1, new PatchList(), true);
  }
  nop() {
    const f = this.newInst(Inst.NOP);
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  fail() {
    return new Frag();
  }
  cap(arg) {
    const f = this.newInst(Inst.CAPTURE);
    f.out = new PatchList(f.i << 1, f.i << 1);
    this.prog.getInst(f.i).arg = arg;
    if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
    return f;
  }
  cat(f1, f2) {
    if (f1.i === 0 || f2.i === 0) {
      this.prog.patch(f1.out, 0);
      this.prog.patch(f2.out, 0);
      return this.fail();
    }
    this.prog.patch(f1.out, f2.i);
    return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
  }
  alt(f1, f2) {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    i.out = f1.i;
    i.arg = f2.i;
    f.out = this.prog.append(f1.out, f2.out);
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }
  loop(f1, nongreedy) {
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    this.prog.patch(f1.out, f.i);
    return f;
  }
  quest(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    f.out = this.prog.append(f.out, f1.out);
    return f;
  }
  star(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }
  plus(f1, nongreedy) {
    if (f1.i === 0) return this.fail();
    return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
  }
  empty(op) {
    const f = this.newInst(Inst.EMPTY_WIDTH);
    this.prog.getInst(f.i).arg = op;
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  rune(runes, flags2) {
    const f = this.newInst(Inst.RUNE);
    f.nullable = false;
    const i = this.prog.getInst(f.i);
    i.runes = runes;
    flags2 &= RE2Flags.FOLD_CASE;
    if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags2 &= ~RE2Flags.FOLD_CASE;
    i.arg = flags2;
    f.out = new PatchList(f.i << 1, f.i << 1);
    if ((flags2 & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
    else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
    else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
    return f;
  }
  lookBehind(a, parsedLb) {
    const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
    const id = this.newInst(Inst.LB_WRITE);
    this.prog.getInst(id.i).arg = lb;
    const any = this.rune(ANY_RUNE, 0);
    const dotStar = this.star(any, true);
    const lbAutomaton = this.cat(dotStar, a);
    this.prog.patch(lbAutomaton.out, id.i);
    const checkId = this.newInst(Inst.LB_CHECK);
    this.prog.getInst(checkId.i).arg = lb;
    this.prog.lbStarts.push(lbAutomaton.i);
    if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
    checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
    return checkId;
  }
  compile(re) {
    return RegexpWalker.walk(re, this.walker);
  }
  leaf(re) {
    switch (re.op) {
      case Regexp.Op.NO_MATCH:
        return this.fail();
      case Regexp.Op.EMPTY_MATCH:
        return this.nop();
      case Regexp.Op.LITERAL: {
        if (re.runes.length === 0) return this.nop();
        let f = null;
        for (let r of re.runes) {
          let singleRune = this.runeCache.get(r);
          if (singleRune === void 0) {
            singleRune = new Int32Array([r]);
            this.runeCache.set(r, singleRune);
          }
          const f1 = this.rune(singleRune, re.flags);
          f = f === null ? f1 : this.cat(f, f1);
        }
        return f;
      }
      case Regexp.Op.CHAR_CLASS:
        return this.rune(re.runes, re.flags);
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return this.rune(ANY_RUNE_NOT_NL, 0);
      case Regexp.Op.ANY_CHAR:
        return this.rune(ANY_RUNE, 0);
      case Regexp.Op.BEGIN_LINE:
        return this.empty(Utils.EMPTY_BEGIN_LINE);
      case Regexp.Op.END_LINE:
        return this.empty(Utils.EMPTY_END_LINE);
      case Regexp.Op.BEGIN_TEXT:
        return this.empty(Utils.EMPTY_BEGIN_TEXT);
      case Regexp.Op.END_TEXT:
        return this.empty(Utils.EMPTY_END_TEXT);
      case Regexp.Op.WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_WORD_BOUNDARY);
      case Regexp.Op.NO_WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return this.nop();
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CAPTURE:
        return {
          bra: this.cap(re.cap << 1),
          sub: null
        };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return { f: null };
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  child(re, state, f1) {
    if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
    else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
    else state.sub = f1;
  }
  leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
        return this.lookBehind(state.sub, re.lb);
      case Regexp.Op.CAPTURE: {
        const ket = this.cap(re.cap << 1 | 1);
        return this.cat(this.cat(state.bra, state.sub), ket);
      }
      case Regexp.Op.STAR:
        return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.PLUS:
        return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.QUEST:
        return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return state.f;
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
};
var Simplify = class Simplify2 {
  static simplify(re) {
    if (re === null) return null;
    return RegexpWalker.walk(re, Simplify2.WALKER);
  }
  static WALKER = {
    leaf: (re) => Simplify2.leaf(re),
    enter: (re) => Simplify2.enter(re),
    child: (re, state, result, i) => Simplify2.child(re, state, result, i),
    leave: (re, state) => Simplify2.leave(re, state)
  };
  static leaf(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      if (re.runes === null) return re;
      if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
      if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
    }
    return re;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return {
          subs: [],
          changed: false
        };
      case Regexp.Op.REPEAT:
        if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
        return { sub: null };
      default:
        return { result: re };
    }
  }
  static child(re, state, nsub, i) {
    if (state.subs === void 0) {
      state.sub = nsub;
      return;
    }
    if (nsub !== re.subs[i]) state.changed = true;
    if (re.op === Regexp.Op.CONCAT) {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.result = new Regexp(Regexp.Op.NO_MATCH);
        return;
      }
      if (nsub.op === Regexp.Op.EMPTY_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.CONCAT) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    } else {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.ALTERNATE) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    }
    state.subs.push(nsub);
  }
  static leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE: {
        const sub = state.sub;
        if (sub !== re.subs[0]) {
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = [sub];
          return nre;
        }
        return re;
      }
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        if (state.changed) {
          const newSubs = state.subs;
          if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
          if (newSubs.length === 1) return newSubs[0];
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = newSubs;
          return nre;
        }
        return re;
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return Simplify2.simplify1(re.op, re.flags, state.sub, re);
      case Regexp.Op.REPEAT:
        return Simplify2.simplifyRepeat(re, state.sub);
      default:
        return re;
    }
  }
  static simplifyRepeat(re, sub) {
    if (re.max === -1) {
      if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
      if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
      const subs = [];
      for (let i = 0; i < re.min - 1; i++) subs.push(sub);
      subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
      return Simplify2.concat(subs);
    }
    if (re.min === 1 && re.max === 1) return sub;
    let prefixSubs = null;
    if (re.min > 0) {
      prefixSubs = [];
      for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
    }
    if (re.max > re.min) {
      let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
      for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
      if (prefixSubs === null) return suffix;
      prefixSubs.push(suffix);
    }
    if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
    return new Regexp(Regexp.Op.NO_MATCH);
  }
  static concat(subs) {
    const newSubs = [];
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
      if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
      if (sub.op === Regexp.Op.CONCAT) {
        for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
        continue;
      }
      newSubs.push(sub);
    }
    if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
    if (newSubs.length === 1) return newSubs[0];
    const nre = new Regexp(Regexp.Op.CONCAT);
    nre.subs = newSubs;
    return nre;
  }
  static simplify1(op, flags2, sub, re) {
    if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
    if (sub.op === Regexp.Op.NO_MATCH) {
      if (op === Regexp.Op.PLUS) return sub;
      return new Regexp(Regexp.Op.EMPTY_MATCH);
    }
    if (op === sub.op && (flags2 & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
    if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags2 & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
    const nre = new Regexp(op);
    nre.flags = flags2;
    nre.subs = [sub];
    return nre;
  }
};
var CharGroup = class {
  constructor(sign, cls) {
    this.sign = sign;
    this.cls = cls;
  }
};
var code1 = [48, 57];
var code2 = [
  9,
  10,
  12,
  13,
  32,
  32
];
var code3 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var PERL_GROUPS = /* @__PURE__ */ new Map([
  ["\\d", new CharGroup(1, code1)],
  ["\\D", new CharGroup(-1, code1)],
  ["\\s", new CharGroup(1, code2)],
  ["\\S", new CharGroup(-1, code2)],
  ["\\w", new CharGroup(1, code3)],
  ["\\W", new CharGroup(-1, code3)]
]);
var code4 = [
  48,
  57,
  65,
  90,
  97,
  122
];
var code5 = [
  65,
  90,
  97,
  122
];
var code6 = [0, 127];
var code7 = [
  9,
  9,
  32,
  32
];
var code8 = [
  0,
  31,
  127,
  127
];
var code9 = [48, 57];
var code10 = [33, 126];
var code11 = [97, 122];
var code12 = [32, 126];
var code13 = [
  33,
  47,
  58,
  64,
  91,
  96,
  123,
  126
];
var code14 = [
  9,
  13,
  32,
  32
];
var code15 = [65, 90];
var code16 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var code17 = [
  48,
  57,
  65,
  70,
  97,
  102
];
var POSIX_GROUPS = /* @__PURE__ */ new Map([
  ["[:alnum:]", new CharGroup(1, code4)],
  ["[:^alnum:]", new CharGroup(-1, code4)],
  ["[:alpha:]", new CharGroup(1, code5)],
  ["[:^alpha:]", new CharGroup(-1, code5)],
  ["[:ascii:]", new CharGroup(1, code6)],
  ["[:^ascii:]", new CharGroup(-1, code6)],
  ["[:blank:]", new CharGroup(1, code7)],
  ["[:^blank:]", new CharGroup(-1, code7)],
  ["[:cntrl:]", new CharGroup(1, code8)],
  ["[:^cntrl:]", new CharGroup(-1, code8)],
  ["[:digit:]", new CharGroup(1, code9)],
  ["[:^digit:]", new CharGroup(-1, code9)],
  ["[:graph:]", new CharGroup(1, code10)],
  ["[:^graph:]", new CharGroup(-1, code10)],
  ["[:lower:]", new CharGroup(1, code11)],
  ["[:^lower:]", new CharGroup(-1, code11)],
  ["[:print:]", new CharGroup(1, code12)],
  ["[:^print:]", new CharGroup(-1, code12)],
  ["[:punct:]", new CharGroup(1, code13)],
  ["[:^punct:]", new CharGroup(-1, code13)],
  ["[:space:]", new CharGroup(1, code14)],
  ["[:^space:]", new CharGroup(-1, code14)],
  ["[:upper:]", new CharGroup(1, code15)],
  ["[:^upper:]", new CharGroup(-1, code15)],
  ["[:word:]", new CharGroup(1, code16)],
  ["[:^word:]", new CharGroup(-1, code16)],
  ["[:xdigit:]", new CharGroup(1, code17)],
  ["[:^xdigit:]", new CharGroup(-1, code17)]
]);
var CharClass = class CharClass2 {
  static charClassToString(r, len) {
    let result = "[";
    for (let i = 0; i < len; i += 2) {
      if (i > 0) result += " ";
      const lo = r[i];
      const hi = r[i + 1];
      if (lo === hi) result += `0x${lo.toString(16)}`;
      else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
    }
    result += "]";
    return result;
  }
  static sortRanges(array, len) {
    const n = len >> 1;
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
    const sorted = array.slice(0, len);
    for (let i = 0; i < n; i++) {
      array[2 * i] = sorted[2 * order[i]];
      array[2 * i + 1] = sorted[2 * order[i] + 1];
    }
  }
  /**
  * @param {number[]|Int32Array} [r]
  */
  constructor(r = Utils.emptyInts()) {
    this.r = r;
    this.len = r.length;
  }
  toArray() {
    if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
    return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
  }
  toGrowableArray() {
    if (Array.isArray(this.r)) {
      this.r.length = this.len;
      return this.r;
    }
    return Array.from(this.r.subarray(0, this.len));
  }
  cleanClass() {
    if (this.len < 4) return this;
    CharClass2.sortRanges(this.r, this.len);
    let w = 2;
    for (let i = 2; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (lo <= this.r[w - 1] + 1) {
        if (hi > this.r[w - 1]) this.r[w - 1] = hi;
        continue;
      }
      this.r[w] = lo;
      this.r[w + 1] = hi;
      w += 2;
    }
    this.len = w;
    return this;
  }
  appendLiteral(x, flags2) {
    return (flags2 & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
  }
  appendRange(lo, hi) {
    if (this.len > 0) {
      for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
        const rlo = this.r[this.len - i];
        const rhi = this.r[this.len - i + 1];
        if (lo <= rhi + 1 && rlo <= hi + 1) {
          if (lo < rlo) this.r[this.len - i] = lo;
          if (hi > rhi) this.r[this.len - i + 1] = hi;
          return this;
        }
      }
    }
    this.r[this.len++] = lo;
    this.r[this.len++] = hi;
    return this;
  }
  appendFoldedRange(lo, hi) {
    if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (lo < Unicode.MIN_FOLD) {
      this.appendRange(lo, Unicode.MIN_FOLD - 1);
      lo = Unicode.MIN_FOLD;
    }
    if (hi > Unicode.MAX_FOLD) {
      this.appendRange(Unicode.MAX_FOLD + 1, hi);
      hi = Unicode.MAX_FOLD;
    }
    for (let c = lo; c <= hi; c++) {
      this.appendRange(c, c);
      for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
    }
    return this;
  }
  appendClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
    return this;
  }
  appendFoldedClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
    return this;
  }
  appendNegatedClass(x) {
    let nextLo = 0;
    for (let i = 0; i < x.length; i += 2) {
      const lo = x[i];
      const hi = x[i + 1];
      if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
      nextLo = hi + 1;
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTable(table) {
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        this.appendRange(lo, hi);
        continue;
      }
      for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
    }
    return this;
  }
  appendNegatedTable(table) {
    let nextLo = 0;
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
        nextLo = hi + 1;
        continue;
      }
      for (let c = lo; c <= hi; c += stride) {
        if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
        nextLo = c + 1;
      }
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTableWithSign(table, sign) {
    return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
  }
  negateClass() {
    let nextLo = 0;
    let w = 0;
    for (let i = 0; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (nextLo <= lo - 1) {
        this.r[w] = nextLo;
        this.r[w + 1] = lo - 1;
        w += 2;
      }
      nextLo = hi + 1;
    }
    this.len = w;
    if (nextLo <= Unicode.MAX_RUNE) {
      this.r[this.len++] = nextLo;
      this.r[this.len++] = Unicode.MAX_RUNE;
    }
    return this;
  }
  appendClassWithSign(x, sign) {
    return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
  }
  appendGroup(g, foldCase) {
    let cls = g.cls;
    if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
    return this.appendClassWithSign(cls, g.sign);
  }
  toString() {
    return CharClass2.charClassToString(this.r, this.len);
  }
};
var StringIterator = class {
  constructor(str2) {
    this.str = str2;
    this.position = 0;
  }
  pos() {
    return this.position;
  }
  rewindTo(pos) {
    this.position = pos;
  }
  more() {
    return this.position < this.str.length;
  }
  peek() {
    return this.str.codePointAt(this.position);
  }
  skip(n) {
    this.position += n;
  }
  skipString(s) {
    this.position += s.length;
  }
  pop() {
    const r = this.str.codePointAt(this.position);
    this.position += Utils.charCount(r);
    return r;
  }
  lookingAt(s) {
    return this.str.startsWith(s, this.position);
  }
  rest() {
    return this.str.substring(this.position);
  }
  from(beforePos) {
    return this.str.substring(beforePos, this.position);
  }
  toString() {
    return this.rest();
  }
};
var Parser = class Parser2 {
  static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
  static ERR_INVALID_CHAR_RANGE = "invalid character class range";
  static ERR_INVALID_ESCAPE = "invalid escape sequence";
  static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
  static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
  static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
  static ERR_MISSING_BRACKET = "missing closing ]";
  static ERR_MISSING_PAREN = "missing closing )";
  static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
  static ERR_UNEXPECTED_PAREN = "unexpected )";
  static ERR_NESTING_DEPTH = "expression nests too deeply";
  static ERR_LARGE = "expression too large";
  static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
  static MAX_HEIGHT = 1e3;
  static MAX_SIZE = 1398101;
  static MAX_RUNES = 33554432;
  static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    Unicode.MAX_RUNE,
    1
  ]));
  static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1
  ]));
  static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1,
    383,
    383,
    1,
    8490,
    8490,
    1
  ]));
  static unicodeTable(name) {
    if (name === "Any") return {
      tab: Parser2.ANY_TABLE,
      fold: Parser2.ANY_TABLE,
      sign: 1
    };
    if (name === "Ascii") return {
      tab: Parser2.ASCII_TABLE,
      fold: Parser2.ASCII_FOLD_TABLE,
      sign: 1
    };
    if (name === "Assigned") return {
      tab: UnicodeTables.CATEGORIES.get("Cn"),
      fold: UnicodeTables.CATEGORIES.get("Cn"),
      sign: -1
    };
    if (name === "Lc") return {
      tab: UnicodeTables.CATEGORIES.get("LC"),
      fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
      sign: 1
    };
    if (UnicodeTables.CATEGORIES.has(name)) return {
      tab: UnicodeTables.CATEGORIES.get(name),
      fold: UnicodeTables.FOLD_CATEGORIES.get(name),
      sign: 1
    };
    if (UnicodeTables.SCRIPTS.has(name)) return {
      tab: UnicodeTables.SCRIPTS.get(name),
      fold: UnicodeTables.FOLD_SCRIPT.get(name),
      sign: 1
    };
    return null;
  }
  static minFoldRune(r) {
    if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
    let min = r;
    const r0 = r;
    for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
    return min;
  }
  static leadingRegexp(re) {
    if (re.op === Regexp.Op.EMPTY_MATCH) return null;
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = re.subs[0];
      if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
      return sub;
    }
    return re;
  }
  static literalRegexp(s, flags2) {
    const re = new Regexp(Regexp.Op.LITERAL);
    re.flags = flags2;
    re.runes = Utils.stringToRunes(s);
    return re;
  }
  /**
  * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
  * @param {string} pattern
  * @param {number} flags
  */
  static parse(pattern, flags2) {
    return new Parser2(pattern, flags2).parseInternal();
  }
  static parseRepeat(t) {
    const start = t.pos();
    if (!t.more() || !t.lookingAt("{")) return -1;
    t.skip(1);
    const min = Parser2.parseInt(t);
    if (min === -1) return -1;
    if (!t.more()) return -1;
    let max;
    if (!t.lookingAt(",")) max = min;
    else {
      t.skip(1);
      if (!t.more()) return -1;
      if (t.lookingAt("}")) max = -1;
      else if ((max = Parser2.parseInt(t)) === -1) return -1;
    }
    if (!t.more() || !t.lookingAt("}")) return -1;
    t.skip(1);
    if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(start));
    return min << 16 | max & Unicode.MAX_BMP;
  }
  static isValidCaptureName(name) {
    if (name.length === 0) return false;
    for (let i = 0; i < name.length; i++) {
      const c = name.codePointAt(i);
      if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
    }
    return true;
  }
  static parseInt(t) {
    const start = t.pos();
    while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
    const n = t.from(start);
    if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
    if (n.length > 8) return -2;
    return parseInt(n, 10);
  }
  static isCharClass(re) {
    return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
  }
  static matchRune(re, r) {
    switch (re.op) {
      case Regexp.Op.LITERAL:
        return re.runes.length === 1 && re.runes[0] === r;
      case Regexp.Op.CHAR_CLASS:
        for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
        return false;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return r !== Codepoint.CODES["\n"];
      case Regexp.Op.ANY_CHAR:
        return true;
    }
    return false;
  }
  static mergeCharClass(dst, src) {
    switch (dst.op) {
      case Regexp.Op.ANY_CHAR:
        break;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        if (Parser2.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
        break;
      case Regexp.Op.CHAR_CLASS: {
        const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
        if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
        else cc.appendClass(src.runes);
        dst.runes = cc.toGrowableArray();
        break;
      }
      case Regexp.Op.LITERAL:
        if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
        dst.op = Regexp.Op.CHAR_CLASS;
        dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
    }
  }
  static parseEscape(t) {
    const startPos = t.pos();
    t.skip(1);
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_TRAILING_BACKSLASH);
    let c = t.pop();
    bigswitch: switch (c) {
      case Codepoint.CODES["1"]:
      case Codepoint.CODES["2"]:
      case Codepoint.CODES["3"]:
      case Codepoint.CODES["4"]:
      case Codepoint.CODES["5"]:
      case Codepoint.CODES["6"]:
      case Codepoint.CODES["7"]:
        if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
      case Codepoint.CODES["0"]: {
        let r = c - Codepoint.CODES["0"];
        for (let i = 1; i < 3; i++) {
          if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          r = r * 8 + t.peek() - Codepoint.CODES["0"];
          t.skip(1);
        }
        return r;
      }
      case Codepoint.CODES["x"]: {
        if (!t.more()) break;
        c = t.pop();
        if (c === Codepoint.CODES["{"]) {
          let nhex = 0;
          let r = 0;
          while (true) {
            if (!t.more()) break bigswitch;
            c = t.pop();
            if (c === Codepoint.CODES["}"]) break;
            const v = Utils.unhex(c);
            if (v < 0) break bigswitch;
            r = r * 16 + v;
            if (r > Unicode.MAX_RUNE) break bigswitch;
            nhex++;
          }
          if (nhex === 0) break bigswitch;
          return r;
        }
        const x = Utils.unhex(c);
        if (!t.more()) break;
        c = t.pop();
        const y = Utils.unhex(c);
        if (x < 0 || y < 0) break;
        return x * 16 + y;
      }
      case Codepoint.CODES["a"]:
        return Codepoint.CODES["\x07"];
      case Codepoint.CODES["f"]:
        return Codepoint.CODES["\f"];
      case Codepoint.CODES["n"]:
        return Codepoint.CODES["\n"];
      case Codepoint.CODES["r"]:
        return Codepoint.CODES["\r"];
      case Codepoint.CODES["t"]:
        return Codepoint.CODES["	"];
      case Codepoint.CODES["v"]:
        return Codepoint.CODES["\v"];
      default:
        if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, t.from(startPos));
  }
  static parseClassChar(t, wholeClassPos) {
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_BRACKET, t.from(wholeClassPos));
    if (t.lookingAt("\\")) return Parser2.parseEscape(t);
    return t.pop();
  }
  static hasCapture(re) {
    if (re === null) return false;
    if (re.op === Regexp.Op.CAPTURE) return true;
    if (re.subs) {
      for (let sub of re.subs) if (Parser2.hasCapture(sub)) return true;
    }
    return false;
  }
  constructor(wholeRegexp, flags2 = 0) {
    this.wholeRegexp = wholeRegexp;
    this.flags = flags2;
    this.numCap = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.stack = [];
    this.free = null;
    this.numRegexp = 0;
    this.numRunes = 0;
    this.repeats = 0;
    this.height = null;
    this.size = null;
    this.nlb = 0;
  }
  newRegexp(op) {
    let re = this.free;
    if (re !== null && re.subs !== null && re.subs.length > 0) {
      this.free = re.subs[0];
      re.reinit();
      re.op = op;
    } else {
      re = new Regexp(op);
      this.numRegexp += 1;
    }
    return re;
  }
  reuse(re) {
    if (this.height !== null && this.height.has(re)) this.height.delete(re);
    if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
    this.free = re;
  }
  checkLimits(re) {
    if (this.numRunes > Parser2.MAX_RUNES) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
    this.checkSize(re);
    this.checkHeight(re);
  }
  checkSize(re) {
    if (this.size === null) {
      if (this.repeats === 0) this.repeats = 1;
      if (re.op === Regexp.Op.REPEAT) {
        let n = re.max;
        if (n === -1) n = re.min;
        if (n <= 0) n = 1;
        if (n > Math.floor(Parser2.MAX_SIZE / this.repeats)) this.repeats = Parser2.MAX_SIZE;
        else this.repeats *= n;
      }
      if (this.numRegexp < Math.floor(Parser2.MAX_SIZE / this.repeats)) return;
      this.size = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkSize(reEx);
    }
    if (this.calcSize(re, true) > Parser2.MAX_SIZE) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
  }
  calcSize(re, force = false) {
    if (!force && this.size !== null) {
      if (this.size.has(re)) return this.size.get(re);
    }
    let size = 0;
    switch (re.op) {
      case Regexp.Op.LITERAL:
        size = re.runes.length;
        break;
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
        size = 2 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        size = 1 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.CONCAT:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        break;
      case Regexp.Op.ALTERNATE:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        if (re.subs.length > 1) size = size + re.subs.length - 1;
        break;
      case Regexp.Op.REPEAT: {
        let sub = this.calcSize(re.subs[0]);
        if (re.max === -1) {
          if (re.min === 0) size = 2 + sub;
          else size = 1 + re.min * sub;
          break;
        }
        size = re.max * sub + (re.max - re.min);
        break;
      }
    }
    size = Math.max(1, size);
    if (this.size === null) this.size = /* @__PURE__ */ new Map();
    this.size.set(re, size);
    return size;
  }
  checkHeight(re) {
    if (this.numRegexp < Parser2.MAX_HEIGHT) return;
    if (this.height === null) {
      this.height = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkHeight(reEx);
    }
    if (this.calcHeight(re, true) > Parser2.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser2.ERR_NESTING_DEPTH);
  }
  calcHeight(re, force = false) {
    if (!force && this.height !== null) {
      if (this.height.has(re)) return this.height.get(re);
    }
    let h = 1;
    for (let sub of re.subs) {
      const hsub = this.calcHeight(sub);
      if (h < 1 + hsub) h = 1 + hsub;
    }
    if (this.height === null) this.height = /* @__PURE__ */ new Map();
    this.height.set(re, h);
    return h;
  }
  pop() {
    return this.stack.pop();
  }
  popToPseudo() {
    const n = this.stack.length;
    let i = n;
    while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
    return this.stack.splice(i, n - i);
  }
  push(re) {
    this.numRunes += re.runes.length;
    if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
      if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags & ~RE2Flags.FOLD_CASE;
    } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
      if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags | RE2Flags.FOLD_CASE;
    } else this.maybeConcat(-1, 0);
    this.stack.push(re);
    this.checkLimits(re);
    return re;
  }
  maybeConcat(r, flags2) {
    const n = this.stack.length;
    if (n < 2) return false;
    const re1 = this.stack[n - 1];
    const re2 = this.stack[n - 2];
    if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
    if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
    for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
    if (r >= 0) {
      re1.runes = [r];
      re1.flags = flags2;
      return true;
    }
    this.pop();
    this.reuse(re1);
    return false;
  }
  newLiteral(r, flags2) {
    const re = this.newRegexp(Regexp.Op.LITERAL);
    re.flags = flags2;
    if ((flags2 & RE2Flags.FOLD_CASE) !== 0) r = Parser2.minFoldRune(r);
    re.runes = [r];
    return re;
  }
  literal(r) {
    this.push(this.newLiteral(r, this.flags));
  }
  op(op) {
    const re = this.newRegexp(op);
    re.flags = this.flags;
    return this.push(re);
  }
  repeat(op, min, max, beforePos, t, lastRepeatPos) {
    let flags2 = this.flags;
    if ((flags2 & RE2Flags.PERL_X) !== 0) {
      if (t.more() && t.lookingAt("?")) {
        t.skip(1);
        flags2 ^= RE2Flags.NON_GREEDY;
      }
      if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
    }
    const n = this.stack.length;
    if (n === 0) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const sub = this.stack[n - 1];
    if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const re = this.newRegexp(op);
    re.min = min;
    re.max = max;
    re.flags = flags2;
    re.subs = [sub];
    this.stack[n - 1] = re;
    this.checkLimits(re);
    if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
  }
  repeatIsValid(re, n) {
    if (re.op === Regexp.Op.REPEAT) {
      let m = re.max;
      if (m === 0) return true;
      if (m < 0) m = re.min;
      if (m > n) return false;
      if (m > 0) n = Math.trunc(n / m);
    }
    for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
    return true;
  }
  concat() {
    this.maybeConcat(-1, 0);
    const subs = this.popToPseudo();
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.CONCAT));
  }
  alternate() {
    const subs = this.popToPseudo();
    if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
  }
  cleanAlt(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR;
      } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR_NOT_NL;
      }
    }
  }
  collapse(subs, op) {
    if (subs.length === 1) return subs[0];
    let len = 0;
    for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
    let newsubs = new Array(len).fill(null);
    let i = 0;
    for (let sub of subs) if (sub.op === op) {
      for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
      this.reuse(sub);
    } else newsubs[i++] = sub;
    let re = this.newRegexp(op);
    re.subs = newsubs;
    if (op === Regexp.Op.ALTERNATE) {
      re.subs = this.factor(re.subs);
      if (re.subs.length === 1) {
        const old = re;
        re = re.subs[0];
        this.reuse(old);
      }
    }
    return re;
  }
  factor(array) {
    if (array.length < 2) return array;
    let s = 0;
    let lensub = array.length;
    let lenout = 0;
    let str2 = null;
    let strlen = 0;
    let strflags = 0;
    let start = 0;
    for (let i = 0; i <= lensub; i++) {
      let istr = null;
      let istrlen = 0;
      let iflags = 0;
      if (i < lensub) {
        let re = array[s + i];
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
        if (re.op === Regexp.Op.LITERAL) {
          istr = re.runes;
          istrlen = re.runes.length;
          iflags = re.flags & RE2Flags.FOLD_CASE;
        }
        if (iflags === strflags) {
          let same = 0;
          while (same < strlen && same < istrlen && str2[same] === istr[same]) same++;
          if (same > 0) {
            strlen = same;
            continue;
          }
        }
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = this.newRegexp(Regexp.Op.LITERAL);
        prefix.flags = strflags;
        prefix.runes = str2.slice(0, strlen);
        for (let j = start; j < i; j++) {
          array[s + j] = this.removeLeadingString(array[s + j], strlen);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      str2 = istr;
      strlen = istrlen;
      strflags = iflags;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    let first = null;
    for (let i = 0; i <= lensub; i++) {
      let ifirst = null;
      if (i < lensub) {
        ifirst = Parser2.leadingRegexp(array[s + i]);
        if (first !== null && first.equals(ifirst) && (Parser2.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser2.isCharClass(first.subs[0]))) continue;
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = first;
        for (let j = start; j < i; j++) {
          const reuse = j !== start;
          array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      first = ifirst;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i <= lensub; i++) {
      if (i < lensub && Parser2.isCharClass(array[s + i])) continue;
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        let max = start;
        for (let j = start + 1; j < i; j++) {
          const subMax = array[s + max];
          const subJ = array[s + j];
          if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
        }
        const tmp = array[s + start];
        array[s + start] = array[s + max];
        array[s + max] = tmp;
        for (let j = start + 1; j < i; j++) {
          Parser2.mergeCharClass(array[s + start], array[s + j]);
          this.reuse(array[s + j]);
        }
        this.cleanAlt(array[s + start]);
        array[lenout++] = array[s + start];
      }
      if (i < lensub) array[lenout++] = array[s + i];
      start = i + 1;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i < lensub; ++i) {
      if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
      array[lenout++] = array[s + i];
    }
    lensub = lenout;
    s = 0;
    return array.slice(s, lensub);
  }
  removeLeadingString(re, n) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = this.removeLeadingString(re.subs[0], n);
      re.subs[0] = sub;
      if (sub.op === Regexp.Op.EMPTY_MATCH) {
        this.reuse(sub);
        switch (re.subs.length) {
          case 0:
          case 1:
            re.op = Regexp.Op.EMPTY_MATCH;
            re.subs = Regexp.emptySubs();
            break;
          case 2: {
            const old = re;
            re = re.subs[1];
            this.reuse(old);
            break;
          }
          default:
            re.subs = re.subs.slice(1, re.subs.length);
        }
      }
      return re;
    }
    if (re.op === Regexp.Op.LITERAL) {
      re.runes = re.runes.slice(n, re.runes.length);
      if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
    }
    return re;
  }
  removeLeadingRegexp(re, reuse) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      if (reuse) this.reuse(re.subs[0]);
      re.subs = re.subs.slice(1, re.subs.length);
      switch (re.subs.length) {
        case 0:
          re.op = Regexp.Op.EMPTY_MATCH;
          re.subs = Regexp.emptySubs();
          break;
        case 1: {
          const old = re;
          re = re.subs[0];
          this.reuse(old);
          break;
        }
      }
      return re;
    }
    if (reuse) this.reuse(re);
    return this.newRegexp(Regexp.Op.EMPTY_MATCH);
  }
  parseInternal() {
    if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser2.literalRegexp(this.wholeRegexp, this.flags);
    let lastRepeatPos = -1;
    let min = -1;
    let max = -1;
    const t = new StringIterator(this.wholeRegexp);
    while (t.more()) {
      let repeatPos = -1;
      bigswitch: switch (t.peek()) {
        case Codepoint.CODES["("]:
          if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
            if (t.lookingAt("(?<=")) {
              this.parsePosLookBehind();
              t.skip(4);
              break;
            }
            if (t.lookingAt("(?<!")) {
              this.parseNegLookBehind();
              t.skip(4);
              break;
            }
          }
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
            this.parsePerlFlags(t);
            break;
          }
          this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
          t.skip(1);
          break;
        case Codepoint.CODES["|"]:
          this.parseVerticalBar();
          t.skip(1);
          break;
        case Codepoint.CODES[")"]:
          this.parseRightParen();
          t.skip(1);
          break;
        case Codepoint.CODES["^"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
          else this.op(Regexp.Op.BEGIN_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["$"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
          else this.op(Regexp.Op.END_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["."]:
          if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
          else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
          t.skip(1);
          break;
        case Codepoint.CODES["["]:
          this.parseClass(t);
          break;
        case Codepoint.CODES["*"]:
        case Codepoint.CODES["+"]:
        case Codepoint.CODES["?"]: {
          repeatPos = t.pos();
          let op = null;
          switch (t.pop()) {
            case Codepoint.CODES["*"]:
              op = Regexp.Op.STAR;
              break;
            case Codepoint.CODES["+"]:
              op = Regexp.Op.PLUS;
              break;
            case Codepoint.CODES["?"]:
              op = Regexp.Op.QUEST;
          }
          this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["{"]: {
          const before = t.pos();
          const minMax = Parser2.parseRepeat(t);
          if (minMax < 0) {
            t.rewindTo(before);
            this.literal(t.pop());
            break;
          }
          repeatPos = before;
          min = minMax >> 16;
          max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
          this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["\\"]: {
          const savedPos = t.pos();
          t.skip(1);
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
            case Codepoint.CODES["A"]:
              this.op(Regexp.Op.BEGIN_TEXT);
              break bigswitch;
            case Codepoint.CODES["b"]:
              this.op(Regexp.Op.WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["B"]:
              this.op(Regexp.Op.NO_WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["C"]:
              throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, "\\C");
            case Codepoint.CODES["Q"]: {
              let lit = t.rest();
              const i = lit.indexOf("\\E");
              if (i >= 0) {
                lit = lit.substring(0, i);
                t.skipString(lit);
                t.skipString("\\E");
              } else t.skipString(lit);
              let j = 0;
              while (j < lit.length) {
                const codepoint = lit.codePointAt(j);
                this.literal(codepoint);
                j += Utils.charCount(codepoint);
              }
              break bigswitch;
            }
            case Codepoint.CODES["z"]:
              this.op(Regexp.Op.END_TEXT);
              break bigswitch;
            default:
              t.rewindTo(savedPos);
          }
          else t.rewindTo(savedPos);
          const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
          re.flags = this.flags;
          if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
            const cc2 = new CharClass();
            if (this.parseUnicodeClass(t, cc2)) {
              re.runes = cc2.toArray();
              this.push(re);
              break bigswitch;
            }
          }
          const cc = new CharClass();
          if (this.parsePerlClassEscape(t, cc)) {
            re.runes = cc.toArray();
            this.push(re);
            break bigswitch;
          }
          t.rewindTo(savedPos);
          this.reuse(re);
          this.literal(Parser2.parseEscape(t));
          break;
        }
        default:
          this.literal(t.pop());
      }
      lastRepeatPos = repeatPos;
    }
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_PAREN, this.wholeRegexp);
    this.stack[0].namedGroups = this.namedGroups;
    return this.stack[0];
  }
  parsePerlFlags(t) {
    const startPos = t.pos();
    const s = t.rest();
    if (s.startsWith("(?P<") || s.startsWith("(?<")) {
      const begin = s.charAt(2) === "P" ? 4 : 3;
      const end = s.indexOf(">");
      if (end < 0) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s);
      const name = s.substring(begin, end);
      t.skipString(name);
      t.skip(begin + 1);
      if (!Parser2.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
      const re = this.op(Regexp.Op.LEFT_PAREN);
      re.cap = ++this.numCap;
      if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser2.ERR_DUPLICATE_NAMED_CAPTURE, name);
      this.namedGroups[name] = this.numCap;
      re.name = name;
      return;
    }
    t.skip(2);
    let flags2 = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t.more()) {
      const c = t.pop();
      switch (c) {
        case Codepoint.CODES["i"]:
          flags2 |= RE2Flags.FOLD_CASE;
          sawFlag = true;
          break;
        case Codepoint.CODES["m"]:
          flags2 &= ~RE2Flags.ONE_LINE;
          sawFlag = true;
          break;
        case Codepoint.CODES["s"]:
          flags2 |= RE2Flags.DOT_NL;
          sawFlag = true;
          break;
        case Codepoint.CODES["U"]:
          flags2 |= RE2Flags.NON_GREEDY;
          sawFlag = true;
          break;
        case Codepoint.CODES["-"]:
          if (sign < 0) break loop;
          sign = -1;
          flags2 = ~flags2;
          sawFlag = false;
          break;
        case Codepoint.CODES[":"]:
        case Codepoint.CODES[")"]:
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags2 = ~flags2;
          }
          if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
          this.flags = flags2;
          return;
        default:
          break loop;
      }
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_PERL_OP, t.from(startPos));
  }
  parsePosLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = ++this.nlb;
    return this.push(re);
  }
  parseNegLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = -++this.nlb;
    return this.push(re);
  }
  parseVerticalBar() {
    this.concat();
    if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
  }
  swapVerticalBar() {
    const n = this.stack.length;
    if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser2.isCharClass(this.stack[n - 1]) && Parser2.isCharClass(this.stack[n - 3])) {
      let re1 = this.stack[n - 1];
      let re3 = this.stack[n - 3];
      if (re1.op > re3.op) {
        const tmp = re3;
        re3 = re1;
        re1 = tmp;
        this.stack[n - 3] = re3;
      }
      Parser2.mergeCharClass(re3, re1);
      this.reuse(re1);
      this.pop();
      return true;
    }
    if (n >= 2) {
      const re1 = this.stack[n - 1];
      const re2 = this.stack[n - 2];
      if (re2.op === Regexp.Op.VERTICAL_BAR) {
        if (n >= 3) this.cleanAlt(this.stack[n - 3]);
        this.stack[n - 2] = re1;
        this.stack[n - 1] = re2;
        return true;
      }
    }
    return false;
  }
  parseRightParen() {
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    const re1 = this.pop();
    const re2 = this.pop();
    if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    this.flags = re2.flags;
    if (re2.lb !== 0) {
      if (Parser2.hasCapture(re1)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
      if (re2.lb > 0) re2.op = Regexp.Op.PLB;
      else re2.op = Regexp.Op.NLB;
      re2.subs = [re1];
      this.push(re2);
      return;
    }
    if (re2.cap === 0) this.push(re1);
    else {
      re2.op = Regexp.Op.CAPTURE;
      re2.subs = [re1];
      this.push(re2);
    }
  }
  parsePerlClassEscape(t, cc) {
    const beforePos = t.pos();
    if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
    t.pop();
    const p = t.from(beforePos);
    const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
    if (g === null) return false;
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseNamedClass(t, cc) {
    const cls = t.rest();
    const i = cls.indexOf(":]");
    if (i < 0) return false;
    const name = cls.substring(0, i + 2);
    t.skipString(name);
    const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
    if (g === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, name);
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseUnicodeClass(t, cc) {
    const startPos = t.pos();
    if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
    t.skip(1);
    let sign = 1;
    let c = t.pop();
    if (c === Codepoint.CODES["P"]) sign = -1;
    if (!t.more()) {
      t.rewindTo(startPos);
      throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
    }
    c = t.pop();
    let name;
    if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
    else {
      const rest = t.rest();
      const end = rest.indexOf("}");
      if (end < 0) {
        t.rewindTo(startPos);
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
      }
      name = rest.substring(0, end);
      t.skipString(name);
      t.skip(1);
    }
    if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
      sign = 0 - sign;
      name = name.substring(1);
    }
    const pair = Parser2.unicodeTable(name);
    if (pair === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    if (pair.sign < 0) sign = 0 - sign;
    const tab = pair.tab;
    const fold = pair.fold;
    if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
    else {
      const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
      cc.appendClassWithSign(Array.from(tmp), sign);
    }
    return true;
  }
  parseClass(t) {
    const startPos = t.pos();
    t.skip(1);
    const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
    re.flags = this.flags;
    const cc = new CharClass();
    let sign = 1;
    if (t.more() && t.lookingAt("^")) {
      sign = -1;
      t.skip(1);
      if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
    }
    let first = true;
    while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
      if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
        const s = t.rest();
        if (s === "-" || !s.startsWith("-]")) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
        }
      }
      first = false;
      const beforePos = t.pos();
      if (t.lookingAt("[:")) {
        if (this.parseNamedClass(t, cc)) continue;
        t.rewindTo(beforePos);
      }
      if (this.parseUnicodeClass(t, cc)) continue;
      if (this.parsePerlClassEscape(t, cc)) continue;
      t.rewindTo(beforePos);
      const lo = Parser2.parseClassChar(t, startPos);
      let hi = lo;
      if (t.more() && t.lookingAt("-")) {
        t.skip(1);
        if (t.more() && t.lookingAt("]")) t.skip(-1);
        else {
          hi = Parser2.parseClassChar(t, startPos);
          if (hi < lo) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
        }
      }
      if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
      else cc.appendFoldedRange(lo, hi);
    }
    t.skip(1);
    cc.cleanClass();
    if (sign < 0) cc.negateClass();
    re.runes = cc.toArray();
    this.push(re);
  }
};
var RE2 = class RE22 {
  static initTest(expr) {
    const re2 = RE22.compile(expr);
    const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
    res.cond = re2.cond;
    res.prefix = re2.prefix;
    res.prefixUTF8 = re2.prefixUTF8;
    res.prefixComplete = re2.prefixComplete;
    res.prefixRune = re2.prefixRune;
    res.prefilter = re2.prefilter;
    res.namedGroups = re2.namedGroups;
    return res;
  }
  /**
  * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
  * used to match against text.
  *
  * When matching against text, the regexp returns a match that begins as early as possible in the
  * input (leftmost), and among those it chooses the one that a backtracking search would have
  * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
  * and other implementations use, although this package implements it without the expense of
  * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
  */
  static compile(expr) {
    return RE22.compileImpl(expr, RE2Flags.PERL, false);
  }
  /**
  * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
  * (egrep) syntax and changes the match semantics to leftmost-longest.
  *
  * That is, when matching against text, the regexp returns a match that begins as early as
  * possible in the input (leftmost), and among those it chooses a match that is as long as
  * possible. This so-called leftmost-longest matching is the same semantics that early regular
  * expression implementations used and that POSIX specifies.
  *
  * However, there can be multiple leftmost-longest matches, with different submatch choices, and
  * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
  * package chooses the one that a backtracking search would have found first, while POSIX
  * specifies that the match be chosen to maximize the length of the first subexpression, then the
  * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
  * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
  */
  static compilePOSIX(expr) {
    return RE22.compileImpl(expr, RE2Flags.POSIX, true);
  }
  static compileImpl(expr, mode, longest) {
    let re = Parser.parse(expr, mode);
    const maxCap = re.maxCap();
    const namedGroups = re.namedGroups;
    re = Simplify.simplify(re);
    const prefilter = PrefilterTree.build(re);
    const prog = Compiler.compileRegexp(re);
    const re2 = new RE22(expr, prog, maxCap, longest);
    re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
    const [prefixCompl, prefixStr] = prog.prefix();
    re2.prefixComplete = prefixCompl;
    re2.prefix = prefixStr;
    re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
    if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
    re2.namedGroups = namedGroups;
    return re2;
  }
  /**
  * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
  *
  * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
  */
  static match(pattern, s) {
    return RE22.compile(pattern).match(s);
  }
  constructor(expr, prog, numSubexp = 0, longest = 0) {
    this.expr = expr;
    this.prog = prog;
    this.numSubexp = numSubexp;
    this.longest = longest;
    this.cond = prog.startCond();
    this.prefix = null;
    this.prefixUTF8 = null;
    this.prefixComplete = false;
    this.prefixRune = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.machinePool = [];
    this.lazyDFA = null;
    this.onepass = OnePass.compile(this.prog);
    this.prefilter = null;
  }
  get dfa() {
    if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
    return this.lazyDFA;
  }
  matchPrefixComplete(input, pos, anchor, ncap) {
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    let matchStart = -1;
    let matchEnd = -1;
    const pLen = input.prefixLength(this);
    if (anchor === RE2Flags.UNANCHORED) {
      const idx = input.index(this, pos);
      if (idx < 0) return null;
      matchStart = pos + idx;
      matchEnd = matchStart + pLen;
    } else if (anchor === RE2Flags.ANCHOR_BOTH) {
      if (input.endPos() !== pLen) return null;
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    } else if (anchor === RE2Flags.ANCHOR_START) {
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    }
    if (matchStart < 0) return null;
    if (ncap > 0) {
      const matchcap = new Int32Array(ncap).fill(-1);
      matchcap[0] = matchStart;
      matchcap[1] = matchEnd;
      return Array.from(matchcap);
    }
    return [];
  }
  createLookbehindState() {
    return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
  }
  executeEngine(input, pos, anchor, ncap, lbState = null) {
    if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
    if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
      if (!this.prefilter.eval(input, pos)) return null;
    }
    if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
    if (ncap > 0) {
      if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
      return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
    }
    if (this.prog.numLb === 0) {
      const dfaResult = this.dfa.match(input, pos, anchor);
      if (dfaResult !== null) return dfaResult ? [] : null;
      if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
    }
    return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
  }
  /**
  * Returns the number of parenthesized subexpressions in this regular expression.
  */
  numberOfCapturingGroups() {
    return this.numSubexp;
  }
  /**
  * Returns the number of instructions in this compiled regular expression program.
  */
  numberOfInstructions() {
    return this.prog.numInst();
  }
  get() {
    return this.machinePool.length > 0 ? this.machinePool.pop() : null;
  }
  reset() {
    this.machinePool.length = 0;
  }
  put(m) {
    this.machinePool.push(m);
  }
  toString() {
    return this.expr;
  }
  doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
    let m = this.get();
    if (!m) m = Machine.fromRE2(this);
    m.init(ncap);
    const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
    this.put(m);
    return cap;
  }
  match(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Matches the regular expression against input starting at position start and ending at position
  * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
  * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
  * array. It is most efficient not to ask for submatch boundaries.
  *
  * @param input the input byte array
  * @param start the beginning position in the input
  * @param end the end position in the input
  * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
  * @param group the array to fill with submatch positions
  * @param ngroup the number of array pairs to fill in
  * @param lbState optional state carried between successive matches over the same input (see
  *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
  * @returns true if a match was found
  */
  matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
  }
  matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
    if (start > end) return [false, null];
    const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
    const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
    if (groupMatch === null) return [false, null];
    return [true, groupMatch];
  }
  /**
  * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
  */
  matchUTF8(b) {
    return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
  * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAll(src, repl) {
    return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
  }
  /**
  * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
  * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceFirst(src, repl) {
    return this.replaceAllFunc(src, () => repl, 1);
  }
  /**
  * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
  * been replaced by the return value of of function {@code repl} (whose first argument is the
  * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAllFunc(src, replFunc, maxReplaces) {
    let lastMatchEnd = 0;
    let searchPos = 0;
    let out = "";
    const input = MachineInput.fromUTF16(src);
    const lbState = this.createLookbehindState();
    let numReplaces = 0;
    while (searchPos <= src.length) {
      const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
      if (a === null || a.length === 0) break;
      out += src.substring(lastMatchEnd, a[0]);
      if (a[1] > lastMatchEnd || a[0] === 0) {
        out += replFunc(src.substring(a[0], a[1]));
        numReplaces++;
      }
      lastMatchEnd = a[1];
      const width = input.step(searchPos) & 7;
      if (searchPos + width > a[1]) searchPos += width;
      else if (searchPos + 1 > a[1]) searchPos++;
      else searchPos = a[1];
      if (numReplaces >= maxReplaces) break;
    }
    out += src.substring(lastMatchEnd);
    return out;
  }
  pad(a) {
    if (a === null) return null;
    let n = (1 + this.numSubexp) * 2;
    if (a.length < n) {
      let a2 = new Array(n).fill(-1);
      for (let i = 0; i < a.length; i++) a2[i] = a[i];
      a = a2;
    }
    return a;
  }
  allMatches(input, n, deliverFun = (v) => v) {
    let result = [];
    const end = input.endPos();
    if (n < 0) n = end + 1;
    let pos = 0;
    let i = 0;
    let prevMatchEnd = -1;
    const lbState = this.createLookbehindState();
    while (i < n && pos <= end) {
      const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
      if (matches === null || matches.length === 0) break;
      let accept = true;
      if (matches[1] === pos) {
        if (matches[0] === prevMatchEnd) accept = false;
        const r = input.step(pos);
        if (r < 0) pos = end + 1;
        else pos += r & 7;
      } else pos = matches[1];
      prevMatchEnd = matches[1];
      if (accept) {
        result.push(deliverFun(this.pad(matches)));
        i++;
      }
    }
    return result;
  }
  /**
  * Returns an array holding the text of the leftmost match in {@code b} of this regular
  * expression.
  *
  * A return value of null indicates no match.
  */
  findUTF8(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return b.slice(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
  *
  * A return value of null indicates no match.
  */
  findUTF8Index(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return a.slice(0, 2);
  }
  /**
  * Returns a string holding the text of the leftmost match in {@code s} of this regular
  * expression.
  *
  * If there is no match, the return value is an empty string, but it will also be empty if the
  * regular expression successfully matches an empty string. Use {@link #findIndex} or
  * {@link #findSubmatch} if it is necessary to distinguish these cases.
  */
  find(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return "";
    return s.substring(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code s} of this regular expression. The match itself is at
  * {@code s.substring(loc[0], loc[1])}.
  *
  * A return value of null indicates no match.
  */
  findIndex(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
  }
  /**
  * Returns an array of arrays the text of the leftmost match of the regular expression in
  * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findUTF8Submatch(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
  * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
  *
  * A return value of null indicates no match.
  */
  findUTF8SubmatchIndex(b) {
    return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * Returns an array of strings holding the text of the leftmost match of the regular expression in
  * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatch(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatchIndex(s) {
    return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  *
  * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
  * by |b|.
  */
  findAllUTF8(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Index(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
  * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
  * description above.
  *
  * A return value of null indicates no match.
  */
  findAll(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
  * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Submatch(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8SubmatchIndex(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n);
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatch(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatchIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n);
    if (result.length === 0) return null;
    return result;
  }
};
var RE2Set = class RE2Set2 {
  /** @type {number} */
  static UNANCHORED = RE2Flags.UNANCHORED;
  /** @type {number} */
  static ANCHOR_START = RE2Flags.ANCHOR_START;
  /** @type {number} */
  static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
  /**
  * Constructs a new RE2Set with the specified anchor mode and flags.
  * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
  * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
  * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
  */
  constructor(anchor = RE2Set2.UNANCHORED, flags2 = 0, maxMem = 8388608) {
    if (![
      RE2Set2.UNANCHORED,
      RE2Set2.ANCHOR_START,
      RE2Set2.ANCHOR_BOTH
    ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
    Utils.checkFlags(flags2);
    this.anchor = anchor;
    this.jsFlags = flags2;
    this.maxMem = maxMem;
    let re2Flags = RE2Flags.PERL;
    if ((flags2 & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags2 & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    this.re2Flags = re2Flags;
    this.regexps = [];
    this.prog = null;
    this.dfa = null;
    this.dummyRe2 = null;
  }
  /**
  * Adds a new regular expression pattern to the set.
  * Patterns cannot be added after the set has been compiled.
  * @param {string} pattern - The regular expression pattern to add.
  * @returns {number} The integer index assigned to the added pattern.
  * @throws {RE2JSCompileException} If patterns are added after compilation.
  */
  add(pattern) {
    if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
    Utils.checkPattern(pattern);
    let fregex = pattern;
    if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    const re = Parser.parse(fregex, this.re2Flags);
    this.regexps.push(Simplify.simplify(re));
    return this.regexps.length - 1;
  }
  /**
  * Compiles the added patterns into a single state machine.
  * This is automatically called on the first match if not called explicitly.
  * @returns {void}
  */
  compile() {
    if (this.prog) return;
    const prog = Compiler.compileSet(this.regexps);
    if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
    this.prog = prog;
    this.dfa = new DFA(this.prog, this.maxMem);
    this.dummyRe2 = {
      prog: this.prog,
      cond: this.prog.startCond(),
      prefix: "",
      prefixRune: 0,
      longest: false
    };
  }
  /**
  * Matches the input against the compiled set of regular expressions.
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
  * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
  */
  match(input) {
    if (!this.prog) this.compile();
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    let internalAnchor = RE2Flags.UNANCHORED;
    if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
    else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
    const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
    if (dfaResult !== null) return dfaResult;
    const machine = Machine.fromRE2(this.dummyRe2);
    machine.init(0);
    return machine.matchSet(machineInput, 0, internalAnchor);
  }
};
var TranslateRegExpString = class TranslateRegExpString2 {
  static isHexadecimal(ch) {
    return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
  }
  static translate(data) {
    let prefixFlags = "";
    if (Object.prototype.toString.call(data) === "[object RegExp]") {
      if (data.ignoreCase) prefixFlags += "i";
      if (data.multiline) prefixFlags += "m";
      if (data.dotAll) prefixFlags += "s";
      data = data.source;
    }
    if (typeof data !== "string") return data;
    let result = "";
    let changed = false;
    let size = data.length;
    if (size === 0) {
      result = "(?:)";
      changed = true;
    }
    let inCharClass = false;
    let i = 0;
    while (i < size) {
      let ch = data[i];
      if (ch === "\\") {
        if (i + 1 < size) {
          ch = data[i + 1];
          switch (ch) {
            case "\\":
              result += "\\\\";
              i += 2;
              continue;
            case "c":
              if (i + 2 < size) {
                let code = data[i + 2].charCodeAt(0);
                if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                  let val = code % 32;
                  result += "\\x";
                  result += (val >> 4).toString(16).toUpperCase();
                  result += (val & 15).toString(16).toUpperCase();
                  i += 3;
                  changed = true;
                  continue;
                }
              }
              result += "c";
              i += 2;
              changed = true;
              continue;
            case "u":
              if (i + 2 < size) {
                if (data[i + 2] === "{") {
                  let j = i + 3;
                  let hasHex = false;
                  let closed = false;
                  while (j < size) {
                    const hexChar = data[j];
                    if (hexChar === "}") {
                      closed = true;
                      break;
                    }
                    if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                    hasHex = true;
                    j++;
                  }
                  if (closed && hasHex) {
                    result += "\\x";
                    i += 2;
                    changed = true;
                    continue;
                  }
                } else if (i + 5 < size) {
                  let isHex4 = true;
                  for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                    isHex4 = false;
                    break;
                  }
                  if (isHex4) {
                    result += "\\x{" + data.substring(i + 2, i + 6) + "}";
                    i += 6;
                    changed = true;
                    continue;
                  }
                }
              }
              result += "u";
              i += 2;
              changed = true;
              continue;
            case "x": {
              let isValidHex = false;
              if (i + 2 < size && data[i + 2] === "{") {
                let j = i + 3;
                let hasHex = false;
                let closed = false;
                while (j < size) {
                  const hexChar = data[j];
                  if (hexChar === "}") {
                    closed = true;
                    break;
                  }
                  if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                  hasHex = true;
                  j++;
                }
                if (closed && hasHex) isValidHex = true;
              } else if (i + 3 < size && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
              if (isValidHex) {
                result += "\\x";
                i += 2;
              } else {
                result += "x";
                i += 2;
                changed = true;
              }
              continue;
            }
            case "n":
            case "r":
            case "t":
            case "a":
            case "f":
            case "v":
            case "d":
            case "D":
            case "s":
            case "S":
            case "w":
            case "W":
            case "b":
            case "B":
            case "p":
            case "P":
            case "A":
            case "z":
            case "Q":
            case "E":
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
              result += "\\" + ch;
              i += 2;
              continue;
            default: {
              let cp2 = data.codePointAt(i + 1);
              if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
                changed = true;
              } else {
                result += "\\";
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
              }
              continue;
            }
          }
        }
      } else if (ch === "/") {
        result += "\\/";
        i += 1;
        changed = true;
        continue;
      } else if (ch === "[") {
        if (!inCharClass && data[i + 1] === "]") {
          result += "[^\\x00-\\x{10FFFF}]";
          i += 2;
          changed = true;
          continue;
        }
        if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
          result += "[\\x00-\\x{10FFFF}]";
          i += 3;
          changed = true;
          continue;
        }
        inCharClass = true;
      } else if (ch === "]") inCharClass = false;
      else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
        if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
          result += "(?P<";
          i += 3;
          changed = true;
          continue;
        }
      }
      let cp = data.codePointAt(i);
      let symSize = Utils.charCount(cp);
      result += data.substring(i, i + symSize);
      i += symSize;
    }
    const finalResult = changed ? result : data;
    if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
    return finalResult;
  }
};
var execResult = (m, input) => {
  const result = m.matchArray();
  result.index = m.start(0);
  result.input = input;
  result.groups = m.namedGroupsObject();
  return result;
};
var RE2JS = class RE2JS2 {
  /**
  * Flag: case insensitive matching.
  */
  static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
  /**
  * Flag: dot ({@code .}) matches all characters, including newline.
  */
  static DOTALL = PublicFlags.DOTALL;
  /**
  * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
  * beginning and end of input.
  */
  static MULTILINE = PublicFlags.MULTILINE;
  /**
  * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
  */
  static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
  /**
  * Flag: matches longest possible string.
  */
  static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
  /**
  * Flag: enable linear-time captureless lookbehinds.
  */
  static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
  /**
  * Returns a literal pattern string for the specified string.
  *
  * This method produces a string that can be used to create a <code>RE2JS</code> that would
  * match the string <code>s</code> as if it were a literal pattern.
  *
  * Metacharacters or escape sequences in the input sequence will be given no special meaning.
  *
  * @param {string} str The string to be literalized
  * @returns {string} A literal string replacement
  */
  static quote(str2) {
    return Utils.quoteMeta(str2);
  }
  /**
  * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
  * replacement methods as a literal replacement of {@code str}.
  *
  * This is a convenience delegation to {@link Matcher.quoteReplacement}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str2, javaMode = false) {
    return Matcher.quoteReplacement(str2, javaMode);
  }
  /**
  * Translates a given regular expression string to ensure compatibility with RE2JS.
  *
  * This function preprocesses the input regex string by applying necessary transformations,
  * such as escaping special characters (e.g., `/`), converting named capture groups to
  * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
  * resulting regex is safe and properly formatted before compilation.
  *
  * @param {string|RegExp} expr - The regular expression string to be translated.
  * @returns {string} - The transformed regular expression string, ready for compilation.
  */
  static translateRegExp(expr) {
    return TranslateRegExpString.translate(expr);
  }
  /**
  * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
  * @param {string} regex
  * @param {number} [flags=0]
  * @returns {RE2JS}
  */
  static compile(regex2, flags2 = 0) {
    Utils.checkPattern(regex2);
    Utils.checkFlags(flags2);
    let fregex = regex2;
    if ((flags2 & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((flags2 & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((flags2 & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    let re2Flags = RE2Flags.PERL;
    if ((flags2 & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags2 & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    const p = new RE2JS2(regex2, flags2);
    p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags2 & RE2JS2.LONGEST_MATCH) !== 0);
    return p;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string} regex the regular expression
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  * @throws RE2JSSyntaxException if the regular expression is malformed
  */
  static matches(regex2, input) {
    return RE2JS2.compile(regex2).testExact(input);
  }
  /**
  * This is visible for testing.
  * @private
  */
  static initTest(pattern, flags2, re2) {
    if (pattern == null) throw new Error("pattern is null");
    if (re2 == null) throw new Error("re2 is null");
    const p = new RE2JS2(pattern, flags2);
    p.re2Input = re2;
    return p;
  }
  /**
  *
  * @param {string} pattern
  * @param {number} flags
  */
  constructor(pattern, flags2) {
    this.patternInput = pattern;
    this.flagsInput = flags2;
    this.re2Input = null;
  }
  /**
  * Releases memory used by internal caches associated with this pattern. Does not change the
  * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
  */
  reset() {
    this.re2Input.reset();
  }
  /**
  * Returns the flags used in the constructor.
  * @returns {number}
  */
  flags() {
    return this.flagsInput;
  }
  /**
  * Returns the pattern used in the constructor.
  * @returns {string}
  */
  pattern() {
    return this.patternInput;
  }
  re2() {
    return this.re2Input;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  */
  matches(input) {
    return this.testExact(input);
  }
  /**
  * Creates a new {@code Matcher} matching the pattern against the input.
  *
  * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
  * @returns {Matcher}
  */
  matcher(input) {
    if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
    return new Matcher(this, input);
  }
  /**
  * Tests whether the regular expression matches any part of the input string.
  * Performance Note: This method is highly optimized. Because it only returns
  * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
  * and guarantees execution on the high-speed DFA engine whenever possible.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
  */
  test(input) {
    if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
    return this.re2Input.match(input);
  }
  /**
  * Tests whether the regular expression matches the ENTIRE input string.
  * * **Performance Note:** This operates identically to `.matches()`, but is significantly
  * faster because it does not request capture group data. By requesting 0 capture groups,
  * it securely routes execution through the DFA fast-path.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
  */
  testExact(input) {
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
  }
  /**
  * Executes a search for a match in a specified string.
  * Returns a result array, or null if no match is found.
  * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
  * including `.index`, `.input`, and `.groups` properties.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {Array|null} the match array with index, input, and groups properties, or null
  */
  exec(input) {
    const m = this.matcher(input);
    return m.find() ? execResult(m, input) : null;
  }
  /**
  * Splits input around instances of the regular expression. It returns an array giving the strings
  * that occur before, between, and after instances of the regular expression.
  *
  * If {@code limit <= 0}, there is no limit on the size of the returned array. If
  * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
  * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
  * of the input, possibly including additional matches of the pattern.
  *
  * @param {string} input the input string to be split
  * @param {number} [limit=0] the limit
  * @returns {string[]} the split strings
  */
  split(input, limit = 0) {
    const m = this.matcher(input);
    const result = [];
    let emptiesSkipped = 0;
    let last = 0;
    while (m.find()) {
      if (last === 0 && m.end() === 0) {
        last = m.end();
        continue;
      }
      if (limit > 0 && result.length === limit - 1) break;
      if (last === m.start()) {
        if (limit === 0) {
          emptiesSkipped += 1;
          last = m.end();
          continue;
        }
      } else while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.start()));
      last = m.end();
    }
    if (limit === 0 && last !== m.inputLength()) {
      while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.inputLength()));
    }
    if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
    return result;
  }
  /**
  * Returns an iterator of all results matching a string against the regular expression,
  * including capturing groups.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {IterableIterator<RegExpMatchArray>}
  */
  *matchAll(input) {
    const m = this.matcher(input);
    while (m.find()) yield execResult(m, input);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    return this.patternInput;
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.re2Input.numberOfInstructions();
  }
  /**
  * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
  * pattern and is excluded from this count.
  *
  * @returns {number} the number of capturing groups in this pattern
  */
  groupCount() {
    return this.re2Input.numberOfCapturingGroups();
  }
  /**
  * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
  * is the index of the group in the pattern.
  * @returns {Record<string, number>}
  */
  namedGroups() {
    return this.re2Input.namedGroups;
  }
  /**
  *
  * @param {*} other
  * @returns {boolean}
  */
  equals(other) {
    if (this === other) return true;
    if (other === null || this.constructor !== other.constructor) return false;
    return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
  }
};

// src/rules/pattern.ts
function splitInlineFlags(pattern) {
  return pattern.startsWith("(?i)") ? { source: pattern.slice(4), flags: "i" } : { source: pattern, flags: "" };
}
function v8Pattern(pattern) {
  const { source, flags: flags2 } = splitInlineFlags(pattern);
  const global = new RegExp(source, flags2 + "gd");
  const single2 = new RegExp(source, flags2);
  return {
    *matches(text2) {
      global.lastIndex = 0;
      for (let m = global.exec(text2); m; m = global.exec(text2)) {
        if (m[0].length === 0) global.lastIndex++;
        const match = m;
        yield {
          start: match.index,
          end: match.index + match[0].length,
          group(name) {
            const text3 = match.groups?.[name];
            const span = match.indices?.groups?.[name];
            return text3 === void 0 || !span ? void 0 : { text: text3, start: span[0], end: span[1] };
          }
        };
      }
    },
    test: (text2) => single2.test(text2)
  };
}
function re2Pattern(pattern) {
  const re = RE2JS.compile(pattern);
  const names = new Set(Object.keys(re.namedGroups()));
  return {
    *matches(text2) {
      const m = re.matcher(text2);
      let from = 0;
      while (from <= text2.length && m.find(from)) {
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
    test: (text2) => re.matcher(text2).find()
  };
}
function compilePattern(pattern, shipped) {
  return shipped ? v8Pattern(pattern) : re2Pattern(pattern);
}

// src/config.ts
var KEYS = /* @__PURE__ */ new Set(["$schema", "rules", "allowlist", "exclude", "minEntropy", "maxFileSize"]);
var SIZE_UNITS = {
  "": 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3
};
function parseSize(text2, what) {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text2.trim());
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : void 0;
  if (!m || unit === void 0)
    throw new UserError(`${what}: "${text2}" is not a size (examples: 1048576, 512KB, 200MB, 1GB)`);
  return Math.floor(Number(m[1]) * unit);
}
function readJson(file) {
  const text2 = readBoundedText(file, { limit: 4 * 1024 * 1024, followLinks: true });
  if (text2 === null) throw new UserError(`config file not found: ${file}`);
  try {
    return JSON.parse(text2);
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
function parseJson(text2, where) {
  try {
    return JSON.parse(text2);
  } catch (error) {
    throw new UserError(`${where}: not valid JSON: ${error.message}`);
  }
}
function loadConfig(files, explicit, cwd2) {
  if (explicit) {
    const file = resolve(cwd2, explicit);
    return parseConfig(readJson(file), file);
  }
  const text2 = files.read(CONFIG_FILE);
  if (text2 !== null)
    return parseConfig(parseJson(text2, files.describe(CONFIG_FILE)), files.describe(CONFIG_FILE));
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

// src/cli/numbers.ts
init_errors();
function wholeNumber(text2, flag, min, max) {
  const n = Number(text2);
  if (!/^\d+$/.test(text2.trim()) || !Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${text2}")`);
  return n;
}

// src/git.ts
init_errors();
import { spawn } from "node:child_process";

// src/spool.ts
import { closeSync as closeSync2, fstatSync as fstatSync2, mkdtempSync, openSync as openSync2, readSync as readSync2, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
var CHUNK_BYTES = 1024 * 1024;
var Spool = class _Spool {
  constructor(fd, leftover) {
    this.fd = fd;
    this.leftover = leftover;
  }
  closed = false;
  /** An empty spool, open for writing (by a child process) and reading. */
  static create() {
    const dir = mkdtempSync(join2(tmpdir(), "flora-keyscan-"));
    const file = join2(dir, "spool");
    const fd = openSync2(file, "w+", 384);
    try {
      rmSync(dir, { recursive: true });
      return new _Spool(fd, null);
    } catch {
      return new _Spool(fd, dir);
    }
  }
  get size() {
    return fstatSync2(this.fd).size;
  }
  /** The whole content at once. */
  readAll() {
    const out = Buffer.allocUnsafe(this.size);
    let done = 0;
    while (done < out.length) {
      const n = readSync2(this.fd, out, done, out.length - done, done);
      if (n === 0) break;
      done += n;
    }
    return out.subarray(0, done);
  }
  /**
   * Every line (without its newline), as a view valid until the next one. A line longer than a chunk
   * is read whole into a buffer of its own.
   */
  lines() {
    return this.records(10);
  }
  /** Every record ended by `separator` (without it), as `lines()` gives lines. */
  *records(separator) {
    for (const [buffer, end] of this.blocks(separator)) {
      let start = 0;
      for (let at2 = buffer.indexOf(separator); at2 !== -1 && at2 < end; ) {
        yield buffer.subarray(start, at2);
        start = at2 + 1;
        at2 = buffer.indexOf(separator, start);
      }
      if (start < end) yield buffer.subarray(start, end);
    }
  }
  /**
   * `records()` without a view per record: `record(buffer, start, end)` for each, the bytes valid
   * until it returns. For output of a million records, where a view each is most of the cost.
   */
  eachRecord(separator, record) {
    for (const [buffer, end] of this.blocks(separator)) {
      let start = 0;
      for (let at2 = buffer.indexOf(separator); at2 !== -1 && at2 < end; ) {
        record(buffer, start, at2);
        start = at2 + 1;
        at2 = buffer.indexOf(separator, start);
      }
      if (start < end) record(buffer, start, end);
    }
  }
  /**
   * The content in blocks of whole records: `buffer` up to `end` holds records each ended by
   * `separator`, but for the last block, whose last record may have none. The buffer grows to hold
   * a record longer than a chunk.
   */
  *blocks(separator) {
    let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let held = 0;
    for (let position = 0; ; ) {
      if (held === buffer.length) {
        const larger = Buffer.allocUnsafe(2 * buffer.length);
        buffer.copy(larger, 0, 0, held);
        buffer = larger;
      }
      const n = readSync2(this.fd, buffer, held, buffer.length - held, position);
      position += n;
      const end = held + n;
      if (n === 0) {
        if (end > 0) yield [buffer, end];
        return;
      }
      const whole = end > held ? buffer.lastIndexOf(separator, end - 1) + 1 : 0;
      if (whole > 0) yield [buffer, whole];
      buffer.copy(buffer, 0, whole, end);
      held = end - whole;
    }
  }
  /** Frees the file (once; later calls do nothing). */
  close() {
    if (this.closed) return;
    this.closed = true;
    closeSync2(this.fd);
    if (this.leftover) rmSync(this.leftover, { recursive: true, force: true });
  }
};

// src/git.ts
var GitError = class extends UserError {
  name = "GitError";
};
var GIT_ENV = {
  GIT_TERMINAL_PROMPT: "0",
  GIT_PAGER: "cat",
  LC_ALL: "C",
  GIT_OPTIONAL_LOCKS: "0",
  GIT_NO_LAZY_FETCH: "1"
};
var NO_TRANSPORT = { GIT_ALLOW_PROTOCOL: "none" };
var SAFE_CONFIG = [["core.fsmonitor", "false"]];
var BOUNDED_GIT_MEMORY = [
  "-c",
  "core.packedGitWindowSize=32m",
  "-c",
  "core.packedGitLimit=128m",
  "-c",
  "core.deltaBaseCacheLimit=16m"
];
function gitFailed(args, stderr, code) {
  const reason = stderr.split("\n").find((l) => l.trim()) ?? `exit code ${code}`;
  const command = args.find((a, i) => !a.startsWith("-") && args[i - 1] !== "-c");
  return new GitError(`git ${command} failed: ${reason.replace(/^(fatal|error): /, "")}`);
}
function notStarted(error) {
  return new GitError(
    error.code === "ENOENT" ? "git is not installed or not on PATH" : `cannot run git: ${error.message}`
  );
}
function splitNul(buffer) {
  return buffer.toString("utf8").split("\0").filter((s) => s.length > 0);
}
var ObjectReadError = class extends GitError {
  constructor(oid, reason) {
    super(`cannot read git object ${oid}: ${reason.replace(/^(fatal|error): /, "")}`);
    this.oid = oid;
  }
  name = "ObjectReadError";
};
var Git = class _Git {
  constructor(dir, env2, network = false) {
    this.dir = dir;
    this.env = env2;
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
    const env2 = {
      ...this.env,
      ...GIT_ENV,
      ...this.network ? { GIT_NO_LAZY_FETCH: void 0 } : NO_TRANSPORT
    };
    let count = Number(env2.GIT_CONFIG_COUNT) || 0;
    for (const [key, value] of SAFE_CONFIG) {
      env2[`GIT_CONFIG_KEY_${count}`] = key;
      env2[`GIT_CONFIG_VALUE_${count++}`] = value;
    }
    env2.GIT_CONFIG_COUNT = String(count);
    for (const k of Object.keys(env2)) if (env2[k] === void 0) delete env2[k];
    return env2;
  }
  /** Runs git and collects its output; rejects only when git cannot be started at all. */
  raw(args, input) {
    return new Promise((resolve5, reject) => {
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
        (code) => resolve5({
          stdout: Buffer.concat(out),
          stderr: Buffer.concat(err).toString("utf8"),
          code: code ?? 1
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
    const spool = await this.toSpool(args);
    try {
      return spool.readAll();
    } finally {
      spool.close();
    }
  }
  /**
   * Runs git with its output in a Spool, for output too large to hold (the caller closes it). An
   * abort kills git and rejects with the AbortError.
   */
  async toSpool(args, signal) {
    const spool = Spool.create();
    try {
      const child = spawn("git", args, {
        cwd: this.dir,
        env: this.spawnEnv(),
        stdio: ["ignore", spool.fd, "pipe"],
        ...signal ? { signal } : {}
      });
      let stderr = "";
      child.stderr.on("data", (c) => stderr += c.toString("utf8"));
      const code = await new Promise((resolve5, reject) => {
        child.on(
          "error",
          (error) => reject(signal?.aborted ? signal.reason : notStarted(error))
        );
        child.on("close", (c) => resolve5(c ?? 1));
      });
      if (signal?.aborted) throw signal.reason;
      if (code !== 0) throw gitFailed(args, stderr, code);
      return spool;
    } catch (error) {
      spool.close();
      throw error;
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
      (resolve5) => child.on("close", (code18) => resolve5(code18 ?? 1))
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
    const code = await exited;
    if (seen < oids.length)
      throw new ObjectReadError(
        oids.at(seen),
        stderr.trim().split("\n")[0] || `git cat-file exited with ${code}`
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
async function findWorkTree(dir, env2) {
  const result = await new Git(dir, env2).raw([
    "rev-parse",
    "--show-toplevel",
    "--path-format=absolute",
    "--git-path",
    "MERGE_HEAD",
    "--verify",
    "--quiet",
    "HEAD^{commit}"
  ]);
  const lines = result.stdout.toString("utf8").split("\n");
  const [top = "", mergeHead = "", head = ""] = lines;
  if (result.code !== 0 && result.code !== 1) return null;
  const expected = result.code === 0 ? 4 : 3;
  if (lines.length !== expected || !mergeHead.startsWith("/") || result.code === 0 && !/^[0-9a-f]{40,64}$/.test(head))
    return findWorkTreeAlone(dir, env2);
  const git = new Git(top, env2);
  void git.once("bare", async () => false);
  void git.once("merge-head", async () => mergeHead);
  void git.once("has-head", async () => result.code === 0 && head !== "");
  return git;
}
async function findWorkTreeAlone(dir, env2) {
  const result = await new Git(dir, env2).raw(["rev-parse", "--show-toplevel"]);
  return result.code === 0 ? new Git(result.stdout.toString("utf8").replace(/\n$/, ""), env2) : null;
}
function isBare(git) {
  return git.once(
    "bare",
    async () => await git.text(["rev-parse", "--is-bare-repository"]) === "true"
  );
}
async function requireRepository(dir, env2) {
  const top = await findWorkTree(dir, env2);
  if (top) return top;
  const result = await new Git(dir, env2).raw(["rev-parse", "--absolute-git-dir"]);
  if (result.code !== 0) throw new GitError(`not a git repository: ${dir}`);
  return new Git(result.stdout.toString("utf8").trim(), env2);
}
async function hasCommit(git, rev = "HEAD") {
  const ask = async () => (await git.raw(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`])).code === 0;
  return rev === "HEAD" ? git.once("has-head", ask) : ask();
}
async function* parseBatch(stream) {
  let pending = [];
  let pendingBytes = 0;
  let header = null;
  const take = (n) => {
    const joined2 = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
    const head = joined2.subarray(0, n);
    const rest = joined2.subarray(n);
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
var OidList = class _OidList {
  constructor(text2, starts, length) {
    this.text = text2;
    this.starts = starts;
    this.length = length;
  }
  static fromLines(text2, starts, length) {
    return new _OidList(text2, starts, length);
  }
  static of(oids) {
    const text2 = Buffer.from(oids.length ? oids.join("\n") + "\n" : "");
    const starts = new Uint32Array(oids.length);
    let at2 = 0;
    oids.forEach((oid, i) => {
      starts[i] = at2;
      at2 += Buffer.byteLength(oid) + 1;
    });
    return new _OidList(text2, starts, oids.length);
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

// src/pipeline.ts
init_findings();

// src/history/attribution.ts
init_findings();

// src/sources/object-read.ts
init_time();

// src/sources/object-store.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join as join3, resolve as resolve2 } from "node:path";
import { constants as zlibConstants, inflateSync as inflateSync2 } from "node:zlib";

// src/sources/packfile.ts
import { closeSync as closeSync3, fstatSync as fstatSync3, openSync as openSync3, readSync as readSync3 } from "node:fs";
import { inflateSync } from "node:zlib";
var OBJ_COMMIT = 1;
var OBJ_TREE = 2;
var OBJ_BLOB = 3;
var OBJ_TAG = 4;
var OBJ_OFS_DELTA = 6;
var OBJ_REF_DELTA = 7;
var TYPE_NAMES = {
  1: "commit",
  2: "tree",
  3: "blob",
  4: "tag"
};
var PackFormatError = class extends Error {
  name = "PackFormatError";
};
var IDX_MAGIC = 4285812579;
var IDS_AT = 8 + 1024;
var READ_AHEAD = 64 * 1024;
var MAX_HEADER = 16 + 32;
var PackIndex = class _PackIndex {
  constructor(packPath, fd, fanout, hashBytes, count, offsetTable) {
    this.packPath = packPath;
    this.fd = fd;
    this.fanout = fanout;
    this.hashBytes = hashBytes;
    this.count = count;
    this.offsetTable = offsetTable;
    this.idBuffer = Buffer.alloc(hashBytes);
  }
  ids = null;
  idBuffer;
  /** Reads `pack-*.idx`; throws PackFormatError for anything but a whole version 2 index. */
  static open(idxPath, hashBytes) {
    const fd = openSync3(idxPath, "r");
    try {
      const size = fstatSync3(fd).size;
      const head = readExactly(fd, 8 + 1024, 0);
      if (head.length < 8 + 1024 || head.readUInt32BE(0) !== IDX_MAGIC || head.readUInt32BE(4) !== 2)
        throw new PackFormatError(`${idxPath}: not a version 2 pack index`);
      const fanout = new Uint32Array(256);
      for (let b = 0; b < 256; b++) fanout[b] = head.readUInt32BE(8 + b * 4);
      const count = fanout[255];
      for (let b = 1; b < 256; b++)
        if (fanout[b] < fanout[b - 1])
          throw new PackFormatError(`${idxPath}: a damaged fan-out table`);
      const offsetsAt = IDS_AT + count * (hashBytes + 4);
      if (size < offsetsAt + count * 4 + 2 * hashBytes)
        throw new PackFormatError(`${idxPath}: truncated pack index`);
      const offsets = offsetsOf(fd, count, offsetsAt, size - 2 * hashBytes, idxPath);
      const packPath = idxPath.replace(/\.idx$/, ".pack");
      return new _PackIndex(packPath, fd, fanout, hashBytes, count, offsets);
    } catch (error) {
      closeSync3(fd);
      throw error;
    }
  }
  /** Reads every id into memory, for many lookups; `release()` lets them go. */
  holdIds() {
    this.ids ??= readExactly(this.fd, this.count * this.hashBytes, IDS_AT);
  }
  release() {
    this.ids = null;
  }
  get holdsIds() {
    return this.ids !== null;
  }
  closed = false;
  /** Closes the index file (once: a descriptor closed twice may by then be another file's). */
  close() {
    if (this.closed) return;
    this.closed = true;
    closeSync3(this.fd);
  }
  /** Offsets by index position, handed over once (the pack keeps them in its own order). */
  takeOffsets() {
    const offsets = this.offsetTable;
    if (!offsets) throw new Error("pack index offsets already taken");
    this.offsetTable = null;
    return offsets;
  }
  /** The id at `position`: a view valid until the next call. */
  idAt(position) {
    const at2 = position * this.hashBytes;
    if (this.ids) return this.ids.subarray(at2, at2 + this.hashBytes);
    if (readSync3(this.fd, this.idBuffer, 0, this.hashBytes, IDS_AT + at2) !== this.hashBytes)
      throw new PackFormatError(`${this.packPath}: its index ends inside its ids`);
    return this.idBuffer;
  }
  oidAt(position) {
    return this.idAt(position).toString("hex");
  }
  /** Index position of `oid` (binary search in the sorted ids, narrowed by the fan-out table), or -1. */
  positionOf(oid) {
    const first = oid[0];
    let lo = first === 0 ? 0 : this.fanout[first - 1];
    let hi = Math.min(this.fanout[first], this.count) - 1;
    while (lo <= hi) {
      const mid = lo + hi >>> 1;
      const order = Buffer.compare(oid.subarray(0, this.hashBytes), this.idAt(mid));
      if (order === 0) return mid;
      if (order > 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  has(oid) {
    return this.positionOf(oid) !== -1;
  }
};
function readExactly(fd, length, position) {
  const out = Buffer.allocUnsafeSlow(length);
  let done = 0;
  while (done < length) {
    const n = readSync3(fd, out, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? out : out.subarray(0, done);
}
function offsetsOf(fd, count, at2, end, idxPath) {
  let offsets = new Uint32Array(count);
  const chunk = Buffer.allocUnsafe(256 * 1024);
  for (let i = 0; i < count; ) {
    const take = Math.min(chunk.length / 4, count - i);
    readSync3(fd, chunk, 0, take * 4, at2 + i * 4);
    for (let j = 0; j < take; j++, i++) {
      const small = chunk.readUInt32BE(j * 4);
      if (small & 2147483648 && offsets instanceof Uint32Array)
        offsets = Float64Array.from(offsets);
      offsets[i] = small;
    }
  }
  if (offsets instanceof Float64Array) {
    const largeAt = at2 + count * 4;
    const large = Buffer.alloc(8);
    for (let i = 0; i < count; i++) {
      if (!(offsets[i] >= 2147483648)) continue;
      const slot = offsets[i] - 2147483648;
      if (largeAt + (slot + 1) * 8 > end)
        throw new PackFormatError(`${idxPath}: a large offset outside its table`);
      readSync3(fd, large, 0, 8, largeAt + slot * 8);
      offsets[i] = Number(large.readBigUInt64BE(0));
    }
  }
  return offsets;
}
var DELTA = 8;
var Pack = class {
  /** Reads every object's header (one sequential pass over the pack); throws PackFormatError. */
  constructor(index) {
    this.index = index;
    const byPosition = index.takeOffsets();
    const n = this.count = index.count;
    this.packPath = index.packPath;
    this.offset = byPosition instanceof Uint32Array ? new Uint32Array(n + 1) : new Float64Array(n + 1);
    this.offset.set(byPosition);
    const sorted = this.offset.subarray(0, n).sort();
    this.idxPosition = new Int32Array(n);
    for (let i = 0; i < n; i++) this.idxPosition[findSorted(sorted, byPosition[i])] = i;
    this.headerLength = new Uint8Array(n);
    this.kind = new Uint8Array(n);
    const base = new Int32Array(n).fill(-1);
    this.fd = openSync3(this.packPath, "r");
    try {
      this.readHeaders(base);
    } catch (error) {
      closeSync3(this.fd);
      throw error;
    }
    this.firstChild = new Int32Array(n + 1);
    for (let k = 0; k < n; k++)
      if (base[k] >= 0) this.firstChild[base[k] + 1] = this.firstChild[base[k] + 1] + 1;
    for (let k = 0; k < n; k++)
      this.firstChild[k + 1] = this.firstChild[k + 1] + this.firstChild[k];
    this.children = new Int32Array(this.firstChild[n]);
    const fill2 = this.firstChild.slice(0, n);
    for (let k = 0; k < n; k++) if (base[k] >= 0) this.children[fill2[base[k]]++] = k;
    this.resolveTypes(base);
  }
  count;
  packPath;
  /** Offset of each object, in pack order, then the trailer's: object k's data ends at offset[k + 1]. */
  offset;
  headerLength;
  /** Type per position (deltas carry the type of the whole object at their chain's root) | DELTA. */
  kind;
  /** The deltas built on each object, as ranges of `children` (firstChild[k]..firstChild[k+1]). */
  firstChild;
  children;
  idxPosition;
  fd;
  window = Buffer.alloc(0);
  windowStart = 0;
  windowEnd = 0;
  close() {
    closeSync3(this.fd);
  }
  /** The object's type (1 commit … 4 tag); for a delta its chain root's, 0 if that has none. */
  type(k) {
    return this.kind[k] & 7;
  }
  isDelta(k) {
    return (this.kind[k] & DELTA) !== 0;
  }
  oid(k) {
    return this.index.oidAt(this.idxPosition[k]);
  }
  /** For each index position, the object's position in the pack. */
  positionsToK() {
    const out = new Int32Array(this.count);
    for (let k = 0; k < this.count; k++) out[this.idxPosition[k]] = k;
    return out;
  }
  /** Bytes the object takes in the pack (header aside). */
  packedSize(k) {
    return this.offset[k + 1] - this.offset[k] - this.headerLength[k];
  }
  /** The size its header gives: the whole object's, or for a delta the size of its instructions. */
  size(k) {
    const at2 = this.offset[k];
    const header = this.read(at2, at2 + this.headerLength[k]);
    let c = header[0];
    let size = c & 15;
    for (let i = 1, shift = 4; c & 128; i++, shift += 7) {
      c = header[i];
      size += (c & 127) * 2 ** shift;
    }
    return size;
  }
  /** The object's zlib data, inflated: the whole object, or for a delta its instructions. */
  inflate(k) {
    const size = this.size(k);
    return inflateBounded(
      this.read(this.offset[k] + this.headerLength[k], this.offset[k + 1]),
      size,
      () => "its data"
    );
  }
  /** Pack bytes start..end, through a read-ahead window. */
  read(start, end) {
    if (start < this.windowStart || end > this.windowEnd) {
      const length = Math.max(end - start, READ_AHEAD);
      if (this.window.length < length) this.window = Buffer.alloc(length);
      const got = readSync3(this.fd, this.window, 0, length, start);
      if (got < end - start)
        throw new PackFormatError(`${this.packPath}: truncated at offset ${start}`);
      this.windowStart = start;
      this.windowEnd = start + got;
    }
    return this.window.subarray(start - this.windowStart, end - this.windowStart);
  }
  /** One sequential pass over the pack in large reads, parsing each object's header. */
  readHeaders(base) {
    const packSize = fstatSync3(this.fd).size;
    const trailer = packSize - this.index.hashBytes;
    const sorted = this.offset;
    sorted[this.count] = trailer;
    const head = Buffer.alloc(12);
    readSync3(this.fd, head, 0, 12, 0);
    if (head.toString("latin1", 0, 4) !== "PACK" || head.readUInt32BE(8) !== this.count)
      throw new PackFormatError(`${this.packPath}: not a pack, or not the one its index describes`);
    if (this.count && (sorted[0] < 12 || sorted[this.count - 1] >= trailer))
      throw new PackFormatError(`${this.packPath}: its index names offsets outside the pack`);
    const chunk = Buffer.alloc(4 * 1024 * 1024);
    let chunkStart = 0;
    let chunkLength = 0;
    const refDeltas = [];
    for (let k = 0; k < this.count; k++) {
      const offset = sorted[k];
      const end = sorted[k + 1];
      if (offset + MAX_HEADER > chunkStart + chunkLength && chunkStart + chunkLength < packSize) {
        chunkStart = offset;
        chunkLength = readSync3(this.fd, chunk, 0, chunk.length, offset);
      }
      let p = offset - chunkStart;
      const limit = Math.min(chunkLength, end - chunkStart, p + MAX_HEADER);
      let c = chunk[p++];
      const type = c >> 4 & 7;
      for (let shift = 4; c & 128 && p < limit; shift += 7) c = chunk[p++];
      if (type === OBJ_OFS_DELTA) {
        c = chunk[p++];
        let back = c & 127;
        while (c & 128 && p < limit) {
          c = chunk[p++];
          back = (back + 1) * 128 + (c & 127);
        }
        this.kind[k] = DELTA;
        base[k] = findSorted(sorted.subarray(0, this.count), offset - back);
      } else if (type === OBJ_REF_DELTA) {
        this.kind[k] = DELTA;
        if (p + this.index.hashBytes <= limit) refDeltas.push(k, chunkStart + p);
        p += this.index.hashBytes;
      } else if (type >= OBJ_COMMIT && type <= OBJ_TAG) {
        this.kind[k] = type;
      } else {
        throw new PackFormatError(
          `${this.packPath}: unknown object type ${type} at offset ${offset}`
        );
      }
      if (p >= limit || c & 128)
        throw new PackFormatError(`${this.packPath}: damaged object header at offset ${offset}`);
      this.headerLength[k] = chunkStart + p - offset;
    }
    if (refDeltas.length) this.resolveRefBases(base, refDeltas);
  }
  /** The bases of deltas that name theirs by id ([k, where the id is in the pack] pairs). */
  resolveRefBases(base, refDeltas) {
    const held = this.index.holdsIds;
    this.index.holdIds();
    const positionToK = this.positionsToK();
    const id = Buffer.alloc(this.index.hashBytes);
    for (let r = 0; r < refDeltas.length; r += 2) {
      readSync3(this.fd, id, 0, id.length, refDeltas[r + 1]);
      const position = this.index.positionOf(id);
      base[refDeltas[r]] = position === -1 ? -1 : positionToK[position];
    }
    if (!held) this.index.release();
  }
  /**
   * A delta's type is its chain root's; a chain that loops (a delta based on itself, or two on each
   * other) or ends without a base has none (0). Each object is walked once: linear in the pack.
   */
  resolveTypes(base) {
    const state = new Uint8Array(this.count);
    const path = [];
    for (let k = 0; k < this.count; k++) {
      if (!this.isDelta(k) || state[k] === 2) continue;
      let at2 = k;
      while (at2 !== -1 && this.isDelta(at2) && state[at2] === 0) {
        state[at2] = 1;
        path.push(at2);
        at2 = base[at2];
      }
      const type = at2 === -1 || state[at2] === 1 ? 0 : this.type(at2);
      for (const p of path) {
        this.kind[p] = DELTA | type;
        state[p] = 2;
      }
      path.length = 0;
    }
  }
};
var MAX_DEFLATE_RATIO = 1032;
var MAX_CHUNK = 16 * 1024 * 1024;
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
    const code = error.code;
    if (code === "ERR_BUFFER_TOO_LARGE")
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
  const fd = openSync3(idxPath, "r");
  try {
    const head = Buffer.alloc(8);
    return readSync3(fd, head, 0, 8, 0) === 8 && head.readUInt32BE(0) === IDX_MAGIC && head.readUInt32BE(4) === 2;
  } finally {
    closeSync3(fd);
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
    const grown2 = Buffer.allocUnsafe(Math.max(2 * seams.length, kept + more));
    seams.copy(grown2, 0, 0, kept);
    seams = edges.buffer = grown2;
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

// src/sources/object-store.ts
var POOLED_BUFFER_BYTES = 1024 * 1024;
var POOLED_DEPTHS = 32;
var MAX_OBJECT_BYTES = 512 * 1024 * 1024;
var BOMB_BYTES = 256 * 1024 * 1024;
var BOMB_RATIO = 1e3;
var HELD_BASES_BYTES = 64 * 1024 * 1024;
var ObjectStore = class _ObjectStore {
  constructor(indexes, loose, unopened2, heldBasesBytes, bombBytes) {
    this.indexes = indexes;
    this.loose = loose;
    this.unopened = unopened2;
    this.heldBasesBytes = heldBasesBytes;
    this.bombBytes = bombBytes;
  }
  packs = null;
  /** One buffer per depth of a delta tree, reused across trees. */
  pool = [];
  /** This scan's ledger, kept when asked for (see `ledger()`). */
  recorded = null;
  /** Packs an earlier scan proved, with the clean trees of blobs it summed; and the blobs to read again. */
  reuse = /* @__PURE__ */ new Map();
  notable = /* @__PURE__ */ new Set();
  /**
   * Starts keeping this scan's ledger, and takes what `earlier` proved of packs read in the same
   * order then: those come first, in that order, and their clean trees of blobs are not read again.
   * One reader only (no shares).
   */
  useLedger(earlier) {
    this.recorded = { packs: [], notable: [] };
    if (!earlier) return;
    const byName = new Map(this.indexes.map((index) => [basename(index.packPath), index]));
    const reused = [];
    for (const pack of earlier.packs) {
      const index = byName.get(pack.name);
      if (!index) break;
      reused.push(index);
      this.reuse.set(index, pack);
    }
    const rest = this.indexes.filter((index) => !this.reuse.has(index));
    this.indexes.splice(0, this.indexes.length, ...reused, ...rest);
    this.notable = new Set(earlier.notable);
  }
  /** What this scan proved, once `objects()` has been read to the end; null unless asked for. */
  ledger() {
    return this.recorded;
  }
  /**
   * Reads the pack indexes; each pack's own headers are read when the walk reaches packs.
   * `heldBasesBytes`: how much assembled delta bases may take before the oldest are dropped;
   * `bombBytes`: how much a delta tree's whole-read versions may take before it is a pack bomb.
   */
  static open(location, { heldBasesBytes = HELD_BASES_BYTES, bombBytes = BOMB_BYTES } = {}) {
    const indexes = [];
    const unopened2 = [];
    for (const idx of location.idxFiles) {
      try {
        indexes.push(PackIndex.open(idx, location.hashBytes));
      } catch (error) {
        unopened2.push({ path: idx.replace(/\.idx$/, ".pack"), reason: reasonOf(error) });
      }
    }
    return new _ObjectStore(indexes, location.loose, unopened2, heldBasesBytes, bombBytes);
  }
  /** How many objects all shares together deliver (trees are not read); null until packs are open. */
  total() {
    if (!this.packs) return null;
    let objects = this.loose.length + this.unopened.length;
    for (const pack of this.packs)
      for (let k = 0; k < pack.count; k++) if (pack.type(k) !== OBJ_TREE) objects++;
    return objects;
  }
  close() {
    for (const pack of this.packs ?? []) pack.close();
    for (const index of this.indexes) index.close();
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
    for (const pack of this.packs.slice(0, -1)) pack.index.holdIds();
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
      const proven = this.reuse.get(pack.index);
      const reread = proven ? this.marked(pack) : null;
      const ledger = { name: basename(pack.packPath), objects: 0, bytes: 0 };
      for (let k = 0; k < pack.count; k++) {
        const orphan = pack.isDelta(k) && pack.type(k) === 0;
        if (!orphan && (pack.isDelta(k) || pack.type(k) === OBJ_TREE)) continue;
        if (turn++ % share.of !== share.index) continue;
        if (orphan)
          yield {
            oid: pack.oid(k),
            type: "blob",
            size: 0,
            error: `cannot read git object ${pack.oid(k)}: its delta base is not in ${pack.packPath}, or its deltas loop back on themselves`
          };
        else if (earlier.some((e) => e.has(Buffer.from(pack.oid(k), "hex")))) continue;
        else if (reread && pack.type(k) === OBJ_BLOB && !inTree(pack, k, reread)) continue;
        else if (this.recorded)
          yield* this.recordTree(pack, k, this.deltaTree(pack, k, gate, edges), ledger);
        else yield* this.deltaTree(pack, k, gate, edges);
      }
      if (proven) {
        ledger.objects += proven.objects;
        ledger.bytes += proven.bytes;
        if (proven.objects)
          yield {
            oid: "",
            type: "blob",
            size: proven.bytes,
            provenFree: true,
            count: proven.objects
          };
      }
      this.recorded?.packs.push(ledger);
    }
  }
  /** Positions of `pack` that hold a blob to read again. */
  marked(pack) {
    const marks = new Uint8Array(pack.count);
    const kAt = pack.positionsToK();
    for (const oid of this.notable) {
      const position = pack.index.positionOf(Buffer.from(oid, "hex"));
      if (position !== -1) marks[kAt[position]] = 1;
    }
    return marks;
  }
  /** Passes a delta tree's objects on, summing it into `ledger` if the gate proved all of it clean. */
  *recordTree(pack, root, tree, ledger) {
    let objects = 0;
    let bytes = 0;
    const named = [];
    for (const object of tree) {
      if ("provenFree" in object) {
        objects++;
        bytes += object.size;
      } else named.push(object.oid);
      yield object;
    }
    if (pack.type(root) !== OBJ_BLOB) return;
    if (named.length) this.recorded.notable.push(...named);
    else {
      ledger.objects += objects;
      ledger.bytes += bytes;
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
    const type = TYPE_NAMES[pack.type(root)];
    let wholeBytes = 0;
    let packedBytes = pack.packedSize(root);
    let rootContent;
    try {
      if (pack.size(root) > MAX_OBJECT_BYTES)
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
function inTree(pack, root, marks) {
  const pending = [root];
  while (pending.length) {
    const at2 = pending.pop();
    if (marks[at2]) return true;
    for (let c = pack.firstChild[at2]; c < pack.firstChild[at2 + 1]; c++)
      pending.push(pack.children[c]);
  }
  return false;
}
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
    const file = readFileSync(path);
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
async function locateObjectStore(git, env2) {
  const asked = await git.raw(["rev-parse", "--git-path", "objects", "--show-object-format"]);
  if (asked.code !== 0) return null;
  const [objectsDir = "", format = ""] = asked.stdout.toString("utf8").trim().split("\n");
  const hashBytes = format === "sha1" ? 20 : format === "sha256" ? 32 : 0;
  const objects = resolve2(git.dir, objectsDir);
  if (!hashBytes || env2.GIT_ALTERNATE_OBJECT_DIRECTORIES || existsSync(join3(objects, "info", "alternates")))
    return null;
  const packDir = join3(objects, "pack");
  const idxFiles = (existsSync(packDir) ? readdirSync(packDir) : []).filter((f) => f.endsWith(".idx") && existsSync(join3(packDir, f.replace(/\.idx$/, ".pack")))).sort().map((f) => join3(packDir, f));
  if (!idxFiles.every(isVersion2Index)) return null;
  const hexLength = hashBytes * 2 - 2;
  const loose = [];
  for (const dir of readdirSync(objects)) {
    if (!/^[0-9a-f]{2}$/.test(dir)) continue;
    for (const file of readdirSync(join3(objects, dir))) {
      if (file.length === hexLength && /^[0-9a-f]+$/.test(file))
        loose.push({ oid: dir + file, path: join3(objects, dir, file) });
    }
  }
  return { idxFiles, loose, hashBytes };
}

// src/sources/parallel-store.ts
import { Worker } from "node:worker_threads";

// src/sources/object-batch.ts
var KIND_BYTES = 0;
var KIND_ERROR = 2;
var TYPES = ["blob", "commit", "tag"];
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

// src/sources/parallel-store.ts
import { join as join4 } from "node:path";

// src/package-root.ts
import { fileURLToPath } from "node:url";
var PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");

// src/sources/parallel-store.ts
var WORKER_FILE = join4(PACKAGE_ROOT, "dist", "store-worker.js");
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
  const gateData = { location, literals: gate.literals, archives: gate.archives };
  const workers = Array.from({ length: threads }, (_, index) => {
    const inFlight = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(WORKER_FILE, {
      workerData: { ...gateData, share: { index, of: threads }, inFlight }
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
    worker.on("exit", (code) => {
      if (!done) failure ??= new Error(`an object reader thread stopped (exit code ${code})`);
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
      await new Promise((resolve5) => wake = resolve5);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

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
  let count = 0;
  let bytes = 0;
  let write = 0;
  for (let line = 0; line < listing.length; ) {
    const end = listing.indexOf(10, line);
    const stop = end === -1 ? listing.length : end;
    const space = listing.indexOf(32, line);
    const space2 = listing.indexOf(32, space + 1);
    if (space !== -1 && space < stop && listing.toString("latin1", space + 1, space2) !== "tree") {
      starts[count++] = write;
      listing.copy(listing, write, line, space);
      write += space - line;
      listing[write++] = 10;
      bytes += Number(listing.toString("latin1", space2 + 1, stop));
    }
    line = stop + 1;
  }
  return {
    oids: OidList.fromLines(listing.subarray(0, write), starts.subarray(0, count), count),
    bytes
  };
}
function parseCommitLike(oid, bytes, isTag) {
  const split = bytes.indexOf("\n\n");
  const headerBytes = bytes.subarray(0, split === -1 ? bytes.length : split);
  const header = headerBytes.toString("utf8");
  const message = split === -1 ? Buffer.alloc(0) : bytes.subarray(split + 2);
  const who = /^(?:author|tagger) (.*) <[^>]*> (\d+) ([+-]\d{4})$/m.exec(header);
  const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]).join(" ");
  return {
    meta: { oid, author: who?.[1] ?? "", time: who ? Number(who[2]) : null, parents, isTag },
    header: headerBytes,
    message
  };
}
function* messageItems(oid, type, bytes) {
  const { meta, header, message } = parseCommitLike(oid, bytes, type === "tag");
  yield { commit: meta };
  yield { provenance: { kind: "message", commit: oid, objectType: type }, bytes: message };
  yield {
    provenance: { kind: "message", commit: oid, objectType: type, part: "header" },
    bytes: header
  };
}
function storedObjects(location, gate, threads, total, ledger) {
  if (threads > 1)
    return {
      objects: readInThreads(location, gate, threads, (n) => total.objects = n),
      close: () => {
      },
      finished: () => {
      }
    };
  const store = ObjectStore.open(location);
  if (ledger) store.useLedger(ledger.earlier);
  const objects = (function* () {
    for (const object of store.objects(gate)) {
      total.objects ||= store.total() ?? 0;
      yield object;
    }
  })();
  return {
    objects,
    close: () => store.close(),
    finished: () => {
      const kept = store.ledger();
      if (kept && ledger) ledger.keep(kept);
    }
  };
}
async function* readStore(location, gate, threads, progress, ledger) {
  const done = { objects: 0, bytes: 0 };
  const total = { objects: 0, bytes: 0 };
  const { objects, close, finished } = storedObjects(location, gate, threads, total, ledger);
  let turn = performance.now();
  let free = { objects: 0, bytes: 0 };
  const takeFree = () => {
    const item = { provenFree: free };
    free = { objects: 0, bytes: 0 };
    return item;
  };
  try {
    for await (const object of objects) {
      const count = "provenFree" in object ? object.count ?? 1 : 1;
      done.objects += count;
      done.bytes += object.size;
      if (done.objects % 256 === 0 && performance.now() - turn > 20) {
        if (free.objects) yield takeFree();
        await new Promise((resolve5) => setImmediate(resolve5));
        turn = performance.now();
        progress?.(done, total);
      }
      if ("provenFree" in object) {
        free.objects += count;
        free.bytes += object.size;
        continue;
      }
      const provenance = { kind: "blob", blob: object.oid, path: null };
      if ("error" in object) yield { provenance, unreadable: object.error };
      else if (object.type === "blob") yield { provenance, bytes: object.bytes };
      else yield* messageItems(object.oid, object.type, object.bytes);
    }
    if (free.objects) yield takeFree();
    finished();
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

// src/history/introductions.ts
init_time();

// src/history/rawlog.ts
init_time();
var RAW_LOG_FORMAT = "--format=%x01%H%x00%P%x00%an%x00%at";
var LOG_OUTPUT_FLAGS = [
  "--root",
  "--no-color",
  "--no-show-signature",
  "--no-renames",
  "--encoding=UTF-8"
];
function changeFields(line) {
  const [, newMode = "", oldOid = "", newOid = "", status = ""] = line.slice(1).split(" ");
  return { oldOid, newOid, newMode, status };
}
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
      const change = changeFields(token);
      const oldPath = /^[RC]/.test(change.status) ? tokens[++i] ?? "" : void 0;
      current.changes.push({
        ...change,
        path: tokens[++i] ?? "",
        ...oldPath !== void 0 ? { oldPath } : {}
      });
    }
  }
  return commits;
}
async function rawLog(git, revs, extra = [], input) {
  const args = [
    ...BOUNDED_GIT_MEMORY,
    "log",
    ...LOG_OUTPUT_FLAGS,
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

// src/history/introductions.ts
var FORMAT = "--format=%x01%H %at %P%x02%an";
var NUL = 0;
var HEADER = 1;
var COLON = 58;
var NEWLINE = 10;
var SPACE = 32;
var IntroductionLog = class _IntroductionLog {
  constructor(spooled, abort) {
    this.spooled = spooled;
    this.abort = abort;
    spooled.catch(() => {
    });
  }
  closed = false;
  static start(git) {
    const abort = new AbortController();
    const args = [
      ...BOUNDED_GIT_MEMORY,
      "log",
      "--all",
      ...LOG_OUTPUT_FLAGS,
      "--diff-merges=first-parent",
      "--diff-filter=AMT",
      "--raw",
      "--no-abbrev",
      "-z",
      FORMAT
    ];
    return new _IntroductionLog(git.toSpool(args, abort.signal), abort);
  }
  /**
   * The commits that added or changed a file to one of `blobs`, each with those changes only, in log
   * order. One pass over the spool; only matching commits are kept.
   */
  async changesOf(blobs) {
    if (this.closed) throw new GitError("the log of additions was stopped before it was read");
    const spool = await this.spooled;
    const out = [];
    let header = Buffer.alloc(0);
    let current = null;
    let expectPath = false;
    let change = null;
    const wanted = new BlobFilter(blobs);
    spool.eachRecord(NUL, (buffer, start, end) => {
      if (expectPath) {
        expectPath = false;
        if (change) {
          if (!current) out.push(current = commitOf2(header));
          current.changes.push({ ...change, path: buffer.toString("utf8", start, end) });
        }
        return;
      }
      while (start < end && buffer[start] === NEWLINE) start++;
      if (buffer[start] === HEADER) {
        header = Buffer.from(buffer.subarray(start + 1, end));
        current = null;
      } else if (buffer[start] === COLON) {
        change = changeLine(buffer, start, end, wanted);
        expectPath = true;
      }
    });
    return out;
  }
  /** Stops git if it still runs, and lets the spool go (once; later calls do nothing). */
  close() {
    if (this.closed) return;
    this.closed = true;
    this.abort.abort();
    this.spooled.then(
      (spool) => spool.close(),
      () => {
      }
    );
  }
};
function commitOf2(header) {
  const stx = header.indexOf(2);
  const [commit = "", seconds = "", ...parents] = header.toString("latin1", 0, stx).split(" ");
  const time = Number(seconds);
  return {
    commit,
    parents: parents.filter(Boolean),
    author: stx === -1 ? "" : header.toString("utf8", stx + 1),
    date: seconds && Number.isFinite(time) ? isoUtcSeconds(time) : "",
    changes: []
  };
}
function changeLine(buffer, start, end, wanted) {
  if (!wanted.mayBeAt(buffer, start, end)) return null;
  const change = changeFields(buffer.toString("latin1", start, end));
  return wanted.blobs.has(change.newOid) ? change : null;
}
var BlobFilter = class {
  constructor(blobs) {
    this.blobs = blobs;
    const lengths = /* @__PURE__ */ new Set();
    for (const blob of blobs) {
      this.starts[blob.charCodeAt(0) << 8 | blob.charCodeAt(1)] = 1;
      lengths.add(blob.length);
    }
    this.idLengths = [...lengths];
  }
  starts = new Uint8Array(65536);
  idLengths;
  /** False only when the line's new id cannot be one of the blobs. */
  mayBeAt(buffer, start, end) {
    for (const length of this.idLengths) {
      const at2 = start + 16 + length;
      const laidOut = at2 + length < end && buffer[start + 7] === SPACE && buffer[start + 14] === SPACE && buffer[at2 - 1] === SPACE && buffer[at2 + length] === SPACE;
      if (!laidOut || this.starts[buffer[at2] << 8 | buffer[at2 + 1]]) return true;
    }
    return false;
  }
};

// src/history/attribute.ts
var INTRODUCING = /^[AMT]/;
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
  const askable = list.filter(({ path }) => !path.includes("\n"));
  const answers = await lookUp(
    git,
    askable.flatMap(({ c, path }) => c.parents.slice(1).map((p) => `${p}:${path}`))
  );
  let k = 0;
  const carried = new Set(
    askable.filter(({ c, blob }) => answers.slice(k, k += c.parents.length - 1).includes(blob))
  );
  return list.filter((candidate) => !carried.has(candidate));
}
var introduction = ({ c, blob, path }) => ({
  blob,
  commit: c.commit,
  path,
  author: c.author,
  date: c.date
});
async function confirm(git, list, blobs) {
  const kept = [];
  const parentCache = /* @__PURE__ */ new Map();
  for (const candidate of await withoutMergeCarried(git, list)) {
    const { c, blob } = candidate;
    const first = c.parents[0];
    if (first) {
      if (!parentCache.has(first)) parentCache.set(first, await pathsHolding(git, first, blobs));
      const elsewhere = parentCache.get(first).get(blob);
      if (elsewhere?.length) continue;
    }
    kept.push(introduction(candidate));
  }
  return kept;
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
async function attributeReachable(git, blobs, log) {
  const kept = await confirm(git, candidates(await log.changesOf(blobs), blobs), blobs);
  return dedupe(kept);
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
var Attributor = class {
  constructor(git, walking, spareCore) {
    this.git = git;
    this.walking = walking;
    walking.then(
      (walk) => {
        this.walked = !walk.error;
        if (this.walked && (spareCore || this.matched.size > 0)) this.startLog();
      },
      () => {
      }
      // reported by finish()
    );
  }
  matched = /* @__PURE__ */ new Set();
  log = null;
  walked = false;
  /** A blob that matched: to be attributed at the end. */
  add(blob) {
    this.matched.add(blob);
    if (this.walked) this.startLog();
  }
  get blobs() {
    return this.matched;
  }
  startLog() {
    return this.log ??= IntroductionLog.start(this.git);
  }
  /** Waits for the walk and the log: where each matched blob was introduced. */
  async finish() {
    const walk = await this.walking;
    if (this.matched.size === 0) return { walk, introductions: [] };
    return {
      walk,
      introductions: await attributeReachable(this.git, this.matched, this.startLog())
    };
  }
  /** Stops the log if it still runs (nothing matched, or the scan ended early). */
  close() {
    this.log?.close();
  }
};

// src/history/commit-table.ts
import { randomBytes } from "node:crypto";
var EMPTY = -1;
var NO_TIME = 4294967295;
var HASH_KEYS = [0, 1, 2].map(() => randomBytes(4).readUInt32LE(0) | 1);
var CommitTable = class {
  /** Bytes per id: 20 (SHA-1) or 32 (SHA-256), learnt from the first id added. */
  hashBytes = 0;
  rows = 0;
  oids = Buffer.alloc(0);
  /** Row of each id, by open addressing on the id's first bytes; EMPTY where none. */
  slots = new Int32Array(0);
  /** 32 minus log2 of the slots: the top bits of a mixed id pick its slot. */
  slotShift = 32;
  /** Parents of row r are parentOids[parentStart[r]..parentStart[r + 1]), binary ids back to back. */
  parentStart = new Int32Array(1);
  parentOids = Buffer.alloc(0);
  parentBytes = 0;
  authorOf = new Int32Array(0);
  authors = [];
  authorIndex = /* @__PURE__ */ new Map();
  /** Seconds since 1970 where they fit 32 bits (until 2106); NO_TIME where none, else in oddTimes. */
  timeOf = new Uint32Array(0);
  /** Times before 1970 or after 2106 (a commit can claim any), and where the object names none. */
  oddTimes = /* @__PURE__ */ new Map();
  tagRows = new Uint8Array(0);
  get size() {
    return this.rows;
  }
  /** Adds a commit or tag; an id already held keeps its first entry (an object in two packs). */
  add(meta) {
    if (!this.hashBytes) this.hashBytes = meta.oid.length / 2;
    const id = Buffer.from(meta.oid, "hex");
    if (id.length !== this.hashBytes || this.rowOfId(id) !== EMPTY) return;
    this.reserve(this.rows + 1);
    const row = this.rows++;
    id.copy(this.oids, row * this.hashBytes);
    this.insert(id, row);
    const idLength = 2 * this.hashBytes;
    const parents = meta.parents ? meta.parents.split(" ").filter((p) => p.length === idLength) : [];
    const need = this.parentBytes + parents.length * this.hashBytes;
    if (need > this.parentOids.length)
      this.parentOids = grown(
        this.parentOids,
        Math.max(need, Math.ceil(1.5 * this.parentOids.length), 4096)
      );
    for (const parent of parents)
      this.parentBytes += this.parentOids.write(parent, this.parentBytes, this.hashBytes, "hex");
    this.parentStart[row + 1] = this.parentBytes;
    this.authorOf[row] = this.authorId(meta.author);
    const time = meta.time;
    if (time !== null && Number.isInteger(time) && time >= 0 && time < NO_TIME)
      this.timeOf[row] = time;
    else {
      this.timeOf[row] = NO_TIME;
      this.oddTimes.set(row, time);
    }
    this.tagRows[row] = meta.isTag ? 1 : 0;
  }
  /** The row of `oid`, or -1. */
  rowOf(oid) {
    if (!this.hashBytes || oid.length !== this.hashBytes * 2) return EMPTY;
    return this.rowOfId(Buffer.from(oid, "hex"));
  }
  has(oid) {
    return this.rowOf(oid) !== EMPTY;
  }
  get(oid) {
    const row = this.rowOf(oid);
    return row === EMPTY ? void 0 : this.meta(row);
  }
  oidAt(row) {
    return this.oids.toString("hex", row * this.hashBytes, (row + 1) * this.hashBytes);
  }
  isTag(row) {
    return this.tagRows[row] === 1;
  }
  /**
   * Every row's parent rows at once, for walks of the whole graph: those of row r are
   * `rows[start[r]..start[r + 1])`. Tags have none here; parents the table does not hold (past a
   * shallow clone's edge) are left out.
   */
  allParentRows() {
    const start = new Int32Array(this.rows + 1);
    const rows = new Int32Array(this.hashBytes ? this.parentBytes / this.hashBytes : 0);
    let n = 0;
    for (let row = 0; row < this.rows; row++) {
      if (!this.isTag(row))
        for (let at2 = this.parentStart[row]; at2 < this.parentStart[row + 1]; at2 += this.hashBytes) {
          const parent = this.rowOfId(this.parentOids, at2);
          if (parent !== EMPTY) rows[n++] = parent;
        }
      start[row + 1] = n;
    }
    return { start, rows: rows.subarray(0, n) };
  }
  meta(row) {
    const parents = [];
    for (let at2 = this.parentStart[row]; at2 < this.parentStart[row + 1]; at2 += this.hashBytes)
      parents.push(this.parentOids.toString("hex", at2, at2 + this.hashBytes));
    const stored = this.timeOf[row];
    const time = stored === NO_TIME ? this.oddTimes.get(row) ?? null : stored;
    return {
      oid: this.oidAt(row),
      author: this.authors[this.authorOf[row]],
      time,
      parents: parents.join(" "),
      isTag: this.isTag(row)
    };
  }
  authorId(author) {
    let id = this.authorIndex.get(author);
    if (id === void 0) {
      const own = Buffer.from(author, "utf8").toString("utf8");
      id = this.authors.push(own) - 1;
      this.authorIndex.set(own, id);
    }
    return id;
  }
  /**
   * Multiply-shift hashing with multipliers drawn for this process: ids are chosen by whoever wrote
   * the commits, and anyone can make thousands of commits whose ids share their low bits (a few
   * hundred thousand tries each), which would make a table keyed by those bits quadratic.
   */
  slotOf(id, from = 0) {
    const mixed = Math.imul(id.readUInt32LE(from), HASH_KEYS[0]) ^ Math.imul(id.readUInt32LE(from + 4), HASH_KEYS[1]) ^ Math.imul(id.readUInt32LE(from + 8), HASH_KEYS[2]);
    return mixed >>> this.slotShift;
  }
  /** The row of the id at `from` in `id` (a whole id by default). */
  rowOfId(id, from = 0) {
    if (this.slots.length === 0) return EMPTY;
    const mask = this.slots.length - 1;
    for (let slot = this.slotOf(id, from); ; slot = slot + 1 & mask) {
      const row = this.slots[slot];
      if (row === EMPTY) return EMPTY;
      const at2 = row * this.hashBytes;
      if (this.oids.compare(id, from, from + this.hashBytes, at2, at2 + this.hashBytes) === 0)
        return row;
    }
  }
  insert(id, row) {
    const mask = this.slots.length - 1;
    let slot = this.slotOf(id);
    while (this.slots[slot] !== EMPTY) slot = slot + 1 & mask;
    this.slots[slot] = row;
  }
  /** Room for `rows` rows, the hash table at most three quarters full. */
  reserve(rows) {
    if (rows <= this.authorOf.length) return;
    const capacity = Math.max(1024, Math.ceil(1.5 * this.authorOf.length));
    this.oids = grown(this.oids, capacity * this.hashBytes);
    this.parentStart = grownTyped(this.parentStart, new Int32Array(capacity + 1));
    this.authorOf = grownTyped(this.authorOf, new Int32Array(capacity));
    this.timeOf = grownTyped(this.timeOf, new Uint32Array(capacity));
    this.tagRows = grownTyped(this.tagRows, new Uint8Array(capacity));
    const bits = Math.ceil(Math.log2(4 * capacity / 3));
    this.slots = new Int32Array(2 ** bits).fill(EMPTY);
    this.slotShift = 32 - bits;
    for (let row = 0; row < this.rows; row++)
      this.insert(this.oids.subarray(row * this.hashBytes, (row + 1) * this.hashBytes), row);
  }
};
function grown(buffer, size) {
  const out = Buffer.alloc(size);
  buffer.copy(out);
  return out;
}
function grownTyped(from, to) {
  to.set(from);
  return to;
}

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
var CommitGraph = class _CommitGraph {
  constructor(table, firstChild, children, reached) {
    this.table = table;
    this.firstChild = firstChild;
    this.children = children;
    this.reached = reached;
  }
  /**
   * The commits of `table` (its tags are not part of the graph): those `tips` reach, or all of them
   * when `tips` is null. Parents the table does not hold (past a shallow clone's edge) are left out.
   */
  static fromTable(table, tips) {
    const n = table.size;
    const parents = table.allParentRows();
    const firstChild = new Int32Array(n + 1);
    for (const p of parents.rows) firstChild[p + 1]++;
    for (let row = 0; row < n; row++) firstChild[row + 1] = firstChild[row + 1] + firstChild[row];
    const children = new Int32Array(firstChild[n]);
    const fill2 = firstChild.slice(0, n);
    for (let row = 0; row < n; row++)
      for (let i = parents.start[row]; i < parents.start[row + 1]; i++)
        children[fill2[parents.rows[i]]++] = row;
    const reached = new Uint8Array(n).fill(tips ? 0 : 1);
    const pending = (tips ?? []).map((t) => table.rowOf(t)).filter((r) => r !== -1 && !table.isTag(r));
    for (const row of pending) reached[row] = 1;
    while (pending.length) {
      const row = pending.pop();
      for (let i = parents.start[row]; i < parents.start[row + 1]; i++) {
        const parent = parents.rows[i];
        if (reached[parent]) continue;
        reached[parent] = 1;
        pending.push(parent);
      }
    }
    return new _CommitGraph(table, firstChild, children, reached);
  }
  /** Every commit any ref reaches, from one `git rev-list --all --parents` (0.7 s on git.git). */
  static async read(git) {
    const listing = await git.toFile(["rev-list", "--all", "--parents"]);
    const table = new CommitTable();
    for (let at2 = 0; at2 < listing.length; ) {
      let end = listing.indexOf(10, at2);
      if (end === -1) end = listing.length;
      const space = listing.indexOf(32, at2);
      const idEnd = space === -1 || space > end ? end : space;
      if (idEnd > at2)
        table.add({
          oid: listing.toString("latin1", at2, idEnd),
          parents: idEnd < end ? listing.toString("latin1", idEnd + 1, end) : "",
          author: "",
          time: null,
          isTag: false
        });
      at2 = end + 1;
    }
    return _CommitGraph.fromTable(table, null);
  }
  /** Whether any ref reaches `commit`. */
  has(commit) {
    const row = this.table.rowOf(commit);
    return row !== -1 && this.reached[row] === 1;
  }
  /** `commit` and every commit built on it. */
  descendants(commit) {
    const start = this.table.rowOf(commit);
    const seen = new Uint8Array(this.table.size);
    if (start === -1) return () => false;
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
      const row = this.table.rowOf(c);
      return row !== -1 && seen[row] === 1;
    };
  }
};
var RefReach = class {
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

// src/history/attribution.ts
var at = (f, provenance) => ({
  ...f,
  provenance,
  exposure: exposureOf(provenance)
});
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
var NOTE_PATH = /^(?:[0-9a-f]{2}\/)*[0-9a-f]+$/;
async function noteOrFile(f, i, reach) {
  const annotated = i.path.replace(/\//g, "");
  const refs = NOTE_PATH.test(i.path) ? await reach.refs(i.commit, false) : [];
  if (annotated.length !== 40 && annotated.length !== 64 || refs.length === 0 || !refs.every((r) => r.startsWith("refs/notes/")))
    return fromIntroduction(f, i);
  const { blob, commit, author, date } = i;
  return at(f, { kind: "note", note: annotated, blob, path: null, commit, author, date });
}
async function reachability(read) {
  const head = (await read.git.raw(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"])).stdout.toString("utf8").trim();
  const graph = CommitGraph.fromTable(read.commits, [
    ...read.tips.map((t) => t.commit),
    ...head ? [head] : []
  ]);
  const refReach = new RefReach(read.git, read.tips);
  refReach.useGraph(graph);
  const tags = /* @__PURE__ */ new Set();
  for (let row = 0; row < read.commits.size; row++)
    if (read.commits.isTag(row)) tags.add(read.commits.oidAt(row));
  return { graph, refReach, tags };
}
async function attributeHistory(raw, read) {
  if (raw.length === 0) {
    const facts = { refsBySecret: {}, atHeadBySecret: {}, shallow: read.shallow };
    return {
      findings: [],
      unreachable: 0,
      facts: { ...facts, hasRemote: await hasRemote(read.git) }
    };
  }
  const { graph, refReach, tags } = await reachability(read);
  const { walk, introductions } = await read.attributor.finish();
  if (read.allObjects) {
    const unreachableCommits = [];
    for (let row = 0; row < read.commits.size; row++) {
      const oid = read.commits.oidAt(row);
      if (!read.commits.isTag(row) && !graph.has(oid)) unreachableCommits.push(oid);
    }
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
      if (intros?.length) for (const i of intros) findings.push(await noteOrFile(f, i, refReach));
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
    const commit = p.kind === "commit" || p.kind === "message" || p.kind === "note" ? p.commit : null;
    if (commit) for (const r of await reach.refs(commit, tags.has(commit))) refs.add(r);
    if (p.kind === "ref") refs.add(p.ref);
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

// src/provider-evidence.ts
init_findings();

// src/manifests.ts
var MANIFEST_NAMES = [
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
var JSON_SECTIONS = [
  "dependencies",
  "devDependencies",
  "peerDependencies",
  "optionalDependencies",
  "require",
  "require-dev"
];
function jsonNames(text2) {
  const names = /* @__PURE__ */ new Set();
  try {
    const value = JSON.parse(text2);
    for (const section of JSON_SECTIONS) {
      const deps = value?.[section];
      if (deps && typeof deps === "object" && !Array.isArray(deps))
        for (const name of Object.keys(deps)) names.add(name);
    }
  } catch {
  }
  return names;
}
function parseManifest(name, text2) {
  if (name.endsWith(".json")) return { names: jsonNames(text2), variables: [] };
  if (name.includes("env"))
    return {
      names: /* @__PURE__ */ new Set(),
      variables: [
        ...text2.matchAll(/^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,127})[ \t]*=/gm)
      ].map((m) => m[1])
    };
  const code = text2.replace(/(^|[ \t])(?:#|\/\/)[^\n]*/g, "$1");
  return { names: new Set(code.match(/[@A-Za-z0-9][\w@/.-]{0,199}/g) ?? []), variables: [] };
}
function dependsOn(facts, packages) {
  for (const name of facts.names)
    for (const p of packages) {
      if (p.endsWith("/*") ? name.startsWith(p.slice(0, -1)) : name === p || name.startsWith(p + "/"))
        return name;
    }
  return null;
}

// src/scan/entropy.ts
var ascii = new Uint32Array(128);
function shannonEntropy(text2) {
  if (text2.length === 0) return 0;
  let other = null;
  const seen = [];
  for (const ch of text2) {
    const code = ch.charCodeAt(0);
    if (code < 128 && ch.length === 1) {
      if (ascii[code]++ === 0) seen.push(code);
    } else (other ??= /* @__PURE__ */ new Map()).set(ch, (other.get(ch) ?? 0) + 1);
  }
  let length = 0;
  const counts = [];
  for (const code of seen) {
    counts.push(ascii[code]);
    length += ascii[code];
    ascii[code] = 0;
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

// src/scan/placeholder.ts
var DEFAULT_STOPWORDS = [
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
var SEQUENTIAL_SHARE = 0.5;
var MIN_DISTINCT = 6;
function sequentialShare(body) {
  let steps2 = 0;
  for (let i = 1; i < body.length; i++) {
    const diff = body.charCodeAt(i) - body.charCodeAt(i - 1);
    const wraps = body[i - 1] === "9" && body[i] === "0";
    if (diff === 1 || diff === -1 || wraps) steps2++;
  }
  return body.length > 1 ? steps2 / (body.length - 1) : 0;
}
var PHRASE = /^(?:[a-z]+(?:[-_][a-z]+){2,}|[A-Z]+(?:[-_][A-Z]+){2,})$/;
function placeholderReason(body, stopwords) {
  const lower = body.toLowerCase();
  const word = stopwords.find((w) => lower.includes(w));
  if (word) return `contains "${word}"`;
  if (PHRASE.test(body)) return "words, not a key";
  if (new Set(lower).size < MIN_DISTINCT) return "too few distinct characters";
  if (sequentialShare(lower) >= SEQUENTIAL_SHARE) return "sequential characters";
  return null;
}

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

// src/scan/text.ts
var Lines = class {
  constructor(text2, countsCharacters = true) {
    this.text = text2;
    this.countsCharacters = countsCharacters;
    let count = 0;
    for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) count++;
    this.newlines = new Int32Array(count);
    let k = 0;
    for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1))
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
function countCodePoints(text2, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text2.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < to) i++;
    n++;
  }
  return n;
}

// src/scan/candidates.ts
var SHAPE_MATCH = 0;
var PUBLIC_EXAMPLE = 0.5;
var NO_CONTEXT = 1e12;
var WORD_SHOWN = 40;
function linesAway(count, above) {
  if (count === 0) return "on the same line";
  return `${count} line${count === 1 ? "" : "s"} ${above ? "above" : "below"}`;
}
function shownWord(word) {
  return `'${word.length > WORD_SHOWN ? word.slice(0, WORD_SHOWN) + "\u2026" : word.trim()}'`;
}
var CONTEXT_REACH = 400;
var ContextHits = class {
  starts = [];
  ends = [];
  constructor(text2, pattern) {
    for (const m of pattern.matches(text2)) {
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
      const count = lines.between(this.starts[before], start);
      best = {
        distance: count * 1e6 + (start - this.starts[before]),
        detail: `${word(before)} ${linesAway(count, true)}`
      };
    }
    const after = this.firstAtOrAfter(end);
    if (after < this.starts.length && this.ends[after] <= to) {
      const at2 = this.starts[after];
      const count = lines.between(end, at2);
      const distance = count * 1e6 + (at2 - end);
      if (best === null || distance < best.distance)
        best = { distance, detail: `${word(after)} ${linesAway(count, false)}` };
    }
    return best;
  }
};
function toMatch(m) {
  const secret = m.group("secret");
  if (!secret?.text) return null;
  return { secret, body: m.group("body")?.text ?? secret.text, env: m.group("env")?.text };
}
function ruleEnvironment(rule, match) {
  const env2 = match.env ?? rule.environment;
  return env2 === "live" || env2 === "test" ? env2 : null;
}
var CONFIG_RULE_BUDGET_MS = 2e3;
var TextFacts = class {
  constructor(text2, lines) {
    this.text = text2;
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
function findCandidates(rules, text2, lines = new Lines(text2), onSlow) {
  const facts = new TextFacts(text2, lines);
  return rules.flatMap(
    (rule) => rule.keywords.test(text2) ? ruleCandidates(rule, facts, onSlow) : []
  );
}
var NOT_NEARBY = "no provider is named near it";
var NONE = { kind: "none", detail: NOT_NEARBY };
function evidenceOf(rule, facts, start, end, secret) {
  const required = rule.context?.required === true;
  if (rule.shape?.test(secret))
    return {
      strength: SHAPE_MATCH,
      evidence: { kind: "shape", detail: "a key shape only this provider issues" },
      needsEvidence: false
    };
  if (rule.publicExamples.size > 0) {
    let hash2 = facts.hashes.get(secret);
    if (hash2 === void 0) facts.hashes.set(secret, hash2 = sha256Hex(secret));
    const source = rule.publicExamples.get(hash2);
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
var Covered = class {
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

// src/sources/tree-files.ts
init_findings();
var SMALL_FILE_BYTES = 1024 * 1024;
function treeFileKey(file) {
  return `${file.tree}\0${file.path}`;
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
var TREE_FILES_BUDGET = 64 * 1024 * 1024;
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
function commitFiles(git, fallback) {
  return {
    treeOf: (f) => commitOf(f) ?? fallback,
    read: (wanted) => readRevisionFiles(git, wanted)
  };
}

// src/provider-evidence.ts
var NOWHERE = "nothing names a provider: not nearby, in its file, its path or the repository";
var FOLDER_DEPTH = 8;
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
function wordIn(words, text2) {
  const m = words.matches(text2).next();
  return m.done ? null : text2.slice(m.value.start, m.value.end);
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
var ProviderSettler = class {
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
var Manifests = class {
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

// src/policy.ts
init_findings();

// src/glob.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
init_errors();
var DROPPED = [
  ["(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?", ".*?"],
  ["(?!(?:^|\\/)\\.{1,2}(?:\\/|$))", ""],
  ["(?!\\.{1,2}(?:\\/|$))", ""],
  ["(?!\\.{0,1}(?:\\/|$))", ""],
  ["(?=.)", ""]
];
var MAX_GLOB_LENGTH = 1024;
var MAX_GLOBS = 2e3;
function refusal(glob) {
  if (glob.length > MAX_GLOB_LENGTH) return `longer than ${MAX_GLOB_LENGTH} characters`;
  if (/\\$/.test(glob)) return "ends in a backslash";
  if (/\{[^}]*\.\.[^}]*\}/.test(glob)) return "uses a range {a..b}, which .gitignore does not have";
  if (/^[./!]*$/.test(glob)) return "matches nothing or everything";
  return null;
}
function compileGlob(glob) {
  const refused = refusal(glob);
  if (refused) throw new UserError(`glob "${glob}": ${refused}`);
  const folderOnly = /\/$/.test(glob);
  const trimmed = glob.replace(/^\.\//, "/").replace(/\/+$/, "");
  const anchored = trimmed.replace(/^\//, "").includes("/") || trimmed.startsWith("/");
  const pattern = trimmed.replace(/^\//, "").replace(/(^|[^\\])\[!/g, "$1[^").replace(/(^|[^\\])(?=[()|])/g, "$1\\");
  let source;
  try {
    source = import_picomatch.default.makeRe(pattern, {
      dot: true,
      fastpaths: false,
      nonegate: true,
      noextglob: true
    }).source;
  } catch (error) {
    throw new UserError(`glob "${glob}": ${error.message}`);
  }
  for (const [from, to] of DROPPED) source = source.split(from).join(to);
  if (!source.startsWith("^(?:") || !source.endsWith(")$"))
    throw new UserError(`glob "${glob}": unexpected form`);
  const inner = source.slice(4, -2);
  let re;
  try {
    re = RE2JS.compile(
      `${anchored ? "^" : "(?:^|/)"}(?:${inner})${folderOnly ? "/.*" : "(?:/.*)?"}$`,
      RE2JS.DOTALL
    );
  } catch {
    throw new UserError(
      `glob "${glob}": uses a form flora-keyscan cannot match safely; use *, **, ?, [...] and {a,b}`
    );
  }
  return (path) => re.test(path);
}
function compileGlobs(globs) {
  if (globs.length === 0) return void 0;
  if (globs.length > MAX_GLOBS)
    throw new UserError(
      `${globs.length} globs: at most ${MAX_GLOBS} (each path is tested against each)`
    );
  const tests = globs.map((g) => ({
    include: g.startsWith("!"),
    test: compileGlob(g.startsWith("!") ? g.slice(1) : g)
  }));
  return (path) => {
    for (let i = tests.length - 1; i >= 0; i--) if (tests[i].test(path)) return !tests[i].include;
    return false;
  };
}

// src/ignore.ts
init_errors();
init_findings();
function parseIgnore(text2, file) {
  const entries = [];
  const skips = [];
  text2.split(/\r?\n/).forEach((raw, i) => {
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
  const text2 = files.read(IGNORE_FILE);
  return text2 === null ? { file: files.describe(IGNORE_FILE), entries: [] } : parseIgnore(text2, files.describe(IGNORE_FILE));
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

// src/rules/load.ts
init_errors();
import { readFileSync as readFileSync2, readdirSync as readdirSync2 } from "node:fs";
import { join as join5 } from "node:path";

// src/rules/validate.ts
init_errors();
var SEVERITIES = ["critical", "high", "medium", "low"];
var RULE_FIELDS = /* @__PURE__ */ new Set([
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
var PROVIDER_FIELDS = /* @__PURE__ */ new Set([
  "id",
  "name",
  "envVar",
  "revokeWhere",
  "rotation",
  "prevention",
  "evidence"
]);
var EVIDENCE_FIELDS = /* @__PURE__ */ new Set(["words", "packages", "publicExamples"]);
var PROBE_HEADERS = /* @__PURE__ */ new Set(["authorization", "accept"]);
var PROBE_PATH = /^\/(?!\/)[A-Za-z0-9._~\-/]*(?:\?[A-Za-z0-9._~\-=&%]*)?$/;
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
      const { source, flags: flags2 } = splitInlineFlags(pattern);
      new RegExp(source, flags2);
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

// src/rules/load.ts
var BUILTIN_RULES_DIR = join5(PACKAGE_ROOT, "rules") + "/";
function parseJsonFile(file) {
  let text2;
  try {
    text2 = readFileSync2(file, "utf8");
  } catch (error) {
    throw new UserError(
      `cannot read rule file ${file}: ${error.code ?? error.message}`
    );
  }
  try {
    return JSON.parse(text2);
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
    const { provider, rules } = loadProviderFile(join5(dir, name), shipped);
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

// src/policy.ts
init_expand();

// src/scan/engine.ts
init_findings();

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

// src/scan/file-evidence.ts
var WALK_LINES = 400;
var LINE_CHARS = 300;
var IMPORT = /^\s*(?:import\b|from\s+\S+\s+import\b|using\s|use\s|require(?:_once)?\b|#\s*include\b|@import\b|(?:const|let|var)\s[^=]*=\s*(?:await\s+)?(?:require|import)\s*\()/;
var HEADING = /^\s{0,3}(#{1,6})\s+\S/;
var SECTION = /^\s*\[[^\]]+\]\s*$/;
function indentOf(line) {
  let n = 0;
  while (n < line.length && (line[n] === " " || line[n] === "	")) n++;
  return n === line.length ? -1 : n;
}
var Structure = class {
  parent;
  heading;
  headingParent;
  section;
  imports = [];
  constructor(line, count) {
    this.parent = new Int32Array(count).fill(-1);
    this.heading = new Int32Array(count).fill(-1);
    this.headingParent = new Int32Array(count).fill(-1);
    this.section = new Int32Array(count).fill(-1);
    const stack = [];
    const lastAtLevel = new Int32Array(7).fill(-1);
    let heading = -1;
    let section = -1;
    let goBlock = false;
    for (let i = 0; i < count; i++) {
      const text2 = line(i);
      this.heading[i] = heading;
      this.section[i] = section;
      const indent = indentOf(text2);
      if (indent !== -1) {
        while (stack.length && stack.at(-1).indent >= indent) stack.pop();
        this.parent[i] = stack.at(-1)?.line ?? -1;
        stack.push({ indent, line: i });
      }
      const h = HEADING.exec(text2);
      if (h) {
        const level = h[1].length;
        for (let l = level - 1; l >= 1 && this.headingParent[i] === -1; l--)
          this.headingParent[i] = lastAtLevel[l];
        lastAtLevel[level] = i;
        for (let l = level + 1; l <= 6; l++) lastAtLevel[l] = -1;
        heading = i;
      } else if (SECTION.test(text2)) section = i;
      if (goBlock) {
        if (/^\s*\)/.test(text2)) goBlock = false;
        else this.imports.push(i);
      } else if (IMPORT.test(text2)) {
        this.imports.push(i);
        if (/^\s*import\s*\($/.test(text2.trimEnd())) goBlock = true;
      }
    }
  }
};
var FileContext = class {
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
      const text2 = this.line(line);
      const m = p.words.matches(text2).next();
      this.named.set(key, m.done ? null : text2.slice(m.value.start, m.value.end));
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

// src/scan/content.ts
var isWide = (kind) => kind !== "text" && kind !== "binary";
var SNIFF_BYTES = 8e3;
var MIN_TEXT_SHARE = 0.98;
function readsAsText(sample, order) {
  const text2 = decodeUtf16(sample, order);
  let bad = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < text2.length) {
      const low = text2.charCodeAt(i + 1);
      if (low >= 56320 && low <= 57343) i++;
      else bad++;
    } else if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c >= 56320 && c <= 57343 || c === 65534 || c === 65535)
      bad++;
  }
  return text2.length > 0 && bad <= text2.length * (1 - MIN_TEXT_SHARE);
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
function unit32(bytes, i, order) {
  const c = order === "utf32le" ? bytes.readUInt32LE(i) : bytes.readUInt32BE(i);
  return c > 1114111 || c >= 55296 && c <= 57343 ? -1 : c;
}
function utf32Order(bytes) {
  const sample = bytes.subarray(0, bytes.length - bytes.length % 4);
  const units = sample.length >> 2;
  if (units === 0) return null;
  for (const order of ["utf32le", "utf32be"]) {
    let bad = 0;
    let i = 0;
    for (; i < units; i++) {
      const c = unit32(sample, i * 4, order);
      if (c === -1) break;
      if (c < 32 && c !== 9 && c !== 10 && c !== 13) bad++;
    }
    if (i === units && bad <= units * (1 - MIN_TEXT_SHARE)) return order;
  }
  return null;
}
function detectKind(bytes) {
  if (bytes.length >= 4) {
    if (bytes.readUInt32LE(0) === 65279) return "utf32le";
    if (bytes.readUInt32BE(0) === 65279) return "utf32be";
  }
  if (bytes.length >= 2) {
    if (bytes[0] === 255 && bytes[1] === 254) return "utf16le";
    if (bytes[0] === 254 && bytes[1] === 255) return "utf16be";
  }
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.indexOf(0) === -1) return "text";
  return utf16Order(sample) ?? utf32Order(bytes) ?? "binary";
}
function decodeUtf32(bytes, order) {
  const start = bytes.length >= 4 && unit32(bytes, 0, order) === 65279 ? 4 : 0;
  const out = new Uint16Array((bytes.length - start >> 2) * 2);
  let n = 0;
  for (let i = start; i + 4 <= bytes.length; i += 4) {
    let c = unit32(bytes, i, order);
    if (c === -1) c = 65533;
    if (c < 65536) out[n++] = c;
    else {
      c -= 65536;
      out[n++] = 55296 + (c >> 10);
      out[n++] = 56320 + (c & 1023);
    }
  }
  return Buffer.from(out.buffer, 0, n * 2).toString("utf16le");
}
function decodeWide(bytes, kind) {
  return kind === "utf16le" || kind === "utf16be" ? decodeUtf16(bytes, kind) : decodeUtf32(bytes, kind);
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

// src/scan/codecs-escaped.ts
var ALNUM = /[A-Za-z0-9]/;
function prefixStart(prefix) {
  const odd = [...prefix].findIndex((c) => !ALNUM.test(c));
  return prefix.slice(0, Math.max(3, odd + 1));
}
var DIGITS = "0123456789";
var LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var HEX_DIGITS = "0123456789abcdefABCDEF";
var HEX_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX_VALUE["0123456789abcdef".charCodeAt(i)] = i;
  HEX_VALUE["0123456789ABCDEF".charCodeAt(i)] = i;
}
var hexAt = (text2, i) => {
  const c = text2.charCodeAt(i);
  return c < 128 ? HEX_VALUE[c] : -1;
};
var hexByteAt = (text2, i) => {
  const high = hexAt(text2, i);
  const low = high < 0 ? -1 : hexAt(text2, i + 1);
  return low < 0 ? -1 : high * 16 + low;
};
var hex2 = (c) => c.charCodeAt(0).toString(16).padStart(2, "0");
var Units = class _Units {
  static buffer = new Uint16Array(1024);
  length = 0;
  constructor(capacity) {
    if (_Units.buffer.length < capacity) _Units.buffer = new Uint16Array(capacity);
  }
  push(unit) {
    _Units.buffer[this.length++] = unit;
  }
  /** A code point: two units when it is above the basic plane. */
  pushCodePoint(code) {
    if (code < 65536) this.push(code);
    else {
      code -= 65536;
      this.push(55296 + (code >> 10));
      this.push(56320 + (code & 1023));
    }
  }
  toString() {
    const b = _Units.buffer;
    return Buffer.from(b.buffer, b.byteOffset, this.length * 2).toString("utf16le");
  }
};
function unescapeWith(token, lead, parse) {
  const out = new Units(token.length);
  let changed = false;
  let from = 0;
  for (let at2 = token.indexOf(lead); at2 !== -1; at2 = token.indexOf(lead, at2)) {
    const escape2 = parse(token, at2);
    if (!escape2) {
      at2++;
      continue;
    }
    for (let i = from; i < at2; i++) out.push(token.charCodeAt(i));
    if (escape2.code >= 0) out.pushCodePoint(escape2.code);
    changed = true;
    at2 += escape2.length;
    from = at2;
  }
  if (!changed) return null;
  for (let i = from; i < token.length; i++) out.push(token.charCodeAt(i));
  return out.toString();
}
function unescapeBackslashes(token) {
  return unescapeWith(token, "\\", (t, at2) => {
    if (t[at2 + 1] === "x") {
      const b = hexByteAt(t, at2 + 2);
      return b < 0 ? null : { code: b, length: 4 };
    }
    if (t[at2 + 1] !== "u") return null;
    const high = hexByteAt(t, at2 + 2);
    const low = high < 0 ? -1 : hexByteAt(t, at2 + 4);
    return low < 0 ? null : { code: high * 256 + low, length: 6 };
  });
}
var hex = {
  name: "hex",
  signatures: (prefix) => {
    const lower = Buffer.from(prefixStart(prefix), "latin1").toString("hex");
    return [lower, lower.toUpperCase()];
  },
  tokenChars: HEX_DIGITS,
  decode(token, hit) {
    const skip = hit % 2;
    const out = new Units(token.length);
    if (skip) out.push(32);
    let i = skip;
    for (; i + 1 < token.length; i += 2) out.push(hexByteAt(token, i));
    if (i < token.length) out.push(token.charCodeAt(i));
    return out.toString();
  }
};
var HEX_SEPARATORS = " :,";
var isSeparator = (c) => c === 32 || c === 58 || c === 44;
var spacedHex = {
  name: "hex",
  signatures: (prefix) => {
    const pairs = Buffer.from(prefixStart(prefix), "latin1").toString("hex").match(/../g) ?? [];
    const c = pairs.map((b) => `0x${b}`);
    return [pairs.join(" "), pairs.join(":"), c.join(", "), c.join(",")].flatMap((s) => [
      s,
      s.replace(/[a-f]/g, (d) => d.toUpperCase())
    ]);
  },
  tokenChars: HEX_DIGITS + HEX_SEPARATORS + "xX",
  innerOnly: HEX_SEPARATORS,
  decode(token) {
    const out = new Units(token.length);
    const copy = (from, to) => {
      for (let i = from; i < to; i++) out.push(token.charCodeAt(i));
    };
    let separators = -1;
    let lastWasByte = false;
    let bytes = 0;
    for (let i = 0; i < token.length; ) {
      if (isSeparator(token.charCodeAt(i))) {
        if (separators < 0) separators = i;
        i++;
        continue;
      }
      const lead = token[i] === "0" && (token[i + 1] === "x" || token[i + 1] === "X") ? 2 : 0;
      const b = hexByteAt(token, i + lead);
      const isByte = b >= 0 && (i + lead + 2 >= token.length || isSeparator(token.charCodeAt(i + lead + 2)));
      if (separators >= 0 && !(isByte && lastWasByte)) copy(separators, i);
      separators = -1;
      out.push(isByte ? b : token.charCodeAt(i));
      bytes += isByte ? 1 : 0;
      i += isByte ? lead + 2 : 1;
      lastWasByte = isByte;
    }
    if (separators >= 0) copy(separators, token.length);
    return bytes > 0 ? out.toString() : null;
  }
};
var NAMED = {
  lowbar: 95,
  UnderBar: 95,
  plus: 43,
  sol: 47,
  equals: 61,
  period: 46,
  colon: 58,
  quot: 34,
  apos: 39,
  amp: 38,
  lt: 60,
  gt: 62
};
var NAMES_OF = /* @__PURE__ */ new Map();
for (const [name, code] of Object.entries(NAMED)) {
  const c = String.fromCharCode(code);
  NAMES_OF.set(c, [...NAMES_OF.get(c) ?? [], name]);
}
var LONGEST_NAME = Math.max(...Object.keys(NAMED).map((n) => n.length));
function parseReference(t, at2) {
  if (t[at2 + 1] === "#") {
    const isHex = t[at2 + 2] === "x" || t[at2 + 2] === "X";
    let i = at2 + (isHex ? 3 : 2);
    let code18 = 0;
    const first = i;
    for (; i < t.length && i - first < 7; i++) {
      const d = isHex ? hexAt(t, i) : DIGITS.indexOf(t[i]);
      if (d < 0) break;
      code18 = code18 * (isHex ? 16 : 10) + d;
    }
    if (i === first || code18 > 1114111 || code18 >= 55296 && code18 <= 57343) return null;
    return { code: code18, length: i - at2 + (t[i] === ";" ? 1 : 0) };
  }
  const end = t.indexOf(";", at2 + 1);
  if (end === -1 || end - at2 - 1 > LONGEST_NAME) return null;
  const code = NAMED[t.slice(at2 + 1, end)];
  return code === void 0 ? null : { code, length: end - at2 + 1 };
}
var htmlForms = (c) => [
  `&#${c.charCodeAt(0)};`,
  `&#x${hex2(c)};`,
  `&#x${hex2(c).toUpperCase()};`,
  ...(NAMES_OF.get(c) ?? []).map((n) => `&${n};`)
];
var html = {
  name: "html",
  // The prefix with each character that is not a letter or digit as a reference (every form the
  // same way), or its first two characters both as decimal references (`&#115;&#107;`, as tools that
  // encode every character write them).
  signatures: (prefix) => {
    const odd = [...new Set(prefix)].filter((c) => !ALNUM.test(c));
    const forms = odd.length ? htmlForms(odd[0]).map((_, i) => i) : [];
    const whole = forms.map(
      (i) => [...prefixStart(prefix)].map((c) => ALNUM.test(c) ? c : htmlForms(c)[i] ?? htmlForms(c)[0]).join("")
    );
    const two = prefix.length >= 2 ? [prefix[0], prefix[1]] : [];
    const firstTwo = two.length ? [`&#${two.map((c) => c.charCodeAt(0)).join(";&#")};`] : [];
    return [...whole, ...firstTwo];
  },
  tokenChars: LETTERS + DIGITS + "&#;_-",
  decode: (token) => unescapeWith(token, "&", parseReference)
};
var SOFT_BREAKS = ["=\r\n", "=\n"];
function parseQuotedPrintable(t, at2) {
  if (t[at2 + 1] === "\n") return { code: -1, length: 2 };
  if (t[at2 + 1] === "\r" && t[at2 + 2] === "\n") return { code: -1, length: 3 };
  const b = hexByteAt(t, at2 + 1);
  return b < 0 ? null : { code: b, length: 3 };
}
var quotedPrintable = {
  name: "quoted-printable",
  // `sk=5Flive=5F`: a soft line break may fall anywhere between the escapes, so the signature is the
  // first escape alone (`=5F` is rare outside quoted-printable); the token grows across the breaks.
  // Encoders write hex digits in upper case.
  signatures: (prefix) => {
    const c = [...prefix].find((c2) => !ALNUM.test(c2));
    return c === void 0 ? [] : [`=${hex2(c).toUpperCase()}`];
  },
  tokenChars: LETTERS + DIGITS + "=_-",
  softBreaks: SOFT_BREAKS,
  decode: (token) => unescapeWith(token, "=", parseQuotedPrintable)
};

// src/scan/codecs.ts
var MIN_BASE64_SIGNATURE = 6;
var MIN_PRINTABLE_SHARE = 0.9;
var ALNUM2 = /[A-Za-z0-9]/;
var hex22 = (c) => c.charCodeAt(0).toString(16).padStart(2, "0");
function hexCases(text2) {
  let out = [""];
  for (const piece of text2.split(/(%[0-9a-f]{2}|\\u[0-9a-f]{4}|\\x[0-9a-f]{2})/)) {
    const lead = piece.startsWith("%") ? 1 : piece.startsWith("\\") ? 2 : piece.length;
    let spellings = [piece.slice(0, lead)];
    for (const c of piece.slice(lead))
      spellings = /[a-f]/.test(c) ? spellings.flatMap((p) => [p + c, p + c.toUpperCase()]) : spellings.map((p) => p + c);
    out = out.flatMap((p) => spellings.map((q) => p + q));
  }
  return out;
}
function printable(text2) {
  if (text2.length === 0) return false;
  let ok = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c >= 32 && c < 127 || c === 9 || c === 10 || c === 13) ok++;
  }
  return ok / text2.length >= MIN_PRINTABLE_SHARE;
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
var base64 = {
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
var percent = {
  name: "percent",
  // Only characters that are not letters or digits are worth encoding; a prefix without any is found as is.
  signatures: (prefix) => /[^A-Za-z0-9]/.test(prefix) ? hexCases([...prefixStart(prefix)].map((c) => ALNUM2.test(c) ? c : `%${hex22(c)}`).join("")) : [],
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
var escape = {
  name: "escape",
  // \u005f or \x5f for a character of the prefix that is not a letter or digit; or its first two
  // characters both escaped (\u0073\u006b).
  signatures: (prefix) => [
    ...[...new Set(prefix)].filter((c) => !ALNUM2.test(c)).flatMap((c) => [`\\u00${hex22(c)}`, `\\x${hex22(c)}`]),
    ...prefix.length >= 2 ? [`\\u00${hex22(prefix[0])}\\u00${hex22(prefix[1])}`] : []
  ].flatMap(hexCases),
  tokenChars: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_\\",
  decode: unescapeBackslashes
};
var KEY_PIECE = /(["'])([A-Za-z0-9_]*)\1/g;
var JOIN = /^\s*\+?\s*$/;
function joinPieces(token, hit) {
  let key = null;
  let pieces = 0;
  let lastEnd = -1;
  for (const m of token.matchAll(KEY_PIECE)) {
    const start = m.index + 1;
    const end = start + m[2].length;
    if (key === null) {
      if (hit >= start && hit < end) {
        key = m[2].slice(hit - start);
        pieces = 1;
        lastEnd = end + 1;
      }
      continue;
    }
    if (!JOIN.test(token.slice(lastEnd, m.index))) break;
    key += m[2];
    pieces++;
    lastEnd = end + 1;
  }
  return key !== null && pieces > 1 ? key : null;
}
function joinContinuations(token, hit) {
  const run = /^[A-Za-z0-9_]*(?:\\\r?\n[A-Za-z0-9_]*)+/.exec(token.slice(hit));
  return run ? run[0].replace(/\\\r?\n/g, "") : null;
}
var joined = {
  name: "joined",
  // Not an encoding but a key cut in pieces: found where its prefix is, as it is (only a token that
  // goes on past its first piece decodes to anything).
  signatures: (prefix) => [prefix],
  tokenChars: `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"'+ 	\r
\\`,
  innerOnly: "+ 	\r\n",
  decode: (token, hit) => joinPieces(token, hit) ?? joinContinuations(token, hit)
};
var CODECS = [
  base64,
  percent,
  escape,
  hex,
  spacedHex,
  html,
  quotedPrintable,
  joined
];
var VALUE_CODEC = base64;
var VALUE_TOKEN = /[A-Za-z0-9+/_-]{24,}={0,2}/g;

// src/scan/literals.ts
var COMMON = ` etaoinsrlcdhupmf_g.,;=()y"'bw/-v:k{}x
	0123456789*<>[]#&jq|z`;
var MIN_STEM = 3;
var MAX_ANCHOR_LETTERS = 2;
var SMALL_HAYSTACK = 2048;
var isLetter = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z";
var startCost = (c) => {
  if (c === "\0") return COMMON.length + 2;
  const i = COMMON.indexOf(c);
  return i === -1 ? 1 : 1 + COMMON.length - i;
};
function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
function caseVariants(text2) {
  let out = [""];
  for (const c of text2)
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
    const text2 = literal.caseInsensitive ? literal.text.toLowerCase() : literal.text;
    const key = `${literal.caseInsensitive ? "i" : "s"}:${text2.slice(0, MIN_STEM)}`;
    groups.set(key, [
      ...groups.get(key) ?? [],
      { text: text2, caseInsensitive: literal.caseInsensitive }
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
function literalsPattern(literals) {
  if (literals.length === 0) return null;
  const escape2 = (c) => /[\w\0]/.test(c) ? c : `\\${c}`;
  const root = { next: /* @__PURE__ */ new Map(), ends: false };
  for (const { text: text2, caseInsensitive } of literals) {
    let node = root;
    for (const c of text2) {
      const token = caseInsensitive && isLetter(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape2(c);
      if (!node.next.has(token)) node.next.set(token, { next: /* @__PURE__ */ new Map(), ends: false });
      node = node.next.get(token);
    }
    node.ends = true;
  }
  const source = (node) => {
    if (node.ends) return "";
    const alternatives = [...node.next].map(([token, child]) => token + source(child));
    return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join("|")})`;
  };
  return new RegExp(source(root));
}
var LiteralSet = class {
  searches;
  small;
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
    this.small = literalsPattern(this.literals);
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
    if (haystack.length < SMALL_HAYSTACK)
      return this.small !== null && this.small.test(haystack.toString("latin1"));
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
function decodedText(text2, fragments) {
  const parts = [];
  const spans = [];
  let from = 0;
  let length = 0;
  for (const f of [...fragments].sort((a, b) => a.start - b.start)) {
    if (f.start < from) continue;
    parts.push(text2.slice(from, f.start), f.decoded);
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
  parts.push(text2.slice(from));
  return { text: parts.join(""), spans };
}
var Decoder = class {
  searches;
  valueKeywords;
  valueTokenChars = charTable(VALUE_CODEC.tokenChars);
  valuePresent;
  constructor(rules) {
    const prefixes = [...new Set(rules.flatMap((r) => r.prefixes))];
    this.searches = CODECS.flatMap((codec) => {
      const signatures = [...new Set(prefixes.flatMap((p) => codec.signatures(p)))];
      if (signatures.length === 0) return [];
      const pattern = new RegExp(signatures.map(escapeRegExp).join("|"), "g");
      const present = new LiteralSet(signatures.map((text2) => ({ text: text2, caseInsensitive: false })));
      return [{ codec, signatures, present, pattern, isTokenChar: charTable(codec.tokenChars) }];
    });
    const valueWords = [
      ...new Set(rules.filter((r) => r.decodeValuesNearKeywords).flatMap((r) => r.keywords))
    ];
    this.valueKeywords = valueWords.length ? new RegExp(valueWords.map(escapeRegExp).join("|"), "gi") : null;
    this.valuePresent = new LiteralSet(valueWords.map((text2) => ({ text: text2, caseInsensitive: true })));
  }
  /** Literals the pre-filter must look for so that content with encoded keys reaches the decoder. */
  literals() {
    return this.searches.flatMap(
      ({ signatures }) => signatures.map((text2) => ({ text: text2, caseInsensitive: false }))
    );
  }
  /**
   * Every encoded fragment of `text` that decodes to something worth scanning, each span once; with
   * `within`, only those overlapping these spans (text decoded before: an encoding inside an encoding).
   * `bytes` holds every ASCII character of `text` where it is (the content it was decoded from, or its
   * latin1 view): a codec runs only if one of its signatures is there, found at memchr speed.
   */
  fragments(text2, lines, within = null, bytes = Buffer.from(text2, "latin1")) {
    const out = [];
    for (const search of this.searches) {
      if (!search.present.test(bytes)) continue;
      let coveredEnd = 0;
      search.pattern.lastIndex = 0;
      for (let m = search.pattern.exec(text2); m; m = search.pattern.exec(text2)) {
        if (m.index < coveredEnd || !overlaps(within, m.index, m.index + m[0].length)) continue;
        const [start, end] = this.grow(
          text2,
          m.index,
          m[0].length,
          search.isTokenChar,
          search.codec,
          coveredEnd
        );
        coveredEnd = end;
        search.pattern.lastIndex = Math.max(search.pattern.lastIndex, end);
        const decoded = search.codec.decode(text2.slice(start, end), m.index - start);
        if (decoded !== null) out.push({ start, end, encoding: search.codec.name, decoded });
      }
    }
    if (this.valueKeywords && this.valuePresent.test(bytes))
      out.push(...this.valueFragments(text2, lines, this.valueKeywords, out, within));
    return out;
  }
  /** Base64 values on lines holding a value keyword, each line once, each token once. */
  valueFragments(text2, lines, keywords, earlier, within) {
    const out = [];
    const done = new Set(earlier.map((f) => f.start));
    keywords.lastIndex = 0;
    for (let m = keywords.exec(text2); m; m = keywords.exec(text2)) {
      const from = lines.start(m.index);
      const to = lines.end(m.index);
      keywords.lastIndex = Math.max(keywords.lastIndex, to + 1);
      VALUE_TOKEN.lastIndex = 0;
      const line = text2.slice(from, to);
      for (let v = VALUE_TOKEN.exec(line); v; v = VALUE_TOKEN.exec(line)) {
        const [start, end] = this.grow(
          text2,
          from + v.index,
          v[0].length,
          this.valueTokenChars,
          VALUE_CODEC,
          from
        );
        if (done.has(start) || !overlaps(within, start, end)) continue;
        done.add(start);
        const decoded = VALUE_CODEC.decode(text2.slice(start, end), v.index + from - start);
        if (decoded !== null) out.push({ start, end, encoding: VALUE_CODEC.name, decoded });
      }
    }
    return out;
  }
  /**
   * The whole token around a hit: token characters (and soft breaks) either side, then any padding.
   * Never before `floor`.
   */
  grow(text2, at2, length, isTokenChar, codec, floor) {
    let start = at2;
    let end = at2 + length;
    const breaks = codec.softBreaks ?? [];
    const breakFrom = (i) => {
      for (const b of breaks)
        for (let from = i; from >= Math.max(start, i - b.length + 1); from--)
          if (text2.startsWith(b, from)) return from + b.length;
      return -1;
    };
    for (; ; ) {
      while (start > floor && isTokenChar[text2.charCodeAt(start - 1)]) start--;
      const soft = breaks.find((b) => start - b.length >= floor && text2.endsWith(b, start));
      if (!soft) break;
      start -= soft.length;
    }
    for (; ; ) {
      while (end < text2.length && isTokenChar[text2.charCodeAt(end)]) end++;
      const after = breaks.length ? breakFrom(end) : -1;
      if (after <= end) break;
      end = after;
    }
    if (codec.padding) while (end < text2.length && codec.padding.includes(text2[end])) end++;
    const inner = codec.innerOnly;
    if (inner) {
      while (start < at2 && inner.includes(text2[start])) start++;
      while (end > at2 + length && inner.includes(text2[end - 1])) end--;
    }
    return [start, end];
  }
};

// src/scan/gate.ts
init_sniff();
function wideForms(literal) {
  const le = [...literal.text].map((c) => c + "\0").join("");
  return [
    { ...literal, text: le },
    { ...literal, text: "\0" + le.slice(0, -1) }
  ];
}
var ContentGate = class {
  constructor(literals, options = {}) {
    this.literals = literals;
    this.archives = options.archives === true;
    this.set = new LiteralSet(literals);
    this.wide = new LiteralSet(literals.flatMap(wideForms));
  }
  set;
  /** The literals as UTF-16: for wide text inside binary content (see Engine). */
  wide;
  /** Content that starts like an archive may hold a match: it is opened (see archive/sniff.ts). */
  archives;
  /** False only when the engine would find nothing in `bytes`. */
  mayMatch(bytes) {
    return this.set.test(bytes) || bytes.indexOf(0) !== -1 || this.archives && mayBeArchive(bytes);
  }
  /** Whether any literal occurs (ignoring zero bytes): for text already decoded from a wide encoding. */
  hasLiteral(bytes) {
    return this.set.test(bytes);
  }
  /** The longest literal, in bytes: how far apart two pieces must be kept to not join into one. */
  get longest() {
    return Math.max(this.set.longest, this.archives ? MAGIC_PREFIX_BYTES + 1 : 0);
  }
  /** A byte no literal holds: joining pieces with it cannot make a literal. */
  get separator() {
    return this.set.separator;
  }
};

// src/scan/engine.ts
init_expand();

// src/scan/archives.ts
init_expand();
init_sniff();
function archiveFormat(bytes, provenance) {
  if (provenance.kind === "path" || provenance.kind === "message") return null;
  return sniffArchive(bytes);
}
function placed(findings, entry) {
  return entry.length ? findings.map((f) => ({ ...f, inArchive: entry })) : findings;
}
function scanArchive(bytes, format, provenance, limits, scanContent) {
  const summary = { format, opened: OPENED.has(format), entries: 0, skipped: [] };
  const outcome = { findings: [], allowed: [], kind: "binary", decoded: 0 };
  const containers = { findings: [], allowed: [], kind: "binary", decoded: 0 };
  const add = (into, scanned, entry) => {
    into.findings.push(...placed(scanned.findings, entry));
    into.allowed.push(...placed(scanned.allowed, entry));
    into.decoded += scanned.decoded;
    if (scanned.slowRules) (outcome.slowRules ??= []).push(...scanned.slowRules);
  };
  add(containers, scanContent(bytes, provenance), []);
  for (const item of expandArchive(bytes, format, limits)) {
    if ("skipped" in item) summary.skipped.push({ entry: item.entry, reason: item.skipped });
    else if (item.container) add(containers, scanContent(item.bytes, provenance), item.entry);
    else {
      summary.entries++;
      add(outcome, scanContent(item.bytes, provenance), item.entry);
    }
  }
  if (summary.entries === 0 && summary.skipped.some((s) => s.entry.length === 0))
    summary.opened = false;
  const inEntries = new Set([...outcome.findings, ...outcome.allowed].map((f) => f.secretSha256));
  const outside = (f) => !inEntries.has(f.secretSha256);
  outcome.findings.push(...containers.findings.filter(outside));
  outcome.allowed.push(...containers.allowed.filter(outside));
  outcome.decoded += containers.decoded;
  return { ...outcome, archive: summary };
}
function unopened(format, maxBytes) {
  const reason = OPENED.has(format) ? `archive not opened: larger than ${maxBytes} bytes (the archive cap); its bytes were scanned as they are` : notOpened(format);
  return { format, opened: false, entries: 0, skipped: [{ entry: [], reason }] };
}
function holdArchive(chunks, maxBytes) {
  const iterator = chunks[Symbol.iterator]();
  const first = iterator.next();
  if (first.done) return { rest: [], format: null };
  const format = sniffArchive(first.value);
  const held = [first.value];
  let size = first.value.length;
  if (format && OPENED.has(format)) {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      held.push(next.value);
      size += next.value.length;
      if (size > maxBytes) break;
    }
    if (size <= maxBytes) return { whole: Buffer.concat(held) };
  }
  const rest = { [Symbol.iterator]: () => iterator };
  return {
    rest: (function* () {
      yield* held;
      yield* rest;
    })(),
    format
  };
}

// src/scan/engine.ts
var ALLOW_MARKER = "flora-keyscan:allow";
var WINDOW_BYTES = 16 * 1024 * 1024;
var OVERLAP_BYTES = 64 * 1024;
var DECODE_DEPTH = 2;
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
function advanceText(text2) {
  let newlines = 0;
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) newlines++;
  const last = text2.lastIndexOf("\n");
  return {
    newlines,
    charsAfterLastNewline: last === -1 ? null : text2.length - last - 1,
    chars: text2.length
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
function allowedLines(text2, lines) {
  const out = /* @__PURE__ */ new Set();
  for (let i = text2.indexOf(ALLOW_MARKER); i !== -1; i = text2.indexOf(ALLOW_MARKER, i + 1))
    out.add(lines.lineIndex(i));
  return out;
}
function gateLiterals(spec) {
  const exact = spec.shipped && !spec.pattern.startsWith("(?i)") && spec.prefixes.length > 0 && spec.keywords.every((k) => spec.prefixes.includes(k));
  return spec.keywords.map((text2) => ({ text: text2, caseInsensitive: !exact }));
}
var Engine = class {
  rules;
  /** Whether content can hold a match at all; see gate.ts. */
  gate;
  decoder;
  ungated;
  /** Null when archives are not opened. */
  archives;
  constructor(specs, options = {}) {
    this.rules = specs.map(compileRule);
    this.decoder = options.decode === false ? null : new Decoder(specs);
    this.ungated = options.ungated === true;
    const archives = options.archives === void 0 ? DEFAULT_ARCHIVE_LIMITS : options.archives;
    this.archives = archives && archives.depth > 0 ? archives : null;
    this.gate = new ContentGate(
      [...specs.flatMap(gateLiterals), ...this.decoder?.literals() ?? []],
      { archives: this.archives !== null }
    );
  }
  /** False only when scan() would find nothing in these bytes. The pack reader skips such content. */
  mayMatch(bytes) {
    return this.gate.mayMatch(bytes);
  }
  /** Scans one piece of content. Pure: the same bytes and provenance give the same outcome. */
  scan(bytes, provenance) {
    const format = this.archives && archiveFormat(bytes, provenance);
    if (format)
      return scanArchive(
        bytes,
        format,
        provenance,
        this.archives,
        (b, p) => this.scanContent(b, p)
      );
    return this.scanContent(bytes, provenance);
  }
  /** Scans content as it is (an archive's bytes too, without opening it). */
  scanContent(bytes, provenance) {
    if (bytes.length <= WINDOW_BYTES) {
      if (!this.ungated && !this.mayMatch(bytes))
        return { findings: [], allowed: [], kind: detectKind(bytes), decoded: 0 };
      return this.scanWindow(bytes, provenance, detectKind(bytes)).outcome;
    }
    return this.scanWindows(chunksOf(bytes), provenance);
  }
  /**
   * Scans content that arrives in chunks (a file too large to hold). An archive no larger than the
   * archive byte cap is held whole and opened; a larger one is scanned as it is, and named.
   */
  scanChunks(chunks, provenance) {
    if (!this.archives) return this.scanWindows(chunks, provenance);
    const held = holdArchive(chunks, this.archives.maxBytes);
    if ("whole" in held) return this.scan(held.whole, provenance);
    const outcome = this.scanWindows(held.rest, provenance);
    if (held.format) outcome.archive = unopened(held.format, this.archives.maxBytes);
    return outcome;
  }
  /**
   * Scans chunks in windows of WINDOW_BYTES that overlap by OVERLAP_BYTES, so a key across a
   * boundary is whole in one of them. A finding is kept by the first window whose own region (before
   * the overlap) it starts in; lines and columns are counted from the start of the content.
   */
  scanWindows(chunks, provenance) {
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
      const { outcome, offsets, text: text2 } = this.ungated || this.mayMatch(window) ? this.scanWindow(window, provenance, kind) : { outcome: null, offsets: /* @__PURE__ */ new Map(), text: "" };
      const regionChars = isWide(kind) ? decodeWide(window.subarray(0, regionBytes), kind).length : kind === "binary" ? regionBytes : window.toString("utf8", 0, regionBytes).length;
      if (outcome) this.keepRegion(total, outcome, offsets, regionChars, base);
      const step2 = isWide(kind) ? advanceText((text2 || decodeWide(window, kind)).slice(0, regionChars)) : advanceBytes(window, regionBytes, kind);
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
    const text2 = (at2) => bytes[at2] === 9 || bytes[at2] === 10 || bytes[at2] === 13 || bytes[at2] >= 32 && bytes[at2] < 127;
    const run = (order, at2) => {
      const unit = (i) => i >= 0 && i + 1 < bytes.length && (order === "utf16le" ? text2(i) && bytes[i + 1] === 0 : bytes[i] === 0 && text2(i + 1));
      let start = at2;
      while (unit(start - 2)) start -= 2;
      let end = at2;
      while (unit(end)) end += 2;
      return { order, start, end };
    };
    for (let at2 = this.gate.wide.next(bytes, 0); at2 !== -1; ) {
      const le = run("utf16le", bytes[at2] === 0 ? at2 + 1 : at2);
      const be = run("utf16be", bytes[at2] === 0 ? at2 : at2 - 1);
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
    const wideText = isWide(kind) ? decodeWide(bytes, kind) : null;
    const view = wideText === null ? bytes : Buffer.from(wideText, "latin1");
    const wideInside = wideText === null && bytes.indexOf(0) !== -1 && this.gate.wide.test(bytes);
    if (!this.ungated && !wideInside && !this.gate.hasLiteral(view))
      return { outcome, offsets, text: wideText ?? "" };
    const text2 = wideText ?? textOf(bytes, kind);
    const lines = new Lines(text2, kind !== "binary");
    const onSlow = (id) => (outcome.slowRules ??= []).push(id);
    let candidates2 = findCandidates(this.rules, text2, lines, onSlow);
    if (this.decoder) {
      const spans = [];
      const decoded = this.decodedCandidates(view, text2, lines, outcome, spans);
      candidates2 = outsideSpans(candidates2, spans);
      candidates2.push(...decoded);
    }
    const allowed = allowedLines(text2, lines);
    let file = null;
    for (const owner of resolveOwners(candidates2, text2.length)) {
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
      if (winner.encoding) finding.encodedText = text2.slice(winner.start, winner.end);
      (allowed.has(lines.lineIndex(winner.start)) ? outcome.allowed : outcome.findings).push(
        finding
      );
      offsets.set(finding, winner.start);
    }
    if (wideText === null && bytes.indexOf(0) !== -1) {
      const wide = this.wideFindings(
        bytes,
        provenance,
        kind === "binary" ? lines : new Lines(textOf(bytes, "binary"), false)
      );
      for (const f of wide.findings) outcome.findings.push(f), offsets.set(f, f.byteOffset);
      for (const f of wide.allowed) outcome.allowed.push(f), offsets.set(f, f.byteOffset);
    }
    return { outcome, offsets, text: text2 };
  }
  /**
   * Candidates inside encoded text, placed at the encoded span in `text`. Every fragment of a text is
   * decoded into one copy of it, scanned once (linear however many fragments a line holds); then the
   * fragments inside that copy's decoded spans (base64 of base64), to DECODE_DEPTH.
   */
  decodedCandidates(bytes, text2, lines, outcome, spans) {
    const found = [];
    const layers = [];
    let current = { text: text2, lines, spans: null };
    for (let depth = 1; depth <= DECODE_DEPTH; depth++) {
      const fragments = this.decoder.fragments(
        current.text,
        current.lines,
        current.spans,
        depth === 1 ? bytes : void 0
      );
      if (fragments.length === 0) break;
      outcome.decoded += fragments.length;
      const next = decodedText(current.text, fragments);
      layers.push(next.spans);
      if (depth === 1) for (const s of next.spans) spans.push([s.sourceStart, s.sourceEnd]);
      const nextLines = new Lines(next.text);
      const onSlow = (id) => (outcome.slowRules ??= []).push(id);
      for (const c of findCandidates(this.rules, next.text, nextLines, onSlow)) {
        const placed2 = placeInSource(layers, c.start, c.end);
        if (placed2) found.push({ ...c, ...placed2 });
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
  const archives = options.archiveDepth === void 0 ? DEFAULT_ARCHIVE_LIMITS : { ...DEFAULT_ARCHIVE_LIMITS, depth: options.archiveDepth };
  const engine = new Engine(rules, { decode: options.decode, archives });
  const shipped = loadRuleBook().rules;
  const shadow = changedShippedRules(shipped, config, loaded.rules).length ? new Engine(shipped, { decode: options.decode, archives }) : null;
  const gate = shadow ? new ContentGate([...engine.gate.literals, ...shadow.gate.literals], {
    archives: engine.gate.archives
  }) : engine.gate;
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

// src/report/types.ts
init_findings();
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
    utf32: 0,
    binary: 0,
    archives: 0,
    archiveEntries: 0,
    durationMs: 0
  };
}

// src/sources/source.ts
function itemLabel(provenance) {
  switch (provenance.kind) {
    case "message":
      return `${provenance.part ?? "message"} of ${provenance.commit}`;
    case "blob":
      return provenance.path ?? provenance.blob;
    case "path":
      return provenance.path;
    case "note":
      return `note on ${provenance.note}`;
    case "ref":
      return `the ref ${provenance.ref}`;
    default:
      return provenance.path;
  }
}

// src/scan/run.ts
init_sniff();
init_location();
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
function countArchive(label, archive, stats) {
  if (archive.opened) stats.archives++;
  else if (OPENED.has(archive.format)) stats.binary++;
  stats.archiveEntries += archive.entries;
  for (const { entry, reason } of archive.skipped)
    stats.skipped.push({ path: archiveLocation(label, entry), reason });
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
  if (outcome.archive) countArchive(itemLabel(item.provenance), outcome.archive, stats);
  else if (outcome.kind === "binary") stats.binary++;
  else if (outcome.kind === "utf32le" || outcome.kind === "utf32be") stats.utf32++;
  else if (outcome.kind !== "text") stats.utf16++;
}
function overridden(outcome, shadow) {
  const at2 = (f) => `${f.secretSha256} ${f.line} ${f.column} ${f.inArchive?.join("!") ?? ""}`;
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
      await new Promise((resolve5) => setImmediate(resolve5));
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

// src/version.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join6 } from "node:path";
var cached;
function toolVersion() {
  cached ??= JSON.parse(readFileSync3(join6(PACKAGE_ROOT, "package.json"), "utf8")).version;
  return cached;
}

// src/pipeline.ts
function byDate(a, b) {
  const time = (f) => {
    const d = dateOf(f);
    return d ? Date.parse(d) : 0;
  };
  return time(a) - time(b) || (pathOf(a) ?? "").localeCompare(pathOf(b) ?? "") || a.line - b.line;
}
function inEntryNames(findings, stats) {
  const names = [
    ...findings.flatMap((f) => f.inArchive ?? []),
    ...stats.skipped.filter((s) => s.path.includes("!")).map((s) => s.path)
  ];
  if (names.length === 0) return [];
  const bySecret = new Map(findings.map((f) => [f.secret, f]));
  return [...bySecret.values()].filter((f) => names.some((n) => n.includes(f.secret)));
}
function redactNamedSecrets(findings, stats, facts) {
  const named = [
    ...findings.filter((f) => f.provenance.kind === "path" || f.provenance.kind === "ref"),
    ...inEntryNames(findings, stats)
  ];
  const redactAny = (text2) => findings.reduce((t, f) => t.replaceAll(f.secret, f.redacted), text2);
  for (const f of findings) {
    const p = f.provenance;
    if ((p.kind === "commit" || p.kind === "message" || p.kind === "note") && p.author)
      f.provenance = { ...p, author: redactAny(p.author) };
  }
  if (named.length === 0) return;
  const redact2 = (path) => named.reduce((p, f) => p.replaceAll(f.secret, f.redacted), path);
  for (const f of findings) {
    if (f.inArchive) f.inArchive = f.inArchive.map(redact2);
    if (f.provenance.kind === "ref")
      f.provenance = { ...f.provenance, ref: redact2(f.provenance.ref) };
    else if (f.provenance.kind !== "message")
      f.provenance = {
        ...f.provenance,
        path: f.provenance.path === null ? null : redact2(f.provenance.path)
      };
  }
  for (const list of [stats.skipped, stats.unreadable, stats.missing])
    for (const item of list) item.path = redact2(item.path);
  if (facts)
    for (const [sha, refs] of Object.entries(facts.refsBySecret))
      facts.refsBySecret[sha] = refs.map(redact2);
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
async function scanAndSettle(source, context2, stats, options) {
  try {
    const scanned = await scanItems(context2.engine, await source.items(context2), stats, {
      onFinding: source.onFinding,
      onCommit: source.onCommit,
      signal: options.signal,
      shadow: options.policy.shadow
    });
    options.phase?.("scanned");
    const settled = source.settle ? await source.settle(scanned.findings, context2) : { findings: scanned.findings, warnings: [] };
    options.phase?.("settled");
    return { scanned, settled };
  } finally {
    source.close?.();
  }
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
  const { scanned, settled } = await scanAndSettle(source, context2, stats, options);
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
  redactNamedSecrets(
    [...findings, ...preExisting, ...suppressed.map((s) => s.finding)],
    stats,
    settled.facts
  );
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

// src/history/partial.ts
init_errors();
import { existsSync as existsSync2, readdirSync as readdirSync3 } from "node:fs";
import { join as join7, resolve as resolve3 } from "node:path";
async function partialClone(git) {
  const config = (await git.raw([
    "config",
    "--get-regexp",
    "^(extensions\\.partialclone|remote\\..*\\.promisor)$"
  ])).stdout.toString("utf8");
  const extension = /^extensions\.partialclone (.+)$/im.exec(config)?.[1] ?? null;
  const promisor = /^remote\.(.+)\.promisor true$/im.exec(config)?.[1] ?? null;
  const objects = resolve3(git.dir, await git.text(["rev-parse", "--git-path", "objects"]));
  const pack = join7(objects, "pack");
  const promisorPacks = existsSync2(pack) && readdirSync3(pack).some((f) => f.endsWith(".promisor"));
  if (!extension && !promisor && !promisorPacks) return null;
  return { remote: extension ?? promisor };
}
function missingWarning(count, partial) {
  const what = `${count} object${count === 1 ? "" : "s"} that refs reach ${count === 1 ? "is" : "are"} not in this repository and ${count === 1 ? "was" : "were"} not scanned`;
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

// src/history/walk.ts
var Walk = class _Walk {
  constructor(listing, error = null) {
    this.listing = listing;
    this.error = error;
    for (const [line, idLength] of this.lines()) {
      if (line[0] === 63) this.missing.push(line.toString("latin1", 1));
      else if (line.length > idLength + 1)
        this.distinctPaths.add(line.toString("utf8", idLength + 1));
    }
  }
  /** Objects any ref reaches that the object database does not have. */
  missing = [];
  distinctPaths = /* @__PURE__ */ new Set();
  static empty() {
    return new _Walk(null);
  }
  /** Runs the walk. It never fetches: missing objects are listed, not downloaded. Never rejects. */
  static async run(git) {
    try {
      const args = [...BOUNDED_GIT_MEMORY, "rev-list", "--objects", "--all", "--missing=print"];
      return new _Walk(await git.toSpool(args));
    } catch (error) {
      return new _Walk(null, error.message);
    }
  }
  /** Each line, with the length of the object ids (40 or 64: every line starts with one). */
  *lines() {
    if (!this.listing) return;
    let idLength = 0;
    for (const line of this.listing.lines()) {
      if (line.length === 0) continue;
      if (!idLength && line[0] !== 63) {
        const space = line.indexOf(32);
        idLength = space === -1 ? line.length : space;
      }
      yield [line, idLength];
    }
  }
  /** One path of each of `oids` that a ref reaches; ids no ref reaches are left out. */
  pathsOf(oids) {
    const out = /* @__PURE__ */ new Map();
    if (oids.size === 0) return out;
    for (const [line, idLength] of this.lines()) {
      if (line[0] === 63 || line[idLength] !== 32) continue;
      const oid = line.toString("latin1", 0, idLength);
      if (oids.has(oid) && !out.has(oid)) out.set(oid, line.toString("utf8", idLength + 1));
    }
    return out;
  }
  /** Every distinct path (of files and folders) anywhere in history. */
  paths() {
    return [...this.distinctPaths];
  }
  /** Lets the spool go (its file is already unlinked: closing frees it). */
  close() {
    this.listing?.close();
  }
};

// src/exposure.ts
var EARLIER_VERSION_BYTES = 64 * 1024 * 1024;
function historyExposure(refs, bare) {
  if (refs.length === 0) return "unreachable";
  return bare || refs.some((r) => r.startsWith("refs/remotes/")) ? "pushed" : "committed";
}
async function exposeHistory(git, findings, facts) {
  const bare = await isBare(git);
  for (const f of findings)
    f.exposure = historyExposure(facts.refsBySecret[f.secretSha256] ?? [], bare);
}

// src/sources/history.ts
var SHALLOW_WARNING = "this is a shallow clone: history before its first commit was not scanned. Run git fetch --unshallow (or clone without --depth) for a full audit.";
var NO_COMMITS = "the repository has no commits yet: there is no history to scan (flora-keyscan staged checks what you are about to commit).";
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
async function afterTheObjects(walking, tips) {
  const walk = await walking;
  const missing = walk.missing.map((oid) => ({
    provenance: { kind: "blob", blob: oid, path: null },
    missing: "not in this repository"
  }));
  const refs = tips.map(({ ref }) => ({
    provenance: { kind: "ref", ref, path: null },
    bytes: Buffer.from(ref)
  }));
  return [...missing, ...refs, { paths: walk.paths() }];
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
async function settleWith(raw, read, walk, partial) {
  const unattributed = (why) => notAttributed(raw, why);
  if (walk.error) return unattributed(`git could not walk the history (${walk.error})`);
  try {
    const attributed = await attributeHistory(raw, read);
    await exposeHistory(read.git, attributed.findings, attributed.facts);
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
async function historySource(git, options) {
  const shallow = await isShallow(git);
  const empty = !options.allObjects && !await hasAnyRef(git);
  const tips = await refTips(git);
  const partial = await partialClone(git);
  const commits = new CommitTable();
  let walking = Promise.resolve(Walk.empty());
  let attributor = null;
  async function items(context2) {
    if (empty) return (async function* () {
    })();
    walking = Walk.run(git);
    void walking.then(() => context2.phase?.("walked every tree"));
    if (options.fetchMissing && partial) {
      const before = await walking;
      await fetchMissing(git, partial, before.missing);
      before.close();
      walking = Walk.run(git);
    }
    attributor = new Attributor(git, walking, options.cores > options.threads);
    const store = await locateObjectStore(git, options.env);
    context2.phase?.(store ? "opened the object store" : "listing objects");
    const read = store ? readStore(store, context2.gate, options.threads, context2.progress, options.ledger) : readThroughGit(git, await listAllObjects(git), context2.progress);
    const after = () => (context2.phase?.("read every object"), afterTheObjects(walking, tips));
    return concat(read, after);
  }
  async function settle(raw) {
    if (empty || !attributor) return { findings: raw, warnings: [] };
    const read = { git, commits, tips, attributor, allObjects: options.allObjects, shallow };
    return settleWith(raw, read, await walking, partial);
  }
  function close() {
    attributor?.close();
    void walking.then((walk) => walk.close());
  }
  return {
    mode: options.allObjects ? "all-objects" : "history",
    scope: `${options.allObjects ? "every object in the repository" : "history (every ref)"} of ${git.dir}`,
    root: git.dir,
    exposure: "history",
    tree: await historyTree(git),
    warnings: [...shallow ? [SHALLOW_WARNING] : [], ...empty ? [NO_COMMITS] : []],
    items,
    onCommit: (meta) => commits.add(meta),
    onFinding(f) {
      if (f.provenance.kind === "blob") attributor?.add(f.provenance.blob);
    },
    settle,
    close
  };
}

// src/commands/setup.ts
init_errors();

// src/safe-write.ts
init_errors();

// src/commands/output.ts
init_errors();

// src/report/formats.ts
var FORMATS = {
  text: {
    summary: "for people (the default)",
    report: async () => (await Promise.resolve().then(() => (init_text(), text_exports))).formatText,
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
var FORMAT_NAMES = Object.keys(FORMATS);
var VERDICT_FORMATS = FORMAT_NAMES.filter((name) => FORMATS[name].verdict !== void 0);

// src/commands/progress.ts
var MB = 1024 * 1024;

// src/commands/setup.ts
async function policyFiles(git, root, flags2, base) {
  if (flags2["no-repo-config"]) return NO_FILES;
  if (git && base) return revisionFiles(git, base);
  if (git && await isBare(git))
    return await hasCommit(git) ? revisionFiles(git, "HEAD") : NO_FILES;
  return worktreeFiles(root);
}
function policyFor(files, flags2, io2) {
  return loadPolicy({
    files,
    configFile: flags2.config,
    cwd: io2.cwd,
    decode: !flags2["no-decode"],
    ...flags2["max-archive-depth"] !== void 0 ? { archiveDepth: Number(flags2["max-archive-depth"]) } : {},
    maxFileSize: flags2["max-file-size"]
  });
}

// src/audit/mirror.ts
import { existsSync as existsSync3, mkdirSync, renameSync, rmSync as rmSync2 } from "node:fs";
import { join as join8 } from "node:path";
import { randomBytes as randomBytes2 } from "node:crypto";

// src/audit/targets.ts
import { createHash as createHash2 } from "node:crypto";
init_errors();
function normalised(repository) {
  return repository.replace(/\/+$/, "").replace(/\.git$/, "");
}
function hash(text2) {
  return createHash2("sha256").update(text2).digest("hex");
}
function mirrorName(repository) {
  const readable = normalised(repository).replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._-]+/, "").slice(-60);
  return `${readable || "repo"}-${hash(normalised(repository)).slice(0, 12)}.git`;
}

// src/audit/mirror.ts
var ALLOWED_PROTOCOLS = "http:https:ssh:git:file";
function fetchEnv(target, env2) {
  const out = { ...env2, GIT_ALLOW_PROTOCOL: ALLOWED_PROTOCOLS };
  if (!target.credentials) return out;
  const count = Number(env2.GIT_CONFIG_COUNT) || 0;
  out[`GIT_CONFIG_KEY_${count}`] = `http.${target.url}.extraHeader`;
  out[`GIT_CONFIG_VALUE_${count}`] = `Authorization: Basic ${Buffer.from(target.credentials).toString("base64")}`;
  out.GIT_CONFIG_COUNT = String(count + 1);
  return out;
}
function scrubbed(error, target) {
  let message = error instanceof Error ? error.message : String(error);
  const secrets = target.credentials ? [
    target.credentials,
    ...target.credentials.split(":"),
    Buffer.from(target.credentials).toString("base64")
  ] : [];
  for (const s of secrets.filter((s2) => s2.length >= 3)) message = message.replaceAll(s, "***");
  return new GitError(message);
}
async function mirror(target, cache2, env2) {
  mkdirSync(cache2, { recursive: true });
  const dir = join8(cache2, mirrorName(target.repository));
  const git = new Git(cache2, fetchEnv(target, env2)).withNetwork();
  try {
    if (existsSync3(join8(dir, "config"))) {
      await git.at(dir).run(["fetch", "--prune", "--quiet", "origin"]);
      return { dir, cloned: false };
    }
    const partial = `${dir}.partial-${randomBytes2(4).toString("hex")}`;
    try {
      await git.run(["clone", "--mirror", "--quiet", "--", target.url, partial]);
      renameSync(partial, dir);
    } finally {
      rmSync2(partial, { recursive: true, force: true });
    }
    return { dir, cloned: true };
  } catch (error) {
    throw scrubbed(error, target);
  }
}

// src/audit/scan-cache.ts
import { createHash as createHash3, randomBytes as randomBytes3 } from "node:crypto";
import { readdirSync as readdirSync4, readFileSync as readFileSync4, renameSync as renameSync2, writeFileSync } from "node:fs";
import { join as join9 } from "node:path";
import { deserialize, serialize } from "node:v8";
var SCAN_FLAGS = [
  "all-objects",
  "no-decode",
  "max-file-size",
  "max-archive-depth",
  "report-unused-ignores",
  "config",
  "no-repo-config"
];
function rulesKey(policy, flags2) {
  const options = SCAN_FLAGS.map((f) => [f, flags2[f] ?? null]);
  return createHash3("sha256").update(JSON.stringify([toolVersion(), options, policy])).digest("hex");
}
async function scanKey(git, rules) {
  const refs = await git.run(["for-each-ref", "--format=%(objectname) %(refname)"]);
  const objects = await git.run(["count-objects", "-v"]);
  const packDir = join9(git.dir, "objects", "pack");
  let packs = [];
  try {
    packs = readdirSync4(packDir).filter((f) => f.endsWith(".pack")).sort();
  } catch {
  }
  return createHash3("sha256").update(JSON.stringify([rules, packs])).update(refs).update(objects).digest("hex");
}
function readScan(file, key) {
  try {
    const kept = deserialize(readFileSync4(file));
    return kept?.key === key ? kept.result : null;
  } catch {
    return null;
  }
}
function writeScan(file, key, result) {
  const partial = `${file}.partial-${randomBytes3(4).toString("hex")}`;
  writeFileSync(partial, serialize({ key, result }), {
    mode: 384,
    flag: "wx"
  });
  renameSync2(partial, file);
}

// src/audit/scan.ts
async function auditRepository(target, cache2, flags2, io2, cores2 = 1) {
  const { dir } = await mirror(target, cache2, io2.env);
  const git = await requireRepository(dir, io2.env);
  const policy = policyFor(await policyFiles(git, git.dir, flags2), flags2, io2);
  const cacheFile = join10(dir, "flora-keyscan.scan");
  const texts = [CONFIG_FILE, "package.json", IGNORE_FILE].map((name) => policy.files.read(name));
  const userConfig = flags2.config ? readBoundedText(resolve4(io2.cwd, flags2.config), { limit: 4 << 20, followLinks: true }) : null;
  const rules = rulesKey([policy.book.rules, texts, userConfig], flags2);
  const key = await scanKey(git, rules);
  if (!flags2["no-cache"] && !flags2.verify) {
    const kept = readScan(cacheFile, key);
    if (kept) return kept;
  }
  const ledgerFile = join10(dir, "flora-keyscan.packs");
  let ledger = null;
  const source = await historySource(git, {
    allObjects: flags2["all-objects"] === true,
    threads: flags2.threads ? wholeNumber(flags2.threads, "--threads", 1, 64) : 1,
    fetchMissing: false,
    cores: cores2,
    env: io2.env,
    ledger: {
      earlier: flags2["no-cache"] ? null : readScan(ledgerFile, rules),
      keep: (kept) => ledger = kept
    }
  });
  source.scope = source.scope.replace(git.dir, target.repository);
  source.root = target.repository;
  const result = await runPipeline(source, {
    policy,
    probe: null,
    signal: io2.signal,
    reportUnusedIgnores: flags2["report-unused-ignores"] === true
  });
  const scan = { ...result, rules: policy.book.rules };
  if (!result.report.stats.interrupted && result.report.stats.missing.length === 0) {
    writeScan(cacheFile, key, {
      ...scan,
      secrets: scan.secrets.map((f) => ({ ...f, secret: "" }))
    });
    if (ledger) writeScan(ledgerFile, rules, ledger);
  }
  return scan;
}

// src/audit/audit-worker.ts
var port = parentPort;
var { cache, flags, env, cwd, cores = 1 } = workerData;
var controller = new AbortController();
var io = {
  stdout: { write: () => true },
  stderr: { write: (text2) => port.postMessage({ stderr: text2 }) },
  env,
  cwd,
  signal: controller.signal
};
port.on("message", (request) => {
  if ("abort" in request) return void controller.abort();
  auditRepository(request.target, cache, flags, io, cores).then(
    ({ report, secrets, rules }) => port.postMessage({ report, secrets, rules }),
    (error) => port.postMessage({
      error: error instanceof Error ? error.message : String(error)
    })
  );
});
/*! Bundled license information:

re2js/build/index.js:
  (*!
  * re2js
  * RE2JS is the JavaScript port of RE2, a regular expression engine that provides linear time matching
  *
  * @version v2.10.0
  * @author Oleksii Vasyliev
  * @homepage https://github.com/le0pard/re2js#readme
  * @repository [object Object]
  * @license MIT
  *)
*/
