import { t } from '../i18n/index.js';
import type { Rule } from './types.js';

/**
 * Each person of the follow-up group (manifest `reviewers`) is listed once: people are matched to
 * their comments and reviews by e-mail, so the same e-mail twice (in any case) is reported at
 * every listing after the first.
 */
export const reviewerUnique: Rule = {
  id: 'reviewer-unique',
  meta: { severity: 'error', messages: ['duplicate'] },
  check({ guideline, report }) {
    const reviewers = guideline.manifest?.reviewers ?? [];
    const first = new Map<string, number>();
    reviewers.forEach((reviewer, i) => {
      const key = reviewer.email.trim().toLowerCase();
      const before = first.get(key);
      if (before === undefined) {
        first.set(key, i);
        return;
      }
      const earlier = reviewers[before]!;
      report({
        file: guideline.manifestFile,
        path: ['reviewers', i, 'email'],
        message: t('rule.reviewer-unique.duplicate', { email: reviewer.email, name: earlier.name, unit: earlier.unit, position: before + 1 }),
      });
    });
  },
};
