// The fast way to read a guideline's YAML: js-yaml builds the plain data several times faster
// than `yaml`'s parseDocument (which keeps a node, a range and comments for every value), and a
// file that has a finding is parsed again with `yaml` for its positions (source.ts,
// ReparsedSource). Both must read every file alike, so this path takes only what it can read
// exactly as `yaml` does (YAML 1.2 core schema, strict, unique keys) and gives up otherwise:
// - anything js-yaml refuses (syntax, duplicate keys, non-printable characters) is left to
//   `yaml`, which reports it in its own words and place;
// - texts with the constructs where the two parsers' readings may differ, or where `yaml`
//   warns, are left to `yaml`: tabs, directives and document markers, anchors (so aliases)
//   and tags, complex (`?`), merge (`<<`) and null keys, `__proto__`, and flow collections ([ ], { })
//   that do not close on the line they open, and keys of over 200 characters;
// - plain scalars are resolved by the YAML 1.2 core schema's own patterns, copied from `yaml`
//   (js-yaml's core schema differs: `1_000`, `0b1`, `.5e3` and others): timestamps stay strings,
//   `1.10` is the number 1.1, `yes` and `on` are strings.
// test/model/fast-yaml.test.ts runs both paths over the bad-input corpus and generated
// guidelines and expects the same data and findings.
import jsYaml from 'js-yaml';

/** What `fastLoad` returns when the text is left to `yaml`. */
export const NOT_FAST: unique symbol = Symbol('not read by the fast path');

const { FAILSAFE_SCHEMA, Type, load } = jsYaml;

/** The first character is a digit, + or - (or, with `dot`, a full stop). */
function startsNumeric(data: string, dot: boolean): boolean {
  const c = data.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || (dot && c === 0x2e);
}

const coreNull = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  // The pattern /^(?:~|[Nn]ull|NULL)?$/ spelled out: this runs for every plain scalar.
  resolve: (data: string | null) => data === null || data === '' || data === '~' || data === 'null' || data === 'Null' || data === 'NULL',
  construct: () => null,
});

const coreBool = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  // /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/ spelled out.
  resolve: (data: string | null) =>
    data === 'true' || data === 'True' || data === 'TRUE' || data === 'false' || data === 'False' || data === 'FALSE',
  construct: (data: string) => data[0] === 't' || data[0] === 'T',
});

const coreInt = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  // Each pattern starts with a digit or a sign: other scalars (most of them, words) are not tried.
  resolve: (data: string | null) =>
    data !== null && startsNumeric(data, false) && (/^0o[0-7]+$/.test(data) || /^[-+]?[0-9]+$/.test(data) || /^0x[0-9a-fA-F]+$/.test(data)),
  construct: (data: string) =>
    data.startsWith('0o') ? parseInt(data.slice(2), 8) : data.startsWith('0x') ? parseInt(data.slice(2), 16) : parseInt(data, 10),
});

const coreFloat = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  // Each pattern starts with a digit, a sign or a dot.
  resolve: (data: string | null) =>
    data !== null &&
    startsNumeric(data, true) &&
    (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(data) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(data) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(data)),
  construct: (data: string) => {
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(data)) return data[0] === '-' ? -Infinity : Infinity;
    if (/^\.(?:nan|NaN|NAN)$/.test(data)) return NaN;
    return parseFloat(data);
  },
});

/** The YAML 1.2 core schema as `yaml` resolves it (null, bool, int, float), and nothing else. */
const CORE = FAILSAFE_SCHEMA.extend({ implicit: [coreNull, coreBool, coreInt, coreFloat] });

/** Constructs left to `yaml` (see the top of this file). */
const RISKY = /\t|^%|^(?:---|\.\.\.)|(?:^|[\s[{,])!|^[ ]*\?(?:[ ]|$)|<<|__proto__/m;
/**
 * Where an anchor or an alias could start. Markdown emphasis (`**Duta Kerja Sama**`, a list of
 * `*italic*` words) looks the same to a pattern, so such a text is read by js-yaml and left to
 * `yaml` only if js-yaml met an anchor: without one an alias cannot be read (js-yaml refuses it:
 * "unidentified alias"), and every other `*` or `&` is text to both parsers.
 */
const ANCHOR_LIKE = /(?:^|[\s[{,])[&*]/m;
/** An empty or null key (`~:`, `null:`, `:`): `yaml` names it "", js-yaml "null". */
const NULL_KEY = /(?:^[ ]*(?:-[ ]+)*|[{,][ ]*)(?:~|null|Null|NULL)?[ ]*:(?:[ ]|$)/m;

/**
 * The data of a YAML text read as `yaml` (core schema, strict, unique keys) reads it, or
 * NOT_FAST when the text is one that only `yaml` should read (any problem, or a construct where
 * the two might differ). Never throws.
 */
export function fastLoad(text: string): unknown {
  if (leftToYaml(text)) return NOT_FAST;
  let data: unknown;
  let anchors: Record<string, unknown> | undefined;
  try {
    if (ANCHOR_LIKE.test(text)) {
      // js-yaml hands its state to a listener; its anchor map tells whether an anchor was read.
      const listener = (_event: string, state: { anchorMap?: Record<string, unknown> }) => {
        anchors ??= state.anchorMap;
      };
      data = load(text, { schema: CORE, json: false, listener } as jsYaml.LoadOptions);
      if (anchors === undefined || Object.keys(anchors).length > 0) return NOT_FAST;
    } else {
      data = load(text, { schema: CORE, json: false });
    }
  } catch {
    return NOT_FAST;
  }
  return longKey(data) ? NOT_FAST : data;
}

/**
 * The guards of the fast path as they are specified: RISKY or NULL_KEY matches, or a flow
 * collection runs over lines. `leftToYaml` answers the same, faster; the test compares the two
 * (test/model/fast-yaml.test.ts).
 */
export function leftToYamlByPatterns(text: string): boolean {
  return RISKY.test(text) || NULL_KEY.test(text) || !flowClosesOnItsLine(text);
}

/**
 * What makes the patterns above look at more than line starts and commas: brackets, `&*!`, tabs,
 * `<<`, `__proto__`, and line ends other than \n (where a pattern's ^ and $ also match). Most
 * texts have none of them (prose, ids, dates), and are checked without the patterns.
 */
const RARE = /[\t\r\u2028\u2029&*![\]{}]|<<|__proto__/;

/**
 * Whether the text is left to `yaml` (see the top of this file), exactly as
 * `leftToYamlByPatterns` says. A text with none of RARE's characters can only match at the start
 * of a line (`%`, `---`, `...`, `? `, a null key after list dashes) or after a comma (a null key),
 * and only those places are looked at; any other text is asked of the patterns. (The patterns
 * cost a third of reading 20,000 comment files; this, a few per cent.)
 */
export function leftToYaml(text: string): boolean {
  if (RARE.test(text)) return leftToYamlByPatterns(text);
  for (let i = 0; i < text.length; ) {
    if (riskyLineStart(text, i)) return true;
    const next = text.indexOf('\n', i);
    if (next < 0) break;
    i = next + 1;
  }
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
    if (nullKeyTail(text, skipSpaces(text, i + 1))) return true;
  }
  return false;
}

const SPACE = 0x20;
const COLON = 0x3a;

/** `$` (m flag) at `i`: the end of the text or a line terminator. */
function atLineEnd(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === SPACE) i++;
  return i;
}

/**
 * NULL_KEY's tail from `i`: an optional `~`, `null`, `Null` or `NULL`, spaces, then a colon
 * followed by a space or the end of the line.
 */
function nullKeyTail(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x7e /* ~ */) i++;
  else if (c === 0x6e /* n */ || c === 0x4e /* N */) {
    const word = text.slice(i, i + 4);
    if (word === 'null' || word === 'Null' || word === 'NULL') i += 4;
  }
  i = skipSpaces(text, i);
  return text.charCodeAt(i) === COLON && (text.charCodeAt(i + 1) === SPACE || atLineEnd(text, i + 1));
}

/** What RISKY and NULL_KEY look for where a line starts (at `i`), in a text without RARE's characters. */
function riskyLineStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x25 /* % */) return true;
  if ((c === 0x2d /* - */ || c === 0x2e /* . */) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) return true;
  let j = skipSpaces(text, i);
  // `^[ ]*\?(?:[ ]|$)`
  if (text.charCodeAt(j) === 0x3f /* ? */ && (text.charCodeAt(j + 1) === SPACE || atLineEnd(text, j + 1))) return true;
  // NULL_KEY's `^[ ]*(?:-[ ]+)*`: list dashes, each followed by spaces
  while (text.charCodeAt(j) === 0x2d && text.charCodeAt(j + 1) === SPACE) j = skipSpaces(text, j + 1);
  return nullKeyTail(text, j);
}

/** A key of more than 200 characters: `yaml` refuses implicit keys over 1,024 characters of
 * source, and a key of 200 characters is at most about 1,000 in the source (escapes).
 */
function longKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(longKey);
  if (value === null || typeof value !== 'object') return false;
  for (const key in value) {
    if (key.length > 200 || longKey((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** Every line holds as many [ and { as ] and }: no flow collection runs over lines. */
function flowClosesOnItsLine(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x0a) {
      if (depth !== 0) return false;
    }
  }
  return depth === 0;
}
