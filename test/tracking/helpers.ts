// Real git repositories holding a small guideline under guideline/, with a fixed identity and
// no global or system git config, for the tracking commands (status, review, diff, log, finalize).
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { runCli, type CliResult } from '../helpers/cli.js';
import { baseGuideline, toYaml, type Files } from '../helpers/fixture.js';

export const IDENTITY = { name: 'Tim Penyusun', email: 'penyusun@example.go.id' };

export const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: IDENTITY.name,
  GIT_AUTHOR_EMAIL: IDENTITY.email,
  GIT_COMMITTER_NAME: IDENTITY.name,
  GIT_COMMITTER_EMAIL: IDENTITY.email,
};

export function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, LANG: 'C', LC_ALL: 'C', ...GIT_ENV, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const temps: string[] = [];

export async function cleanupRepos(): Promise<void> {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export interface Repo {
  /** The repository's top folder. */
  top: string;
  /** The guideline folder (top/guideline). */
  root: string;
  git(...args: string[]): string;
  /** Runs pedoman in-process in the guideline folder, with the test identity. */
  cli(argv: string[], env?: NodeJS.ProcessEnv): Promise<CliResult>;
  /** Writes files (objects as YAML) relative to the guideline folder. */
  write(files: Files): Promise<void>;
  read(rel: string): Promise<string>;
  /** Parsed YAML of a guideline file. */
  data(rel: string): Promise<any>;
  /** Changes a guideline YAML file through its parsed data (the file is rewritten). */
  edit(rel: string, change: (data: any) => void): Promise<void>;
  /** `git add -A` and commit everything, optionally at a fixed date. */
  commitAll(message: string, date?: string): string;
}

/** A new repository with the guideline committed (one commit, no tag). */
export async function guidelineRepo(files: Files = baseGuideline()): Promise<Repo> {
  const top = await mkdtemp(join(tmpdir(), 'pedoman-track-'));
  temps.push(top);
  const root = join(top, 'guideline');
  const run = (...args: string[]) => git(top, args);
  run('init', '-q', '-b', 'main');
  run('config', 'commit.gpgsign', 'false');
  run('config', 'tag.gpgsign', 'false');
  const repo: Repo = {
    top,
    root,
    git: run,
    cli: (argv, env = {}) => runCli(argv, { cwd: root, env: { ...GIT_ENV, ...env } }),
    async write(more) {
      for (const [rel, content] of Object.entries(more)) {
        const path = join(root, rel);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, typeof content === 'string' ? content : toYaml(content, rel));
      }
    },
    read: (rel) => readFile(join(root, rel), 'utf8'),
    async data(rel) {
      return parse(await readFile(join(root, rel), 'utf8'));
    },
    async edit(rel, change) {
      const data = parse(await readFile(join(root, rel), 'utf8'));
      change(data);
      await writeFile(join(root, rel), toYaml(data, rel));
    },
    commitAll(message, date) {
      run('add', '-A');
      const env = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
      git(top, ['commit', '-q', '-m', message], env);
      return run('rev-parse', 'HEAD').trim();
    },
  };
  await repo.write(files);
  repo.commitAll('Draft', '2026-01-05T09:00:00+07:00');
  return repo;
}

/** Approves every section (one commit per review, as `pedoman review --approve` makes). */
export async function approveAll(repo: Repo): Promise<void> {
  const manifest = await repo.data('pedoman.yaml');
  for (const id of manifest.sections as string[]) {
    const result = await repo.cli(['review', id, '--approve']);
    if (result.code !== 0) throw new Error(`review ${id} failed: ${result.stderr}`);
  }
}
