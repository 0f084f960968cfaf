// `pedoman finalize`: refuses on every blocker, and otherwise sets version and status, renders
// the final text, commits and tags as one transaction that a failure undoes completely.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';
import { approveAll, cleanupRepos, GIT_ENV, guidelineRepo, IDENTITY, type Repo } from './helpers.js';

afterEach(cleanupRepos);

async function approvedRepo(): Promise<Repo> {
  const repo = await guidelineRepo();
  await approveAll(repo);
  return repo;
}

function state(repo: Repo): { head: string; tags: string; status: string } {
  return { head: repo.git('rev-parse', 'HEAD').trim(), tags: repo.git('tag', '-l'), status: repo.git('status', '--porcelain') };
}

describe('pedoman finalize', () => {
  it('sets version and status, renders without the watermark, commits exactly those files and tags', async () => {
    const repo = await approvedRepo();
    const before = repo.git('rev-parse', 'HEAD').trim();
    const manifestBefore = await repo.read('pedoman.yaml');
    const result = await repo.cli(['finalize', '--version', '1.0', '--date', '2026-03-01'], { SOURCE_DATE_EPOCH: '1767225600' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Finalised version 1\.0: commit [0-9a-f]{7}, tag v1\.0\. Wrote:$/m);
    expect(result.stdout).toContain('Share it: pedoman sync (sends the commit and the tag)');

    // Only the three keys changed in the manifest; every other byte is the same.
    const manifest = await repo.read('pedoman.yaml');
    expect(manifest).toBe(manifestBefore.replace('version: 0.1.0', 'version: "1.0"').replace('status: draft', 'status: final').replace(/(legal_basis:)/, 'date: 2026-03-01\n$1'));
    expect(await repo.data('pedoman.yaml')).toMatchObject({ version: '1.0', status: 'final', date: '2026-03-01' });

    const html = await repo.read('final/pedoman-uji.html');
    expect(html).not.toContain('class="watermark"');
    expect(html).toContain('<body class="final">');
    expect(await repo.read('final/pedoman-uji.md')).not.toMatch(/\bDRAF\b/);
    expect(existsSync(join(repo.root, 'final/pedoman-uji.pdf'))).toBe(true);

    expect(repo.git('rev-parse', 'HEAD~1').trim()).toBe(before);
    expect(repo.git('show', '--name-only', '--format=%an|%s', 'HEAD').trim().split('\n')).toEqual([
      `${IDENTITY.name}|Naskah akhir, versi 1.0`,
      '',
      'guideline/final/pedoman-uji.html',
      'guideline/final/pedoman-uji.md',
      'guideline/final/pedoman-uji.pdf',
      'guideline/pedoman.yaml',
    ]);
    expect(repo.git('cat-file', '-t', 'v1.0').trim()).toBe('tag');
    expect(repo.git('rev-parse', 'v1.0^{commit}').trim()).toBe(repo.git('rev-parse', 'HEAD').trim());
    expect(repo.git('tag', '-l', '-n1', 'v1.0')).toContain('Pedoman Uji, versi 1.0 (final)');
    expect(repo.git('status', '--porcelain')).toBe('');

    // The final text is now the latest tag: a new version starts from there.
    expect((await repo.cli(['diff'])).stdout).toContain('No changes.');
  });

  it('refuses while a section was edited after its approval, and changes nothing', async () => {
    const repo = await approvedRepo();
    await repo.edit('sections/pengertian.yaml', (d) => { d.items[0].term = 'Partisipasi Masyarakat'; d.items[0].definition = 'keikutsertaan Partisipasi Masyarakat.'; });
    repo.commitAll('Ganti istilah');
    const before = state(repo);
    const result = await repo.cli(['finalize', '--version', '1.0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pedoman: cannot finalise yet: ');
    expect(result.stderr).toMatch(/pengertian: changed since review by Tim Penyusun on \d{4}-\d\d-\d\d; approve it again/);
    expect(state(repo)).toEqual(before);
    expect(existsSync(join(repo.root, 'final'))).toBe(false);
  });

  it('refuses while a comment is open, listing every blocker, unless --allow-open-comments', async () => {
    const repo = await approvedRepo();
    await repo.cli(['comment', 'add', 'peran', '--type', 'substansi', '--text', 'Siapa mengangkat Duta?']);
    await repo.cli(['comment', 'add', 'indikator', '--type', 'pertanyaan', '--text', 'Target 2027?']);
    await repo.write({ 'sections/pendahuluan.yaml': (await repo.read('sections/pendahuluan.yaml')).replace('Pasal 92.', 'Pasal 92 UU 22/2022.') });
    repo.commitAll('Rujukan');
    const before = state(repo);
    const refused = await repo.cli(['finalize', '--version', '1.0']);
    expect(refused.code).toBe(1);
    const lines = refused.stderr.trim().split('\n');
    expect(lines[0]).toBe('pedoman: cannot finalise yet: 3 blocker(s):');
    expect(lines[1]).toMatch(/^ {2}1\. peran: 1 open comment\(s\)/);
    expect(lines[2]).toMatch(/^ {2}2\. indikator: 1 open comment\(s\)/);
    expect(lines[3]).toMatch(/^ {2}3\. pendahuluan: changed since review/);
    expect(state(repo)).toEqual(before);

    await repo.cli(['review', 'pendahuluan', '--approve']);
    const allowed = await repo.cli(['finalize', '--version', '1.0', '--allow-open-comments']);
    expect(allowed.code).toBe(0);
    expect(repo.git('tag', '-l').trim()).toBe('v1.0');
  });

  it('leaves no commit and no tag when the render fails, and the manifest and output folder as they were', async () => {
    const repo = await approvedRepo();
    // A guideline's own template that breaks: the render fails after the manifest was written.
    await repo.write({ 'templates/document.html.eta': '<%= it.doc.meta.nothing.here %>\n' });
    await mkdir(join(repo.root, 'final'), { recursive: true });
    await writeFile(join(repo.root, 'final', 'pedoman-uji.md'), 'versi sebelumnya\n');
    repo.commitAll('Template sendiri dan keluaran lama');
    const before = state(repo);
    const manifest = await repo.read('pedoman.yaml');

    const result = await repo.cli(['finalize', '--version', '1.0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pedoman: finalize failed while rendering the final text: ');
    expect(result.stderr).toContain('templates/document.html.eta');
    expect(result.stderr).toContain('Everything was undone');
    expect(state(repo)).toEqual(before);
    expect(await repo.read('pedoman.yaml')).toBe(manifest);
    expect(await repo.read('final/pedoman-uji.md')).toBe('versi sebelumnya\n');
    expect(existsSync(join(repo.root, 'final/pedoman-uji.html'))).toBe(false);
  });

  it('undoes its commit when the tag cannot be made', async () => {
    const repo = await approvedRepo();
    const before = state(repo);
    const manifest = await repo.read('pedoman.yaml');
    // Another process holds the tag's lock: git refuses to create it after the commit is made.
    await mkdir(join(repo.top, '.git', 'refs', 'tags'), { recursive: true });
    await writeFile(join(repo.top, '.git', 'refs', 'tags', 'v1.0.lock'), '');
    const result = await repo.cli(['finalize', '--version', '1.0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('finalize failed while tagging');
    expect(result.stderr).toContain('Everything was undone');
    expect(state(repo)).toEqual(before);
    expect(await repo.read('pedoman.yaml')).toBe(manifest);
    expect(existsSync(join(repo.root, 'final'))).toBe(false);
  });

  it('refuses uncommitted work, a bad version and an existing tag', async () => {
    const repo = await approvedRepo();
    const bad = await repo.cli(['finalize', '--version', 'satu']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("pedoman: 'satu' is not a version such as 1.0 or 1.0.1\n");
    expect((await repo.cli(['finalize'])).code).toBe(2); // --version is required

    repo.git('tag', 'v1.0');
    const tagged = await repo.cli(['finalize', '--version', '1.0']);
    expect(tagged.code).toBe(2);
    expect(tagged.stderr).toContain('the tag v1.0 already exists');

    await repo.write({ 'catatan.txt': 'belum di-commit\n' });
    const dirty = await repo.cli(['finalize', '--version', '1.1']);
    expect(dirty.code).toBe(1);
    expect(dirty.stderr).toContain('1 file(s) with uncommitted changes: catatan.txt');
  });

  it('takes --version from the built binary (not pedoman\'s own --version)', async () => {
    const repo = await guidelineRepo();
    const result = spawnCli(['finalize', '--version', '2.0'], { cwd: repo.root, env: GIT_ENV });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot finalise yet');
    expect(spawnCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
