// How comments are shown: a table for `comment list`, a thread for `comment show`, and the
// documented JSON objects for `--format json`. Pure functions of what was loaded.
import { stripVTControlCharacters } from 'node:util';
import { Chalk, type ChalkInstance } from 'chalk';
import { t } from '../i18n/index.js';
import type { SectionAnchor } from './anchors.js';
import type { AnchorState } from './drift.js';
import { commentPath, dispositionLabel } from './record.js';
import type { ThreadEntry, Threads } from '../model/threads.js';
import type { CommentRecord, Person } from '../model/comment-types.js';
import { relPath } from '../core/paths.js';

export interface ViewContext {
  root: string;
  threads: Threads;
  short: Map<string, string>;
  anchors: readonly SectionAnchor[];
  states: Map<string, AnchorState>;
  color: boolean;
  /** Terminal width; the comment column is cut to fit it. Unknown when output is piped. */
  columns?: number | undefined;
}

/** The `--format json` shape of one comment (documented in the README). */
export interface CommentJson {
  id: string;
  short_id: string;
  section: string;
  item: string | null;
  quote: string | null;
  reply_to: string | null;
  /** Id of the thread's first comment (the comment itself when it is not a reply). */
  thread: string;
  type: string;
  text: string;
  proposed_change: string | null;
  author: { name: string; email: string | null; affiliation: string | null };
  created: string;
  commit: string | null;
  /** Stored status; a reply's thread status is `thread_status`. */
  status: string;
  thread_status: string;
  /** Stored slug, e.g. diterima-sebagian. */
  disposition: string | null;
  response: string | null;
  resolved_by: { name: string; email: string | null; affiliation: string | null } | null;
  resolved_at: string | null;
  accepted: boolean | null;
  /** unchanged | changed | removed | unknown: the item (or section) since `commit`. */
  anchor: string;
  /** False when the quoted passage is no longer in the item; null without a quote. */
  quote_found: boolean | null;
  /** Path of the comment file, relative to the guideline folder. */
  file: string;
}

export function commentJson(record: CommentRecord, view: ViewContext): CommentJson {
  const state = view.states.get(record.id);
  const root = view.threads.rootOf(record);
  return {
    id: record.id,
    short_id: view.short.get(record.id) ?? record.id,
    section: record.section,
    item: record.item ?? null,
    quote: record.quote ?? null,
    reply_to: record.reply_to ?? null,
    thread: root.id,
    type: record.type,
    text: record.text,
    proposed_change: record.proposed_change ?? null,
    author: personJson(record.author),
    created: record.created,
    commit: record.commit ?? null,
    status: record.status,
    thread_status: root.status,
    disposition: record.disposition ?? null,
    response: record.response ?? null,
    resolved_by: record.resolved_by ? personJson(record.resolved_by) : null,
    resolved_at: record.resolved_at ?? null,
    accepted: record.accepted ?? null,
    anchor: state?.drift ?? 'unknown',
    quote_found: record.quote === undefined || !state ? null : !state.quoteMissing,
    file: relPath(view.root, commentPath(view.root, record.section, record.id)),
  };
}

function personJson(p: Person) {
  return { name: p.name, email: p.email ?? null, affiliation: p.affiliation ?? null };
}

/**
 * The list: per comment a row (id, anchor, type, status, author) and under it the first
 * line of its text with any anchor flags, cut to the terminal's width; replies under their thread.
 */
export function formatTable(entries: readonly ThreadEntry[], view: ViewContext): string {
  const chalk = paint(view.color);
  if (entries.length === 0) return `${t('comments.list.none')}\n`;
  const rows = entries.map(({ record, depth }) => {
    const short = view.short.get(record.id) ?? record.id;
    const id = depth === 0 ? short : `${'  '.repeat(depth - 1)}↳ ${short}`;
    const anchor = record.item ? `${record.section} › ${record.item}` : record.section;
    const status = depth > 0 || record.reply_to ? t('comments.status.reply') : statusWord(record);
    const shownFlags = depth === 0 ? flags(record, view, chalk) : '';
    return {
      cells: [id, anchor, record.type, status, record.author.name],
      text: record.text,
      flags: shownFlags,
      flagWidth: width(stripVTControlCharacters(shownFlags)),
      indent: '    ' + '  '.repeat(depth),
      reply: depth > 0,
    };
  });
  const headers = ['comments.list.id', 'comments.list.anchor', 'comments.list.type', 'comments.list.status', 'comments.list.author']
    .map((k) => t(k));
  // A loop, not Math.max(...rows): spreading 200,000 rows as arguments overflows the stack.
  const widths = headers.map((h, i) => rows.reduce((max, r) => Math.max(max, width(r.cells[i]!)), width(h)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i]! - width(c)))).join('  ');
  const out = [chalk.bold(line(headers))];
  for (const row of rows) {
    const room = (view.columns ?? TEXT_WIDTH + 4) - width(row.indent) - (row.flagWidth ? row.flagWidth + 2 : 0) - 1;
    const shown = firstLine(row.text, Math.max(MIN_TEXT_WIDTH, room));
    const detail = `${row.indent}${shown}${row.flags ? `  ${row.flags}` : ''}`;
    out.push(row.reply ? chalk.dim(line(row.cells)) : line(row.cells), row.reply ? chalk.dim(detail) : detail);
  }
  const threads = entries.filter((e) => e.depth === 0);
  const open = threads.filter((e) => e.record.status === 'open').length;
  out.push('', t('comments.list.summary', { threads: threads.length, open, resolved: threads.length - open, total: entries.length }));
  return `${out.join('\n')}\n`;
}

/** `comment show`: the whole thread, every field a reader needs to answer it. */
export function formatThread(entries: readonly ThreadEntry[], view: ViewContext): string {
  const chalk = paint(view.color);
  const out: string[] = [];
  for (const { record, depth } of entries) {
    const pad = '    '.repeat(depth);
    const short = view.short.get(record.id) ?? record.id;
    const lines: string[] = [];
    if (depth === 0) {
      lines.push(chalk.bold(t('comments.show.heading', { id: short, type: record.type, status: statusWord(record) })));
      const section = view.anchors.find((s) => s.id === record.section);
      lines.push(field(t('comments.show.section'), section ? `${section.number}. ${section.title} (${section.id})` : `${record.section} ${chalk.red(t('comments.show.sectionGone'))}`));
      const state = view.states.get(record.id);
      if (record.item) {
        const item = section?.items.find((i) => i.id === record.item);
        lines.push(field(t('comments.show.item'), item ? `${item.label} (${item.id})` : record.item));
      }
      lines.push(field(t('comments.show.anchor'), anchorWord(record, state, chalk)));
      if (record.quote !== undefined) {
        lines.push(field(t('comments.show.quote'), `“${record.quote}”${state?.quoteMissing ? `  ${chalk.yellow(t('comments.flag.quoteMissing'))}` : ''}`));
      }
      lines.push(field(t('comments.show.author'), personLine(record.author, record.created)));
      lines.push('', ...indent(record.text, '  '));
      if (record.proposed_change !== undefined) lines.push('', chalk.bold(t('comments.show.proposed')), ...indent(record.proposed_change, '  '));
      if (record.disposition !== undefined) {
        const heading = record.status === 'resolved' ? 'comments.show.resolution' : 'comments.show.previousResolution';
        lines.push('', chalk.bold(t(heading, { disposition: dispositionLabel(record.disposition) })));
        if (record.resolved_by) lines.push(`  ${personLine(record.resolved_by, record.resolved_at)}`);
        if (record.response !== undefined) lines.push(...indent(record.response, '  '));
      }
      if (record.accepted !== undefined) lines.push('', t(record.accepted ? 'comments.show.accepted' : 'comments.show.notAccepted'));
      else if (record.status === 'resolved') lines.push('', chalk.dim(t('comments.show.acceptPending')));
    } else {
      lines.push(chalk.bold(`↳ ${t('comments.show.reply', { id: short })}`) + `  ${personLine(record.author, record.created)}`);
      lines.push(...indent(record.text, '  '));
      if (record.proposed_change !== undefined) lines.push(chalk.bold(t('comments.show.proposed')), ...indent(record.proposed_change, '  '));
    }
    out.push(...lines.map((l) => (l === '' ? '' : pad + l)), '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function anchorWord(record: CommentRecord, state: AnchorState | undefined, chalk: ChalkInstance): string {
  const commit = record.commit ? record.commit.slice(0, 7) : undefined;
  switch (state?.drift) {
    case 'unchanged':
      return t(record.item ? 'comments.anchor.unchanged' : 'comments.anchor.sectionUnchanged', { commit: commit ?? '' });
    case 'changed':
      return chalk.yellow(t(record.item ? 'comments.anchor.changed' : 'comments.anchor.sectionChanged', { commit: commit ?? '' }));
    case 'removed':
      return chalk.red(t(record.item ? 'comments.anchor.removed' : 'comments.anchor.sectionRemoved'));
    default:
      return commit ? t('comments.anchor.unknownCommit', { commit }) : t('comments.anchor.unknown');
  }
}

function flags(record: CommentRecord, view: ViewContext, chalk: ChalkInstance): string {
  const state = view.states.get(record.id);
  const out: string[] = [];
  if (state?.drift === 'changed') out.push(chalk.yellow(t(record.item ? 'comments.flag.changed' : 'comments.flag.sectionChanged')));
  if (state?.drift === 'removed') out.push(chalk.red(t(record.item ? 'comments.flag.removed' : 'comments.flag.sectionRemoved')));
  if (state?.quoteMissing) out.push(chalk.yellow(t('comments.flag.quoteMissing')));
  return out.join(' ');
}

export function statusWord(record: CommentRecord): string {
  if (record.status === 'resolved') {
    return record.disposition ? t('comments.status.resolvedAs', { disposition: dispositionLabel(record.disposition) }) : t('comments.status.resolved');
  }
  return t('comments.status.open');
}

function personLine(person: Person, when: string | undefined): string {
  const who = [person.name, person.email ? `<${person.email}>` : undefined].filter(Boolean).join(' ');
  const parts = [who, person.affiliation, when ? displayTime(when) : undefined].filter(Boolean);
  return parts.join(' · ');
}

/** 2026-07-07T09:30:12.345Z → 2026-07-07 09:30 UTC */
export function displayTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!match) return iso;
  return iso.endsWith('Z') ? `${match[1]} ${match[2]} UTC` : `${match[1]} ${match[2]}`;
}

function field(label: string, value: string): string {
  return `${label.padEnd(10)} ${value}`;
}

function indent(text: string, pad: string): string[] {
  return text.split('\n').map((l) => (l === '' ? '' : pad + l));
}

/** Comment column width when the terminal's is unknown, and the least it is ever cut to. */
const TEXT_WIDTH = 76;
const MIN_TEXT_WIDTH = 16;

function firstLine(text: string, max: number): string {
  const line = text.trim().split('\n')[0] ?? '';
  const chars = Array.from(line);
  if (chars.length > max) return `${chars.slice(0, max - 1).join('')}…`;
  return text.trim().includes('\n') && chars.length + 2 <= max ? `${line} …` : line;
}

/** Display width, counting each code point as one column (good enough for names and ids). */
function width(text: string): number {
  return Array.from(text).length;
}

function paint(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}
