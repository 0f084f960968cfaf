// Commander's own words in the user's language: the help headings (Usage:, Options:, …), the
// "(default: …)" and "(choices: …)" notes, and its one-line parse errors. Commander builds
// these as English strings; the headings pass through styleTitle(), the notes through
// optionDescription()/argumentDescription(), and the errors through outputError().
import type { Argument, HelpConfiguration, Option } from 'commander';
import { t } from '../i18n/index.js';

const TITLES: Record<string, string> = {
  'Usage:': 'help.usage',
  'Options:': 'help.options',
  'Arguments:': 'help.arguments',
  'Commands:': 'help.commands',
  'Global Options:': 'help.globalOptions',
};

function notes(description: string, choices: readonly string[] | undefined, defaultValue: unknown, showDefault: boolean, defaultDescription?: string): string {
  const extra: string[] = [];
  if (choices) extra.push(t('help.choices', { values: choices.join(', ') }));
  // A description that states its default already does not need commander's note as well.
  const stated = /\((?:default|bawaan)\b/i.test(description);
  if (showDefault && !stated && defaultValue !== undefined) extra.push(t('help.default', { value: defaultDescription ?? JSON.stringify(defaultValue) }));
  if (extra.length === 0) return description;
  return description ? `${description} (${extra.join('; ')})` : `(${extra.join('; ')})`;
}

// The placeholders commander writes in a usage line and in a command's term
// (`pedoman [options] [command]`, `help [command]`); every other word is passed through.
const WORDS: Record<string, string> = {
  '[options]': 'help.word.options',
  '[command]': 'help.word.command',
};

function word(text: string): string {
  return WORDS[text] ? t(WORDS[text]!) : text;
}

export function localizedHelp(): HelpConfiguration {
  return {
    styleTitle: (title: string) => (TITLES[title] ? t(TITLES[title]!) : title),
    // styleUsage() and styleSubcommandTerm() hand each word of the usage to one of these.
    styleOptionText: word,
    styleSubcommandText: word,
    styleArgumentText: word,
    optionDescription: (option: Option) =>
      notes(
        option.description,
        option.argChoices,
        option.defaultValue,
        // Boolean and negated defaults are for programmers; values are for users.
        option.required || option.optional,
        option.defaultValueDescription,
      ),
    argumentDescription: (argument: Argument) =>
      notes(argument.description, argument.argChoices, argument.defaultValue, true, argument.defaultValueDescription),
  };
}

const ERRORS: [RegExp, string][] = [
  [/^error: unknown option '([^']*)'(?:\s*\(Did you mean (.*)\?\))?$/, 'help.error.unknownOption'],
  [/^error: unknown command '([^']*)'(?:\s*\(Did you mean (.*)\?\))?$/, 'help.error.unknownCommand'],
  [/^error: missing required argument '([^']*)'$/, 'help.error.missingArgument'],
  [/^error: option '([^']*)' argument missing$/, 'help.error.optionMissingArgument'],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/, 'help.error.optionChoice'],
  [/^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\. Allowed choices are (.*)\.$/, 'help.error.argumentChoice'],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, 'help.error.tooMany'],
  [/^error: required option '([^']*)' not specified$/, 'help.error.requiredOption'],
];

/** Commander's parse error in the user's language, as `pedoman: …` like every other error. */
export function localizeCommanderError(text: string): string {
  const line = text.trim();
  for (const [pattern, key] of ERRORS) {
    const m = pattern.exec(line);
    if (!m) continue;
    const [, a = '', b = '', c = ''] = m;
    const vars: Record<string, string> = key === 'help.error.tooMany'
      ? { command: a || 'pedoman', expected: b, got: c }
      : key === 'help.error.optionChoice' || key === 'help.error.argumentChoice'
        ? { name: key === 'help.error.optionChoice' ? a : b, value: key === 'help.error.optionChoice' ? b : a, choices: c }
        : { name: a, suggestion: b };
    const suffix = (key === 'help.error.unknownOption' || key === 'help.error.unknownCommand') && b ? ` ${t('help.error.didYouMean', { suggestion: b })}` : '';
    return `pedoman: ${t(key, vars)}${suffix}\n`;
  }
  // Unknown shapes stay as commander wrote them, in English.
  return `pedoman: ${line.replace(/^error: /, '')}\n`;
}
