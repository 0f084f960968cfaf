import { Option } from 'commander';
import { t } from '../../i18n/index.js';
import type { Registrar } from '../main.js';

export function registerInit({ program, action }: Registrar): void {
  program
    .command('init')
    .description(t('init.description'))
    .argument('[dir]', t('init.arg.dir'))
    .option('--title <title>', t('init.opt.title'))
    .option('--id <id>', t('init.opt.id'))
    .addOption(new Option('--language <language>', t('init.opt.language')).choices(['id', 'en']))
    .option('--ci-package <spec>', t('init.opt.ciPackage'))
    .option('--no-commit', t('init.opt.noCommit'))
    .option('-q, --quiet', t('init.opt.quiet'))
    .option('--json', t('workspace.opt.jsonChange'))
    .action(
      action((dir, options) => async (context) => {
        const { initCommand } = await import('../commands/init.js');
        return initCommand(context, dir as string | undefined, options as never);
      }),
    );
}
