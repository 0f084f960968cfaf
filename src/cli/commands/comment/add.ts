// `pedoman comment add`: a new comment on a section or one of its items. Values come from
// flags; in a terminal, whatever is missing is asked, and the comment is shown as it will be
// stored before it is saved. Without a terminal a missing value is a usage error.
import { anchorsOf, requireItem, requireSection, type ItemAnchor, type SectionAnchor } from '../../../comments/anchors.js';
import { newCommentId, shortIds } from '../../../model/ids.js';
import { commentToYaml } from '../../../comments/record.js';
import { newComment, saveComment } from '../../../ops/comments.js';
import { COMMENT_TYPES, type CommentRecord, type CommentType } from '../../../model/comment-types.js';
import { t } from '../../../i18n/index.js';
import type { CliContext } from '../../context.js';
import { createPrompts, interactive } from '../../prompts.js';
import {
  anchorText, commitMessage, draftCommit, completePerson, defaultPerson, missing, now, openWorkspace, reportSaved, summary, type PersonFlags,
} from './shared.js';
import { UserError } from '../../../core/errors.js';

export interface AddOptions extends PersonFlags {
  item?: string;
  quote?: string;
  type?: string;
  text?: string;
  proposedChange?: string;
  /** False with --no-commit. */
  commit: boolean;
  dir?: string;
}

export async function addCommand(context: CliContext, sectionArg: string | undefined, options: AddOptions): Promise<number> {
  const workspace = await openWorkspace(context, options.dir, sectionArg);
  let anchors = workspace.anchors;
  // A section (or manifest) with YAML errors has no anchors: say so rather than "no such section".
  if (workspace.manifestUnreadable !== undefined) throw new UserError(t('workspace.manifestBroken', { file: workspace.manifestUnreadable }));
  const broken = sectionArg !== undefined ? workspace.unreadable?.get(sectionArg.trim()) : undefined;
  if (broken !== undefined) throw new UserError(t('workspace.fileBroken', { file: broken }));
  if (anchors.length === 0) throw new UserError(t('comments.error.noSections'));
  // Only the named section may have been read; the rest is read when needed (to ask, or for a hint).
  const allAnchors = async () => {
    if (sectionArg !== undefined) anchors = anchorsOf((await workspace.model.raw()).sections);
    return anchors;
  };
  const item$ = async (section: SectionAnchor, id: string) =>
    section.items.find((i) => i.id === id.trim()) ?? requireItem(await allAnchors(), section, id);

  let section: SectionAnchor | undefined = sectionArg !== undefined ? requireSection(anchors, sectionArg) : undefined;
  let item: ItemAnchor | undefined = section && options.item !== undefined ? await item$(section, options.item) : undefined;
  let type = options.type !== undefined ? parseType(options.type) : undefined;
  let text = checkedText(options.text, '--text');
  let proposed = checkedText(options.proposedChange, '--proposed-change');
  let quote = checkedText(options.quote, '--quote');
  const person = await defaultPerson(context, workspace, options);

  const absent: string[] = [];
  if (!section) absent.push(t('comments.flag.section'));
  if (!type) absent.push('--type');
  if (text === undefined) absent.push('--text');
  if (person.name === undefined) absent.push('--author');

  const prompts = absent.length > 0 && interactive(context) ? createPrompts(context) : undefined;
  if (absent.length > 0 && !prompts) throw missing(context, absent);

  if (prompts) {
    section ??= await prompts.section(await allAnchors());
    if (options.item !== undefined) item = await item$(section, options.item);
    else item = await prompts.item(section);
    if (options.quote === undefined) quote = await prompts.quote();
    type ??= await prompts.type();
    text ??= await prompts.longText('text', true);
    if (options.proposedChange === undefined) proposed = await prompts.longText('proposed', false);
  }
  const author = await completePerson(context, person, prompts, true);

  const record: CommentRecord = {
    id: newCommentId(),
    section: section!.id,
    ...(item ? { item: item.id } : {}),
    ...(quote !== undefined ? { quote } : {}),
    type: type!,
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

  const message = commitMessage(workspace, 'comments.commit.add', { anchor: anchorText(record), author: author.name, summary: summary(record.text) }, `Comment-Id: ${record.id}`);
  const { path, change } = newComment(workspace.root, record, message);
  const saved = await saveComment({ root: workspace.root, env: context.env, repo: workspace.repo }, change, author, options.commit);
  const short = shortIds(await workspace.model.commentIds()).get(record.id) ?? record.id;
  return reportSaved(context, path, saved, t('comments.added', { id: short, anchor: anchorText(record), type: record.type }));
}

export function parseType(input: string): CommentType {
  const value = input.trim().toLowerCase();
  if ((COMMENT_TYPES as readonly string[]).includes(value)) return value as CommentType;
  throw new UserError(t('comments.error.badType', { type: input, types: COMMENT_TYPES.join(', ') }));
}

/** A text given by a flag, kept exactly; a flag given but blank is a mistake. */
export function checkedText(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UserError(t('comments.error.emptyFlag', { flag }));
  return value;
}

