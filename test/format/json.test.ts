import { beforeEach, describe, expect, it } from 'vitest';
import { JSON_REPORT_VERSION, json } from '../../src/format/json.js';
import type { FormatContext } from '../../src/format/types.js';
import { setLanguage } from '../../src/i18n/index.js';
import { type Finding } from '../../src/core/findings.js';

const context: FormatContext = {
  cwd: '/repo',
  repoRoot: '/repo',
  strict: false,
  root: '/repo/guideline',
  color: true,
  toolVersion: '0.1.0',
  rules: [],
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

describe('json formatter', () => {
  beforeEach(() => setLanguage('en'));

  it('reports an empty run', () => {
    const out = json([], context);
    expect(out.endsWith('}\n')).toBe(true);
    expect(JSON.parse(out)).toEqual({
      version: JSON_REPORT_VERSION,
      guideline: 'guideline',
      summary: { errors: 0, warnings: 0, infos: 0 },
      findings: [],
    });
  });

  it('lists findings from several files with relative paths, counts and nulls for unknown fields', () => {
    const report = JSON.parse(
      json(
        [
          finding({ endLine: 3, endColumn: 9, path: 'items[0].id' }),
          finding({ file: '/repo/guideline/sections/b.yaml', severity: 'warning', ruleId: 'reference-resolves' }),
          finding({ file: '/repo/guideline/sections/c.yaml', severity: 'info' }),
        ],
        context,
      ),
    );
    expect(report.summary).toEqual({ errors: 1, warnings: 1, infos: 1 });
    expect(report.findings).toEqual([
      { file: 'guideline/pedoman.yaml', line: 3, column: 5, endLine: 3, endColumn: 9, severity: 'error', ruleId: 'id-unique', message: 'duplicate id', path: 'items[0].id' },
      { file: 'guideline/sections/b.yaml', line: 3, column: 5, endLine: null, endColumn: null, severity: 'warning', ruleId: 'reference-resolves', message: 'duplicate id', path: null },
      { file: 'guideline/sections/c.yaml', line: 3, column: 5, endLine: null, endColumn: null, severity: 'info', ruleId: 'id-unique', message: 'duplicate id', path: null },
    ]);
  });

  it('keeps severities as stable English words whatever the language', () => {
    setLanguage('id');
    const report = JSON.parse(json([finding({ severity: 'warning' })], context));
    expect(report.findings[0].severity).toBe('warning');
  });

  it('round-trips awkward messages exactly', () => {
    const message = '100% a:b, c\r\nnext line\t<script>&"\'\u0000';
    const report = JSON.parse(json([finding({ message })], context));
    expect(report.findings[0].message).toBe(message);
  });

  it('is indented with two spaces and deterministic', () => {
    const findings = [finding(), finding({ severity: 'info' })];
    const out = json(findings, context);
    expect(out).toContain('\n  "version": 1,');
    expect(json(findings, context)).toBe(out);
  });
});
