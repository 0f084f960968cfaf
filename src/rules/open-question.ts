import { t } from '../i18n/index.js';
import type { Rule } from './types.js';
import { type PathSegment } from '../core/findings.js';

/** How much of an open question the finding quotes. */
const SHOWN = 100;

/** Lists every open question (of a section or an item), so `validate` shows what is still to settle. */
export const openQuestion: Rule = {
  id: 'open-question',
  meta: { severity: 'info', messages: ['entry'] },
  check({ guideline, report }) {
    for (const section of guideline.sections) {
      const each = (questions: readonly string[] | undefined, base: PathSegment[]) => {
        questions?.forEach((question, q) => {
          if (typeof question !== 'string') return;
          report({ file: section.file, path: [...base, 'open_questions', q], message: t('rule.open-question.entry', { text: excerpt(question) }) });
        });
      };
      each(section.open_questions, []);
      section.items.forEach((item, i) => each(item.open_questions, ['items', section.fileIndex?.[i] ?? i]));
    }
  },
};

/** The question on one line, cut at SHOWN characters (whole code points) with an ellipsis. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > SHOWN ? `${chars.slice(0, SHOWN).join('')}…` : flat;
}
