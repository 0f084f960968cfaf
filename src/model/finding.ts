import { formatPath, locate } from './positions.js';
import type { SourceFile } from './types.js';
import { type Finding, type Severity, type PathSegment } from '../core/findings.js';

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
