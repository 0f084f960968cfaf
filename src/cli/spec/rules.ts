import { Option } from 'commander';
import { t } from '../../i18n/index.js';
import type { Registrar } from '../main.js';

export interface RulesOptions {
  format: string;
  dir?: string;
}

export function registerRules({ program, action }: Registrar): void {
  program
    .command('rules')
    .description(t('rules.description'))
    .addOption(new Option('-f, --format <format>', t('rules.opt.format')).choices(['table', 'md', 'json']).default('table'))
    .option('-d, --dir <path>', t('rules.opt.dir'))
    .action(
      action((options) => async (context) => {
        const { rulesCommand } = await import('../commands/rules.js');
        return rulesCommand(context, options as RulesOptions);
      }),
    );
}
