// The shared --quiet / --json contract (src/cli/output.ts) on every command that prints data:
// --json is --format json, --quiet is the reduced form, and the two together are a usage error.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanupGuidelines, writeGuideline, variant, baseGuideline } from '../helpers/fixture.js';
import { cleanupRepos, guidelineRepo, type Repo } from '../tracking/helpers.js';

const temps: string[] = [];
afterEach(async () => {
  await Promise.all([cleanupGuidelines(), cleanupRepos(), ...temps.splice(0).map((d) => rm(d, { recursive: true, force: true }))]);
});

/** A committed guideline with a tag, then an edit, a thread of two comments and a reply, none committed. */
async function draftWithComments(): Promise<{ repo: Repo; root: string; reply: string }> {
  const repo = await guidelineRepo();
  repo.git('tag', '-a', 'v0.1', '-m', 'v0.1');
  await repo.edit('sections/pengertian.yaml', (d) => { d.items[0].definition = 'keikutsertaan aktif masyarakat.'; });
  await repo.edit('pedoman.yaml', (d) => { d.version = '0.2.0'; });
  const person = ['--author', 'Budi Santoso', '--email', 'budi@example.go.id', '--no-commit'];
  const first = await repo.cli(['comment', 'add', 'pengertian', '--type', 'substansi', '--text', 'Definisi terlalu sempit.', ...person]);
  expect(first.code, first.stderr).toBe(0);
  const id = (JSON.parse((await repo.cli(['comment', 'list', '--format', 'json'])).stdout) as { id: string }[])[0]!.id;
  const second = await repo.cli(['comment', 'add', 'peran', '--type', 'redaksional', '--text', 'Ejaan nama jabatan.', ...person]);
  expect(second.code, second.stderr).toBe(0);
  const reply = await repo.cli(['comment', 'reply', id, '--text', 'Setuju, diperluas.', ...person]);
  expect(reply.code, reply.stderr).toBe(0);
  return { repo, root: repo.root, reply: id };
}

describe('--quiet and --json together', () => {
  it.each([
    [['comment', 'list']],
    [['comment', 'show', 'x']],
    [['analyze']],
    [['render']],
    [['status']],
    [['log']],
    [['diff']],
    [['export']],
  ])('%j exits 2', async (argv) => {
    const root = await writeGuideline(baseGuideline());
    const result = await runCli([...argv, '--quiet', '--json', '--dir', root]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--quiet or --json');
  });

  it('--quiet with another --format is a usage error too', async () => {
    const root = await writeGuideline(baseGuideline());
    expect((await runCli(['analyze', '--quiet', '--format', 'md', '--dir', root])).code).toBe(2);
    expect((await runCli(['analyze', '--json', '--format', 'md', '--dir', root])).code).toBe(2);
  });
});

describe('comment list and show', () => {
  it('--json is --format json; --quiet prints the ids in list order', async () => {
    const { repo } = await draftWithComments();
    const json = await repo.cli(['comment', 'list', '--json']);
    const format = await repo.cli(['comment', 'list', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(format.stdout));
    const ids = (JSON.parse(json.stdout) as { id: string }[]).map((c) => c.id);
    expect(ids).toHaveLength(3);
    const quiet = await repo.cli(['comment', 'list', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe(ids.map((id) => `${id}\n`).join(''));
    const filtered = await repo.cli(['comment', 'list', '--quiet', '--section', 'peran']);
    expect(filtered.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('show --json is --format json; --quiet prints only the texts of the thread', async () => {
    const { repo, reply } = await draftWithComments();
    const json = await repo.cli(['comment', 'show', reply, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse((await repo.cli(['comment', 'show', reply, '--format', 'json'])).stdout));
    const quiet = await repo.cli(['comment', 'show', reply, '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('Definisi terlalu sempit.\n\nSetuju, diperluas.\n');
    const full = await repo.cli(['comment', 'show', reply]);
    expect(full.stdout).toContain('Budi Santoso');
  });
});

describe('analyze', () => {
  it('--json is --format json; --quiet prints one line per finding and the summary', async () => {
    const root = await writeGuideline(variant((f) => { f['pedoman.yaml'].stakeholders.push({ id: 'lsm', name: 'LSM' }); f['sections/pengertian.yaml'].items[1].avoid = ['Pemasyarakatan']; }));
    const json = await runCli(['analyze', '--json', '--dir', root]);
    const format = await runCli(['analyze', '--format', 'json', '--dir', root]);
    expect(json.code).toBe(format.code);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(format.stdout));
    const findings = (JSON.parse(json.stdout) as { findings: { ruleId: string; line: number }[] }).findings;
    expect(findings.length).toBeGreaterThan(0);
    const quiet = await runCli(['analyze', '--quiet', '--dir', root]);
    expect(quiet.code).toBe(format.code);
    const lines = quiet.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(findings.length + 1);
    findings.forEach((f, i) => expect(lines[i]).toMatch(new RegExp(`:${f.line}:\\d+  .*  ${f.ruleId}$`)));
    expect(lines.at(-1)).toMatch(/^Summary: /);
  });
});

describe('render', () => {
  it('--json prints the files written and the counts; --quiet prints nothing on success', async () => {
    const root = await writeGuideline(baseGuideline());
    const out = await mkdtemp(join(tmpdir(), 'pedoman-out-'));
    temps.push(out);
    const json = await runCli(['render', '--format', 'md', '--out', out, '--json', '--dir', root], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(json.code, json.stderr).toBe(0);
    const doc = JSON.parse(json.stdout) as { files: string[]; findings: Record<string, number> };
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0]).toMatch(/pedoman-uji\.md$/);
    expect(doc.findings).toEqual({ errors: 0, warnings: 0, infos: expect.any(Number) });
    expect(json.stderr).not.toContain('wrote');
    const quiet = await runCli(['render', '--format', 'md', '--out', out, '--quiet', '--dir', root]);
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const loud = await runCli(['render', '--format', 'md', '--out', out, '--dir', root]);
    expect(loud.stderr).toContain('wrote');
  });

  it('--quiet still reports errors, --json still prints its document when render refuses', async () => {
    const root = await writeGuideline(variant((f) => { delete f['sections/peran.yaml'].title; }));
    const out = await mkdtemp(join(tmpdir(), 'pedoman-out-'));
    temps.push(out);
    const quiet = await runCli(['render', '--format', 'md', '--out', out, '--quiet', '--dir', root]);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toMatch(/error/);
    const json = await runCli(['render', '--format', 'md', '--out', out, '--json', '--dir', root]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ files: [], findings: { errors: expect.any(Number) } });
  });
});

describe('status, log and diff', () => {
  it('status --json is --format json; --quiet prints the ready line and the blockers', async () => {
    const { repo } = await draftWithComments();
    const json = await repo.cli(['status', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse((await repo.cli(['status', '--format', 'json'])).stdout));
    const blockers = (JSON.parse(json.stdout) as { blockers: unknown[] }).blockers;
    const quiet = await repo.cli(['status', '--quiet']);
    expect(quiet.code).toBe(0);
    const lines = quiet.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Ready to finalise: no\. \d+ blocker/);
    expect(lines).toHaveLength(blockers.length + 1);
    expect((await repo.cli(['status'])).stdout.endsWith(quiet.stdout)).toBe(true);
  });

  it('log --json is --format json; --quiet prints one reference per entry', async () => {
    const { repo } = await draftWithComments();
    const json = await repo.cli(['log', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse((await repo.cli(['log', '--format', 'json'])).stdout));
    const entries = (JSON.parse(json.stdout) as { entries: { ref: string }[] }).entries;
    expect(entries.length).toBeGreaterThan(1);
    expect((await repo.cli(['log', '--quiet'])).stdout).toBe(entries.map((e) => `${e.ref}\n`).join(''));
  });

  it('diff --json is --format json; --quiet prints one id per change', async () => {
    const { repo } = await draftWithComments();
    const json = await repo.cli(['diff', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse((await repo.cli(['diff', '--format', 'json'])).stdout));
    const quiet = await repo.cli(['diff', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('pedoman.yaml\nperan-serta-masyarakat\n');
    expect((await repo.cli(['diff', '--quiet', '--format', 'md'])).code).toBe(2);
  });
});

describe('export', () => {
  it('--json is the export itself; --quiet with --output writes silently', async () => {
    const root = await writeGuideline(baseGuideline());
    const json = await runCli(['export', '--json', '--dir', root]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse((await runCli(['export', '--dir', root])).stdout));
    const out = await mkdtemp(join(tmpdir(), 'pedoman-out-'));
    temps.push(out);
    expect(await runCli(['export', '--quiet', '--output', join(out, 'g.json'), '--dir', root])).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
});
