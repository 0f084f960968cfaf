// How comments are shown: a table for `comment list`, a thread for `comment show` (its acts in
// order, then what comes next), the plain-language preview before an act is saved, and the
// documented JSON objects for `--format json`. Pure functions of what was loaded.
import { stripVTControlCharacters } from 'node:util';
import { Chalk, type ChalkInstance } from 'chalk';
import { t } from '../i18n/index.js';
import type { SectionAnchor } from './anchors.js';
import type { AnchorState } from './drift.js';
import { commentPath } from './record.js';
import { dispositionLabel, stateLabel, typeLabel } from './values.js';
import { samePerson, type Thread, type ThreadEntry, type ThreadEvent, type Threads } from '../model/threads.js';
import type { Act, AnswerAct, CommentRecord, Person, StoredAct, ThreadState } from '../model/comment-types.js';
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
  /** Who is reading (git's identity), for the next commands `comment show` offers. */
  me?: Partial<Person> | undefined;
}

interface PersonJson { name: string; email: string | null; affiliation: string | null }

/** One act of a thread in `--format json` (documented in the README). */
export interface ActJson {
  id: string;
  act: string;
  author: PersonJson | null;
  recorded_by: PersonJson | null;
  note: string | null;
  created: string;
  disposition: string | null;
  text: string | null;
  /** The thread's state after the act. */
  state: string;
  /** Why the act did not change the state (e.g. `reopened`: an acceptance after a reopening); null when it did. */
  not_counted: string | null;
  /** True for an act read from a file written before the review log. */
  legacy: boolean;
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
  reason: string | null;
  author: PersonJson;
  recorded_by: PersonJson | null;
  /** Where `comment import` read it (file name, sha256, place in the file, format), or null. */
  imported: { file: string; sha256: string; source_id: string; format: string } | null;
  created: string;
  commit: string | null;
  /** The thread's state: open, answered, accepted, objected, overruled or withdrawn. */
  state: string;
  /** The latest answer's disposition (stored slug, e.g. diterima-sebagian), and its rationale. */
  disposition: string | null;
  response: string | null;
  answered_by: PersonJson | null;
  answered_at: string | null;
  /** true when the commenter accepted that answer, false when they objected, null before they say. */
  accepted: boolean | null;
  /** True when the comment was corrected by its author since it was made. */
  corrected: boolean;
  /** The thread's acts after the comment, in order (first comments only; [] for a reply). */
  acts: ActJson[];
  /** unchanged | changed | removed | unknown: the item (or section) since `commit`. */
  anchor: string;
  /** False when the quoted passage is no longer in the item; null without a quote. */
  quote_found: boolean | null;
  /** Path of the comment file, relative to the guideline folder. */
  file: string;
}

export function commentJson(record: CommentRecord, view: ViewContext): CommentJson {
  const state = view.states.get(record.id);
  const thread = view.threads.threadOf(record.id)!;
  const isRoot = thread.root.id === record.id;
  const stored = view.threads.commentAct(record.id);
  return {
    id: record.id,
    short_id: view.short.get(record.id) ?? record.id,
    section: record.section,
    item: record.item ?? null,
    quote: record.quote ?? null,
    reply_to: record.reply_to ?? null,
    thread: thread.root.id,
    type: record.type,
    text: record.text,
    proposed_change: record.proposed_change ?? null,
    reason: record.reason ?? null,
    author: personJson(record.author)!,
    recorded_by: personJson(stored?.recorded_by),
    imported: stored?.imported ? { ...stored.imported } : null,
    created: record.created,
    commit: record.commit ?? null,
    state: thread.state,
    disposition: thread.answer?.disposition ?? null,
    response: thread.answer?.response ?? null,
    answered_by: personJson(thread.answer?.author),
    answered_at: thread.answer?.created ?? null,
    accepted: thread.verdict ? thread.verdict.kind === 'accept' : null,
    corrected: thread.corrected.has(record.id),
    acts: isRoot ? thread.events.map((e) => actJson(e)) : [],
    anchor: state?.drift ?? 'unknown',
    quote_found: record.quote === undefined || !state ? null : !state.quoteMissing,
    file: relPath(view.root, commentPath(view.root, record.origin?.section ?? record.section, record.id)),
  };
}

function actJson(event: ThreadEvent): ActJson {
  const act = event.act;
  return {
    id: act.id,
    act: act.kind,
    author: personJson(act.author),
    recorded_by: personJson(act.recorded_by),
    note: act.note ?? null,
    created: act.created,
    disposition: act.kind === 'answer' ? act.disposition : null,
    text: actText(act) ?? null,
    state: event.state,
    not_counted: event.notCounted ?? null,
    legacy: act.legacy === true,
  };
}

function personJson(p: Person | undefined): PersonJson | null {
  return p ? { name: p.name, email: p.email ?? null, affiliation: p.affiliation ?? null } : null;
}

/**
 * The list: per comment a row (id, anchor, type, state, author) and under it the first line of
 * its text with any anchor flags, cut to the terminal's width; replies under their thread.
 */
export function formatTable(entries: readonly ThreadEntry[], view: ViewContext): string {
  const chalk = paint(view.color);
  if (entries.length === 0) return `${t('comments.list.none')}\n`;
  // Labels looked up once per value, not once per row (tens of thousands of rows).
  const replyWord = t('comments.status.reply');
  const typeWords = new Map<string, string>();
  const threadWords = new Map<string, string>();
  const rows = entries.map(({ record, depth }) => {
    const short = view.short.get(record.id) ?? record.id;
    const id = depth === 0 ? short : `${'  '.repeat(depth - 1)}↳ ${short}`;
    const anchor = record.item ? `${record.section} › ${record.item}` : record.section;
    const thread = view.threads.threadOf(record.id);
    let status = replyWord;
    if (!(depth > 0 || record.reply_to || !thread)) {
      // threadWord says the state and the latest answer's disposition (slugs, no colon).
      const key = thread.answer ? `${thread.state}:${thread.answer.disposition}` : thread.state;
      const word = threadWords.get(key);
      if (word === undefined) threadWords.set(key, (status = threadWord(thread)));
      else status = word;
    }
    let type = typeWords.get(record.type);
    if (type === undefined) typeWords.set(record.type, (type = typeLabel(record.type)));
    const shownFlags = depth === 0 ? flags(record, view, chalk) : '';
    const cells = [id, anchor, type, status, record.author.name];
    return {
      cells,
      // Each cell measured once: for the column widths and for its padding.
      widths: cells.map(width),
      state: depth === 0 ? thread?.state : undefined,
      text: record.text,
      flags: shownFlags,
      flagWidth: shownFlags === '' ? 0 : width(stripVTControlCharacters(shownFlags)),
      indent: '    ' + '  '.repeat(depth),
      reply: depth > 0,
    };
  });
  const headers = ['comments.list.id', 'comments.list.anchor', 'comments.list.type', 'comments.list.status', 'comments.list.author']
    .map((k) => t(k));
  const headerWidths = headers.map(width);
  // A loop, not Math.max(...rows): spreading 200,000 rows as arguments overflows the stack.
  const widths = headers.map((_, i) => rows.reduce((max, r) => Math.max(max, r.widths[i]!), headerWidths[i]!));
  const line = (cells: string[], cellWidths: number[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i]! - cellWidths[i]!))).join('  ');
  const out = [chalk.bold(line(headers, headerWidths))];
  for (const row of rows) {
    const room = (view.columns ?? TEXT_WIDTH + 4) - row.indent.length - (row.flagWidth ? row.flagWidth + 2 : 0) - 1;
    const shown = firstLine(row.text, Math.max(MIN_TEXT_WIDTH, room));
    const detail = `${row.indent}${shown}${row.flags ? `  ${row.flags}` : ''}`;
    const cells = row.reply ? chalk.dim(line(row.cells, row.widths)) : row.state === 'objected' ? chalk.red(line(row.cells, row.widths)) : line(row.cells, row.widths);
    out.push(cells, row.reply ? chalk.dim(detail) : detail);
  }
  const shownThreads = entries.filter((e) => e.depth === 0).map((e) => view.threads.threadOf(e.record.id)).filter((x): x is Thread => x !== undefined);
  const count = (states: readonly ThreadState[]) => shownThreads.filter((th) => states.includes(th.state)).length;
  out.push('', t('comments.list.summary', {
    threads: shownThreads.length,
    open: count(['open']),
    objected: count(['objected']),
    answered: count(['answered']),
    closed: count(['accepted', 'overruled', 'withdrawn']),
    total: entries.length,
  }));
  return `${out.join('\n')}\n`;
}

/** "answered: diterima sebagian", "objected", "accepted (diterima)". */
export function threadWord(thread: Thread): string {
  const disposition = thread.answer ? dispositionLabel(thread.answer.disposition) : undefined;
  switch (thread.state) {
    case 'answered':
    case 'accepted':
    case 'objected':
    case 'overruled':
      return disposition ? `${stateLabel(thread.state)}: ${disposition}` : stateLabel(thread.state);
    default:
      return stateLabel(thread.state);
  }
}

/** `comment show`: the whole thread, every act in order, and the commands that come next. */
export function formatThread(entries: readonly ThreadEntry[], view: ViewContext): string {
  const chalk = paint(view.color);
  const out: string[] = [];
  const thread = entries[0] ? view.threads.threadOf(entries[0].record.id) : undefined;
  for (const { record, depth } of entries) {
    const pad = '    '.repeat(depth);
    const short = view.short.get(record.id) ?? record.id;
    const lines: string[] = [];
    const corrected = thread?.corrected.has(record.id) ? `  ${chalk.dim(t('comments.show.corrected'))}` : '';
    if (depth === 0 && thread) {
      lines.push(chalk.bold(t('comments.show.heading', { id: short, type: typeLabel(record.type), status: threadWord(thread) })) + corrected);
      const section = view.anchors.find((s) => s.id === record.section);
      lines.push(field(t('comments.show.section'), section ? `${section.number}. ${section.title} (${section.id})` : `${record.section} ${chalk.red(t('comments.show.sectionGone'))}`));
      const state = view.states.get(record.id);
      if (record.item) {
        const item = section?.items.find((i) => i.id === record.item);
        lines.push(field(t('comments.show.item'), item ? `${item.label} (${item.id})` : record.item));
      }
      if (record.origin) lines.push(field(t('comments.show.madeOn'), record.origin.item ? `${record.origin.section} › ${record.origin.item}` : record.origin.section));
      lines.push(field(t('comments.show.anchor'), anchorWord(record, state, chalk)));
      if (record.quote !== undefined) {
        lines.push(field(t('comments.show.quote'), `“${record.quote}”${state?.quoteMissing ? `  ${chalk.yellow(t('comments.flag.quoteMissing'))}` : ''}`));
      }
      lines.push(field(t('comments.show.author'), personLine(record.author, record.created)));
      const from = view.threads.commentAct(record.id)?.imported;
      if (from) lines.push(field(t('comments.show.imported'), t('comments.show.importedFrom', { file: from.file, place: from.source_id })));
      lines.push('', ...indent(record.text, '  '));
      if (record.proposed_change !== undefined) lines.push('', chalk.bold(t('comments.show.proposed')), ...indent(record.proposed_change, '  '));
      if (record.reason !== undefined) lines.push('', chalk.bold(t('comments.show.reason')), ...indent(record.reason, '  '));
    } else {
      lines.push(chalk.bold(`↳ ${t('comments.show.reply', { id: short })}`) + `  ${personLine(record.author, record.created)}${corrected}`);
      lines.push(...indent(record.text, '  '));
      if (record.proposed_change !== undefined) lines.push(chalk.bold(t('comments.show.proposed')), ...indent(record.proposed_change, '  '));
    }
    out.push(...lines.map((l) => (l === '' ? '' : pad + l)), '');
  }
  if (thread && thread.events.length > 0) {
    out.push(chalk.bold(t('comments.show.history')));
    for (const event of thread.events) out.push(...eventLines(event, view, chalk), '');
  }
  if (thread) {
    const next = nextCommands(thread, view);
    if (next.length > 0) out.push(chalk.bold(t('comments.show.next')), ...next.map((l) => `  ${l}`));
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function eventLines(event: ThreadEvent, view: ViewContext, chalk: ChalkInstance): string[] {
  const act = event.act;
  // A legacy file's acceptance says neither who nor when: it was the commenter's to give.
  const who = act.author ? act.author.name : act.kind === 'accept' || act.kind === 'object' ? t('comments.show.theCommenter') : t('comments.show.unrecorded');
  const when = act.legacy ? t('comments.show.legacyWhen', { when: displayTime(act.created) }) : displayTime(act.created);
  const vars: Record<string, string> = { who, when };
  if (act.kind === 'answer') vars.disposition = dispositionLabel(act.disposition);
  if (act.kind === 'move') vars.anchor = act.item ? `${act.section} › ${act.item}` : act.section;
  if (act.kind === 'correct') vars.target = view.short.get(act.target) ?? act.target;
  const head = t(`comments.event.${act.kind}`, vars);
  const lines = [event.notCounted ? chalk.dim(`  • ${head}`) : `  • ${head}`];
  if (act.recorded_by) {
    lines.push(`    ${act.note !== undefined ? t('comments.show.recordedBy', { who: act.recorded_by.name, note: act.note }) : t('comments.show.recordedByPlain', { who: act.recorded_by.name })}`);
  }
  else if (act.note !== undefined) lines.push(`    ${act.note}`);
  if (event.notCounted) {
    const after = event.after ? t(`comments.event.short.${event.after.kind}`, { who: event.after.author?.name ?? t('comments.show.unrecorded') }) : '';
    lines.push(`    ${chalk.yellow(t(`comments.notCounted.${event.notCounted}`, { after }))}`);
  } else if (act.kind === 'reopen' && event.after && event.after.kind !== 'answer' && event.after.author && act.author && !samePerson(event.after.author, act.author)) {
    // "reopened by A after B accepted": contradictory acts read as a sequence.
    lines.push(`    ${chalk.dim(t('comments.show.after', { what: t(`comments.event.short.${event.after.kind}`, { who: event.after.author.name }) }))}`);
  }
  const text = actText(act);
  if (text !== undefined) lines.push(...indent(text, '    '));
  return lines;
}

/** The words an act carries: a rationale, a reason, the corrected text. */
function actText(act: Act): string | undefined {
  switch (act.kind) {
    case 'answer':
    case 'overrule':
      return act.response === '' ? undefined : act.response;
    case 'accept':
    case 'object':
    case 'reopen':
    case 'withdraw':
      return act.text;
    case 'correct':
      return act.changes.text ?? act.changes.proposed_change ?? act.changes.quote;
    default:
      return undefined;
  }
}

/** What can be done next with the thread, for the person reading (the commenter or the drafting team). */
export function nextCommands(thread: Thread, view: Pick<ViewContext, 'short' | 'me'>): string[] {
  const id = view.short.get(thread.root.id) ?? thread.root.id;
  const mine = view.me?.name !== undefined && samePerson(view.me as Person, thread.root.author);
  const keys: string[] = [];
  switch (thread.state) {
    case 'open':
      keys.push(...(mine ? ['reply', 'correct', 'withdraw'] : ['answer', 'reply']));
      break;
    case 'answered':
      keys.push(...(mine ? ['accept', 'object', 'reply'] : ['waitCommenter', 'reopen', 'acceptFor']));
      break;
    case 'objected':
      keys.push(...(mine ? ['waitTeam', 'accept', 'reply'] : ['answerAgain', 'overrule', 'reply']));
      break;
    case 'accepted':
    case 'overruled':
      keys.push(...(mine ? ['reopen'] : ['done']));
      if (mine && thread.state === 'overruled') keys.unshift('overruledNote');
      break;
    case 'withdrawn':
      keys.push(mine ? 'reopen' : 'done');
      break;
  }
  return keys.map((k) => t(`comments.next.${k}`, { id, author: thread.root.author.name }));
}

/** What an act will record, in plain language, shown before it is saved. */
export function formatPreview(act: StoredAct, where: { anchors: readonly SectionAnchor[]; parent?: CommentRecord; short?: string; answer?: AnswerAct }): string {
  const lines: string[] = [];
  const section = where.anchors.find((s) => s.id === act.section);
  const item = act.item ? section?.items.find((i) => i.id === act.item) : undefined;
  const anchor = [section ? `${section.number}. ${section.title}` : act.section, act.item ? (item ? item.label : act.item) : undefined].filter(Boolean).join(' › ');
  const about = where.parent ? { id: where.short ?? where.parent.id, author: where.parent.author.name } : { id: '', author: '' };
  const who = act.author.email ? `${act.author.name} <${act.author.email}>` : act.author.name;
  lines.push(t(`comments.preview.${act.act ?? 'comment'}`, { anchor, type: act.type ? typeLabel(act.type) : '', ...about, disposition: act.disposition ? dispositionLabel(act.disposition) : '' }));
  const block = (label: string, text: string | undefined) => {
    if (text === undefined) return;
    lines.push(`  ${label}`, ...indent(text, '    '));
  };
  if (act.quote !== undefined) lines.push(`  ${t('comments.preview.quote')} “${act.quote}”`);
  block(t(act.act === 'object' ? 'comments.preview.reason' : act.act === 'correct' ? 'comments.preview.correctedText' : 'comments.preview.text'), act.text);
  block(t('comments.preview.proposed'), act.proposed_change);
  block(t('comments.preview.response'), act.response);
  lines.push(`  ${t('comments.preview.by')} ${[who, act.author.affiliation].filter(Boolean).join(' · ')}`);
  if (act.recorded_by) lines.push(`  ${t('comments.preview.recordedBy', { who: act.recorded_by.name })}${act.note ? `: ${act.note}` : ''}`);
  return `${lines.join('\n')}\n`;
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
  const trimmed = text.trim();
  const end = trimmed.indexOf('\n');
  const line = end < 0 ? trimmed : trimmed.slice(0, end);
  if (SURROGATE.test(line)) {
    // Cut between code points, not inside a pair.
    const chars = Array.from(line);
    if (chars.length > max) return `${chars.slice(0, max - 1).join('')}…`;
    return end >= 0 && chars.length + 2 <= max ? `${line} …` : line;
  }
  if (line.length > max) return `${line.slice(0, max - 1)}…`;
  return end >= 0 && line.length + 2 <= max ? `${line} …` : line;
}

/** Any surrogate: without one, a text's code points are its UTF-16 units. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Display width, counting each code point as one column (good enough for names and ids). */
function width(text: string): number {
  return SURROGATE.test(text) ? Array.from(text).length : text.length;
}

function paint(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}
