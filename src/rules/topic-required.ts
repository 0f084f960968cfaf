import { t } from '../i18n/index.js';
import type { Rule } from './types.js';

const ID = 'topic-required';

/**
 * Configured in the manifest: `options: { required_topics: [<topic id>, ...] }`. Each listed
 * topic is declared (`topics:`) by at least one item of any kind. A declared topic that is not
 * listed is fine: topics also describe items for readers and tools. No options, no findings.
 */
interface Options {
  required_topics?: string[];
}

const SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

export const topicRequired: Rule<Options> = {
  id: ID,
  meta: {
    severity: 'error',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        required_topics: {
          type: 'array',
          items: { type: 'string', pattern: SLUG },
          uniqueItems: true,
          description: 'topic ids (kebab-case) that some item must declare under topics',
        },
      },
    },
    messages: ['missing', 'none'],
  },
  check({ guideline, index, options, report }) {
    const required = options.required_topics;
    if (required === undefined) return;
    const declared = new Set<string>();
    for (const section of index.sections.values()) {
      for (const item of section.items) for (const topic of item.topics ?? []) declared.add(topic);
    }
    const list = declared.size > 0 ? [...declared].sort().join(', ') : t(`rule.${ID}.none`);
    required.forEach((topic, j) => {
      if (declared.has(topic)) return;
      report({
        file: guideline.manifestFile,
        path: ['rules', ID, 'options', 'required_topics', j],
        message: t(`rule.${ID}.missing`, { topic, declared: list }),
      });
    });
  },
};
