// `pedoman diff`: the semantic difference between two tags (or a tag and the working tree).
import { afterEach, describe, expect, it } from 'vitest';
import { openGuideline } from '../../src/model/guideline.js';
import { openRepo } from '../../src/git/repo.js';
import { revisionSource } from '../../src/tracking/git-tree.js';
import { diffGuidelines, movedIds } from '../../src/tracking/semantic-diff.js';
import type { Snapshot } from '../../src/tracking/snapshot.js';
import { cleanupRepos, GIT_ENV, guidelineRepo, type Repo } from './helpers.js';

afterEach(cleanupRepos);

/** v0.1 is the base guideline; v0.2 renames a term (same id), adds, removes and moves items. */
async function twoTags(): Promise<Repo> {
  const repo = await guidelineRepo();
  repo.git('tag', '-a', 'v0.1', '-m', 'v0.1');
  await repo.edit('sections/pengertian.yaml', (d) => {
    d.items[0].term = 'Partisipasi Masyarakat';
    d.items[0].definition = 'keikutsertaan aktif masyarakat dalam penyelenggaraan fungsi Pemasyarakatan.';
    d.items.reverse(); // pemasyarakatan now comes first
    d.status = 'approved'; // review workflow, not a change of the text
  });
  await repo.edit('sections/peran.yaml', (d) => {
    d.items[1].reports_to = 'duta-pusat-baru';
    d.items[1].duties.push('melaporkan kegiatan setiap triwulan');
    d.items.push({ id: 'duta-pusat-baru', name: 'Duta Kerja Sama Direktorat', type: 'duta-kerja-sama', level: 'pusat', duties: ['x'] });
  });
  await repo.edit('sections/pendahuluan.yaml', (d) => { d.items = [{ id: 'maksud', title: 'Maksud dan Tujuan', text: 'Pedoman ini dimaksudkan.' }]; });
  await repo.edit('pedoman.yaml', (d) => {
    d.sections = ['pendahuluan', 'peran', 'pengertian', 'mekanisme', 'indikator'];
    d.version = '0.2.0';
  });
  repo.commitAll('Rapat kedua', '2026-02-10T10:00:00+07:00');
  repo.git('tag', '-a', 'v0.2', '-m', 'v0.2');
  return repo;
}

describe('pedoman diff', () => {
  it('reports a term renamed under the same id as a change of its text, word by word', async () => {
    const repo = await twoTags();
    const result = await repo.cli(['diff', 'v0.1', 'v0.2', '--format', 'json']);
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect(diff).toMatchObject({ format: 'pedoman-diff', version: 1, from: { rev: 'v0.1' }, to: { rev: 'v0.2' } });
    const pengertian = diff.sections.find((s: { id: string }) => s.id === 'pengertian');
    const term = pengertian.items.find((i: { id: string }) => i.id === 'peran-serta-masyarakat');
    expect(term.status).toBe('changed');
    expect(term.label).toBe('Partisipasi Masyarakat');
    const rename = term.fields.find((f: { path: string }) => f.path === 'term');
    expect(rename).toMatchObject({ op: 'changed', before: 'Peran Serta Masyarakat', after: 'Partisipasi Masyarakat' });
    expect(rename.words).toEqual([
      { op: '-', text: 'Peran Serta' },
      { op: '+', text: 'Partisipasi' },
      { op: '=', text: ' Masyarakat' },
    ]);
    const definition = term.fields.find((f: { path: string }) => f.path === 'definition');
    expect(definition.words.filter((w: { op: string }) => w.op !== '=')).toEqual([{ op: '+', text: 'aktif ' }]);
    // Matched by id: nothing in pengertian was added or removed.
    expect(pengertian.items.every((i: { status: string }) => i.status !== 'added' && i.status !== 'removed')).toBe(true);
    expect(diff.summary.items.added).toBe(2);
    expect(diff.summary.items.removed).toBe(1);
  });

  it('reports moves of sections and items, reference changes as values and list entries added', async () => {
    const repo = await twoTags();
    const diff = JSON.parse((await repo.cli(['diff', 'v0.1', 'v0.2', '--format', 'json'])).stdout);
    const peran = diff.sections.find((s: { id: string }) => s.id === 'peran');
    // Two sections swapped: one of them moved (the fewest moves), here pengertian.
    expect(peran.moved).toBeUndefined();
    expect(diff.sections.find((s: { id: string }) => s.id === 'pengertian').moved).toEqual({ from: 2, to: 3 });
    expect(diff.summary.sections.moved).toBe(1);
    const upt = peran.items.find((i: { id: string }) => i.id === 'duta-upt');
    expect(upt.fields).toEqual([
      { path: 'duties[1]', op: 'added', after: 'melaporkan kegiatan setiap triwulan' },
      { path: 'reports_to', op: 'changed', before: 'duta-pusat', after: 'duta-pusat-baru' },
    ]);
    expect(peran.items.find((i: { id: string }) => i.id === 'duta-pusat-baru')).toMatchObject({ status: 'added', label: 'Duta Kerja Sama Direktorat' });
    const pengertian = diff.sections.find((s: { id: string }) => s.id === 'pengertian');
    expect(pengertian.items.find((i: { id: string }) => i.id === 'peran-serta-masyarakat')).toMatchObject({
      status: 'changed', moved: { fromSection: 'pengertian', toSection: 'pengertian', from: 1, to: 2 },
    });
    expect(pengertian.items.map((i: { id: string }) => i.id)).toEqual(['peran-serta-masyarakat']);
    expect(pengertian.fields).toEqual([]);
    const pendahuluan = diff.sections.find((s: { id: string }) => s.id === 'pendahuluan');
    expect(pendahuluan.items.map((i: { id: string; status: string }) => `${i.status}:${i.id}`)).toEqual(['added:maksud', 'removed:latar-belakang']);
    expect(diff.manifest).toEqual([{ path: 'version', op: 'changed', before: '0.1.0', after: '0.2.0' }]);
  });

  it('prints text for a terminal and a Markdown changelog', async () => {
    const repo = await twoTags();
    const text = (await repo.cli(['diff', 'v0.1', 'v0.2'])).stdout;
    expect(text).toMatch(/^Changes from v0\.1 \([0-9a-f]{7}, 2026-01-05\) to v0\.2 \([0-9a-f]{7}, 2026-02-10\)$/m);
    expect(text).toContain('~ peran-serta-masyarakat  Partisipasi Masyarakat  (changed; moved from position 1 to 2)');
    expect(text).toContain('~ term: [-Peran Serta-]{+Partisipasi+} Masyarakat');
    expect(text).toContain('~ reports_to: duta-pusat → duta-pusat-baru');
    expect(text).toContain('~ pengertian  Pengertian  (moved from position 2 to 3)');
    expect(text).toContain('~ definition: keikutsertaan {+aktif +}masyarakat dalam');
    expect(text).toContain('Items: 2 changed, 2 added, 1 removed, 1 moved.');

    const md = (await repo.cli(['diff', 'v0.1', 'v0.2', '--format', 'md', '--lang', 'id'])).stdout;
    expect(md.split('\n')[0]).toBe('# Perubahan Pedoman Uji');
    expect(md).toContain('## Pengertian (`pengertian`)');
    expect(md).toContain('  - `term`: ~~Peran Serta~~ **Partisipasi** Masyarakat');
    expect(md).toContain('- **Dihapus:** Latar Belakang (`latar-belakang`)');
    expect(md).toContain('Bagian dipindah dari urutan 2 ke 3.');
    expect(md).toContain('- **Diubah:** Partisipasi Masyarakat (`peran-serta-masyarakat`) (dipindah dari urutan 1 ke 2)');
  });

  it('compares the latest tag with the working tree by default', async () => {
    const repo = await twoTags();
    expect((await repo.cli(['diff'])).stdout).toContain('No changes.');
    await repo.edit('sections/indikator.yaml', (d) => { d.items[0].targets[0].value = 30; });
    const text = (await repo.cli(['diff'])).stdout;
    expect(text).toMatch(/^Changes from v0\.2 \(.*\) to the working tree$/m);
    expect(text).toContain('~ targets[0].value: 20 → 30');
  });

  it('explains what to do without a tag, with an unknown revision, or outside git', async () => {
    const repo = await guidelineRepo();
    const noTag = await repo.cli(['diff']);
    expect(noTag.code).toBe(2);
    expect(noTag.stderr).toContain('there is no tag to compare with; name the older version: pedoman diff FROM [TO]');
    const unknown = await repo.cli(['diff', 'v9.9']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("git does not know the revision 'v9.9'");
    const option = await repo.cli(['diff', '--', '--output=/tmp/x']);
    expect(option.code).toBe(2);
    expect((await repo.cli(['diff', 'HEAD'])).stdout).toContain('No changes.');
  });
});

describe('reading a guideline at a revision', () => {
  it('gives the same data as reading the working tree at that commit', async () => {
    const repo = await twoTags();
    const git = (await openRepo(repo.root, GIT_ENV))!;
    const commit = repo.git('rev-parse', 'v0.2^{commit}').trim();
    const at = openGuideline(repo.root, { source: await revisionSource(git, commit, repo.root, GIT_ENV) });
    const disk = openGuideline(repo.root);
    const [atRev, onDisk] = await Promise.all([at.loaded(), disk.loaded()]);
    expect(atRev.findings).toEqual(onDisk.findings);
    expect(atRev.guideline.files.map((f) => [f.rel, f.data])).toEqual(onDisk.guideline.files.map((f) => [f.rel, f.data]));
    expect((await at.comments()).records).toEqual((await disk.comments()).records);
  });
});

describe('semantic diff', () => {
  it('moves the fewest entries: those outside the longest common subsequence', () => {
    expect([...movedIds(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b'])]).toEqual(['b']);
    expect([...movedIds(['a', 'b', 'c'], ['a', 'b', 'c'])]).toEqual([]);
  });

  it('shows an item moved to another section as a move, not a removal and an addition', () => {
    const snap = (sections: Snapshot['sections']): Snapshot => ({ rev: undefined, commit: undefined, date: undefined, manifest: { sections: sections.map((s) => s.id) }, sections, unreadable: [] });
    const before = snap([
      { id: 'a', kind: 'narrative', data: { kind: 'narrative', id: 'a', title: 'A', items: [{ id: 'x', title: 'X', text: 't' }] } },
      { id: 'b', kind: 'narrative', data: { kind: 'narrative', id: 'b', title: 'B', items: [] } },
    ]);
    const after = snap([
      { id: 'a', kind: 'narrative', data: { kind: 'narrative', id: 'a', title: 'A', items: [] } },
      { id: 'b', kind: 'narrative', data: { kind: 'narrative', id: 'b', title: 'B', items: [{ id: 'x', title: 'X', text: 't' }] } },
    ]);
    const diff = diffGuidelines(before, after);
    expect(diff.sections).toEqual([
      expect.objectContaining({ id: 'b', items: [expect.objectContaining({ id: 'x', status: 'unchanged', moved: { fromSection: 'a', toSection: 'b', from: 1, to: 1 } })] }),
    ]);
    expect(diff.summary.items).toEqual({ added: 0, removed: 0, changed: 0, moved: 1 });
  });
});
