// `pedoman revise`: after a final text, the manifest goes back to draft with the next version,
// in one commit in the guideline's language; refused when the text is not final or the version
// is not greater. `status` on a final text says so and no longer offers to finalise; comments
// are refused on the final text and taken again on the new draft.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanupRepos, guidelineRepo, IDENTITY, type Repo } from './helpers.js';

afterEach(cleanupRepos);

/** A guideline whose manifest says it is final (as `finalize` leaves it), committed and tagged. */
async function finalRepo(version = '1.0'): Promise<Repo> {
  const repo = await guidelineRepo();
  const text = await repo.read('pedoman.yaml');
  await repo.write({ 'pedoman.yaml': text.replace(/^version: .*$/m, `version: "${version}"`).replace(/^status: draft$/m, 'status: final') });
  repo.commitAll(`Final text, version ${version}`, '2026-02-01T09:00:00+07:00');
  repo.git('tag', `v${version}`);
  return repo;
}

describe('pedoman revise', () => {
  it('sets the manifest back to draft with the next minor version, keeping every other byte, and commits it in the guideline language', async () => {
    const repo = await finalRepo();
    const before = await repo.read('pedoman.yaml');
    const head = repo.git('rev-parse', 'HEAD').trim();
    const result = await repo.cli(['revise']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Version 1\.1 is now a draft \(after the final version 1\.0\): commit [0-9a-f]{7}\.$/m);
    expect(result.stdout).toContain('pedoman comment add');
    expect(await repo.read('pedoman.yaml')).toBe(before.replace('version: "1.0"', 'version: "1.1"').replace('status: final', 'status: draft'));
    expect(repo.git('rev-parse', 'HEAD~1').trim()).toBe(head);
    // The fixture's language is id: the commit message is Indonesian although the user reads English.
    expect(repo.git('show', '--name-only', '--format=%an|%s', 'HEAD').trim().split('\n')).toEqual([
      `${IDENTITY.name}|Draf baru, versi 1.1`, '', 'guideline/pedoman.yaml',
    ]);
    expect(repo.git('log', '-1', '--format=%b')).toContain('setelah naskah akhir versi 1.0 (tag v1.0)');
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(repo.git('tag', '-l').trim()).toBe('v1.0');
  });

  it('takes an explicit --version and refuses one that is not greater than the final one', async () => {
    const repo = await finalRepo('1.2');
    const head = repo.git('rev-parse', 'HEAD').trim();
    for (const version of ['1.2', '1.1', '0.9.9']) {
      const refused = await repo.cli(['revise', '--version', version]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe(`pedoman: version ${version} is not greater than the final version 1.2; choose e.g. 1.3\n`);
    }
    const bad = await repo.cli(['revise', '--version', 'next']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(head);

    const ok = await repo.cli(['revise', '--version', '2.0']);
    expect(ok.code).toBe(0);
    expect(await repo.data('pedoman.yaml')).toMatchObject({ version: '2.0', status: 'draft' });
  });

  it('refuses, in one line and writing nothing, when the text is not final', async () => {
    const repo = await guidelineRepo();
    const before = await repo.read('pedoman.yaml');
    const result = await repo.cli(['revise', '--version', '1.1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('pedoman: version 0.1.0 is not final (draft); `pedoman revise` starts a new version after `pedoman finalize`\n');
    expect(await repo.read('pedoman.yaml')).toBe(before);
    const id = await repo.cli(['--lang', 'id', 'revise']);
    expect(id.stderr).toBe('pedoman: versi 0.1.0 belum final (draft); `pedoman revise` memulai versi baru setelah `pedoman finalize`\n');
  });

  it('refuses when pedoman.yaml holds uncommitted changes', async () => {
    const repo = await finalRepo();
    const text = await repo.read('pedoman.yaml');
    await repo.write({ 'pedoman.yaml': `${text}# catatan\n` });
    const result = await repo.cli(['revise']);
    expect(result.code).toBe(2);
    expect(await repo.read('pedoman.yaml')).toBe(`${text}# catatan\n`);
  });

  it('status on a final text says final (v1.0) and how to start the next version, not how to finalise', async () => {
    const repo = await finalRepo();
    const table = (await repo.cli(['status'])).stdout;
    expect(table.split('\n')[0]).toBe('Pedoman Uji — final (v1.0)');
    expect(table).toContain('Final: version 1.0. To work on the next version: pedoman revise --version 1.1');
    expect(table).not.toContain('Ready to finalise');
    expect(table).not.toContain('pedoman finalize');
    const json = JSON.parse((await repo.cli(['status', '--format', 'json'])).stdout);
    expect(json).toMatchObject({ ready: false, blockers: [], final: { version: '1.0', next: '1.1' }, guideline: { status: 'final', version: '1.0' } });
    const quiet = await repo.cli(['status', '--quiet']);
    expect(quiet.stdout).toBe('Final: version 1.0. To work on the next version: pedoman revise --version 1.1\n');
    const id = (await repo.cli(['--lang', 'id', 'status', '--quiet'])).stdout;
    expect(id).toBe('Final: versi 1.0. Untuk menyusun versi berikutnya: pedoman revise --version 1.1\n');

    // finalize refuses a final text, naming revise.
    const again = await repo.cli(['finalize', '--version', '1.1']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('pedoman: version 1.0 is already final; to start the next version: pedoman revise --version 1.1\n');
  });

  it('refuses comments and replies on the final text, allows settling old threads, and takes comments again after revise', async () => {
    const repo = await guidelineRepo();
    const added = await repo.cli(['comment', 'add', 'peran', '--type', 'umum', '--text', 'Perlu diperjelas.']);
    expect(added.code).toBe(0);
    const listed = JSON.parse((await repo.cli(['comment', 'list', '--json'])).stdout);
    const id: string = (Array.isArray(listed) ? listed : listed.comments)[0].id;
    const text = await repo.read('pedoman.yaml');
    await repo.write({ 'pedoman.yaml': text.replace(/^version: .*$/m, 'version: "1.0"').replace(/^status: draft$/m, 'status: final') });
    repo.commitAll('Final text, version 1.0');

    const add = await repo.cli(['comment', 'add', 'peran', '--type', 'umum', '--text', 'Lagi.']);
    expect(add.code).toBe(2);
    expect(add.stderr).toMatch(/^pedoman: version 1\.0 is final: comments are taken on a draft\. .*`pedoman revise`.*\n$/);
    const reply = await repo.cli(['comment', 'reply', id, '--text', 'Setuju.']);
    expect(reply.code).toBe(2);
    expect(reply.stderr).toContain('`pedoman revise`');
    // The drafting team may still answer a thread left open at the final text (the record is kept complete).
    const answer = await repo.cli(['comment', 'answer', id, '--disposition', 'dicatat', '--response', 'Dicatat untuk versi berikutnya.']);
    expect(answer.stderr).toBe('');
    expect(answer.code).toBe(0);

    expect((await repo.cli(['revise'])).code).toBe(0);
    const again = await repo.cli(['comment', 'add', 'peran', '--type', 'umum', '--text', 'Untuk versi 1.1.']);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect((await repo.cli(['status', '--quiet'])).stdout).toContain('Ready to finalise: no.');
  });

  it('has help in English and Indonesian', async () => {
    const en = await runCli(['revise', '--help']);
    expect(en.stdout).toContain('Usage: pedoman revise [options]');
    expect(en.stdout).toContain('--version <X.Y>');
    expect(en.stdout).toContain('Only a final text is revised: pedoman.yaml gets `status: draft` and the new version');
    const id = await runCli(['--lang', 'id', 'revise', '--help']);
    expect(id.stdout).toContain('Mulai versi berikutnya setelah naskah akhir');
    expect(id.stdout).toContain('Hanya naskah akhir yang dapat direvisi');
  });
});
