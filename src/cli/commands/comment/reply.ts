// `pedoman comment reply ID`: a reply in a thread, stored as its own file beside the comment it
// answers (same section and item), so replies never touch anyone else's file.
import { newCommentId, shortIds } from '../../../model/ids.js';
import { formatPreview } from '../../../comments/view.js';
import { newAct, saveAct } from '../../../ops/comments.js';
import type { StoredAct } from '../../../model/comment-types.js';
import { t } from '../../../i18n/index.js';
import type { CliContext } from '../../context.js';
import { createPrompts, interactive } from '../../prompts.js';
import { parseType } from './add.js';
import {
  actPeople, anchorText, commitMessage, defaultPerson, draftCommit, findTarget, missing, now, openComments, reportSaved, shortOf, summary, whoFields,
  type PersonFlags,
} from './shared.js';
import { flagText } from './text.js';
import { UserError } from '../../../core/errors.js';

export interface ReplyOptions extends PersonFlags {
  text?: string;
  type?: string;
  proposedChange?: string;
  note?: string;
  commit: boolean;
  dir?: string;
}

export async function replyCommand(context: CliContext, id: string, options: ReplyOptions): Promise<number> {
  const workspace = await openComments(context, options.dir);
  // A reply is a comment too: none on a final text (the other acts, which settle threads, still are allowed).
  if (workspace.finalVersion !== undefined) throw new UserError(t('comments.error.final', { version: workspace.finalVersion }));
  const target = findTarget(workspace, id);
  // A reply answers a comment or a reply; given another act's id, it answers the thread's first comment.
  const parent = target.comment ?? target.thread.root;
  const type = options.type !== undefined ? parseType(options.type) : undefined;
  const texts = flagText(context);
  let text = await texts.read(options.text, '--text');
  const proposed = await texts.read(options.proposedChange, '--proposed-change');
  const note = await texts.read(options.note, '--note');
  const person = await defaultPerson(context, workspace, options);

  const absent: string[] = [];
  if (text === undefined) absent.push('--text');
  if (person.name === undefined) absent.push('--author');
  const prompts = absent.length > 0 && interactive(context) ? createPrompts(context) : undefined;
  if (absent.length > 0 && !prompts) throw missing(context, absent);

  const parentShort = shortOf(workspace, parent.id);
  if (prompts) {
    prompts.say(t('comments.reply.context', { id: parentShort, author: parent.author.name, anchor: anchorText(parent), summary: summary(parent.text, 70) }));
    text ??= await prompts.longText('reply', true);
  }
  const people = await actPeople(context, workspace, options, prompts, true);

  const record: StoredAct = {
    id: newCommentId(),
    section: parent.section,
    act: 'reply',
    ...(parent.item ? { item: parent.item } : {}),
    reply_to: parent.id,
    ...(type !== undefined ? { type } : {}),
    text: text!,
    ...(proposed !== undefined ? { proposed_change: proposed } : {}),
    ...whoFields(people, note),
    created: now(),
    ...(await draftCommit(workspace)),
  };
  if (prompts && !(await prompts.confirmSave(formatPreview(record, { anchors: workspace.anchors, parent, short: parentShort })))) {
    context.out(`${t('comments.notSaved')}\n`);
    return 0;
  }
  const message = commitMessage(workspace, 'comments.commit.reply', { parent: parentShort, anchor: anchorText(record), author: people.author.name, summary: summary(record.text!) },
    `Comment-Id: ${record.id}\nReply-To: ${parent.id}`);
  const { path, change } = newAct(workspace.root, record, message);
  const saved = await saveAct({ root: workspace.root, env: context.env, repo: workspace.repo }, change, people.committer, options.commit);
  const short = shortIds(await workspace.model.commentIds()).get(record.id) ?? record.id;
  return reportSaved(context, path, saved, t('comments.replied', { id: short, parent: parentShort }));
}
