import { t } from '../i18n/index.js';
import type { Indicator } from '../model/types.js';
import type { Rule } from './types.js';

/** Fields a metric needs before anyone can measure it, in the order they are listed. */
const REQUIRED = ['unit', 'baseline', 'targets', 'direction', 'frequency', 'data_source', 'responsible'] as const;

/** Every metric can be measured: unit, baseline, targets, direction, frequency, data source, who answers for it. */
export const indicatorMeasurable: Rule = {
  id: 'indicator-measurable',
  meta: { severity: 'error', messages: ['baselineNote', 'missing'] },
  check({ index, report }) {
    for (const { section, item, index: i } of index.indicators) {
      const missing: string[] = REQUIRED.filter((field) => isMissing(item, field));
      const noteMissing = item.baseline !== undefined && item.baseline.value === null && !item.baseline.note?.trim();
      if (missing.length === 0 && noteMissing) {
        report({ file: section.file, path: ['items', i, 'baseline'], message: t('rule.indicator-measurable.baselineNote', { id: item.id }) });
        continue;
      }
      if (noteMissing) missing.push('baseline.note');
      if (missing.length === 0) continue;
      report({
        file: section.file,
        path: ['items', i, 'id'],
        message: t('rule.indicator-measurable.missing', { id: item.id, fields: missing.join(', ') }),
      });
    }
  },
};

function isMissing(metric: Indicator, field: (typeof REQUIRED)[number]): boolean {
  const value = metric[field];
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'string') return value.trim() === '';
  return false;
}
