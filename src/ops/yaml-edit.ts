// Edits YAML files the way a careful person would: only the lines that change are touched, so
// the author's comments, folding, quoting and blank lines stay byte-for-byte as they were.
// (yaml's Document.toString() keeps comments but re-folds every long text, which would turn a
// one-line rename into a diff over the whole file.) The yaml library finds the nodes and their
// source ranges; the change is spliced into the text; the result is parsed again and must hold
// exactly the intended data, or the edit falls back to the Document API (still correct, with
// comments kept) and, failing that, throws before anything is written.
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isPair, isScalar, isSeq, parse, parseDocument, Scalar, stringify, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

export type YamlPath = readonly (string | number)[];

const NEW_NODE_OPTIONS = { lineWidth: 100, minContentWidth: 40 } as const;

export class YamlEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'YamlEditError';
  }
}

/** Replaces the scalar at `path` with a string value (an id), keeping its quoting style. */
export function setScalar(text: string, path: YamlPath, value: string): string {
  const doc = parseStrict(text);
  const expected = updateIn(doc.toJS(), path, () => value);
  const node = doc.getIn(path, true);
  if (isScalar(node) && node.range) {
    const [start, end] = node.range;
    const spliced = text.slice(0, start) + scalarSource(value, node) + text.slice(end);
    if (holds(spliced, expected)) return spliced;
  }
  return viaDocument(text, expected, (d) => d.setIn(path, value));
}

/** Inserts `value` into the sequence at `path` before position `index` (at the end when index ≥ length). */
export function insertIntoSeq(text: string, path: YamlPath, index: number, value: unknown): string {
  const doc = parseStrict(text);
  const seq = doc.getIn(path, true);
  if (!isSeq(seq)) throw new YamlEditError(`not a list: ${path.join('.')}`);
  const at = Math.max(0, Math.min(index, seq.items.length));
  const expected = updateIn(doc.toJS(), path, (list) => {
    const copy = [...(list as unknown[])];
    copy.splice(at, 0, value);
    return copy;
  });
  const spliced = spliceInsert(text, doc, seq, at, value);
  if (spliced !== undefined && holds(spliced, expected)) return spliced;
  return viaDocument(text, expected, (d) => {
    const target = d.getIn(path, true) as YAMLSeq;
    target.items.splice(at, 0, d.createNode(value) as never);
  });
}

/** Removes the entry at `index` from the sequence at `path`, with the comment lines just above it. */
export function removeFromSeq(text: string, path: YamlPath, index: number): string {
  const doc = parseStrict(text);
  const seq = doc.getIn(path, true);
  if (!isSeq(seq) || index < 0 || index >= seq.items.length) throw new YamlEditError(`no entry ${index} in ${path.join('.')}`);
  const expected = updateIn(doc.toJS(), path, (list) => (list as unknown[]).filter((_, i) => i !== index));
  const spliced = spliceRemove(text, doc, seq, index);
  if (spliced !== undefined && holds(spliced, expected)) return spliced;
  return viaDocument(text, expected, (d) => {
    (d.getIn(path, true) as YAMLSeq).items.splice(index, 1);
  });
}

/** Moves the entry at `from` so that it ends up at position `to` (positions in the final list). */
export function moveInSeq(text: string, path: YamlPath, from: number, to: number): string {
  const doc = parseStrict(text);
  const seq = doc.getIn(path, true);
  if (!isSeq(seq) || from < 0 || from >= seq.items.length) throw new YamlEditError(`no entry ${from} in ${path.join('.')}`);
  if (from === to) return text;
  const value = (getIn(doc.toJS(), path) as unknown[])[from];
  const block = entrySource(text, seq, from);
  const removed = removeFromSeq(text, path, from);
  // Re-insert the entry's own source (its comments and formatting) when the list is a block list.
  if (block !== undefined) {
    const doc2 = parseStrict(removed);
    const seq2 = doc2.getIn(path, true);
    if (isSeq(seq2) && !seq2.flow && seq2.items.length > 0) {
      const expected = updateIn(doc2.toJS(), path, (list) => {
        const copy = [...(list as unknown[])];
        copy.splice(to, 0, value);
        return copy;
      });
      const offset = to >= seq2.items.length ? afterEntry(removed, seq2, seq2.items.length - 1) : entryStart(removed, seq2, to);
      const moved = removed.slice(0, offset) + reindent(block.text, block.indent, entryIndent(removed, seq2)) + removed.slice(offset);
      if (holds(moved, expected)) return moved;
    }
  }
  return insertIntoSeq(removed, path, to, value);
}

/** The plain data of a YAML text (for callers that compute paths). */
export function dataOf(text: string): unknown {
  return parseStrict(text).toJS();
}

// ---------------------------------------------------------------------------------------------

function parseStrict(text: string): Document.Parsed {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) throw new YamlEditError(doc.errors[0]!.message.split('\n')[0]!);
  return doc;
}

function holds(text: string, expected: unknown): boolean {
  try {
    const doc = parseDocument(text);
    return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), expected);
  } catch {
    return false;
  }
}

function viaDocument(text: string, expected: unknown, change: (doc: Document.Parsed) => void): string {
  const doc = parseStrict(text);
  change(doc);
  const out = doc.toString({ lineWidth: 0 });
  if (!holds(out, expected)) throw new YamlEditError('the edited file would not read back as intended; nothing was written');
  return out;
}

function getIn(data: unknown, path: YamlPath): unknown {
  let value = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}

function updateIn(data: unknown, path: YamlPath, update: (value: unknown) => unknown): unknown {
  if (path.length === 0) return update(data);
  const [head, ...rest] = path;
  if (Array.isArray(data) && typeof head === 'number') {
    const copy = [...data];
    copy[head] = updateIn(copy[head], rest, update);
    return copy;
  }
  if (data && typeof data === 'object') {
    const copy = { ...(data as Record<string, unknown>) };
    copy[String(head)] = updateIn(copy[String(head)], rest, update);
    return copy;
  }
  throw new YamlEditError(`no such path: ${path.join('.')}`);
}

/** The new scalar's source: same quotes as before, or quotes when a plain scalar would change meaning. */
function scalarSource(value: string, node: Scalar): string {
  if (node.type === Scalar.QUOTE_SINGLE && !value.includes("'")) return `'${value}'`;
  if (node.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  return plainSafe(value) ? value : JSON.stringify(value);
}

function plainSafe(value: string): boolean {
  try {
    return parse(value) === value && !/[\n#:]/.test(value) && value.trim() === value;
  } catch {
    return false;
  }
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

function nodeStart(node: unknown): number | undefined {
  const n = node as Node | null;
  return n && 'range' in n && n.range ? n.range[0] : undefined;
}

function nodeValueEnd(node: unknown): number | undefined {
  const n = node as Node | null;
  return n && 'range' in n && n.range ? n.range[1] : undefined;
}

/** Column of the "- " indicator of a block list's entries. */
function entryIndent(text: string, seq: YAMLSeq): number {
  const first = nodeStart(seq.items[0]);
  if (first === undefined) return 0;
  const start = lineStart(text, first);
  const line = text.slice(start, first);
  const dash = line.indexOf('-');
  return dash < 0 ? 0 : dash;
}

/** Where entry `index` begins: its "- " line, or the comment lines right above it at the same indentation. */
function entryStart(text: string, seq: YAMLSeq, index: number): number {
  const start = nodeStart(seq.items[index]);
  if (start === undefined) throw new YamlEditError('entry without position');
  const indent = entryIndent(text, seq);
  let begin = lineStart(text, start);
  for (;;) {
    if (begin === 0) break;
    const previous = lineStart(text, begin - 1);
    const line = text.slice(previous, begin - 1);
    const trimmed = line.trimStart();
    if (trimmed.startsWith('#') && line.length - trimmed.length === indent) begin = previous;
    else break;
  }
  return begin;
}

/** The offset just after the last line of entry `index`. */
function afterEntry(text: string, seq: YAMLSeq, index: number): number {
  if (index + 1 < seq.items.length) return entryStart(text, seq, index + 1);
  const end = nodeValueEnd(seq.items[index]);
  if (end === undefined) throw new YamlEditError('entry without position');
  // A block scalar's value ends after its last line break already.
  return end > 0 && text[end - 1] === '\n' ? end : lineEnd(text, end);
}

function entrySource(text: string, seq: YAMLSeq, index: number): { text: string; indent: number } | undefined {
  if (seq.flow) return undefined;
  const start = entryStart(text, seq, index);
  const end = afterEntry(text, seq, index);
  let block = text.slice(start, end);
  if (!block.endsWith('\n')) block += '\n';
  return { text: block, indent: entryIndent(text, seq) };
}

function reindent(block: string, from: number, to: number): string {
  if (from === to) return block;
  return block
    .split('\n')
    .map((line) => (line === '' ? line : to > from ? ' '.repeat(to - from) + line : line.slice(Math.min(from - to, line.length - line.trimStart().length))))
    .join('\n');
}

function render(value: unknown, indent: number): string {
  const text = stringify([value], NEW_NODE_OPTIONS);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(indent) + line))
    .join('\n');
}

/** The pair holding `seq` as its value. */
function owningPair(doc: Document.Parsed, seq: YAMLSeq): { pair: Pair } | undefined {
  let found: Pair | undefined;
  const visit = (node: unknown): void => {
    if (found) return;
    if (isMap(node)) {
      for (const pair of (node as YAMLMap).items) {
        if (pair.value === seq) {
          found = pair;
          return;
        }
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of (node as YAMLSeq).items) visit(item);
    } else if (isPair(node)) {
      visit((node as Pair).value);
    }
  };
  visit(doc.contents);
  return found ? { pair: found } : undefined;
}

function spliceInsert(text: string, doc: Document.Parsed, seq: YAMLSeq, at: number, value: unknown): string | undefined {
  if (seq.flow || seq.items.length === 0) {
    // `sections: [a, b]` or `items: []`: write the list again, as a block list under its key.
    const owner = owningPair(doc, seq);
    const keyStart = nodeStart(owner?.pair.key);
    const range = seq.range;
    if (!owner || keyStart === undefined || !range) return undefined;
    const keyColumn = keyStart - lineStart(text, keyStart);
    const list = [...(seq.toJSON() as unknown[])];
    list.splice(at, 0, value);
    const block = list.map((entry) => render(entry, keyColumn + 2)).join('');
    const end = lineEnd(text, range[1]);
    const rest = text.slice(range[1], end);
    // Only a trailing comment may follow the list on its line; keep it on the key's line.
    if (!/^\s*(#.*)?\n?$/.test(rest)) return undefined;
    const comment = rest.trim() === '' ? '' : ` ${rest.trim()}`;
    const colon = text.lastIndexOf(':', range[0]);
    if (colon < keyStart) return undefined;
    return `${text.slice(0, colon + 1)}${comment}\n${block}${text.slice(end)}`;
  }
  const indent = entryIndent(text, seq);
  const offset = at >= seq.items.length ? afterEntry(text, seq, seq.items.length - 1) : entryStart(text, seq, at);
  const before = text.slice(0, offset);
  return (before === '' || before.endsWith('\n') ? before : `${before}\n`) + render(value, indent) + text.slice(offset);
}

function flowText(list: unknown[]): string {
  const doc = new Document(list);
  (doc.contents as YAMLSeq).flow = true;
  return doc.toString({ lineWidth: 0 }).trim();
}

function spliceRemove(text: string, doc: Document.Parsed, seq: YAMLSeq, index: number): string | undefined {
  if (seq.flow) {
    const range = seq.range;
    if (!range) return undefined;
    const list = (seq.toJSON() as unknown[]).filter((_, i) => i !== index);
    const flow = list.length === 0 ? '[]' : flowText(list);
    return text.slice(0, range[0]) + flow + text.slice(range[1]);
  }
  const start = entryStart(text, seq, index);
  const end = afterEntry(text, seq, index);
  if (seq.items.length > 1) return text.slice(0, start) + text.slice(end);
  // The last entry: the list becomes `[]` on its key's line.
  const owner = owningPair(doc, seq);
  const keyEnd = nodeValueEnd(owner?.pair.key);
  if (keyEnd === undefined) return undefined;
  const colon = text.indexOf(':', keyEnd);
  if (colon < 0 || colon >= start) return undefined;
  return `${text.slice(0, colon + 1)} []\n${text.slice(end)}`;
}
