import { t } from '../../i18n/index.js';
import type { Registrar } from '../main.js';

export interface SyncOptions {
  dir?: string;
}

export function registerSync({ program, action }: Registrar): void {
  program
    .command('sync')
    .description(t('sync.description'))
    .option('-d, --dir <path>', t('cli.opt.dir'))
    .addHelpText('after', `\n${t('sync.help.after')}`)
    .action(
      action((options) => async (context) => {
        const { syncCommand } = await import('../commands/sync.js');
        return syncCommand(context, options as SyncOptions);
      }),
    );
}
