import { t } from '../../i18n/index.js';
import type { Registrar } from '../main.js';

export interface RenderOptions {
  format: string;
  out?: string;
  paper: string;
  comments?: string;
  final?: boolean;
  date?: string;
  force?: boolean;
  changesSince?: string;
  pdfStandard?: string;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export function registerRender({ program, action }: Registrar): void {
  program
    .command('render')
    .description(t('render.description'))
    .argument('[path]', t('validate.arg.path'))
    .option('-f, --format <formats>', t('render.opt.format'), 'all')
    .option('-o, --out <dir>', t('render.opt.out'))
    .option('--paper <size>', t('render.opt.paper'), 'a4')
    .option('--comments <mode>', t('render.opt.comments'))
    .option('--final', t('render.opt.final'))
    .option('--date <YYYY-MM-DD>', t('render.opt.date'))
    .option('--force', t('render.opt.force'))
    .option('--changes-since <rev>', t('render.opt.changesSince'))
    .option('--pdf-standard <standard>', t('render.opt.pdfStandard'))
    .option('-d, --dir <path>', t('cli.opt.dir'))
    .option('-q, --quiet', t('render.opt.quiet'))
    .option('--json', t('render.opt.json'))
    .action(
      action((path, options) => async (context) => {
        const { renderCommand } = await import('../commands/render.js');
        return renderCommand(context, path as string | undefined, options as RenderOptions);
      }),
    );
}
