// Golden outputs: what every command prints (and, for the commands that write, what they write
// and commit) on the shipped draft, kept in test/golden/expected/ and compared byte for byte.
// A change of structure must not change any of it; a change of behaviour shows here as a diff
// of the expected files, to be read and committed with the change:
//   UPDATE_GOLDEN=1 npx vitest run test/golden
// The draft is a frozen copy (test/golden/draft/, the shipped draft of version 0.1.0) so that
// editing the shipped guideline does not move these outputs. A few comment files with fixed ids
// are added; the clock, new ids and git's dates are fixed, so new files and commits are the same
// on every run. Only the temp folder is replaced by a placeholder.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';

// New ids are ULIDs: their time part comes from the (faked) clock, their random part from this
// seeded generator instead of the system's, so that the files and commits made are the same.
vi.mock('ulid', async (importOriginal) => {
  const original = await importOriginal<typeof import('ulid')>();
  let seed = 42;
  const prng = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return { ...original, monotonicFactory: () => original.monotonicFactory(prng), ulid: (time?: number) => original.ulid(time, prng) };
});

/** The clock of every command here, and the dates git records. */
const NOW = '2026-07-15T03:00:00.000Z';
const GIT_DATES = { GIT_AUTHOR_DATE: '2026-07-15T10:00:00+07:00', GIT_COMMITTER_DATE: '2026-07-15T10:00:00+07:00' };

const HERE = fileURLToPath(new URL('.', import.meta.url));
const EXPECTED = join(HERE, 'expected');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const IDENTITY = { name: 'Tim Penyusun', email: 'penyusun@example.go.id' };
const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: IDENTITY.name,
  GIT_AUTHOR_EMAIL: IDENTITY.email,
  GIT_COMMITTER_NAME: IDENTITY.name,
  GIT_COMMITTER_EMAIL: IDENTITY.email,
};

let base: string;

function git(cwd: string, args: string[], date?: string): string {
  return execFileSync('git', args, {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: process.env.TMPDIR,
      LANG: 'C',
      LC_ALL: 'C',
      ...GIT_ENV,
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Comment and review files with fixed ids: a thread of three (c1 ← c2 ← c3), an answered one, a question. */
function reviewFiles(): Record<string, string> {
  const modeline = '# yaml-language-server: $schema=../../../schemas/comment.schema.json\n';
  return {
    'comments/kelembagaan/01k0000000aaaaaaaaaaaaaaa1.yaml': `${modeline}id: 01k0000000aaaaaaaaaaaaaaa1
section: kelembagaan
item: duta-kerja-sama-upt
quote: paling sedikit 1 (satu) dan paling banyak 3 (tiga) orang
type: substansi
text: Bagaimana UPT kecil dengan pegawai terbatas memenuhi jumlah ini?
proposed_change: paling sedikit 1 (satu) orang
author:
  name: Budi Santoso
  email: budi@kanwil-jabar.example.go.id
  affiliation: Kanwil Jawa Barat
created: 2026-07-10T02:00:00.000Z
status: open
`,
    'comments/kelembagaan/01k0000000aaaaaaaaaaaaaaa2.yaml': `${modeline}id: 01k0000000aaaaaaaaaaaaaaa2
section: kelembagaan
item: duta-kerja-sama-upt
reply_to: 01k0000000aaaaaaaaaaaaaaa1
type: umum
text: Batas atas diperlukan agar beban kerja tetap terkendali.
author:
  name: Tim Penyusun
  email: penyusun@example.go.id
created: 2026-07-11T02:00:00.000Z
status: open
`,
    'comments/kelembagaan/01k0000000aaaaaaaaaaaaaaa3.yaml': `${modeline}id: 01k0000000aaaaaaaaaaaaaaa3
section: kelembagaan
item: duta-kerja-sama-upt
reply_to: 01k0000000aaaaaaaaaaaaaaa2
type: umum
text: Setuju, asal batas bawahnya tetap satu orang.
author:
  name: Budi Santoso
  email: budi@kanwil-jabar.example.go.id
  affiliation: Kanwil Jawa Barat
created: 2026-07-12T02:00:00.000Z
status: open
`,
    'comments/pengertian/01k0000000bbbbbbbbbbbbbbb1.yaml': `${modeline}id: 01k0000000bbbbbbbbbbbbbbb1
section: pengertian
item: pemasyarakatan
type: redaksional
text: Definisi ini sudah sesuai Pasal 1 angka 1.
author:
  name: Sari Dewi
  email: sari@unodc.example.org
  affiliation: UNODC
created: 2026-07-10T03:00:00.000Z
status: resolved
disposition: dicatat
response: Terima kasih; definisi dikutip apa adanya dari undang-undang.
resolved_by:
  name: Tim Penyusun
  email: penyusun@example.go.id
resolved_at: 2026-07-13T02:00:00.000Z
accepted: true
`,
    'comments/indikator/01k0000000ccccccccccccccc1.yaml': `${modeline}id: 01k0000000ccccccccccccccc1
section: indikator
type: pertanyaan
text: Dari mana data dasar indikator diambil?
author:
  name: Sari Dewi
  email: sari@unodc.example.org
created: 2026-07-10T04:00:00.000Z
status: open
`,
  };
}

/** The frozen draft in a new git repository: v0.1 tagged, one later edit, then the comments. */
async function draftRepo(): Promise<{ top: string; root: string }> {
  const top = await mkdtemp(join(base, 'repo-'));
  const root = join(top, 'guideline');
  await cp(join(HERE, 'draft', 'guideline'), root, { recursive: true });
  git(top, ['init', '-q', '-b', 'main']);
  git(top, ['config', 'commit.gpgsign', 'false']);
  git(top, ['config', 'tag.gpgsign', 'false']);
  git(top, ['add', '-A']);
  git(top, ['commit', '-q', '-m', 'Draf awal'], '2026-07-07T09:00:00+07:00');
  git(top, ['tag', '-a', 'v0.1', '-m', 'Draf untuk rapat kedua'], '2026-07-07T10:00:00+07:00');
  const roles = join(root, 'sections', 'kelembagaan.yaml');
  await writeFile(roles, (await readFile(roles, 'utf8')).replace('Memiliki masa kerja paling singkat 2 (dua) tahun', 'Memiliki masa kerja paling singkat 3 (tiga) tahun'));
  git(top, ['commit', '-q', '-am', 'Kelembagaan: masa kerja Duta UPT'], '2026-07-09T09:00:00+07:00');
  for (const [rel, text] of Object.entries(reviewFiles())) {
    await mkdir(join(root, rel, '..'), { recursive: true });
    await writeFile(join(root, rel), text);
  }
  git(top, ['add', '-A']);
  git(top, ['commit', '-q', '-m', 'Komentar tinjauan'], '2026-07-13T09:00:00+07:00');
  return { top, root };
}

/** Replaces the temp folders, the one thing that differs between runs. */
function normalise(text: string, paths: Record<string, string>): string {
  let out = text;
  for (const [placeholder, path] of Object.entries(paths).sort((a, b) => b[1].length - a[1].length)) {
    out = out.split(path).join(placeholder);
  }
  return out;
}

interface Case {
  name: string;
  argv: string[];
  /** Run in the repository top (default) or the guideline folder. */
  in?: 'top' | 'guideline';
  env?: NodeJS.ProcessEnv;
}

const HELP_COMMANDS = [
  [], ['validate'], ['export'], ['render'], ['rules'], ['analyze'], ['comment'], ['comment', 'add'], ['comment', 'list'],
  ['comment', 'show'], ['comment', 'reply'], ['comment', 'answer'], ['comment', 'accept'], ['comment', 'object'], ['comment', 'overrule'],
  ['comment', 'reopen'], ['comment', 'withdraw'], ['comment', 'correct'], ['inbox'], ['sync'],
  ['init'], ['section'], ['section', 'list'], ['section', 'add'], ['section', 'move'], ['section', 'rename'], ['section', 'remove'],
  ['item'], ['item', 'list'], ['item', 'add'], ['item', 'rename'], ['item', 'remove'], ['completion'], ['status'], ['review'],
  ['diff'], ['log'], ['finalize'], ['revise'],
];

const READ_CASES: Case[] = [
  ...HELP_COMMANDS.map((words) => ({ name: `help-${words.join('-') || 'pedoman'}`, argv: [...words, '--help'] })),
  ...HELP_COMMANDS.filter((w) => w.length <= 1).map((words) => ({ name: `help-id-${words.join('-') || 'pedoman'}`, argv: ['--lang', 'id', ...words, '--help'] })),
  { name: 'version', argv: ['--version'] },
  { name: 'validate', argv: ['validate'] },
  { name: 'validate-inside', argv: ['validate'], in: 'guideline' },
  { name: 'validate-strict', argv: ['validate', '--strict'] },
  { name: 'validate-id', argv: ['--lang', 'id', 'validate'] },
  ...['json', 'github', 'junit', 'sarif'].map((format) => ({ name: `validate-${format}`, argv: ['validate', '--format', format] })),
  { name: 'validate-quiet', argv: ['validate', '--quiet'] },
  { name: 'rules', argv: ['rules'] },
  { name: 'rules-md', argv: ['rules', '--format', 'md'] },
  { name: 'rules-json-dir', argv: ['rules', '--format', 'json', '--dir', 'guideline'] },
  { name: 'rules-id', argv: ['--lang', 'id', 'rules'] },
  { name: 'export', argv: ['export'] },
  { name: 'analyze', argv: ['analyze'] },
  { name: 'analyze-json', argv: ['analyze', '--format', 'json'] },
  { name: 'analyze-md', argv: ['analyze', '--format', 'md'] },
  { name: 'analyze-threshold', argv: ['analyze', '--min-similarity', '0.3'] },
  { name: 'analyze-id', argv: ['--lang', 'id', 'analyze'] },
  { name: 'comment-list', argv: ['comment', 'list'] },
  { name: 'comment-list-json', argv: ['comment', 'list', '--json'] },
  { name: 'comment-list-open', argv: ['comment', 'list', '--status', 'open'] },
  { name: 'comment-list-quiet', argv: ['comment', 'list', '--quiet'] },
  { name: 'comment-list-id', argv: ['--lang', 'id', 'comment', 'list'] },
  { name: 'comment-show', argv: ['comment', 'show', '01k0000000aaaaaaaaaaaaaaa1'] },
  { name: 'comment-show-reply', argv: ['comment', 'show', '01k0000000aaaaaaaaaaaaaaa3'] },
  { name: 'comment-show-json', argv: ['comment', 'show', '01k0000000bbbb', '--json'] },
  { name: 'comment-show-unknown', argv: ['comment', 'show', 'zzzz'] },
  { name: 'comment-show-legacy', argv: ['comment', 'show', '01k0000000bbbbbbbbbbbbbbb1'] },
  { name: 'inbox-budi', argv: ['inbox', '--for', 'budi@kanwil-jabar.example.go.id'] },
  { name: 'inbox-sari-id', argv: ['--lang', 'id', 'inbox', '--for', 'Sari Dewi <sari@unodc.example.org>'] },
  { name: 'inbox-team', argv: ['inbox', '--team'] },
  { name: 'inbox-json', argv: ['inbox', '--for', 'budi@kanwil-jabar.example.go.id', '--json'] },
  { name: 'status', argv: ['status'] },
  { name: 'status-json', argv: ['status', '--format', 'json'] },
  { name: 'status-id', argv: ['--lang', 'id', 'status'] },
  { name: 'log', argv: ['log'] },
  { name: 'log-section', argv: ['log', 'kelembagaan'] },
  { name: 'log-json', argv: ['log', '--json'] },
  { name: 'diff', argv: ['diff', 'v0.1'] },
  { name: 'diff-md', argv: ['diff', 'v0.1', '--format', 'md'] },
  { name: 'diff-json', argv: ['diff', 'v0.1', '--format', 'json'] },
  { name: 'section-list', argv: ['section', 'list'] },
  { name: 'section-list-json', argv: ['section', 'list', '--json'] },
  { name: 'item-list', argv: ['item', 'list', 'kelembagaan'] },
  { name: 'item-list-all-json', argv: ['item', 'list', '--json'] },
  { name: 'completion-bash', argv: ['completion', 'bash'] },
  { name: 'complete-items', argv: ['__complete', 'items', 'kelembagaan'] },
  { name: 'unknown-command', argv: ['frobnicate'] },
  { name: 'unknown-option', argv: ['validate', '--frob'] },
  { name: 'bad-format', argv: ['validate', '--format', 'xml'] },
];

/** Commands that write, each on a fresh copy of the repository: output, then what changed. */
const WRITE_CASES: { name: string; steps: string[][] }[] = [
  {
    name: 'comment-add',
    steps: [['comment', 'add', 'kelembagaan', '--item', 'duta-kerja-sama-upt', '--quote', 'Bapas', '--type', 'redaksional',
      '--text', 'Tulis "Balai Pemasyarakatan (Bapas)" pada penyebutan pertama.', '--proposed-change', 'Pada Balai Pemasyarakatan (Bapas)',
      '--author', 'Ani Wijaya', '--email', 'ani@example.go.id', '--affiliation', 'UPT Lapas Cirebon']],
  },
  {
    // The drafting team's clone (git says Tim Penyusun): answers, an objection given in a meeting
    // recorded for its commenter and overruled, a question answered and accepted, a reopening.
    name: 'comment-review-log',
    steps: [
      ['comment', 'reply', '01k0000000ccccccccccccccc1', '--text', 'Dari SDP dan laporan triwulanan UPT.'],
      ['comment', 'answer', '01k0000000aaaaaaaaaaaaaaa1', '--disposition', 'diterima sebagian', '--response', 'Batas bawah tetap 1 orang; batas atas dihapus untuk UPT kecil.'],
      ['comment', 'accept', '01k0000000aaaaaaaaaaaaaaa1', '--author', 'Budi Santoso'],
      ['comment', 'accept', '01k0000000aaaaaaaaaaaaaaa1'],
      ['comment', 'object', '01k0000000aaaaaaaaaaaaaaa1', '--on-behalf-of', 'Budi Santoso <budi@kanwil-jabar.example.go.id>', '--note', 'disampaikan dalam rapat ketiga, 14 Juli',
        '--reason', 'UPT kecil tetap perlu batas atas agar tidak semua tugas jatuh pada satu orang.'],
      ['comment', 'overrule', '01k0000000aaaaaaaaaaaaaaa1', '--response', 'Batas atas ditetapkan oleh Kepala UPT sesuai beban kerja; Pedoman tidak mengaturnya.'],
      ['comment', 'answer', '01k0000000ccccccccccccccc1', '--disposition', 'dijawab', '--response', 'Dari SDP (Sistem Database Pemasyarakatan).'],
      ['comment', 'accept', '01k0000000ccccccccccccccc1', '--on-behalf-of', 'sari@unodc.example.org', '--note', 'melalui surel 15 Juli'],
      ['comment', 'reopen', '01k0000000bbbbbbbbbbbbbbb1', '--reason', 'Perlu dicek ulang setelah perubahan Pasal 1.'],
      ['comment', 'list'],
      ['comment', 'show', '01k0000000aaaaaaaaaaaaaaa1'],
      ['status', '--quiet'],
      ['validate'],
    ],
  },
  {
    name: 'review',
    steps: [['review', 'kelembagaan', '--approve', '--note', 'Sesuai hasil rapat kedua.'], ['review', 'pengertian'], ['status']],
  },
  {
    name: 'sections',
    steps: [
      ['section', 'add', '--kind', 'narrative', '--title', 'Lampiran', '--after', 'penutup'],
      ['section', 'move', 'lampiran', '--before', 'penutup'],
      ['section', 'rename', 'lampiran', 'lampiran-formulir', '--title', 'Lampiran Formulir'],
      ['section', 'remove', 'lampiran-formulir', '--yes'],
      ['section', 'list'],
    ],
  },
  {
    name: 'items',
    steps: [
      ['item', 'add', 'kelembagaan', '--name', 'Koordinator Wilayah', '--level', 'kanwil', '--appointed-by', 'kepala-kanwil',
        '--instrument', 'Keputusan Kepala Kanwil', '--duty', 'mengoordinasikan Duta Kerja Sama UPT.'],
      ['item', 'rename', 'kelembagaan', 'koordinator-wilayah', 'koordinator-kanwil'],
      ['item', 'remove', 'kelembagaan', 'koordinator-kanwil', '--yes'],
      ['item', 'rename', 'kelembagaan', 'duta-kerja-sama-upt', 'duta-upt'],
      ['comment', 'show', '01k0000000aaaaaaaaaaaaaaa1'],
    ],
  },
  {
    name: 'finalize-refused',
    steps: [['finalize', '--version', '1.0']],
  },
  {
    name: 'revise-refused',
    steps: [['revise']],
  },
];

async function snapshotTree(dir: string): Promise<string> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const rel = relative(dir, path).split(sep).join('/');
    if (rel.startsWith('.git/')) continue;
    out.push(rel);
  }
  return out.sort().join('\n');
}

async function check(name: string, actual: string): Promise<void> {
  const file = join(EXPECTED, `${name}.txt`);
  if (UPDATE) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, actual);
    return;
  }
  let expected: string;
  try {
    expected = await readFile(file, 'utf8');
  } catch {
    throw new Error(`no golden output ${relative(process.cwd(), file)}; run UPDATE_GOLDEN=1 npx vitest run test/golden`);
  }
  expect(actual, name).toBe(expected);
}

function shown(result: { code: number; stdout: string; stderr: string }, paths: Record<string, string>): string {
  return `exit ${result.code}\n--- stdout\n${normalise(result.stdout, paths)}--- stderr\n${normalise(result.stderr, paths)}`;
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'pedoman-golden-'));
}, 60_000);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('golden outputs on the shipped draft', () => {
  it('of every reading command', async () => {
    const { top, root } = await draftRepo();
    const paths = { '<repo>': top };
    for (const c of READ_CASES) {
      const result = await runCli(c.argv, { cwd: c.in === 'guideline' ? root : top, env: { ...GIT_ENV, ...GIT_DATES, ...c.env } });
      await check(`read/${c.name}`, shown(result, paths));
    }
  }, 600_000);

  it('of render --format md,html, file by file', async () => {
    const { top } = await draftRepo();
    const out = join(base, 'rendered');
    const result = await runCli(['render', '--format', 'md,html', '--comments', 'table', '--out', out, '--date', '2026-07-14'], { cwd: top, env: { ...GIT_ENV, ...GIT_DATES } });
    await check('render/command', shown(result, { '<repo>': top, '<out>': out }));
    for (const name of (await readdir(out)).sort()) {
      await check(`render/${name}`, normalise(await readFile(join(out, name), 'utf8'), { '<repo>': top }));
    }
    const redline = await runCli(['render', '--format', 'md', '--changes-since', 'v0.1', '--out', join(out, 'redline'), '--date', '2026-07-14'], { cwd: top, env: { ...GIT_ENV, ...GIT_DATES } });
    await check('render/redline-command', shown(redline, { '<repo>': top, '<out>': out }));
    for (const name of (await readdir(join(out, 'redline'))).sort()) {
      await check(`render/redline-${name}`, normalise(await readFile(join(out, 'redline', name), 'utf8'), { '<repo>': top }));
    }
  }, 120_000);

  for (const c of WRITE_CASES) {
    it(`of ${c.name}: output, files and commits`, async () => {
      const { top, root } = await draftRepo();
      const paths = { '<repo>': top };
      const before = git(top, ['rev-parse', 'HEAD']).trim();
      const parts: string[] = [];
      for (const argv of c.steps) {
        const result = await runCli(argv, { cwd: top, env: { ...GIT_ENV, ...GIT_DATES } });
        parts.push(`$ pedoman ${argv.join(' ')}\n${shown(result, paths)}`);
      }
      parts.push(`--- commits\n${normalise(git(top, ['log', '--format=%an <%ae> | %s', `${before}..HEAD`]), paths)}`);
      parts.push(`--- changed\n${normalise(git(top, ['diff', '--stat=200', before, 'HEAD']), paths)}`);
      const diff = git(top, ['diff', before, 'HEAD', '--', '.', ':(exclude)*.pdf']);
      parts.push(`--- diff\n${normalise(diff, paths)}`);
      parts.push(`--- tree\n${await snapshotTree(root)}\n--- status\n${git(top, ['status', '--porcelain'])}`);
      await check(`write/${c.name}`, parts.join('\n'));
    }, 120_000);
  }
});
