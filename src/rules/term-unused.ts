import { t } from '../i18n/index.js';
import { noOptions } from '../analyze/options.js';
import { analyzeTerms } from '../analyze/terms.js';
import type { Rule } from './types.js';

const ID = 'term-unused';

/**
 * A defined term (or its abbreviation) that no section other than its own uses is reported
 * as possibly unnecessary. Uses inside other definitions of the same section do not count.
 */
export const termUnused: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  check(context) {
    const { guideline, index, report } = context;
    noOptions(context, ID);
    if (guideline.manifest && guideline.sections.length < guideline.manifest.sections.length) return; // a section did not load: cannot tell
    for (const { term } of analyzeTerms(guideline, index).unused) {
      report({
        file: term.section.file,
        path: ['items', term.index, 'term'],
        message: t(`rule.${ID}.unused`, { term: term.item.term, id: term.item.id, section: term.section.id }),
      });
    }
  },
};
