// The item edits, as changes to apply (ops/edits.ts): what `pedoman item add|rename|remove`
// write, from the workspace and the values the command has settled. Nothing here asks or prints.
import { isRecord } from '../core/guards.js';
import { UserError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { AWAITING_TEAM, type CommentRecord } from '../model/comment-types.js';
import type { ItemField } from '../model/kinds.js';
import type { RawItem } from '../model/raw.js';
import { emptyEdit, type Edit } from './edits.js';
import { referencesTo, type Reference } from './references.js';
import { commitText, editable, type RawSection, type Workspace } from './workspace.js';
import { insertIntoSeq, removeFromSeq, setScalar } from './yaml-edit.js';

/** The item as written: its id, then each field's value at its path, in the kind's field order. */
export function buildItem(id: string, values: ReadonlyMap<ItemField, unknown>): Record<string, unknown> {
  const item: Record<string, unknown> = { id };
  for (const [field, value] of values) {
    let target = item;
    for (const key of field.path.slice(0, -1)) {
      const next = target[key];
      const inner: Record<string, unknown> = isRecord(next) ? next : {};
      target[key] = inner;
      target = inner;
    }
    target[field.path[field.path.length - 1]!] = value;
  }
  return item;
}

/** The item inserted at `index` among the section's items (its place in the file found from theirs). */
export function planItemAdd(workspace: Workspace, raw: RawSection, item: Record<string, unknown>, index: number): Edit {
  const section = editable(raw);
  const items = section.data.items;
  if (!Array.isArray(items)) throw new UserError(t('workspace.fileBroken', { file: section.rel }));
  const rawIndex = index >= section.items.length ? items.length : section.items[index]!.index;
  const edit = emptyEdit(commitText(workspace, 'workspace.commit.itemAdd', { id: String(item.id), section: section.id }));
  edit.writes.set(section.path, insertIntoSeq(section.text, ['items'], rawIndex, item));
  return edit;
}

/** The item's id, every reference to it, and the comments on it, renamed together. */
export async function planItemRename(workspace: Workspace, raw: RawSection, item: RawItem, to: string): Promise<{ edit: Edit; references: number; comments: number }> {
  const section = editable(raw);
  const from = item.id;
  const edit = emptyEdit(commitText(workspace, 'workspace.commit.itemRename', { from, to }));
  const texts = new Map<string, string>();
  texts.set(section.path, setScalar(section.text, ['items', item.index, 'id'], to));
  const references = referencesTo(workspace, new Set([from]));
  for (const ref of references) {
    const current = texts.get(ref.section.path) ?? editable(ref.section).text;
    texts.set(ref.section.path, setScalar(current, ref.path, to));
  }
  // The threads on the item follow it (a move act each); what their comments say stays as written.
  const { threads } = await workspace.model.comments();
  edit.threadMoves = threads.all()
    .filter((th) => th.root.section === section.id && th.root.item === from)
    .map((th) => ({ thread: th.root.id, section: section.id, item: to }));
  for (const [path, text] of texts) edit.writes.set(path, text);
  return { edit, references: references.length, comments: edit.threadMoves.length };
}

/** What stands against removing an item: references to it from elsewhere, threads on it the drafting team has still to answer. */
export async function itemBlockers(workspace: Workspace, section: RawSection, item: RawItem): Promise<{ references: Reference[]; openComments: CommentRecord[] }> {
  const references = referencesTo(workspace, new Set([item.id])).filter((r) => r.from !== item.id);
  const { threads } = await workspace.model.comments();
  const open = threads.all().filter((th) => th.root.section === section.id && th.root.item === item.id && AWAITING_TEAM.includes(th.state));
  return { references, openComments: open.map((th) => th.root) };
}

export function planItemRemove(workspace: Workspace, raw: RawSection, item: RawItem): Edit {
  const section = editable(raw);
  const edit = emptyEdit(commitText(workspace, 'workspace.commit.itemRemove', { id: item.id, section: section.id }));
  edit.writes.set(section.path, removeFromSeq(section.text, ['items'], item.index));
  return edit;
}
