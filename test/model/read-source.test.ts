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
