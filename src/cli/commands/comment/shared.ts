// What every `comment` subcommand needs: the guideline, its comments, git, the identity of
// the person acting, and how to commit one comment file.
import { draftOf, type SectionAnchor } from '../../../comments/anchors.js';
import { matchPrefix } from '../../../model/ids.js';
import type { Stored } from '../../../model/records.js';
import { openGuideline, type GuidelineModel } from '../../../model/guideline.js';
import { samePerson, type Thread, type Threads } from '../../../model/threads.js';
import type { CommentRecord, Person, StoredAct } from '../../../model/comment-types.js';
import { openRepo, type GitRepo } from '../../../git/repo.js';
import { inLanguage, language, t, type Language } from '../../../i18n/index.js';
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
  /** The version, when the text is final (manifest `status: final`). */
  finalVersion?: string | undefined;
}

export interface CommentsWorkspace extends Workspace {
  entries: Stored<StoredAct>[];
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
  return { root, model, anchors, repo, language: draft.language ?? language(), unreadable, manifestUnreadable, finalVersion: draft.finalVersion };
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
    finalVersion: draft.finalVersion,
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

/** What an id given on the command line names: a comment or reply, or another act, and its thread. */
export interface Target {
  /** The full id of the file named. */
  id: string;
  /** The comment or reply, when the id names one. */
  comment: CommentRecord | undefined;
  thread: Thread;
}

/** The comment, reply or act with this id or unique prefix, and its thread; a usage error otherwise. */
export function findTarget(workspace: CommentsWorkspace, input: string): Target {
  const ids = workspace.threads.fileIds();
  const match = matchPrefix(input, ids);
  if (match.kind === 'ambiguous') {
    const list = match.ids.slice(0, 10).map((id) => workspace.short.get(id) ?? id).join(', ');
    throw new UserError(t('comments.error.ambiguous', { id: input, list }));
  }
  if (match.kind === 'none') {
    if (workspace.comments.length === 0) throw new UserError(t('comments.error.noComments', { id: input }));
    throw new UserError(t('comments.error.unknownId', { id: input }));
  }
  const thread = workspace.threads.threadOf(match.id);
  if (!thread) throw new UserError(t('comments.error.noThread', { id: workspace.short.get(match.id) ?? match.id }));
  return { id: match.id, comment: workspace.threads.byId.get(match.id), thread };
}

/** The short id of a comment or act, as printed. */
/** The comments of the guideline and the thread an act command works on, with its short id. */
export async function openThread(context: CliContext, dir: string | undefined, id: string): Promise<{ workspace: CommentsWorkspace; thread: Thread; root: CommentRecord; short: string }> {
  const workspace = await openComments(context, dir);
  const { thread } = findTarget(workspace, id);
  return { workspace, thread, root: thread.root, short: shortOf(workspace, thread.root.id) };
}

export function shortOf(workspace: CommentsWorkspace, id: string): string {
  return workspace.short.get(id) ?? id;
}

/** Whether `person` wrote the thread's first comment (matched by e-mail, else by name). */
export function isCommenter(person: Partial<Person>, thread: Thread): boolean {
  return person.name !== undefined && samePerson(person as Person, thread.root.author);
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
export function commitMessage(workspace: Workspace, key: string, vars: Record<string, string | number> | (() => Record<string, string | number>), trailers: string): string {
  // Values that are words (a state, a type) are computed here, in the guideline's language.
  return inLanguage(workspace.language, () => `${t(key, typeof vars === 'function' ? vars() : vars)}\n\n${trailers}`);
}


/** Prints what was done, where the file went and whether it was committed, then what comes next; returns the exit code. */
export function reportSaved(context: CliContext, path: string, saved: Saved, done: string, next: readonly string[] = []): number {
  const file = relPath(context.cwd, path);
  context.out(`${done}\n`);
  let code = 0;
  if (saved.commit) {
    context.out(`${t('comments.saved.committed', { file, commit: saved.commit.slice(0, 7) })}\n`);
    context.out(`${t('comments.saved.syncHint')}\n`);
  }
  if (saved.reason === 'no-commit') context.out(`${t('comments.saved.noCommit', { file })}\n`);
  if (saved.reason === 'not-a-repo') context.out(`${t('comments.saved.notRepo', { file })}\n`);
  if (saved.reason === 'failed') {
    context.err(`pedoman: ${t('comments.saved.commitFailed', { file, error: saved.error ?? '' })}\n`);
    code = 1;
  }
  for (const line of next) context.out(`${line}\n`);
  return code;
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

/** Who an act is by, who recorded it (when someone else), and who commits it. */
export interface ActPeople {
  author: Person;
  /** Set when the act is recorded for its author by someone else. */
  recordedBy?: Person;
  /** The git author of the act's commit: who recorded it. */
  committer: Person;
}

/** git's own identity (GIT_AUTHOR_* or user.name/email, and pedoman.affiliation), without the flags. */
export async function gitPerson(context: CliContext, workspace: Workspace): Promise<Partial<Person>> {
  return actingPerson({ root: workspace.root, repo: workspace.repo, env: context.env }, {});
}

/**
 * The people of an act anyone may record (comment, reply, answer, reopen, overrule): its author
 * from the flags (or git), completed by asking; when git knows someone else, that person
 * records it for the author and commits it.
 */
export async function actPeople(context: CliContext, workspace: Workspace, flags: PersonFlags, prompts: Prompts | undefined, askOptional: boolean): Promise<ActPeople> {
  const author = await completePerson(context, await defaultPerson(context, workspace, flags), prompts, askOptional);
  const git = await gitPerson(context, workspace);
  if (git.name === undefined || samePerson(git as Person, author)) return { author, committer: author };
  return { author, recordedBy: git as Person, committer: git as Person };
}

/** `--on-behalf-of "Name <e-mail>"`: a name, an e-mail, or both. */
export function parsePersonFlag(value: string, flag: string): Partial<Person> {
  const text = value.trim();
  const match = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text);
  if (match) return { ...(match[1] ? { name: match[1] } : {}), email: match[2]! };
  if (/^[^\s<>@]+@[^\s<>@]+$/.test(text)) return { email: text };
  if (text === '' || /[<>\r\n]/.test(text)) throw new UserError(t('comments.error.badPersonFlag', { flag, value }));
  return { name: text };
}

export interface OnBehalfFlags {
  onBehalfOf?: string | undefined;
  note?: string | undefined;
}

/**
 * The people of an act that is the commenter's own (accept, object, withdraw) or the author's
 * own (correct): the person git knows must be `owner`, or record it for them with
 * --on-behalf-of and a --note saying how it was given.
 */
export async function ownerPeople(
  context: CliContext,
  workspace: Workspace,
  owner: Person,
  flags: OnBehalfFlags,
  prompts: Prompts | undefined,
  what: { command: string; id: string; role: 'commenter' | 'author' },
): Promise<ActPeople & { note?: string }> {
  const me = await completePerson(context, await gitPerson(context, workspace), prompts, false);
  const ownerLine = owner.email ? `${owner.name} <${owner.email}>` : owner.name;
  if (flags.onBehalfOf === undefined) {
    if (flags.note !== undefined && !samePerson(me, owner)) throw new UserError(t('comments.error.noteNeedsBehalf'));
    if (!samePerson(me, owner)) {
      throw new UserError(t(`comments.error.not.${what.role}`, { command: what.command, id: what.id, owner: ownerLine, me: me.email ? `${me.name} <${me.email}>` : me.name }));
    }
    // The owner's own record (affiliation included), with git's e-mail when it has none.
    const author: Person = { ...owner, ...(owner.email === undefined && me.email ? { email: me.email } : {}) };
    return { author, committer: me, ...(flags.note !== undefined ? { note: flags.note } : {}) };
  }
  const named = parsePersonFlag(flags.onBehalfOf, '--on-behalf-of');
  const matches = named.email !== undefined && owner.email !== undefined
    ? named.email.toLowerCase() === owner.email.toLowerCase()
    : named.name !== undefined && named.name.trim().toLowerCase() === owner.name.trim().toLowerCase();
  if (!matches) throw new UserError(t(`comments.error.behalfNotOwner.${what.role}`, { given: flags.onBehalfOf, owner: ownerLine, id: what.id }));
  if (flags.note === undefined || flags.note.trim() === '') throw new UserError(t('comments.error.behalfNeedsNote', { command: what.command }));
  if (samePerson(me, owner)) return { author: owner, committer: me, note: flags.note };
  return { author: owner, recordedBy: me, committer: me, note: flags.note };
}

/** The act's who fields, as stored. */
export function whoFields(people: ActPeople & { note?: string }, note?: string): Pick<StoredAct, 'author' | 'recorded_by' | 'note'> {
  const n = people.note ?? note;
  return { author: people.author, ...(people.recordedBy ? { recorded_by: people.recordedBy } : {}), ...(n !== undefined ? { note: n } : {}) };
}
