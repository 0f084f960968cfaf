import { t } from '../i18n/index.js';
import type { Rule } from './types.js';

/** A term said to be distinct from other terms explains the difference in a `boundary` note. */
export const termBoundary: Rule = {
  id: 'term-boundary',
  meta: { severity: 'error', messages: ['missing'] },
  check({ index, report }) {
    for (const { section, item, index: i } of index.terms) {
      const others = item.distinct_from ?? [];
      if (others.length === 0 || item.boundary?.trim()) continue;
      report({
        file: section.file,
        path: ['items', i, 'distinct_from'],
        key: true,
        message: t('rule.term-boundary.missing', { id: item.id, term: item.term, others: others.join(', ') }),
      });
    }
  },
};
