// readManySources parses many files on worker threads; the result must be exactly what
// reading each file with readSource gives: same data, same findings for broken files (read
// again on the main thread), same positions. The worker is the compiled one in dist/ (npm test
// builds first).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingAt } from '../../src/model/finding.js';
import { readManySources } from '../../src/model/read-many.js';
import { REPO } from '../helpers/cli.js';

const WORKER = pathToFileURL(join(REPO, 'dist', 'model', 'read-worker.js'));
let root: string;
const paths: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pedoman-read-many-'));
  await mkdir(join(root, 'c'));
  const add = async (name: string, body: string | Buffer) => {
    const path = join(root, 'c', name);
    await writeFile(path, body);
    paths.push(path);
  };
  for (let i = 0; i < 40; i++) {
    await add(`ok-${i}.yaml`, `# modeline\nid: c${i}\nsection: s\ntext: |\n  line one ${i}\n  line two\nauthor:\n  name: Budi ${i}\n`);
  }
  await add('bom.yaml', '\ufeffid: bom\n');
  await add('syntax.yaml', 'id: [unclosed\n');
  await add('duplicate.yaml', 'id: a\nid: b\n');
  await add('empty.yaml', '');
  await add('comments-only.yaml', '# nothing here\n---\n');
  await add('latin1.yaml', Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]));
  await add('scalar.yaml', 'just a sentence\n');
  await add('list.yaml', '- a\n- b\n');
  await add('alias.yaml', 'a: &x [1]\nb: *x\n');
  await mkdir(join(root, 'c', 'folder.yaml'));
  paths.push(join(root, 'c', 'folder.yaml'));
  paths.push(join(root, 'c', 'missing.yaml'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readManySources', () => {
  it('reads on worker threads exactly what readSource reads', async () => {
    expect(existsSync(WORKER), 'build first: npm run build').toBe(true);
    let stats: { threads: number; parsedInThreads: number; readInline: number } | undefined;
    const inline = await readManySources(root, paths, { parallelFrom: Number.MAX_SAFE_INTEGER });
    const threaded = await readManySources(root, paths, { parallelFrom: 1, threads: 2, workerUrl: WORKER, report: (s) => (stats = s) });

    expect(stats?.threads).toBe(2);
    expect(stats?.parsedInThreads).toBe(42); // the 40 plain files, the BOM and the alias (not a bomb)
    expect(stats?.readInline).toBe(paths.length - 42);
    expect(threaded).toHaveLength(paths.length);
    threaded.forEach((got, i) => {
      const want = inline[i]!;
      expect(got.file.path).toBe(want.file.path);
      expect(got.file.rel).toBe(want.file.rel);
      expect(got.file.text).toBe(want.file.text);
      expect(got.file.data).toEqual(want.file.data);
      expect(got.findings).toEqual(want.findings);
      if (want.file.data !== undefined && want.findings.length === 0) {
        for (const at of [['text'], ['author', 'name'], ['id'], []] as const) {
          expect(findingAt(got.file, at, 'r', 'error', 'm')).toEqual(findingAt(want.file, at, 'r', 'error', 'm'));
        }
      }
    });
    expect(threaded.find((r) => r.file.path.endsWith('ok-7.yaml'))!.file.data).toEqual({ id: 'c7', section: 's', text: 'line one 7\nline two\n', author: { name: 'Budi 7' } });
    expect(threaded.filter((r) => r.findings.length > 0).map((r) => r.findings[0]!.ruleId).sort()).toEqual(
      ['file-empty', 'file-empty', 'file-encoding', 'file-read', 'file-read', 'yaml-syntax', 'yaml-syntax'].sort(),
    );
  });

  it('reads inline when the worker module is missing, with the same result', async () => {
    let stats: { threads: number } | undefined;
    const inline = await readManySources(root, paths, { parallelFrom: Number.MAX_SAFE_INTEGER });
    const fallback = await readManySources(root, paths, { parallelFrom: 1, threads: 2, workerUrl: pathToFileURL(join(root, 'no-worker.js')), report: (s) => (stats = s) });
    expect(stats?.threads).toBe(0);
    expect(fallback.map((r) => [r.file.data, r.findings])).toEqual(inline.map((r) => [r.file.data, r.findings]));
  });
});
