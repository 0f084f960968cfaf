import { beforeEach, describe, expect, it } from 'vitest';
import { relPath } from '../../src/core/paths.js';
import { stylish } from '../../src/format/stylish.js';
import type { FormatContext } from '../../src/format/types.js';
import { setLanguage } from '../../src/i18n/index.js';
import { type Finding } from '../../src/core/findings.js';

const context: FormatContext = {
  cwd: '/repo',
  repoRoot: '/repo',
  strict: false,
  root: '/repo/guideline',
  color: false,
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

const ANSI = /\u001b\[/;

describe('stylish formatter', () => {
  beforeEach(() => setLanguage('en'));

  it('reports a clean run with the guideline path relative to cwd', () => {
    expect(stylish([], context)).toBe('✔ guideline: no problems found\n');
  });

  it('says "." when the guideline is the cwd itself', () => {
    expect(stylish([], { ...context, root: '/repo' })).toBe('✔ .: no problems found\n');
  });

  it('groups findings by file, in input order, with relative paths', () => {
    const out = stylish(
      [
        finding({ file: '/repo/guideline/sections/a.yaml', line: 10, column: 2 }),
        finding({ file: '/repo/guideline/sections/b.yaml', severity: 'warning', ruleId: 'reference-resolves', message: 'unknown role' }),
        finding({ file: '/repo/guideline/sections/a.yaml', line: 12, column: 14, severity: 'info', message: 'consider' }),
      ],
      context,
    );
    const lines = out.split('\n');
    expect(lines[0]).toBe('guideline/sections/a.yaml');
    expect(lines[1]).toBe('  10:2   error  duplicate id  id-unique');
    expect(lines[2]).toBe('  12:14  note   consider  id-unique');
    expect(lines[3]).toBe('');
    expect(lines[4]).toBe('guideline/sections/b.yaml');
    expect(lines[5]).toBe('  3:5  warning  unknown role  reference-resolves');
    expect(lines.at(-2)).toBe('✖ 3 finding(s): 1 error(s), 1 warning(s), 1 note(s)');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('marks the summary by the worst severity', () => {
    expect(stylish([finding({ severity: 'warning' })], context)).toContain('⚠ 1 finding(s): 0 error(s), 1 warning(s), 0 note(s)');
    expect(stylish([finding({ severity: 'info' })], context)).toContain('ℹ 1 finding(s): 0 error(s), 0 warning(s), 1 note(s)');
  });

  it('uses colour only when allowed', () => {
    const findings = [finding()];
    expect(stylish(findings, context)).not.toMatch(ANSI);
    expect(stylish(findings, { ...context, color: true })).toMatch(ANSI);
  });

  it('prints messages as written (no escaping for a terminal)', () => {
    const message = '100% sure: a, b <script>&"\'';
    expect(stylish([finding({ message })], context)).toContain(message);
  });

  it('speaks Indonesian when asked', () => {
    setLanguage('id');
    const out = stylish([finding()], context);
    expect(out).toContain('galat');
    expect(out).toContain('1 temuan: 1 galat, 0 peringatan, 0 catatan');
  });

  it('is deterministic', () => {
    const findings = [finding(), finding({ file: '/repo/x.yaml', severity: 'warning' })];
    expect(stylish(findings, context)).toBe(stylish(findings, context));
  });

  it('relPath uses forward slashes relative to cwd', () => {
    expect(relPath('/repo', '/repo/guideline/sections/a.yaml')).toBe('guideline/sections/a.yaml');
    expect(relPath('/repo', '/repo')).toBe('');
  });
});
