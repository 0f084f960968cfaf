// The drafting team's side of a thread: `comment answer` (a disposition and its rationale; a
// question is answered with `dijawab`), `comment reopen` (taking a thread up again) and
// `comment overrule` (an objection recorded and answered with a rationale, the answer kept).
// Each is a new file of the review log; nothing already written changes.
import { newCommentId } from '../../../model/ids.js';
import { formatPreview } from '../../../comments/view.js';
import { dispositionChoices, dispositionLabel, parseDisposition, stateLabel } from '../../../comments/values.js';
import { newAct, saveAct } from '../../../ops/comments.js';
import type { Disposition, StoredAct } from '../../../model/comment-types.js';
import { t } from '../../../i18n/index.js';
import type { CliContext } from '../../context.js';
import { createPrompts, interactive } from '../../prompts.js';
import {
  actPeople, anchorText, commitMessage, defaultPerson, draftCommit, isCommenter, missing, now, openThread, reportSaved, summary,
  whoFields, type PersonFlags,
} from './shared.js';
import { flagText } from './text.js';
import { UserError } from '../../../core/errors.js';

interface ActFlags extends PersonFlags {
  note?: string;
  commit: boolean;
  dir?: string;
}

export interface AnswerOptions extends ActFlags {
  disposition?: string;
  response?: string;
}

export async function answerCommand(context: CliContext, id: string, options: AnswerOptions): Promise<number> {
  const { workspace, thread, root, short } = await openThread(context, options.dir, id);
  if (thread.state === 'withdrawn') throw new UserError(t('comments.error.withdrawn', { id: short }));
  if (thread.state !== 'open' && thread.state !== 'objected') {
    throw new UserError(t('comments.error.alreadyAnswered', { id: short, state: stateLabel(thread.state), disposition: dispositionLabel(thread.answer?.disposition ?? 'dicatat') }));
  }
  let disposition = options.disposition !== undefined ? requireDisposition(options.disposition) : undefined;
  const texts = flagText(context);
  let response = await texts.read(options.response, '--response');
  const note = await texts.read(options.note, '--note');
  const person = await defaultPerson(context, workspace, options);

  const absent: string[] = [];
  if (!disposition) absent.push('--disposition');
  if (response === undefined) absent.push('--response');
  if (person.name === undefined) absent.push('--author');
  const prompts = absent.length > 0 && interactive(context) ? createPrompts(context) : undefined;
  if (absent.length > 0 && !prompts) throw missing(context, absent);

  if (prompts) {
    prompts.say(t(thread.state === 'objected' ? 'comments.answer.contextObjected' : 'comments.answer.context', {
      id: short, author: root.author.name, anchor: anchorText(root), summary: summary(root.text, 70),
    }));
    disposition ??= await prompts.disposition(root.type);
    response ??= await prompts.longText('response', true);
  }
  if (disposition === 'dijawab' && root.type !== 'pertanyaan') throw new UserError(t('comments.error.dijawabNotQuestion', { id: short, type: root.type }));
  const people = await actPeople(context, workspace, options, prompts, false);
  const record: StoredAct = {
    id: newCommentId(),
    section: root.section,
    act: 'answer',
    thread: root.id,
    disposition: disposition!,
    response: response!,
    ...whoFields(people, note),
    created: now(),
    ...(await draftCommit(workspace)),
  };
  if (prompts && !(await prompts.confirmSave(formatPreview(record, { anchors: workspace.anchors, parent: root, short })))) {
    context.out(`${t('comments.notSaved')}\n`);
    return 0;
  }
  const message = commitMessage(workspace, 'comments.commit.answer', { id: short, anchor: anchorText(root), disposition: dispositionLabel(disposition!) }, `Comment-Id: ${record.id}\nThread: ${root.id}`);
  const { path, change } = newAct(workspace.root, record, message);
  const saved = await saveAct({ root: workspace.root, env: context.env, repo: workspace.repo }, change, people.committer, options.commit);
  return reportSaved(context, path, saved, t('comments.answered', { id: short, disposition: dispositionLabel(disposition!) }), [
    t('comments.next.afterAnswer', { author: root.author.name }),
  ]);
}

export interface ReopenOptions extends ActFlags {
  reason?: string;
}

export async function reopenCommand(context: CliContext, id: string, options: ReopenOptions): Promise<number> {
  const { workspace, thread, root, short } = await openThread(context, options.dir, id);
  if (thread.state === 'open') throw new UserError(t('comments.error.alreadyOpen', { id: short }));
  const texts = flagText(context);
  const reason = await texts.read(options.reason, '--reason');
  const note = await texts.read(options.note, '--note');
  const prompts = interactive(context) ? createPrompts(context) : undefined;
  const people = await actPeople(context, workspace, options, prompts, false);
  if (thread.state === 'withdrawn' && !isCommenter(people.author, thread)) throw new UserError(t('comments.error.reopenWithdrawn', { id: short, author: root.author.name }));
  const record: StoredAct = {
    id: newCommentId(),
    section: root.section,
    act: 'reopen',
    thread: root.id,
    ...(reason !== undefined ? { text: reason } : {}),
    ...whoFields(people, note),
    created: now(),
    ...(await draftCommit(workspace)),
  };
  const message = commitMessage(workspace, 'comments.commit.reopen', () => ({ id: short, anchor: anchorText(root), state: stateLabel(thread.state) }), `Comment-Id: ${record.id}\nThread: ${root.id}`);
  const { path, change } = newAct(workspace.root, record, message);
  const saved = await saveAct({ root: workspace.root, env: context.env, repo: workspace.repo }, change, people.committer, options.commit);
  return reportSaved(context, path, saved, t('comments.reopened', { id: short, state: stateLabel(thread.state) }));
}

export interface OverruleOptions extends ActFlags {
  response?: string;
}

export async function overruleCommand(context: CliContext, id: string, options: OverruleOptions): Promise<number> {
  const { workspace, thread, root, short } = await openThread(context, options.dir, id);
  const objection = thread.state === 'objected' ? thread.verdict : undefined;
  if (!objection || objection.kind !== 'object') throw new UserError(t('comments.error.noObjection', { id: short, state: stateLabel(thread.state) }));
  const texts = flagText(context);
  let response = await texts.read(options.response, '--response');
  const note = await texts.read(options.note, '--note');
  const person = await defaultPerson(context, workspace, options);
  const absent: string[] = [];
  if (response === undefined) absent.push('--response');
  if (person.name === undefined) absent.push('--author');
  const prompts = absent.length > 0 && interactive(context) ? createPrompts(context) : undefined;
  if (absent.length > 0 && !prompts) throw missing(context, absent);
  if (prompts) {
    prompts.say(t('comments.overrule.context', { id: short, author: root.author.name, objection: summary(objection.text ?? '', 70) }));
    response ??= await prompts.longText('overrule', true);
  }
  const people = await actPeople(context, workspace, options, prompts, false);
  if (isCommenter(people.author, thread)) throw new UserError(t('comments.error.overruleOwn', { id: short }));
  const record: StoredAct = {
    id: newCommentId(),
    section: root.section,
    act: 'overrule',
    thread: root.id,
    objection: objection.file,
    response: response!,
    ...whoFields(people, note),
    created: now(),
    ...(await draftCommit(workspace)),
  };
  if (prompts && !(await prompts.confirmSave(formatPreview(record, { anchors: workspace.anchors, parent: root, short })))) {
    context.out(`${t('comments.notSaved')}\n`);
    return 0;
  }
  const message = commitMessage(workspace, 'comments.commit.overrule', { id: short, anchor: anchorText(root) }, `Comment-Id: ${record.id}\nThread: ${root.id}`);
  const { path, change } = newAct(workspace.root, record, message);
  const saved = await saveAct({ root: workspace.root, env: context.env, repo: workspace.repo }, change, people.committer, options.commit);
  return reportSaved(context, path, saved, t('comments.overruled', { id: short }));
}

function requireDisposition(input: string): Disposition {
  const disposition = parseDisposition(input);
  if (disposition) return disposition;
  throw new UserError(t('comments.error.badDisposition', { disposition: input, dispositions: dispositionChoices() }));
}
