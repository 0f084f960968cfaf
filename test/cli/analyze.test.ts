import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupGuidelines, variant, writeGuideline } from '../helpers/fixture.js';
import { REPO, runCli, spawnCli } from '../helpers/cli.js';

afterEach(cleanupGuidelines);

const DUTY = 'Menyusun laporan triwulanan pelaksanaan Peran Serta Masyarakat dan menyampaikannya kepada Direktur Jenderal.';
const REWORDED = 'Penyampaian laporan pelaksanaan Peran Serta Masyarakat setiap triwulan kepada Direktur Jenderal, setelah laporan itu disusun.';

const duplicated = () =>
  writeGuideline(variant((f) => {
    f['sections/peran.yaml'].items[0].duties = [DUTY];
    f['sections/peran.yaml'].items[1].duties = [REWORDED];
  }));

describe('pedoman analyze', () => {
  it('comes out clean on the shipped draft, which validate also passes with --strict', async () => {
    const table = await runCli(['analyze', 'guideline']);
    expect(table.stderr).toBe('');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('1. Overlap with existing programmes');
    expect(table.stdout).toContain('pokmas-lipas');
    // Only information: the sentences longer than 40 words, left to the drafters.
    expect(table.stdout).toMatch(/Summary: (no findings|\d+ finding\(s\): 0 error\(s\), 0 warning\(s\))/);
    expect(table.stdout).toContain('5. Readability for field staff');
    const json = JSON.parse((await runCli(['analyze', 'guideline', '--format', 'json'])).stdout);
    expect(json).toMatchObject({ format: 'pedoman-analysis', version: 1, summary: { errors: 0, warnings: 0 }, readability: { maxWords: 40 } });
    expect(json.findings.filter((f: { ruleId: string }) => f.ruleId !== 'sentence-length')).toEqual([]);
    expect(json.readability.long).toBe(json.findings.length);
    expect(json.overlap.declared.map((d: { item: { id: string }; programme: string }) => `${d.item.id}>${d.programme}`)).toContain('sahabat-pemasyarakatan-upt>pokmas-lipas');
    expect(json.responsibility.matrix.every((row: { levels: Record<string, string[]> }) => Object.values(row.levels).every((roles) => roles.length === 1))).toBe(true);
    expect((await runCli(['validate', 'guideline', '--strict'])).code).toBe(0);
  });

  it('shows duplicated duties side by side with score and shared phrases; warnings fail only with --strict', async () => {
    const root = await duplicated();
    const result = await runCli(['analyze', '--dir', root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/0\.\d\d {2}duta-pusat duty 1 \(pusat\) {2}~ {2}duta-upt duty 1 \(upt\)/);
    expect(result.stdout).toContain(`A: ${DUTY}`);
    expect(result.stdout).toContain(`B: ${REWORDED}`);
    expect(result.stdout).toContain('shared key phrases: "');
    expect(result.stdout).toMatch(/Summary: 1 finding\(s\): 0 error\(s\), 1 warning\(s\)/);
    expect((await runCli(['analyze', '--dir', root, '--strict'])).code).toBe(1);
    const json = JSON.parse((await runCli(['analyze', '--dir', root, '--format', 'json'])).stdout);
    expect(json.duties.undeclared).toHaveLength(1);
    expect(json.duties.undeclared[0]).toMatchObject({ a: { role: 'duta-pusat', duty: 1 }, b: { role: 'duta-upt', duty: 1 } });
    expect(json.duties.undeclared[0].score).toBeGreaterThan(0.45);
    expect(json.findings[0]).toMatchObject({ ruleId: 'duty-duplicate', severity: 'warning', file: expect.stringMatching(/sections\/peran\.yaml$/) });
  });

  it('writes a Markdown report for the agenda with --output', async () => {
    const root = await duplicated();
    const result = await runCli(['analyze', '--dir', root, '--format', 'md', '--output', 'laporan.md'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('wrote laporan.md\n');
    const md = readFileSync(join(root, 'laporan.md'), 'utf8');
    expect(md).toMatch(/^# Policy analysis: Pedoman Uji\n/);
    for (const heading of ['## 1. Overlap with existing programmes', '## 2. Duplicated duties (dichotomy risk)', '## 3. Responsibility matrix', '## 4. Term boundaries and wording', '## 5. Readability for field staff']) expect(md).toContain(heading);
    expect(md).toContain('| score | A | B | shared key phrases | where |');
    expect(md).toContain(`**duta-upt duty 1 (upt)**: ${REWORDED}`);
    expect(md).toContain('| mechanism | pusat | kanwil | upt |');
  });

  it('lets --min-similarity override the ruleset, accepting a decimal comma', async () => {
    const root = await duplicated();
    const strict = JSON.parse((await runCli(['analyze', '--dir', root, '--format', 'json', '--min-similarity', '0,99'])).stdout);
    expect(strict.settings).toEqual({ programmeOverlap: 0.99, dutyDuplicate: 0.99, sentenceMaxWords: 40 });
    expect(strict.findings).toEqual([]);
  });

  it('refuses a bad threshold or format as a usage error (exit 2, one line)', async () => {
    for (const bad of ['abc', '1.5', '-0.1', '']) {
      const result = await runCli(['analyze', 'guideline', '--min-similarity', bad]);
      expect(result.code, bad).toBe(2);
      expect(result.stderr).toBe(`pedoman: --min-similarity must be a number from 0 to 1 (e.g. 0.35), not '${bad}'\n`);
    }
    const format = await runCli(['analyze', 'guideline', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("unknown format 'xml'");
  });

  it('speaks Indonesian with --lang id', async () => {
    const result = await runCli(['--lang', 'id', 'analyze', 'guideline']);
    expect(result.stdout).toContain('Analisis kebijakan: Pedoman Peran Serta Masyarakat');
    expect(result.stdout).toContain('1. Tumpang tindih dengan program yang telah ada');
    expect(result.stdout).toContain('5. Keterbacaan bagi petugas lapangan');
    expect(result.stdout).toMatch(/keterbacaan: \d+ kalimat lebih dari 40 kata/);
    expect(result.stdout).toContain('Folder guideline/, versi 0.1.0');
  });

  it('runs as the built binary', () => {
    if (!existsSync(join(REPO, 'dist', 'cli', 'main.js'))) throw new Error('run `npm run build` before the spawned tests');
    const result = spawnCli(['analyze', 'guideline', '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## 3. Responsibility matrix');
  });
});
