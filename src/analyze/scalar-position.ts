// The line and column of a passage inside a YAML string (plain, quoted or block), so that a
// finding about one phrase points at that phrase, not at the start of a long paragraph.
import { isScalar, Scalar } from 'yaml';
import type { PathSegment, Position } from '../model/positions.js';
import type { SourceFile } from '../model/types.js';

/**
 * Where the characters value[start, end) stand in the file, or undefined when the scalar cannot
 * be mapped safely (escape sequences, an alias, a value that differs from the text): the caller
 * then falls back to the position of the whole value.
 */
export function passagePosition(file: SourceFile, path: readonly PathSegment[], value: string, start: number, end: number): Position | undefined {
  const node = file.doc?.getIn(path, true);
  if (!isScalar(node) || node.value !== value || !node.range || end <= start) return undefined;
  const from = contentStart(file.text, node);
  if (from === undefined) return undefined;
  const first = sourceOffset(file.text, from, value, start, node.type === Scalar.QUOTE_SINGLE);
  const last = sourceOffset(file.text, from, value, end - 1, node.type === Scalar.QUOTE_SINGLE);
  if (first === undefined || last === undefined) return undefined;
  const a = file.lineCounter.linePos(first);
  const b = file.lineCounter.linePos(last);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col + 1 };
}

function contentStart(text: string, node: Scalar): number | undefined {
  const start = node.range![0];
  switch (node.type) {
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
 * Walks value and source side by side: equal non-space characters advance both (a doubled ''
 * in single quotes is one '), a whitespace run in the value matches a whitespace run in the
 * source (folding, indentation), extra source whitespace is indentation; anything else (an
 * escape) gives up.
 */
function sourceOffset(source: string, from: number, value: string, target: number, singleQuoted: boolean): number | undefined {
  let v = 0;
  let s = from;
  while (v < value.length && s < source.length) {
    const vc = value[v];
    const sc = source[s];
    if (isSpace(vc)) {
      if (!isSpace(sc)) return undefined;
      const run = v;
      while (v < value.length && isSpace(value[v])) v++;
      // A target inside a whitespace run has no single source place, except the run's start.
      if (target >= run && target < v) return target === run ? s : undefined;
      while (s < source.length && isSpace(source[s])) s++;
      continue;
    }
    if (isSpace(sc)) {
      s++;
      continue;
    }
    if (vc !== sc) return undefined;
    if (v === target) return s;
    s += singleQuoted && vc === "'" && source[s + 1] === "'" ? 2 : 1;
    v++;
  }
  return undefined;
}
