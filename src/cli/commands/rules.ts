// Lists every check with its default severity and, inside a guideline, the severity its
// ruleset sets; `--format md` prints the README's table.
import { ruleInfos } from '../../rules/check.js';
import { t } from '../../i18n/index.js';
import { openGuideline } from '../../model/guideline.js';
import { findGuidelineRoot } from '../../model/locate.js';
import type { RuleSetting } from '../../model/types.js';
import type { CliContext } from '../context.js';
import { checkOutputFlags } from '../output.js';
import { EXIT_OK, UserError } from '../../core/errors.js';

export interface RulesOptions {
  format: string;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export async function rulesCommand(context: CliContext, options: RulesOptions): Promise<number> {
  checkOutputFlags(options);
  if (options.json && options.format !== 'table' && options.format !== 'json') {
    throw new UserError(t('output.jsonAndFormat', { format: options.format }));
  }
  const format = options.json ? 'json' : options.format;
  let settings: Record<string, RuleSetting> = {};
  if (options.dir !== undefined) {
    const root = findGuidelineRoot({ explicit: options.dir, cwd: context.cwd });
    settings = (await openGuideline(root).typed()).guideline.manifest?.rules ?? {};
  }
  const rows = ruleInfos().map((rule) => {
    const setting = settings[rule.id];
    const configured = setting === undefined ? undefined : typeof setting === 'string' ? setting : setting.severity ?? rule.defaultSeverity;
    return { ...rule, severity: configured ?? rule.defaultSeverity };
  });
  if (options.quiet) {
    for (const r of rows) context.out(`${r.id}\n`);
  } else if (format === 'json') {
    context.out(`${JSON.stringify(rows.map((r) => ({ id: r.id, severity: r.severity, defaultSeverity: r.defaultSeverity, description: r.description, ...(r.options ? { options: r.options } : {}) })), null, 2)}\n`);
  } else if (format === 'md') {
    const lines = [`| ${t('rules.col.rule')} | ${t('rules.col.severity')} | ${t('rules.col.checks')} |`, '|---|---|---|'];
    for (const r of rows) lines.push(`| \`${r.id}\` | ${severityWord(r.severity)} | ${r.description.replace(/\|/g, '\\|')} |`);
    context.out(`${lines.join('\n')}\n`);
  } else {
    const width = Math.max(...rows.map((r) => r.id.length));
    const severityWidth = Math.max(7, ...rows.map((r) => severityWord(r.severity).length));
    for (const r of rows) context.out(`${r.id.padEnd(width)}  ${severityWord(r.severity).padEnd(severityWidth)}  ${r.description}\n`);
  }
  return EXIT_OK;
}

/** A severity in the user's language (English: as a ruleset spells it); JSON keeps the value itself. */
function severityWord(severity: string): string {
  return t(`rules.severity.${severity}`);
}
