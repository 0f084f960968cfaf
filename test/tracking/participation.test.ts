// `pedoman status` and the follow-up group (manifest `reviewers`): per unit, who commented, who
// approved, who has not responded, and what waits for whom; commenters not on the list shown as
// their own group. Matched by e-mail, in any case.
import { afterEach, describe, expect, it } from 'vitest';
import { baseGuideline, type Files } from '../helpers/fixture.js';
import { cleanupRepos, guidelineRepo, type Repo } from './helpers.js';

afterEach(cleanupRepos);

const BUDI = { name: 'Budi Santoso', email: 'budi@kanwil-jabar.example.go.id', unit: 'Kanwil Jawa Barat' };
const SARI = { name: 'Sari Dewi', email: 'sari@kanwil-jabar.example.go.id', unit: 'Kanwil Jawa Barat' };
const ANDI = { name: 'Andi Wijaya', email: 'andi@lapas-sukamiskin.example.go.id', unit: 'UPT Lapas Sukamiskin' };
const MARIA = { name: 'Maria Lopez', email: 'maria.lopez@unodc.example.org', unit: 'UNODC' };

function withReviewers(reviewers: unknown[]): Files {
  const files = baseGuideline();
  (files['pedoman.yaml'] as Record<string, unknown>).reviewers = reviewers;
  return files;
}

/** Runs pedoman as this person (git's identity through GIT_AUTHOR_*). */
function as(repo: Repo, who: { name: string; email: string }, argv: string[]) {
  return repo.cli(argv, { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email });
}

async function commentId(repo: Repo, text: string): Promise<string> {
  const listed = JSON.parse((await repo.cli(['comment', 'list', '--json'])).stdout);
  return (listed as { id: string; text: string }[]).find((c) => c.text === text)!.id;
}

describe('status: the follow-up group', () => {
  it('shows per unit who commented, approved, has not responded, and what waits for whom', async () => {
    const repo = await guidelineRepo(withReviewers([BUDI, SARI, ANDI, MARIA]));
    const ok = (r: { code: number; stderr: string }) => expect(r.code, r.stderr).toBe(0);
    ok(await as(repo, BUDI, ['comment', 'add', 'pengertian', '--type', 'substansi', '--text', 'Definisi terlalu sempit.']));
    ok(await as(repo, BUDI, ['comment', 'add', 'peran', '--type', 'umum', '--text', 'Tugas perlu dirinci.']));
    // E-mail in another case is the same person.
    ok(await as(repo, { name: 'Maria', email: 'Maria.Lopez@UNODC.example.org' }, ['comment', 'add', 'mekanisme', '--type', 'umum', '--text', 'Rujuk standar internasional.']));
    ok(await as(repo, { name: 'Lina', email: 'lina@lsm.example.org' }, ['comment', 'add', 'peran', '--type', 'umum', '--text', 'Libatkan LSM.', '--affiliation', 'LSM Peduli']));
    ok(await as(repo, ANDI, ['review', 'pendahuluan', '--approve']));
    ok(await as(repo, ANDI, ['review', 'peran']));

    // The team answers Budi's first comment (it waits for him) and Maria's, to which she objects (it waits for the team).
    const first = await commentId(repo, 'Definisi terlalu sempit.');
    const maria = await commentId(repo, 'Rujuk standar internasional.');
    ok(await repo.cli(['comment', 'answer', first, '--disposition', 'diterima', '--response', 'Diperluas.']));
    ok(await repo.cli(['comment', 'answer', maria, '--disposition', 'tidak-diterima', '--response', 'Di luar lingkup.']));
    ok(await as(repo, MARIA, ['comment', 'object', maria, '--reason', 'Tetap perlu.']));

    const json = JSON.parse((await repo.cli(['status', '--format', 'json'])).stdout);
    const p = json.participation;
    expect(p.units.map((u: { unit: string }) => u.unit)).toEqual(['Kanwil Jawa Barat', 'UPT Lapas Sukamiskin', 'UNODC']);
    const [jabar, lapas, unodc] = p.units;
    expect(jabar.members.map((m: { name: string }) => m.name)).toEqual(['Budi Santoso', 'Sari Dewi']);
    expect(jabar.members[0]).toMatchObject({ listed: true, responded: true, comments: 2, awaiting_them: [first], awaiting_team: { open: [expect.any(String)], objected: [] } });
    expect(jabar.members[1]).toMatchObject({ responded: false, comments: 0, approved: [], reviewed: [] });
    expect(lapas.members[0]).toMatchObject({ responded: true, comments: 0, approved: [{ section: 'pendahuluan', current: true }], reviewed: [{ section: 'peran' }] });
    expect(unodc.members[0]).toMatchObject({ name: 'Maria Lopez', email: MARIA.email, comments: 1, awaiting_team: { open: [], objected: [maria] } });
    expect(p.not_listed).toEqual([expect.objectContaining({ name: 'Lina', email: 'lina@lsm.example.org', unit: 'LSM Peduli', listed: false, comments: 1 })]);
    expect(p.totals).toEqual({ listed: 4, responded: 3, awaiting_reviewers: 1, awaiting_team: { open: 2, objected: 1 } });

    const table = (await repo.cli(['status'])).stdout;
    const lines = table.split('\n');
    const start = lines.indexOf('Follow-up group: 3 of 4 responded');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start, start + 11).map((l) => l.replace(/ {2,}/g, '  '))).toEqual([
      'Follow-up group: 3 of 4 responded',
      'Waiting: 1 answer(s) for the commenter to accept or object; 2 open comment(s) and 1 objection(s) for the drafting team',
      '  Kanwil Jawa Barat — 1 of 2 responded',
      `  Budi Santoso <${BUDI.email}>  2 comment(s); 1 answer(s) waiting for them to accept or object (${first.slice(0, 12)}); waiting for the drafting team: 1 open`,
      `  Sari Dewi <${SARI.email}>  no response yet`,
      '  UPT Lapas Sukamiskin — 1 of 1 responded',
      `  Andi Wijaya <${ANDI.email}>  approved pendahuluan; reviewed without approving peran`,
      '  UNODC — 1 of 1 responded',
      `  Maria Lopez <${MARIA.email}>  1 comment(s); waiting for the drafting team: 1 objected`,
      '  Not on the list',
      '  Lina <lina@lsm.example.org> (LSM Peduli)  1 comment(s); waiting for the drafting team: 1 open',
    ]);

    const id = (await repo.cli(['--lang', 'id', 'status'])).stdout;
    expect(id).toContain('Kelompok tindak lanjut: 3 dari 4 telah menanggapi');
    expect(id).toMatch(/Sari Dewi <[^>]+> +belum menanggapi/);
    expect(id).toContain('Tidak ada dalam daftar');
  });

  it('marks an approval made before the section changed', async () => {
    const repo = await guidelineRepo(withReviewers([ANDI]));
    expect((await as(repo, ANDI, ['review', 'pengertian', '--approve'])).code).toBe(0);
    await repo.edit('sections/pengertian.yaml', (d) => { d.items[0].definition = 'keikutsertaan warga.'; });
    repo.commitAll('Definisi baru');
    const json = JSON.parse((await repo.cli(['status', '--format', 'json'])).stdout);
    expect(json.participation.units[0].members[0].approved).toEqual([{ section: 'pengertian', at: expect.any(String), current: false }]);
    expect((await repo.cli(['status'])).stdout).toContain('approved pengertian (changed since)');
  });

  it('says nothing about a follow-up group the manifest does not list', async () => {
    const repo = await guidelineRepo();
    expect(JSON.parse((await repo.cli(['status', '--format', 'json'])).stdout).participation).toBeNull();
    expect((await repo.cli(['status'])).stdout).not.toContain('Follow-up group');
  });

  it('validates the list: an e-mail of the wrong form is a schema error, the same e-mail twice a reviewer-unique error', async () => {
    const bad = await guidelineRepo(withReviewers([{ ...BUDI, email: 'budi at kanwil' }]));
    const schema = await bad.cli(['validate', '--format', 'json']);
    expect(schema.code).toBe(1);
    expect(JSON.stringify(JSON.parse(schema.stdout))).toContain('reviewers');

    const twice = await guidelineRepo(withReviewers([BUDI, SARI, { ...BUDI, name: 'Budi S.', email: 'BUDI@kanwil-jabar.example.go.id' }]));
    const result = await twice.cli(['validate', '--format', 'json']);
    expect(result.code).toBe(1);
    const text = result.stdout;
    expect(text).toContain('reviewer-unique');
    expect(text).toContain('BUDI@kanwil-jabar.example.go.id is already listed among the reviewers (no. 1, Budi Santoso, Kanwil Jawa Barat); list each person once');
    expect(text).toContain('reviewers[2].email');
  });
});
