import { t } from '../i18n/index.js';
import { passagePosition } from '../analyze/scalar-position.js';
import type { Rule } from './types.js';

const ID = 'term-avoid';

/**
 * A term may list words to avoid in its place (`avoid`: "partisipasi masyarakat" where the
 * defined term is "Peran Serta Masyarakat"); prose that uses them is reported at the word,
 * with the term to use instead, as a prose linter's substitution rule.
 */
export const termAvoid: Rule = {
  id: ID,
  meta: { severity: 'warning', messages: ['found'] },
  check(context) {
    const { report } = context;
    for (const match of context.analyses.terms().avoided) {
      const { prose } = match;
      const position = passagePosition(prose.file, prose.path, prose.text, match.start, match.end);
      report({
        file: prose.file,
        path: prose.path,
        message: t(`rule.${ID}.found`, { found: match.found, term: match.term.item.term, id: match.term.item.id }),
        ...(position ? { position } : {}),
      });
    }
  },
};
