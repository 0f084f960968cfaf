import { t } from '../i18n/index.js';
import type { Rule } from './types.js';

const ID = 'indicator-levels';

/**
 * Configured in the manifest: `options: { min_outcome: N, require_level: true }`. At least N
 * indicators measure an outcome (`level: outcome`), and with `require_level` every indicator
 * states its level. The defaults (0, false) report nothing.
 */
type Options = {
  min_outcome: number;
  require_level: boolean;
};

export const indicatorLevels: Rule<Options> = {
  id: ID,
  meta: {
    severity: 'warning',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        min_outcome: { type: 'integer', minimum: 0, default: 0, description: 'how many indicators must have level: outcome (0: no minimum)' },
        require_level: { type: 'boolean', default: false, description: 'report indicators that do not state their level' },
      },
    },
    messages: ['tooFew', 'noLevel'],
  },
  check({ guideline, index, options, report }) {
    if (options.require_level) {
      for (const { section, item, index: i } of index.indicators) {
        if (item.level !== undefined) continue;
        report({ file: section.file, path: ['items', i, 'id'], message: t(`rule.${ID}.noLevel`, { id: item.id }) });
      }
    }
    const outcomes = index.indicators.filter(({ item }) => item.level === 'outcome').map(({ item }) => item.id);
    if (outcomes.length >= options.min_outcome) return;
    report({
      file: guideline.manifestFile,
      path: ['rules', ID, 'options', 'min_outcome'],
      message: t(`rule.${ID}.tooFew`, {
        min: options.min_outcome,
        count: outcomes.length,
        ids: outcomes.length > 0 ? outcomes.join(', ') : '-',
      }),
    });
  },
};
