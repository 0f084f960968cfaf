// `pedoman comment list` and `pedoman comment show ID`: reading never writes.
import { choices } from '../../../comments/anchors.js';
import { anchorStates } from '../../../comments/drift.js';
import type { CommentRecord } from '../../../model/comment-types.js';
import { commentJson, formatTable, formatThread, type ViewContext } from '../../../comments/view.js';
import { t } from '../../../i18n/index.js';
import type { CliContext } from '../../context.js';
import { outputMode, type OutputFlags } from '../../output.js';
import { parseType } from './add.js';
import { findTarget, gitPerson, openComments, warnUnreadable, type CommentsWorkspace } from './shared.js';
import { parseStateFilter, stateChoices, stateMatches } from '../../../comments/values.js';
import { UserError } from '../../../core/errors.js';

export interface ListOptions extends OutputFlags {
  section?: string;
  status?: string;
  type?: string;
  author?: string;
  format: string;
  dir?: string;
}

const LIST_FORMATS = ['table', 'json'] as const;
const SHOW_FORMATS = ['text', 'json'] as const;

export async function listCommand(context: CliContext, options: ListOptions): Promise<number> {
  const format = outputMode({ ...options, format: checkFormat(options.format, LIST_FORMATS) }, LIST_FORMATS, 'table');
  const workspace = await openComments(context, options.dir);
  warnUnreadable(context, workspace);
  const filters = filtersOf(workspace, options);
  const order = new Map(workspace.anchors.map((s, i) => [s.id, i]));
  const entries = workspace.threads
    .ordered((a, b) => (order.get(a.section) ?? Infinity) - (order.get(b.section) ?? Infinity) || (a.section < b.section ? -1 : a.section > b.section ? 1 : 0))
    .filter((e) => filters.every((keep) => keep(e.record)));
  if (format === 'quiet') {
    context.out(entries.map((e) => `${e.record.id}\n`).join(''));
    return 0;
  }
  const roots = entries.filter((e) => workspace.threads.rootOf(e.record) === e.record).map((e) => e.record);
  const view = await viewOf(context, workspace, format === 'json' ? entries.map((e) => e.record) : roots);
  if (format === 'json') {
    context.out(`${JSON.stringify(entries.map((e) => commentJson(e.record, view)), null, 2)}\n`);
  } else {
    context.out(formatTable(entries, view));
  }
  return 0;
}

export interface ShowOptions extends OutputFlags {
  format: string;
  dir?: string;
}

export async function showCommand(context: CliContext, id: string, options: ShowOptions): Promise<number> {
  const format = outputMode({ ...options, format: checkFormat(options.format, SHOW_FORMATS) }, SHOW_FORMATS, 'text');
  const workspace = await openComments(context, options.dir);
  warnUnreadable(context, workspace);
  const target = findTarget(workspace, id);
  const thread = workspace.threads.thread(target.thread.root);
  if (format === 'quiet') {
    context.out(`${thread.map((e) => e.record.text.trim()).join('\n\n')}\n`);
    return 0;
  }
  const view = await viewOf(context, workspace, thread.map((e) => e.record));
  view.me = await gitPerson(context, workspace);
  if (format === 'json') context.out(`${JSON.stringify(thread.map((e) => commentJson(e.record, view)), null, 2)}\n`);
  else context.out(formatThread(thread, view));
  return 0;
}

async function viewOf(context: CliContext, workspace: CommentsWorkspace, checked: CommentRecord[]): Promise<ViewContext> {
  return {
    root: workspace.root,
    threads: workspace.threads,
    short: workspace.short,
    anchors: workspace.anchors,
    states: await anchorStates(checked, workspace.anchors, workspace.repo),
    color: context.color,
    columns: context.stdout.isTTY ? (context.stdout as { columns?: number }).columns : undefined,
  };
}

function filtersOf(workspace: CommentsWorkspace, options: ListOptions): ((c: CommentRecord) => boolean)[] {
  const filters: ((c: CommentRecord) => boolean)[] = [];
  if (options.section !== undefined) {
    const section = options.section.trim();
    const known = [...new Set([...workspace.anchors.map((s) => s.id), ...workspace.comments.map((c) => c.section)])];
    if (!known.includes(section)) throw new UserError(t('comments.error.unknownSection', { section, choices: choices(section, known) }));
    filters.push((c) => c.section === section);
  }
  if (options.status !== undefined) {
    const status = parseStateFilter(options.status);
    if (!status) throw new UserError(t('comments.error.badStatus', { status: options.status, states: stateChoices() }));
    filters.push((c) => stateMatches(status, workspace.threads.stateOf(c)));
  }
  if (options.type !== undefined) {
    const type = parseType(options.type);
    filters.push((c) => c.type === type);
  }
  if (options.author !== undefined) {
    const needle = options.author.trim().toLowerCase();
    filters.push((c) => [c.author.name, c.author.email, c.author.affiliation].some((v) => v?.toLowerCase().includes(needle)));
  }
  return filters;
}

function checkFormat<T extends string>(format: string, formats: readonly T[]): T {
  if ((formats as readonly string[]).includes(format)) return format as T;
  throw new UserError(t('comments.error.badFormat', { format, formats: formats.join(', ') }));
}
