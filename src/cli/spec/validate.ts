import { Option } from 'commander';
import { t } from '../../i18n/index.js';
import { FORMAT_NAMES } from '../../format/names.js';
import type { Registrar } from '../main.js';

export interface ValidateOptions {
  format: string;
  strict?: boolean;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export function registerValidate({ program, action }: Registrar): void {
  program
    .command('validate')
    .description(t('validate.description'))
    .argument('[path]', t('validate.arg.path'))
    .addOption(new Option('-f, --format <format>', t('validate.opt.format', { formats: FORMAT_NAMES.join(', ') })).default('stylish'))
    .option('--strict', t('validate.opt.strict'))
    .option('-d, --dir <path>', t('cli.opt.dir'))
    .option('-q, --quiet', t('output.opt.quietValidate'))
    .option('--json', t('output.opt.jsonValidate'))
    .action(
      action((path, options) => async (context) => {
        const { validateCommand } = await import('../commands/validate.js');
        return validateCommand(context, path as string | undefined, options as ValidateOptions);
      }),
    );
}
