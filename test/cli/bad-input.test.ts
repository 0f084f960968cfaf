// The bad-input list of the Foundation issue (test/helpers/bad-input-cases.ts): each case gives a
// clear finding or usage error with the file (and line), the right exit code, and never a stack
// trace. Every case runs in-process and through the spawned binary.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cases, type Case } from '../helpers/bad-input-cases.js';
import { cleanupGuidelines, toYaml, variant, writeGuideline } from '../helpers/fixture.js';
import { runCli, spawnCli, type CliResult } from '../helpers/cli.js';

afterAll(cleanupGuidelines);

async function prepared(c: Case): Promise<string[]> {
  if (!c.files) return c.args ?? [];
  const root = await writeGuideline(c.files);
  await c.prepare?.(root);
  return (c.args ?? ['ROOT']).map((a) => (a === 'ROOT' ? root : a));
}

function assertCase(c: Case, result: CliResult): void {
  const all = result.stdout + result.stderr;
  expect(result.code, all).toBe(c.code);
  for (const e of c.expect) {
    if (typeof e === 'string') expect(all).toContain(e);
    else expect(all).toMatch(e);
  }
  expect(all).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
}

describe('bad input, in-process', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const args = await prepared(c);
      assertCase(c, await runCli(['validate', ...args]));
    });
  }
});

describe('bad input, spawned binary', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const args = await prepared(c);
      assertCase(c, spawnCli(['validate', ...args]));
    });
  }
});

describe('one mistake, one finding', () => {
  it('a tab reports its line once, not the lines the parser then loses', async () => {
    const files = variant((f) => {
      f['sections/peran.yaml'] = 'kind: roles\nid: peran\ntitle: Peran\nitems:\n  - id: duta-pusat\n\tname: Duta\n    level: pusat\n    duties:\n      - satu\n  - id: duta-upt\n    name: Duta UPT\n    level: upt\n    duties: [dua]\n';
    });
    const root = await writeGuideline(files);
    const report = JSON.parse((await runCli(['validate', root, '--format', 'json'])).stdout);
    const errors = report.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ ruleId: 'yaml-syntax', line: 6 });
  });

  it('an unclosed [ in the manifest is named at the line it opens, and the section files are not all called unlisted', async () => {
    const files = variant((f) => {
      f['pedoman.yaml'] = toYaml(f['pedoman.yaml'], 'pedoman.yaml').replace(/^title: (.*)$/m, 'title: [$1');
    });
    const root = await writeGuideline(files);
    const report = JSON.parse((await runCli(['validate', root, '--format', 'json'])).stdout);
    const errors = report.findings.filter((f: { severity: string }) => f.severity !== 'info');
    expect(errors).toHaveLength(1);
    const line = (await readFile(join(root, 'pedoman.yaml'), 'utf8')).split('\n').findIndex((l) => l.startsWith('title: [')) + 1;
    expect(errors[0]).toMatchObject({ ruleId: 'yaml-syntax', line, column: 8 });
    expect(errors[0].message).toContain("'[' that starts here is never closed");
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('section-unlisted');
  });

  it('an empty roles file does not make every reference to a role unknown', async () => {
    const root = await writeGuideline(variant((f) => { f['sections/peran.yaml'] = ''; }));
    const report = JSON.parse((await runCli(['validate', root, '--format', 'json'])).stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['file-empty']);
  });

  it('a broken id in one role does not make the other roles unknown', async () => {
    const root = await writeGuideline(variant((f) => { f['sections/peran.yaml'].items[0].id = 'Duta Pusat'; }));
    const report = JSON.parse((await runCli(['validate', root, '--format', 'json'])).stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['schema']);
  });

  it('names a missing field by item number and id, counting from 1', async () => {
    const root = await writeGuideline(variant((f) => { delete f['sections/peran.yaml'].items[1].duties; }));
    const result = await runCli(['validate', root]);
    expect(result.stdout).toContain("'duties' is required in item 2 (duta-upt) but missing");
  });
});
