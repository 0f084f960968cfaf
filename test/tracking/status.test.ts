// `pedoman status`: the per-section table and JSON, and the blockers in finalize's order.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';
import { approveAll, cleanupRepos, GIT_ENV, guidelineRepo, IDENTITY, git as rawGit } from './helpers.js';

afterEach(cleanupRepos);

describe('pedoman status', () => {
  it('shows each section with items, open comments by type, last change, review and findings', async () => {
    const repo = await guidelineRepo();
    await repo.cli(['comment', 'add', 'pengertian', '--type', 'substansi', '--text', 'Definisi terlalu sempit.']);
    await repo.cli(['comment', 'add', 'pengertian', '--type', 'pertanyaan', '--text', 'Siapa yang menetapkan?']);
    await repo.cli(['comment', 'add', 'pengertian', '--type', 'substansi', '--text', 'Rujuk Pasal 1.']);
    await repo.cli(['review', 'peran', '--approve', '--author', 'Rina']);
    await repo.edit('sections/indikator.yaml', (d) => { d.items[0].unit = 'usul'; });
    git(repo, 'commit', '-q', '-am', 'Satuan indikator', '--date', '2026-02-01T10:00:00+07:00');
    await repo.edit('sections/mekanisme.yaml', (d) => { d.items[0].name = 'usul program'; });

    const result = await repo.cli(['status']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Pedoman Uji — version 0.1.0 (draft)');
    expect(lines[2]).toMatch(/^section\s+status\s+items\s+open comments\s+last change\s+review\s+errors\s+warnings$/);
    const row = (id: string) => lines.find((l) => l.startsWith(`${id} `)) ?? '';
    expect(row('pengertian')).toMatch(/^pengertian\s+draft\s+2\s+3: substance 2, question 1\s+2026-01-05 Tim Penyusun\s+—\s+0\s+0$/);
    expect(row('peran')).toMatch(/^peran\s+approved\s+2\s+—\s+\d{4}-\d\d-\d\d Rina\s+approved by Rina \d{4}-\d\d-\d\d\s+0\s+0$/);
    expect(row('indikator')).toContain('2026-02-01 Tim Penyusun');
    expect(row('mekanisme')).toContain('2026-01-05 Tim Penyusun + uncommitted');
    expect(result.stdout).toContain('Ready to finalise: no.');
  });

  it('lists the blockers in the order finalize checks them: validation, open comments, approvals, uncommitted work', async () => {
    const repo = await guidelineRepo();
    await approveAll(repo);
    await repo.cli(['comment', 'add', 'peran', '--type', 'umum', '--text', 'Perlu diperjelas.']);
    await repo.edit('sections/pengertian.yaml', (d) => { d.items[0].definition = 'keikutsertaan warga.'; });
    repo.commitAll('Definisi baru');
    await repo.edit('sections/peran.yaml', (d) => { d.items[0].dutie = 'x'; });

    const json = JSON.parse((await repo.cli(['status', '--format', 'json'])).stdout);
    expect(json).toMatchObject({ format: 'pedoman-status', version: 1, ready: false, git: true });
    expect(json.blockers.map((b: { kind: string }) => b.kind)).toEqual(['validation', 'open-comments', 'changed-since-approval', 'changed-since-approval', 'uncommitted']);
    expect(json.blockers[0]).toMatchObject({ file: 'sections/peran.yaml', errors: 1, warnings: 0 });
    expect(json.blockers[1]).toMatchObject({ section: 'peran', count: 1 });
    expect(json.blockers[2]).toMatchObject({ section: 'pengertian', reviewer: IDENTITY.name });
    expect(json.blockers[2].message).toContain('pengertian: changed since review by Tim Penyusun on');
    // The edit that broke peran also changed it since its approval.
    expect(json.blockers[3]).toMatchObject({ section: 'peran' });
    expect(json.blockers[4]).toMatchObject({ files: ['sections/peran.yaml'] });
    const peran = json.sections.find((s: { id: string }) => s.id === 'peran');
    expect(peran).toMatchObject({
      // The rest of the file is still checked: peran changed since its approval (review-stale).
      status: 'approved', items: 2, errors: 1, warnings: 1, uncommitted: true,
      open_comments: { total: 1, umum: 1, substansi: 0, redaksional: 0, pertanyaan: 0 },
      review: { reviewer: IDENTITY, approve: true }, approved: false, changed_since_review: true,
    });

    const table = (await repo.cli(['status'])).stdout;
    expect(table).toContain('Ready to finalise: no. 5 blocker(s), in the order finalize checks them:');
    expect(table).toMatch(/ 1\. sections\/peran\.yaml: 1 error\(s\), 0 warning\(s\)/);
    expect(table).toMatch(/ 5\. 1 file\(s\) with uncommitted changes: sections\/peran\.yaml/);
  });

  it('says the draft is ready when nothing blocks it', async () => {
    const repo = await guidelineRepo();
    await approveAll(repo);
    const result = await repo.cli(['status']);
    expect(result.stdout).toContain('Ready to finalise: yes.');
    expect(JSON.parse((await repo.cli(['status', '--format', 'json'])).stdout).blockers).toEqual([]);
  });

  it('works outside git (no history, a blocker) and refuses an unknown format', async () => {
    const repo = await guidelineRepo();
    await rmGit(repo.top);
    const json = JSON.parse((await repo.cli(['status', '--format', 'json'])).stdout);
    expect(json.git).toBe(false);
    expect(json.sections[0].last_change).toBeNull();
    expect(json.blockers.at(-1)).toMatchObject({ kind: 'no-git' });
    const bad = await repo.cli(['status', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("pedoman: unknown format 'xml'; use one of: table, json\n");
  });

  it('runs from the built binary, in Indonesian', async () => {
    const repo = await guidelineRepo();
    const result = spawnCli(['status', '--lang', 'id'], { cwd: repo.root, env: GIT_ENV });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^bagian\s+status\s+butir\s+masukan terbuka/m);
    expect(result.stdout).toContain('Siap difinalisasi: belum.');
  });
});

function git(repo: { top: string; git: (...a: string[]) => string }, ...args: string[]): void {
  const dateAt = args.indexOf('--date');
  if (dateAt !== -1) {
    const date = args[dateAt + 1]!;
    const rest = args.filter((_, i) => i !== dateAt && i !== dateAt + 1);
    gitWithDate(repo.top, rest, date);
    return;
  }
  repo.git(...args);
}

import { rm } from 'node:fs/promises';
import { join } from 'node:path';

function gitWithDate(top: string, args: string[], date: string): void {
  rawGit(top, args, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
}

async function rmGit(top: string): Promise<void> {
  await rm(join(top, '.git'), { recursive: true, force: true });
}

describe('open questions', () => {
  it('block finalising until settled, unless the ruleset switches the rule off', async () => {
    const repo = await guidelineRepo();
    await repo.edit('sections/peran.yaml', (d) => { d.items[0].open_questions = ['Siapa yang mengangkat?']; });
    repo.commitAll('Pertanyaan terbuka');
    await approveAll(repo);
    const json = JSON.parse((await repo.cli(['status', '--format', 'json'])).stdout);
    expect(json.ready).toBe(false);
    expect(json.blockers.map((b: { kind: string }) => b.kind)).toEqual(['open-questions']);
    expect(json.blockers[0]).toMatchObject({ section: 'peran', count: 1 });
    const refused = await repo.cli(['finalize', '--version', '1.0']);
    expect(refused.code).toBe(1);
    expect(refused.stderr + refused.stdout).toContain('1 open question(s) still recorded');

    await repo.edit('pedoman.yaml', (d) => { d.rules = { 'open-question': 'off' }; });
    repo.commitAll('Pertanyaan terbuka tidak menghalangi');
    const after = JSON.parse((await repo.cli(['status', '--format', 'json'])).stdout);
    expect(after.blockers.map((b: { kind: string }) => b.kind)).not.toContain('open-questions');
  });
});
