// Where each section stands with its reviews. The latest review of a section is the one that
// counts: a section is approved when its latest review approved it and the section has not
// changed since (same fingerprint).
import type { Section } from '../model/types.js';
import { sectionFingerprint } from './fingerprint.js';
import { compareReviews } from '../model/records.js';
import type { ReviewRecord } from '../model/review-types.js';

export interface ReviewState {
  /** The fingerprint of the section as it is now. */
  fingerprint: string;
  /** The section's latest review, if it has one. */
  latest?: ReviewRecord;
  /** The section changed since its latest review. */
  changed: boolean;
  /** The latest review approved the section and it has not changed since. */
  approved: boolean;
}

export function reviewState(data: unknown, reviews: readonly ReviewRecord[]): ReviewState {
  const fingerprint = sectionFingerprint(data);
  const latest = [...reviews].sort(compareReviews).at(-1);
  const changed = latest !== undefined && latest.fingerprint !== fingerprint;
  return { fingerprint, ...(latest ? { latest } : {}), changed, approved: latest?.approve === true && !changed };
}

/** Reviews grouped by section id, oldest first. */
export function reviewsBySection(reviews: readonly ReviewRecord[]): Map<string, ReviewRecord[]> {
  const out = new Map<string, ReviewRecord[]>();
  for (const review of [...reviews].sort(compareReviews)) {
    const list = out.get(review.section);
    if (list) list.push(review);
    else out.set(review.section, [review]);
  }
  return out;
}

export function sectionReviewState(section: Section, reviews: readonly ReviewRecord[]): ReviewState {
  return reviewState(section.file.data, reviews.filter((r) => r.section === section.id));
}

/** The day of a review, as printed ("2026-11-28"). */
export function reviewDay(review: ReviewRecord): string {
  return review.at.slice(0, 10);
}
