// `pedoman review`: stamps with a fingerprint, the section's status, commits, and the
// "changed since review" warning of validate and status, in real git repositories.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sectionFingerprint } from '../../src/tracking/fingerprint.js';
import { approveAll, cleanupRepos, guidelineRepo, IDENTITY } from './helpers.js';

afterEach(cleanupRepos);

async function stamps(root: string, section: string): Promise<string[]> {
  return (await readdir(join(root, 'reviews', section)).catch(() => [])).sort();
}

describe('pedoman review', () => {
  it('records who approved a section, with its fingerprint, sets the status and commits both files', async () => {
    const repo = await guidelineRepo();
    const before = repo.git('rev-parse', 'HEAD').trim();
    const result = await repo.cli(['review', 'pengertian', '--approve', '--note', 'Sesuai hasil rapat 12 Mei.']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Approved section 'pengertian' as ${IDENTITY.name}`);

    const files = await stamps(repo.root, 'pengertian');
    expect(files).toHaveLength(1);
    const text = await repo.read(`reviews/pengertian/${files[0]}`);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/review.schema.json');
    const stamp = await repo.data(`reviews/pengertian/${files[0]}`);
    const section = await repo.data('sections/pengertian.yaml');
    expect(stamp).toMatchObject({
      id: files[0]!.replace(/\.yaml$/, ''),
      section: 'pengertian',
      reviewer: IDENTITY,
      approve: true,
      note: 'Sesuai hasil rapat 12 Mei.',
      commit: before,
      fingerprint: sectionFingerprint(section),
    });
    expect(section.status).toBe('approved');

    // One commit by the reviewer holding exactly the stamp and the section file.
    expect(repo.git('log', '-1', '--format=%an|%s').trim()).toBe(`${IDENTITY.name}|Tinjauan: pengertian disetujui oleh ${IDENTITY.name}`);
    expect(repo.git('log', '-1', '--format=%b')).toContain(`Review-Id: ${stamp.id}`);
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([
      `guideline/reviews/pengertian/${files[0]}`,
      'guideline/sections/pengertian.yaml',
    ]);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('without --approve records a review that does not approve, and the status becomes review', async () => {
    const repo = await guidelineRepo();
    const result = await repo.cli(['review', 'peran', '--author', 'Rina (UNODC)', '--email', 'rina@example.org']);
    expect(result.code).toBe(0);
    const [file] = await stamps(repo.root, 'peran');
    expect(await repo.data(`reviews/peran/${file}`)).toMatchObject({ approve: false, reviewer: { name: 'Rina (UNODC)', email: 'rina@example.org' } });
    expect((await repo.data('sections/peran.yaml')).status).toBe('review');
    expect(repo.git('log', '-1', '--format=%an').trim()).toBe('Rina (UNODC)');
  });

  it('inserts a missing status after the title and keeps every other byte of the section file', async () => {
    const repo = await guidelineRepo();
    const text = '# yaml-language-server: $schema=../../schemas/narrative.schema.json\n# catatan rapat\nkind: narrative\nid: pendahuluan\ntitle: Pendahuluan\n\nitems:\n  - id: latar-belakang\n    title: Latar Belakang\n    text: >-\n      Peran Serta Masyarakat diatur\n      dalam Pasal 92.\n';
    await repo.write({ 'sections/pendahuluan.yaml': text });
    repo.commitAll('format');
    expect((await repo.cli(['review', 'pendahuluan', '--approve'])).code).toBe(0);
    expect(await repo.read('sections/pendahuluan.yaml')).toBe(text.replace('title: Pendahuluan\n\n', 'title: Pendahuluan\n\nstatus: approved\n'));
  });

  it('writes the files without committing with --no-commit', async () => {
    const repo = await guidelineRepo();
    const result = await repo.cli(['review', 'pengertian', '--approve', '--no-commit']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('not committed: --no-commit');
    expect(repo.git('status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([' M guideline/sections/pengertian.yaml', '?? guideline/reviews/']);
  });

  it('refuses an unknown section, a section with errors, and a section with uncommitted edits', async () => {
    const repo = await guidelineRepo();
    const unknown = await repo.cli(['review', 'pengertia', '--approve']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no section 'pengertia' in the manifest; .*pengertian/);

    await repo.edit('sections/peran.yaml', (d) => { d.items[0].level = 'provinsi'; });
    repo.commitAll('break');
    const broken = await repo.cli(['review', 'peran', '--approve']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("section 'peran' has 1 validation error(s)");

    await repo.edit('sections/pengertian.yaml', (d) => { d.items[0].definition = 'diubah'; });
    const dirty = await repo.cli(['review', 'pengertian', '--approve']);
    expect(dirty.code).toBe(2);
    expect(dirty.stderr).toContain('has uncommitted changes');
    expect(await stamps(repo.root, 'pengertian')).toEqual([]);
    expect(await stamps(repo.root, 'peran')).toEqual([]);
  });

  it('asks for --author when nobody is known and no terminal can ask', async () => {
    const repo = await guidelineRepo();
    const result = await repo.cli(['review', 'pengertian'], { GIT_AUTHOR_NAME: '', GIT_AUTHOR_EMAIL: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--author');
  });
});

describe('changed since review', () => {
  it('validate and status say so after any field of the section changes, until it is reviewed again', async () => {
    const repo = await guidelineRepo();
    await repo.cli(['review', 'pengertian', '--approve']);
    const day = new Date().toISOString().slice(0, 10);
    expect((await repo.cli(['validate', '--strict'])).code).toBe(0);

    // A change to a field that is not text (a reference) counts as much as a changed word.
    await repo.edit('sections/pengertian.yaml', (d) => { d.items[1].source.verbatim = false; });
    const validate = await repo.cli(['validate']);
    expect(validate.stdout).toContain(`section 'pengertian' changed since review by ${IDENTITY.name} on ${day}`);
    expect(validate.stdout).toContain('review-stale');
    expect((await repo.cli(['validate', '--strict'])).code).toBe(1);
    const status = JSON.parse((await repo.cli(['status', '--format', 'json'])).stdout);
    const row = status.sections.find((s: { id: string }) => s.id === 'pengertian');
    expect(row).toMatchObject({ status: 'approved', approved: false, changed_since_review: true });
    expect(status.blockers.map((b: { kind: string; section?: string }) => `${b.kind}:${b.section ?? ''}`)).toContain('changed-since-approval:pengertian');

    repo.commitAll('edit');
    await repo.cli(['review', 'pengertian', '--approve']);
    expect((await repo.cli(['validate'])).stdout).not.toContain('changed since review');
  });

  it('is not triggered by reformatting, YAML comments or the status field', async () => {
    const repo = await guidelineRepo();
    await repo.cli(['review', 'pengertian', '--approve']);
    const text = await repo.read('sections/pengertian.yaml');
    await repo.write({ 'sections/pengertian.yaml': `# dibahas 12 Mei\n${text.replace('status: approved', 'status: review')}\n\n` });
    const validate = await repo.cli(['validate']);
    expect(validate.stdout).not.toContain('changed since review');
  });

  it('a review file in the wrong folder or failing its schema is a validation error', async () => {
    const repo = await guidelineRepo();
    await approveAll(repo);
    const [file] = await stamps(repo.root, 'peran');
    const text = await repo.read(`reviews/peran/${file}`);
    await repo.write({ [`reviews/pengertian/${file}`]: text, 'reviews/peran/01jbadbadbadbadbadbadbadbad.yaml': 'section: peran\n' });
    const validate = await repo.cli(['validate']);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain("the review is of section 'peran' but sits in the folder 'pengertian'");
    expect(validate.stdout).toMatch(/missing.*reviewer|reviewer.*missing|'reviewer'/);
  });
});

describe('fingerprint', () => {
  it('ignores key order and the status, and sees every other field', () => {
    const a = { kind: 'terms', id: 'x', title: 'X', status: 'draft', items: [{ id: 'a', term: 'A', definition: 'd' }] };
    const b = { items: [{ definition: 'd', term: 'A', id: 'a' }], title: 'X', id: 'x', kind: 'terms', status: 'approved' };
    expect(sectionFingerprint(a)).toBe(sectionFingerprint(b));
    expect(sectionFingerprint(a)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(sectionFingerprint({ ...a, intro: 'baru' })).not.toBe(sectionFingerprint(a));
    expect(sectionFingerprint({ ...a, items: [{ id: 'a', term: 'A', definition: 'd', avoid: ['x'] }] })).not.toBe(sectionFingerprint(a));
    expect(sectionFingerprint({ ...a, items: [...a.items, { id: 'b', term: 'B', definition: 'e' }] })).not.toBe(
      sectionFingerprint({ ...a, items: [{ id: 'b', term: 'B', definition: 'e' }, ...a.items] }),
    );
  });
});
