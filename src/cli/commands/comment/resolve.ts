// `pedoman comment resolve|reopen|accept ID`: the drafting team's answer to a thread, taking
// it up again, and the commenter's verdict on the answer. Only the resolution fields of the
// thread's first comment change; what the commenter wrote is never rewritten.
import { dispositionLabel, parseDisposition, type ResolutionChange } from '../../../comments/record.js';
import { resolutionChange, saveComment } from '../../../ops/comments.js';
import { DISPOSITIONS, type Disposition } from '../../../model/comment-types.js';
import { t } from '../../../i18n/index.js';
import type { CliContext } from '../../context.js';
import { createPrompts, interactive } from '../../prompts.js';
import { checkedText } from './add.js';
import {
  anchorText, commitMessage, completePerson, defaultPerson, findComment, missing, now, openComments, reportSaved,
  requireThreadStart, summary, type PersonFlags,
} from './shared.js';
import { UserError } from '../../../core/errors.js';

export interface ResolveOptions extends PersonFlags {
  disposition?: string;
  response?: string;
  commit: boolean;
  dir?: string;
}

export async function resolveCommand(context: CliContext, id: string, options: ResolveOptions): Promise<number> {
  const workspace = await openComments(context, options.dir);
  const stored = findComment(workspace, id);
  requireThreadStart(workspace, stored, 'resolve');
  const record = stored.record;
  const short = workspace.short.get(record.id) ?? record.id;
  if (record.status === 'resolved') {
    throw new UserError(t('comments.error.alreadyResolved', { id: short, disposition: dispositionLabel(record.disposition ?? 'dicatat') }));
  }
  let disposition = options.disposition !== undefined ? requireDisposition(options.disposition) : undefined;
  let response = checkedText(options.response, '--response');
  const person = await defaultPerson(context, workspace, options);

  const absent: string[] = [];
  if (!disposition) absent.push('--disposition');
  if (response === undefined) absent.push('--response');
  if (person.name === undefined) absent.push('--author');
  const prompts = absent.length > 0 && interactive(context) ? createPrompts(context) : undefined;
  if (absent.length > 0 && !prompts) throw missing(context, absent);

  if (prompts) {
    prompts.say(t('comments.resolve.context', { id: short, author: record.author.name, anchor: anchorText(record), summary: summary(record.text, 70) }));
    disposition ??= await prompts.disposition();
    response ??= await prompts.longText('response', true);
  }
  const resolver = await completePerson(context, person, prompts, false);
  const change: ResolutionChange = {
    status: 'resolved',
    disposition: disposition!,
    response: response!,
    resolved_by: resolver,
    resolved_at: now(),
    accepted: null, // a new answer has not been accepted yet
  };
  const message = commitMessage(workspace, 'comments.commit.resolve', { id: short, anchor: anchorText(record), disposition: dispositionLabel(disposition!) }, `Comment-Id: ${record.id}`);
  const { path, text, change: write } = resolutionChange(stored, change, message);
  if (prompts && !(await prompts.confirmSave(text))) {
    context.out(`${t('comments.notSaved')}\n`);
    return 0;
  }
  const saved = await saveComment({ root: workspace.root, env: context.env, repo: workspace.repo }, write, resolver, options.commit);
  return reportSaved(context, path, saved, t('comments.resolved', { id: short, disposition: dispositionLabel(disposition!) }));
}

export interface ReopenOptions extends PersonFlags {
  commit: boolean;
  dir?: string;
}

export async function reopenCommand(context: CliContext, id: string, options: ReopenOptions): Promise<number> {
  const workspace = await openComments(context, options.dir);
  const stored = findComment(workspace, id);
  requireThreadStart(workspace, stored, 'reopen');
  const record = stored.record;
  const short = workspace.short.get(record.id) ?? record.id;
  if (record.status === 'open') throw new UserError(t('comments.error.alreadyOpen', { id: short }));
  const person = await completePerson(context, await defaultPerson(context, workspace, options), promptsIfTty(context), false);
  // The last answer stays in the file (shown as the previous answer) until a new one replaces it.
  const message = commitMessage(workspace, 'comments.commit.reopen', { id: short, anchor: anchorText(record) }, `Comment-Id: ${record.id}`);
  const { path, change } = resolutionChange(stored, { status: 'open' }, message);
  const saved = await saveComment({ root: workspace.root, env: context.env, repo: workspace.repo }, change, person, options.commit);
  return reportSaved(context, path, saved, t('comments.reopened', { id: short }));
}

export interface AcceptOptions extends PersonFlags {
  /** False with --no: the commenter does not accept the answer. */
  accept: boolean;
  commit: boolean;
  dir?: string;
}

export async function acceptCommand(context: CliContext, id: string, options: AcceptOptions): Promise<number> {
  const workspace = await openComments(context, options.dir);
  const stored = findComment(workspace, id);
  requireThreadStart(workspace, stored, 'accept');
  const record = stored.record;
  const short = workspace.short.get(record.id) ?? record.id;
  if (record.status !== 'resolved') throw new UserError(t('comments.error.notResolved', { id: short }));
  const person = await completePerson(context, await defaultPerson(context, workspace, options), promptsIfTty(context), false);
  if (!samePerson(person, record.author)) {
    context.err(`pedoman: ${t('comments.accept.notAuthor', { author: record.author.name })}\n`);
  }
  const message = commitMessage(workspace, options.accept ? 'comments.commit.accept' : 'comments.commit.reject', { id: short, anchor: anchorText(record) }, `Comment-Id: ${record.id}`);
  const { path, change } = resolutionChange(stored, { accepted: options.accept }, message);
  const saved = await saveComment({ root: workspace.root, env: context.env, repo: workspace.repo }, change, person, options.commit);
  return reportSaved(context, path, saved, t(options.accept ? 'comments.accepted' : 'comments.rejected', { id: short }));
}

function requireDisposition(input: string): Disposition {
  const disposition = parseDisposition(input);
  if (disposition) return disposition;
  throw new UserError(t('comments.error.badDisposition', { disposition: input, dispositions: DISPOSITIONS.map(dispositionLabel).join(', ') }));
}

function promptsIfTty(context: CliContext) {
  return interactive(context) ? createPrompts(context) : undefined;
}

function samePerson(a: { name: string; email?: string }, b: { name: string; email?: string }): boolean {
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase();
  return a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}
