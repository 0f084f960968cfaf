// Human output, grouped by file, as ESLint's "stylish": one line per finding with
// line:column, severity, message and rule id, then a summary line.
import { relPath } from '../core/paths.js';
import { Chalk } from 'chalk';
import { t } from '../i18n/index.js';
import type { Formatter } from './types.js';
import { type Finding, countBySeverity } from '../core/findings.js';

export const stylish: Formatter = (findings, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const counts = countBySeverity(findings);
  if (findings.length === 0) {
    const where = relPath(context.cwd, context.root) || '.';
    return `${chalk.green('✔')} ${t('validate.summary.clean', { path: where })}\n`;
  }
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(chalk.underline(relPath(context.cwd, file)));
    const positionWidth = Math.max(...list.map((f) => `${f.line}:${f.column}`.length));
    const severityWidth = Math.max(...list.map((f) => severityWord(f.severity).length));
    for (const f of list) {
      const position = `${f.line}:${f.column}`.padEnd(positionWidth);
      const word = severityWord(f.severity).padEnd(severityWidth);
      const painted = f.severity === 'error' ? chalk.red(word) : f.severity === 'warning' ? chalk.yellow(word) : chalk.blue(word);
      lines.push(`  ${chalk.dim(position)}  ${painted}  ${f.message}  ${chalk.dim(f.ruleId)}`);
    }
    lines.push('');
  }
  const summary = t('validate.summary', {
    total: findings.length,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
  });
  const mark = counts.error > 0 ? chalk.red.bold(`✖ ${summary}`) : counts.warning > 0 ? chalk.yellow.bold(`⚠ ${summary}`) : chalk.blue(`ℹ ${summary}`);
  lines.push(mark);
  return `${lines.join('\n')}\n`;
};

function severityWord(severity: Finding['severity']): string {
  return t(`severity.${severity}`);
}

