import type { Finding, Severity } from '../rules/types.js';
import { formatPath, locate, type PathSegment } from './positions.js';
import type { SourceFile } from './types.js';

/** Builds a finding at a path inside a file, resolving its line and column. */
export function findingAt(
  file: SourceFile,
  path: readonly PathSegment[],
  ruleId: string,
  severity: Severity,
  message: string,
  options: { key?: boolean } = {},
): Finding {
  const at = locate(file, path, options);
  const finding: Finding = { ruleId, severity, message, file: file.path, line: at.line, column: at.column };
  if (at.endLine !== undefined) finding.endLine = at.endLine;
  if (at.endColumn !== undefined) finding.endColumn = at.endColumn;
  if (path.length > 0) finding.path = formatPath(path);
  return finding;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts by file, line, column, severity and rule, and drops exact duplicates, so output is stable. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.file}\0${f.line}\0${f.column}\0${f.ruleId}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
