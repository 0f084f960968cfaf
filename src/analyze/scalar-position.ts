// The line and column of a passage inside a YAML string (plain, quoted or block), so that a
// finding about one phrase points at that phrase, not at the start of a long paragraph.
import { isScalar, Scalar, type LineCounter } from 'yaml';
import { scalarAt } from '../model/spans.js';
import type { SourceFile } from '../model/types.js';
import { type PathSegment, type Position } from '../core/findings.js';

/** Characters value[start, end) of a scalar's value. */
export interface Passage {
  start: number;
  end: number;
}

/**
 * Where the characters value[start, end) stand in the file, or undefined when the scalar cannot
 * be mapped safely (escape sequences, an alias, a value that differs from the text): the caller
 * then falls back to the position of the whole value.
 */
export function passagePosition(file: SourceFile, path: readonly PathSegment[], value: string, start: number, end: number): Position | undefined {
  return passagePositions(file, path, value, [{ start, end }])[0];
}

/**
 * The positions of several passages of one scalar, in one walk over its text (a long paragraph
 * with many matches is read once); undefined for each passage that cannot be mapped safely.
 */
export function passagePositions(file: SourceFile, path: readonly PathSegment[], value: string, passages: readonly Passage[]): (Position | undefined)[] {
  const none = passages.map(() => undefined);
  const scalar = findScalar(file, path, value);
  if (!scalar) return none;
  const { start, type, lineCounter } = scalar;
  const from = contentStart(file.text, start, type);
  if (from === undefined) return none;
  const wanted = new Set<number>();
  for (const p of passages) {
    if (p.end <= p.start) continue;
    wanted.add(p.start);
    wanted.add(p.end - 1);
  }
  const offsets = sourceOffsets(file.text, from, value, wanted, type === Scalar.QUOTE_SINGLE);
  return passages.map((p) => {
    const first = offsets.get(p.start);
    const last = offsets.get(p.end - 1);
    if (p.end <= p.start || first === undefined || last === undefined) return undefined;
    const a = lineCounter.linePos(first);
    const b = lineCounter.linePos(last);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col + 1 };
  });
}

/**
 * The scalar at `path` whose value is `value`: where it starts, its style and the line index,
 * from the file's spans when they can tell (spans.ts), else from `yaml`'s document.
 */
function findScalar(file: SourceFile, path: readonly PathSegment[], value: string): { start: number; type: string | undefined; lineCounter: LineCounter } | undefined {
  const spans = file.spans?.();
  const span = spans && scalarAt(spans, path);
  if (span === null) return undefined;
  if (span) return span.value === value ? { start: span.start, type: span.style, lineCounter: spans!.lineCounter } : undefined;
  const node = file.doc?.getIn(path, true);
  if (!isScalar(node) || node.value !== value || !node.range) return undefined;
  return { start: node.range[0], type: node.type, lineCounter: file.lineCounter };
}

function contentStart(text: string, start: number, type: string | undefined): number | undefined {
  switch (type) {
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED: {
      const newline = text.indexOf('\n', start);
      return newline < 0 ? undefined : newline + 1;
    }
    case Scalar.QUOTE_SINGLE:
    case Scalar.QUOTE_DOUBLE:
      return start + 1;
    case Scalar.PLAIN:
      return start;
    default:
      return undefined;
  }
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Maps the wanted value offsets to source offsets, walking value and source side by side:
 * equal non-space characters advance both (a doubled '' in single quotes is one '), a
 * whitespace run in the value matches a whitespace run in the source (folding, indentation),
 * extra source whitespace is indentation; anything else (an escape) stops the walk, leaving
 * the offsets after it unmapped. An offset inside a whitespace run maps only at the run's start.
 */
function sourceOffsets(source: string, from: number, value: string, wanted: ReadonlySet<number>, singleQuoted: boolean): Map<number, number> {
  const out = new Map<number, number>();
  let settled = 0; // wanted offsets mapped or known to have no place
  let v = 0;
  let s = from;
  while (settled < wanted.size && v < value.length && s < source.length) {
    const vc = value[v];
    const sc = source[s];
    if (isSpace(vc)) {
      if (!isSpace(sc)) break;
      const run = v;
      while (v < value.length && isSpace(value[v])) v++;
      for (let k = run; k < v; k++) {
        if (!wanted.has(k)) continue;
        settled++;
        if (k === run) out.set(k, s);
      }
      while (s < source.length && isSpace(source[s])) s++;
      continue;
    }
    if (isSpace(sc)) {
      s++;
      continue;
    }
    if (vc !== sc) break;
    if (wanted.has(v)) {
      out.set(v, s);
      settled++;
    }
    s += singleQuoted && vc === "'" && source[s + 1] === "'" ? 2 : 1;
    v++;
  }
  return out;
}
