import { Argument } from 'commander';
import { t } from '../../i18n/index.js';
import type { Registrar } from '../main.js';

/** The shells `pedoman completion` writes scripts for (here, not in ../completion.ts, which loads only when used). */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function registerCompletion({ program, action }: Registrar): void {
  program
    .command('completion')
    .description(t('completion.description'))
    .addArgument(new Argument('<shell>', t('completion.arg.shell')).choices([...SHELLS]))
    .action(
      action((shell) => async (context) => {
        const { completionScript } = await import('../completion.js');
        context.out(completionScript(shell as Shell, program));
        return 0;
      }),
    );

  // Called by the completion scripts: ids from the nearest guideline, one per line, silent on errors.
  program
    .command('__complete', { hidden: true })
    .argument('<what>')
    .argument('[section]')
    .option('-d, --dir <path>')
    .action(
      action((what, section, options) => async (context) => {
        const { completeIds } = await import('../commands/complete.js');
        return completeIds(context, what as string, section as string | undefined, (options as { dir?: string }).dir);
      }),
    );
}
