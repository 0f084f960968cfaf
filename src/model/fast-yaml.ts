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

const coreNull = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || /^(?:~|[Nn]ull|NULL)?$/.test(data),
  construct: () => null,
});

const coreBool = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(data),
  construct: (data: string) => data[0] === 't' || data[0] === 'T',
});

const coreInt = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && (/^0o[0-7]+$/.test(data) || /^[-+]?[0-9]+$/.test(data) || /^0x[0-9a-fA-F]+$/.test(data)),
  construct: (data: string) =>
    data.startsWith('0o') ? parseInt(data.slice(2), 8) : data.startsWith('0x') ? parseInt(data.slice(2), 16) : parseInt(data, 10),
});

const coreFloat = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) =>
    data !== null &&
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
  if (RISKY.test(text) || NULL_KEY.test(text) || !flowClosesOnItsLine(text)) return NOT_FAST;
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
 * A key of more than 200 characters: `yaml` refuses implicit keys over 1,024 characters of
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
