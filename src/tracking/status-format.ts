// `pedoman status` output: a table for people and a documented JSON document for scripts,
// both ending with whether the draft can be finalised and, if not, the blockers in order.
import { Chalk, type ChalkInstance } from 'chalk';
import { COMMENT_TYPES } from '../model/comment-types.js';
import { t } from '../i18n/index.js';
import type { Blocker, SectionRow, StatusReport } from './status.js';
import { nextVersion } from './versions.js';
import type { Participant, Participation } from './participation.js';

export const STATUS_FORMATS = ['table', 'json'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];

function day(iso: string): string {
  return iso.slice(0, 10);
}

/** One line saying what blocks the final text and what to do about it. */
export function blockerMessage(blocker: Blocker): string {
  switch (blocker.kind) {
    case 'validation':
      return t('tracking.blocker.validation', { file: blocker.file, errors: blocker.errors, warnings: blocker.warnings });
    case 'open-comments':
      return t('tracking.blocker.openComments', { section: blocker.section, count: blocker.count });
    case 'objections':
      return t('tracking.blocker.objections', { section: blocker.section, count: blocker.count, ids: blocker.ids.map((id) => id.slice(0, 12)).join(', ') });
    case 'open-questions':
      return t('tracking.blocker.openQuestions', { section: blocker.section, count: blocker.count });
    case 'unreadable':
      return t('tracking.blocker.unreadable', { section: blocker.section, file: blocker.file });
    case 'not-reviewed':
      return t('tracking.blocker.notReviewed', { section: blocker.section });
    case 'not-approved':
      return t('tracking.blocker.notApproved', { section: blocker.section, reviewer: blocker.reviewer, date: day(blocker.at) });
    case 'changed-since-approval':
      return t('tracking.blocker.changedSinceApproval', { section: blocker.section, reviewer: blocker.reviewer, date: day(blocker.at) });
    case 'no-git':
      return t('tracking.blocker.noGit');
    case 'uncommitted':
      return t('tracking.blocker.uncommitted', {
        count: blocker.files.length,
        files: blocker.files.slice(0, 5).join(', ') + (blocker.files.length > 5 ? ', …' : ''),
      });
  }
}

/** The blockers as a numbered list (one per line, no trailing newline). */
export function blockerList(blockers: readonly Blocker[], indent = '  '): string {
  const width = String(blockers.length).length;
  return blockers.map((b, i) => `${indent}${String(i + 1).padStart(width)}. ${blockerMessage(b)}`).join('\n');
}

function openText(row: SectionRow): string {
  const parts: string[] = [];
  if (row.openTotal > 0) {
    const types = COMMENT_TYPES.filter((type) => row.openComments[type] > 0).map((type) => `${typeWord(type)} ${row.openComments[type]}`);
    parts.push(`${row.openTotal}: ${types.join(', ')}`);
  }
  if (row.objected > 0) parts.push(t('status.objected', { count: row.objected }));
  if (row.awaitingCommenter > 0) parts.push(t('status.awaitingCommenter', { count: row.awaitingCommenter }));
  return parts.length > 0 ? parts.join('; ') : '—';
}

function typeWord(type: string): string {
  return t(`comments.typeName.${type}`);
}

/** A section's or the guideline's status in the user's language. */
export function statusWord(status: string | undefined): string {
  return status === undefined || status === '' ? '?' : t(`status.value.${status}`);
}

function lastChangeText(row: SectionRow): string {
  const parts: string[] = [];
  if (row.lastChange) parts.push(`${day(row.lastChange.at)} ${row.lastChange.author}`);
  if (row.uncommitted) parts.push(t('status.uncommitted'));
  return parts.length > 0 ? parts.join(' + ') : '—';
}

function reviewText(row: SectionRow): string {
  if (!row.review) return '—';
  const key = row.review.approve ? 'status.review.approved' : 'status.review.reviewed';
  return t(key, { reviewer: row.review.reviewer.name, date: day(row.review.at) });
}

export function formatStatusTable(report: StatusReport, color: boolean): string {
  const c: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  const lines: string[] = [];
  const g = report.guideline;
  lines.push(c.bold(report.final
    ? t('status.headingFinal', { title: g.title || g.id, version: report.final.version })
    : t('status.heading', { title: g.title || g.id, version: g.version, status: statusWord(g.status) })));
  lines.push('');

  const header = [
    t('status.col.section'), t('status.col.status'), t('status.col.items'), t('status.col.open'),
    t('status.col.lastChange'), t('status.col.review'), t('status.col.errors'), t('status.col.warnings'),
  ];
  type Cell = { text: string; paint?: (s: string) => string };
  const rows: Cell[][] = report.sections.map((row) => {
    const status = statusWord(row.status);
    const statusPaint = row.status === 'approved' ? (row.approved ? c.green : c.yellow) : row.status === 'review' ? c.cyan : undefined;
    const review = reviewText(row) + (row.changedSinceReview ? ` — ${t('status.changedSince')}` : '');
    return [
      { text: row.id, paint: c.bold },
      { text: status, ...(statusPaint ? { paint: statusPaint } : {}) },
      { text: String(row.items) },
      { text: openText(row), ...(row.objected > 0 ? { paint: c.red } : row.openTotal > 0 ? { paint: c.yellow } : {}) },
      { text: lastChangeText(row), ...(row.uncommitted ? { paint: c.yellow } : {}) },
      { text: review, ...(row.changedSinceReview ? { paint: c.yellow } : row.approved ? { paint: c.green } : {}) },
      { text: String(row.errors), ...(row.errors > 0 ? { paint: c.red } : {}) },
      { text: String(row.warnings), ...(row.warnings > 0 ? { paint: c.yellow } : {}) },
    ];
  });
  const numeric = new Set([2, 6, 7]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.text.length)));
  const pad = (text: string, i: number) => (numeric.has(i) ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  lines.push(c.dim(header.map((h, i) => pad(h, i)).join('  ').trimEnd()));
  for (const row of rows) {
    lines.push(row.map((cell, i) => {
      const padded = pad(cell.text, i);
      return cell.paint ? cell.paint(padded) : padded;
    }).join('  ').trimEnd());
  }
  if (report.other.errors > 0 || report.other.warnings > 0) {
    lines.push(t('status.other', { errors: report.other.errors, warnings: report.other.warnings }));
  }
  if (!report.git) lines.push(c.dim(t('status.noGit')));
  if (report.participation) lines.push('', ...participationLines(report.participation, c));
  lines.push('', readyLines(report, c));
  return `${lines.join('\n')}\n`;
}

/** The follow-up group, unit by unit: who commented, approved, has not responded, and what waits for whom. */
function participationLines(p: Participation, c: ChalkInstance): string[] {
  const lines = [c.bold(t('status.people.heading', { responded: p.totals.responded, listed: p.totals.listed }))];
  const waiting: string[] = [];
  if (p.totals.awaitingReviewers > 0) waiting.push(t('status.people.waitingReviewers', { count: p.totals.awaitingReviewers }));
  if (p.totals.open > 0 || p.totals.objected > 0) waiting.push(t('status.people.waitingTeam', { open: p.totals.open, objected: p.totals.objected }));
  if (waiting.length > 0) lines.push(`${t('status.people.waiting')} ${waiting.join('; ')}`);
  const groups: { title: string; members: Participant[] }[] = [
    ...p.units.map((u) => ({ title: u.unit, members: u.members })),
    ...(p.unlisted.length > 0 ? [{ title: t('status.people.unlisted'), members: p.unlisted }] : []),
  ];
  const who = (m: Participant) => `${m.name}${m.email ? ` <${m.email}>` : ''}${!m.listed && m.unit ? ` (${m.unit})` : ''}`;
  const width = Math.max(0, ...groups.flatMap((g) => g.members.map((m) => who(m).length)));
  for (const group of groups) {
    const responded = group.members.filter((m) => m.responded).length;
    lines.push(`  ${c.bold(group.title)}${group.members[0]?.listed ? c.dim(` — ${t('status.people.unitCount', { responded, count: group.members.length })}`) : ''}`);
    for (const m of group.members) {
      const text = participantText(m);
      const paint = !m.responded ? c.yellow : m.awaitingThem.length > 0 || m.awaitingTeam.objected.length > 0 ? c.cyan : (s: string) => s;
      lines.push(`    ${who(m).padEnd(width)}  ${paint(text)}`);
    }
  }
  return lines;
}

function participantText(m: Participant): string {
  if (!m.responded) return t('status.people.noResponse');
  const parts: string[] = [];
  if (m.comments.length > 0) parts.push(t('status.people.comments', { count: m.comments.length }));
  if (m.replies > 0) parts.push(t('status.people.replies', { count: m.replies }));
  if (m.approved.length > 0) {
    parts.push(t('status.people.approved', {
      sections: m.approved.map((a) => (a.current ? a.section : t('status.people.changedSince', { section: a.section }))).join(', '),
    }));
  }
  if (m.reviewed.length > 0) parts.push(t('status.people.reviewed', { sections: m.reviewed.map((r) => r.section).join(', ') }));
  if (m.awaitingThem.length > 0) parts.push(t('status.people.awaitingThem', { count: m.awaitingThem.length, ids: m.awaitingThem.map((id) => id.slice(0, 12)).join(', ') }));
  if (m.awaitingTeam.open.length > 0 || m.awaitingTeam.objected.length > 0) {
    const counts = [
      ...(m.awaitingTeam.open.length > 0 ? [t('status.people.teamOpen', { count: m.awaitingTeam.open.length })] : []),
      ...(m.awaitingTeam.objected.length > 0 ? [t('status.people.teamObjected', { count: m.awaitingTeam.objected.length })] : []),
    ];
    parts.push(t('status.people.awaitingTeam', { counts: counts.join(', ') }));
  }
  return parts.join('; ');
}

function participantJson(m: Participant): unknown {
  return {
    name: m.name,
    email: m.email ?? null,
    unit: m.unit ?? null,
    listed: m.listed,
    responded: m.responded,
    comments: m.comments.length,
    comment_ids: m.comments,
    replies: m.replies,
    approved: m.approved,
    reviewed: m.reviewed,
    awaiting_them: m.awaitingThem,
    awaiting_team: m.awaitingTeam,
  };
}

/** `status --quiet`: the table's last lines only, whether the draft is ready and its blockers. */
export function formatStatusQuiet(report: StatusReport): string {
  return `${readyLines(report, new Chalk({ level: 0 }))}\n`;
}

function readyLines(report: StatusReport, c: ChalkInstance): string {
  if (report.final) return c.green.bold(t('status.final', { version: report.final.version, next: report.final.next }));
  if (report.ready) return c.green.bold(t('status.ready'));
  return `${c.red.bold(t('status.notReady', { count: report.blockers.length }))}\n${blockerList(report.blockers)}`;
}

/** The `--format json` document (documented in the README). */
export function statusJson(report: StatusReport): unknown {
  return {
    format: 'pedoman-status',
    version: 1,
    guideline: report.guideline,
    ready: report.ready,
    final: report.final ?? null,
    blockers: report.blockers.map((b) => ({ ...b, message: blockerMessage(b) })),
    sections: report.sections.map((row) => ({
      id: row.id,
      title: row.title,
      file: row.file,
      readable: row.readable,
      status: row.status ?? null,
      items: row.items,
      open_comments: { total: row.openTotal, ...row.openComments },
      objected_comments: row.objected,
      awaiting_commenter: row.awaitingCommenter,
      last_change: row.lastChange ?? null,
      uncommitted: row.uncommitted,
      review: row.review
        ? { id: row.review.id, reviewer: row.review.reviewer, at: row.review.at, approve: row.review.approve, note: row.review.note ?? null, commit: row.review.commit ?? null }
        : null,
      changed_since_review: row.changedSinceReview,
      approved: row.approved,
      errors: row.errors,
      warnings: row.warnings,
    })),
    other: report.other,
    git: report.git,
    participation: report.participation
      ? {
        units: report.participation.units.map((u) => ({ unit: u.unit, members: u.members.map(participantJson) })),
        not_listed: report.participation.unlisted.map(participantJson),
        totals: {
          listed: report.participation.totals.listed,
          responded: report.participation.totals.responded,
          awaiting_reviewers: report.participation.totals.awaitingReviewers,
          awaiting_team: { open: report.participation.totals.open, objected: report.participation.totals.objected },
        },
      }
      : null,
  };
}

export { nextVersion };
