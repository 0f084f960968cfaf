import { Option } from 'commander';
import { t } from '../../i18n/index.js';
import type { Registrar } from '../main.js';

export interface ExportOptions {
  format: string;
  output?: string;
  force?: boolean;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export function registerExport({ program, action }: Registrar): void {
  program
    .command('export')
    .description(t('export.description'))
    .argument('[path]', t('validate.arg.path'))
    .addOption(new Option('-f, --format <format>', t('export.opt.format')).default('json'))
    .option('-o, --output <file>', t('export.opt.output'))
    .option('--force', t('export.opt.force'))
    .option('-d, --dir <path>', t('cli.opt.dir'))
    .option('-q, --quiet', t('output.opt.quietExport'))
    .option('--json', t('output.opt.jsonExport'))
    .action(
      action((path, options) => async (context) => {
        const { exportCommand } = await import('../commands/export.js');
        return exportCommand(context, path as string | undefined, options as ExportOptions);
      }),
    );
}
