import { t } from '../i18n/index.js';
import { incompleteKinds } from './incomplete.js';
import type { Rule } from './types.js';

/** Every mechanism is measured by at least one metric (some metric's `measures` lists it). */
export const mechanismHasIndicator: Rule = {
  id: 'mechanism-has-indicator',
  meta: { severity: 'error', messages: ['unmeasured'] },
  check({ guideline, index, report }) {
    if (incompleteKinds(guideline).has('indicators')) return; // a metrics section did not load: cannot tell
    const measured = new Set<string>();
    for (const { item } of index.indicators) for (const id of item.measures ?? []) measured.add(id);
    for (const { section, item, index: i } of index.mechanisms) {
      if (measured.has(item.id)) continue;
      report({
        file: section.file,
        path: ['items', i, 'id'],
        message: t('rule.mechanism-has-indicator.unmeasured', { id: item.id, name: item.name }),
      });
    }
  },
};
