// What every check reports and every formatter reads: a finding with its place in a file.
// Defined here, below everything else, so that the model, the checks and the formatters share
// one type without depending on each other.

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A place in a text file, 1-based. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** One step of a path into a YAML document: a mapping key or a sequence index. */
export type PathSegment = string | number;

/** One problem found in the guideline, with its place. Formatters only read these. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Absolute path of the file. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Dotted path inside the file, e.g. items[2].appointment.by, when known. */
  path?: string;
}

/** A check that can report, as `pedoman rules` and the SARIF format describe it. */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** JSON Schema of the options the rule takes in a ruleset, when it takes any. */
  options?: Record<string, unknown>;
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
