// `pedoman comment reply ID`: an answer in a thread, stored as its own file beside the
// comment it answers (same section and item), so replies never touch anyone else's file.
import { newCommentId, shortIds } from '../../../model/ids.js';
import { commentToYaml } from '../../../comments/record.js';
import { newComment, saveComment } from '../../../ops/comments.js';
import type { CommentRecord } from '../../../model/comment-types.js';
import { t } from '../../../i18n/index.js';
import type { CliContext } from '../../context.js';
import { createPrompts, interactive } from '../../prompts.js';
import { checkedText, parseType } from './add.js';
import {
  anchorText, commitMessage, draftCommit, completePerson, defaultPerson, findComment, missing, now, openComments, reportSaved, summary, type PersonFlags,
} from './shared.js';

export interface ReplyOptions extends PersonFlags {
  text?: string;
  type?: string;
  proposedChange?: string;
  commit: boolean;
  dir?: string;
}

export async function replyCommand(context: CliContext, id: string, options: ReplyOptions): Promise<number> {
  const workspace = await openComments(context, options.dir);
  const parent = findComment(workspace, id).record;
  const type = options.type !== undefined ? parseType(options.type) : parent.type;
  let text = checkedText(options.text, '--text');
  const proposed = checkedText(options.proposedChange, '--proposed-change');
  const person = await defaultPerson(context, workspace, options);

  const absent: string[] = [];
  if (text === undefined) absent.push('--text');
  if (person.name === undefined) absent.push('--author');
  const prompts = absent.length > 0 && interactive(context) ? createPrompts(context) : undefined;
  if (absent.length > 0 && !prompts) throw missing(context, absent);

  if (prompts) {
    const short = workspace.short.get(parent.id) ?? parent.id;
    prompts.say(t('comments.reply.context', { id: short, author: parent.author.name, anchor: anchorText(parent), summary: summary(parent.text, 70) }));
    text ??= await prompts.longText('reply', true);
  }
  const author = await completePerson(context, person, prompts, true);

  const record: CommentRecord = {
    id: newCommentId(),
    section: parent.section,
    ...(parent.item ? { item: parent.item } : {}),
    reply_to: parent.id,
    type,
    text: text!,
    ...(proposed !== undefined ? { proposed_change: proposed } : {}),
    author,
    created: now(),
    ...(await draftCommit(workspace)),
    status: 'open',
  };
  if (prompts && !(await prompts.confirmSave(commentToYaml(record)))) {
    context.out(`${t('comments.notSaved')}\n`);
    return 0;
  }
  const parentShort = workspace.short.get(parent.id) ?? parent.id;
  const message = commitMessage(workspace, 'comments.commit.reply', { parent: parentShort, anchor: anchorText(record), author: author.name, summary: summary(record.text) },
    `Comment-Id: ${record.id}\nReply-To: ${parent.id}`);
  const { path, change } = newComment(workspace.root, record, message);
  const saved = await saveComment({ root: workspace.root, env: context.env, repo: workspace.repo }, change, author, options.commit);
  const short = shortIds(await workspace.model.commentIds()).get(record.id) ?? record.id;
  return reportSaved(context, path, saved, t('comments.replied', { id: short, parent: parentShort }));
}

