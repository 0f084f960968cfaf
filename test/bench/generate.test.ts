// The benchmark's generator, at a small size: the guideline it writes is one every command
// accepts (no errors, no warnings), and the same seed gives the same bytes. No timing here:
// speed is measured by `npm run bench`, never asserted in tests.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { buildGuideline, generateGuideline, MIN_ITEMS } from '../../bench/generate.js';
import { commitHistory } from '../../bench/history.js';
import { checkGuideline } from '../../src/rules/check.js';
import { runCli } from '../helpers/cli.js';
import { openGuideline } from '../../src/model/guideline.js';

const SMALL = { items: 20, commentsPerItem: 2, seed: 7 };
const made: string[] = [];

async function fresh(): Promise<string> {
  const base = await mkdtemp(join(tmpdir(), 'pedoman-bench-test-'));
  made.push(base);
  return join(base, 'guideline');
}

async function filesOf(root: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(root, path), await readFile(path));
  }
  return out;
}

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('bench:generate', () => {
  it('writes a guideline that validates without errors or warnings', async () => {
    const root = await fresh();
    const generated = await generateGuideline(root, SMALL);
    const { counts, findings } = await checkGuideline(openGuideline(root));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(counts.error).toBe(0);
    expect(counts.warning).toBe(0);

    const c = generated.counts;
    expect(c.narrative + c.terms + c.roles + c.mechanisms + c.indicators).toBe(SMALL.items);
    expect(c.comments).toBe(SMALL.items * SMALL.commentsPerItem);
    const comments = await openGuideline(root).comments();
    expect(comments.findings).toEqual([]);
    expect(comments.entries).toHaveLength(c.acts);
    expect(comments.records).toHaveLength(c.comments);
    expect(comments.entries.some((e) => e.record.reply_to !== undefined)).toBe(true);
    const states = new Set(comments.threads.all().map((th) => th.state));
    for (const state of ['open', 'answered', 'accepted'] as const) expect(states, state).toContain(state);
    const reviews = await openGuideline(root).reviews();
    expect(reviews.findings).toEqual([]);
    expect(reviews.entries).toHaveLength(c.reviews);
  });

  it('writes a guideline the CLI reads: validate and comment list exit 0', async () => {
    const root = await fresh();
    await generateGuideline(root, SMALL);
    const validate = await runCli(['validate', root]);
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
    const list = await runCli(['comment', 'list', '--dir', root, '--format', 'json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(SMALL.items * SMALL.commentsPerItem);
  });

  it('is byte-identical for the same seed, and differs for another seed', async () => {
    const [a, b, c] = [await fresh(), await fresh(), await fresh()];
    await generateGuideline(a, SMALL);
    await generateGuideline(b, SMALL);
    await generateGuideline(c, { ...SMALL, seed: SMALL.seed + 1 });
    const [fa, fb, fc] = await Promise.all([filesOf(a), filesOf(b), filesOf(c)]);
    expect([...fa.keys()].sort()).toEqual([...fb.keys()].sort());
    for (const [path, bytes] of fa) expect(bytes.equals(fb.get(path)!), path).toBe(true);
    expect([...fa].every(([path, bytes]) => fc.get(path)?.equals(bytes))).toBe(false);
  });

  it('splits items over several section files', () => {
    const generated = buildGuideline({ items: 200, commentsPerItem: 0, seed: 1, sectionSize: 25 });
    const sections = [...generated.files.keys()].filter((p) => p.startsWith('sections/'));
    expect(sections.length).toBeGreaterThanOrEqual(8);
    expect(generated.counts.sections).toBe(sections.length);
  });

  it('refuses a folder that is not empty and sizes below the minimum', async () => {
    const root = await fresh();
    await generateGuideline(root, SMALL);
    const before = await filesOf(root);
    await expect(generateGuideline(root, SMALL)).rejects.toThrow(/not empty/);
    expect((await filesOf(root)).size).toBe(before.size);
    expect(() => buildGuideline({ ...SMALL, items: MIN_ITEMS - 1 })).toThrow(/at least/);
  });

  it('puts the guideline in git as pedoman would: every act by its recorder, with its trailer (act-provenance quiet), the same commit ids every time', async () => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' };
    const heads: string[] = [];
    const reports: unknown[] = [];
    const roots: string[] = [];
    for (let i = 0; i < 2; i++) {
      const root = await fresh();
      roots.push(root);
      const generated = await generateGuideline(root, SMALL);
      const top = join(root, '..');
      const { commits } = await commitHistory(top, 'guideline', generated, env);
      expect(commits).toBe(1 + generated.counts.acts + generated.counts.reviews);
      const git = (...args: string[]) => spawnSync('git', args, { cwd: top, env, encoding: 'utf8' }).stdout;
      heads.push(git('rev-parse', 'HEAD').trim());
      expect(git('status', '--porcelain', '--', 'guideline')).toBe('');
      expect(git('log', '--format=%H', '--grep=^Comment-Id: ').trim().split('\n')).toHaveLength(generated.counts.acts);
      const validate = await runCli(['validate', root, '--format', 'json'], { cwd: top });
      const report = JSON.parse(validate.stdout) as { findings: { ruleId: string; severity: string }[] };
      expect(report.findings.filter((f) => f.ruleId === 'act-provenance')).toEqual([]);
      expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      reports.push(report);
    }
    expect(heads[1]).toBe(heads[0]);
    // Without git, the same findings (git adds none here).
    const bare = await fresh();
    await generateGuideline(bare, SMALL);
    const plain = JSON.parse((await runCli(['validate', bare, '--format', 'json'], { cwd: join(bare, '..') })).stdout) as unknown;
    expect(JSON.stringify(plain).replaceAll(bare, 'ROOT')).toBe(JSON.stringify(reports[0]).replaceAll(roots[0]!, 'ROOT'));
  });
});
