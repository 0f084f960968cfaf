// readSource with keepDocument: false drops the parsed document and parses the text again
// when a position is asked for: the positions must be exactly those of a kept document.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findingAt } from '../../src/model/finding.js';
import { readSource } from '../../src/model/source.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function file(text: string): Promise<{ root: string; path: string }> {
  const root = await mkdtemp(join(tmpdir(), 'pedoman-read-'));
  dirs.push(root);
  const path = join(root, 'c.yaml');
  await writeFile(path, text);
  return { root, path };
}

describe('readSource keepDocument: false', () => {
  it('gives the same data and the same positions as a kept document', async () => {
    const { root, path } = await file('# modeline\nid: abc\nsection: pengertian\nauthor:\n  name: Budi\n  email: budi@example.go.id\ntext: |\n  two\n  lines\n');
    const kept = await readSource(root, path, []);
    const dropped = await readSource(root, path, [], undefined, { keepDocument: false });
    expect(dropped.data).toEqual(kept.data);
    expect(dropped.rel).toBe(kept.rel);
    for (const [at, key] of [[['section'], false], [['author', 'email'], false], [['author', 'name'], true], [['text'], false], [['missing'], false]] as const) {
      expect(findingAt(dropped, at, 'r', 'error', 'm', { key })).toEqual(findingAt(kept, at, 'r', 'error', 'm', { key }));
    }
    expect(findingAt(dropped, ['author', 'email'], 'r', 'error', 'm').line).toBe(6);
  });

  it('keeps the document of a file with YAML problems', async () => {
    const { root, path } = await file('id: a\nid: b\n');
    const findings: never[] = [];
    const read = await readSource(root, path, findings, undefined, { keepDocument: false });
    expect(read.doc?.errors.length).toBeGreaterThan(0);
    expect(findings.length).toBeGreaterThan(0);
  });
});

describe('readSource listed: true', () => {
  it('reports every problem as a read that asks for the kind and size first does', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pedoman-read-listed-'));
    dirs.push(root);
    const files: Record<string, string | Buffer> = {
      'ok.yaml': 'id: a\nsection: b\n',
      'bom.yaml': '\ufeffid: a\n',
      'two-boms.yaml': '\ufeff\ufeffid: a\n',
      'replacement.yaml': 'a: "\ufffd"\n',
      'cesu.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xed, 0xa0, 0x80, 0x0a]),
      'truncated.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xe2, 0x82]),
      'latin1.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]),
      'nul.yaml': 'a: "x\u0000"\n',
      'empty.yaml': '',
      'comments.yaml': '# only\n---\n',
      'broken.yaml': 'a: [x\nb: 1\n',
      'large.yaml': `a: b\n${'#'.repeat(16 * 1024 * 1024)}\n`,
      'large-text.yaml': `a: b\n#${'é'.repeat(8 * 1024 * 1024)}\n`,
      'near-limit.yaml': `a: b\n#${'€'.repeat(5 * 1024 * 1024)}\n`,
    };
    for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(root, 'folder.yaml'));
    for (const name of [...Object.keys(files), 'folder.yaml', 'missing.yaml']) {
      const path = join(root, name);
      const asked: never[] = [];
      const listed: never[] = [];
      const a = await readSource(root, path, asked, undefined, { keepDocument: false });
      const b = await readSource(root, path, listed, undefined, { keepDocument: false, listed: true, rel: name });
      expect(listed, name).toEqual(asked);
      expect(b.data, name).toEqual(a.data);
      expect(b.text, name).toBe(a.text);
      expect(b.rel, name).toBe(a.rel);
    }
  });
});
