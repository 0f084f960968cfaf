// `pedoman sync`: bring in everyone else's comments and send yours (git pull --rebase, then
// git push, with the version tags `pedoman finalize` made). Comments are separate files, so the rebase does not conflict on them. When git
// stops (a conflict, local changes, no upstream), say what to do and leave the repo as git left it.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { arrivedFor } from '../../comments/inbox.js';
import { openGuideline } from '../../model/guideline.js';
import type { Person } from '../../model/comment-types.js';
import { actingPerson } from '../../ops/identity.js';
import { gitMessage, openRepo, type GitRepo } from '../../git/repo.js';
import { t } from '../../i18n/index.js';
import { COMMENTS_DIR, findGuidelineRoot } from '../../model/locate.js';
import type { CliContext } from '../context.js';
import { EXIT_FINDINGS, EXIT_OK, UserError } from '../../core/errors.js';

export interface SyncOptions {
  dir?: string;
}

/** A push rejected because someone pushed first is retried after pulling again. */
const ATTEMPTS = 3;

export async function syncCommand(context: CliContext, options: SyncOptions): Promise<number> {
  const root = findGuidelineRoot({ explicit: options.dir, cwd: context.cwd });
  const repo = await openRepo(root, context.env);
  if (!repo) throw new UserError(t('sync.notRepo', { path: root }));
  const git = (args: string[]) => repo.raw(args).then((s) => s.trim());
  const tryGit = (args: string[]) => git(args).catch(() => '');

  const operation = await inProgress(repo, root);
  if (operation) throw new UserError(t('sync.inProgress', { operation }));
  const branch = await tryGit(['symbolic-ref', '--short', '-q', 'HEAD']);
  if (branch === '') throw new UserError(t('sync.detached'));
  const remote = await tryGit(['config', '--get', `branch.${branch}.remote`]);
  const merge = await tryGit(['config', '--get', `branch.${branch}.merge`]);
  if (remote === '' || merge === '') {
    const remotes = (await tryGit(['remote'])).split('\n').filter(Boolean);
    if (remotes.length === 0) throw new UserError(t('sync.noRemote'));
    throw new UserError(t('sync.noUpstream', { branch, remote: remotes.includes('origin') ? 'origin' : remotes[0]! }));
  }

  let pulledCommits = 0;
  let newComments = 0;
  const arrived = new Set<string>();
  for (let attempt = 1; ; attempt++) {
    const before = await tryGit(['rev-parse', '--verify', '-q', '@{upstream}']);
    try {
      await git(['pull', '--rebase', '--quiet']);
    } catch (error) {
      return pullFailed(context, repo, root, error);
    }
    const after = await tryGit(['rev-parse', '--verify', '-q', '@{upstream}']);
    if (after !== '' && after !== before) {
      const range = before === '' ? after : `${before}..${after}`;
      pulledCommits += Number(await tryGit(['rev-list', '--count', range])) || 0;
      if (before !== '') {
        const added = (await tryGit(['-c', 'core.quotepath=off', 'diff', '--name-only', '--diff-filter=A', before, after, '--', COMMENTS_DIR])).split('\n').filter((l) => l.endsWith('.yaml'));
        newComments += added.length;
        for (const path of added) arrived.add(basename(path, '.yaml'));
      }
    }
    const ahead = after === '' ? Number(await tryGit(['rev-list', '--count', 'HEAD'])) : Number(await tryGit(['rev-list', '--count', '@{upstream}..HEAD']));
    const tags = await unsharedVersionTags(git, remote);
    const upstream = `${remote}/${merge.replace(/^refs\/heads\//, '')}`;
    // "Pulled 0 commit(s)" said nothing came in a roundabout way.
    const pulled = pulledCommits === 0 ? t('sync.upToDate', { upstream }) : t('sync.pulled', { commits: pulledCommits, comments: newComments, upstream });
    if (!ahead && tags.length === 0) {
      context.out(`${pulled}\n`);
      await reportArrived(context, root, repo, arrived);
      context.out(`${t('sync.nothingToPush')}\n`);
      return EXIT_OK;
    }
    try {
      // The commits and the version tags `pedoman finalize` made go in one push, so the remote
      // never has a final text without its tag or the other way round.
      const refs = [...(ahead ? [`HEAD:${merge}`] : []), ...tags.map((tag) => `refs/tags/${tag}:refs/tags/${tag}`)];
      await git(['push', '--quiet', '--atomic', remote, ...refs]);
      context.out(`${pulled}\n`);
      await reportArrived(context, root, repo, arrived);
      if (ahead) context.out(`${t('sync.pushed', { commits: ahead })}\n`);
      if (tags.length > 0) context.out(`${t('sync.pushedTags', { count: tags.length, tags: tags.join(', ') })}\n`);
      return EXIT_OK;
    } catch (error) {
      const message = gitMessage(error);
      if (attempt < ATTEMPTS && /rejected|non-fast-forward|fetch first/i.test(message)) continue; // someone pushed first
      context.err(`pedoman: ${t('sync.pushFailed', { error: message })}\n`);
      return EXIT_FINDINGS;
    }
  }
}

/** What arrived for me: "2 of your comments were answered", replies, verdicts on my answers. */
async function reportArrived(context: CliContext, root: string, repo: GitRepo, arrived: ReadonlySet<string>): Promise<void> {
  if (arrived.size === 0) return;
  const me = await actingPerson({ root, repo, env: context.env }, {});
  if (me.name === undefined) return;
  const { threads } = await openGuideline(root).comments();
  const got = arrivedFor(threads, me as Person, arrived);
  const lines: string[] = [];
  if (got.answered > 0) lines.push(t('sync.arrived.answered', { count: got.answered }));
  if (got.replies > 0) lines.push(t('sync.arrived.replies', { count: got.replies }));
  if (got.verdicts > 0) lines.push(t('sync.arrived.verdicts', { count: got.verdicts }));
  if (lines.length === 0) return;
  for (const line of lines) context.out(`${line}\n`);
  context.out(`${t('sync.arrived.hint')}\n`);
}

/**
 * The version tags (annotated `v…` tags, as `pedoman finalize` makes) on commits of this branch
 * that the remote does not have yet, oldest version first.
 */
async function unsharedVersionTags(git: (args: string[]) => Promise<string>, remote: string): Promise<string[]> {
  const local = (await git(['for-each-ref', '--merged', 'HEAD', '--sort=creatordate', '--format=%(objecttype) %(refname:strip=2)', 'refs/tags/v*']).catch(() => ''))
    .split('\n')
    .filter((line) => line.startsWith('tag '))
    .map((line) => line.slice(4));
  if (local.length === 0) return [];
  const shared = new Set(
    (await git(['ls-remote', '--tags', '--refs', remote]).catch(() => ''))
      .split('\n')
      .map((line) => line.split('\t')[1]?.replace(/^refs\/tags\//, ''))
      .filter((name): name is string => name !== undefined),
  );
  return local.filter((tag) => !shared.has(tag));
}

async function pullFailed(context: CliContext, repo: GitRepo, root: string, error: unknown): Promise<number> {
  const message = gitMessage(error);
  if (await inProgress(repo, root)) {
    const files = (await repo.raw(['diff', '--name-only', '--diff-filter=U']).catch(() => '')).trim().split('\n').filter(Boolean);
    context.err(`pedoman: ${t('sync.conflict', { files: files.join(', ') || '?' })}\n`);
    return EXIT_FINDINGS;
  }
  if (/unstaged changes|uncommitted changes|would be overwritten|commit or stash|not clean/i.test(message)) {
    context.err(`pedoman: ${t('sync.dirty', { error: message })}\n`);
  } else if (/tell me who you are|empty ident|unable to auto-detect email/i.test(message)) {
    context.err(`pedoman: ${t('sync.identity')}\n`);
  } else {
    context.err(`pedoman: ${t('sync.pullFailed', { error: message })}\n`);
  }
  return EXIT_FINDINGS;
}

/** "rebase" or "merge" when git is in the middle of one, else undefined. */
async function inProgress(repo: GitRepo, root: string): Promise<string | undefined> {
  for (const [name, operation] of [['rebase-merge', 'rebase'], ['rebase-apply', 'rebase'], ['MERGE_HEAD', 'merge']] as const) {
    const path = (await repo.raw(['rev-parse', '--git-path', name]).catch(() => '')).trim();
    if (path !== '' && existsSync(resolve(root, path))) return operation;
  }
  return undefined;
}
