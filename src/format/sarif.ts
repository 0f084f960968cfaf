// SARIF 2.1.0 (OASIS), e.g. for GitHub code scanning: one run, pedoman as the tool,
// every known rule as a reportingDescriptor and one result per finding.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { relPath } from '../core/paths.js';
import type { FormatContext, Formatter } from './types.js';
import { type Severity } from '../core/findings.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

interface ReportingDescriptor {
  id: string;
  shortDescription?: { text: string };
  defaultConfiguration?: { level: Level };
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

export const sarif: Formatter = (findings, context) => {
  const rules: ReportingDescriptor[] = context.rules.map((r) => {
    const rule: ReportingDescriptor = { id: r.id };
    if (r.description) rule.shortDescription = { text: r.description };
    rule.defaultConfiguration = { level: LEVEL[r.defaultSeverity] };
    return rule;
  });
  // A finding whose rule is not in context.rules still gets a descriptor (id only),
  // so that every result's ruleIndex is valid.
  const unknown = [...new Set(findings.map((f) => f.ruleId))].filter((id) => !rules.some((r) => r.id === id)).sort();
  for (const id of unknown) rules.push({ id });
  const ruleIndex = new Map<string, number>();
  rules.forEach((r, i) => {
    if (!ruleIndex.has(r.id)) ruleIndex.set(r.id, i);
  });

  const results = findings.map((f) => {
    const region: Region = { startLine: f.line, startColumn: f.column };
    if (f.endLine !== undefined) region.endLine = f.endLine;
    if (f.endColumn !== undefined) region.endColumn = f.endColumn;
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(context, f.file), region } }],
    };
  });

  const run: Record<string, unknown> = {
    tool: { driver: { name: 'pedoman', version: context.toolVersion, rules } },
  };
  const base = srcRoot(context.repoRoot);
  if (base) run.originalUriBaseIds = { [SRCROOT]: { uri: base } };
  run.columnKind = 'utf16CodeUnits';
  run.results = results;

  const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** The file relative to %SRCROOT% (the repository root), or an absolute file URI when it lies outside it. */
function artifactLocation(context: FormatContext, file: string): ArtifactLocation {
  const relative = relPath(context.repoRoot, file);
  if (relative === '' || relative === '..' || relative.startsWith('../') || isAbsolute(relative) || /^[a-zA-Z]:/.test(relative)) {
    return { uri: pathToFileURL(file).href };
  }
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** The folder as an absolute file URI ending in '/', or undefined when it is not absolute. */
function srcRoot(cwd: string): string | undefined {
  if (!isAbsolute(cwd)) return undefined;
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}
