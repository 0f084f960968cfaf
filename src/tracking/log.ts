// The history of a section (or of the whole draft) in time order: the commits that changed
// it, its review stamps, its comments, replies and every act of the review log, and the tags. A commit
// made by `pedoman review` is shown once, as the review it records.
import { Chalk } from 'chalk';
import type { Threads } from '../model/threads.js';
import { t } from '../i18n/index.js';
import type { CommitInfo, TagInfo } from './history.js';
import type { ReviewRecord } from '../model/review-types.js';

export type LogKind =
  | 'commit' | 'review' | 'approval' | 'comment' | 'reply' | 'answer' | 'accept' | 'object' | 'reopen' | 'withdraw' | 'correct' | 'overrule' | 'move'
  | 'tag';

export interface LogEntry {
  /** ISO 8601. */
  at: string;
  kind: LogKind;
  who: string;
  section: string | null;
  /** One line: the commit subject, the comment, the note, the tag message. */
  text: string;
  /** Commit hash, comment id, review id or tag name. */
  ref: string;
  /** The commit that recorded it, when known (reviews made with git). */
  commit: string | null;
  /** Comment type, disposition: what the kind alone does not say. */
  detail: string | null;
}

const KIND_ORDER: Record<LogKind, number> = {
  tag: 0, commit: 1, review: 2, approval: 2, comment: 3, reply: 4, correct: 5, answer: 6, overrule: 6, accept: 7, object: 7, reopen: 8, withdraw: 8, move: 9,
};

export interface LogInput {
  section: string | undefined;
  commits: readonly CommitInfo[];
  reviews: readonly ReviewRecord[];
  /** The review log: every comment, reply and act. */
  threads: Threads;
  tags: readonly TagInfo[];
}

export function buildLog(input: LogInput): LogEntry[] {
  const inSection = (s: string) => input.section === undefined || s === input.section;
  const reviews = input.reviews.filter((r) => inSection(r.section));
  const reviewCommit = new Map<string, string>();
  for (const commit of input.commits) for (const id of commit.reviewIds) reviewCommit.set(id, commit.hash);
  const known = new Set(reviews.map((r) => r.id));
  const entries: LogEntry[] = [];

  for (const commit of input.commits) {
    if (commit.reviewIds.some((id) => known.has(id))) continue; // shown as its review
    entries.push({
      at: commit.at, kind: 'commit', who: commit.author, section: input.section ?? sectionOf(commit), text: commit.subject,
      ref: commit.hash, commit: commit.hash, detail: null,
    });
  }
  for (const review of reviews) {
    entries.push({
      at: review.at, kind: review.approve ? 'approval' : 'review', who: review.reviewer.name, section: review.section,
      text: review.note?.trim().split('\n')[0] ?? '', ref: review.id, commit: reviewCommit.get(review.id) ?? null, detail: null,
    });
  }
  for (const thread of input.threads.all()) {
    if (!inSection(thread.root.section)) continue;
    for (const { record: comment } of input.threads.thread(thread.root)) {
      const reply = comment.reply_to !== undefined;
      entries.push({
        at: comment.created, kind: reply ? 'reply' : 'comment', who: comment.author.name, section: comment.section,
        text: firstLine(comment.text), ref: comment.id, commit: null, detail: comment.item ? `${comment.type} · ${comment.item}` : comment.type,
      });
    }
    for (const { act } of thread.events) {
      const text = act.kind === 'answer' || act.kind === 'overrule' ? act.response : act.kind === 'correct' ? (act.changes.text ?? '') : act.kind === 'move' || act.kind === 'comment' ? '' : (act.text ?? '');
      const detail = act.kind === 'answer' ? act.disposition : act.kind === 'move' ? (act.item ? `${act.section} › ${act.item}` : act.section) : null;
      entries.push({
        at: act.created, kind: act.kind, who: act.author?.name ?? '', section: thread.root.section,
        text: firstLine(text), ref: act.file, commit: null, detail: act.kind === 'answer' || act.kind === 'move' ? detail : thread.root.id.slice(0, 12),
      });
    }
  }
  for (const tag of input.tags) {
    entries.push({ at: tag.at, kind: 'tag', who: tag.tagger, section: null, text: tag.subject, ref: tag.name, commit: tag.commit, detail: null });
  }
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}

function sectionOf(commit: CommitInfo): string | null {
  const sections = [...new Set(commit.files.map((f) => /^sections\/([^/]+)\.yaml$/.exec(f)?.[1]).filter((s): s is string => s !== undefined))];
  return sections.length === 1 ? sections[0]! : null;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]!.trim();
}

/** "2026-11-28 09:30" in UTC. */
function when(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** The detail in the user's language: a comment's type (substance, substansi), a disposition as printed; JSON keeps the stored words. */
function detailWords(entry: LogEntry): string {
  const detail = entry.detail ?? '';
  if (entry.kind === 'comment' || entry.kind === 'reply') {
    const [type, ...rest] = detail.split(' · ');
    const word = t(`comments.typeName.${type}`);
    return [word === `comments.typeName.${type}` ? type : word, ...rest].join(' · ');
  }
  if (entry.kind === 'answer') return detail.replace(/-/g, ' ');
  return detail;
}

export function formatLogText(entries: readonly LogEntry[], options: { section: string | undefined; color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  lines.push(c.bold(options.section ? t('log.heading.section', { section: options.section }) : t('log.heading.all')));
  if (entries.length === 0) {
    lines.push(t('log.empty'));
    return `${lines.join('\n')}\n`;
  }
  const kinds = entries.map((e) => t(`log.kind.${e.kind}`));
  const kindWidth = Math.max(...kinds.map((k) => k.length));
  const whoWidth = Math.min(24, Math.max(...entries.map((e) => e.who.length)));
  entries.forEach((entry, i) => {
    const paint = entry.kind === 'approval' ? c.green : entry.kind === 'tag' ? c.magenta : entry.kind === 'commit' ? c.dim : entry.kind === 'answer' || entry.kind === 'overrule' ? c.cyan : entry.kind === 'object' ? c.red : (s: string) => s;
    const ref = entry.kind === 'tag' ? entry.ref : entry.kind === 'commit' ? entry.ref.slice(0, 7) : entry.ref.slice(0, 12);
    const where = options.section === undefined && entry.section ? `${entry.section}: ` : '';
    const detail = entry.detail ? `[${detailWords(entry)}] ` : '';
    const who = entry.who.length > whoWidth ? `${entry.who.slice(0, whoWidth - 1)}…` : entry.who.padEnd(whoWidth);
    const text = entry.text.length > 100 ? `${entry.text.slice(0, 99)}…` : entry.text;
    const what = `${where}${detail}${text}`.trim();
    lines.push(`${when(entry.at)}  ${paint(kinds[i]!.padEnd(kindWidth))}  ${who}  ${what === '' ? '' : `${what} `}${c.dim(`(${ref})`)}`);
  });
  return `${lines.join('\n')}\n`;
}
