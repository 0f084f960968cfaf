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
/** git's identity is the drafting team's (GIT_AUTHOR_* come before git config). */
const AS_TEAM = { GIT_AUTHOR_NAME: 'Tim Penyusun', GIT_AUTHOR_EMAIL: 'tim@ditjenpas.example.go.id', GIT_COMMITTER_NAME: 'Tim Penyusun', GIT_COMMITTER_EMAIL: 'tim@ditjenpas.example.go.id' };

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
    expect(result.stdout).toMatch(/Comment [0-9a-z]{12} added on peran › duta-upt \(substance\)/);
    expect(result.stdout).toMatch(/Saved in comments\/peran\/[0-9a-z]{26}\.yaml and committed \([0-9a-f]{7}\)/);
    const [stored] = await storedComments(root);
    expect(stored!.path).toBe(join(root, 'comments', 'peran', `${stored!.record.id}.yaml`));
    expect(stored!.record).toEqual({
      id: stored!.record.id,
      section: 'peran',
      act: 'comment',
      item: 'duta-upt',
      quote: 'melaksanakan program',
      type: 'substansi',
      text: 'Baris satu.\n\nBaris dua: "kutip" # 🎉 <script>',
      proposed_change: 'melaksanakan dan melaporkan program',
      author: { name: REVIEWER.name, email: REVIEWER.email, affiliation: 'Kanwil Jawa Barat' },
      created: stored!.record.created,
      commit: head,
    });
    expect(Date.parse(stored!.record.created)).not.toBeNaN();
  });

  it('takes the author from flags, and then not the e-mail of the git user, who records it for them', async () => {
    const root = await guidelineRepo();
    const record = await add(root, '--author', 'Sari Dewi', '--note', 'dikirim dengan surat');
    expect(record.author).toEqual({ name: 'Sari Dewi' });
    expect(record.recorded_by).toEqual({ name: REVIEWER.name, email: REVIEWER.email });
    expect(record.note).toBe('dikirim dengan surat');
    const record2 = await add(root, '--author', 'Sari Dewi', '--email', 'sari@unodc.example.org', '--affiliation', 'UNODC');
    expect(record2.author).toEqual({ name: 'Sari Dewi', email: 'sari@unodc.example.org', affiliation: 'UNODC' });
    // The commit is by who recorded it, so that validate's provenance check holds.
    expect(git(root, 'log', '-1', '--format=%an <%ae>').trim()).toBe(`${REVIEWER.name} <${REVIEWER.email}>`);
    expect((await cli(root, 'validate')).code).toBe(0);
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
      .toContain("unknown type 'kritik'; use one of: general, substance, wording, question");
    expect((await cli(root, 'comment', 'add', 'peran', '--type', 'umum', '--text', '  \n ')).stderr).toContain('--text is empty');
    expect((await cli(root, 'comment', 'add', 'peran', '--type', 'umum', '--text', 'x', '--email', 'not-an-email')).stderr)
      .toContain("'not-an-email' is not an e-mail address");
    expect(await storedComments(root)).toEqual([]);
  });

  it('accepts the type in any case and in either language', async () => {
    const root = await guidelineRepo();
    const result = await cli(root, 'comment', 'add', 'peran', '--type', 'Redaksional', '--text', 'ejaan');
    expect(result.code, result.stderr).toBe(0);
    expect((await cli(root, 'comment', 'add', 'peran', '--type', 'question', '--text', 'Mengapa?')).code).toBe(0);
    expect((await storedComments(root)).map((c) => c.record.type)).toEqual(['redaksional', 'pertanyaan']);
  });

  it('reads --text - from standard input, once', async () => {
    const root = await guidelineRepo();
    const piped = await runCli(['comment', 'add', 'peran', '--type', 'umum', '--text', '-'], { cwd: root, env: GIT_ENV, stdin: 'Baris satu.\r\nBaris dua.\n' });
    expect(piped.code, piped.stderr).toBe(0);
    expect((await storedComments(root))[0]!.record.text).toBe('Baris satu.\nBaris dua.');
    const twice = await runCli(['comment', 'add', 'peran', '--type', 'umum', '--text', '-', '--proposed-change', '-'], { cwd: root, env: GIT_ENV, stdin: 'x' });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('only one option can read standard input: --text and --proposed-change both say -');
    const empty = await runCli(['comment', 'add', 'peran', '--type', 'umum', '--text', '-'], { cwd: root, env: GIT_ENV, stdin: '\n' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--text -: standard input was empty');
    const spawned = spawnCli(['comment', 'add', 'peran', '--type', 'umum', '--text', '-'], { cwd: root, env: GIT_ENV, input: 'Dari pipa.\n' });
    expect(spawned.code, spawned.stderr).toBe(0);
    expect((await storedComments(root)).at(-1)!.record.text).toBe('Dari pipa.');
  });

  it('refuses comments on a final text, saying what to do', async () => {
    const files = baseGuideline() as Record<string, Record<string, unknown>>;
    files['pedoman.yaml'] = { ...files['pedoman.yaml'], status: 'final', version: '1.0' };
    const root = await guidelineRepo(files);
    const result = await cli(root, 'comment', 'add', 'peran', '--type', 'umum', '--text', 'x');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('pedoman: version 1.0 is final: comments are taken on a draft. The drafting team starts the next draft with `pedoman revise`; comment on that one\n');
    expect(await storedComments(root)).toEqual([]);
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

describe('pedoman comment list, show, reply, answer, accept, object, reopen (flags)', () => {
  it('runs a whole thread, each act a new file committed by whoever did it', async () => {
    const root = await guidelineRepo();
    const comment = await add(root);
    const short = comment.id.slice(0, 12);

    const reply = await cli(root, 'comment', 'reply', comment.id.slice(0, 20), '--text', 'Apa yang kurang jelas?', ...TEAM, '--note', 'dari rapat');
    expect(reply.code, reply.stderr).toBe(0);
    expect(reply.stdout).toContain(`added to ${short}`);
    const answerReply = await cli(root, 'comment', 'reply', comment.id, '--text', 'Batas tugas dengan Kanwil.');
    expect(answerReply.code, answerReply.stderr).toBe(0);

    const answered = await cli(root, 'comment', 'answer', comment.id.slice(0, 20), '--disposition', 'diterima sebagian', '--response', 'Batas tugas ditambahkan.\nSisanya ditunda.', ...TEAM);
    expect(answered.code, answered.stderr).toBe(0);
    expect(answered.stdout).toMatch(new RegExp(`Comment ${short}[0-9a-z]* answered: diterima sebagian\\.`));
    expect(answered.stdout).toContain(`Next: ${REVIEWER.name} accepts the answer or objects to it`);

    const stored = await storedComments(root);
    expect(stored).toHaveLength(4);
    const [first, reply1, reply2, answer] = stored.map((s) => s.record);
    expect(first).toEqual(comment);
    expect(reply1).toMatchObject({ act: 'reply', reply_to: comment.id, section: 'peran', item: 'duta-upt', author: { name: 'Tim Penyusun' }, recorded_by: { name: REVIEWER.name } });
    expect(reply2).toMatchObject({ act: 'reply', reply_to: comment.id, author: { name: REVIEWER.name, email: REVIEWER.email } });
    expect(answer).toMatchObject({
      act: 'answer', thread: comment.id, disposition: 'diterima-sebagian', response: 'Batas tugas ditambahkan.\nSisanya ditunda.',
      author: { name: 'Tim Penyusun', email: 'tim@ditjenpas.example.go.id' },
    });

    // The commenter (git says: the reviewer) objects, then accepts the new answer.
    const objected = await cli(root, 'comment', 'object', comment.id, '--reason', 'Masa penugasan belum diatur.');
    expect(objected.code, objected.stderr).toBe(0);
    expect((await list(root))[0]!.state).toBe('objected');
    expect((await cli(root, 'comment', 'answer', comment.id, '--disposition', 'diterima', '--response', 'Masa penugasan dua tahun.', ...TEAM)).code).toBe(0);
    const accepted = await cli(root, 'comment', 'accept', comment.id);
    expect(accepted.stdout).toContain(`You accepted the answer to comment ${short}`);
    expect((await list(root))[0]).toMatchObject({ state: 'accepted', disposition: 'diterima', accepted: true });
    expect((await cli(root, 'comment', 'reopen', comment.id, '--reason', 'Dibahas lagi.')).code).toBe(0);
    expect((await list(root))[0]).toMatchObject({ state: 'open', disposition: 'diterima', accepted: null });

    // Messages are in the guideline's language (the fixture's manifest says id), whatever --lang
    // the user runs with. Every act is a file added, none changed.
    const id = `${short}[0-9a-z]*`;
    const log = git(root, 'log', '--format=%an <%ae>|%s').trim().split('\n');
    const me = `${REVIEWER.name} <${REVIEWER.email}>`;
    const team = 'Tim Penyusun <tim@ditjenpas.example.go.id>';
    const expected = [
      `${me}\\|Buka kembali komentar ${id} pada peran › duta-upt \\(sebelumnya disetujui\\)`,
      `${me}\\|Pemberi komentar ${REVIEWER.name} menerima jawaban atas komentar ${id} pada peran › duta-upt`,
      `${me}\\|Jawab komentar ${id} pada peran › duta-upt: diterima`,
      `${me}\\|Pemberi komentar ${REVIEWER.name} berkeberatan atas jawaban komentar ${id} pada peran › duta-upt`,
      `${me}\\|Jawab komentar ${id} pada peran › duta-upt: diterima sebagian`,
      `${me}\\|Balasan atas komentar ${id} pada peran › duta-upt oleh ${REVIEWER.name}: Batas tugas dengan Kanwil\\.`,
      `${me}\\|Balasan atas komentar ${id} pada peran › duta-upt oleh Tim Penyusun: Apa yang kurang jelas\\?`,
      `${me}\\|Komentar pada peran › duta-upt oleh ${REVIEWER.name}: Tugas perlu diperjelas\\.`,
    ];
    expected.forEach((pattern, i) => expect(log[i]).toMatch(new RegExp(`^${pattern}$`)));
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(git(root, 'log', '--diff-filter=M', '--oneline', '--', 'comments')).toBe('');
    void team;
  });

  it('lists the documented JSON fields, threads in guideline order, and filters in either language', async () => {
    const root = await guidelineRepo();
    const onRole = await add(root);
    const onIntro = (await cli(root, 'comment', 'add', 'pendahuluan', '--type', 'pertanyaan', '--text', 'Mengapa?', '--author', 'Sari', '--affiliation', 'UNODC')).code;
    expect(onIntro).toBe(0);
    await cli(root, 'comment', 'reply', onRole.id, '--text', 'Balasan', ...TEAM);
    await cli(root, 'comment', 'answer', onRole.id, '--disposition', 'dicatat', '--response', 'Dicatat.', ...TEAM);

    const all = await list(root);
    expect(all.map((c) => [c.section, c.reply_to === null ? 'comment' : 'reply'])).toEqual([
      ['pendahuluan', 'comment'], ['peran', 'comment'], ['peran', 'reply'],
    ]);
    const first = all[1]!;
    for (const key of ['id', 'section', 'item', 'type', 'text', 'proposed_change', 'author', 'state', 'disposition', 'response', 'accepted', 'acts', 'reply_to', 'created']) {
      expect(first, key).toHaveProperty(key);
    }
    expect(first).toMatchObject({
      id: onRole.id, short_id: shortIds(all.map((c) => c.id)).get(onRole.id), section: 'peran', item: 'duta-upt', type: 'substansi', text: 'Tugas perlu diperjelas.',
      proposed_change: null, state: 'answered', disposition: 'dicatat', response: 'Dicatat.', accepted: null, reply_to: null,
      thread: onRole.id, anchor: 'unchanged', file: `comments/peran/${onRole.id}.yaml`,
    });
    expect(first.acts.map((a) => [a.act, a.state])).toEqual([['answer', 'answered']]);
    expect(all[2]).toMatchObject({ reply_to: onRole.id, thread: onRole.id, state: 'answered', acts: [] });

    expect((await list(root, '--status', 'open')).map((c) => c.section)).toEqual(['pendahuluan']);
    expect((await list(root, '--status', 'terbuka')).map((c) => c.section)).toEqual(['pendahuluan']);
    expect((await list(root, '--status', 'answered')).map((c) => c.reply_to === null)).toEqual([true, false]);
    expect((await list(root, '--status', 'selesai')).map((c) => c.reply_to === null)).toEqual([true, false]);
    expect((await list(root, '--section', 'peran')).length).toBe(2);
    expect((await list(root, '--type', 'pertanyaan')).map((c) => c.text)).toEqual(['Mengapa?']);
    expect((await list(root, '--type', 'question')).map((c) => c.text)).toEqual(['Mengapa?']);
    expect((await list(root, '--author', 'unodc')).map((c) => c.author.name)).toEqual(['Sari']);
    expect((await list(root, '--author', 'budi')).length).toBe(1);

    const table = await cli(root, 'comment', 'list');
    expect(table.stdout).toContain('answered: dicatat');
    expect(table.stdout).toContain(`↳ ${all[2]!.short_id}`);
    expect(table.stdout).toContain('2 thread(s): 1 open, 0 objected, 1 waiting for the commenter, 0 closed; 3 comment(s) shown');
    const indonesian = await runCli(['--lang', 'id', 'comment', 'list'], { cwd: root, env: GIT_ENV });
    expect(indonesian.stdout).toContain('dijawab: dicatat');
    expect(indonesian.stdout).toContain('pertanyaan');
    expect(indonesian.stdout).toContain('2 utas: 1 terbuka, 0 keberatan, 1 menunggu pemberi komentar, 0 selesai; 3 komentar ditampilkan');
    expect((await cli(root, 'comment', 'list', '--section', 'nope')).stderr).toContain("unknown section 'nope'");
    const closed = await cli(root, 'comment', 'list', '--status', 'closed');
    expect(closed.code).toBe(2);
    expect(closed.stderr).toBe("pedoman: unknown state 'closed'; use one of: open, answered, accepted, objected, overruled, withdrawn, resolved\n");
    expect((await cli(root, 'comment', 'list', '--format', 'xml')).stderr).toContain("unknown format 'xml'; use one of: table, json");
  });

  it('shows the whole thread from any of its comments or acts, with its history and what comes next', async () => {
    const root = await guidelineRepo();
    const comment = await add(root, '--quote', 'melaksanakan program', '--proposed-change', 'melaksanakan dan melaporkan');
    await cli(root, 'comment', 'reply', comment.id, '--text', 'Jawaban\nbaris dua', ...TEAM);
    const reply = (await storedComments(root))[1]!.record;
    const shown = await cli(root, 'comment', 'show', reply.id.slice(0, 14));
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(new RegExp(`Comment ${comment.id.slice(0, 12)}[0-9a-z]* · substance · open`));
    expect(shown.stdout).toContain('Section:   3. Peran (peran)');
    expect(shown.stdout).toContain('Item:      Duta Kerja Sama UPT (duta-upt)');
    expect(shown.stdout).toContain('Quote:     “melaksanakan program”');
    expect(shown.stdout).toContain('item unchanged since commit');
    expect(shown.stdout).toContain('Proposed change:\n  melaksanakan dan melaporkan');
    expect(shown.stdout).toMatch(new RegExp(`    ↳ Reply ${reply.id.slice(0, 12)}[0-9a-z]*  Tim Penyusun <tim@ditjenpas.example.go.id>`));
    expect(shown.stdout).toContain('      Jawaban\n      baris dua');
    // The commenter reads it: what she can do next.
    expect(shown.stdout).toMatch(/Next:\n  pedoman comment reply \S+  — add to the discussion\n  pedoman comment correct \S+ --text "…"  — correct your comment\n/);

    await cli(root, 'comment', 'answer', comment.id, '--disposition', 'diterima', '--response', 'Ya.', ...TEAM);
    const answer = (await storedComments(root)).at(-1)!.record;
    const mine = await cli(root, 'comment', 'show', answer.id);
    expect(mine.stdout).toMatch(/History:\n  • \S+ \S+ UTC · Tim Penyusun answered: diterima\n    recorded by Budi Santoso\n    Ya\.\n/);
    expect(mine.stdout).toContain(`pedoman comment accept ${comment.id.slice(0, 12)}  — you accept the answer`);
    expect(mine.stdout).toContain('pedoman comment object');
    // The drafting team reads it.
    const theirs = await runCli(['comment', 'show', comment.id], { cwd: root, env: { ...GIT_ENV, ...AS_TEAM } });
    expect(theirs.stdout).toContain(`waiting for ${REVIEWER.name} to accept the answer or object to it`);
    const json = JSON.parse((await cli(root, 'comment', 'show', comment.id, '--format', 'json')).stdout) as CommentJson[];
    expect(json.map((c) => c.id)).toEqual([comment.id, reply.id]);
  });

  it('finds comments by unique prefix and explains ambiguous or unknown ids', async () => {
    const root = await guidelineRepo();
    const a = await add(root);
    await add(root);
    const ambiguous = await cli(root, 'comment', 'show', a.id.slice(0, 3));
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/matches several comments \([0-9a-z]{12,}, [0-9a-z]{12,}\); give more characters/);
    const unknown = await cli(root, 'comment', 'show', 'zzzzzzzz');
    expect(unknown.stderr).toContain("no comment with id 'zzzzzzzz'");
    expect((await cli(root, 'comment', 'answer', 'zzzz', '--disposition', 'dicatat', '--response', 'x')).code).toBe(2);
  });

  it('refuses what does not make sense, and says what to do instead', async () => {
    const root = await guidelineRepo();
    const comment = await add(root);
    await cli(root, 'comment', 'reply', comment.id, '--text', 'balasan');
    expect((await cli(root, 'comment', 'accept', comment.id)).stderr).toContain('has no answer yet');
    expect((await cli(root, 'comment', 'reopen', comment.id)).stderr).toContain('is already open');
    const bad = await cli(root, 'comment', 'answer', comment.id, '--disposition', 'ok', '--response', 'x');
    expect(bad.stderr).toContain("unknown disposition 'ok'; use one of: diterima, diterima sebagian, tidak diterima, ditunda, dicatat, dijawab");
    const dijawab = await cli(root, 'comment', 'answer', comment.id, '--disposition', 'dijawab', '--response', 'x');
    expect(dijawab.stderr).toContain('dijawab is the disposition of a question');
    const missing = await cli(root, 'comment', 'answer', comment.id);
    expect(missing.stderr).toContain('missing --disposition, --response');
    await cli(root, 'comment', 'answer', comment.id, '--disposition', 'tidak-diterima', '--response', 'Alasan.', ...TEAM);
    const again = await cli(root, 'comment', 'answer', comment.id, '--disposition', 'diterima', '--response', 'y');
    expect(again.stderr).toContain('is already answered (tidak diterima) and answered; to answer it again, reopen it first');
    expect((await cli(root, 'comment', 'object', comment.id)).stderr).toContain('missing --reason');
    expect((await cli(root, 'comment', 'overrule', comment.id, '--response', 'x')).stderr).toContain('has no objection to overrule (it is answered)');
    // Someone else than the commenter cannot accept for her, except on her behalf with a note.
    const forTeam = await runCli(['comment', 'accept', comment.id], { cwd: root, env: { ...GIT_ENV, ...AS_TEAM } });
    expect(forTeam.code).toBe(2);
    expect(forTeam.stderr).toContain(`is the comment of ${REVIEWER.name} <${REVIEWER.email}>: only they can run \`pedoman comment accept\` on it (git says you are Tim Penyusun <tim@ditjenpas.example.go.id>)`);
    const noNote = await runCli(['comment', 'accept', comment.id, '--on-behalf-of', REVIEWER.email], { cwd: root, env: { ...GIT_ENV, ...AS_TEAM } });
    expect(noNote.stderr).toContain('--on-behalf-of needs --note');
    const wrong = await runCli(['comment', 'accept', comment.id, '--on-behalf-of', 'Sari <sari@example.org>', '--note', 'x'], { cwd: root, env: { ...GIT_ENV, ...AS_TEAM } });
    expect(wrong.stderr).toContain('is not the commenter of');
    expect((await storedComments(root)).filter((c) => c.record.act === 'accept')).toEqual([]);
    expect((await cli(root, 'comment', 'reply', 'zzzz', '--text', 'x')).code).toBe(2);
  });

  it('records an acceptance given in a meeting on the commenter\'s behalf, and says so', async () => {
    const root = await guidelineRepo();
    const comment = await add(root);
    await cli(root, 'comment', 'answer', comment.id, '--disposition', 'diterima', '--response', 'Ya.', ...TEAM);
    const result = await runCli(['comment', 'accept', comment.id, '--on-behalf-of', `${REVIEWER.name} <${REVIEWER.email}>`, '--note', 'diterima dalam rapat 14 Juli'],
      { cwd: root, env: { ...GIT_ENV, ...AS_TEAM } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Recorded on behalf of ${REVIEWER.name}: accepts the answer`);
    const act = (await storedComments(root)).at(-1)!.record;
    expect(act).toMatchObject({ act: 'accept', author: { name: REVIEWER.name, email: REVIEWER.email }, recorded_by: { name: 'Tim Penyusun' }, note: 'diterima dalam rapat 14 Juli' });
    expect(git(root, 'log', '-1', '--format=%an|%s')).toMatch(/^Tim Penyusun\|Atas nama Budi Santoso: menerima jawaban atas komentar \S+ pada peran › duta-upt \(diterima dalam rapat 14 Juli\)/);
    expect((await list(root))[0]!.state).toBe('accepted');
    expect((await cli(root, 'validate')).code).toBe(0);
    const shown = await cli(root, 'comment', 'show', comment.id);
    expect(shown.stdout).toContain('recorded by Tim Penyusun: diterima dalam rapat 14 Juli');
  });

  it('lets the commenter withdraw and correct, and nobody else', async () => {
    const root = await guidelineRepo();
    const comment = await add(root);
    const corrected = await cli(root, 'comment', 'correct', comment.id, '--text', 'Tugas perlu diperjelas lagi.');
    expect(corrected.code, corrected.stderr).toBe(0);
    expect((await list(root))[0]).toMatchObject({ text: 'Tugas perlu diperjelas lagi.', corrected: true });
    const byTeam = await runCli(['comment', 'correct', comment.id, '--text', 'x'], { cwd: root, env: { ...GIT_ENV, ...AS_TEAM } });
    expect(byTeam.stderr).toContain('only they can correct it');
    expect((await cli(root, 'comment', 'withdraw', comment.id, '--reason', 'Sudah dijelaskan.')).code).toBe(0);
    expect((await list(root))[0]!.state).toBe('withdrawn');
    const reopenByTeam = await runCli(['comment', 'reopen', comment.id], { cwd: root, env: { ...GIT_ENV, ...AS_TEAM } });
    expect(reopenByTeam.stderr).toContain('only they can reopen it');
    expect((await cli(root, 'comment', 'reopen', comment.id)).code).toBe(0);
    expect((await list(root))[0]!.state).toBe('open');
    expect((await storedComments(root))[0]!.record).toEqual(comment);
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

    await cli(root, 'comment', 'answer', comment.id, '--disposition', 'dicatat', '--response', 'ok');
    const answer = (await storedComments(root)).at(-1)!.record;
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(`comments/peran/${answer.id}.yaml`);
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
