// What every `comment` subcommand needs: the guideline, its comments, git, the identity of
// the person acting, and how to commit one comment file.
import { draftOf, type SectionAnchor } from '../../../comments/anchors.js';
import { matchPrefix } from '../../../model/ids.js';
import type { Stored } from '../../../model/records.js';

type StoredComment = Stored<CommentRecord>;
import { openGuideline, type GuidelineModel } from '../../../model/guideline.js';
import type { Threads } from '../../../model/threads.js';
import type { CommentRecord, Person } from '../../../model/comment-types.js';
import { openRepo, type GitRepo } from '../../../git/repo.js';
import { language, setLanguage, t, type Language } from '../../../i18n/index.js';
import { findGuidelineRoot } from '../../../model/locate.js';
import type { CliContext } from '../../context.js';
import { interactive, type Prompts } from '../../prompts.js';
import { UserError } from '../../../core/errors.js';
import { type Finding } from '../../../core/findings.js';
import { relPath } from '../../../core/paths.js';
import { actingPerson, type PersonFlags } from '../../../ops/identity.js';
import type { Saved } from '../../../ops/comments.js';

export interface Workspace {
  root: string;
  model: GuidelineModel;
  anchors: SectionAnchor[];
  repo: GitRepo | undefined;
  /** The guideline's own language (its manifest), in which commit messages are written. */
  language: Language;
  /** Listed sections whose file could not be read: id → file (relative to the guideline). */
  unreadable?: Map<string, string>;
  /** The manifest's file when it could not be read. */
  manifestUnreadable?: string | undefined;
}

export interface CommentsWorkspace extends Workspace {
  entries: StoredComment[];
  comments: CommentRecord[];
  threads: Threads;
  short: Map<string, string>;
  findings: Finding[];
}

/** With `section`, only that section's anchors are read (all of them if it is not listed). */
export async function openWorkspace(context: CliContext, dir: string | undefined, section?: string): Promise<Workspace> {
  const root = findGuidelineRoot({ explicit: dir, cwd: context.cwd });
  const model = openGuideline(root);
  const [draft, repo] = await Promise.all([draftOf(model, section?.trim()), openRepo(root, context.env)]);
  const { anchors, unreadable, manifestUnreadable } = draft;
  return { root, model, anchors, repo, language: draft.language ?? language(), unreadable, manifestUnreadable };
}

export async function openComments(context: CliContext, dir: string | undefined): Promise<CommentsWorkspace> {
  const root = findGuidelineRoot({ explicit: dir, cwd: context.cwd });
  const model = openGuideline(root);
  const [draft, repo, comments] = await Promise.all([draftOf(model), openRepo(root, context.env), model.comments()]);
  return {
    root,
    model,
    anchors: draft.anchors,
    language: draft.language ?? language(),
    unreadable: draft.unreadable,
    manifestUnreadable: draft.manifestUnreadable,
    repo,
    entries: comments.entries,
    comments: comments.records,
    threads: comments.threads,
    short: comments.short,
    findings: comments.findings,
  };
}

/** Tells the user (on stderr) that some comment files could not be read, without failing. */
export function warnUnreadable(context: CliContext, workspace: CommentsWorkspace): void {
  const bad = new Set(workspace.findings.filter((f) => f.severity === 'error').map((f) => f.file));
  if (bad.size > 0) context.err(`pedoman: ${t('comments.warn.unreadable', { count: bad.size })}\n`);
}

/** The comment with this id or unique prefix; a usage error otherwise. */
export function findComment(workspace: CommentsWorkspace, input: string): StoredComment {
  const match = matchPrefix(input, workspace.comments.map((c) => c.id));
  if (match.kind === 'found') return workspace.entries.find((e) => e.record.id === match.id)!;
  if (match.kind === 'ambiguous') {
    const list = match.ids.slice(0, 10).map((id) => workspace.short.get(id) ?? id).join(', ');
    throw new UserError(t('comments.error.ambiguous', { id: input, list }));
  }
  if (workspace.comments.length === 0) throw new UserError(t('comments.error.noComments', { id: input }));
  throw new UserError(t('comments.error.unknownId', { id: input }));
}

/** The first comment of a thread; resolve, reopen and accept act on it, not on a reply. */
export function requireThreadStart(workspace: CommentsWorkspace, stored: StoredComment, command: string): void {
  const root = workspace.threads.rootOf(stored.record);
  if (root.id !== stored.record.id) {
    throw new UserError(t('comments.error.isReply', {
      id: workspace.short.get(stored.record.id) ?? stored.record.id,
      root: workspace.short.get(root.id) ?? root.id,
      command,
    }));
  }
}

export type { PersonFlags } from '../../../ops/identity.js';

/** Who is acting (ops/identity.ts), for a command run in this context. */
export function defaultPerson(context: CliContext, where: { root: string; repo: GitRepo | undefined }, flags: PersonFlags): Promise<Partial<Person>> {
  return actingPerson({ ...where, env: context.env }, flags);
}

/** Completes the person by asking (in a terminal) or fails naming --author. */
export async function completePerson(context: CliContext, partial: Partial<Person>, prompts: Prompts | undefined, askOptional: boolean): Promise<Person> {
  let name = partial.name;
  if (name === undefined) {
    if (!prompts) throw missing(context, ['--author']);
    name = await prompts.name();
  }
  const person: Person = { name };
  let email = partial.email;
  if (email === undefined && prompts && askOptional) email = await prompts.email();
  if (email !== undefined) person.email = email;
  let affiliation = partial.affiliation;
  if (affiliation === undefined && prompts && askOptional) affiliation = await prompts.affiliation();
  if (affiliation !== undefined) person.affiliation = affiliation;
  return person;
}

/** The usage error for values that are missing when nobody can be asked. */
export function missing(context: CliContext, flags: string[]): UserError {
  return new UserError(t(interactive(context) ? 'comments.error.missing' : 'comments.error.missingNoTty', { flags: flags.join(', ') }));
}


/**
 * A commit message, in the guideline's language rather than the user's, so that a shared
 * history reads the same for everyone.
 */
export function commitMessage(workspace: Workspace, key: string, vars: Record<string, string | number>, trailers: string): string {
  const before = language();
  setLanguage(workspace.language);
  try {
    return `${t(key, vars)}\n\n${trailers}`;
  } finally {
    setLanguage(before);
  }
}


/** Prints where the file went and whether it was committed; returns the exit code. */
export function reportSaved(context: CliContext, path: string, saved: Saved, done: string): number {
  const file = relPath(context.cwd, path);
  context.out(`${done}\n`);
  if (saved.commit) {
    context.out(`${t('comments.saved.committed', { file, commit: saved.commit.slice(0, 7) })}\n`);
    context.out(`${t('comments.saved.syncHint')}\n`);
    return 0;
  }
  if (saved.reason === 'no-commit') context.out(`${t('comments.saved.noCommit', { file })}\n`);
  if (saved.reason === 'not-a-repo') context.out(`${t('comments.saved.notRepo', { file })}\n`);
  if (saved.reason === 'failed') {
    context.err(`pedoman: ${t('comments.saved.commitFailed', { file, error: saved.error ?? '' })}\n`);
    return 1;
  }
  return 0;
}


/** "kelembagaan › duta-kerja-sama-upt" or just the section. */
export function anchorText(record: Pick<CommentRecord, 'section' | 'item'>): string {
  return record.item ? `${record.section} › ${record.item}` : record.section;
}

/** The first line of a text, cut for a commit subject. */
export function summary(text: string, max = 50): string {
  const line = text.trim().split('\n')[0]!.trim();
  const chars = Array.from(line);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}


/** The commit the draft is at, recorded on a new comment (absent outside git or before the first commit). */
export async function draftCommit(workspace: Workspace): Promise<{ commit?: string }> {
  const commit = workspace.repo ? await workspace.repo.headCommit() : undefined;
  return commit ? { commit } : {};
}

/** The time now, as stored: ISO 8601 in UTC. */
export function now(): string {
  return new Date().toISOString();
}
