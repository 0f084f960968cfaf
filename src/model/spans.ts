// Where the scalars and keys of a YAML file stand, without `yaml`'s document: a line scanner
// for the block style pedoman's files are written in (maps of plain keys, sequences, plain,
// quoted and block scalars, one-line flow collections), which gives each scalar and key the
// range `yaml` gives it (its lexer's rules for where a plain, quoted or block scalar ends are
// copied from yaml/dist/parse/lexer.js). Parsing a file again with `yaml` only for the positions
// of its findings cost ~400 ms on a 2,000-item guideline; this reads a file in a fraction of that.
//
// It answers only where it is certain, and positions.ts and scalar-position.ts ask `yaml` for
// everything else: a text with anything outside that style (tabs, CR, anchors, tags, aliases,
// directives, quoted or non-string keys, indentation indicators, a scalar on the line after its
// key, …) gets no spans at all; a flow collection is opaque (nothing inside it is mapped); and the
// position of a map or a sequence (its end depends on trailing comments) is always `yaml`'s.
// The structure read is checked against the file's data (the same keys in the same order, the
// same sequence lengths), and test/model/spans.test.ts compares every position with `yaml`'s.
import { LineCounter } from 'yaml';
import type { PathSegment } from '../core/findings.js';

export const enum SpanKind {
  Scalar,
  Map,
  Seq,
  /** A flow collection: nothing inside it is mapped. */
  Opaque,
}

/** `yaml`'s Scalar.type names. */
export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

export type Span =
  | { kind: SpanKind.Scalar; start: number; end: number; style: ScalarStyle }
  | { kind: SpanKind.Map; keys: Map<string, { start: number; end: number; value: Span }> }
  | { kind: SpanKind.Seq; items: Span[] }
  | { kind: SpanKind.Opaque };

export interface Spans {
  root: Span;
  /** The file's data, to check the structure against on the way down a path. */
  data: unknown;
  /** Line starts as `yaml`'s LineCounter records them (every character after a \n, and 0). */
  lineCounter: LineCounter;
}

/** Thrown inside the scanner when the text is not one it reads with certainty. */
class Unsure extends Error {}
const unsure = (): never => {
  throw new Unsure();
};

const KEY = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** Keys the core schema reads as something other than a string (getIn would not find them by name). */
const NOT_STRING_KEY = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
/** First characters of a value that start something other than a plain scalar, or an error. */
const INDICATOR = new Set(['&', '*', '!', '%', '@', '`', '?', ',', ']', '}', ':', '#', '|', '>', "'", '"', '[', '{', '-']);

/**
 * The spans of `text`, or undefined when the text is not one this scanner reads with certainty.
 * `data` is the file's data as read by js-yaml or `yaml`: a lookup answers only where the spans
 * on its path match it (same keys in the same order, same sequence lengths).
 */
export function buildSpans(text: string, data: unknown): Spans | undefined {
  if (/[\t\r]|^(?:%|---|\.\.\.)/m.test(text)) return undefined;
  let root: Span;
  try {
    root = new Scanner(text).document();
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) lineCounter.addNewLine(nl + 1);
  return { root, data, lineCounter };
}

/** The span holds what the data holds at this level: the same keys in the same order, as many items, a scalar. */
function matches(span: Span, data: unknown): boolean {
  switch (span.kind) {
    case SpanKind.Scalar:
      return data === null || typeof data !== 'object';
    case SpanKind.Opaque:
      return true;
    case SpanKind.Seq:
      return Array.isArray(data) && data.length === span.items.length;
    case SpanKind.Map: {
      if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
      const keys = Object.keys(data);
      if (keys.length !== span.keys.size) return false;
      let i = 0;
      for (const key of span.keys.keys()) if (keys[i++] !== key) return false;
      return true;
    }
  }
}

/**
 * The scalar or key a path ends at, as `locate` walks it (a missing segment stops the walk at
 * the node reached): its range, or undefined when the walk ends at a map, a sequence or
 * inside a flow collection (the caller asks `yaml`).
 */
export function spanRange(spans: Spans, path: readonly PathSegment[], key: boolean): { start: number; end: number; depth: number } | undefined {
  let node = spans.root;
  let data = spans.data;
  let depth = 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (!matches(node, data)) return undefined;
    if (node.kind === SpanKind.Map) {
      const entry = node.keys.get(String(segment));
      if (!entry) break;
      if (key && i === path.length - 1) return { start: entry.start, end: entry.end, depth: depth + 1 };
      node = entry.value;
      data = (data as Record<string, unknown>)[String(segment)];
    } else if (node.kind === SpanKind.Seq && typeof segment === 'number') {
      const child = node.items[segment];
      if (child === undefined) break;
      node = child;
      data = (data as unknown[])[segment];
    } else {
      break;
    }
    depth++;
  }
  return node.kind === SpanKind.Scalar && matches(node, data) ? { start: node.start, end: node.end, depth } : undefined;
}

/**
 * The scalar at `path` as `doc.getIn(path, true)` finds it: the scalar's span and its value
 * in the data, null when there is none there, undefined when only `yaml` can tell.
 */
export function scalarAt(spans: Spans, path: readonly PathSegment[]): { start: number; end: number; style: ScalarStyle; value: unknown } | null | undefined {
  let node = spans.root;
  let data = spans.data;
  for (const segment of path) {
    if (!matches(node, data)) return undefined;
    if (node.kind === SpanKind.Map && typeof segment === 'string') {
      const entry = node.keys.get(segment);
      if (!entry) return null;
      node = entry.value;
      data = (data as Record<string, unknown>)[segment];
    } else if (node.kind === SpanKind.Seq && typeof segment === 'number') {
      const child = Number.isInteger(segment) && segment >= 0 ? node.items[segment] : undefined;
      if (child === undefined) return null;
      node = child;
      data = (data as unknown[])[segment];
    } else if (node.kind === SpanKind.Scalar) {
      return null;
    } else {
      return undefined; // a flow collection, or a segment getIn reads its own way ("3" in a sequence)
    }
  }
  if (!matches(node, data)) return undefined;
  return node.kind === SpanKind.Scalar ? { start: node.start, end: node.end, style: node.style, value: data } : node.kind === SpanKind.Opaque ? undefined : null;
}

const isEmpty = (ch: string | undefined) => ch === undefined || ch === ' ' || ch === '\n';
/** Where a plain scalar stops on its line: a comment, or a `:` indicator. */
const PLAIN_STOP = / #|:(?=[ \n]|$)/g;

class Scanner {
  constructor(private readonly text: string) {}

  document(): Span {
    const first = this.nextContent(0);
    if (first === -1 || this.indent !== 0) unsure();
    const [root, next] = this.block(first, 0, -1);
    if (this.nextContent(next) !== -1) unsure();
    return root;
  }

  /** The indentation of the line nextContent last found. */
  private indent = 0;

  /** The first character of the next line with content at or after the line start `p`, or -1 (its indentation in `indent`). */
  private nextContent(p: number): number {
    const text = this.text;
    while (p < text.length) {
      let i = p;
      while (text[i] === ' ') i++;
      if (i < text.length && text[i] !== '\n' && text[i] !== '#') {
        this.indent = i - p;
        return i;
      }
      const nl = text.indexOf('\n', i);
      if (nl === -1) return -1;
      p = nl + 1;
    }
    return -1;
  }

  /** The line start after the one holding `p`. */
  private nextLine(p: number): number {
    const nl = this.text.indexOf('\n', p);
    return nl === -1 ? this.text.length : nl + 1;
  }

  private isSeqItem(p: number): boolean {
    return this.text[p] === '-' && isEmpty(this.text[p + 1]);
  }

  private keyAt(p: number): string | undefined {
    KEY.lastIndex = p;
    const match = KEY.exec(this.text);
    if (!match || this.text[p + match[0].length] !== ':' || !isEmpty(this.text[p + match[0].length + 1])) return undefined;
    return match[0];
  }

  /** A block map or sequence starting at content position `p` of `column`; returns it and the line start after it. */
  private block(p: number, column: number, parent: number): [Span, number] {
    if (column <= parent) unsure();
    if (this.isSeqItem(p)) return this.seq(p, column);
    if (this.keyAt(p) !== undefined) return this.map(p, column);
    return unsure();
  }

  private seq(p: number, column: number): [Span, number] {
    const items: Span[] = [];
    let next: number;
    for (;;) {
      const [item, after] = this.value(p + 1, column, true);
      items.push(item);
      next = after;
      const q = this.nextContent(next);
      if (q === -1) break;
      const indent = this.indent;
      if (indent < column) break;
      if (indent > column) unsure();
      if (!this.isSeqItem(q)) break; // a key of the map this sequence is the value of (`a:\n- x\nb: 1`)
      p = q;
    }
    return [{ kind: SpanKind.Seq, items }, next];
  }

  private map(p: number, column: number): [Span, number] {
    const keys = new Map<string, { start: number; end: number; value: Span }>();
    let next: number;
    for (;;) {
      const key = this.keyAt(p);
      if (key === undefined || NOT_STRING_KEY.test(key) || keys.has(key)) unsure();
      const [value, after] = this.value(p + key!.length + 1, column, false);
      keys.set(key!, { start: p, end: p + key!.length, value });
      next = after;
      const q = this.nextContent(next);
      if (q === -1) break;
      const indent = this.indent;
      if (indent < column) break;
      if (indent > column) unsure();
      p = q;
    }
    return [{ kind: SpanKind.Map, keys }, next];
  }

  /**
   * The value after a key's `:` or an item's `-` at `p`; `column` is the key's or the dash's
   * (a scalar's further lines must be indented more). Returns it and the line start after it.
   */
  private value(p: number, column: number, inSeq: boolean): [Span, number] {
    const text = this.text;
    let r = p;
    while (text[r] === ' ') r++;
    const ch = text[r];
    if (ch === undefined || ch === '\n' || (ch === '#' && r > p)) {
      const after = this.nextLine(r);
      const q = this.nextContent(after);
      if (q !== -1) {
        const indent = this.indent;
        if (indent > column) return this.block(q, indent, column);
        if (indent === column && !inSeq && this.isSeqItem(q)) return this.seq(q, column);
      }
      return [{ kind: SpanKind.Scalar, start: r, end: r, style: 'PLAIN' }, after];
    }
    if (inSeq && this.keyAt(r) !== undefined) return this.map(r, column + r - (p - 1)); // a map after `- ` (the dash at p - 1)
    if (ch === '|' || ch === '>') return this.blockScalar(r, column);
    if (ch === '"' || ch === "'") return this.quoted(r, column);
    if (ch === '[' || ch === '{') return [{ kind: SpanKind.Opaque }, this.flowEnd(r)];
    if (INDICATOR.has(ch) && !(ch === '-' && !isEmpty(text[r + 1]))) unsure();
    return this.plain(r, column);
  }

  /** The rest of the line from `p` is blank or a comment after a space; returns the next line start. */
  private lineEnd(p: number): number {
    const text = this.text;
    let i = p;
    while (text[i] === ' ') i++;
    if (i < text.length && text[i] !== '\n' && !(text[i] === '#' && i > p)) unsure();
    return this.nextLine(i);
  }

  /** yaml's continueScalar for a scalar whose lines must be indented at least `indentNext` (> 0). */
  private continueScalar(offset: number, indentNext: number): number {
    const text = this.text;
    let indent = 0;
    let ch = text[offset];
    while (ch === ' ') ch = text[++indent + offset];
    return ch === '\n' || indent >= indentNext ? offset + indent : -1;
  }

  /**
   * yaml's parsePlainScalar (outside flow collections), a line at a time: the scalar ends at a
   * ` #` comment, at a line its continueScalar refuses, or (unsure here) at a `: ` indicator.
   */
  private plain(start: number, column: number): [Span, number] {
    const text = this.text;
    let end = start; // after the last character of content so far
    let from = start;
    for (;;) {
      const nl = text.indexOf('\n', from);
      const stop = nl === -1 ? text.length : nl;
      PLAIN_STOP.lastIndex = from;
      const found = PLAIN_STOP.exec(text);
      const at = found && found.index < stop ? found.index : stop;
      if (found && at === found.index && text[at] === ':') unsure(); // a key where a value should be
      let last = at;
      while (last > from && text[last - 1] === ' ') last--;
      if (last > from) end = last;
      if (at < stop || nl === -1) return [{ kind: SpanKind.Scalar, start, end, style: 'PLAIN' }, this.nextLine(at)];
      const cs = this.continueScalar(nl + 1, column + 1);
      if (cs === -1 || text[cs] === '#') return [{ kind: SpanKind.Scalar, start, end, style: 'PLAIN' }, nl + 1];
      from = cs;
    }
  }

  /** yaml's parseQuotedScalar. */
  private quoted(start: number, column: number): [Span, number] {
    const text = this.text;
    const quote = text[start]!;
    let end = text.indexOf(quote, start + 1);
    if (quote === "'") {
      while (end !== -1 && text[end + 1] === "'") end = text.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (text[end - 1 - n] === '\\') n += 1;
        if (n % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
    }
    if (end === -1) unsure();
    for (let nl = text.indexOf('\n', start); nl !== -1 && nl < end; nl = text.indexOf('\n', nl + 1)) {
      if (this.continueScalar(nl + 1, column + 1) === -1) unsure(); // an unindented line: an error
    }
    return [{ kind: SpanKind.Scalar, start, end: end + 1, style: quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE' }, this.lineEnd(end + 1)];
  }

  /** yaml's parseBlockScalarHeader and parseBlockScalar, without indentation indicators. */
  private blockScalar(start: number, column: number): [Span, number] {
    const text = this.text;
    let keep = false;
    let h = start + 1;
    for (;; h++) {
      const c = text[h];
      if (c === '+') keep = true;
      else if (c !== '-') break;
    }
    if (!isEmpty(text[h])) unsure(); // an indentation indicator, or something else after the header
    const pos = this.lineEnd(h);
    if (pos >= text.length) unsure();
    let indentNext = column + 1;
    let nl = pos - 1;
    let indent = 0;
    let i = pos;
    for (let ch = text[i]; ch === ' ' || ch === '\n'; ch = text[++i]) {
      if (ch === ' ') indent += 1;
      else {
        nl = i;
        indent = 0;
      }
    }
    if (i >= text.length || indent < indentNext) unsure(); // no content line: an empty block scalar
    indentNext = indent;
    do {
      const cs = this.continueScalar(nl + 1, indentNext);
      if (cs === -1) break;
      nl = text.indexOf('\n', cs);
    } while (nl !== -1);
    if (nl === -1) nl = text.length;
    if (!keep) {
      for (;;) {
        let j = nl - 1;
        const lastChar = j;
        let ch = text[j];
        while (ch === ' ') ch = text[--j];
        if (ch === '\n' && j >= pos && j + 1 + indent > lastChar) nl = j;
        else break;
      }
    }
    const end = Math.min(nl + 1, text.length);
    return [{ kind: SpanKind.Scalar, start, end, style: text[start] === '|' ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED' }, end];
  }

  /** The line start after a flow collection that closes on the line it opens on (else unsure). */
  private flowEnd(start: number): number {
    const text = this.text;
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') break;
      if (c === '"' || c === "'") {
        let j = i + 1;
        for (; j < text.length && text[j] !== '\n'; j++) {
          if (c === '"' && text[j] === '\\') j++;
          else if (text[j] === c) {
            if (c === "'" && text[j + 1] === "'") j++;
            else break;
          }
        }
        if (text[j] !== c) unsure();
        i = j;
      } else if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') {
        depth--;
        if (depth === 0) return this.lineEnd(i + 1);
      } else if (c === '#' && text[i - 1] === ' ') break;
    }
    return unsure();
  }
}
