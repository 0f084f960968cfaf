// The differential test of the two YAML parse paths (src/model/fast-yaml.ts): every file of the
// bad-input corpus, of hand-made edge cases and of generated guidelines is read with the fast
// path (js-yaml, positions from `yaml` on demand) and with `yaml` alone, and both must give the
// same data, the same findings and the same positions.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateGuideline } from '../../bench/generate.js';
import type { Finding } from '../../src/core/findings.js';
import { fastLoad, leftToYaml, leftToYamlByPatterns, NOT_FAST } from '../../src/model/fast-yaml.js';
import { locate } from '../../src/model/positions.js';
import { readSource } from '../../src/model/source.js';
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

/** Every path of scalars and collections in `value`, to ask both documents for the same positions. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (out.length > 400) return out;
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

interface Read {
  file: SourceFile;
  findings: Finding[];
}

async function both(root: string, path: string): Promise<{ fast: Read; slow: Read }> {
  const fast: Read = { file: undefined as unknown as SourceFile, findings: [] };
  const slow: Read = { file: undefined as unknown as SourceFile, findings: [] };
  fast.file = await readSource(root, path, fast.findings);
  slow.file = await readSource(root, path, slow.findings, undefined, { fast: false });
  return { fast, slow };
}

/** Compares the two reads of one file; returns whether the fast path read it. */
function expectSame(name: string, { fast, slow }: { fast: Read; slow: Read }): boolean {
  expect(fast.findings, name).toEqual(slow.findings);
  expect(fast.file.data, name).toEqual(slow.file.data);
  expect(fast.file.text, name).toBe(slow.file.text);
  if (slow.file.data !== undefined) {
    for (const p of paths(slow.file.data)) {
      expect(locate(fast.file, p), `${name} at ${p.join('.')}`).toEqual(locate(slow.file, p));
      expect(locate(fast.file, p, { key: true }), `${name} at ${p.join('.')} (key)`).toEqual(locate(slow.file, p, { key: true }));
    }
  }
  return slow.file.data !== undefined && fastLoad(slow.file.text) !== NOT_FAST;
}

describe('fast and yaml parse paths agree', () => {
  it('on every file of the bad-input corpus', async () => {
    let files = 0;
    for (const c of cases) {
      if (!c.files) continue;
      const root = await writeGuideline(c.files);
      await c.prepare?.(root);
      for (const path of await yamlFiles(root)) {
        expectSame(`${c.name}: ${relative(root, path)}`, await both(root, path));
        files++;
      }
    }
    expect(files).toBeGreaterThan(20);
  });

  it('on generated guidelines (and the fast path reads most of their files)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pedoman-fast-yaml-'));
    temporary.push(root);
    let fast = 0;
    let total = 0;
    for (const [seed, commentsPerItem] of [[1, 2], [20260707, 1]] as const) {
      const dir = join(root, `g${seed}`);
      await generateGuideline(dir, { items: 40, commentsPerItem, seed });
      for (const path of await yamlFiles(dir)) {
        if (expectSame(relative(root, path), await both(dir, path))) fast++;
        total++;
      }
    }
    expect(total).toBeGreaterThan(50);
    expect(fast / total).toBeGreaterThan(0.9);
  });

  it('on the shipped guideline (and the fast path reads its sections, Markdown emphasis and all)', async () => {
    const dir = fileURLToPath(new URL('../../guideline/', import.meta.url));
    let fast = 0;
    let sections = 0;
    for (const path of await yamlFiles(dir)) {
      const read = expectSame(relative(dir, path), await both(dir, path));
      if (relative(dir, path).startsWith('sections')) {
        sections++;
        if (read) fast++;
      }
    }
    expect(sections).toBeGreaterThan(5);
    expect(fast).toBe(sections);
  });

  const edge: Record<string, string> = {
    'duplicate keys': 'a: 1\nb: 2\na: 3\n',
    'duplicate keys, quoted and plain': 'a: 1\n"a": 2\n',
    'duplicate keys in a nested map': 'items:\n  - id: x\n    id: y\n',
    'an alias bomb': ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`), ''].join('\n'),
    'a few aliases': 'a: &x hello\nb: *x\n',
    'a merge key': 'base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n',
    'a tab in the indentation': 'a:\n\tb: 1\n',
    'a tab after spaces': 'a:\n  \tb: 1\n',
    'a tab inside a value': 'a: "x\ty"\nb: x\ty\n',
    'a BOM': '\uFEFFa: 1\n',
    'CRLF': 'a: 1\r\nb:\r\n  - x\r\n  - y\r\n',
    'core schema scalars': [
      'ts: 2026-12-02', 'ts2: 2026-12-02T10:00:00Z', 'ver: 1.10', 'yes: yes', 'no: no', 'on: on', 'off: off', 'y: y',
      'n1: ~', 'n2: null', 'n3: Null', 'n4: NULL', 'n5:', 'b1: true', 'b2: True', 'b3: TRUE', 'b4: tRUE',
      'i1: 012', 'i2: +12', 'i3: -0', 'i4: 0o17', 'i5: 0x1F', 'i6: 0b101', 'i7: 1_000', 'i8: 0X1F', 'i9: 123456789012345678901',
      'f1: .5', 'f2: 1.', 'f3: 1e3', 'f4: 1.5E-3', 'f5: .inf', 'f6: -.Inf', 'f7: .NaN', 'f8: +.INF', 'f9: .5e3', 'f10: 1_0.5',
      'sx: 1:20', 'time: 12:30:00', 'q1: "1.10"', "q2: '2026-12-02'", 'q3: "yes"', 'e: ""',
      '',
    ].join('\n'),
    'non-string keys': '1: a\ntrue: b\n1.5: c\n~: d\n0x10: e\n',
    'block scalars': 'a: |\n  line one\n  line two\n\n  after a blank\nb: >-\n  folded\n  text\nc: |+\n  kept\n\nd: x\n',
    'multi-line plain and quoted scalars': 'a: one\n  two\n  three\nb: "one\n  two"\nc: \'it\'\'s\n  here\'\n',
    'flow collections on one line': 'a: [x, y, {z: 1}]\nb: {c: [1, 2], d: "e"}\n',
    'a flow collection over lines': 'a: [x,\n  y]\nb: {c: 1,\n d: 2}\n',
    'an unclosed flow collection': 'a: [x, y\nb: 1\n',
    'a bad flow indent': 'a:\n  b: [x,\n y]\n',
    'a tag': 'a: !!str 1\nb: !custom x\n',
    'a directive': '%YAML 1.2\n---\na: 1\n',
    'two documents': 'a: 1\n---\nb: 2\n',
    'a document end marker': 'a: 1\n...\n',
    'a complex key': '? [a, b]\n: c\n',
    'a value starting with a reserved character': 'a: @x\nb: `y`\n',
    'a key over 1024 characters': `${'k'.repeat(1100)}: v\n`,
    'a comment without a space': 'a: b#c\nd: e # f\n',
    'a multi-line implicit key': 'a\n b: 1\n',
    'a sequence under a key at the same indent': 'a:\n- x\n- y\nb: 1\n',
    'a bad indent': 'a:\n    b: 1\n  c: 2\n',
    'markdown in a block scalar': 'text: |\n  * one\n  * two\n  **bold** & more! ? why\n  # not a comment\n',
    'markdown emphasis in plain and quoted scalars': 'a: some **bold** text and *italic*\nb: text\n  *continued* here\nc: "quoted *x* &y"\nd: \'single **q**\'\n',
    'markdown lists with bold in a block scalar': 'body: |\n  - **R** (*responsible*)\n  1. **UPT** & Kanwil\n\n  *catatan*\n',
    'an ampersand in prose': 'a: Tom & Jerry\nb: x &y z\n',
    'a continuation line starting with an asterisk': 'a: one\n  *two* three\nb:\n  - item\n    **bold** next\n',
    'an anchor on a mapping': 'a: &m\n  x: 1\nb: 2\n',
    'an anchor on a sequence entry': 'a:\n  - &e one\n  - two\n',
    'an alias without an anchor': 'a: *nowhere\n',
    'an alias of an entry': 'a: &x 1\nb:\n  - *x\n',
    'an anchor with emphasis elsewhere': 'text: "**bold**"\na: &x hi\nb: *x\n',
    'a proto key': '__proto__: {a: 1}\nb: 2\n',
    'non-printable characters': 'a: "\u0007"\nb: x\u0007y\n',
    'a scalar document': 'just text\n',
    'a list document': '- a\n- b\n',
    'unicode': 'judul: "Pemasyarakatan — peran serta"\nemoji: 🙂\n',
    'an escaped string': 'a: "\\u00e9\\n\\t\\x41"\n',
  };

  it('on edge cases of YAML: duplicates, aliases, tabs, BOM, the core schema, and what only yaml reads', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pedoman-fast-yaml-edge-'));
    temporary.push(root);
    const taken: string[] = [];
    for (const [name, text] of Object.entries(edge)) {
      const path = join(root, `${name.replace(/[^a-z0-9]+/gi, '-')}.yaml`);
      await writeFile(path, text);
      if (expectSame(name, await both(root, path))) taken.push(name);
    }
    // The cases the fast path must read itself (else the comparison says nothing about it).
    expect(taken).toEqual(expect.arrayContaining(['core schema scalars', 'CRLF', 'a BOM', 'block scalars', 'flow collections on one line', 'unicode', 'markdown emphasis in plain and quoted scalars', 'markdown lists with bold in a block scalar', 'an ampersand in prose', 'a continuation line starting with an asterisk']));
    // What holds an anchor (or an alias) goes to `yaml`.
    for (const name of ['a few aliases', 'an anchor on a mapping', 'an anchor on a sequence entry', 'an alias without an anchor', 'an alias of an entry', 'an anchor with emphasis elsewhere', 'an alias bomb']) expect(taken, name).not.toContain(name);
  });

  it('keeps timestamps as strings, 1.10 a number and yes a string', () => {
    expect(fastLoad('a: 2026-12-02\nb: 1.10\nc: yes\nd: 0o17\ne: 1_000\n')).toEqual({ a: '2026-12-02', b: 1.1, c: 'yes', d: 15, e: '1_000' });
  });
});

describe('the fast path guards', () => {
  /** Random texts made of the pieces the guards look for, and of plain words. */
  function* texts(count: number, pieces: readonly string[]): Generator<string> {
    let seed = 20261202;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    for (let k = 0; k < count; k++) {
      const length = 1 + Math.floor(next() * (k % 2 ? 8 : 30));
      const words = k % 3 === 0;
      let text = '';
      for (let j = 0; j < length; j++) text += words && next() < 0.8 ? 'abc de'[Math.floor(next() * 6)] : pieces[Math.floor(next() * pieces.length)];
      yield text;
    }
  }
  const RARE = ['\t', '\r', '\r\n', '\u2028', '\u2029', '&', '*', '!', '[', ']', '{', '}', '<', '<<', '_', '__proto__', '__proto_'];
  const COMMON = [' ', '  ', '\n', '\n', '%', '-', '- ', '---', '--', '.', '...', '?', '? ', ':', ': ', '~', 'null', 'Null', 'NULL', 'nul', 'nulL', ',', ', ', 'key', 'x: y', '#', '"', "'", 'é', '\u00a0', '\u3000', '\ufeff', '\v', '\f'];

  it('the one-pass check says what the patterns say', () => {
    for (const pieces of [COMMON, [...COMMON, ...RARE]]) {
      let left = 0;
      for (const text of texts(100_000, pieces)) {
        const expected = leftToYamlByPatterns(text);
        if (leftToYaml(text) !== expected) expect.fail(`${JSON.stringify(text)}: patterns say ${expected}`);
        if (expected) left++;
      }
      // Both answers come up often (else the comparison says little).
      expect(left).toBeGreaterThan(10_000);
      expect(left).toBeLessThan(90_000);
    }
  });

  it('resolves plain scalars as yaml does', () => {
    const parts = ['0', '1', '7', '9', 'a', 'f', 'x', 'o', '0x', '0o', '+', '-', '.', 'e', 'E', 'inf', 'Inf', 'INF', 'nan', 'NaN', 'NAN', '~', 'null', 'Null', 'NULL', 'nulL', 'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE', '_'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    let read = 0;
    for (let k = 0; k < 5000; k++) {
      let scalar = '';
      for (let j = Math.floor(next() * 4); j >= 0; j--) scalar += parts[Math.floor(next() * parts.length)];
      const text = `v: ${scalar}\n`;
      const fast = fastLoad(text);
      if (fast === NOT_FAST) continue;
      read++;
      expect(fast, scalar).toEqual(parse(text, { uniqueKeys: true, strict: true }));
    }
    expect(read).toBeGreaterThan(4000);
  });
});
