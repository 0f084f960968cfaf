// `pedoman comment add`: a new comment on a section or one of its items. Values come from
// flags; in a terminal, whatever is missing is asked, and the comment is shown as it will be
// stored before it is saved. Without a terminal a missing value is a usage error.
import { anchorsOf, requireItem, requireSection, type ItemAnchor, type SectionAnchor } from '../../../comments/anchors.js';
import { newCommentId, shortIds } from '../../../model/ids.js';
import { formatPreview } from '../../../comments/view.js';
import { parseType as parseTypeValue, typeChoices, typeLabel } from '../../../comments/values.js';
import { newAct, saveAct } from '../../../ops/comments.js';
import type { CommentType, StoredAct } from '../../../model/comment-types.js';
import { t } from '../../../i18n/index.js';
import type { CliContext } from '../../context.js';
import { createPrompts, interactive } from '../../prompts.js';
import {
  actPeople, anchorText, commitMessage, draftCommit, defaultPerson, missing, now, openWorkspace, reportSaved, summary, whoFields, type PersonFlags,
} from './shared.js';
import { flagText } from './text.js';
import { UserError } from '../../../core/errors.js';

export interface AddOptions extends PersonFlags {
  item?: string;
  quote?: string;
  type?: string;
  text?: string;
  proposedChange?: string;
  note?: string;
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
  if (workspace.finalVersion !== undefined) throw new UserError(t('comments.error.final', { version: workspace.finalVersion }));
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
  const texts = flagText(context);
  let text = await texts.read(options.text, '--text');
  let proposed = await texts.read(options.proposedChange, '--proposed-change');
  let quote = await texts.read(options.quote, '--quote');
  const note = await texts.read(options.note, '--note');
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
  const people = await actPeople(context, workspace, options, prompts, true);

  const record: StoredAct = {
    id: newCommentId(),
    section: section!.id,
    act: 'comment',
    ...(item ? { item: item.id } : {}),
    ...(quote !== undefined ? { quote } : {}),
    type: type!,
    text: text!,
    ...(proposed !== undefined ? { proposed_change: proposed } : {}),
    ...whoFields(people, note),
    created: now(),
    ...(await draftCommit(workspace)),
  };
  if (prompts && !(await prompts.confirmSave(formatPreview(record, { anchors: workspace.anchors })))) {
    context.out(`${t('comments.notSaved')}\n`);
    return 0;
  }

  const message = commitMessage(workspace, 'comments.commit.add', { anchor: anchorText(record), author: people.author.name, summary: summary(record.text!) }, `Comment-Id: ${record.id}`);
  const { path, change } = newAct(workspace.root, record, message);
  const saved = await saveAct({ root: workspace.root, env: context.env, repo: workspace.repo }, change, people.committer, options.commit);
  const short = shortIds(await workspace.model.commentIds()).get(record.id) ?? record.id;
  return reportSaved(context, path, saved, t('comments.added', { id: short, anchor: anchorText(record), type: typeLabel(record.type!) }), [
    t('comments.next.afterAdd', { id: short }),
  ]);
}

/** A comment type typed in either language; a usage error otherwise. */
export function parseType(input: string): CommentType {
  const type = parseTypeValue(input);
  if (type) return type;
  throw new UserError(t('comments.error.badType', { type: input, types: typeChoices() }));
}

