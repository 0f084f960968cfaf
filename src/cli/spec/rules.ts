import { Option } from 'commander';
import { t } from '../../i18n/index.js';
import type { Registrar } from '../main.js';

export interface RulesOptions {
  format: string;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export function registerRules({ program, action }: Registrar): void {
  program
    .command('rules')
    .description(t('rules.description'))
    .addOption(new Option('-f, --format <format>', t('rules.opt.format')).choices(['table', 'md', 'json']).default('table'))
    .option('-d, --dir <path>', t('rules.opt.dir'))
    .option('-q, --quiet', t('output.opt.quietRules'))
    .option('--json', t('output.opt.jsonRules'))
    .action(
      action((options) => async (context) => {
        const { rulesCommand } = await import('../commands/rules.js');
        return rulesCommand(context, options as RulesOptions);
      }),
    );
}
