import { t } from '../i18n/index.js';
import { score } from '../analyze/base.js';
import { DEFAULT_OVERLAP_SIMILARITY } from '../analyze/overlap.js';
import { quoteList } from '../analyze/words.js';
import type { Rule } from './types.js';

const ID = 'programme-overlap';

/**
 * Every role and mechanism is compared with the programmes that already exist (manifest
 * `existing_programmes`); one that reads like a programme (similarity at least
 * `options.min_similarity`) declares how it stands to it under `relations`.
 */
export const programmeOverlap: Rule<{ min_similarity: number }> = {
  id: ID,
  meta: {
    severity: 'warning',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: { min_similarity: { type: 'number', minimum: 0, maximum: 1, default: DEFAULT_OVERLAP_SIMILARITY, description: 'the similarity (0 to 1) from which two texts count as alike' } },
    },
    messages: ['duplicateRelation', 'undeclared'] },
  check(context) {
    const { report } = context;
    const result = context.analyses.overlap(context.options.min_similarity);
    // (A relation, drawn_from or level that points nowhere is reported by reference-resolves.)
    for (const problem of result.problems) {
      report({ file: problem.unit.section.file, path: problem.path, message: t(`rule.${ID}.${problem.kind}`, { id: problem.id }) });
    }
    for (const pair of result.undeclared) {
      const { unit, programme } = pair;
      report({
        file: unit.section.file,
        path: ['items', unit.index, 'name'],
        message: t(`rule.${ID}.undeclared`, {
          kind: t(`analyze.kind.${unit.kind}`),
          id: unit.id,
          name: unit.name,
          programme: programme.programme.id,
          programmeName: programme.programme.abbreviation ?? programme.programme.name,
          score: score(pair.score),
          shared: quoteList(pair.shared),
        }),
      });
    }
  },
};
