// The differential test of the positions read without `yaml`'s document (src/model/spans.ts):
// for every file of the bad-input corpus, of generated guidelines, of the shipped guideline and
// of YAML edge cases, every scalar and key the spans map must stand where `yaml`'s document puts
// it (range start and end, scalar style, line starts), every path `locate` and `passagePositions`
// are asked must give the same position both ways, and what the spans cannot map must be left
// to `yaml` (never a guess). The spans must map most files of a generated guideline.
import { readdir, rm, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { generateGuideline } from '../../bench/generate.js';
import type { Finding } from '../../src/core/findings.js';
import { passagePositions } from '../../src/analyze/scalar-position.js';
import { locate } from '../../src/model/positions.js';
import { readSource } from '../../src/model/source.js';
import { buildSpans, scalarAt, spanRange, type Spans } from '../../src/model/spans.js';
import type { SourceFile } from '../../src/model/types.js';
import { cases } from '../helpers/bad-input-cases.js';
import { cleanupGuidelines, writeGuideline } from '../helpers/fixture.js';

afterAll(cleanupGuidelines);

const temporary: string[] = [];
afterAll(async () => {
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

async function yamlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await yamlFiles(path)));
    else if (e.name.endsWith('.yaml')) out.push(path);
  }
  return out.sort();
}

type Path = (string | number)[];

/** Every path of the data, and around each: a missing key, an index past the end, a step below a scalar, "0" for 0. */
function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((v, i) => paths(v, [...prefix, i], out));
    out.push([...prefix, value.length], [...prefix, 'x'], [...prefix, '0']);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
    out.push([...prefix, 'no_such_key'], [...prefix, 0]);
  } else {
    out.push([...prefix, 'x'], [...prefix, 0]);
  }
  return out;
}

/** `yaml`'s node at a path as locate walks it (no fallback to an ancestor: undefined then). */
function nodeAt(root: unknown, path: Path): { node: Node; key?: Node } | undefined {
  let node = root as Node;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return undefined;
      if (i === path.length - 1) return { node: pair.value as Node, key: pair.key as Node };
      node = pair.value as Node;
    } else if (isSeq(node) && typeof segment === 'number') {
      const child = node.items[segment];
      if (child === undefined) return undefined;
      node = child as Node;
    } else {
      return undefined;
    }
  }
  return { node };
}

interface Stats {
  files: number;
  mapped: number;
  scalars: number;
}

/** Compares the spans of one text with `yaml`'s document; returns whether spans were made. */
function compareSpans(name: string, slow: SourceFile, stats: Stats): Spans | undefined {
  stats.files++;
  if (slow.data === undefined || !slow.doc || slow.doc.errors.length > 0) return undefined;
  const spans = buildSpans(slow.text, slow.data);
  if (!spans) return undefined;
  stats.mapped++;
  expect(spans.lineCounter.lineStarts, `${name}: line starts`).toEqual(slow.lineCounter.lineStarts);
  for (const p of paths(slow.data)) {
    const where = `${name} at ${p.join('.')}`;
    for (const key of [false, true]) {
      const span = spanRange(spans, p, key);
      if (span) {
        // The spans name a scalar or a key: the same one `yaml` reaches, with the same range.
        expect(locate(slow, p, { key }), `${where} (key ${key})`).toMatchObject({ depth: span.depth });
        const at = nodeAt(slow.doc.contents, p.slice(0, span.depth));
        const target = (key && span.depth === p.length ? at?.key : undefined) ?? at?.node;
        expect(target?.range?.slice(0, 2), `${where} (key ${key})`).toEqual([span.start, span.end]);
        stats.scalars++;
      }
    }
    const scalar = scalarAt(spans, p);
    const node = slow.doc.getIn(p, true);
    if (scalar === null) expect(isScalar(node), `${where}: getIn`).toBe(false);
    else if (scalar) {
      expect(isScalar(node), `${where}: getIn`).toBe(true);
      expect([scalar.start, scalar.style], `${where}: getIn`).toEqual([(node as Node).range![0], (node as { type?: string }).type]);
    }
  }
  return spans;
}

/** The file read as validate reads it (spans when it can) against `yaml`'s document. */
function compareLookups(name: string, fast: SourceFile, slow: SourceFile): void {
  if (slow.data === undefined) return;
  for (const p of paths(slow.data)) {
    expect(locate(fast, p), `${name} at ${p.join('.')}`).toEqual(locate(slow, p));
    expect(locate(fast, p, { key: true }), `${name} at ${p.join('.')} (key)`).toEqual(locate(slow, p, { key: true }));
  }
  for (const p of paths(slow.data)) {
    const value = slow.doc?.getIn(p);
    if (typeof value !== 'string' || value.length === 0) continue;
    // A passage at the start, one in the middle, one at the end and one of the whole value.
    const n = value.length;
    const passages = [{ start: 0, end: Math.min(3, n) }, { start: n >> 1, end: Math.min(n, (n >> 1) + 5) }, { start: Math.max(0, n - 4), end: n }, { start: 0, end: n }];
    expect(passagePositions(fast, p, value, passages), `${name} at ${p.join('.')}: passages`).toEqual(passagePositions(slow, p, value, passages));
    expect(passagePositions(fast, p, `${value}!`, passages), `${name} at ${p.join('.')}: another value`).toEqual(passagePositions(slow, p, `${value}!`, passages));
  }
}

async function compareFile(name: string, root: string, path: string, stats: Stats): Promise<boolean> {
  const findings: Finding[] = [];
  const slow = await readSource(root, path, findings, undefined, { fast: false });
  const mapped = compareSpans(name, slow, stats) !== undefined;
  for (const options of [{}, { fast: false, keepDocument: false }]) {
    const fast = await readSource(root, path, [], undefined, options);
    compareLookups(name, fast, slow);
  }
  return mapped;
}

describe('positions from spans agree with yaml', () => {
  it('on every file of the bad-input corpus', async () => {
    const stats: Stats = { files: 0, mapped: 0, scalars: 0 };
    for (const c of cases) {
      if (!c.files) continue;
      const root = await writeGuideline(c.files);
      await c.prepare?.(root);
      for (const path of await yamlFiles(root)) await compareFile(`${c.name}: ${relative(root, path)}`, root, path, stats);
    }
    expect(stats.files).toBeGreaterThan(20);
    expect(stats.mapped).toBeGreaterThan(10);
  });

  it('on the shipped guideline', async () => {
    const stats: Stats = { files: 0, mapped: 0, scalars: 0 };
    const root = join(import.meta.dirname, '../../guideline');
    for (const path of await yamlFiles(root)) await compareFile(relative(root, path), root, path, stats);
    expect(stats.files).toBeGreaterThan(10);
    expect(stats.mapped / stats.files).toBeGreaterThan(0.5);
  });

  it('on generated guidelines (and the spans map most of their files)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pedoman-spans-'));
    temporary.push(root);
    const stats: Stats = { files: 0, mapped: 0, scalars: 0 };
    for (const [seed, commentsPerItem] of [[1, 2], [20260707, 1], [7, 0]] as const) {
      const dir = join(root, `g${seed}`);
      await generateGuideline(dir, { items: 40, commentsPerItem, seed });
      for (const path of await yamlFiles(dir)) await compareFile(relative(root, path), dir, path, stats);
    }
    expect(stats.files).toBeGreaterThan(50);
    expect(stats.mapped / stats.files).toBeGreaterThan(0.9);
    expect(stats.scalars).toBeGreaterThan(1000);
  });

  const edge: Record<string, string> = {
    'plain scalars with comments': 'a: b   # c\nd: e\nf: g#h\n',
    'a nested map with trailing comments': 'a:\n  b: 1\n  # com\n\nc: 2\n',
    'a sequence and block scalars': 'a:\n  - x\n  - y # c\n\n# top\nz: |\n  lit\n\n\nw: >-\n  f\n  g\n\n',
    'multi-line plain and quoted, empty values': 'a: one\n  two   \n  three  \nb: "q\n  r"  \nc:\nd:   # c\ne: x',
    'empty values with spaces': 'a:   \nb: 1\nc:',
    'block scalars with trailing lines': 'a: |\n  x\n\n  \n    \n# c\nb: |-\n  y\n\n\nc: |+\n  z\n\n\nd: >\n  w\n     \n',
    'a block scalar at the end': 'a: |\n  x\n\n',
    'a block scalar at the end without a newline': 'a: >-\n  x\n  y',
    'a block scalar with comment-like lines': 'a: |\n  x\n  # not\n # is\nb: 1',
    'a block scalar header with a comment': 'a: |  # note\n  x\nb: >+ # c\n  y\n\n',
    'a block scalar more indented inside': 'a: >\n  x\n    indented\n  y\n\n   \nb: 1\n',
    'a block scalar with an indentation indicator': 'a: |2\n    x\nb: 1\n',
    'a sequence of block scalars': 'l:\n  - >-\n    one\n    two\n  - |\n    three\n\n  - x\n',
    'a sequence under a key at the same indent': 'l:\n- x\n- one\n  two\n\n  three\n  # c\n- - n\nm: 1',
    'compact maps in a sequence': '- id: a\n  t: b\n-   id: c\n    t: d\n-\n  e: f\n- \n- g',
    'a plain scalar over lines with a comment': 'a: x\n  y # c\nb: "x\n y\n\n  z"',
    'plain scalars in sequences over lines': 'l:\n  - one\n    two\n  - three\n   four\n  - five\n  six: 7\n',
    'quoted scalars': "a: 'it''s'\nb: \"say \\\"hi\\\"\"\nc: 'x' # c\nd: \"\\\\\"\n",
    'a quoted key': '"a": 1\nb: 2\n',
    'flow collections': 'a: [x, y]\nb: {c: 1}\nc: ["1", "2"] # c\nd: []\n',
    'a flow collection with quotes': "a: ['x]', \"y}\"]\nb: 1\n",
    'keys that are not strings': 'true: a\nnull: b\n1: c\n',
    'hyphenated and underscored keys': 'term-spelling: warning\nopen_questions:\n  - why\n_x: 1\n',
    'numbers and booleans': 'a: 1\nb: -2\nc: true\nd: 1.5\ne: -x\n',
    'an anchor and an alias': 'a: &x 1\nb: *x\n',
    'a tag': 'a: !!str 1\n',
    'a root sequence': '- a\n- b: c\n  d: e\n',
    'a scalar on the line after its key': 'a:\n  text here\nb: 1\n',
    'a map indented at the root': '  a: 1\n  b: 2\n',
    'comment lines everywhere': '# head\na: 1\n# mid\n\n  # indented\nb:\n  # before\n  c: 2\n# tail\n',
    'a value with a colon': 'a: http://x.y/z\nb: 10:30\nc: x:y\n',
    'a dash-led plain': 'a: - x\n',
    'unicode': 'judul: "Pemasyarakatan — peran serta"\nemoji: 🙂\nteks: >-\n  Kata é dan ü\n',
    'a key with spaces': 'a b: 1\n',
    'sequences under keys at the same indent': 'l:\n- x\n- y: 1\n  z:\n  - w\n  v: 2\nm:\n- |\n  lit\n# c\nn: 1\n',
    'an indented comment after a plain scalar': 'a: x\n  # c\nb: y\n  z\n    # d\nl:\n  - p\n    # e\n  - q\n',
    'continuation lines indented by one': 'a: one\n two\nl:\n  - three\n   four\nb: |\n x\n y\nc: "q\n r"\n',
    'a long document of items': `items:\n${Array.from({ length: 30 }, (_, i) => `  - id: item-${i}\n    text: >-\n      Line ${i} one\n      line two\n    notes:\n      - plain ${i}\n        more\n      - "quoted ${i}"\n`).join('')}`,
  };

  it('on edge cases of YAML, mapping the block style and leaving the rest to yaml', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pedoman-spans-edge-'));
    temporary.push(root);
    const stats: Stats = { files: 0, mapped: 0, scalars: 0 };
    const mapped: string[] = [];
    for (const [name, text] of Object.entries(edge)) {
      const path = join(root, `${name.replace(/[^a-z0-9]+/gi, '-')}.yaml`);
      await writeFile(path, text);
      if (await compareFile(name, root, path, stats)) mapped.push(name);
    }
    // The cases the spans must map themselves (else the comparison says nothing about them)…
    expect(mapped).toEqual(expect.arrayContaining([
      'plain scalars with comments', 'a nested map with trailing comments', 'a sequence and block scalars',
      'multi-line plain and quoted, empty values', 'block scalars with trailing lines', 'a block scalar at the end',
      'a sequence of block scalars', 'compact maps in a sequence', 'quoted scalars', 'flow collections',
      'hyphenated and underscored keys', 'comment lines everywhere', 'a long document of items', 'unicode',
      'an indented comment after a plain scalar', 'continuation lines indented by one', 'sequences under keys at the same indent',
    ]));
    // …and the ones they must leave to yaml.
    for (const name of ['a quoted key', 'keys that are not strings', 'an anchor and an alias', 'a tag', 'a block scalar with an indentation indicator', 'a scalar on the line after its key', 'a key with spaces']) {
      expect(mapped, name).not.toContain(name);
    }
  });

  it('answers only where the spans on the path match the data', () => {
    const lookups = (text: string, data: unknown) => {
      const spans = buildSpans(text, data)!;
      return [spanRange(spans, ['b'], false), spanRange(spans, ['b'], true), spanRange(spans, ['l', 0], false), scalarAt(spans, ['b']), scalarAt(spans, ['l', 0])];
    };
    expect(lookups('b: 1\nl:\n  - x\n', { b: 1, l: ['x'] })).toEqual([
      { start: 3, end: 4, depth: 1 }, { start: 0, end: 1, depth: 1 }, { start: 12, end: 13, depth: 2 },
      { start: 3, end: 4, style: 'PLAIN', value: 1 }, { start: 12, end: 13, style: 'PLAIN', value: 'x' },
    ]);
    expect(lookups('b: 1\nl:\n  - x\n', { b: 1 })).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(lookups('b: 1\nl:\n  - x\n', { l: ['x'], b: 1 })).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(lookups('b: 1\nl:\n  - x\n', { b: 1, l: ['x', 'y'] })).toEqual([
      { start: 3, end: 4, depth: 1 }, { start: 0, end: 1, depth: 1 }, undefined, { start: 3, end: 4, style: 'PLAIN', value: 1 }, undefined,
    ]);
    expect(lookups('b: 1\nl:\n  - x\n', { b: { c: 1 }, l: [['x']] })).toEqual([undefined, { start: 0, end: 1, depth: 1 }, undefined, undefined, undefined]);
  });
});
