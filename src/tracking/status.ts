// Where the draft stands, section by section, and what still blocks the final text. One
// pure function over what was read (the checked guideline, comments, reviews, git facts), so
// `status` shows exactly the blockers `finalize` would refuse on, in the same order.
import { relative, sep } from 'node:path';
import { COMMENT_TYPES, type CommentType } from '../model/comment-types.js';
import { MANIFEST_FILE, SECTIONS_DIR } from '../model/locate.js';
import type { CommitInfo } from './history.js';
import { reviewsBySection, reviewState } from './review-state.js';
import { REVIEWS_DIR } from './reviews.js';
import type { ReviewRecord } from '../model/review-types.js';
import type { Finding } from '../core/findings.js';
import type { Guideline } from '../model/types.js';
import { nextVersion } from './versions.js';
import { buildParticipation, type Participation } from './participation.js';
import { listedIds } from '../model/typed.js';

export type SectionStatus = 'draft' | 'review' | 'approved';

export interface SectionRow {
  id: string;
  title: string;
  /** Path of the section file, relative to the guideline folder. */
  file: string;
  /** False when the file is missing or is not valid YAML. */
  readable: boolean;
  /** The `status` field of the section file (draft when absent). */
  status: SectionStatus | undefined;
  items: number;
  /** Open comment threads on the section (waiting for the drafting team's answer), by type of their first comment. */
  openComments: Record<CommentType, number>;
  openTotal: number;
  /** Threads whose commenter objected to the answer (back with the drafting team). */
  objected: number;
  /** Threads answered and waiting for the commenter to accept or object. */
  awaitingCommenter: number;
  /** The newest commit that touched the section file. */
  lastChange: { at: string; author: string; commit: string } | undefined;
  /** The section file holds changes that are not committed. */
  uncommitted: boolean;
  /** The latest review of the section. */
  review: ReviewRecord | undefined;
  /** The section changed since its latest review. */
  changedSinceReview: boolean;
  /** Approved by its latest review and unchanged since. */
  approved: boolean;
  errors: number;
  warnings: number;
}

export type Blocker =
  | { kind: 'validation'; file: string; errors: number; warnings: number }
  | { kind: 'open-comments'; section: string; count: number }
  | { kind: 'objections'; section: string; count: number; ids: string[] }
  | { kind: 'open-questions'; section: string; count: number }
  | { kind: 'unreadable'; section: string; file: string }
  | { kind: 'not-reviewed'; section: string }
  | { kind: 'not-approved'; section: string; reviewer: string; at: string }
  | { kind: 'changed-since-approval'; section: string; reviewer: string; at: string }
  | { kind: 'no-git' }
  | { kind: 'uncommitted'; files: string[] };

export interface StatusReport {
  guideline: { id: string; title: string; version: string; status: string };
  sections: SectionRow[];
  /** Findings on files that belong to no section (the manifest, stray files). */
  other: { errors: number; warnings: number };
  git: boolean;
  blockers: Blocker[];
  ready: boolean;
  /** Set when the text is final (manifest `status: final`): nothing is left to finalise, `revise` starts the next version. */
  final: { version: string; next: string } | undefined;
  /** Who of the follow-up group took part, when the manifest lists `reviewers`. */
  participation: Participation | undefined;
}

export interface StatusInput {
  root: string;
  /** The checked guideline and everything `validate` found in it. */
  outcome: { guideline: Guideline; findings: readonly Finding[] };
  /** Facts from git, or undefined outside a repository. */
  git: { lastChanges: Map<string, CommitInfo>; uncommitted: string[] } | undefined;
  /** finalize --allow-open-comments. */
  allowOpenComments?: boolean;
  /** Files finalize writes itself (its outputs), not counted as uncommitted work. */
  ignoreUncommitted?: (file: string) => boolean;
}

/** Rules whose findings the approval blockers already say more precisely. */
const COVERED_BY_APPROVAL = new Set(['review-stale']);

export function buildStatus(input: StatusInput): StatusReport {
  const { root, outcome } = input;
  const { guideline } = outcome;
  const manifestData = guideline.manifestFile.data as Record<string, unknown> | undefined;
  const listed = listedIds(manifestData);
  const filesByRel = new Map(guideline.files.map((f) => [f.rel, f]));
  const reviewsFor = reviewsBySection(guideline.reviews ?? []);
  const threads = guideline.threads?.all() ?? [];
  const open = threads.filter((th) => th.state === 'open').map((th) => th.root);
  const objected = threads.filter((th) => th.state === 'objected');
  const countBySection = (list: readonly { root: { section: string } }[]) => {
    const out = new Map<string, number>();
    for (const th of list) out.set(th.root.section, (out.get(th.root.section) ?? 0) + 1);
    return out;
  };
  const objectedBySection = countBySection(objected);
  const awaitingBySection = countBySection(threads.filter((th) => th.state === 'answered'));
  // Counted once by section and type, not once per section over every comment.
  const openBySection = new Map<string, Record<CommentType, number>>();
  for (const c of open) {
    let byType = openBySection.get(c.section);
    if (!byType) {
      byType = Object.fromEntries(COMMENT_TYPES.map((type) => [type, 0])) as Record<CommentType, number>;
      openBySection.set(c.section, byType);
    }
    byType[c.type]++;
  }
  const listedSet = new Set(listed);

  const findingsBySection = new Map<string, Finding[]>();
  const other: Finding[] = [];
  for (const finding of outcome.findings) {
    const section = sectionOfFile(relative(root, finding.file).split(sep).join('/'));
    if (section !== undefined && listedSet.has(section)) {
      const list = findingsBySection.get(section);
      if (list) list.push(finding);
      else findingsBySection.set(section, [finding]);
    } else {
      other.push(finding);
    }
  }

  const fingerprints = new Map<string, string>();
  const rows: SectionRow[] = listed.map((id) => {
    const rel = `${SECTIONS_DIR}/${id}.yaml`;
    const file = filesByRel.get(rel);
    const data = file?.data && typeof file.data === 'object' && !Array.isArray(file.data) ? (file.data as Record<string, unknown>) : undefined;
    const state = data ? reviewState(data, reviewsFor.get(id) ?? []) : undefined;
    if (state) fingerprints.set(id, state.fingerprint);
    const byType = openBySection.get(id) ?? (Object.fromEntries(COMMENT_TYPES.map((type) => [type, 0])) as Record<CommentType, number>);
    const findings = findingsBySection.get(id) ?? [];
    const commit = input.git?.lastChanges.get(id);
    const status = data?.status;
    return {
      id,
      title: typeof data?.title === 'string' ? data.title : id,
      file: rel,
      readable: data !== undefined,
      status: data ? (status === 'review' || status === 'approved' ? status : 'draft') : undefined,
      items: Array.isArray(data?.items) ? data.items.length : 0,
      openComments: byType,
      openTotal: Object.values(byType).reduce((a, b) => a + b, 0),
      objected: objectedBySection.get(id) ?? 0,
      awaitingCommenter: awaitingBySection.get(id) ?? 0,
      lastChange: commit ? { at: commit.at, author: commit.author, commit: commit.hash } : undefined,
      uncommitted: input.git?.uncommitted.includes(rel) ?? false,
      review: state?.latest,
      changedSinceReview: state?.changed ?? false,
      approved: state?.approved ?? false,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    };
  });

  const blockers: Blocker[] = [];
  // 1. Validation, as `validate --strict` sees it: errors and warnings, file by file.
  const perFile = new Map<string, { errors: number; warnings: number }>();
  for (const finding of outcome.findings) {
    if (finding.severity === 'info' || COVERED_BY_APPROVAL.has(finding.ruleId)) continue;
    const rel = relative(root, finding.file).split(sep).join('/');
    const entry = perFile.get(rel) ?? { errors: 0, warnings: 0 };
    if (finding.severity === 'error') entry.errors++;
    else entry.warnings++;
    perFile.set(rel, entry);
  }
  for (const [file, counts] of [...perFile].sort(([a], [b]) => fileOrder(a, listed) - fileOrder(b, listed) || (a < b ? -1 : a > b ? 1 : 0))) {
    blockers.push({ kind: 'validation', file, ...counts });
  }
  // 2. Open comments, section by section.
  if (!input.allowOpenComments) {
    const openBySection = new Map<string, number>();
    for (const c of open) openBySection.set(c.section, (openBySection.get(c.section) ?? 0) + 1);
    const sections = [...openBySection.keys()].sort((a, b) => orderOf(a, listed) - orderOf(b, listed) || (a < b ? -1 : 1));
    for (const section of sections) blockers.push({ kind: 'open-comments', section, count: openBySection.get(section)! });
  }
  // 2a. Objections: the commenter did not accept the answer; the drafting team answers again or
  // records the objection as overruled with a rationale (UU 13/2022 Pasal 96: those who comment
  // have the right to an explanation). Never waived by --allow-open-comments.
  const objectionSections = [...objectedBySection.keys()].sort((a, b) => orderOf(a, listed) - orderOf(b, listed) || (a < b ? -1 : 1));
  for (const section of objectionSections) {
    const ids = objected.filter((th) => th.root.section === section).map((th) => th.root.id);
    blockers.push({ kind: 'objections', section, count: ids.length, ids });
  }
  // 2b. Open questions still recorded in the text: the final text settles them (the
  // ruleset can switch the `open-question` rule off to waive this).
  const questionsBySection = new Map<string, number>();
  for (const finding of outcome.findings) {
    if (finding.ruleId !== 'open-question') continue;
    const rel = relative(root, finding.file).split(sep).join('/');
    const section = /^sections\/(.+)\.yaml$/.exec(rel)?.[1] ?? rel;
    questionsBySection.set(section, (questionsBySection.get(section) ?? 0) + 1);
  }
  for (const section of [...questionsBySection.keys()].sort((a, b) => orderOf(a, listed) - orderOf(b, listed) || (a < b ? -1 : 1))) {
    blockers.push({ kind: 'open-questions', section, count: questionsBySection.get(section)! });
  }
  // 3. Approval of every section, unchanged since.
  for (const row of rows) {
    if (!row.readable) blockers.push({ kind: 'unreadable', section: row.id, file: row.file });
    else if (!row.review) blockers.push({ kind: 'not-reviewed', section: row.id });
    else if (row.review.approve && row.changedSinceReview) {
      blockers.push({ kind: 'changed-since-approval', section: row.id, reviewer: row.review.reviewer.name, at: row.review.at });
    } else if (!row.approved) {
      blockers.push({ kind: 'not-approved', section: row.id, reviewer: row.review.reviewer.name, at: row.review.at });
    }
  }
  // 4. The final text is a commit: the draft must be in git with nothing left uncommitted.
  if (!input.git) {
    blockers.push({ kind: 'no-git' });
  } else {
    const ignore = input.ignoreUncommitted ?? (() => false);
    const files = input.git.uncommitted.filter((f) => !ignore(f));
    if (files.length > 0) blockers.push({ kind: 'uncommitted', files });
  }

  const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  // A final text is not finalised again: no blockers, not "ready"; the next step is `pedoman revise`.
  const version = str(manifestData?.version, '');
  const final = manifestData?.status === 'final' ? { version, next: nextVersion(version) } : undefined;
  if (final) blockers.length = 0;
  return {
    guideline: {
      id: str(manifestData?.id, ''),
      title: str(manifestData?.title, ''),
      version: str(manifestData?.version, ''),
      status: str(manifestData?.status, ''),
    },
    sections: rows,
    other: {
      errors: other.filter((f) => f.severity === 'error').length,
      warnings: other.filter((f) => f.severity === 'warning').length,
    },
    git: input.git !== undefined,
    blockers,
    ready: !final && blockers.length === 0,
    final,
    participation: guideline.manifest?.reviewers
      ? buildParticipation({ reviewers: guideline.manifest.reviewers, comments: guideline.comments ?? [], threads, reviews: guideline.reviews ?? [], fingerprints })
      : undefined,
  };
}

/** The section a file belongs to: its own file, or its comments and reviews. */
function sectionOfFile(rel: string): string | undefined {
  const match = new RegExp(`^(?:${SECTIONS_DIR}/([^/]+)\\.yaml|(?:comments|${REVIEWS_DIR})/([^/]+)/[^/]+)$`).exec(rel);
  return match ? (match[1] ?? match[2]) : undefined;
}

function orderOf(section: string, listed: readonly string[]): number {
  const i = listed.indexOf(section);
  return i === -1 ? listed.length : i;
}

/** Manifest first, then files in the order of their sections, then the rest. */
function fileOrder(rel: string, listed: readonly string[]): number {
  if (rel === MANIFEST_FILE) return -1;
  const section = sectionOfFile(rel);
  return section === undefined ? listed.length + 1 : orderOf(section, listed);
}
