import { t } from '../i18n/index.js';
import type { ModelIndex } from '../model/lookup.js';
import { closest } from '../util/closest.js';
import { incompleteKinds } from './incomplete.js';
import type { Rule } from './types.js';
import { type PathSegment } from '../core/findings.js';

const ID = 'role-required-per-level';

/**
 * Configured in the manifest: `options: { require: { <level id>: [<role type>, ...] } }`.
 * Each listed level has at least one role of each listed type. No options, no findings.
 */
interface Options {
  require?: Record<string, string[]>;
}

export const roleRequiredPerLevel: Rule<Options> = {
  id: ID,
  meta: {
    severity: 'error',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        require: {
          type: 'object',
          description: 'level id → the role types that level must have',
          additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } },
        },
      },
    },
    messages: ['missing', 'missingSuggest', 'unknownLevel', 'unknownLevelSuggest'],
  },
  check({ guideline, index, options, report }) {
    const file = guideline.manifestFile;
    const base: PathSegment[] = ['rules', ID, 'options'];
    const at = (path: PathSegment[], message: string, key = false) => report({ file, path: [...base, ...path], key, message });
    const require = options.require;
    if (require === undefined) return;

    const rolesComplete = !incompleteKinds(guideline).has('roles');
    const present = new Set<string>();
    const types = new Set<string>();
    for (const { item } of index.roles) {
      if (item.type === undefined) continue;
      present.add(`${item.level}\u0000${item.type}`);
      types.add(item.type);
    }

    for (const [levelId, wanted] of Object.entries(require)) {
      if (!index.levels.has(levelId)) {
        const known = [...index.levels.keys()];
        const suggestion = closest(levelId, known);
        at(['require', levelId], t(suggestion ? `rule.${ID}.unknownLevelSuggest` : `rule.${ID}.unknownLevel`, {
          level: levelId,
          suggestion: suggestion ?? '',
          known: known.join(', '),
        }), true);
        continue;
      }
      wanted.forEach((type, j) => {
        if (!rolesComplete || present.has(`${levelId}\u0000${type}`)) return;
        const suggestion = types.has(type) ? undefined : closest(type, [...types]);
        at(['require', levelId, j], t(suggestion ? `rule.${ID}.missingSuggest` : `rule.${ID}.missing`, {
          type,
          level: levelName(index, levelId),
          levelId,
          suggestion: suggestion ?? '',
        }));
      });
    }
  },
};


function levelName(index: ModelIndex, id: string): string {
  const level = index.levels.get(id);
  return level ? `${level.name} (${id})` : id;
}
