import { Option, type Command } from 'commander';
import { t } from '../../i18n/index.js';
import type { Registrar } from '../main.js';
import { SECTION_KINDS } from '../../model/kinds.js';

/** Options every section and item subcommand shares. */
export function commonOptions(command: Command, change: boolean): Command {
  command.option('-d, --dir <path>', t('cli.opt.dir'));
  if (change) command.option('--no-commit', t('workspace.opt.noCommit'));
  return command
    .option('-q, --quiet', t(change ? 'workspace.opt.quietChange' : 'workspace.opt.quietList'))
    .option('--json', t(change ? 'workspace.opt.jsonChange' : 'workspace.opt.jsonList'));
}

export function positionOptions(command: Command, what: 'section' | 'item'): Command {
  return command
    .option(`--after <${what}>`, t(`workspace.opt.after.${what}`))
    .option(`--before <${what}>`, t(`workspace.opt.before.${what}`))
    .option('--position <n>', t('workspace.opt.position'));
}

export function registerSection({ program, action }: Registrar): void {
  const section = program
    .command('section')
    .description(t('section.description'));

  commonOptions(section.command('list').description(t('section.list.description')), false).action(
    action((options) => async (context) => {
      const { sectionList } = await import('../commands/section.js');
      return sectionList(context, options as never);
    }),
  );

  const add = section
    .command('add')
    .description(t('section.add.description'))
    .addOption(new Option('--kind <kind>', t('section.opt.kind')).choices([...SECTION_KINDS]))
    .option('--title <title>', t('section.opt.title'))
    .option('--id <id>', t('section.opt.id'));
  commonOptions(positionOptions(add, 'section'), true).action(
    action((options) => async (context) => {
      const { sectionAdd } = await import('../commands/section.js');
      return sectionAdd(context, options as never);
    }),
  );

  const move = section
    .command('move')
    .description(t('section.move.description'))
    .argument('[section]', t('section.arg.section'));
  commonOptions(positionOptions(move, 'section'), true).action(
    action((id, options) => async (context) => {
      const { sectionMove } = await import('../commands/section.js');
      return sectionMove(context, id as string | undefined, options as never);
    }),
  );

  const rename = section
    .command('rename')
    .description(t('section.rename.description'))
    .argument('[section]', t('section.arg.old'))
    .argument('[new-id]', t('section.arg.new'))
    .option('--title <title>', t('section.opt.newTitle'));
  commonOptions(rename, true).action(
    action((from, to, options) => async (context) => {
      const { sectionRename } = await import('../commands/section.js');
      return sectionRename(context, from as string | undefined, to as string | undefined, options as never);
    }),
  );

  const remove = section
    .command('remove')
    .description(t('section.remove.description'))
    .argument('[section]', t('section.arg.section'))
    .option('--force', t('section.opt.force'))
    .option('-y, --yes', t('workspace.opt.yes'));
  commonOptions(remove, true).action(
    action((id, options) => async (context) => {
      const { sectionRemove } = await import('../commands/section.js');
      return sectionRemove(context, id as string | undefined, options as never);
    }),
  );
}
