import { t } from '../i18n/index.js';
import type { Rule } from './types.js';

/**
 * Ids are unique across the whole guideline: sections and items share one namespace. The printed
 * codes of indicators (`code`, e.g. IK-01) are unique too, compared without regard to letter
 * case and surrounding spaces.
 */
export const idUnique: Rule = {
  id: 'id-unique',
  meta: { severity: 'error', messages: ['code', 'item', 'section', 'sectionClash'] },
  check({ guideline, index, report }) {
    const sectionIds = new Map<string, string>();
    for (const section of guideline.sections) {
      const first = sectionIds.get(section.id);
      if (first) report({ file: section.file, path: ['id'], message: t('rule.id-unique.section', { id: section.id, first }) });
      else sectionIds.set(section.id, section.file.rel);
    }
    for (const [id, refs] of index.items) {
      const places = refs.map((r) => `${r.section.file.rel} (${r.section.id})`);
      if (sectionIds.has(id)) {
        for (const ref of refs) {
          report({ file: ref.section.file, path: ['items', ref.index, 'id'], message: t('rule.id-unique.sectionClash', { id }) });
        }
      }
      if (refs.length < 2) continue;
      refs.forEach((ref, i) => {
        if (i === 0) return;
        report({
          file: ref.section.file,
          path: ['items', ref.index, 'id'],
          message: t('rule.id-unique.item', { id, first: places[0]!, count: refs.length }),
        });
      });
    }
    const codes = new Map<string, { id: string; file: string }>();
    for (const { section, item, index: i } of index.indicators) {
      if (typeof item.code !== 'string' || item.code.trim() === '') continue;
      const key = item.code.trim().toUpperCase();
      const first = codes.get(key);
      if (!first) {
        codes.set(key, { id: item.id, file: section.file.rel });
        continue;
      }
      report({
        file: section.file,
        path: ['items', i, 'code'],
        message: t('rule.id-unique.code', { code: item.code.trim(), id: item.id, first: first.id, file: first.file }),
      });
    }
  },
};
