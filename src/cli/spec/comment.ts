import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import type { Registrar } from '../main.js';

/** Options shared by the subcommands that write a comment file. */
function writing(command: Command, who: 'author' | 'resolver' | 'actor'): Command {
  return command
    .option('--author <name>', t(`comment.opt.author.${who}`))
    .option('--email <email>', t('comment.opt.email'))
    .option('--affiliation <text>', t('comment.opt.affiliation'))
    .option('--no-commit', t('comment.opt.noCommit'))
    .option('-d, --dir <path>', t('cli.opt.dir'));
}

export function registerComment({ program, action }: Registrar): void {
  const comment = program
    .command('comment')
    .description(t('comment.description'))
    .addHelpText('after', `\n${t('comment.help.after')}`);

  writing(
    comment
      .command('add')
      .description(t('comment.add.description'))
      .argument('[section]', t('comment.add.arg.section'))
      .option('--item <id>', t('comment.opt.item'))
      .option('--quote <text>', t('comment.opt.quote'))
      .option('--type <type>', t('comment.opt.type'))
      .option('--text <text>', t('comment.opt.text'))
      .option('--proposed-change <text>', t('comment.opt.proposedChange')),
    'author',
  ).action(
    action((section, options) => async (context) => {
      const { addCommand } = await import('../commands/comment/add.js');
      return addCommand(context, section as string | undefined, options as never);
    }),
  );

  comment
    .command('list')
    .description(t('comment.list.description'))
    .option('--section <id>', t('comment.opt.section'))
    .option('--status <status>', t('comment.opt.status'))
    .option('--type <type>', t('comment.opt.typeFilter'))
    .option('--author <text>', t('comment.opt.authorFilter'))
    .option('-f, --format <format>', t('comment.opt.listFormat'), 'table')
    .option('-d, --dir <path>', t('cli.opt.dir'))
    .option('-q, --quiet', t('comment.opt.quietList'))
    .option('--json', t('comment.opt.jsonList'))
    .action(
      action((options) => async (context) => {
        const { listCommand } = await import('../commands/comment/list.js');
        return listCommand(context, options as never);
      }),
    );

  comment
    .command('show')
    .description(t('comment.show.description'))
    .argument('<id>', t('comment.arg.id'))
    .option('-f, --format <format>', t('comment.opt.showFormat'), 'text')
    .option('-d, --dir <path>', t('cli.opt.dir'))
    .option('-q, --quiet', t('comment.opt.quietShow'))
    .option('--json', t('comment.opt.jsonShow'))
    .action(
      action((id, options) => async (context) => {
        const { showCommand } = await import('../commands/comment/list.js');
        return showCommand(context, id as string, options as never);
      }),
    );

  writing(
    comment
      .command('reply')
      .description(t('comment.reply.description'))
      .argument('<id>', t('comment.arg.id'))
      .option('--text <text>', t('comment.opt.replyText'))
      .option('--type <type>', t('comment.opt.replyType'))
      .option('--proposed-change <text>', t('comment.opt.proposedChange')),
    'author',
  ).action(
    action((id, options) => async (context) => {
      const { replyCommand } = await import('../commands/comment/reply.js');
      return replyCommand(context, id as string, options as never);
    }),
  );

  writing(
    comment
      .command('resolve')
      .description(t('comment.resolve.description'))
      .argument('<id>', t('comment.arg.id'))
      .option('--disposition <disposition>', t('comment.opt.disposition'))
      .option('--response <text>', t('comment.opt.response')),
    'resolver',
  ).action(
    action((id, options) => async (context) => {
      const { resolveCommand } = await import('../commands/comment/resolve.js');
      return resolveCommand(context, id as string, options as never);
    }),
  );

  writing(
    comment.command('reopen').description(t('comment.reopen.description')).argument('<id>', t('comment.arg.id')),
    'actor',
  ).action(
    action((id, options) => async (context) => {
      const { reopenCommand } = await import('../commands/comment/resolve.js');
      return reopenCommand(context, id as string, options as never);
    }),
  );

  writing(
    comment
      .command('accept')
      .description(t('comment.accept.description'))
      .argument('<id>', t('comment.arg.id'))
      .option('--no', t('comment.opt.no')),
    'actor',
  ).action(
    action((id, options) => async (context) => {
      const { acceptCommand } = await import('../commands/comment/resolve.js');
      const { no, ...rest } = options as { no?: boolean; commit: boolean };
      return acceptCommand(context, id as string, { ...rest, accept: no !== true });
    }),
  );
}
