import { t } from '../i18n/index.js';
import { passagePosition } from '../analyze/scalar-position.js';
import { DEFAULT_MAX_WORDS } from '../analyze/sentences.js';
import type { Rule } from './types.js';

const ID = 'sentence-length';
/** How many words of a long sentence the message quotes. */
const QUOTED_WORDS = 8;

type Options = { max_words: number };

/**
 * Readability for field staff: a sentence of more than `max_words` words (default 40) is
 * reported, at its first word, with its opening words and its length. Definitions quoted
 * verbatim from a regulation are left alone. Information only: `pedoman analyze` lists them.
 */
export const sentenceLength: Rule<Options> = {
  id: ID,
  meta: {
    severity: 'info',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max_words: { type: 'integer', minimum: 5, default: DEFAULT_MAX_WORDS, description: 'longest sentence, in words, that is not reported' },
      },
    },
    messages: ['long'],
  },
  check({ analyses, options, report }) {
    for (const sentence of analyses.longSentences(options.max_words)) {
      const { prose } = sentence;
      const position = passagePosition(prose.file, prose.path, prose.text, sentence.start, sentence.end);
      report({
        file: prose.file,
        path: prose.path,
        message: t(`rule.${ID}.long`, { words: sentence.words, max: options.max_words, start: opening(sentence.text) }),
        ...(position ? { position } : {}),
      });
    }
  },
};

function opening(text: string): string {
  const words = text.replace(/\s+/g, ' ').split(' ');
  return words.length <= QUOTED_WORDS ? words.join(' ') : `${words.slice(0, QUOTED_WORDS).join(' ')} …`;
}
