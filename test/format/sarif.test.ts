import { beforeEach, describe, expect, it } from 'vitest';
import { SARIF_SCHEMA, sarif } from '../../src/format/sarif.js';
import type { FormatContext } from '../../src/format/types.js';
import { setLanguage } from '../../src/i18n/index.js';
import { type Finding } from '../../src/core/findings.js';

const context: FormatContext = {
  cwd: '/repo',
  repoRoot: '/repo',
  strict: false,
  root: '/repo/guideline',
  color: true,
  toolVersion: '1.2.3',
  rules: [
    { id: 'id-unique', description: 'Ids are unique across the whole guideline.', defaultSeverity: 'error' },
    { id: 'reference-resolves', description: 'Every reference by id points at something that exists.', defaultSeverity: 'warning' },
    { id: 'style', description: 'Style hints.', defaultSeverity: 'info' },
  ],
};

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'id-unique',
    severity: 'error',
    message: 'duplicate id',
    file: '/repo/guideline/pedoman.yaml',
    line: 3,
    column: 5,
    ...over,
  };
}

// Loosely typed view of the log for assertions.
interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: { id: string; shortDescription?: { text: string }; defaultConfiguration?: { level: string } }[] } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    columnKind?: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

function parse(out: string): Log {
  return JSON.parse(out) as Log;
}

/** The structure SARIF 2.1.0 requires (and GitHub code scanning reads). */
function assertValidSarif(log: Log): void {
  expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
  expect(log.version).toBe('2.1.0');
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0]!;
  expect(run.tool.driver.name).toBe('pedoman');
  expect(typeof run.tool.driver.version).toBe('string');
  expect(run.tool.driver.informationUri).toBeUndefined();
  expect(Array.isArray(run.results)).toBe(true);
  const ids = run.tool.driver.rules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of run.tool.driver.rules) {
    if (rule.defaultConfiguration) expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
  }
  for (const result of run.results) {
    expect(Number.isInteger(result.ruleIndex)).toBe(true);
    expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(['error', 'warning', 'note']).toContain(result.level);
    expect(typeof result.message.text).toBe('string');
    expect(result.locations).toHaveLength(1);
    const { artifactLocation, region } = result.locations[0]!.physicalLocation;
    expect(() => new URL(artifactLocation.uri, 'file:///base/')).not.toThrow();
    if (artifactLocation.uriBaseId !== undefined) {
      expect(artifactLocation.uri).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/|^\.\.\//i);
      if (run.originalUriBaseIds) expect(run.originalUriBaseIds[artifactLocation.uriBaseId]).toBeDefined();
    }
    expect(region.startLine).toBeGreaterThanOrEqual(1);
    expect(region.startColumn).toBeGreaterThanOrEqual(1);
  }
  for (const base of Object.values(run.originalUriBaseIds ?? {})) {
    expect(base.uri).toMatch(/^file:\/\/\/.*\/$/);
  }
}

describe('sarif formatter', () => {
  beforeEach(() => setLanguage('en'));

  it('emits a valid log with every rule and no results for no findings', () => {
    const out = sarif([], context);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe(`  "$schema": "${SARIF_SCHEMA}",`);
    const log = parse(out);
    assertValidSarif(log);
    const run = log.runs[0]!;
    expect(run.results).toEqual([]);
    expect(run.tool.driver).toEqual({
      name: 'pedoman',
      version: '1.2.3',
      rules: [
        { id: 'id-unique', shortDescription: { text: 'Ids are unique across the whole guideline.' }, defaultConfiguration: { level: 'error' } },
        { id: 'reference-resolves', shortDescription: { text: 'Every reference by id points at something that exists.' }, defaultConfiguration: { level: 'warning' } },
        { id: 'style', shortDescription: { text: 'Style hints.' }, defaultConfiguration: { level: 'note' } },
      ],
    });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('reports findings from several files with levels, rule indexes and regions', () => {
    const log = parse(
      sarif(
        [
          finding({ endLine: 4, endColumn: 2 }),
          finding({ file: '/repo/guideline/sections/b.yaml', severity: 'warning', ruleId: 'reference-resolves', message: 'unknown role', line: 7, column: 1 }),
          finding({ file: '/repo/guideline/sections/c.yaml', severity: 'info', ruleId: 'style', message: 'a note', line: 2, column: 3, endColumn: 8 }),
        ],
        context,
      ),
    );
    assertValidSarif(log);
    expect(log.runs[0]!.results).toEqual([
      {
        ruleId: 'id-unique',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'duplicate id' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'guideline/pedoman.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 3, startColumn: 5, endLine: 4, endColumn: 2 },
            },
          },
        ],
      },
      {
        ruleId: 'reference-resolves',
        ruleIndex: 1,
        level: 'warning',
        message: { text: 'unknown role' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'guideline/sections/b.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 7, startColumn: 1 },
            },
          },
        ],
      },
      {
        ruleId: 'style',
        ruleIndex: 2,
        level: 'note',
        message: { text: 'a note' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'guideline/sections/c.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 2, startColumn: 3, endColumn: 8 },
            },
          },
        ],
      },
    ]);
  });

  it('names files relative to the repository root (%SRCROOT%), wherever pedoman runs', () => {
    const log = parse(sarif([finding()], { ...context, cwd: '/repo/guideline' }));
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'guideline/pedoman.yaml', uriBaseId: '%SRCROOT%' });
  });

  it('uses the finding severity for level, not the rule default', () => {
    const log = parse(sarif([finding({ severity: 'info' }), finding({ ruleId: 'style', severity: 'error' })], context));
    assertValidSarif(log);
    expect(log.runs[0]!.results.map((r) => r.level)).toEqual(['note', 'error']);
  });

  it('adds a descriptor for a rule id that is not in context.rules so ruleIndex stays valid', () => {
    const log = parse(sarif([finding({ ruleId: 'zz-load' }), finding({ ruleId: 'aa-yaml' }), finding({ ruleId: 'zz-load' })], context));
    assertValidSarif(log);
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(['id-unique', 'reference-resolves', 'style', 'aa-yaml', 'zz-load']);
    expect(rules[3]).toEqual({ id: 'aa-yaml' });
    expect(log.runs[0]!.results.map((r) => r.ruleIndex)).toEqual([4, 3, 4]);
  });

  it('keeps awkward message text exactly and encodes awkward file names as URI references', () => {
    const message = '100% sure: a, b\r\nline two <script>&"\'';
    const out = sarif([finding({ message, file: '/repo/my dir/a#b%c?:d.yaml' })], context);
    const log = parse(out);
    assertValidSarif(log);
    const result = log.runs[0]!.results[0]!;
    expect(result.message.text).toBe(message);
    const { uri } = result.locations[0]!.physicalLocation.artifactLocation;
    expect(uri).toBe('my%20dir/a%23b%25c%3F%3Ad.yaml');
    expect(decodeURIComponent(new URL(uri, 'file:///repo/').pathname)).toBe('/repo/my dir/a#b%c?:d.yaml');
  });

  it('uses an absolute file URI, without %SRCROOT%, for a file outside the cwd', () => {
    const log = parse(sarif([finding({ file: '/elsewhere/x y.yaml' })], context));
    assertValidSarif(log);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/x%20y.yaml' });
  });

  it('omits originalUriBaseIds when the repository root is not an absolute path', () => {
    const log = parse(sarif([], { ...context, repoRoot: 'relative/dir' }));
    expect(log.runs[0]!.originalUriBaseIds).toBeUndefined();
  });

  it('ends %SRCROOT% with a slash, also for a folder given with one', () => {
    const log = parse(sarif([], { ...context, repoRoot: '/work/my repo/' }));
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/my%20repo/' } });
  });

  it('is two-space indented and deterministic', () => {
    const findings = [finding(), finding({ severity: 'warning', file: '/repo/z.yaml', ruleId: 'unknown' })];
    const out = sarif(findings, context);
    expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    expect(sarif(findings, context)).toBe(out);
  });
});
