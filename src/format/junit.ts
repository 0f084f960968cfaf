// JUnit XML for CI test reports (Jenkins, GitLab, Azure, test-reporter actions):
// one <testsuite> per file, one <testcase> per finding.
//
// Errors are <failure>s, and so are warnings with --strict (the findings that fail the run:
// the report and the exit code agree). Other findings (warnings without --strict, notes) are
// passing testcases that carry their message in <system-out>: they must not turn the run red,
// and <skipped/> would misreport them as tests that did not run. File names are relative to
// the repository root, as CI systems expect. With no findings at all there is one
// passing testcase, so CI tools show a green run instead of "no tests".
import { t } from '../i18n/index.js';
import { relPath } from '../core/paths.js';
import type { Formatter } from './types.js';
import { type Finding } from '../core/findings.js';

export const junit: Formatter = (findings, context) => {
  const suites: string[] = [];
  let failures = 0;
  if (findings.length === 0) {
    const where = relPath(context.repoRoot, context.root) || '.';
    suites.push(
      `  <testsuite name="${attr(where)}" tests="1" failures="0" errors="0">`,
      `    <testcase classname="${attr(where)}" name="${attr(t('format.junit.clean'))}"/>`,
      '  </testsuite>',
    );
  } else {
    const byFile = new Map<string, Finding[]>();
    for (const f of findings) {
      const list = byFile.get(f.file);
      if (list) list.push(f);
      else byFile.set(f.file, [f]);
    }
    for (const [file, list] of byFile) {
      const name = relPath(context.repoRoot, file);
      const failing = list.filter((f) => fails(f, context.strict)).length;
      failures += failing;
      suites.push(`  <testsuite name="${attr(name)}" tests="${list.length}" failures="${failing}" errors="0">`);
      for (const f of list) suites.push(...testcase(f, name, context.strict));
      suites.push('  </testsuite>');
    }
  }
  const tests = Math.max(findings.length, 1);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pedoman" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function fails(f: Finding, strict: boolean): boolean {
  return f.severity === 'error' || (strict && f.severity === 'warning');
}

function testcase(f: Finding, file: string, strict: boolean): string[] {
  const open = `    <testcase classname="${attr(file)}" name="${attr(`${f.ruleId} ${f.line}:${f.column}`)}">`;
  const where = `${file}:${f.line}:${f.column}${f.path ? ` (${f.path})` : ''}`;
  const body = `${t(`severity.${f.severity}`)}: ${f.message}\n${where}`;
  if (!fails(f, strict)) {
    return [open, `      <system-out>${text(body)}</system-out>`, '    </testcase>'];
  }
  return [
    open,
    `      <failure type="${attr(f.ruleId)}" message="${attr(f.message)}">${text(body)}</failure>`,
    '    </testcase>',
  ];
}

// Characters XML 1.0 does not allow at all (C0 controls except TAB, LF, CR; lone
// surrogates; U+FFFE and U+FFFF). They are dropped, as they cannot even be escaped.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** Escapes character data (element text). */
export function text(value: string): string {
  return value
    .replace(ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Escapes an attribute value; TAB, LF and CR become references so parsers keep them. */
export function attr(value: string): string {
  return text(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
