// Shell completion scripts, generated from the commander program itself so that they list
// exactly the commands and options that exist. Ids (sections, items, comments) are asked of
// `pedoman __complete KIND` at completion time, from the guideline around the user.
import type { Argument, Command, Option } from 'commander';
import type { CliContext } from './context.js';
import { SHELLS, type Shell } from './shells.js';

/** What a value is completed from. */
export type ValueSource =
  | { kind: 'ids'; what: 'sections' | 'items' | 'comments'; sectionArg?: number }
  | { kind: 'dirs' }
  | { kind: 'files' }
  | { kind: 'list'; values: string[] }
  | { kind: 'none' };

export interface OptionSpec {
  names: string[];
  description: string;
  /** Undefined for a flag without a value. */
  value?: ValueSource;
}

export interface CommandSpec {
  /** Words after `pedoman`, e.g. ['section', 'add']. */
  path: string[];
  description: string;
  options: OptionSpec[];
  args: ValueSource[];
  subcommands: CommandSpec[];
}

/** The program as a tree of commands, without hidden commands and options. */
export function describeProgram(program: Command): CommandSpec {
  const globals = optionsOf(program, [], program);
  // --version only works on its own, right after the program name.
  const inherited = globals.filter((o) => !o.names.includes('--version'));
  const walk = (command: Command, path: string[]): CommandSpec => {
    const help = command.createHelp();
    const subcommands = help
      .visibleCommands(command)
      .filter((sub) => sub.name() !== 'help')
      .map((sub) => walk(sub, [...path, sub.name()]));
    const own = path.length === 0 ? globals : [...optionsOf(command, path, program), ...inherited];
    const args = command.registeredArguments.map((arg, i) => argumentSource(arg, path, i));
    if (path.length === 0) args.push({ kind: 'none' });
    return { path, description: command.description(), options: dedupe(own), args, subcommands };
  };
  return walk(program, []);
}

function dedupe(options: OptionSpec[]): OptionSpec[] {
  const seen = new Set<string>();
  return options.filter((o) => {
    const key = o.names.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function optionsOf(command: Command, path: string[], _program: Command): OptionSpec[] {
  const sectionFirst = command.registeredArguments[0]?.name() === 'section';
  return command
    .createHelp()
    .visibleOptions(command)
    .map((option: Option) => {
      const names = [option.short, option.long].filter((n): n is string => typeof n === 'string');
      const spec: OptionSpec = { names, description: option.description };
      if (option.required || option.optional) {
        const source = optionSource(option, path);
        // `--item` after a section argument: the items of that section.
        spec.value = source.kind === 'ids' && source.what === 'items' && sectionFirst && option.long === '--item' ? { ...source, sectionArg: 0 } : source;
      }
      return spec;
    });
}

function optionSource(option: Option, path: string[]): ValueSource {
  if (option.argChoices) return { kind: 'list', values: [...option.argChoices] };
  const placeholder = /<([^>]+)>|\[([^\]]+)\]/.exec(option.flags);
  const name = (placeholder?.[1] ?? placeholder?.[2] ?? '').replace(/\.\.\.$/, '');
  if (option.long === '--lang') return { kind: 'list', values: ['id', 'en'] };
  if (option.long === '--item') return { kind: 'ids', what: 'items' };
  if (option.long === '--section') return { kind: 'ids', what: 'sections' };
  return byName(name, path);
}

function argumentSource(argument: Argument, path: string[], index: number): ValueSource {
  if (argument.argChoices) return { kind: 'list', values: [...argument.argChoices] };
  const source = byName(argument.name(), path);
  // An item argument after a section argument: the items of that section.
  if (source.kind === 'ids' && source.what === 'items' && index > 0) return { ...source, sectionArg: 0 };
  return source;
}

/** Value names decide the source: <section>, <item>, <role>, <mechanism>, <comment>, <path>, <file>… */
function byName(name: string, path: string[]): ValueSource {
  switch (name) {
    case 'section':
      return { kind: 'ids', what: 'sections' };
    case 'item':
    case 'role':
    case 'mechanism':
      return { kind: 'ids', what: 'items' };
    case 'comment':
    case 'comment-id':
    case 'comments':
      return { kind: 'ids', what: 'comments' };
    case 'id':
      // The id argument of a comment subcommand is a comment id.
      return path[0] === 'comment' ? { kind: 'ids', what: 'comments' } : { kind: 'none' };
    case 'path':
    case 'dir':
    case 'folder':
      return { kind: 'dirs' };
    case 'file':
    case 'output':
      return { kind: 'files' };
    case 'shell':
      return { kind: 'list', values: [...SHELLS] };
    default:
      return { kind: 'none' };
  }
}

/** `pedoman completion SHELL`: the script, on stdout. */
export async function completionCommand(context: CliContext, args: { shell: string }, program: Command): Promise<number> {
  const shell = SHELLS.find((s) => s === args.shell);
  if (!shell) throw new Error(`internal error: no completion for ${args.shell}`); // commander checked the choice
  context.out(completionScript(shell, program));
  return 0;
}

export function completionScript(shell: Shell, program: Command): string {
  const tree = describeProgram(program);
  const name = program.name();
  switch (shell) {
    case 'bash':
      return bashScript(name, tree);
    case 'zsh':
      return zshScript(name, tree);
    case 'fish':
      return fishScript(name, tree);
  }
}

// ---------------------------------------------------------------------------------------------
// bash and zsh share the lookup functions (plain POSIX `case`), and differ in how they answer.

function all(tree: CommandSpec): CommandSpec[] {
  return [tree, ...tree.subcommands.flatMap(all)];
}

function sh(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function encode(source: ValueSource): string {
  switch (source.kind) {
    case 'ids':
      return source.sectionArg !== undefined ? `${source.what}@${source.sectionArg}` : source.what;
    case 'list':
      return `list:${source.values.join(' ')}`;
    default:
      return source.kind;
  }
}

function lookupFunctions(prefix: string, tree: CommandSpec): string {
  const commands = all(tree);
  const subs = commands
    .filter((c) => c.subcommands.length > 0)
    .map((c) => `    ${sh(c.path.join(' '))}) echo ${sh(c.subcommands.map((s) => s.path[s.path.length - 1]).join(' '))} ;;`);
  const opts = commands.map((c) => `    ${sh(c.path.join(' '))}) echo ${sh(c.options.flatMap((o) => o.names).join(' '))} ;;`);
  const values = commands.flatMap((c) =>
    c.options.filter((o) => o.value).flatMap((o) => o.names.map((n) => `    ${sh(`${c.path.join(' ')}|${n}`)}) echo ${sh(encode(o.value!))} ;;`)),
  );
  const args = commands.flatMap((c) => c.args.map((a, i) => `    ${sh(`${c.path.join(' ')}|${i}`)}) echo ${sh(encode(a))} ;;`));
  return `${prefix}_subs() {
  case "$1" in
${subs.join('\n')}
  esac
}
${prefix}_opts() {
  case "$1" in
${opts.join('\n')}
  esac
}
# How an option's value is completed; nothing for an option without a value.
${prefix}_value() {
  case "$1|$2" in
${values.join('\n')}
  esac
}
${prefix}_arg() {
  case "$1|$2" in
${args.join('\n')}
  esac
}
# Reads the words before the cursor: the command path, the positional arguments, --dir.
${prefix}_scan() {
  ${prefix}_path=""; ${prefix}_pos=(); ${prefix}_dir=""; ${prefix}_pending=""
  local w kind
  for w in "$@"; do
    if [ -n "\$${prefix}_pending" ]; then
      [ "\$${prefix}_pending" = dir ] && ${prefix}_dir="$w"
      ${prefix}_pending=""
      continue
    fi
    case "$w" in
      --dir=*) ${prefix}_dir="\${w#--dir=}" ;;
      --*=*) ;;
      -*)
        kind="$(${prefix}_value "\$${prefix}_path" "$w")"
        if [ -n "$kind" ]; then
          if [ "$w" = --dir ] || [ "$w" = -d ]; then ${prefix}_pending=dir; else ${prefix}_pending=value; fi
        fi ;;
      *)
        case " $(${prefix}_subs "\$${prefix}_path") " in
          *" $w "*) ${prefix}_path="\${${prefix}_path:+\$${prefix}_path }$w" ;;
          *) ${prefix}_pos+=("$w") ;;
        esac ;;
    esac
  done
}
${prefix}_ids() {
  local what="\${1%@*}" section=""
  case "$1" in *@*) section="\${${prefix}_pos[\${1#*@}]}" ;; esac
  "\${${prefix}_cmd:-pedoman}" __complete "$what" \${section:+"$section"} \${${prefix}_dir:+--dir "\$${prefix}_dir"} 2>/dev/null
}`;
}

function bashScript(name: string, tree: CommandSpec): string {
  const p = `__${name.replace(/[^a-zA-Z0-9]/g, '_')}`;
  return `# bash completion for ${name}. Generated by \`${name} completion bash\`; load it with
#   source <(${name} completion bash)
# or save it as ~/.local/share/bash-completion/completions/${name}.
${lookupFunctions(p, tree)}
${p}_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" kind
  ${p}_cmd="\${COMP_WORDS[0]}"
  ${p}_scan "\${COMP_WORDS[@]:1:COMP_CWORD-1}"
  if [ -n "\$${p}_pending" ]; then
    prev="\${COMP_WORDS[COMP_CWORD-1]}"
    kind="$(${p}_value "\$${p}_path" "$prev")"
  elif [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$(${p}_opts "\$${p}_path")" -- "$cur"))
    return
  else
    local subs
    subs="$(${p}_subs "\$${p}_path")"
    if [ -n "$subs" ] && [ \${#${p}_pos[@]} -eq 0 ]; then
      COMPREPLY=($(compgen -W "$subs" -- "$cur"))
      return
    fi
    kind="$(${p}_arg "\$${p}_path" "\${#${p}_pos[@]}")"
  fi
  case "$kind" in
    sections*|items*|comments*) COMPREPLY=($(compgen -W "$(${p}_ids "$kind")" -- "$cur")) ;;
    dirs) COMPREPLY=($(compgen -d -- "$cur")) ;;
    files) COMPREPLY=($(compgen -f -- "$cur")) ;;
    list:*) COMPREPLY=($(compgen -W "\${kind#list:}" -- "$cur")) ;;
    *) COMPREPLY=() ;;
  esac
}
complete -o default -F ${p}_complete ${name}
`;
}

function zshScript(name: string, tree: CommandSpec): string {
  const p = `__${name.replace(/[^a-zA-Z0-9]/g, '_')}`;
  return `#compdef ${name}
# zsh completion for ${name}. Generated by \`${name} completion zsh\`; load it with
#   source <(${name} completion zsh)
# or save it as _${name} in a folder of your $fpath.
${lookupFunctions(p, tree)}
${p}_complete() {
  setopt localoptions ksharrays
  local cur="\${words[CURRENT-1]}" prev="" kind
  ${p}_cmd="\${words[0]}"
  ${p}_scan "\${(@)words[1,CURRENT-2]}"
  if [ -n "\$${p}_pending" ]; then
    prev="\${words[CURRENT-2]}"
    kind="$(${p}_value "\$${p}_path" "$prev")"
  elif [[ "$cur" == -* ]]; then
    compadd -- \${=$(${p}_opts "\$${p}_path")}
    return
  else
    local subs
    subs="$(${p}_subs "\$${p}_path")"
    if [ -n "$subs" ] && [ \${#${p}_pos[@]} -eq 0 ]; then
      compadd -- \${=subs}
      return
    fi
    kind="$(${p}_arg "\$${p}_path" "\${#${p}_pos[@]}")"
  fi
  case "$kind" in
    sections*|items*|comments*) compadd -- \${(f)"$(${p}_ids "$kind")"} ;;
    dirs) _directories ;;
    files) _files ;;
    list:*) compadd -- \${=kind#list:} ;;
    *) _default ;;
  esac
}
compdef ${p}_complete ${name}
`;
}

// ---------------------------------------------------------------------------------------------

function fishQuote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function fishScript(name: string, tree: CommandSpec): string {
  const p = `__${name.replace(/[^a-zA-Z0-9]/g, '_')}`;
  const commands = all(tree);
  const subsCases = commands
    .filter((c) => c.subcommands.length > 0)
    .map((c) => `        case ${fishQuote(c.path.join(' '))}\n            echo ${c.subcommands.map((s) => s.path[s.path.length - 1]).join(' ')}`);
  const valueOptions = commands.flatMap((c) =>
    c.options.filter((o) => o.value).flatMap((o) => o.names.map((n) => fishQuote(`${c.path.join(' ')}|${n}`))),
  );
  const lines: string[] = [];
  const at = (c: CommandSpec) => `${p}_at ${fishQuote(c.path.join(' '))}`;
  const values = (source: ValueSource): string => {
    switch (source.kind) {
      case 'ids':
        return `-f -a ${fishQuote(`(${p}_ids ${source.what}${source.sectionArg !== undefined ? ` ${source.sectionArg}` : ''})`)}`;
      case 'list':
        return `-f -a ${fishQuote(source.values.join(' '))}`;
      case 'dirs':
        return `-f -a ${fishQuote('(__fish_complete_directories)')}`;
      case 'files':
        return '-F';
      default:
        return '-f';
    }
  };
  for (const c of commands) {
    for (const sub of c.subcommands) {
      lines.push(`complete -c ${name} -n ${fishQuote(at(c))} -f -a ${fishQuote(sub.path[sub.path.length - 1]!)} -d ${fishQuote(sub.description)}`);
    }
    for (const o of c.options) {
      const names = o.names.map((n) => (n.startsWith('--') ? `-l ${n.slice(2)}` : `-s ${n.slice(1)}`)).join(' ');
      const value = o.value ? ` -r ${values(o.value)}` : '';
      lines.push(`complete -c ${name} -n ${fishQuote(at(c))} ${names}${value} -d ${fishQuote(o.description)}`);
    }
    c.args.forEach((a, i) => {
      if (a.kind === 'none') return;
      lines.push(`complete -c ${name} -n ${fishQuote(`${at(c)}; and ${p}_argc ${i}`)} ${values(a)}`);
    });
  }
  return `# fish completion for ${name}. Generated by \`${name} completion fish\`; load it with
#   ${name} completion fish | source
# or save it as ~/.config/fish/completions/${name}.fish.
function ${p}_subs
    switch "$argv[1]"
${subsCases.join('\n')}
    end
end
function ${p}_takes_value
    contains -- "$argv[1]|$argv[2]" ${valueOptions.join(' ')}
end
# Sets ${p}_path, ${p}_pos and ${p}_dir from the words before the cursor.
function ${p}_scan
    set -g ${p}_path
    set -g ${p}_pos
    set -g ${p}_dir
    set -l pending
    set -l tokens (commandline -opc)
    for w in $tokens[2..-1]
        if test -n "$pending"
            test "$pending" = dir; and set -g ${p}_dir $w
            set pending
            continue
        end
        switch $w
            case '--dir=*'
                set -g ${p}_dir (string replace -- '--dir=' '' $w)
            case '--*=*'
            case '-*'
                if ${p}_takes_value (string join ' ' $${p}_path) $w
                    if contains -- $w --dir -d; set pending dir; else; set pending value; end
                end
            case '*'
                if contains -- $w (string split ' ' (${p}_subs (string join ' ' $${p}_path)))
                    set -g -a ${p}_path $w
                else
                    set -g -a ${p}_pos $w
                end
        end
    end
end
function ${p}_at
    ${p}_scan
    test (string join ' ' $${p}_path) = "$argv[1]"
end
function ${p}_argc
    test (count $${p}_pos) -eq $argv[1]
end
function ${p}_ids
    set -l section
    if test (count $argv) -gt 1
        set section $${p}_pos[(math $argv[2] + 1)]
    end
    set -l dir
    test -n "$${p}_dir"; and set dir --dir $${p}_dir
    ${name} __complete $argv[1] $section $dir 2>/dev/null
end
${lines.join('\n')}
`;
}
