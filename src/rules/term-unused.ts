import { t } from '../i18n/index.js';
import { incompleteKinds } from './incomplete.js';
import type { Rule } from './types.js';
import { listedIds } from '../model/typed.js';

const ID = 'term-unused';

/**
 * A defined term (or its abbreviation) that no section other than its own uses is reported
 * as possibly unnecessary. Uses inside other definitions of the same section do not count.
 */
export const termUnused: Rule = {
  id: ID,
  meta: { severity: 'warning', messages: ['unused'] },
  check(context) {
    const { guideline, report } = context;
    // A section did not load (or lost items to their schema errors): cannot tell.
    if (guideline.manifest && (guideline.sections.length < listedIds(guideline.manifest).length || incompleteKinds(guideline).size > 0)) return;
    for (const { term } of context.analyses.terms().unused) {
      report({
        file: term.section.file,
        path: ['items', term.index, 'term'],
        message: t(`rule.${ID}.unused`, { term: term.item.term, id: term.item.id, section: term.section.id }),
      });
    }
  },
};
