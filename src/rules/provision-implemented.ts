import { t } from '../i18n/index.js';
import { closest } from '../util/closest.js';
import { incompleteKinds } from './incomplete.js';
import type { Rule } from './types.js';
import { type PathSegment } from '../core/findings.js';

const ID = 'provision-implemented';
const SHOWN = 15;

/**
 * Configured in the manifest: `options: { provisions: [<provision id>, ...] }`. Each listed
 * legal provision is implemented by some mechanism (`implements`). No options, no findings.
 */
interface Options {
  provisions?: string[];
}

export const provisionImplemented: Rule<Options> = {
  id: ID,
  meta: {
    severity: 'error',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: { provisions: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'ids of the legal provisions that must be implemented' } },
    },
    messages: ['missing', 'unknown', 'unknownSuggest'],
  },
  check({ guideline, index, options, report }) {
    const file = guideline.manifestFile;
    const at = (path: PathSegment[], message: string) => report({ file, path: ['rules', ID, 'options', ...path], message });
    const provisions = options.provisions;
    if (provisions === undefined) return;

    const mechanismsComplete = !incompleteKinds(guideline).has('mechanisms');
    const implemented = new Set<string>();
    for (const { item } of index.mechanisms) for (const id of item.implements) implemented.add(id);

    provisions.forEach((id, j) => {
      const provision = index.provisions.get(id);
      if (!provision) {
        const known = [...index.provisions.keys()];
        const suggestion = closest(id, known);
        const list = known.length === 0
          ? t('rule.reference-resolves.none')
          : known.slice(0, SHOWN).join(', ') + (known.length > SHOWN ? t('rule.reference-resolves.more', { count: known.length - SHOWN }) : '');
        at(['provisions', j], t(suggestion ? `rule.${ID}.unknownSuggest` : `rule.${ID}.unknown`, { id, suggestion: suggestion ?? '', known: list }));
        return;
      }
      if (!mechanismsComplete || implemented.has(id)) return;
      at(['provisions', j], t(`rule.${ID}.missing`, { id, label: provision.label }));
    });
  },
};
