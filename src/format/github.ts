// GitHub Actions output: one workflow command per finding, which GitHub shows as an
// annotation on the file, plus githubSummary() for the job summary ($GITHUB_STEP_SUMMARY).
// Escaping follows @actions/core (packages/core/src/command.ts): the message escapes
// % CR LF; property values escape those and also ':' and ','.
import { t } from '../i18n/index.js';
import { relPath } from '../core/paths.js';
import type { FormatContext, Formatter } from './types.js';
import { SEVERITIES, type Finding, type Severity, countBySeverity } from '../core/findings.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Most rows the job summary table shows; the rest are counted, not listed. */
export const SUMMARY_MAX_ROWS = 500;

export const github: Formatter = (findings, context) =>
  findings.map((f) => `${annotation(f, context)}\n`).join('');

function annotation(f: Finding, context: FormatContext): string {
  const props: [string, string | number][] = [
    ['file', relPath(context.repoRoot, f.file)],
    ['line', f.line],
  ];
  // GitHub accepts columns only when the annotation starts and ends on the same line;
  // for a range over several lines it keeps line and endLine and we drop the columns.
  const multiLine = f.endLine !== undefined && f.endLine !== f.line;
  if (!multiLine) props.push(['col', f.column]);
  if (f.endLine !== undefined) props.push(['endLine', f.endLine]);
  if (!multiLine && f.endColumn !== undefined) props.push(['endColumn', f.endColumn]);
  props.push(['title', f.ruleId]);
  const list = props.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMAND[f.severity]} ${list}::${escapeData(f.message)}`;
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Markdown for the job summary: a heading, counts per severity and a table of findings. */
export function githubSummary(findings: readonly Finding[], context: FormatContext): string {
  const lines: string[] = [`## ${t('format.summary.title')}`, ''];
  if (findings.length === 0) {
    const where = relPath(context.repoRoot, context.root) || '.';
    lines.push(`✅ ${markdownCell(t('format.summary.clean', { path: where }))}`, '');
    return `${lines.join('\n')}\n`;
  }
  const counts = countBySeverity(findings);
  lines.push(
    markdownCell(
      t('validate.summary', { total: findings.length, errors: counts.error, warnings: counts.warning, infos: counts.info }),
    ),
    '',
    `| ${t('format.summary.severity')} | ${t('format.summary.count')} |`,
    '| --- | ---: |',
    ...SEVERITIES.map((s) => `| ${markdownCell(t(`severity.${s}`))} | ${counts[s]} |`),
    '',
    `| ${t('format.summary.location')} | ${t('format.summary.severity')} | ${t('format.summary.rule')} | ${t('format.summary.message')} |`,
    '| --- | --- | --- | --- |',
  );
  for (const f of findings.slice(0, SUMMARY_MAX_ROWS)) {
    const location = `${relPath(context.repoRoot, f.file)}:${f.line}:${f.column}`;
    const cells = [location, t(`severity.${f.severity}`), f.ruleId, f.message].map(markdownCell);
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('');
  const hidden = findings.length - SUMMARY_MAX_ROWS;
  if (hidden > 0) lines.push(markdownCell(t('format.summary.truncated', { count: hidden })), '');
  return `${lines.join('\n')}\n`;
}

/**
 * Makes text safe inside a GitHub Markdown table cell: HTML is shown as text, '|' does
 * not end the cell, Markdown punctuation is shown as typed, and line breaks become <br>.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '<br>');
}
