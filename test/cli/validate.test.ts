import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { baseGuideline, cleanupGuidelines, toYaml, variant, writeGuideline } from '../helpers/fixture.js';
import { REPO, runCli, spawnCli } from '../helpers/cli.js';

afterEach(cleanupGuidelines);

async function snapshot(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path);
    out.push(`${path} ${info.size} ${info.mtimeMs}`);
  }
  return out.sort();
}

describe('pedoman validate', () => {
  it('passes the shipped draft with no errors', async () => {
    const result = await runCli(['validate', 'guideline', '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('finds the guideline from a folder inside it, and ./guideline from the repo root', async () => {
    const root = await writeGuideline(variant(() => {}));
    await mkdir(join(root, 'sections', 'deep'), { recursive: true });
    const inside = await runCli(['validate'], { cwd: join(root, 'sections', 'deep') });
    expect(inside.code).toBe(0);
    expect(inside.stdout).toContain('no problems found');
    const parent = join(root, '..');
    const fromRepoRoot = await runCli(['validate', '--format', 'json'], { cwd: REPO });
    expect(JSON.parse(fromRepoRoot.stdout).guideline).toBe('guideline');
    expect(parent).toBeTruthy();
  });

  it('takes the folder by --dir or argument, and refuses both at once', async () => {
    const root = await writeGuideline(variant(() => {}));
    expect((await runCli(['validate', '--dir', root])).code).toBe(0);
    expect((await runCli(['validate', join(root, 'pedoman.yaml')])).code).toBe(0);
    const both = await runCli(['validate', root, '--dir', REPO]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
  });

  it('never writes a file', async () => {
    const root = await writeGuideline(variant((f) => { f['sections/peran.yaml'].items[0].colour = 'x'; }));
    const before = await snapshot(root);
    for (const format of ['stylish', 'json', 'github', 'junit', 'sarif']) await runCli(['validate', root, '--format', format]);
    expect(await snapshot(root)).toEqual(before);
  });

  it('exits 1 on warnings only with --strict', async () => {
    const root = await writeGuideline(variant((f) => { f['sections/extra.yaml'] = 'kind: narrative\n'; }));
    const normal = await runCli(['validate', root]);
    expect(normal.stdout).toContain('section-unlisted');
    expect(normal.code).toBe(0);
    expect((await runCli(['validate', root, '--strict'])).code).toBe(1);
  });

  it('writes the GitHub job summary when GITHUB_STEP_SUMMARY is set', async () => {
    const root = await writeGuideline(variant((f) => { f['sections/peran.yaml'].items[0].level = 'provinsi'; }));
    const summary = join(await writeGuideline({}), 'summary.md');
    await writeFile(summary, '');
    const result = await runCli(['validate', root, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=.*sections\/peran\.yaml,line=\d+/m);
    expect(await readFile(summary, 'utf8')).toContain('provinsi');
  });

  it('warns on one line when the job summary cannot be written, and keeps the exit code', async () => {
    const clean = await writeGuideline(baseGuideline());
    const nowhere = join(await writeGuideline({}), 'no-such-folder', 'summary.md');
    const result = await runCli(['validate', clean, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: nowhere } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`pedoman: warning: cannot write the job summary to ${nowhere} (ENOENT); the annotations above are complete, and the exit code is unchanged\n`);
    const failing = await writeGuideline(variant((f) => { f['sections/peran.yaml'].items[0].level = 'provinsi'; }));
    expect((await runCli(['validate', failing, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: nowhere } })).code).toBe(1);
  });

  it('names files relative to the repository root in the CI formats, run from inside the guideline', async () => {
    const repo = await writeGuideline({});
    execFileSync('git', ['init', '-q'], { cwd: repo, env: { PATH: process.env.PATH, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
    const files = variant((f) => { f['sections/peran.yaml'].items[0].level = 'provinsi'; });
    for (const [rel, content] of Object.entries(files)) {
      await mkdir(join(repo, 'guideline', rel, '..'), { recursive: true });
      await writeFile(join(repo, 'guideline', rel), toYaml(content, rel));
    }
    const cwd = join(repo, 'guideline', 'sections');
    const gh = await runCli(['validate', '--format', 'github'], { cwd });
    expect(gh.stdout).toMatch(/^::error file=guideline\/sections\/peran\.yaml,line=\d+/m);
    const sarif = JSON.parse((await runCli(['validate', '--format', 'sarif'], { cwd })).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'guideline/sections/peran.yaml', uriBaseId: '%SRCROOT%' });
    expect((await runCli(['validate', '--format', 'junit'], { cwd })).stdout).toContain('<testsuite name="guideline/sections/peran.yaml"');
    // The human and JSON reports stay relative to where the user is.
    expect(JSON.parse((await runCli(['validate', '--format', 'json'], { cwd })).stdout).findings[0].file).toBe('peran.yaml');
  });

  it('speaks Indonesian with --lang id', async () => {
    const root = await writeGuideline(variant((f) => { f['sections/peran.yaml'].items[0].dutie = ['x']; }));
    const result = await runCli(['validate', root, '--lang', 'id']);
    expect(result.stdout).toContain("isian 'dutie' tidak dikenal; mungkin maksud Anda 'duties'?");
    expect(result.stdout).toContain('galat');
  });

  it('reports file, line and column of a wrong reference, and lists what exists', async () => {
    const root = await writeGuideline(variant((f) => { f['sections/peran.yaml'].items[1].appointment.by = 'kepala-uptt'; }));
    const result = await runCli(['validate', root, '--format', 'json']);
    const finding = JSON.parse(result.stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'reference-resolves');
    expect(finding.file).toMatch(/sections\/peran\.yaml$/);
    expect(finding.line).toBeGreaterThan(1);
    expect(finding.message).toContain("did you mean 'kepala-upt'?");
    expect(finding.message).toContain('direktur-jenderal');
  });

  it('is the same through the spawned binary', () => {
    const result = spawnCli(['validate', 'guideline']);
    expect(result.code).toBe(0);
    const missing = spawnCli(['validate', '--dir', 'nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('pedoman (program)', () => {
  it('lists every command in --help and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['validate', 'export']) expect(result.stdout).toContain(command);
  });

  it('prints help in Indonesian with --lang id', async () => {
    const result = await runCli(['--lang', 'id', 'validate', '--help']);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('(hanya membaca)');
  });

  it('rejects an unknown command or option with exit 2', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['validate', '--frob'])).code).toBe(2);
    expect((await runCli(['--lang', 'fr', 'validate'])).code).toBe(2);
  });

  it('prints its version', async () => {
    const result = await runCli(['--version']);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('finding the guideline of a workspace', () => {
  it('accepts the workspace root, whose guideline is in ./guideline', async () => {
    const root = await writeGuideline(Object.fromEntries(Object.entries(variant(() => {})).map(([k, v]) => [`guideline/${k}`, v])));
    const result = await runCli(['validate', '--dir', root, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).guideline).toMatch(/guideline$/);
  });
});
