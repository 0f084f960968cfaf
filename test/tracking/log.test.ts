// `pedoman log`: commits, reviews, comments and their answers, and tags, in time order.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupRepos, git, guidelineRepo } from './helpers.js';

afterEach(cleanupRepos);

const COMMENT = '01kc0000000000000000000001';
const REPLY = '01kc0000000000000000000002';
const REVIEW = '01kc0000000000000000000003';

describe('pedoman log', () => {
  it('merges the commits touching a section, its review stamps and its comments, oldest first', async () => {
    const repo = await guidelineRepo(); // "Draft" at 2026-01-05 09:00 +07:00
    await repo.write({
      [`comments/pengertian/${COMMENT}.yaml`]: {
        id: COMMENT, section: 'pengertian', item: 'pemasyarakatan', type: 'substansi', text: 'Kutip Pasal 1 angka 1 secara utuh.\nBaris kedua.',
        author: { name: 'Rina (UNODC)' }, created: '2026-01-06T02:00:00.000Z', status: 'resolved', disposition: 'diterima',
        response: 'Dikutip utuh.', resolved_by: { name: 'Tim Penyusun' }, resolved_at: '2026-01-08T03:00:00.000Z',
      },
      [`comments/pengertian/${REPLY}.yaml`]: {
        id: REPLY, section: 'pengertian', reply_to: COMMENT, type: 'substansi', text: 'Setuju.', author: { name: 'Budi' }, created: '2026-01-07T02:00:00.000Z', status: 'open',
      },
      [`comments/peran/01kc0000000000000000000009.yaml`]: {
        id: '01kc0000000000000000000009', section: 'peran', type: 'umum', text: 'Lain bagian.', author: { name: 'X' }, created: '2026-01-06T05:00:00.000Z', status: 'open',
      },
    });
    repo.commitAll('Masukan', '2026-01-08T12:00:00+07:00');
    await repo.edit('sections/pengertian.yaml', (d) => { d.items[1].definition = 'dikutip utuh'; });
    repo.commitAll('Pengertian: kutip Pasal 1 angka 1 utuh', '2026-01-08T11:00:00+07:00');
    await repo.write({
      [`reviews/pengertian/${REVIEW}.yaml`]: {
        id: REVIEW, section: 'pengertian', reviewer: { name: 'Ani' }, at: '2026-01-09T02:00:00.000Z', approve: true, note: 'Disetujui rapat.',
        fingerprint: `sha256:${'0'.repeat(64)}`,
      },
    });
    repo.commitAll('Review: pengertian approved by Ani\n\nReview-Id: 01kc0000000000000000000003', '2026-01-09T09:00:00+07:00');
    git(repo.top, ['tag', '-a', 'v0.1', '-m', 'Draf untuk rapat kedua'], { GIT_COMMITTER_DATE: '2026-01-10T09:00:00+07:00' });

    const json = JSON.parse((await repo.cli(['log', 'pengertian', '--format', 'json'])).stdout);
    expect(json).toMatchObject({ format: 'pedoman-log', version: 1, section: 'pengertian' });
    expect(json.entries.map((e: { kind: string; who: string; at: string }) => `${e.at.slice(0, 10)} ${e.kind}:${e.who}`)).toEqual([
      '2026-01-05 commit:Tim Penyusun',
      '2026-01-06 comment:Rina (UNODC)',
      '2026-01-07 reply:Budi',
      '2026-01-08 answer:Tim Penyusun',
      '2026-01-08 commit:Tim Penyusun',
      '2026-01-09 approval:Ani',
      '2026-01-10 tag:Tim Penyusun',
    ]);
    expect(json.entries[3]).toMatchObject({ detail: 'diterima', text: 'Dikutip utuh.', ref: COMMENT });
    expect(json.entries[1]).toMatchObject({ detail: 'substansi · pemasyarakatan', text: 'Kutip Pasal 1 angka 1 secara utuh.' });

    const text = (await repo.cli(['log', 'pengertian'])).stdout.split('\n');
    expect(text[0]).toBe('History of section pengertian (times in UTC)');
    expect(text[2]).toBe('2026-01-06 02:00  comment   Rina (UNODC)  [substance · pemasyarakatan] Kutip Pasal 1 angka 1 secara utuh. (01kc00000000)');
    expect(text[7]).toMatch(/^2026-01-10 02:00  tag\s+Tim Penyusun  Draf untuk rapat kedua \(v0\.1\)$/);

    // The whole draft: every section, comments of others too, each line saying its section.
    const all = JSON.parse((await repo.cli(['log', '--format', 'json'])).stdout);
    expect(all.entries.filter((e: { kind: string }) => e.kind === 'comment').map((e: { section: string }) => e.section)).toEqual(['pengertian', 'peran']);
    expect((await repo.cli(['log'])).stdout).toContain('peran: [general] Lain bagian.');
  });

  it('shows a review made by pedoman review once, with its commit', async () => {
    const repo = await guidelineRepo();
    await repo.cli(['review', 'peran', '--approve', '--note', 'Oke.']);
    const entries = JSON.parse((await repo.cli(['log', 'peran', '--format', 'json'])).stdout).entries;
    expect(entries.map((e: { kind: string }) => e.kind)).toEqual(['commit', 'approval']);
    expect(entries[1]).toMatchObject({ text: 'Oke.', commit: repo.git('rev-parse', 'HEAD').trim() });
  });

  it('refuses a section that has no history and is not in the manifest', async () => {
    const repo = await guidelineRepo();
    const result = await repo.cli(['log', 'pengertan']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no section 'pengertan' in the manifest or its history; .*pengertian/);
  });
});
