import { t } from '../i18n/index.js';
import type { ModelIndex } from '../model/lookup.js';
import type { Rule } from './types.js';

/**
 * Whoever appoints a role (`appointment.by`, an authority or another role) sits at the same
 * level as the role or above it. Levels form a tree through `parent`; "above" is an ancestor.
 * Ids that do not resolve are left to reference-resolves.
 */
export const appointerLevel: Rule = {
  id: 'appointer-level',
  meta: { severity: 'error', messages: ['below'] },
  check({ index, report }) {
    for (const { section, item, index: i } of index.roles) {
      const by = item.appointment?.by;
      if (by === undefined || !index.levels.has(item.level)) continue;
      const appointer = index.authorities.get(by) ?? index.rolesById.get(by)?.item;
      if (!appointer || !index.levels.has(appointer.level)) continue;
      if (atOrAbove(index, appointer.level, item.level)) continue;
      report({
        file: section.file,
        path: ['items', i, 'appointment', 'by'],
        message: t('rule.appointer-level.below', {
          id: item.id,
          level: levelName(index, item.level),
          by,
          byLevel: levelName(index, appointer.level),
        }),
      });
    }
  },
};

/** Whether `upper` is `lower` or one of its ancestors; a cycle in `parent` ends the walk. */
function atOrAbove(index: ModelIndex, upper: string, lower: string): boolean {
  const seen = new Set<string>();
  let current: string | undefined = lower;
  while (current !== undefined && !seen.has(current)) {
    if (current === upper) return true;
    seen.add(current);
    current = index.levels.get(current)?.parent;
  }
  return false;
}

function levelName(index: ModelIndex, id: string): string {
  const level = index.levels.get(id);
  return level ? `${level.name} (${id})` : id;
}
