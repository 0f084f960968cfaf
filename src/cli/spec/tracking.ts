// Tracking the draft to its final text: status, review, diff, log, finalize.
import { t } from '../../i18n/index.js';
import type { Registrar } from '../main.js';

export interface StatusOptions {
  format: string;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export interface ReviewOptions {
  approve?: boolean;
  note?: string;
  author?: string;
  email?: string;
  affiliation?: string;
  /** False with --no-commit. */
  commit: boolean;
  dir?: string;
}

export interface DiffOptions {
  format: string;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export interface LogOptions {
  format: string;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export interface FinalizeOptions {
  version: string;
  allowOpenComments?: boolean;
  date?: string;
  out?: string;
  paper: string;
  author?: string;
  email?: string;
  dir?: string;
}

export function registerTracking({ program, action }: Registrar): void {
  program
    .command('status')
    .description(t('status.description'))
    .option('-f, --format <format>', t('status.opt.format'), 'table')
    .option('-d, --dir <path>', t('cli.opt.dir'))
    .option('-q, --quiet', t('status.opt.quiet'))
    .option('--json', t('output.opt.jsonValidate'))
    .addHelpText('after', `\n${t('status.help.after')}`)
    .action(
      action((options) => async (context) => {
        const { statusCommand } = await import('../commands/status.js');
        return statusCommand(context, options as StatusOptions);
      }),
    );

  program
    .command('review')
    .description(t('review.description'))
    .argument('<section>', t('review.arg.section'))
    .option('--approve', t('review.opt.approve'))
    .option('--note <text>', t('review.opt.note'))
    .option('--author <name>', t('review.opt.author'))
    .option('--email <email>', t('review.opt.email'))
    .option('--affiliation <text>', t('review.opt.affiliation'))
    .option('--no-commit', t('review.opt.noCommit'))
    .option('-d, --dir <path>', t('cli.opt.dir'))
    .addHelpText('after', `\n${t('review.help.after')}`)
    .action(
      action((section, options) => async (context) => {
        const { reviewCommand } = await import('../commands/review.js');
        return reviewCommand(context, section as string, options as ReviewOptions);
      }),
    );

  program
    .command('diff')
    .description(t('diff.description'))
    .argument('[from]', t('diff.arg.from'))
    .argument('[to]', t('diff.arg.to'))
    .option('-f, --format <format>', t('diff.opt.format'), 'text')
    .option('-d, --dir <path>', t('cli.opt.dir'))
    .option('-q, --quiet', t('diff.opt.quiet'))
    .option('--json', t('diff.opt.json'))
    .addHelpText('after', `\n${t('diff.help.after')}`)
    .action(
      action((from, to, options) => async (context) => {
        const { diffCommand } = await import('../commands/diff.js');
        return diffCommand(context, from as string | undefined, to as string | undefined, options as DiffOptions);
      }),
    );

  program
    .command('log')
    .description(t('log.description'))
    .argument('[section]', t('log.arg.section'))
    .option('-f, --format <format>', t('log.opt.format'), 'text')
    .option('-d, --dir <path>', t('cli.opt.dir'))
    .option('-q, --quiet', t('log.opt.quiet'))
    .option('--json', t('log.opt.json'))
    .action(
      action((section, options) => async (context) => {
        const { logCommand } = await import('../commands/log.js');
        return logCommand(context, section as string | undefined, options as LogOptions);
      }),
    );

  program
    .command('finalize')
    .alias('finalise')
    .description(t('finalize.description'))
    .requiredOption('--version <X.Y>', t('finalize.opt.version'))
    .option('--allow-open-comments', t('finalize.opt.allowOpenComments'))
    .option('--date <YYYY-MM-DD>', t('finalize.opt.date'))
    .option('-o, --out <dir>', t('finalize.opt.out'))
    .option('--paper <size>', t('render.opt.paper'), 'a4')
    .option('--author <name>', t('finalize.opt.author'))
    .option('--email <email>', t('review.opt.email'))
    .option('-d, --dir <path>', t('cli.opt.dir'))
    .addHelpText('after', `\n${t('finalize.help.after')}`)
    .action(
      action((options) => async (context) => {
        const { finalizeCommand } = await import('../commands/finalize.js');
        return finalizeCommand(context, options as FinalizeOptions);
      }),
    );
}
