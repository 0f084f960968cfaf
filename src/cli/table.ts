// The command line as one typed table: every command, its arguments and options (shared groups
// for the guideline folder, the output mode and the person acting), and the module that runs it,
// imported only when the command is run so that `pedoman --help` loads none of them. The types
// of a command's input are derived from its entry here, and the command module's own input type
// must match them (checked by the compiler where the entry names its runner): no casts.
//
// Every action is: parse (commander's values checked against the entry) → the command's own
// function (operation, output) → exit code.
import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { t } from '../i18n/index.js';
import { FORMAT_NAMES } from '../format/names.js';
import { parseKind, SECTION_KINDS } from '../model/kinds.js';
import type { CliContext } from './context.js';
import { SHELLS } from './shells.js';

/** A message of the catalogues: a key, or a key with values. */
type Message = string | { key: string; vars: Record<string, string | number> };

interface FlagSpec {
  kind: 'flag';
  flags: string;
  description?: Message;
}
interface NegatableSpec {
  kind: 'negatable';
  /** `--no-x`: the value is `x`, true unless the flag is given. */
  flags: string;
  description: Message;
}
interface ValueSpec {
  kind: 'value';
  flags: string;
  /** Undefined for an option the help does not show (the completion scripts' helper). */
  description?: Message;
  default?: string;
  choices?: readonly string[];
  /**
   * With `choices`: reads a value given in either language as one of them (`--kind istilah` is
   * terms); the help and the completion scripts offer the choices themselves.
   */
  parse?: (value: string) => string | undefined;
  /** commander's requiredOption: the command cannot run without it. */
  required?: boolean;
}
interface ListSpec {
  kind: 'list';
  /** Given once per value: `--duty A --duty B`. */
  flags: string;
  description: Message;
}
export type OptionSpec = FlagSpec | NegatableSpec | ValueSpec | ListSpec;

export interface ArgSpec {
  /** As commander writes it: `<shell>`, `[path]`. */
  syntax: string;
  /** Undefined for an argument the help does not describe. */
  description?: Message;
  choices?: readonly string[];
}

type OptionValue<S> = S extends FlagSpec
  ? boolean | undefined
  : S extends NegatableSpec
    ? boolean
    : S extends ListSpec
      ? string[] | undefined
      : S extends { default: string } | { required: true }
        ? string
        : string | undefined;

type ArgValue<S> = S extends { syntax: `<${string}>` } ? string : string | undefined;

export type Options<O extends Record<string, OptionSpec>> = { [K in keyof O]: OptionValue<O[K]> };
export type Args<A extends Record<string, ArgSpec>> = { [K in keyof A]: ArgValue<A[K]> };

/** What a command's function receives: its arguments and options, checked. */
export type Runner<A extends Record<string, ArgSpec>, O extends Record<string, OptionSpec>> = (
  context: CliContext,
  args: Args<A>,
  options: Options<O>,
) => Promise<number>;

export interface CommandEntry<A extends Record<string, ArgSpec> = Record<string, ArgSpec>, O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  name: string;
  aliases?: readonly string[];
  /** Left out of the help and the completion scripts (the completion scripts' own helper). */
  hidden?: boolean;
  description?: Message;
  helpAfter?: Message;
  args: A;
  options: O;
  /** Runs the command: imports its module (only now, so that --help loads none) and calls it. */
  run: Runner<A, O>;
}

export interface GroupEntry {
  name: string;
  description: Message;
  helpAfter?: Message;
  commands: readonly AnyEntry[];
}

/** An entry whatever its arguments and options: what the table holds. */
export interface AnyEntry {
  name: string;
  aliases?: readonly string[];
  hidden?: boolean;
  description?: Message;
  helpAfter?: Message;
  args: Record<string, ArgSpec>;
  options: Record<string, OptionSpec>;
  /** Builds and runs: checks commander's values against the entry, then calls the command. */
  run(context: CliContext, args: readonly unknown[], options: Record<string, unknown>): Promise<number>;
}

/** One command of the table; the runner's types are checked against the entry here. */
export function command<const A extends Record<string, ArgSpec>, const O extends Record<string, OptionSpec>>(entry: CommandEntry<A, O>): AnyEntry {
  return {
    name: entry.name,
    ...(entry.aliases ? { aliases: entry.aliases } : {}),
    ...(entry.hidden ? { hidden: true } : {}),
    ...(entry.description !== undefined ? { description: entry.description } : {}),
    ...(entry.helpAfter !== undefined ? { helpAfter: entry.helpAfter } : {}),
    args: entry.args,
    options: entry.options,
    run: (context, rawArgs, rawOptions) => entry.run(context, parseArgs(entry.args, rawArgs), parseOptions(entry.options, rawOptions)),
  };
}

function parseArgs<A extends Record<string, ArgSpec>>(specs: A, values: readonly unknown[]): Args<A> {
  const out: Record<string, string | undefined> = {};
  Object.keys(specs).forEach((name, i) => {
    const value = values[i];
    if (value !== undefined && typeof value !== 'string') throw new Error(`internal error: argument ${String(name)} is not text`);
    out[name] = value;
  });
  if (!isArgs(specs, out)) throw new Error('internal error: a required argument is missing');
  return out;
}

function isArgs<A extends Record<string, ArgSpec>>(specs: A, value: Record<string, string | undefined>): value is Args<A> {
  return Object.entries(specs).every(([name, spec]) => !spec.syntax.startsWith('<') || typeof value[name] === 'string');
}

function parseOptions<O extends Record<string, OptionSpec>>(specs: O, values: Record<string, unknown>): Options<O> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = values[name];
    const ok = spec.kind === 'flag'
      ? value === undefined || typeof value === 'boolean'
      : spec.kind === 'negatable'
        ? typeof value === 'boolean'
        : spec.kind === 'list'
          ? value === undefined || (Array.isArray(value) && value.every((v) => typeof v === 'string'))
          : value === undefined ? spec.default === undefined && spec.required !== true : typeof value === 'string';
    if (!ok) throw new Error(`internal error: option --${name} has a value of the wrong kind`);
    out[name] = value;
  }
  if (!isOptions(specs, out)) throw new Error('internal error: options do not match the table');
  return out;
}

/** The values were checked one by one above; this says so to the compiler. */
function isOptions<O extends Record<string, OptionSpec>>(specs: O, value: Record<string, unknown>): value is Options<O> {
  return Object.keys(specs).every((name) => name in value);
}

function message(m: Message): string {
  return typeof m === 'string' ? t(m) : t(m.key, m.vars);
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function addOption(target: Command, name: string, spec: OptionSpec): void {
  const option = new Option(spec.flags, spec.description === undefined ? undefined : message(spec.description));
  if (spec.kind === 'list') option.argParser(collect);
  if (spec.kind === 'value') {
    if (spec.default !== undefined) option.default(spec.default);
    if (spec.choices) option.choices([...spec.choices]);
    const { choices, parse } = spec;
    if (choices && parse) {
      option.argParser((value: string) => {
        const found = parse(value);
        // As commander words it, so that the error comes out in the user's language (help.ts).
        if (found === undefined || !choices.includes(found)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
        return found;
      });
    }
    if (spec.required) option.makeOptionMandatory(true);
  }
  if (option.attributeName() !== name) throw new Error(`internal error: ${spec.flags} is stored as ${option.attributeName()}, not ${name}`);
  target.addOption(option);
}

/** Adds an entry (a command or a group of subcommands) to a commander program. */
export function register(parent: Command, entry: AnyEntry | GroupEntry, act: (entry: AnyEntry, args: unknown[], options: Record<string, unknown>, command: Command) => Promise<void>): void {
  if ('commands' in entry) {
    const group = parent.command(entry.name).description(message(entry.description));
    if (entry.helpAfter !== undefined) group.addHelpText('after', `\n${message(entry.helpAfter)}`);
    for (const sub of entry.commands) register(group, sub, act);
    return;
  }
  const cmd = parent.command(entry.name, entry.hidden ? { hidden: true } : {});
  for (const alias of entry.aliases ?? []) cmd.alias(alias);
  if (entry.description !== undefined) cmd.description(message(entry.description));
  for (const arg of Object.values(entry.args)) {
    const argument = new Argument(arg.syntax, arg.description === undefined ? undefined : message(arg.description));
    if (arg.choices) argument.choices([...arg.choices]);
    cmd.addArgument(argument);
  }
  for (const [name, spec] of Object.entries(entry.options)) addOption(cmd, name, spec);
  if (entry.helpAfter !== undefined) cmd.addHelpText('after', `\n${message(entry.helpAfter)}`);
  cmd.action(async () => {
    await act(entry, cmd.processedArgs, cmd.opts(), cmd);
  });
}

// ---------------------------------------------------------------------------------------------
// Shared option groups.

const dir = { kind: 'value', flags: '-d, --dir <path>', description: 'cli.opt.dir' } as const;

/** The guideline folder: every command that reads a guideline. */
export const FOLDER = { dir } as const;

/** --quiet and --json, described for the command at hand. */
function output<const Q extends string, const J extends string>(quiet: Q, json: J) {
  return {
    quiet: { kind: 'flag', flags: '-q, --quiet', description: quiet },
    json: { kind: 'flag', flags: '--json', description: json },
  } as const;
}

/** Who is acting, for the commands that record a person (comments, reviews). */
function person(author: string, email = 'comment.opt.email', affiliation = 'comment.opt.affiliation') {
  return {
    author: { kind: 'value', flags: '--author <name>', description: author },
    email: { kind: 'value', flags: '--email <email>', description: email },
    affiliation: { kind: 'value', flags: '--affiliation <text>', description: affiliation },
  } as const;
}

const noCommit = (description: string) => ({ commit: { kind: 'negatable', flags: '--no-commit', description } }) as const;

const positions = (what: 'section' | 'item') => ({
  after: { kind: 'value', flags: `--after <${what}>`, description: `workspace.opt.after.${what}` },
  before: { kind: 'value', flags: `--before <${what}>`, description: `workspace.opt.before.${what}` },
  position: { kind: 'value', flags: '--position <n>', description: 'workspace.opt.position' },
}) as const;

/** The options every section and item subcommand shares: folder, then (for changes) --no-commit, then output. */
const workspaceList = { ...FOLDER, ...output('workspace.opt.quietList', 'workspace.opt.jsonList') } as const;

/** A remark on how an act was given, when someone records it for its author. */
const NOTE = { note: { kind: 'value', flags: '--note <text>', description: 'comment.opt.note' } } as const;

/**
 * The options of an act that is the commenter's (or the author's) own: no --author (git's
 * identity is who acts), but --on-behalf-of with a --note for the drafting team recording it.
 */
const ownerActing = {
  onBehalfOf: { kind: 'value', flags: '--on-behalf-of <person>', description: 'comment.opt.onBehalfOf' },
  note: { kind: 'value', flags: '--note <text>', description: 'comment.opt.behalfNote' },
  ...noCommit('comment.opt.noCommit'),
  ...FOLDER,
} as const;
const workspaceChange = { ...FOLDER, ...noCommit('workspace.opt.noCommit'), ...output('workspace.opt.quietChange', 'workspace.opt.jsonChange') } as const;

const path = { path: { syntax: '[path]', description: 'validate.arg.path' } } as const;


// ---------------------------------------------------------------------------------------------
// The table, in the order the help lists it.

export function commandTable(program: () => Command): readonly (AnyEntry | GroupEntry)[] {
  return [
    command({
      name: 'validate',
      description: 'validate.description',
      args: path,
      options: {
        format: { kind: 'value', flags: '-f, --format <format>', description: { key: 'validate.opt.format', vars: { formats: FORMAT_NAMES.join(', ') } }, default: 'stylish' },
        strict: { kind: 'flag', flags: '--strict', description: 'validate.opt.strict' },
        ...FOLDER,
        ...output('output.opt.quietValidate', 'output.opt.jsonValidate'),
      },
      run: async (c, a, o) => {
        const { validateCommand } = await import('./commands/validate.js');
        return validateCommand(c, a.path, o);
      },
    }),
    command({
      name: 'export',
      description: 'export.description',
      args: path,
      options: {
        format: { kind: 'value', flags: '-f, --format <format>', description: 'export.opt.format', default: 'json' },
        output: { kind: 'value', flags: '-o, --output <file>', description: 'export.opt.output' },
        force: { kind: 'flag', flags: '--force', description: 'export.opt.force' },
        ...FOLDER,
        ...output('output.opt.quietExport', 'output.opt.jsonExport'),
      },
      run: async (c, a, o) => {
        const { exportCommand } = await import('./commands/export.js');
        return exportCommand(c, a.path, o);
      },
    }),
    command({
      name: 'render',
      description: 'render.description',
      args: path,
      options: {
        format: { kind: 'value', flags: '-f, --format <formats>', description: 'render.opt.format', default: 'md,html,pdf' },
        out: { kind: 'value', flags: '-o, --out <dir>', description: 'render.opt.out' },
        paper: { kind: 'value', flags: '--paper <size>', description: 'render.opt.paper', default: 'a4' },
        comments: { kind: 'value', flags: '--comments <mode>', description: 'render.opt.comments' },
        final: { kind: 'flag', flags: '--final', description: 'render.opt.final' },
        date: { kind: 'value', flags: '--date <YYYY-MM-DD>', description: 'render.opt.date' },
        force: { kind: 'flag', flags: '--force', description: 'render.opt.force' },
        changesSince: { kind: 'value', flags: '--changes-since <rev>', description: 'render.opt.changesSince' },
        pdfStandard: { kind: 'value', flags: '--pdf-standard <standard>', description: 'render.opt.pdfStandard' },
        flowcharts: { kind: 'negatable', flags: '--no-flowcharts', description: 'render.opt.noFlowcharts' },
        ...FOLDER,
        ...output('render.opt.quiet', 'render.opt.json'),
      },
      run: async (c, a, o) => {
        const { renderCommand } = await import('./commands/render.js');
        return renderCommand(c, a.path, o);
      },
    }),
    command({
      name: 'rules',
      description: 'rules.description',
      args: {},
      options: {
        format: { kind: 'value', flags: '-f, --format <format>', description: 'rules.opt.format', choices: ['table', 'md', 'json'], default: 'table' },
        dir: { ...dir, description: 'rules.opt.dir' },
        ...output('output.opt.quietRules', 'output.opt.jsonRules'),
      },
      run: async (c, _a, o) => {
        const { rulesCommand } = await import('./commands/rules.js');
        return rulesCommand(c, o);
      },
    }),
    command({
      name: 'analyze',
      description: 'analyze.description',
      args: path,
      options: {
        format: { kind: 'value', flags: '-f, --format <format>', description: 'analyze.opt.format', default: 'table' },
        minSimilarity: { kind: 'value', flags: '--min-similarity <x>', description: 'analyze.opt.minSimilarity' },
        output: { kind: 'value', flags: '-o, --output <file>', description: 'analyze.opt.output' },
        strict: { kind: 'flag', flags: '--strict', description: 'analyze.opt.strict' },
        ...FOLDER,
        ...output('analyze.opt.quiet', 'output.opt.jsonValidate'),
      },
      run: async (c, a, o) => {
        const { analyzeCommand } = await import('./commands/analyze.js');
        return analyzeCommand(c, a.path, o);
      },
    }),
    {
      name: 'comment',
      description: 'comment.description',
      helpAfter: 'comment.help.after',
      commands: [
        command({
          name: 'add',
          description: 'comment.add.description',
          args: { section: { syntax: '[section]', description: 'comment.add.arg.section' } },
          options: {
            item: { kind: 'value', flags: '--item <id>', description: 'comment.opt.item' },
            quote: { kind: 'value', flags: '--quote <text>', description: 'comment.opt.quote' },
            type: { kind: 'value', flags: '--type <type>', description: 'comment.opt.type' },
            text: { kind: 'value', flags: '--text <text>', description: 'comment.opt.text' },
            proposedChange: { kind: 'value', flags: '--proposed-change <text>', description: 'comment.opt.proposedChange' },
            ...NOTE,
            ...commentWriting('author'),
          },
          run: async (c, a, o) => {
        const { addCommand } = await import('./commands/comment/add.js');
        return addCommand(c, a.section, o);
      },
        }),
        command({
          name: 'list',
          description: 'comment.list.description',
          args: {},
          options: {
            section: { kind: 'value', flags: '--section <id>', description: 'comment.opt.section' },
            status: { kind: 'value', flags: '--status <status>', description: 'comment.opt.status' },
            type: { kind: 'value', flags: '--type <type>', description: 'comment.opt.typeFilter' },
            author: { kind: 'value', flags: '--author <text>', description: 'comment.opt.authorFilter' },
            format: { kind: 'value', flags: '-f, --format <format>', description: 'comment.opt.listFormat', default: 'table' },
            ...FOLDER,
            ...output('comment.opt.quietList', 'comment.opt.jsonList'),
          },
          run: async (c, _a, o) => {
        const { listCommand } = await import('./commands/comment/list.js');
        return listCommand(c, o);
      },
        }),
        command({
          name: 'form',
          description: 'comment.form.description',
          args: {},
          options: {
            format: { kind: 'value', flags: '-f, --format <format>', description: 'comment.opt.formFormat', choices: ['xlsx', 'csv'], required: true },
            output: { kind: 'value', flags: '-o, --output <file>', description: 'comment.opt.output', required: true },
            section: { kind: 'value', flags: '--section <id>', description: 'comment.opt.formSection' },
            force: { kind: 'flag', flags: '--force', description: 'comment.opt.force' },
            ...FOLDER,
          },
          run: async (c, _a, o) => {
        const { formCommand } = await import('./commands/comment/form.js');
        return formCommand(c, o);
      },
        }),
        command({
          name: 'table',
          description: 'comment.table.description',
          args: {},
          options: {
            format: { kind: 'value', flags: '-f, --format <format>', description: 'comment.opt.tableFormat', choices: ['md', 'csv', 'xlsx', 'docx', 'pdf'], required: true },
            output: { kind: 'value', flags: '-o, --output <file>', description: 'comment.opt.output', required: true },
            section: { kind: 'value', flags: '--section <id>', description: 'comment.opt.tableSection' },
            force: { kind: 'flag', flags: '--force', description: 'comment.opt.force' },
            ...FOLDER,
          },
          run: async (c, _a, o) => {
        const { tableCommand } = await import('./commands/comment/table.js');
        return tableCommand(c, o);
      },
        }),
        command({
          name: 'show',
          description: 'comment.show.description',
          args: { id: { syntax: '<id>', description: 'comment.arg.id' } },
          options: {
            format: { kind: 'value', flags: '-f, --format <format>', description: 'comment.opt.showFormat', default: 'text' },
            ...FOLDER,
            ...output('comment.opt.quietShow', 'comment.opt.jsonShow'),
          },
          run: async (c, a, o) => {
        const { showCommand } = await import('./commands/comment/list.js');
        return showCommand(c, a.id, o);
      },
        }),
        command({
          name: 'reply',
          description: 'comment.reply.description',
          args: { id: { syntax: '<id>', description: 'comment.arg.id' } },
          options: {
            text: { kind: 'value', flags: '--text <text>', description: 'comment.opt.replyText' },
            type: { kind: 'value', flags: '--type <type>', description: 'comment.opt.replyType' },
            proposedChange: { kind: 'value', flags: '--proposed-change <text>', description: 'comment.opt.proposedChange' },
            ...NOTE,
            ...commentWriting('author'),
          },
          run: async (c, a, o) => {
        const { replyCommand } = await import('./commands/comment/reply.js');
        return replyCommand(c, a.id, o);
      },
        }),
        command({
          name: 'import',
          description: 'comment.import.description',
          helpAfter: 'comment.import.help.after',
          args: { file: { syntax: '<file>', description: 'comment.import.arg.file' } },
          options: {
            affiliation: { kind: 'value', flags: '--affiliation <text>', description: 'comment.import.opt.affiliation' },
            dryRun: { kind: 'flag', flags: '--dry-run', description: 'comment.import.opt.dryRun' },
            yes: { kind: 'flag', flags: '-y, --yes', description: 'comment.import.opt.yes' },
            skipInvalid: { kind: 'flag', flags: '--skip-invalid', description: 'comment.import.opt.skipInvalid' },
            ...noCommit('comment.import.opt.noCommit'),
            ...FOLDER,
          },
          run: async (c, a, o) => {
        const { importCommand } = await import('./commands/comment/import.js');
        return importCommand(c, a.file, o);
      },
        }),
        command({
          name: 'answer',
          aliases: ['resolve'],
          description: 'comment.answer.description',
          args: { id: { syntax: '<id>', description: 'comment.arg.id' } },
          options: {
            disposition: { kind: 'value', flags: '--disposition <disposition>', description: 'comment.opt.disposition' },
            response: { kind: 'value', flags: '--response <text>', description: 'comment.opt.response' },
            ...NOTE,
            ...commentWriting('resolver'),
          },
          run: async (c, a, o) => {
        const { answerCommand } = await import('./commands/comment/answer.js');
        return answerCommand(c, a.id, o);
      },
        }),
        command({
          name: 'accept',
          description: 'comment.accept.description',
          args: { id: { syntax: '<id>', description: 'comment.arg.id' } },
          options: {
            reason: { kind: 'value', flags: '--reason <text>', description: 'comment.opt.acceptReason' },
            no: { kind: 'flag', flags: '--no', description: 'comment.opt.no' },
            ...ownerActing,
          },
          run: async (c, a, { no, ...o }) => {
        const { acceptCommand, objectCommand } = await import('./commands/comment/verdict.js');
        return no === true ? objectCommand(c, a.id, o) : acceptCommand(c, a.id, o);
      },
        }),
        command({
          name: 'object',
          description: 'comment.object.description',
          args: { id: { syntax: '<id>', description: 'comment.arg.id' } },
          options: {
            reason: { kind: 'value', flags: '--reason <text>', description: 'comment.opt.objectReason' },
            ...ownerActing,
          },
          run: async (c, a, o) => {
        const { objectCommand } = await import('./commands/comment/verdict.js');
        return objectCommand(c, a.id, o);
      },
        }),
        command({
          name: 'overrule',
          description: 'comment.overrule.description',
          args: { id: { syntax: '<id>', description: 'comment.arg.id' } },
          options: {
            response: { kind: 'value', flags: '--response <text>', description: 'comment.opt.overruleResponse' },
            ...NOTE,
            ...commentWriting('resolver'),
          },
          run: async (c, a, o) => {
        const { overruleCommand } = await import('./commands/comment/answer.js');
        return overruleCommand(c, a.id, o);
      },
        }),
        command({
          name: 'reopen',
          description: 'comment.reopen.description',
          args: { id: { syntax: '<id>', description: 'comment.arg.id' } },
          options: {
            reason: { kind: 'value', flags: '--reason <text>', description: 'comment.opt.reopenReason' },
            ...NOTE,
            ...commentWriting('actor'),
          },
          run: async (c, a, o) => {
        const { reopenCommand } = await import('./commands/comment/answer.js');
        return reopenCommand(c, a.id, o);
      },
        }),
        command({
          name: 'withdraw',
          description: 'comment.withdraw.description',
          args: { id: { syntax: '<id>', description: 'comment.arg.id' } },
          options: {
            reason: { kind: 'value', flags: '--reason <text>', description: 'comment.opt.withdrawReason' },
            ...ownerActing,
          },
          run: async (c, a, o) => {
        const { withdrawCommand } = await import('./commands/comment/verdict.js');
        return withdrawCommand(c, a.id, o);
      },
        }),
        command({
          name: 'correct',
          description: 'comment.correct.description',
          args: { id: { syntax: '<id>', description: 'comment.arg.id' } },
          options: {
            text: { kind: 'value', flags: '--text <text>', description: 'comment.opt.correctText' },
            proposedChange: { kind: 'value', flags: '--proposed-change <text>', description: 'comment.opt.proposedChange' },
            quote: { kind: 'value', flags: '--quote <text>', description: 'comment.opt.quote' },
            type: { kind: 'value', flags: '--type <type>', description: 'comment.opt.type' },
            ...ownerActing,
          },
          run: async (c, a, o) => {
        const { correctCommand } = await import('./commands/comment/verdict.js');
        return correctCommand(c, a.id, o);
      },
        }),
      ],
    },
    command({
      name: 'inbox',
      description: 'inbox.description',
      helpAfter: 'inbox.help.after',
      args: {},
      options: {
        for: { kind: 'value', flags: '--for <person>', description: 'inbox.opt.for' },
        team: { kind: 'flag', flags: '--team', description: 'inbox.opt.team' },
        format: { kind: 'value', flags: '-f, --format <format>', description: 'inbox.opt.format', default: 'text' },
        ...FOLDER,
        ...output('inbox.opt.quiet', 'inbox.opt.json'),
      },
      run: async (c, _a, o) => {
        const { inboxCommand } = await import('./commands/inbox.js');
        return inboxCommand(c, o);
      },
    }),
    command({
      name: 'sync',
      description: 'sync.description',
      helpAfter: 'sync.help.after',
      args: {},
      options: FOLDER,
      run: async (c, _a, o) => {
        const { syncCommand } = await import('./commands/sync.js');
        return syncCommand(c, o);
      },
    }),
    command({
      name: 'init',
      description: 'init.description',
      args: { dir: { syntax: '[dir]', description: 'init.arg.dir' } },
      options: {
        title: { kind: 'value', flags: '--title <title>', description: 'init.opt.title' },
        id: { kind: 'value', flags: '--id <id>', description: 'init.opt.id' },
        language: { kind: 'value', flags: '--language <language>', description: 'init.opt.language', choices: ['id', 'en'] },
        ciPackage: { kind: 'value', flags: '--ci-package <spec>', description: 'init.opt.ciPackage' },
        ...noCommit('init.opt.noCommit'),
        ...output('init.opt.quiet', 'workspace.opt.jsonChange'),
      },
      run: async (c, a, o) => {
        const { initCommand } = await import('./commands/init.js');
        return initCommand(c, a.dir, o);
      },
    }),
    {
      name: 'section',
      description: 'section.description',
      commands: [
        command({
          name: 'list',
          description: 'section.list.description',
          args: {},
          options: workspaceList,
          run: async (c, _a, o) => {
        const { sectionList } = await import('./commands/section.js');
        return sectionList(c, o);
      },
        }),
        command({
          name: 'add',
          description: 'section.add.description',
          args: {},
          options: {
            kind: { kind: 'value', flags: '--kind <kind>', description: 'section.opt.kind', choices: SECTION_KINDS, parse: parseKind },
            title: { kind: 'value', flags: '--title <title>', description: 'section.opt.title' },
            id: { kind: 'value', flags: '--id <id>', description: 'section.opt.id' },
            ...positions('section'),
            ...workspaceChange,
          },
          run: async (c, _a, o) => {
        const { sectionAdd } = await import('./commands/section.js');
        return sectionAdd(c, o);
      },
        }),
        command({
          name: 'move',
          description: 'section.move.description',
          args: { section: { syntax: '[section]', description: 'section.arg.section' } },
          options: { ...positions('section'), ...workspaceChange },
          run: async (c, a, o) => {
        const { sectionMove } = await import('./commands/section.js');
        return sectionMove(c, a.section, o);
      },
        }),
        command({
          name: 'rename',
          description: 'section.rename.description',
          args: { section: { syntax: '[section]', description: 'section.arg.old' }, newId: { syntax: '[new-id]', description: 'section.arg.new' } },
          options: { title: { kind: 'value', flags: '--title <title>', description: 'section.opt.newTitle' }, ...workspaceChange },
          run: async (c, a, o) => {
        const { sectionRename } = await import('./commands/section.js');
        return sectionRename(c, a.section, a.newId, o);
      },
        }),
        command({
          name: 'remove',
          description: 'section.remove.description',
          args: { section: { syntax: '[section]', description: 'section.arg.section' } },
          options: {
            force: { kind: 'flag', flags: '--force', description: 'section.opt.force' },
            yes: { kind: 'flag', flags: '-y, --yes', description: 'workspace.opt.yes' },
            ...workspaceChange,
          },
          run: async (c, a, o) => {
        const { sectionRemove } = await import('./commands/section.js');
        return sectionRemove(c, a.section, o);
      },
        }),
      ],
    },
    {
      name: 'item',
      description: 'item.description',
      commands: [
        command({
          name: 'list',
          description: 'item.list.description',
          args: { section: { syntax: '[section]', description: 'item.arg.sectionOptional' } },
          options: workspaceList,
          run: async (c, a, o) => {
        const { itemList } = await import('./commands/item.js');
        return itemList(c, a.section, o);
      },
        }),
        command({
          name: 'add',
          description: 'item.add.description',
          args: { section: { syntax: '[section]', description: 'item.arg.section' } },
          options: {
            id: { kind: 'value', flags: '--id <id>', description: 'item.opt.id' },
            title: { kind: 'value', flags: '--title <text>', description: 'item.opt.title' },
            text: { kind: 'value', flags: '--text <markdown>', description: 'item.opt.text' },
            term: { kind: 'value', flags: '--term <text>', description: 'item.opt.term' },
            abbreviation: { kind: 'value', flags: '--abbreviation <text>', description: 'item.opt.abbreviation' },
            definition: { kind: 'value', flags: '--definition <text>', description: 'item.opt.definition' },
            source: { kind: 'value', flags: '--source <citation>', description: 'item.opt.source' },
            name: { kind: 'value', flags: '--name <text>', description: 'item.opt.name' },
            level: { kind: 'value', flags: '--level <level>', description: 'item.opt.level' },
            appointedBy: { kind: 'value', flags: '--appointed-by <id>', description: 'item.opt.appointedBy' },
            instrument: { kind: 'value', flags: '--instrument <text>', description: 'item.opt.instrument' },
            duty: { kind: 'list', flags: '--duty <text>', description: 'item.opt.duty' },
            implements: { kind: 'list', flags: '--implements <provision>', description: 'item.opt.implements' },
            description: { kind: 'value', flags: '--description <text>', description: 'item.opt.description' },
            responsible: { kind: 'list', flags: '--responsible <role>', description: 'item.opt.responsible' },
            step: { kind: 'list', flags: '--step <text>', description: 'item.opt.step' },
            indicator: { kind: 'value', flags: '--indicator <text>', description: 'item.opt.indicator' },
            measures: { kind: 'list', flags: '--measures <mechanism>', description: 'item.opt.measures' },
            ...positions('item'),
            ...workspaceChange,
          },
          run: async (c, a, o) => {
        const { itemAdd } = await import('./commands/item.js');
        return itemAdd(c, a.section, o);
      },
        }),
        command({
          name: 'rename',
          description: 'item.rename.description',
          args: {
            section: { syntax: '[section]', description: 'item.arg.section' },
            item: { syntax: '[item]', description: 'item.arg.old' },
            newId: { syntax: '[new-id]', description: 'item.arg.new' },
          },
          options: workspaceChange,
          run: async (c, a, o) => {
        const { itemRename } = await import('./commands/item.js');
        return itemRename(c, a.section, a.item, a.newId, o);
      },
        }),
        command({
          name: 'remove',
          description: 'item.remove.description',
          args: { section: { syntax: '[section]', description: 'item.arg.section' }, item: { syntax: '[item]', description: 'item.arg.item' } },
          options: {
            force: { kind: 'flag', flags: '--force', description: 'item.opt.force' },
            yes: { kind: 'flag', flags: '-y, --yes', description: 'workspace.opt.yes' },
            ...workspaceChange,
          },
          run: async (c, a, o) => {
        const { itemRemove } = await import('./commands/item.js');
        return itemRemove(c, a.section, a.item, o);
      },
        }),
      ],
    },
    command({
      name: 'completion',
      description: 'completion.description',
      args: { shell: { syntax: '<shell>', description: 'completion.arg.shell', choices: SHELLS } },
      options: {},
      run: async (context, args) => {
        const { completionCommand } = await import('./completion.js');
        return completionCommand(context, args, program());
      },
    }),
    // Called by the completion scripts: ids from the nearest guideline, one per line, silent on errors.
    command({
      name: '__complete',
      hidden: true,
      args: { what: { syntax: '<what>' }, section: { syntax: '[section]' } },
      options: { dir: { kind: 'value', flags: '-d, --dir <path>' } },
      run: async (c, a, o) => {
        const { completeIds } = await import('./commands/complete.js');
        return completeIds(c, a.what, a.section, o.dir);
      },
    }),
    command({
      name: 'status',
      description: 'status.description',
      helpAfter: 'status.help.after',
      args: {},
      options: {
        format: { kind: 'value', flags: '-f, --format <format>', description: 'status.opt.format', default: 'table' },
        ...FOLDER,
        ...output('status.opt.quiet', 'output.opt.jsonValidate'),
      },
      run: async (c, _a, o) => {
        const { statusCommand } = await import('./commands/status.js');
        return statusCommand(c, o);
      },
    }),
    command({
      name: 'review',
      description: 'review.description',
      helpAfter: 'review.help.after',
      args: { section: { syntax: '<section>', description: 'review.arg.section' } },
      options: {
        approve: { kind: 'flag', flags: '--approve', description: 'review.opt.approve' },
        note: { kind: 'value', flags: '--note <text>', description: 'review.opt.note' },
        ...person('review.opt.author', 'review.opt.email', 'review.opt.affiliation'),
        ...noCommit('review.opt.noCommit'),
        ...FOLDER,
      },
      run: async (c, a, o) => {
        const { reviewCommand } = await import('./commands/review.js');
        return reviewCommand(c, a.section, o);
      },
    }),
    command({
      name: 'diff',
      description: 'diff.description',
      helpAfter: 'diff.help.after',
      args: { from: { syntax: '[from]', description: 'diff.arg.from' }, to: { syntax: '[to]', description: 'diff.arg.to' } },
      options: {
        format: { kind: 'value', flags: '-f, --format <format>', description: 'diff.opt.format', default: 'text' },
        ...FOLDER,
        ...output('diff.opt.quiet', 'diff.opt.json'),
      },
      run: async (c, a, o) => {
        const { diffCommand } = await import('./commands/diff.js');
        return diffCommand(c, a.from, a.to, o);
      },
    }),
    command({
      name: 'log',
      description: 'log.description',
      args: { section: { syntax: '[section]', description: 'log.arg.section' } },
      options: {
        format: { kind: 'value', flags: '-f, --format <format>', description: 'log.opt.format', default: 'text' },
        ...FOLDER,
        ...output('log.opt.quiet', 'log.opt.json'),
      },
      run: async (c, a, o) => {
        const { logCommand } = await import('./commands/log.js');
        return logCommand(c, a.section, o);
      },
    }),
    command({
      name: 'finalize',
      aliases: ['finalise'],
      description: 'finalize.description',
      helpAfter: 'finalize.help.after',
      args: {},
      options: {
        version: { kind: 'value', flags: '--version <X.Y>', description: 'finalize.opt.version', required: true },
        allowOpenComments: { kind: 'flag', flags: '--allow-open-comments', description: 'finalize.opt.allowOpenComments' },
        date: { kind: 'value', flags: '--date <YYYY-MM-DD>', description: 'finalize.opt.date' },
        out: { kind: 'value', flags: '-o, --out <dir>', description: 'finalize.opt.out' },
        paper: { kind: 'value', flags: '--paper <size>', description: 'render.opt.paper', default: 'a4' },
        author: { kind: 'value', flags: '--author <name>', description: 'finalize.opt.author' },
        email: { kind: 'value', flags: '--email <email>', description: 'review.opt.email' },
        ...FOLDER,
      },
      run: async (c, _a, o) => {
        const { finalizeCommand } = await import('./commands/finalize.js');
        return finalizeCommand(c, o);
      },
    }),
    command({
      name: 'revise',
      description: 'revise.description',
      helpAfter: 'revise.help.after',
      args: {},
      options: {
        version: { kind: 'value', flags: '--version <X.Y>', description: 'revise.opt.version' },
        author: { kind: 'value', flags: '--author <name>', description: 'revise.opt.author' },
        email: { kind: 'value', flags: '--email <email>', description: 'review.opt.email' },
        ...FOLDER,
      },
      run: async (c, _a, o) => {
        const { reviseCommand } = await import('./commands/revise.js');
        return reviseCommand(c, o);
      },
    }),
  ];
}

/** The options of every comment subcommand that writes a file: the person, --no-commit, the folder. */
function commentWriting(who: 'author' | 'resolver' | 'actor') {
  return { ...person(`comment.opt.author.${who}`), ...noCommit('comment.opt.noCommit'), ...FOLDER } as const;
}

