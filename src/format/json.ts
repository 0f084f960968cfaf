// Stable, documented JSON for scripts (see README, "validate --format json").
import { relPath } from '../core/paths.js';
import type { Formatter } from './types.js';
import { countBySeverity } from '../core/findings.js';

export const JSON_REPORT_VERSION = 1;

export const json: Formatter = (findings, context) => {
  const counts = countBySeverity(findings);
  const report = {
    version: JSON_REPORT_VERSION,
    guideline: relPath(context.cwd, context.root) || '.',
    summary: { errors: counts.error, warnings: counts.warning, infos: counts.info },
    findings: findings.map((f) => ({
      file: relPath(context.cwd, f.file),
      line: f.line,
      column: f.column,
      endLine: f.endLine ?? null,
      endColumn: f.endColumn ?? null,
      severity: f.severity,
      ruleId: f.ruleId,
      message: f.message,
      path: f.path ?? null,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
