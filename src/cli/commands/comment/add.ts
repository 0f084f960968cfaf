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
import { createPrompts, EXIT_INTERRUPTED, interactive, type Prompts } from '../../prompts.js';
import { closestPassages, containsQuote } from '../../../comments/quotes.js';
import { draftPath, readDraft, removeDraft, writeDraft, type CommentDraft, type DraftField } from '../../../ops/drafts.js';
import { ExitSignal } from '../../../core/errors.js';
import { relPath } from '../../../core/paths.js';
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

  // In a terminal, what has been answered is kept as a draft when Ctrl-C stops the questions.
  const draftFile = prompts && workspace.repo ? draftPath(workspace.repo, workspace.root) : undefined;
  const answered = new Set<DraftField>();
  if (options.item !== undefined) answered.add('item');
  if (options.quote !== undefined) answered.add('quote');
  if (type) answered.add('type');
  if (text !== undefined) answered.add('text');
  if (options.proposedChange !== undefined) answered.add('proposed_change');
  let quoteChecked = false;
  // The text being asked when Ctrl-C came, and what was typed of it.
  let asking: 'text' | 'proposed_change' | undefined;
  let partial: CommentDraft['partial'];
  const keepDraft = async (error: ExitSignal) => {
    if (!draftFile || !section) return;
    const draft: CommentDraft = {
      version: 1,
      saved: now(),
      section: section.id,
      ...(item ? { item: item.id } : {}),
      answered: [...answered],
      ...(quote !== undefined ? { quote } : {}),
      ...(type ? { type } : {}),
      ...(text !== undefined ? { text } : {}),
      ...(proposed !== undefined ? { proposed_change: proposed } : {}),
      ...(asking && error.partial !== undefined
        ? { partial: { field: asking, value: error.partial.text, ...(error.partial.open ? { open: true } : {}) } }
        : partial && !answered.has(partial.field) ? { partial } : {}),
    };
    await writeDraft(draftFile, draft);
    context.err(`${t('comments.draft.kept', { file: relPath(context.cwd, draftFile) })}\n`);
  };

  let people: Awaited<ReturnType<typeof actPeople>>;
  try {
    if (prompts) {
      const resumed = draftFile ? await offerDraft(prompts, draftFile, await allAnchors(), section) : undefined;
      if (resumed) {
        section ??= (await allAnchors()).find((s) => s.id === resumed.section);
        if (section && resumed.section === section.id) {
          const was = new Set(resumed.answered);
          const draftItem = resumed.item !== undefined ? section.items.find((i) => i.id === resumed.item) : undefined;
          if (!answered.has('item') && was.has('item') && (resumed.item === undefined || draftItem)) {
            item = draftItem;
            answered.add('item');
          }
          // A quote belongs to its item: not taken when --item names another one.
          const sameItem = options.item === undefined || options.item.trim() === (resumed.item ?? '');
          if (!answered.has('quote') && was.has('quote') && sameItem) {
            quote = resumed.quote;
            answered.add('quote');
            quoteChecked = true;
          }
          const draftType = resumed.type !== undefined ? parseTypeValue(resumed.type) : undefined;
          if (!type && draftType) {
            type = draftType;
            answered.add('type');
          }
          if (text === undefined && was.has('text') && resumed.text !== undefined) {
            text = resumed.text;
            answered.add('text');
          }
          if (!answered.has('proposed_change') && was.has('proposed_change')) {
            proposed = resumed.proposed_change;
            answered.add('proposed_change');
          }
          partial = resumed.partial;
        }
      }
      section ??= await prompts.section(await allAnchors());
      if (options.item !== undefined) item = await item$(section, options.item);
      else if (!answered.has('item')) {
        item = await prompts.item(section);
        answered.add('item');
      }
      if (!answered.has('quote')) {
        quote = await askQuote(prompts, item ? item.data : section.data, where(section, item));
        answered.add('quote');
        quoteChecked = true;
      }
      if (!type) {
        type = await prompts.type();
        answered.add('type');
      }
      if (text === undefined) {
        asking = 'text';
        text = await prompts.longText('text', true, partial?.field === 'text' ? { text: partial.value, open: partial.open === true } : undefined);
        answered.add('text');
      }
      if (!answered.has('proposed_change')) {
        asking = 'proposed_change';
        proposed = await prompts.longText('proposed', false, partial?.field === 'proposed_change' ? { text: partial.value, open: partial.open === true } : undefined);
        answered.add('proposed_change');
      }
      asking = undefined;
    }
    // A quote given as a flag is saved as given, with a warning when the item does not hold it.
    if (quote !== undefined && !quoteChecked && section) {
      const target = item ? item.data : section.data;
      if (!containsQuote(target, quote)) {
        const [passage] = closestPassages(target, quote, 1);
        const closest = passage !== undefined ? `; ${t('comments.warn.quoteClosest', { passage })}` : '';
        context.err(`pedoman: ${t('comments.warn.quoteNotFound', { where: where(section, item) })}${closest}\n`);
      }
    }
    people = await actPeople(context, workspace, options, prompts, true);
  } catch (error) {
    if (error instanceof ExitSignal && error.exitCode === EXIT_INTERRUPTED) await keepDraft(error);
    throw error;
  }

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
  let confirmed = true;
  try {
    if (prompts) confirmed = await prompts.confirmSave(formatPreview(record, { anchors: workspace.anchors }));
  } catch (error) {
    if (error instanceof ExitSignal && error.exitCode === EXIT_INTERRUPTED) await keepDraft(error);
    throw error;
  }
  if (!confirmed) {
    // Declining at the preview is a decision: no draft is kept.
    if (draftFile) await removeDraft(draftFile);
    context.out(`${t('comments.notSaved')}\n`);
    return 0;
  }

  const message = commitMessage(workspace, 'comments.commit.add', { anchor: anchorText(record), author: people.author.name, summary: summary(record.text!) }, `Comment-Id: ${record.id}`);
  const { path, change } = newAct(workspace.root, record, message);
  const saved = await saveAct({ root: workspace.root, env: context.env, repo: workspace.repo }, change, people.committer, options.commit);
  if (draftFile) await removeDraft(draftFile);
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


/** "peran › Duta Kerja Sama UPT", or the section's title, for messages about a quote. */
function where(section: SectionAnchor, item: ItemAnchor | undefined): string {
  return item ? `${section.id} › ${item.label}` : section.title;
}

/** Asks the quote until it is in the target, or the user keeps it, or takes a passage offered. */
async function askQuote(prompts: Prompts, target: unknown, place: string): Promise<string | undefined> {
  for (;;) {
    const typed = await prompts.quote();
    if (typed === undefined || containsQuote(target, typed)) return typed;
    const choice = await prompts.quoteNotFound(typed, closestPassages(target, typed, 3), place);
    if (choice.kind === 'passage') return choice.passage;
    if (choice.kind === 'keep') return typed;
  }
}

/**
 * The kept draft, when there is one for this section (or any, without a section argument) and
 * the user wants it; declining discards it. A draft on a section that is gone is dropped.
 */
async function offerDraft(prompts: Prompts, file: string, anchors: readonly SectionAnchor[], section: SectionAnchor | undefined): Promise<CommentDraft | undefined> {
  const draft = await readDraft(file);
  if (!draft) return undefined;
  if (section && draft.section !== section.id) return undefined; // about another section: left for later
  const draftSection = anchors.find((s) => s.id === draft.section);
  if (!draftSection) {
    await removeDraft(file);
    return undefined;
  }
  const draftItem = draft.item !== undefined ? draftSection.items.find((i) => i.id === draft.item) : undefined;
  const fields = draft.answered.filter((f) => f !== 'item' && (f !== 'quote' || draft.quote !== undefined) && (f !== 'proposed_change' || draft.proposed_change !== undefined));
  if (draft.partial && !fields.includes(draft.partial.field)) fields.push(draft.partial.field);
  const question = t('prompt.draft.resume', {
    anchor: draftItem ? `${draftSection.id} › ${draftItem.label}` : draftSection.title,
    answered: fields.length > 0 ? fields.map((f) => t(`comments.draft.field.${f}`)).join(', ') : t('comments.draft.nothing'),
    when: draft.saved.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC'),
  });
  if (await prompts.resumeDraft(question)) return draft;
  await removeDraft(file);
  prompts.say(t('comments.draft.discarded'));
  return undefined;
}
