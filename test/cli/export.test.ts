import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupGuidelines, variant, writeGuideline } from '../helpers/fixture.js';
import { runCli, spawnCli } from '../helpers/cli.js';

afterEach(cleanupGuidelines);

describe('pedoman export', () => {
  it('prints the resolved guideline in manifest order', async () => {
    const root = await writeGuideline(variant(() => {}));
    const result = await runCli(['export', root]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.format).toBe('pedoman-export');
    expect(doc.version).toBe(1);
    expect(doc.manifest.id).toBe('pedoman-uji');
    expect(doc.sections.map((s: { id: string }) => s.id)).toEqual(['pendahuluan', 'pengertian', 'peran', 'mekanisme', 'indikator']);
    expect(doc.sections[2]).toMatchObject({ kind: 'roles', title: 'Peran', file: 'sections/peran.yaml' });
    expect(doc.sections[2].items[0].id).toBe('duta-pusat');
  });

  it('follows the manifest order, not file names', async () => {
    const root = await writeGuideline(variant((f) => { f['pedoman.yaml'].sections.reverse(); }));
    const doc = JSON.parse((await runCli(['export', '--dir', root])).stdout);
    expect(doc.sections[0].id).toBe('indikator');
  });

  it('refuses a guideline with errors unless --force', async () => {
    const root = await writeGuideline(variant((f) => { f['sections/peran.yaml'].items[0].level = 'provinsi'; }));
    const refused = await runCli(['export', root]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('1 error(s)');
    const forced = await runCli(['export', root, '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).sections).toHaveLength(5);
  });

  it('writes to a file with --output', async () => {
    const root = await writeGuideline(variant(() => {}));
    const out = join(root, 'export.json');
    const result = spawnCli(['export', root, '--output', out]);
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8')).manifest.title).toBe('Pedoman Uji');
  });

  it('rejects other formats as a usage error', async () => {
    const root = await writeGuideline(variant(() => {}));
    expect((await runCli(['export', root, '--format', 'xml'])).code).toBe(2);
  });
});

describe('writing where one cannot', () => {
  it('is a one-line usage error, not an unexpected error', async () => {
    const root = await writeGuideline(variant(() => {}));
    const result = await runCli(['export', root, '--output', join(root, 'pedoman.yaml', 'x', 'out.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^pedoman: cannot write .*out\.json \(ENOTDIR\); choose a folder you can write to\n$/);
  });
});
