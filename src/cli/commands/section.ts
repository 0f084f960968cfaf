// pedoman section list|add|move|rename|remove: the manifest's section list and the section
// files, edited without touching anything else the author wrote.
import { t } from '../../i18n/index.js';
import { COMMENTS_DIR, findGuidelineRoot, MANIFEST_FILE, SECTIONS_DIR } from '../../model/locate.js';
import { applyEdit, type Edited } from '../../ops/edits.js';
import { planSectionAdd, planSectionMove, planSectionRemove, planSectionRename, sectionBlockers } from '../../ops/sections.js';
import { resolvePosition, type PositionFlags } from '../../ops/position.js';
import { commentFilesOf, editable, findSection, readWorkspace, usedIds, type RawSection, type Workspace } from '../../ops/workspace.js';
import { isSlug, slugify } from '../../util/slug.js';
import type { CliContext } from '../context.js';
import { checkOutputFlags, paint, printJson, type OutputFlags } from '../output.js';
import { createAsk, interactive, type Ask } from '../prompts.js';
import { EXIT_OK, UserError } from '../../core/errors.js';
import { parseKind, SECTION_KINDS, type SectionKind } from '../../model/kinds.js';

export interface SectionCommonOptions extends OutputFlags {
  dir?: string;
  commit?: boolean;
}

export interface SectionAddOptions extends SectionCommonOptions, PositionFlags {
  kind?: string;
  title?: string;
  id?: string;
}

export interface SectionRenameOptions extends SectionCommonOptions {
  title?: string;
}

export interface SectionRemoveOptions extends SectionCommonOptions {
  force?: boolean;
  yes?: boolean;
}

async function open(context: CliContext, dir: string | undefined): Promise<Workspace> {
  return readWorkspace(findGuidelineRoot({ explicit: dir, cwd: context.cwd }));
}

function ask(context: CliContext): Ask | undefined {
  return interactive(context) ? createAsk(context) : undefined;
}

/** A required value: the flag, else a prompt on a terminal, else a usage error naming the flag. */
async function need<T>(value: T | undefined, flag: string, prompt: ((a: Ask) => Promise<T>) | undefined, context: CliContext): Promise<T> {
  if (value !== undefined) return value;
  const a = ask(context);
  if (a && prompt) return prompt(a);
  throw new UserError(t('workspace.missingFlag', { flag }));
}

export function checkNewId(workspace: Workspace, id: string, flag: string): void {
  if (!isSlug(id)) throw new UserError(t('workspace.badId', { id, flag }));
  const used = usedIds(workspace).get(id);
  if (used) throw new UserError(t('workspace.idTaken', { id, where: used }));
}

export function idValidator(workspace: Workspace): (value: string) => true | string {
  return (value) => {
    const id = value.trim();
    if (!isSlug(id)) return t('workspace.badIdShort', { id });
    const used = usedIds(workspace).get(id);
    return used ? t('workspace.idTaken', { id, where: used }) : true;
  };
}

/** A kind's name in the user's language (uraian, istilah, …); what `--kind` also accepts. */
export function kindName(kind: SectionKind | null | undefined): string {
  return kind === undefined || kind === null ? '?' : t(`workspace.kindName.${kind}`);
}

function kindLabel(kind: SectionKind): string {
  return t(`workspace.kind.${kind}`);
}

export function positionChoices(ids: readonly { id: string; title?: string | undefined }[]) {
  return [
    { value: '0', name: t('workspace.position.first') },
    ...ids.map((s, i) => ({ value: String(i + 1), name: t('workspace.position.after', { id: s.id, title: s.title ?? s.id }) })),
  ];
}

export function reportChange(context: CliContext, options: OutputFlags, summary: string, json: Record<string, unknown>, applied: Edited): void {
  if (options.json) {
    printJson(context, { ...json, files: applied.files, commit: applied.commit ?? null });
    return;
  }
  if (options.quiet) return;
  const c = paint(context);
  context.out(`${c.green('✔')} ${summary}\n`);
  if (applied.commit) context.out(`  ${t('workspace.committed', { commit: applied.commit.slice(0, 7) })}\n`);
  else if (applied.uncommitted) context.out(`  ${t('workspace.notCommitted')}\n`);
}

// ---------------------------------------------------------------------------------------------

export async function sectionList(context: CliContext, options: SectionCommonOptions): Promise<number> {
  checkOutputFlags(options);
  const workspace = await open(context, options.dir);
  const rows = workspace.sections.map((s) => ({
    position: s.index + 1,
    /** In the body's `sections` or the `annexes` (a LAMPIRAN). */
    list: s.list,
    id: s.id,
    kind: s.kind ?? null,
    title: s.title ?? null,
    items: s.items.length,
    file: s.rel,
    exists: s.exists,
  }));
  if (options.json) {
    printJson(context, { sections: rows, unlisted: workspace.unlisted });
    return EXIT_OK;
  }
  if (options.quiet) {
    for (const row of rows) context.out(`${row.id}\n`);
    return EXIT_OK;
  }
  const c = paint(context);
  const header = ['#', t('workspace.col.id'), t('workspace.col.kind'), t('workspace.col.items'), t('workspace.col.title')];
  // An annex is numbered as it is printed: L1, L2 … (LAMPIRAN I, II …).
  const body = rows.map((r) => [
    r.list === 'annexes' ? `L${r.position}` : String(r.position),
    r.id,
    kindName(r.kind),
    String(r.items),
    r.exists ? (r.title ?? '') : t('workspace.list.missingFile', { file: r.file }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === 3 ? cell.padStart(widths[i]!) : i === 4 ? cell : cell.padEnd(widths[i]!))).join('  ');
  context.out(`${c.bold(line(header))}\n`);
  for (const row of body) context.out(`${line(row)}\n`);
  if (workspace.unlisted.length > 0) context.out(`\n${c.yellow(t('workspace.list.unlisted', { ids: workspace.unlisted.join(', ') }))}\n`);
  return EXIT_OK;
}

export async function sectionAdd(context: CliContext, options: SectionAddOptions): Promise<number> {
  checkOutputFlags(options);
  const workspace = await open(context, options.dir);
  const order = workspace.sections.map((s) => s.id);
  let index = resolvePosition(order, options);
  const given = options.kind === undefined ? undefined : parseKind(options.kind);
  if (options.kind !== undefined && !given) {
    throw new UserError(t('workspace.badKind', { kind: options.kind, kinds: SECTION_KINDS.join(', ') }));
  }
  if (options.id !== undefined) checkNewId(workspace, options.id, '--id');

  const kind = await need(given, '--kind', (a) =>
    a.choose(t('workspace.prompt.kind'), SECTION_KINDS.map((k) => ({ value: k, name: kindName(k), description: kindLabel(k) }))), context);
  const title = (await need(options.title, '--title', (a) =>
    a.text(t('workspace.prompt.sectionTitle'), { validate: (v) => v.trim() !== '' || t('workspace.required') }), context)).trim();
  if (title === '') throw new UserError(t('workspace.emptyFlag', { flag: '--title' }));
  let id = options.id;
  if (id === undefined) {
    const suggestion = slugify(title);
    const a = ask(context);
    if (a) id = (await a.text(t('workspace.prompt.id'), { default: suggestion, validate: idValidator(workspace) })).trim();
    else {
      if (suggestion === '') throw new UserError(t('workspace.missingFlag', { flag: '--id' }));
      checkNewId(workspace, suggestion, '--id');
      id = suggestion;
    }
  }
  if (index === undefined) {
    const a = ask(context);
    if (a && order.length > 0) {
      index = Number(await a.choose(t('workspace.prompt.position'), positionChoices(workspace.sections), String(order.length)));
    } else {
      index = order.length;
    }
  }

  const change = planSectionAdd(workspace, { kind, title, id, index });
  const applied = await applyEdit(workspace.root, context.env, change, { commit: options.commit !== false });
  reportChange(context, options, t('workspace.done.sectionAdd', { id, kind: kindName(kind), position: index + 1, file: `${SECTIONS_DIR}/${id}.yaml` }),
    { action: 'section-add', id, kind, title, position: index + 1 }, applied);
  return EXIT_OK;
}

export async function sectionMove(context: CliContext, id: string | undefined, options: SectionCommonOptions & PositionFlags): Promise<number> {
  checkOutputFlags(options);
  const workspace = await open(context, options.dir);
  const sectionId = await need(id, 'ID', (a) => pickSection(a, workspace, t('workspace.prompt.moveWhich')), context);
  const section = findSection(workspace, sectionId);
  // A section moves within its own list (the body's sections or the annexes).
  const rest = workspace.sections.filter((s) => s.id !== section.id && s.list === section.list);
  let index = resolvePosition(rest.map((s) => s.id), options);
  if (index === undefined) {
    const a = ask(context);
    if (!a) throw new UserError(t('workspace.missingPosition'));
    index = Number(await a.choose(t('workspace.prompt.position'), positionChoices(rest), String(Math.min(section.index, rest.length))));
  }
  if (index === section.index) {
    if (!options.quiet && !options.json) context.out(`${t('workspace.done.sectionUnmoved', { id: section.id, position: index + 1 })}\n`);
    if (options.json) printJson(context, { action: 'section-move', id: section.id, position: index + 1, files: [], commit: null });
    return EXIT_OK;
  }
  const change = planSectionMove(workspace, section, index);
  const applied = await applyEdit(workspace.root, context.env, change, { commit: options.commit !== false });
  reportChange(context, options, t('workspace.done.sectionMove', { id: section.id, position: index + 1 }),
    { action: 'section-move', id: section.id, position: index + 1 }, applied);
  return EXIT_OK;
}

export async function sectionRename(context: CliContext, oldId: string | undefined, newId: string | undefined, options: SectionRenameOptions): Promise<number> {
  checkOutputFlags(options);
  const workspace = await open(context, options.dir);
  const from = await need(oldId, 'OLD', (a) => pickSection(a, workspace, t('workspace.prompt.renameWhich')), context);
  const section = editable(findSection(workspace, from));
  const to = (await need(newId, 'NEW', (a) => a.text(t('workspace.prompt.newId', { id: from }), { validate: idValidator(workspace) }), context)).trim();
  if (to !== from) checkNewId(workspace, to, 'NEW');
  const title = options.title?.trim();
  if (options.title !== undefined && title === '') throw new UserError(t('workspace.emptyFlag', { flag: '--title' }));
  if (to === from && title === undefined) throw new UserError(t('workspace.sameId', { id: from }));

  const root = workspace.root;
  const { edit: change, comments } = await planSectionRename(workspace, section, to, title);
  const applied = await applyEdit(root, context.env, change, { commit: options.commit !== false });
  reportChange(context, options, t('workspace.done.sectionRename', { from, to, comments }),
    { action: 'section-rename', from, to, title: title ?? null, comments }, applied);
  return EXIT_OK;
}

export async function sectionRemove(context: CliContext, id: string | undefined, options: SectionRemoveOptions): Promise<number> {
  checkOutputFlags(options);
  const workspace = await open(context, options.dir);
  const sectionId = await need(id, 'ID', (a) => pickSection(a, workspace, t('workspace.prompt.removeWhich')), context);
  const section = findSection(workspace, sectionId);
  const root = workspace.root;

  const { references, openComments } = await sectionBlockers(workspace, section);
  if ((references.length > 0 || openComments.length > 0) && !options.force) {
    const lines = [
      ...references.map((r) => `  ${t('workspace.blocker.reference', { from: r.from, section: r.section.id, to: r.to })}`),
      ...openComments.map((c) => `  ${t('workspace.blocker.comment', { id: c.id.slice(0, 12), item: c.item ?? section.id })}`),
    ];
    context.err(`pedoman: ${t('workspace.removeBlocked', { id: section.id })}\n${lines.join('\n')}\n`);
    throw new UserError(t('workspace.removeBlockedHint'));
  }
  const a = ask(context);
  // Without a terminal nobody can confirm: removing needs an explicit --yes.
  if (!a && !options.yes) throw new UserError(t('workspace.removeNeedsYes'));
  if (a && !options.yes) {
    const ok = await a.confirm(t('workspace.prompt.confirmRemoveSection', { id: section.id, count: section.items.length }), false);
    if (!ok) {
      context.err(`${t('workspace.cancelled')}\n`);
      return EXIT_OK;
    }
  }
  const change = planSectionRemove(workspace, section);
  const applied = await applyEdit(root, context.env, change, { commit: options.commit !== false });
  const kept = (await commentFilesOf(root, section.id)).length;
  reportChange(context, options, t('workspace.done.sectionRemove', { id: section.id }),
    { action: 'section-remove', id: section.id, danglingReferences: references.length, commentsKept: kept }, applied);
  if (!options.quiet && !options.json) {
    if (references.length > 0) context.out(`  ${t('workspace.dangling', { count: references.length })}\n`);
    if (kept > 0) context.out(`  ${t('workspace.commentsKept', { count: kept, folder: `${COMMENTS_DIR}/${section.id}/` })}\n`);
  }
  return EXIT_OK;
}


export async function pickSection(a: Ask, workspace: Workspace, message: string): Promise<string> {
  if (workspace.sections.length === 0) throw new UserError(t('workspace.noSections', { manifest: MANIFEST_FILE }));
  return a.choose(message, workspace.sections.map((s: RawSection) => ({
    value: s.id,
    name: `${s.index + 1}. ${s.title ?? s.id}`,
    description: `${s.id} · ${kindName(s.kind)} · ${t('workspace.itemCount', { count: s.items.length })}`,
  })));
}

