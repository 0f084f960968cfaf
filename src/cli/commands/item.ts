// pedoman item list|add|rename|remove SECTION: the items of one section file. A new item gets
// the fields its kind requires, from flags or prompts, and nothing invented: what is still
// missing is for `pedoman validate` to report.
import { t } from '../../i18n/index.js';
import { findGuidelineRoot } from '../../model/locate.js';
import { applyEdit } from '../../ops/edits.js';
import { buildItem, itemBlockers, planItemAdd, planItemRemove, planItemRename } from '../../ops/items.js';
import { resolvePosition, type PositionFlags } from '../../ops/position.js';
import { editable, findSection, readWorkspace, type RawSection, type Workspace } from '../../ops/workspace.js';
import { slugify } from '../../util/slug.js';
import type { CliContext } from '../context.js';
import { checkOutputFlags, paint, printJson, type OutputFlags } from '../output.js';
import { createAsk, interactive, type Ask, type Choice } from '../prompts.js';
import { checkNewId, idValidator, kindName, pickSection, reportChange as report } from './section.js';
import { EXIT_OK, UserError } from '../../core/errors.js';
import { isRecord } from '../../core/guards.js';
import { type SectionKind } from '../../model/kinds.js';
import { itemFlags, KINDS, type FieldSource as Source, type ItemField as Field } from '../../model/kinds.js';

export interface ItemOptions extends OutputFlags, PositionFlags {
  dir?: string;
  commit?: boolean;
  id?: string;
  force?: boolean;
  yes?: boolean;
  [flag: string]: unknown;
}

async function open(context: CliContext, dir: string | undefined): Promise<Workspace> {
  return readWorkspace(findGuidelineRoot({ explicit: dir, cwd: context.cwd }));
}

function ask(context: CliContext): Ask | undefined {
  return interactive(context) ? createAsk(context) : undefined;
}

async function sectionOf(context: CliContext, workspace: Workspace, id: string | undefined, message: string): Promise<RawSection> {
  if (id !== undefined) return findSection(workspace, id);
  const a = ask(context);
  if (!a) throw new UserError(t('workspace.missingFlag', { flag: 'SECTION' }));
  return findSection(workspace, await pickSection(a, workspace, message));
}

async function itemOf(context: CliContext, section: RawSection, id: string | undefined, name: string, message: string) {
  if (id === undefined) {
    const a = ask(context);
    if (!a) throw new UserError(t('workspace.missingFlag', { flag: name }));
    if (section.items.length === 0) throw new UserError(t('workspace.noItems', { section: section.id }));
    id = await a.choose(message, section.items.map((i) => ({ value: i.id, name: i.label, description: i.id })));
  }
  const item = section.items.find((i) => i.id === id);
  if (!item) throw new UserError(t('workspace.noItem', { id, section: section.id, known: section.items.map((i) => i.id).join(', ') || '-' }));
  return item;
}

/** The ids a reference field may point at, with labels for prompts. */
function choicesFor(workspace: Workspace, source: Source): Choice<string>[] {
  const manifest = isRecord(workspace.manifest.data) ? workspace.manifest.data : {};
  const list = (value: unknown) => (Array.isArray(value) ? value.filter(isRecord) : []);
  const items = (kind: SectionKind) =>
    workspace.sections.filter((s) => s.kind === kind).flatMap((s) => s.items.map((i) => ({ value: i.id, name: i.label, description: i.id })));
  switch (source) {
    case 'levels':
      return list(manifest.levels).map((l) => ({ value: String(l.id), name: String(l.name ?? l.id), description: String(l.id) }));
    case 'provisions':
      return list(manifest.legal_basis).flatMap((b) =>
        list(b.provisions).map((p) => ({ value: String(p.id), name: `${String(p.label ?? p.id)} (${String(b.short ?? b.id)})`, description: String(p.id) })));
    case 'appointers':
      return [...list(manifest.authorities).map((a) => ({ value: String(a.id), name: String(a.name ?? a.id), description: String(a.id) })), ...items('roles')];
    case 'roles':
      return items('roles');
    case 'mechanisms':
      return items('mechanisms');
  }
}

// ---------------------------------------------------------------------------------------------

export async function itemList(context: CliContext, sectionId: string | undefined, options: ItemOptions): Promise<number> {
  checkOutputFlags(options);
  const workspace = await open(context, options.dir);
  const sections = sectionId === undefined ? workspace.sections : [findSection(workspace, sectionId)];
  const rows = sections.flatMap((s) => s.items.map((i) => ({ section: s.id, position: i.index + 1, id: i.id, label: i.label })));
  if (options.json) {
    printJson(context, { items: rows });
    return EXIT_OK;
  }
  if (options.quiet) {
    for (const row of rows) context.out(`${row.id}\n`);
    return EXIT_OK;
  }
  const c = paint(context);
  for (const s of sections) {
    context.out(`${c.bold(`${s.id}`)} ${c.dim(`(${kindName(s.kind)})`)}\n`);
    const width = Math.max(0, ...s.items.map((i) => i.id.length));
    for (const i of s.items) context.out(`  ${String(i.index + 1).padStart(2)}  ${i.id.padEnd(width)}  ${i.label}\n`);
    if (s.items.length === 0) context.out(`  ${c.dim(t('workspace.list.noItems'))}\n`);
  }
  return EXIT_OK;
}

export async function itemAdd(context: CliContext, sectionId: string | undefined, options: ItemOptions): Promise<number> {
  checkOutputFlags(options);
  const workspace = await open(context, options.dir);
  const section = editable(await sectionOf(context, workspace, sectionId, t('workspace.prompt.itemSection')));
  const kind = section.kind;
  if (!kind) throw new UserError(t('workspace.fileBroken', { file: section.rel }));
  const fields = KINDS[kind].fields;
  for (const field of itemFlags()) {
    if (options[field.option] === undefined || fields.some((own) => own.flag === field.flag)) continue;
    if (Array.isArray(options[field.option]) && (options[field.option] as unknown[]).length === 0) continue;
    throw new UserError(t('workspace.flagNotForKind', { flag: field.flag, kind: kindName(kind), flags: fields.map((x) => x.flag).join(', ') }));
  }
  if (options.id !== undefined) checkNewId(workspace, options.id, '--id');
  let index = resolvePosition(section.items.map((i) => i.id), options);
  const a = ask(context);

  const values = new Map<Field, unknown>();
  for (const field of fields) {
    const value = await fieldValue(workspace, field, options[field.option], a);
    if (value !== undefined) values.set(field, value);
  }
  const label = String(values.get(fields[0]!) ?? '');
  let id = options.id;
  if (id === undefined) {
    const suggestion = slugify(label);
    if (a) id = (await a.text(t('workspace.prompt.id'), { default: suggestion, validate: idValidator(workspace) })).trim();
    else {
      if (suggestion === '') throw new UserError(t('workspace.missingFlag', { flag: '--id' }));
      checkNewId(workspace, suggestion, '--id');
      id = suggestion;
    }
  }
  if (index === undefined) {
    index = section.items.length;
    if (a && section.items.length > 0) {
      const choices = [
        { value: '0', name: t('workspace.position.first') },
        ...section.items.map((i, k) => ({ value: String(k + 1), name: t('workspace.position.after', { id: i.id, title: i.label }) })),
      ];
      index = Number(await a.choose(t('workspace.prompt.itemPosition'), choices, String(section.items.length)));
    }
  }

  const item = buildItem(id, values);
  const change = planItemAdd(workspace, section, item, index);
  const applied = await applyEdit(workspace.root, context.env, change, { commit: options.commit !== false });
  report(context, options, t('workspace.done.itemAdd', { id, section: section.id, position: index + 1 }),
    { action: 'item-add', section: section.id, id, position: index + 1, item }, applied);
  if (!options.quiet && !options.json) context.out(`  ${t('workspace.validateHint')}\n`);
  return EXIT_OK;
}

async function fieldValue(workspace: Workspace, field: Field, given: unknown, a: Ask | undefined): Promise<unknown> {
  const known = field.source ? choicesFor(workspace, field.source) : [];
  const check = (id: string) => {
    if (field.source && !known.some((c) => c.value === id)) {
      throw new UserError(t('workspace.unknownValue', { flag: field.flag, value: id, known: known.map((c) => c.value).join(', ') || '-' }));
    }
  };
  const multiple = field.type === 'list' || field.type === 'choices';
  const givenList = Array.isArray(given) ? (given as string[]) : given === undefined ? [] : [String(given)];
  if (givenList.length > 0) {
    const values = givenList.map((v) => v.trim()).filter((v) => v !== '');
    if (values.length === 0 && field.required) throw new UserError(t('workspace.emptyFlag', { flag: field.flag }));
    if (!multiple && values.length > 1) throw new UserError(t('workspace.oneValue', { flag: field.flag }));
    if (field.source) values.forEach(check);
    if (values.length === 0) return undefined;
    return multiple ? [...new Set(values)] : values.join(' ');
  }
  if (!a) {
    if (field.required) throw new UserError(t('workspace.missingFlag', { flag: field.flag }));
    return undefined;
  }
  if (!field.required && !field.ask) return undefined;
  const message = t(`workspace.field.${field.path.join('.')}`);
  switch (field.type) {
    case 'text': {
      const value = (await a.text(field.required ? message : `${message} ${t('workspace.prompt.optional')}`, {
        validate: (v) => !field.required || v.trim() !== '' || t('workspace.required'),
      })).trim();
      return value === '' ? undefined : value;
    }
    case 'lines': {
      const lines = await a.entries(message, field.required);
      return lines.length === 0 ? undefined : lines.join('\n');
    }
    case 'list': {
      const entries = await a.entries(message, field.required);
      return entries.length === 0 ? undefined : entries;
    }
    case 'choice': {
      if (known.length === 0) return undefined;
      const none = '\u0000none';
      const choices = field.required ? known : [...known, { value: none, name: t('workspace.prompt.none') }];
      const value = await a.choose(message, choices);
      return value === none ? undefined : value;
    }
    case 'choices': {
      if (known.length === 0) return undefined;
      const values = await a.chooseMany(message, known, field.required);
      return values.length === 0 ? undefined : values;
    }
  }
}

export async function itemRename(context: CliContext, sectionId: string | undefined, oldId: string | undefined, newId: string | undefined, options: ItemOptions): Promise<number> {
  checkOutputFlags(options);
  const workspace = await open(context, options.dir);
  const section = editable(await sectionOf(context, workspace, sectionId, t('workspace.prompt.itemSection')));
  const item = await itemOf(context, section, oldId, 'OLD', t('workspace.prompt.renameItemWhich'));
  let to = newId;
  if (to === undefined) {
    const a = ask(context);
    if (!a) throw new UserError(t('workspace.missingFlag', { flag: 'NEW' }));
    to = await a.text(t('workspace.prompt.newId', { id: item.id }), { validate: idValidator(workspace) });
  }
  to = to.trim();
  if (to === item.id) throw new UserError(t('workspace.sameId', { id: to }));
  checkNewId(workspace, to, 'NEW');
  const from = item.id;

  const { edit: change, references, comments } = await planItemRename(workspace, section, item, to);
  const applied = await applyEdit(workspace.root, context.env, change, { commit: options.commit !== false });
  report(context, options, t('workspace.done.itemRename', { from, to, references, comments }),
    { action: 'item-rename', section: section.id, from, to, references, comments }, applied);
  return EXIT_OK;
}

export async function itemRemove(context: CliContext, sectionId: string | undefined, itemId: string | undefined, options: ItemOptions): Promise<number> {
  checkOutputFlags(options);
  const workspace = await open(context, options.dir);
  const section = editable(await sectionOf(context, workspace, sectionId, t('workspace.prompt.itemSection')));
  const item = await itemOf(context, section, itemId, 'ITEM', t('workspace.prompt.removeItemWhich'));
  const { references, openComments } = await itemBlockers(workspace, section, item);
  if ((references.length > 0 || openComments.length > 0) && !options.force) {
    const lines = [
      ...references.map((r) => `  ${t('workspace.blocker.reference', { from: r.from, section: r.section.id, to: r.to })}`),
      ...openComments.map((c) => `  ${t('workspace.blocker.comment', { id: c.id.slice(0, 12), item: item.id })}`),
    ];
    context.err(`pedoman: ${t('workspace.removeItemBlocked', { id: item.id })}\n${lines.join('\n')}\n`);
    throw new UserError(t('workspace.removeBlockedHint'));
  }
  const a = ask(context);
  // Without a terminal nobody can confirm: removing needs an explicit --yes.
  if (!a && !options.yes) throw new UserError(t('workspace.removeNeedsYes'));
  if (a && !options.yes) {
    if (!(await a.confirm(t('workspace.prompt.confirmRemoveItem', { id: item.id, label: item.label }), false))) {
      context.err(`${t('workspace.cancelled')}\n`);
      return EXIT_OK;
    }
  }
  const change = planItemRemove(workspace, section, item);
  const applied = await applyEdit(workspace.root, context.env, change, { commit: options.commit !== false });
  report(context, options, t('workspace.done.itemRemove', { id: item.id, section: section.id }),
    { action: 'item-remove', section: section.id, id: item.id, danglingReferences: references.length }, applied);
  if (!options.quiet && !options.json && references.length > 0) context.out(`  ${t('workspace.dangling', { count: references.length })}\n`);
  return EXIT_OK;
}
