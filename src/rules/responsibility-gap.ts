import { t } from '../i18n/index.js';
import { levelName } from '../analyze/words.js';
import { incompleteKinds } from './incomplete.js';
import type { Rule } from './types.js';

const ID = 'responsibility-gap';

/**
 * For each mechanism and each level at which it runs (its `levels`, else the levels of its
 * `responsible` roles), exactly one responsible role of that level answers for it. None is a
 * gap; several blur who is accountable; a responsible role at a level where the mechanism does
 * not run is reported too.
 */
export const responsibilityGap: Rule = {
  id: ID,
  meta: { severity: 'warning', messages: ['nobody', 'none', 'outside', 'several'] },
  check(context) {
    const { guideline, index, report } = context;
    if (incompleteKinds(guideline).has('roles')) return; // a roles section did not load: cannot tell
    const result = context.analyses.responsibility();
    for (const gap of result.gaps) {
      const { mechanism } = gap.row;
      // At the `responsible:` key when there is one, else at the mechanism's id.
      const hasResponsible = Array.isArray(mechanism.item.responsible);
      report({
        file: mechanism.section.file,
        path: hasResponsible ? ['items', mechanism.index, 'responsible'] : ['items', mechanism.index, 'id'],
        key: hasResponsible,
        message: t(`rule.${ID}.${gap.kind}`, {
          id: mechanism.item.id,
          name: mechanism.item.name,
          level: gap.level ? levelName(index, gap.level) : '',
          roles: gap.roles.map((r) => r.item.id).join(', '),
          role: gap.roles[0]?.item.id ?? '',
          count: gap.roles.length,
          levels: gap.row.levels.join(', '),
        }),
      });
    }
  },
};
