import { t } from '../../i18n/index.js';
import type { Registrar } from '../main.js';
import { commonOptions, positionOptions } from './section.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerItem({ program, action }: Registrar): void {
  const item = program.command('item').description(t('item.description'));

  commonOptions(item.command('list').description(t('item.list.description')).argument('[section]', t('item.arg.sectionOptional')), false).action(
    action((section, options) => async (context) => {
      const { itemList } = await import('../commands/item.js');
      return itemList(context, section as string | undefined, options as never);
    }),
  );

  const add = item
    .command('add')
    .description(t('item.add.description'))
    .argument('[section]', t('item.arg.section'))
    .option('--id <id>', t('item.opt.id'))
    .option('--title <text>', t('item.opt.title'))
    .option('--text <markdown>', t('item.opt.text'))
    .option('--term <text>', t('item.opt.term'))
    .option('--abbreviation <text>', t('item.opt.abbreviation'))
    .option('--definition <text>', t('item.opt.definition'))
    .option('--source <citation>', t('item.opt.source'))
    .option('--name <text>', t('item.opt.name'))
    .option('--level <level>', t('item.opt.level'))
    .option('--appointed-by <id>', t('item.opt.appointedBy'))
    .option('--instrument <text>', t('item.opt.instrument'))
    .option('--duty <text>', t('item.opt.duty'), collect)
    .option('--implements <provision>', t('item.opt.implements'), collect)
    .option('--description <text>', t('item.opt.description'))
    .option('--responsible <role>', t('item.opt.responsible'), collect)
    .option('--step <text>', t('item.opt.step'), collect)
    .option('--indicator <text>', t('item.opt.indicator'))
    .option('--measures <mechanism>', t('item.opt.measures'), collect);
  commonOptions(positionOptions(add, 'item'), true).action(
    action((section, options) => async (context) => {
      const { itemAdd } = await import('../commands/item.js');
      return itemAdd(context, section as string | undefined, options as never);
    }),
  );

  const rename = item
    .command('rename')
    .description(t('item.rename.description'))
    .argument('[section]', t('item.arg.section'))
    .argument('[item]', t('item.arg.old'))
    .argument('[new-id]', t('item.arg.new'));
  commonOptions(rename, true).action(
    action((section, from, to, options) => async (context) => {
      const { itemRename } = await import('../commands/item.js');
      return itemRename(context, section as string | undefined, from as string | undefined, to as string | undefined, options as never);
    }),
  );

  const remove = item
    .command('remove')
    .description(t('item.remove.description'))
    .argument('[section]', t('item.arg.section'))
    .argument('[item]', t('item.arg.item'))
    .option('--force', t('item.opt.force'))
    .option('-y, --yes', t('workspace.opt.yes'));
  commonOptions(remove, true).action(
    action((section, id, options) => async (context) => {
      const { itemRemove } = await import('../commands/item.js');
      return itemRemove(context, section as string | undefined, id as string | undefined, options as never);
    }),
  );
}
