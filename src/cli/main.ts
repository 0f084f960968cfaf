// The CLI entry: builds the commander program, runs one command, returns its exit code.
// Command implementations are imported lazily so that `pedoman --help` loads almost nothing.
import { Command, CommanderError } from 'commander';
import { resolveLanguage, setLanguage, t } from '../i18n/index.js';
import { colorAllowed, createContext, type CliContext, type RunOptions } from './context.js';
import { commandTable, register } from './table.js';
import { localizedHelp, localizeCommanderError } from './help.js';
import { VERSION } from './version.js';
import { setDebugSink } from '../util/debug.js';
import { EXIT_OK, EXIT_USAGE, ExitSignal, UserError } from '../core/errors.js';

export type { RunOptions } from './context.js';


export async function run(options: RunOptions): Promise<number> {
  const argv = options.argv;
  const debug = argv.includes('--debug');
  const langFlag = flagValue(argv, '--lang');
  if (langFlag !== undefined && langFlag !== 'id' && langFlag !== 'en') {
    options.stderr.write(`pedoman: ${t('cli.badLang', { lang: langFlag })}\n`);
    return EXIT_USAGE;
  }
  setLanguage(resolveLanguage(langFlag, options.env));
  const color = colorAllowed(options.stdout, options.env, !argv.includes('--no-color'));
  const context = createContext(options, { color, debug });
  if (debug) setDebugSink((line) => context.err(line));
  try {
    return await runProgram(argv, context);
  } catch (error) {
    // Only when even the messages cannot be read (a broken build): say so without them.
    context.err(`pedoman: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error && error.stack) context.err(`${error.stack}\n`);
    return EXIT_USAGE;
  } finally {
    setDebugSink(undefined);
  }
}

async function runProgram(argv: readonly string[], context: CliContext): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('pedoman');
  // In `pedoman finalize --version 1.0` (and `revise --version 1.1`) the flag names the version of the text, not pedoman's own.
  const finalizing = argv.some((a) => a === 'finalize' || a === 'finalise' || a === 'revise');
  program
    .description(t('cli.description'))
    .version(VERSION, finalizing ? '-V' : '-V, --version', t('cli.opt.version'))
    .helpOption('-h, --help', t('cli.opt.help'))
    .helpCommand('help [command]', t('cli.help.command'))
    .option('--lang <lang>', t('cli.opt.lang'))
    .option('--debug', t('cli.opt.debug'))
    .option('--no-color', t('cli.opt.noColor'))
    .showHelpAfterError(false)
    .exitOverride()
    .configureHelp(localizedHelp())
    .configureOutput({
      writeOut: (s) => context.out(s),
      writeErr: (s) => context.err(s),
      outputError: (s, write) => write(localizeCommanderError(s)),
    });

  for (const entry of commandTable(() => program)) {
    register(program, entry, async (command, args, options) => {
      exitCode = await command.run(context, args, options);
    });
  }
  for (const command of program.commands) applyOverrides(command);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, context);
  }
}

function applyOverrides(command: Command): void {
  command.exitOverride().helpOption('-h, --help', t('cli.opt.help'));
  for (const sub of command.commands) applyOverrides(sub);
}

function handleError(error: unknown, context: CliContext): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      // `pedoman help` asked for it (exit 0); `pedoman` or `pedoman comment` alone did not (usage, 2).
      return error.code === 'commander.help' && error.exitCode !== 0 ? EXIT_USAGE : EXIT_OK;
    }
    return EXIT_USAGE; // commander already printed its one-line message
  }
  if (error instanceof ExitSignal) return error.exitCode;
  if (error instanceof UserError) {
    context.err(`pedoman: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  context.err(`pedoman: ${t('cli.unexpected', { message })}\n`);
  if (context.debug && error instanceof Error && error.stack) context.err(`${error.stack}\n`);
  return EXIT_USAGE;
}

function flagValue(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === flag) return argv[i + 1] ?? '';
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}
