import { t } from '../i18n/index.js';
import { score } from '../analyze/base.js';
import { DEFAULT_DUTY_SIMILARITY } from '../analyze/duplicate-duties.js';
import { levelName, quoteList } from '../analyze/words.js';
import type { Rule } from './types.js';

const ID = 'duty-duplicate';

/**
 * Duties of different roles that say nearly the same thing (similarity at least
 * `options.min_similarity`), within a level or across levels, are reported at the later duty,
 * naming the earlier one, unless either role declares the division of work under
 * `divides_work_with`.
 */
export const dutyDuplicate: Rule<{ min_similarity: number }> = {
  id: ID,
  meta: {
    severity: 'warning',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: { min_similarity: { type: 'number', minimum: 0, maximum: 1, default: DEFAULT_DUTY_SIMILARITY, description: 'the similarity (0 to 1) from which two texts count as alike' } },
    },
    messages: ['pair', 'self'] },
  check(context) {
    const { index, report } = context;
    const result = context.analyses.duties(context.options.min_similarity);
    // (A division with an unknown role is reported by reference-resolves.)
    for (const problem of result.problems) {
      report({ file: problem.role.section.file, path: problem.path, message: t(`rule.${ID}.${problem.kind}`, { id: problem.id }) });
    }
    for (const pair of result.undeclared) {
      const { a, b } = pair;
      report({
        file: b.role.section.file,
        path: ['items', b.role.index, 'duties', b.duty],
        message: t(`rule.${ID}.pair`, {
          n: b.duty + 1,
          role: b.role.item.id,
          otherN: a.duty + 1,
          other: a.role.item.id,
          otherLevel: levelName(index, a.role.item.level),
          score: score(pair.score),
          shared: quoteList(pair.shared),
        }),
      });
    }
  },
};
