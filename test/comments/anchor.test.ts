// Anchors that survive editing: list and show flag a comment whose item changed since the
// commit it was made on, or is gone; validate warns about items that no longer exist.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { SectionAnchor } from '../../src/comments/anchors.js';
import { anchorStates } from '../../src/comments/drift.js';
import type { CommentRecord } from '../../src/model/comment-types.js';
import type { CommentJson } from '../../src/comments/view.js';
import type { GitRepo } from '../../src/git/repo.js';
import { runCli } from '../helpers/cli.js';
import { cleanupGuidelines } from '../helpers/fixture.js';
import { cleanupTemps, git, GIT_ENV, guidelineRepo, storedComments } from './helpers.js';

afterEach(async () => {
  await cleanupGuidelines();
  await cleanupTemps();
});

const cli = (root: string, ...argv: string[]) => runCli(argv, { cwd: root, env: GIT_ENV });

async function editRoles(root: string, edit: (section: { items: Record<string, unknown>[] }) => void, message: string) {
  const path = join(root, 'sections', 'peran.yaml');
  const section = parse(await readFile(path, 'utf8')) as { items: Record<string, unknown>[] };
  edit(section);
  await writeFile(path, stringify(section));
  git(root, 'commit', '-q', '-am', message);
}

async function listed(root: string): Promise<CommentJson[]> {
  return JSON.parse((await cli(root, 'comment', 'list', '--format', 'json')).stdout) as CommentJson[];
}

describe('comment anchors', () => {
  it('flag a comment whose item changed since its commit, in list and show', async () => {
    const root = await guidelineRepo();
    await cli(root, 'comment', 'add', 'peran', '--item', 'duta-upt', '--quote', 'program di UPT', '--type', 'substansi', '--text', 'Perjelas.');
    await cli(root, 'comment', 'add', 'peran', '--item', 'duta-pusat', '--type', 'umum', '--text', 'Baik.');
    expect((await listed(root)).map((c) => [c.item, c.anchor, c.quote_found])).toEqual([['duta-upt', 'unchanged', true], ['duta-pusat', 'unchanged', null]]);

    await editRoles(root, (s) => { s.items[1]!.duties = ['melaksanakan dan melaporkan program di UPT']; }, 'reword duta-upt');
    const after = await listed(root);
    expect(after.map((c) => [c.item, c.anchor])).toEqual([['duta-upt', 'changed'], ['duta-pusat', 'unchanged']]);
    expect(after[0]!.quote_found).toBe(true);

    // Each comment is a row and, under it, its text with any flags.
    const lines = (await cli(root, 'comment', 'list')).stdout.split('\n');
    const detail = (item: string) => lines[lines.findIndex((l) => l.includes(`peran › ${item}`)) + 1]!;
    expect(detail('duta-upt')).toBe('    Perjelas.  [item changed since]');
    expect(detail('duta-pusat')).toBe('    Baik.');
    const show = (await cli(root, 'comment', 'show', after[0]!.id)).stdout;
    expect(show).toMatch(/Anchor: {4}item CHANGED since commit [0-9a-f]{7}, on which the comment was made/);

    await editRoles(root, (s) => { s.items[1]!.duties = ['mengelola kegiatan di UPT']; }, 'reword again');
    const quoted = await listed(root);
    expect(quoted[0]!.quote_found).toBe(false);
    expect((await cli(root, 'comment', 'list')).stdout).toContain('[quote not found]');
  });

  it('flag a comment whose item is gone, and validate warns about it', async () => {
    const root = await guidelineRepo();
    await cli(root, 'comment', 'add', 'peran', '--item', 'duta-pusat', '--type', 'umum', '--text', 'Hapus saja?');
    await editRoles(root, (s) => {
      s.items.splice(0, 1);
      delete s.items[0]!.reports_to;
    }, 'remove duta-pusat');
    const [comment] = await listed(root);
    expect(comment!.anchor).toBe('removed');
    expect((await cli(root, 'comment', 'list')).stdout).toContain('[item no longer exists]');
    expect((await cli(root, 'comment', 'show', comment!.id)).stdout).toContain('item NO LONGER EXISTS in the draft');

    const report = JSON.parse((await cli(root, 'validate', '--format', 'json')).stdout) as { findings: { ruleId: string; severity: string; file: string; message: string }[] };
    const anchors = report.findings.filter((f) => f.ruleId === 'comment-anchor');
    expect(anchors).toHaveLength(1);
    expect(anchors[0]).toMatchObject({ severity: 'warning', file: `comments/peran/${comment!.id}.yaml` });
  });

  it('say "unknown" when the commit is not known here or the folder is not in git', async () => {
    const root = await guidelineRepo();
    await cli(root, 'comment', 'add', 'peran', '--item', 'duta-upt', '--type', 'umum', '--text', 'x');
    const [stored] = await storedComments(root);
    await writeFile(stored!.path, stored!.text.replace(/^commit: .*$/m, 'commit: 0123456789abcdef0123456789abcdef01234567'));
    const [comment] = await listed(root);
    expect(comment!.anchor).toBe('unknown');
    expect((await cli(root, 'comment', 'show', comment!.id)).stdout).toContain('unknown: commit 0123456 is not available here to compare with');

    await writeFile(stored!.path, stored!.text.replace(/^commit: .*\n/m, ''));
    expect((await cli(root, 'comment', 'show', comment!.id)).stdout).toContain('unknown: the comment records no commit');
  });

  it('cost one git call per commit and file, however many comments share them', async () => {
    const calls: string[] = [];
    const section = {
      id: 'peran',
      title: 'Peran',
      number: 1,
      kind: 'roles',
      file: { rel: 'sections/peran.yaml' },
      data: { items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] },
      items: [{ id: 'a', label: 'A', data: { id: 'a', name: 'A' } }, { id: 'b', label: 'B', data: { id: 'b', name: 'B2' } }],
    } as unknown as SectionAnchor;
    const repo = {
      async showFile(commit: string, path: string) {
        calls.push(`${commit}:${path}`);
        return commit === 'c1' ? 'items:\n  - id: a\n    name: A\n  - id: b\n    name: B\n' : undefined;
      },
    } as unknown as GitRepo;
    const comments = Array.from({ length: 30 }, (_, i) => ({
      id: `c${String(i).padStart(2, '0')}`,
      section: 'peran',
      item: i % 2 === 0 ? 'a' : 'b',
      commit: i < 25 ? 'c1' : 'c2',
    })) as unknown as CommentRecord[];
    const states = await anchorStates(comments, [section], repo);
    expect(calls.sort()).toEqual(['c1:sections/peran.yaml', 'c2:sections/peran.yaml']);
    expect(states.get('c00')!.drift).toBe('unchanged');
    expect(states.get('c01')!.drift).toBe('changed');
    expect(states.get('c26')!.drift).toBe('unknown');
  });
});
