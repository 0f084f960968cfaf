// The commenter's side of a thread: `comment accept` and `comment object` (the verdict on the
// drafting team's answer), `comment withdraw` (taking one's comment back) and `comment correct`
// (correcting one's own comment or reply). They are the commenter's (or the author's) acts:
// git's identity must be that person, matched by e-mail, or the drafting team records the act
// for them with --on-behalf-of and a --note saying how it was given. Each is a new file.
import { newCommentId } from '../../../model/ids.js';
import { formatPreview } from '../../../comments/view.js';
import { dispositionLabel, stateLabel } from '../../../comments/values.js';
import { newAct, saveAct } from '../../../ops/comments.js';
import type { StoredAct } from '../../../model/comment-types.js';
import { t } from '../../../i18n/index.js';
import type { CliContext } from '../../context.js';
import { createPrompts, interactive } from '../../prompts.js';
import { parseType } from './add.js';
import {
  anchorText, commitMessage, draftCommit, findTarget, missing, now, openComments, openThread, ownerPeople, reportSaved, shortOf, summary, whoFields,
  type OnBehalfFlags,
} from './shared.js';
import { flagText } from './text.js';
import { UserError } from '../../../core/errors.js';

interface OwnerFlags extends OnBehalfFlags {
  commit: boolean;
  dir?: string;
}

export interface VerdictOptions extends OwnerFlags {
  /** accept: an optional remark; object: why (required). */
  reason?: string;
}

export async function acceptCommand(context: CliContext, id: string, options: VerdictOptions): Promise<number> {
  return verdict(context, id, options, 'accept');
}

export async function objectCommand(context: CliContext, id: string, options: VerdictOptions): Promise<number> {
  return verdict(context, id, options, 'object');
}

async function verdict(context: CliContext, id: string, options: VerdictOptions, kind: 'accept' | 'object'): Promise<number> {
  const { workspace, thread, root, short } = await openThread(context, options.dir, id);
  const answer = thread.answer;
  if (!answer) throw new UserError(t('comments.error.notAnswered', { id: short }));
  switch (thread.state) {
    case 'open':
      throw new UserError(t('comments.error.reopenedSince', { id: short }));
    case 'withdrawn':
      throw new UserError(t('comments.error.withdrawn', { id: short }));
    case 'accepted':
      if (kind === 'accept') throw new UserError(t('comments.error.alreadyAccepted', { id: short }));
      break;
    case 'objected':
      if (kind === 'object') throw new UserError(t('comments.error.alreadyObjected', { id: short }));
      break;
    case 'overruled':
      if (kind === 'object') throw new UserError(t('comments.error.alreadyOverruled', { id: short }));
      break;
    case 'answered':
      break;
  }
  const texts = flagText(context);
  let reason = await texts.read(options.reason, '--reason');
  const note = await texts.read(options.note, '--note');
  const prompts = interactive(context) ? createPrompts(context) : undefined;
  if (kind === 'object' && reason === undefined) {
    if (!prompts) throw missing(context, ['--reason']);
    prompts.say(t('comments.object.context', { id: short, disposition: dispositionLabel(answer.disposition), response: summary(answer.response, 70) }));
    reason = await prompts.longText('objection', true);
  }
  const people = await ownerPeople(context, workspace, root.author, { ...options, ...(note !== undefined ? { note } : {}) }, prompts, { command: kind, id: short, role: 'commenter' });
  const record: StoredAct = {
    id: newCommentId(),
    section: root.section,
    act: kind,
    thread: root.id,
    answer: answer.file,
    ...(reason !== undefined ? { text: reason } : {}),
    ...whoFields(people),
    created: now(),
    ...(await draftCommit(workspace)),
  };
  if (prompts && kind === 'object' && !(await prompts.confirmSave(formatPreview(record, { anchors: workspace.anchors, parent: root, short, answer })))) {
    context.out(`${t('comments.notSaved')}\n`);
    return 0;
  }
  const behalf = people.recordedBy ? 'Behalf' : '';
  const message = commitMessage(workspace, `comments.commit.${kind}${behalf}`, { id: short, anchor: anchorText(root), author: people.author.name, note: people.note ?? '' },
    `Comment-Id: ${record.id}\nThread: ${root.id}`);
  const { path, change } = newAct(workspace.root, record, message);
  const saved = await saveAct({ root: workspace.root, env: context.env, repo: workspace.repo }, change, people.committer, options.commit);
  const done = people.recordedBy
    ? t(`comments.${kind}.recorded`, { id: short, author: people.author.name })
    : t(`comments.${kind}.done`, { id: short, disposition: dispositionLabel(answer.disposition) });
  return reportSaved(context, path, saved, done, kind === 'object' ? [t('comments.next.afterObject')] : []);
}

export interface WithdrawOptions extends OwnerFlags {
  reason?: string;
}

export async function withdrawCommand(context: CliContext, id: string, options: WithdrawOptions): Promise<number> {
  const { workspace, thread, root, short } = await openThread(context, options.dir, id);
  if (thread.state === 'withdrawn') throw new UserError(t('comments.error.alreadyWithdrawn', { id: short }));
  const texts = flagText(context);
  const reason = await texts.read(options.reason, '--reason');
  const note = await texts.read(options.note, '--note');
  const prompts = interactive(context) ? createPrompts(context) : undefined;
  const people = await ownerPeople(context, workspace, root.author, { ...options, ...(note !== undefined ? { note } : {}) }, prompts, { command: 'withdraw', id: short, role: 'commenter' });
  const record: StoredAct = {
    id: newCommentId(),
    section: root.section,
    act: 'withdraw',
    thread: root.id,
    ...(reason !== undefined ? { text: reason } : {}),
    ...whoFields(people),
    created: now(),
    ...(await draftCommit(workspace)),
  };
  const message = commitMessage(workspace, 'comments.commit.withdraw', { id: short, anchor: anchorText(root), author: people.author.name }, `Comment-Id: ${record.id}\nThread: ${root.id}`);
  const { path, change } = newAct(workspace.root, record, message);
  const saved = await saveAct({ root: workspace.root, env: context.env, repo: workspace.repo }, change, people.committer, options.commit);
  return reportSaved(context, path, saved, t('comments.withdrawn', { id: short, state: stateLabel(thread.state) }));
}

export interface CorrectOptions extends OwnerFlags {
  text?: string;
  proposedChange?: string;
  quote?: string;
  type?: string;
}

export async function correctCommand(context: CliContext, id: string, options: CorrectOptions): Promise<number> {
  const workspace = await openComments(context, options.dir);
  const target = findTarget(workspace, id);
  const comment = target.comment;
  if (!comment) throw new UserError(t('comments.error.correctNotComment', { id: shortOf(workspace, target.id), root: shortOf(workspace, target.thread.root.id) }));
  const short = shortOf(workspace, comment.id);
  const texts = flagText(context);
  let text = await texts.read(options.text, '--text');
  const proposed = await texts.read(options.proposedChange, '--proposed-change');
  const quote = await texts.read(options.quote, '--quote');
  const note = await texts.read(options.note, '--note');
  const type = options.type !== undefined ? parseType(options.type) : undefined;
  const prompts = interactive(context) ? createPrompts(context) : undefined;
  if (text === undefined && proposed === undefined && quote === undefined && type === undefined) {
    if (!prompts) throw missing(context, ['--text, --proposed-change, --quote or --type']);
    prompts.say(t('comments.correct.context', { id: short, text: summary(comment.text, 70) }));
    text = await prompts.longText('correction', true);
  }
  // The original author, as first written (a correction never changes who wrote it).
  const owner = workspace.threads.commentAct(comment.id)?.comment.author ?? comment.author;
  const people = await ownerPeople(context, workspace, owner, { ...options, ...(note !== undefined ? { note } : {}) }, prompts, { command: 'correct', id: short, role: 'author' });
  const record: StoredAct = {
    id: newCommentId(),
    section: comment.section,
    act: 'correct',
    target: comment.id,
    ...(quote !== undefined ? { quote } : {}),
    ...(type !== undefined ? { type } : {}),
    ...(text !== undefined ? { text } : {}),
    ...(proposed !== undefined ? { proposed_change: proposed } : {}),
    ...whoFields(people),
    created: now(),
    ...(await draftCommit(workspace)),
  };
  if (prompts && !(await prompts.confirmSave(formatPreview(record, { anchors: workspace.anchors, parent: comment, short })))) {
    context.out(`${t('comments.notSaved')}\n`);
    return 0;
  }
  const message = commitMessage(workspace, 'comments.commit.correct', { id: short, anchor: anchorText(comment), author: people.author.name }, `Comment-Id: ${record.id}\nCorrects: ${comment.id}`);
  const { path, change } = newAct(workspace.root, record, message);
  const saved = await saveAct({ root: workspace.root, env: context.env, repo: workspace.repo }, change, people.committer, options.commit);
  return reportSaved(context, path, saved, t('comments.corrected', { id: short }));
}
