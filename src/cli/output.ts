// The shared --quiet / --json contract of commands that print data or report a change:
// --json prints one JSON document on stdout and nothing else; --quiet prints only what a
// script needs (ids for lists, nothing for a change that succeeded); errors go to stderr.
import { Chalk, type ChalkInstance } from 'chalk';
import type { CliContext } from './context.js';
import { t } from '../i18n/index.js';
import { UserError } from '../core/errors.js';
import { oneOf } from '../core/guards.js';

export interface OutputFlags {
  quiet?: boolean;
  json?: boolean;
}

export function checkOutputFlags(flags: OutputFlags): void {
  if (flags.quiet && flags.json) throw new UserError(t('output.quietAndJson'));
}

/**
 * The output a command with `--format` prints: 'json' with --json, 'quiet' with --quiet, else the
 * format asked for. --json and --quiet are usage errors with a --format other than `human` (the
 * default), and --quiet with --format json is the same mistake as --quiet --json.
 */
export function outputMode<F extends string>(flags: OutputFlags & { format: string }, formats: readonly F[], human: F): F | 'json' | 'quiet' {
  checkOutputFlags(flags);
  if (flags.json) {
    if (flags.format !== human && flags.format !== 'json') throw new UserError(t('output.jsonAndFormat', { format: flags.format }));
    return 'json';
  }
  if (flags.quiet) {
    if (flags.format === 'json') throw new UserError(t('output.quietAndJson'));
    if (flags.format !== human) throw new UserError(t('output.quietAndFormat', { format: flags.format }));
    return 'quiet';
  }
  const format = oneOf(formats, flags.format);
  if (format === undefined) throw new Error(`internal error: format ${flags.format} was not checked`);
  return format;
}

export function printJson(context: CliContext, value: unknown): void {
  context.out(`${JSON.stringify(value, null, 2)}\n`);
}

export function paint(context: CliContext): ChalkInstance {
  return new Chalk({ level: context.color ? 1 : 0 });
}
