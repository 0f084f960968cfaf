// Maps a path inside a YAML document (keys and indexes) to a line and column, via the
// parsed node ranges and a LineCounter. When the exact node does not exist (a missing
// required field), falls back to the nearest ancestor that does.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { spanRange } from './spans.js';
import type { SourceFile } from './types.js';

import type { PathSegment, Position } from '../core/findings.js';

export interface Located extends Position {
  /** How much of the path was found; shorter than the input when we fell back to an ancestor. */
  depth: number;
}

/**
 * Finds the node at `path`. With `key: true` the position is that of the map key of the
 * last segment (used for "unknown field" errors), otherwise of the value.
 */
export function locate(file: SourceFile, path: readonly PathSegment[], options: { key?: boolean } = {}): Located {
  // A scalar or a key, found without the document when the file has spans (spans.ts).
  const spans = file.spans?.();
  const span = spans && spanRange(spans, path, options.key === true);
  if (span) {
    const start = spans.lineCounter.linePos(span.start);
    const end = spans.lineCounter.linePos(Math.max(span.start, span.end));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col, depth: span.depth };
  }
  const doc = file.doc;
  if (!doc || !doc.contents) return { line: 1, column: 1, depth: 0 };
  let node: unknown = doc.contents;
  let range = rangeOf(node);
  let depth = 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyString(p.key) === String(segment));
      if (!pair) break;
      if (last && options.key) {
        range = rangeOf(pair.key) ?? range;
        depth++;
        break;
      }
      node = pair.value;
      range = rangeOf(pair.value) ?? rangeOf(pair.key) ?? range;
    } else if (isSeq(node) && typeof segment === 'number') {
      const child = node.items[segment];
      if (child === undefined) break;
      node = child;
      range = rangeOf(child) ?? range;
    } else {
      break;
    }
    depth++;
  }
  if (!range) return { line: 1, column: 1, depth };
  const start = file.lineCounter.linePos(range[0]);
  const end = file.lineCounter.linePos(Math.max(range[0], range[1]));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col, depth };
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (typeof key === 'string') return key;
  return undefined;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | null | undefined)?.range;
  if (!range) return undefined;
  return [range[0], range[1]];
}

/** Renders a path for messages: items[3].duties[0] */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}
