import { t } from '../i18n/index.js';
import { reviewDay, reviewsBySection, reviewState } from '../tracking/review-state.js';
import type { Rule } from './types.js';

/**
 * A section changed since its latest review (`pedoman review`) says so, until it is reviewed
 * again: the review stamp holds a fingerprint of every field of the section (but its status).
 */
export const reviewStale: Rule = {
  id: 'review-stale',
  meta: { severity: 'warning', messages: ['approved', 'reviewed'] },
  check({ guideline, report }) {
    const reviews = guideline.reviews ?? [];
    if (reviews.length === 0) return;
    const bySection = reviewsBySection(reviews);
    for (const section of guideline.sections) {
      const list = bySection.get(section.id);
      if (!list) continue;
      const state = reviewState(section.file.data, list);
      if (!state.changed || !state.latest) continue;
      report({
        file: section.file,
        path: section.status !== undefined ? ['status'] : ['id'],
        message: t(state.latest.approve ? 'rule.review-stale.approved' : 'rule.review-stale.reviewed', {
          section: section.id,
          reviewer: state.latest.reviewer.name,
          date: reviewDay(state.latest),
        }),
      });
    }
  },
};
