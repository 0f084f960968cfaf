import { Option } from 'commander';
import { t } from '../../i18n/index.js';
import type { Registrar } from '../main.js';

export interface AnalyzeOptions {
  format: string;
  minSimilarity?: string;
  output?: string;
  strict?: boolean;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export function registerAnalyze({ program, action }: Registrar): void {
  program
    .command('analyze')
    .description(t('analyze.description'))
    .argument('[path]', t('validate.arg.path'))
    .addOption(new Option('-f, --format <format>', t('analyze.opt.format')).default('table'))
    .option('--min-similarity <x>', t('analyze.opt.minSimilarity'))
    .option('-o, --output <file>', t('analyze.opt.output'))
    .option('--strict', t('analyze.opt.strict'))
    .option('-d, --dir <path>', t('cli.opt.dir'))
    .option('-q, --quiet', t('analyze.opt.quiet'))
    .option('--json', t('output.opt.jsonValidate'))
    .action(
      action((path, options) => async (context) => {
        const { analyzeCommand } = await import('../commands/analyze.js');
        return analyzeCommand(context, path as string | undefined, options as AnalyzeOptions);
      }),
    );
}
