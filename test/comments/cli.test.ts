// Every comment command driven by flags alone, as a script or CI would: in-process through
// run(), in real git repositories.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shortIds } from '../../src/model/ids.js';
import type { CommentJson } from '../../src/comments/view.js';
import { runCli, spawnCli } from '../helpers/cli.js';
import { cleanupGuidelines, writeGuideline, baseGuideline } from '../helpers/fixture.js';
import { cleanupTemps, git, GIT_ENV, guidelineRepo, REVIEWER, storedComments } from './helpers.js';

afterEach(async () => {
  await cleanupGuidelines();
  await cleanupTemps();
});

const cli = (root: string, ...argv: string[]) => runCli(argv, { cwd: root, env: GIT_ENV });
const TEAM = ['--author', 'Tim Penyusun', '--email', 'tim@ditjenpas.example.go.id'];

async function add(root: string, ...extra: string[]) {
  const result = await cli(root, 'comment', 'add', 'peran', '--item', 'duta-upt', '--type', 'substansi', '--text', 'Tugas perlu diperjelas.', ...extra);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (await storedComments(root)).at(-1)!.record;
}

async function list(root: string, ...extra: string[]): Promise<CommentJson[]> {
  const result = await cli(root, 'comment', 'list', '--format', 'json', ...extra);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as CommentJson[];
}

describe('pedoman comment add (flags)', () => {
  it('stores every field, takes the author from git config and records the draft commit', async () => {
    const root = await guidelineRepo();
    const head = git(root, 'rev-parse', 'HEAD').trim();
    const result = await cli(root, 'comment', 'add', 'peran', '--item', 'duta-upt', '--quote', 'melaksanakan program', '--type', 'substansi',
      '--text', 'Baris satu.\n\nBaris dua: "kutip" # 🎉 <script>', '--proposed-change', 'melaksanakan dan melaporkan program', '--affiliation', 'Kanwil Jawa Barat');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Comment [0-9a-z]{8} added on peran › duta-upt \(substansi\)/);
    expect(result.stdout).toMatch(/Saved in comments\/peran\/[0-9a-z]{26}\.yaml and committed \([0-9a-f]{7}\)/);
    const [stored] = await storedComments(root);
    expect(stored!.path).toBe(join(root, 'comments', 'peran', `${stored!.record.id}.yaml`));
    expect(stored!.record).toEqual({
      id: stored!.record.id,
      section: 'peran',
      item: 'duta-upt',
      quote: 'melaksanakan program',
      type: 'substansi',
      text: 'Baris satu.\n\nBaris dua: "kutip" # 🎉 <script>',
      proposed_change: 'melaksanakan dan melaporkan program',
      author: { name: REVIEWER.name, email: REVIEWER.email, affiliation: 'Kanwil Jawa Barat' },
      created: stored!.record.created,
      commit: head,
      status: 'open',
    });
    expect(Date.parse(stored!.record.created)).not.toBeNaN();
  });

  it('takes the author from flags, and then not the e-mail of the git user', async () => {
    const root = await guidelineRepo();
    const record = await add(root, '--author', 'Sari Dewi');
    expect(record.author).toEqual({ name: 'Sari Dewi' });
    const record2 = await add(root, '--author', 'Sari Dewi', '--email', 'sari@unodc.example.org', '--affiliation', 'UNODC');
    expect(record2.author).toEqual({ name: 'Sari Dewi', email: 'sari@unodc.example.org', affiliation: 'UNODC' });
  });

  it('reads the affiliation from git config pedoman.affiliation', async () => {
    const root = await guidelineRepo();
    git(root, 'config', 'pedoman.affiliation', 'Direktorat Bimkemas');
    expect((await add(root)).author.affiliation).toBe('Direktorat Bimkemas');
  });

  it('comments on a whole section when no item is given', async () => {
    const root = await guidelineRepo();
    const result = await cli(root, 'comment', 'add', 'pendahuluan', '--type', 'umum', '--text', 'Latar belakang terlalu singkat.');
    expect(result.code, result.stderr).toBe(0);
    const [stored] = await storedComments(root);
    expect(stored!.record.item).toBeUndefined();
    expect(stored!.record.section).toBe('pendahuluan');
  });

  it('without a terminal, names every missing flag and exits 2, writing nothing', async () => {
    const root = await guidelineRepo();
    const result = await cli(root, 'comment', 'add', 'peran');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('pedoman: missing --type, --text; without a terminal pedoman cannot ask, so give each as an option\n');
    const none = await cli(root, 'comment', 'add');
    expect(none.stderr).toContain('missing the section (e.g. pedoman comment add kelembagaan), --type, --text');
    expect(await storedComments(root)).toEqual([]);
  });

  it('through the built binary with stdin not a terminal, too', async () => {
    const root = await guidelineRepo();
    const missing = spawnCli(['comment', 'add', 'peran', '--item', 'duta-upt'], { cwd: root, env: GIT_ENV });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('pedoman: missing --type, --text; without a terminal pedoman cannot ask, so give each as an option\n');
    const unknown = spawnCli(['--lang', 'id', 'comment', 'add', 'perann', '--type', 'umum', '--text', 'x'], { cwd: root, env: GIT_ENV });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("pedoman: bagian 'perann' tidak dikenal; yang paling mirip: peran\n");
    expect(await storedComments(root)).toEqual([]);
  });

  it('asks for --author when git knows no one and no terminal can ask', async () => {
    const root = await guidelineRepo(baseGuideline(), null);
    const result = await cli(root, 'comment', 'add', 'peran', '--type', 'umum', '--text', 'x');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing --author');
  });

  it('rejects an unknown section or item with the valid or closest choices', async () => {
    const root = await guidelineRepo();
    const section = await cli(root, 'comment', 'add', 'peranan', '--type', 'umum', '--text', 'x');
    expect(section.code).toBe(2);
    expect(section.stderr).toBe("pedoman: unknown section 'peranan'; closest: peran\n");
    const far = await cli(root, 'comment', 'add', 'zzzzzzzzzz', '--type', 'umum', '--text', 'x');
    expect(far.stderr).toBe("pedoman: unknown section 'zzzzzzzzzz'; valid: pendahuluan, pengertian, peran, mekanisme, indikator\n");
    const item = await cli(root, 'comment', 'add', 'peran', '--item', 'duta-upx', '--type', 'umum', '--text', 'x');
    expect(item.stderr).toBe("pedoman: section 'peran' has no item 'duta-upx'; closest: duta-upt\n");
    const elsewhere = await cli(root, 'comment', 'add', 'peran', '--item', 'usul-program', '--type', 'umum', '--text', 'x');
    expect(elsewhere.stderr).toContain("item 'usul-program' is not in section 'peran' but in 'mekanisme'");
    expect(await storedComments(root)).toEqual([]);
  });

  it('names a section or manifest with YAML errors instead of calling the section unknown', async () => {
    const root = await writeGuideline({ ...baseGuideline(), 'sections/peran.yaml': 'kind: roles\nitems: [\n' });
    const broken = await cli(root, 'comment', 'add', 'peran', '--type', 'umum', '--text', 'x', '--no-commit');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe('pedoman: sections/peran.yaml cannot be read as a section (YAML errors or no kind); fix it first (see pedoman validate)\n');
    const manifest = await writeGuideline({ ...baseGuideline(), 'pedoman.yaml': 'id: [\n' });
    const noManifest = await cli(manifest, 'comment', 'add', 'peran', '--type', 'umum', '--text', 'x', '--no-commit');
    expect(noManifest.code).toBe(2);
    expect(noManifest.stderr).toBe('pedoman: pedoman.yaml cannot be read as YAML; fix it first (see pedoman validate)\n');
    expect(await storedComments(root)).toEqual([]);
  });

  it('rejects a bad type, an empty text and a bad e-mail', async () => {
    const root = await guidelineRepo();
    expect((await cli(root, 'comment', 'add', 'peran', '--type', 'kritik', '--text', 'x')).stderr)
      .toContain("unknown type 'kritik'; use one of: umum, substansi, redaksional, pertanyaan");
    expect((await cli(root, 'comment', 'add', 'peran', '--type', 'umum', '--text', '  \n ')).stderr).toContain('--text is empty');
    expect((await cli(root, 'comment', 'add', 'peran', '--type', 'umum', '--text', 'x', '--email', 'not-an-email')).stderr)
      .toContain("'not-an-email' is not an e-mail address");
    expect(await storedComments(root)).toEqual([]);
  });

  it('accepts the type in any case', async () => {
    const root = await guidelineRepo();
    const result = await cli(root, 'comment', 'add', 'peran', '--type', 'Redaksional', '--text', 'ejaan');
    expect(result.code, result.stderr).toBe(0);
    expect((await storedComments(root))[0]!.record.type).toBe('redaksional');
  });

  it('writes but does not commit with --no-commit, or outside a git repository', async () => {
    const root = await guidelineRepo();
    const result = await cli(root, 'comment', 'add', 'peran', '--type', 'umum', '--text', 'x', '--no-commit');
    expect(result.stdout).toContain('not committed (--no-commit)');
    expect(git(root, 'status', '--porcelain')).toMatch(/^\?\? comments\/\n$/);

    const plain = await writeGuideline(baseGuideline());
    const outside = await cli(plain, 'comment', 'add', 'peran', '--type', 'umum', '--text', 'x', '--author', 'Sari');
    expect(outside.code, outside.stderr).toBe(0);
    expect(outside.stdout).toContain('not committed: this folder is not in a git repository');
    const [stored] = await storedComments(plain);
    expect(stored!.record.commit).toBeUndefined();
  });
});

describe('pedoman comment list, show, reply, resolve, reopen, accept (flags)', () => {
  it('runs a whole thread: reply, resolve, accept, reopen — each committed with its author', async () => {
    const root = await guidelineRepo();
    const comment = await add(root);
    const short = comment.id.slice(0, 8);

    const reply = await cli(root, 'comment', 'reply', comment.id.slice(0, 20), '--text', 'Apa yang kurang jelas?', ...TEAM);
    expect(reply.code, reply.stderr).toBe(0);
    expect(reply.stdout).toContain(`added to ${short}`);
    const answer = await cli(root, 'comment', 'reply', comment.id, '--text', 'Batas tugas dengan Kanwil.');
    expect(answer.code, answer.stderr).toBe(0);

    const resolved = await cli(root, 'comment', 'resolve', comment.id.slice(0, 20), '--disposition', 'diterima sebagian', '--response', 'Batas tugas ditambahkan.\nSisanya ditunda.', ...TEAM);
    expect(resolved.code, resolved.stderr).toBe(0);
    expect(resolved.stdout).toMatch(new RegExp(`Comment ${short}[0-9a-z]* resolved: diterima sebagian\\.`));

    const stored = await storedComments(root);
    expect(stored).toHaveLength(3);
    const [root0, reply1, reply2] = stored.map((s) => s.record);
    expect(reply1).toMatchObject({ reply_to: comment.id, section: 'peran', item: 'duta-upt', type: 'substansi', author: { name: 'Tim Penyusun' } });
    expect(reply2).toMatchObject({ reply_to: comment.id, author: { name: REVIEWER.name, email: REVIEWER.email } });
    expect(root0).toMatchObject({
      status: 'resolved', disposition: 'diterima-sebagian', response: 'Batas tugas ditambahkan.\nSisanya ditunda.',
      resolved_by: { name: 'Tim Penyusun', email: 'tim@ditjenpas.example.go.id' }, author: comment.author, text: comment.text,
    });

    expect((await cli(root, 'comment', 'accept', comment.id)).code).toBe(0);
    expect((await storedComments(root))[0]!.record.accepted).toBe(true);
    const reject = await cli(root, 'comment', 'accept', comment.id, '--no');
    expect(reject.stdout).toContain('did not accept');
    expect((await storedComments(root))[0]!.record.accepted).toBe(false);

    expect((await cli(root, 'comment', 'reopen', comment.id)).code).toBe(0);
    const reopened = (await storedComments(root))[0]!.record;
    expect(reopened).toMatchObject({ status: 'open', disposition: 'diterima-sebagian', response: 'Batas tugas ditambahkan.\nSisanya ditunda.' });

    // Messages are in the guideline's language (the fixture's manifest says id), whatever --lang
    // the user runs with; short ids grow while comments made close together share a prefix.
    const id = `${short}[0-9a-z]*`;
    const log = git(root, 'log', '--format=%an <%ae>|%s').trim().split('\n');
    const me = `${REVIEWER.name} <${REVIEWER.email}>`;
    const team = 'Tim Penyusun <tim@ditjenpas.example.go.id>';
    const expected = [
      `${me}\\|Buka kembali komentar ${id} pada peran › duta-upt`,
      `${me}\\|Pemberi komentar tidak menerima jawaban atas komentar ${id} pada peran › duta-upt`,
      `${me}\\|Pemberi komentar menerima jawaban atas komentar ${id} pada peran › duta-upt`,
      `${team}\\|Selesaikan komentar ${id} pada peran › duta-upt: diterima sebagian`,
      `${me}\\|Balasan atas komentar ${id} pada peran › duta-upt oleh ${REVIEWER.name}: Batas tugas dengan Kanwil\\.`,
      `${team}\\|Balasan atas komentar ${id} pada peran › duta-upt oleh Tim Penyusun: Apa yang kurang jelas\\?`,
      `${me}\\|Komentar pada peran › duta-upt oleh ${REVIEWER.name}: Tugas perlu diperjelas\\.`,
    ];
    expected.forEach((pattern, i) => expect(log[i]).toMatch(new RegExp(`^${pattern}$`)));
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('lists the documented JSON fields, threads in guideline order, and filters', async () => {
    const root = await guidelineRepo();
    const onRole = await add(root);
    const onIntro = (await cli(root, 'comment', 'add', 'pendahuluan', '--type', 'pertanyaan', '--text', 'Mengapa?', '--author', 'Sari', '--affiliation', 'UNODC')).code;
    expect(onIntro).toBe(0);
    await cli(root, 'comment', 'reply', onRole.id, '--text', 'Balasan', ...TEAM);
    await cli(root, 'comment', 'resolve', onRole.id, '--disposition', 'dicatat', '--response', 'Dicatat.', ...TEAM);

    const all = await list(root);
    expect(all.map((c) => [c.section, c.reply_to === null ? 'comment' : 'reply'])).toEqual([
      ['pendahuluan', 'comment'], ['peran', 'comment'], ['peran', 'reply'],
    ]);
    const first = all[1]!;
    for (const key of ['id', 'section', 'item', 'type', 'text', 'proposed_change', 'author', 'status', 'disposition', 'response', 'reply_to', 'created']) {
      expect(first, key).toHaveProperty(key);
    }
    expect(first).toMatchObject({
      id: onRole.id, short_id: shortIds(all.map((c) => c.id)).get(onRole.id), section: 'peran', item: 'duta-upt', type: 'substansi', text: 'Tugas perlu diperjelas.',
      proposed_change: null, status: 'resolved', thread_status: 'resolved', disposition: 'dicatat', response: 'Dicatat.', reply_to: null,
      thread: onRole.id, anchor: 'unchanged', file: `comments/peran/${onRole.id}.yaml`,
    });
    expect(all[2]).toMatchObject({ reply_to: onRole.id, thread: onRole.id, status: 'open', thread_status: 'resolved' });

    expect((await list(root, '--status', 'open')).map((c) => c.section)).toEqual(['pendahuluan']);
    expect((await list(root, '--status', 'resolved')).map((c) => c.reply_to === null)).toEqual([true, false]);
    expect((await list(root, '--section', 'peran')).length).toBe(2);
    expect((await list(root, '--type', 'pertanyaan')).map((c) => c.text)).toEqual(['Mengapa?']);
    expect((await list(root, '--author', 'unodc')).map((c) => c.author.name)).toEqual(['Sari']);
    expect((await list(root, '--author', 'budi')).length).toBe(1);

    const table = await cli(root, 'comment', 'list');
    expect(table.stdout).toContain('resolved: dicatat');
    expect(table.stdout).toContain(`↳ ${all[2]!.short_id}`);
    expect(table.stdout).toContain('2 thread(s): 1 open, 1 resolved; 3 comment(s) shown');
    expect((await cli(root, 'comment', 'list', '--section', 'nope')).stderr).toContain("unknown section 'nope'");
    expect((await cli(root, 'comment', 'list', '--status', 'closed')).code).toBe(2);
    expect((await cli(root, 'comment', 'list', '--format', 'xml')).stderr).toContain("unknown format 'xml'; use one of: table, json");
  });

  it('shows the whole thread from any of its comments', async () => {
    const root = await guidelineRepo();
    const comment = await add(root, '--quote', 'melaksanakan program', '--proposed-change', 'melaksanakan dan melaporkan');
    await cli(root, 'comment', 'reply', comment.id, '--text', 'Jawaban\nbaris dua', ...TEAM);
    const reply = (await storedComments(root))[1]!.record;
    const shown = await cli(root, 'comment', 'show', reply.id.slice(0, 10));
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(new RegExp(`Comment ${comment.id.slice(0, 8)}[0-9a-z]* · substansi · open`));
    expect(shown.stdout).toContain('Section:   3. Peran (peran)');
    expect(shown.stdout).toContain('Item:      Duta Kerja Sama UPT (duta-upt)');
    expect(shown.stdout).toContain('Quote:     “melaksanakan program”');
    expect(shown.stdout).toContain('item unchanged since commit');
    expect(shown.stdout).toContain('Proposed change:\n  melaksanakan dan melaporkan');
    expect(shown.stdout).toMatch(new RegExp(`    ↳ Reply ${reply.id.slice(0, 8)}[0-9a-z]*  Tim Penyusun <tim@ditjenpas.example.go.id>`));
    expect(shown.stdout).toContain('      Jawaban\n      baris dua');
    const json = JSON.parse((await cli(root, 'comment', 'show', comment.id, '--format', 'json')).stdout) as CommentJson[];
    expect(json.map((c) => c.id)).toEqual([comment.id, reply.id]);
  });

  it('finds comments by unique prefix and explains ambiguous or unknown ids', async () => {
    const root = await guidelineRepo();
    const a = await add(root);
    await add(root);
    const ambiguous = await cli(root, 'comment', 'show', a.id.slice(0, 3));
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/matches several comments \([0-9a-z]{8,}, [0-9a-z]{8,}\); give more characters/);
    const unknown = await cli(root, 'comment', 'show', 'zzzzzzzz');
    expect(unknown.stderr).toContain("no comment with id 'zzzzzzzz'");
    expect((await cli(root, 'comment', 'resolve', 'zzzz', '--disposition', 'dicatat', '--response', 'x')).code).toBe(2);
  });

  it('refuses what does not make sense, and says what to do instead', async () => {
    const root = await guidelineRepo();
    const comment = await add(root);
    await cli(root, 'comment', 'reply', comment.id, '--text', 'balasan');
    const reply = (await storedComments(root))[1]!.record;
    const onReply = await cli(root, 'comment', 'resolve', reply.id, '--disposition', 'dicatat', '--response', 'x');
    expect(onReply.stderr).toMatch(new RegExp(`is a reply; resolve acts on the first comment of its thread: pedoman comment resolve ${comment.id.slice(0, 8)}[0-9a-z]*\n`));
    expect((await cli(root, 'comment', 'accept', comment.id)).stderr).toContain('has no answer yet');
    expect((await cli(root, 'comment', 'reopen', comment.id)).stderr).toContain('is already open');
    const bad = await cli(root, 'comment', 'resolve', comment.id, '--disposition', 'ok', '--response', 'x');
    expect(bad.stderr).toContain("unknown disposition 'ok'; use one of: diterima, diterima sebagian, tidak diterima, ditunda, dicatat");
    const missing = await cli(root, 'comment', 'resolve', comment.id);
    expect(missing.stderr).toContain('missing --disposition, --response');
    await cli(root, 'comment', 'resolve', comment.id, '--disposition', 'tidak-diterima', '--response', 'Alasan.');
    const again = await cli(root, 'comment', 'resolve', comment.id, '--disposition', 'diterima', '--response', 'y');
    expect(again.stderr).toContain('already resolved (tidak diterima); to change the answer, reopen it first');
    expect((await storedComments(root))[0]!.record.response).toBe('Alasan.');
    expect((await cli(root, 'comment', 'reply', 'zzzz', '--text', 'x')).code).toBe(2);
  });

  it('commits only the comment file, leaving the user’s staged and unstaged work as it was', async () => {
    const root = await guidelineRepo();
    const manifest = join(root, 'pedoman.yaml');
    await writeFile(manifest, `${await readFile(manifest, 'utf8')}# staged edit\n`);
    git(root, 'add', 'pedoman.yaml');
    const section = join(root, 'sections', 'peran.yaml');
    await writeFile(section, `${await readFile(section, 'utf8')}# unstaged edit\n`);
    await writeFile(join(root, 'notes.txt'), 'untracked\n');
    const before = git(root, 'status', '--porcelain');

    const comment = await add(root);
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(`comments/peran/${comment.id}.yaml`);
    expect(git(root, 'status', '--porcelain')).toBe(before);
    expect(git(root, 'diff', '--cached', '--name-only').trim()).toBe('pedoman.yaml');

    await cli(root, 'comment', 'resolve', comment.id, '--disposition', 'dicatat', '--response', 'ok');
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(`comments/peran/${comment.id}.yaml`);
    expect(git(root, 'status', '--porcelain')).toBe(before);
  });

  it("writes commit messages in the guideline's language, not the user's", async () => {
    const files = baseGuideline() as Record<string, { language?: string }>;
    files['pedoman.yaml']!.language = 'en';
    const root = await guidelineRepo(files);
    const result = await runCli(['--lang', 'id', 'comment', 'add', 'peran', '--type', 'umum', '--text', 'Satu.'], { cwd: root, env: GIT_ENV });
    expect(result.stdout).toContain('Komentar');
    expect(git(root, 'log', '-1', '--format=%B')).toMatch(/^Comment on peran by Budi Santoso: Satu\.\n\nComment-Id: [0-9a-z]{26}\n/);
  });

  it('commits as the given author even when git has no identity of its own', async () => {
    const root = await guidelineRepo(baseGuideline(), null);
    const result = await cli(root, 'comment', 'add', 'peran', '--type', 'umum', '--text', 'x', '--author', 'Sari Dewi', '--email', 'sari@example.org');
    expect(result.code, result.stderr).toBe(0);
    expect(git(root, 'log', '-1', '--format=%an <%ae>|%cn <%ce>').trim()).toBe('Sari Dewi <sari@example.org>|Sari Dewi <sari@example.org>');
  });
});
