import { t } from '../i18n/index.js';
import { closest } from '../util/closest.js';
import { incompleteKinds } from './incomplete.js';
import type { Rule } from './types.js';
import { type PathSegment } from '../core/findings.js';

const ID = 'provision-implemented';
const OPTIONS = ['provisions'];
const SHOWN = 15;

/**
 * Configured in the manifest: `options: { provisions: [<provision id>, ...] }`. Each listed
 * legal provision is implemented by some mechanism (`implements`). No options, no findings.
 */
export const provisionImplemented: Rule = {
  id: ID,
  defaultSeverity: 'error',
  check({ guideline, index, options, report }) {
    const file = guideline.manifestFile;
    const base: PathSegment[] = ['rules', ID, 'options'];
    const at = (path: PathSegment[], message: string, key = false) => report({ file, path: [...base, ...path], key, message });

    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      at([], t(`rule.${ID}.badOptions`));
      return;
    }
    for (const key of Object.keys(options)) {
      if (!OPTIONS.includes(key)) at([key], t(`rule.${ID}.unknownOption`, { option: key, known: OPTIONS.join(', ') }), true);
    }
    const provisions = options.provisions;
    if (provisions === undefined) return;
    if (!Array.isArray(provisions)) {
      at(['provisions'], t(`rule.${ID}.badProvisions`));
      return;
    }

    const mechanismsComplete = !incompleteKinds(guideline).has('mechanisms');
    const implemented = new Set<string>();
    for (const { item } of index.mechanisms) for (const id of item.implements) implemented.add(id);

    provisions.forEach((id: unknown, j) => {
      if (typeof id !== 'string' || id.trim() === '') {
        at(['provisions', j], t(`rule.${ID}.badProvisions`));
        return;
      }
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
