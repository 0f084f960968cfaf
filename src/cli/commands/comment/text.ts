// Texts given by flags: kept exactly as given; a flag given but blank is a mistake; `-` reads
// the text from standard input (once: only one flag of a command may be `-`).
import { UserError } from '../../../core/errors.js';
import { t } from '../../../i18n/index.js';
import type { CliContext } from '../../context.js';

export interface FlagTexts {
  read(value: string | undefined, flag: string): Promise<string | undefined>;
}

export function flagText(context: CliContext): FlagTexts {
  let usedBy: string | undefined;
  return {
    async read(value, flag) {
      if (value === undefined) return undefined;
      if (value === '-') {
        if (usedBy !== undefined) throw new UserError(t('comments.error.stdinTwice', { first: usedBy, second: flag }));
        usedBy = flag;
        const text = await readStdin(context);
        if (text.trim() === '') throw new UserError(t('comments.error.stdinEmpty', { flag }));
        return text;
      }
      if (value.trim() === '') throw new UserError(t('comments.error.emptyFlag', { flag }));
      return value;
    },
  };
}

/** All of standard input, as UTF-8 with Windows line ends made plain, without the newline that ends it. */
async function readStdin(context: CliContext): Promise<string> {
  const input = context.stdin;
  if (!input) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r\n/g, '\n').replace(/\n$/, '');
}
