// The section edits, as changes to apply (ops/edits.ts): what `pedoman section add|move|rename|
// remove` write, computed from the workspace and the values the command has settled (from flags
// or by asking). Nothing here asks or prints.
import { join } from 'node:path';
import { stringify } from 'yaml';
import { COMMENTS_DIR, SECTIONS_DIR } from '../model/locate.js';
import { AWAITING_TEAM, type CommentRecord } from '../model/comment-types.js';
import type { SectionKind } from '../model/kinds.js';
import { t } from '../i18n/index.js';
import { emptyEdit, type Edit } from './edits.js';
import { referencesTo, type Reference } from './references.js';
import { commentFilesOf, commitText, editable, sectionModelinePrefix, type RawSection, type Workspace } from './workspace.js';
import { insertIntoSeq, moveInSeq, removeFromSeq, setScalar } from './yaml-edit.js';

/** A title as a YAML scalar on one line: plain when safe, quoted otherwise. */
export function yamlText(value: string): string {
  return stringify(value.replace(/\s+/g, ' '), { lineWidth: 0 }).trimEnd();
}

/** A new section file at `index` in the manifest's list. */
export function planSectionAdd(workspace: Workspace, section: { kind: SectionKind; title: string; id: string; index: number }): Edit {
  const { kind, title, id, index } = section;
  const path = join(workspace.root, SECTIONS_DIR, `${id}.yaml`);
  const prefix = sectionModelinePrefix(workspace.manifest.text);
  const text = `# yaml-language-server: $schema=${prefix}${kind}.schema.json\nkind: ${kind}\nid: ${id}\ntitle: ${yamlText(title)}\nstatus: draft\nitems: []\n`;
  const edit = emptyEdit(commitText(workspace, 'workspace.commit.sectionAdd', { id, title }));
  edit.writes.set(path, text);
  edit.writes.set(workspace.manifest.path, insertIntoSeq(workspace.manifest.text, ['sections'], index, id));
  return edit;
}

export function planSectionMove(workspace: Workspace, section: RawSection, index: number): Edit {
  const edit = emptyEdit(commitText(workspace, 'workspace.commit.sectionMove', { id: section.id, position: index + 1 }));
  edit.writes.set(workspace.manifest.path, moveInSeq(workspace.manifest.text, [section.list], section.index, index));
  return edit;
}

/** The manifest's entry, the file's name and its own id (and title when asked), and the comments on it. */
export async function planSectionRename(workspace: Workspace, raw: RawSection, to: string, title: string | undefined): Promise<{ edit: Edit; comments: number }> {
  const section = editable(raw);
  const from = section.id;
  const root = workspace.root;
  const edit = emptyEdit(commitText(workspace, 'workspace.commit.sectionRename', { from, to }));
  edit.writes.set(workspace.manifest.path, setScalar(workspace.manifest.text, [section.list, section.index], to));
  let text = to === from ? section.text : setScalar(section.text, ['id'], to);
  if (title !== undefined) text = setScalar(text, ['title'], title);
  const newPath = join(root, SECTIONS_DIR, `${to}.yaml`);
  if (to !== from) edit.moves.push({ from: section.path, to: newPath });
  edit.writes.set(newPath, text);

  // The threads on the section follow it (a move act each, in the new section's folder); the
  // comment files stay where they were written, unchanged.
  let comments = 0;
  if (to !== from) {
    const { threads } = await workspace.model.comments();
    edit.threadMoves = threads.all()
      .filter((th) => th.root.section === from)
      .map((th) => ({ thread: th.root.id, section: to, ...(th.root.item !== undefined ? { item: th.root.item } : {}) }));
    comments = edit.threadMoves.length;
  }
  return { edit, comments };
}

/** What stands against removing a section: references into it from other sections, comments on it still open. */
export async function sectionBlockers(workspace: Workspace, section: RawSection): Promise<{ references: Reference[]; openComments: CommentRecord[] }> {
  const own = new Set(section.items.map((i) => i.id));
  const references = referencesTo(workspace, own).filter((r) => r.section.id !== section.id);
  const { threads } = await workspace.model.comments();
  const open = threads.all().filter((th) => th.root.section === section.id && AWAITING_TEAM.includes(th.state));
  return { references, openComments: open.map((th) => th.root) };
}

/** The manifest's entry and the file go; the comments stay, as part of the consultation record. */
export function planSectionRemove(workspace: Workspace, section: RawSection): Edit {
  const edit = emptyEdit(commitText(workspace, 'workspace.commit.sectionRemove', { id: section.id }));
  edit.writes.set(workspace.manifest.path, removeFromSeq(workspace.manifest.text, [section.list], section.index));
  if (section.exists) edit.removals.push(section.path);
  return edit;
}
