// Reading a guideline as it was at a git revision, through the same loader as the working
// tree (openGuideline takes a FileSource): one `git ls-tree` lists the files, each file
// is read with `git cat-file` as bytes, so sizes, encodings and YAML are checked as on disk.
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { posix, relative, sep } from 'node:path';
import type { GitRepo } from '../git/repo.js';
import type { FileSource } from '../model/source.js';

interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
  size: number;
}

/** The full commit id of a revision (tag, branch, hash, HEAD~2), or undefined when git does not know it. */
export async function resolveCommit(repo: GitRepo, rev: string): Promise<string | undefined> {
  if (rev.startsWith('-')) return undefined; // never let a revision read as an option
  try {
    const out = (await repo.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])).trim();
    return /^[0-9a-f]{40,64}$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

/** The guideline folder relative to the repository's top folder, with forward slashes ('' at the top). */
export async function guidelinePrefix(repo: GitRepo, root: string): Promise<string> {
  const real = await realpath(root);
  const top = await realpath(repo.top);
  return relative(top, real).split(sep).join('/');
}

/** The files of the guideline at a commit, read-only, as a FileSource for loadGuideline(). */
export async function revisionSource(repo: GitRepo, commit: string, root: string, env: NodeJS.ProcessEnv): Promise<FileSource> {
  const prefix = await guidelinePrefix(repo, root);
  const out = await repo.raw(['ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', prefix === '' ? '.' : prefix]);
  const entries = new Map<string, TreeEntry>();
  for (const record of out.split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode, type, sha, size] = record.slice(0, tab).split(/\s+/);
    entries.set(record.slice(tab + 1), { mode: mode!, type: type!, sha: sha!, size: Number(size) });
  }
  const inTree = (path: string) => {
    const rel = relative(root, path).split(sep).join('/');
    return prefix === '' ? rel : rel === '' ? prefix : posix.join(prefix, rel);
  };
  const missing = (path: string) => Object.assign(new Error(`${path} is not in ${commit.slice(0, 7)}`), { code: 'ENOENT' });
  return {
    async stat(path) {
      const entry = entries.get(inTree(path));
      if (!entry) throw missing(path);
      return { isFile: entry.type === 'blob' && entry.mode !== '120000', size: entry.size };
    },
    async readFile(path) {
      const entry = entries.get(inTree(path));
      if (!entry) throw missing(path);
      return gitBytes(['cat-file', 'blob', entry.sha], repo.top, env);
    },
    async listFiles(dir) {
      const folder = inTree(dir) || '.';
      const names: string[] = [];
      for (const [path, entry] of entries) {
        if (entry.type === 'blob' && posix.dirname(path) === folder) names.push(posix.basename(path));
      }
      return names.sort();
    },
    async listFolders(dir) {
      const folder = inTree(dir) || '.';
      const names = new Set<string>();
      for (const path of entries.keys()) {
        // ls-tree -r lists files only: a folder is the next part of a path below this one.
        const rest = folder === '.' ? path : path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined;
        const slash = rest?.indexOf('/') ?? -1;
        if (rest !== undefined && slash > 0) names.add(rest.slice(0, slash));
      }
      return [...names].sort();
    },
  };
}

function gitBytes(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env: { ...env, LC_ALL: 'C' }, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}
