// What git knows about the draft's history: the last commit that touched each section file
// (one `git log` over the sections folder, parsed once), the commits of one section or of
// the whole guideline for `pedoman log`, tags, and which files hold uncommitted changes.
import { posix } from 'node:path';
import { parseStatusZ, type GitRepo } from '../git/repo.js';
import { COMMENTS_DIR, MANIFEST_FILE, SECTIONS_DIR } from '../model/locate.js';
import { guidelinePrefix } from './git-tree.js';
import type { ActCommit, ActHistory } from '../model/comment-types.js';

export interface CommitInfo {
  hash: string;
  /** Author date, ISO 8601 with the author's offset. */
  at: string;
  author: string;
  email: string;
  /** The committer (differs from the author for an imported act: the reviewer wrote, someone else committed). */
  committer: string;
  committerEmail: string;
  subject: string;
  /** Values of a `Review-Id:` trailer (commits made by `pedoman review`). */
  reviewIds: string[];
  /** Values of a `Comment-Id:` trailer (commits made by `pedoman comment`). */
  commentIds: string[];
  /** Files the commit touched, relative to the guideline folder. */
  files: string[];
}

const RS = '\x1e';
const US = '\x1f';
const FORMAT = `--format=${RS}%H${US}%aI${US}%an${US}%ae${US}%s${US}%(trailers:key=Review-Id,valueonly,separator=%x2C)${US}%(trailers:key=Comment-Id,valueonly,separator=%x2C)${US}%cn${US}%ce${US}`;

/** Commits touching these paths (relative to the guideline folder), newest first. */
export async function commitsTouching(repo: GitRepo, root: string, paths: readonly string[], options: { follow?: boolean; added?: boolean } = {}): Promise<CommitInfo[]> {
  const prefix = await guidelinePrefix(repo, root);
  const args = ['-c', 'core.quotepath=off', 'log', FORMAT, '--name-only', '--no-renames'];
  if (options.added) args.push('--diff-filter=A');
  if (options.follow && paths.length === 1) args.splice(args.indexOf('--no-renames'), 1, '--follow');
  let out: string;
  try {
    out = await repo.raw([...args, '--', ...paths.map((p) => (prefix === '' ? `:(top)${p}` : `:(top)${posix.join(prefix, p)}`))]);
  } catch (error) {
    if (/does not have any commits|bad default revision|unknown revision/i.test(String(error))) return [];
    throw error;
  }
  const commits: CommitInfo[] = [];
  for (const record of out.split(RS)) {
    if (record.trim() === '') continue;
    const fields = record.split(US);
    const [hash, at, author, email, subject, reviews, comments, committer, committerEmail] = fields;
    const names = (fields[9] ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
    commits.push({
      hash: hash!,
      at: at!,
      author: author!,
      email: email!,
      committer: committer ?? '',
      committerEmail: committerEmail ?? '',
      subject: subject!,
      reviewIds: splitTrailer(reviews),
      commentIds: splitTrailer(comments),
      files: names.map((name) => (prefix === '' ? name : name.startsWith(`${prefix}/`) ? name.slice(prefix.length + 1) : name)),
    });
  }
  return commits;
}

function splitTrailer(value: string | undefined): string[] {
  return (value ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '');
}

/** For every section file, the newest commit that touched it (one git log over sections/). */
export async function lastChanges(repo: GitRepo, root: string): Promise<Map<string, CommitInfo>> {
  const out = new Map<string, CommitInfo>();
  for (const commit of await commitsTouching(repo, root, [SECTIONS_DIR])) {
    for (const file of commit.files) {
      const match = /^sections\/([^/]+)\.yaml$/.exec(file);
      if (match && !out.has(match[1]!)) out.set(match[1]!, commit);
    }
  }
  return out;
}

/** The guideline's own files (manifest, sections) in the history of the whole draft. */
export const DRAFT_PATHS: readonly string[] = [MANIFEST_FILE, SECTIONS_DIR];

/** Files under the guideline folder with uncommitted changes (tracked or not), relative to it. */
export async function uncommittedFiles(repo: GitRepo, root: string, paths: readonly string[] = ['.']): Promise<string[]> {
  const prefix = await guidelinePrefix(repo, root);
  const specs = paths.map((p) => (p === '.' ? (prefix === '' ? ':(top).' : `:(top)${prefix}`) : prefix === '' ? `:(top)${p}` : `:(top)${posix.join(prefix, p)}`));
  const out = await repo.raw(['-c', 'core.quotepath=off', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...specs]);
  return parseStatusZ(out).map(({ path }) => (prefix === '' ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : path));
}

export interface TagInfo {
  name: string;
  /** When the tag was made (annotated) or its commit's date. */
  at: string;
  commit: string;
  subject: string;
  tagger: string;
}

/** Tags pointing at commits, newest first. */
export async function listTags(repo: GitRepo): Promise<TagInfo[]> {
  const out = await repo.raw([
    'for-each-ref', '--sort=-creatordate',
    `--format=%(refname:short)${US}%(creatordate:iso-strict)${US}%(*objectname)%(if)%(*objectname)%(then)%(else)%(objectname)%(end)${US}%(contents:subject)${US}%(taggername)%(if)%(taggername)%(then)%(else)%(authorname)%(end)`,
    'refs/tags',
  ]);
  return out.split('\n').filter((l) => l.trim() !== '').map((line) => {
    const [name, at, commit, subject, tagger] = line.split(US);
    return { name: name!, at: at!, commit: commit!, subject: subject ?? '', tagger: tagger ?? '' };
  });
}

/** The newest tag reachable from HEAD, or undefined when there is none. */
export async function latestTag(repo: GitRepo): Promise<string | undefined> {
  try {
    const out = (await repo.raw(['describe', '--tags', '--abbrev=0'])).trim();
    return out === '' ? undefined : out;
  } catch {
    return undefined;
  }
}

/**
 * Who added each file of the review log, from one `git log --diff-filter=A` over comments/: the
 * commit, its author, and whether pedoman made it (its `Comment-Id:` trailer names the file). In
 * a shallow clone the oldest commits present stand for all history before them: files they add
 * may be older, and are marked so (their author is not a fact).
 */
export async function readActHistory(repo: GitRepo, root: string): Promise<ActHistory> {
  const added = new Map<string, ActCommit>();
  const shallowFile = (await repo.raw(['rev-parse', '--is-shallow-repository']).catch(() => 'false')).trim() === 'true'
    // Absolute: a relative --git-path is relative to where git runs (the guideline folder, often
    // not the top), and read from the wrong place it would make a shallow clone look complete.
    ? (await repo.raw(['rev-parse', '--path-format=absolute', '--git-path', 'shallow']).catch(() => '')).trim()
    : '';
  let boundary = new Set<string>();
  if (shallowFile !== '') {
    try {
      const { readFile } = await import('node:fs/promises');
      const { isAbsolute, join } = await import('node:path');
      const path = isAbsolute(shallowFile) ? shallowFile : join(repo.top, shallowFile);
      boundary = new Set((await readFile(path, 'utf8')).split('\n').map((l) => l.trim()).filter((l) => l !== ''));
    } catch {
      // no shallow file: treat as complete
    }
  }
  // Newest first: the last one seen for a path is the commit that first added it.
  for (const commit of await commitsTouching(repo, root, [COMMENTS_DIR], { added: true })) {
    for (const file of commit.files) {
      const match = /^comments\/[^/]+\/([^/]+)\.yaml$/.exec(file);
      if (!match) continue;
      added.set(match[1]!, {
        commit: commit.hash, name: commit.author, email: commit.email, committer: commit.committer, committerEmail: commit.committerEmail,
        byPedoman: commit.commentIds.includes(match[1]!), shallowBoundary: boundary.has(commit.hash),
      });
    }
  }
  return { added, shallow: shallowFile !== '' };
}

/** `{ history }` for checkGuideline when the guideline is in git and has a review log; `{}` otherwise. */
export async function historyOptions(model: { commentIds(): Promise<string[]> }, repo: GitRepo | undefined, root: string): Promise<{ history?: ActHistory }> {
  if (!repo || (await model.commentIds()).length === 0) return {};
  return { history: await readActHistory(repo, root) };
}
