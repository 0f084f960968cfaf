import { beforeEach, describe, expect, it } from 'vitest';
import { SUMMARY_MAX_ROWS, escapeData, escapeProperty, github, githubSummary } from '../../src/format/github.js';
import type { FormatContext } from '../../src/format/types.js';
import { format as formatCatalog } from '../../src/i18n/catalog/format.js';
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

/** Parses a workflow command the way the Actions runner does (ActionCommand.TryParseV2). */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } {
  expect(line.startsWith('::')).toBe(true);
  const end = line.indexOf('::', 2);
  expect(end).toBeGreaterThan(2);
  const head = line.slice(2, end);
  const space = head.indexOf(' ');
  const command = space === -1 ? head : head.slice(0, space);
  const properties: Record<string, string> = {};
  if (space !== -1) {
    for (const pair of head.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      expect(eq).toBeGreaterThan(0);
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(line.slice(end + 2)) };
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

describe('github formatter (workflow commands)', () => {
  beforeEach(() => setLanguage('en'));

  it('prints nothing for no findings', () => {
    expect(github([], context)).toBe('');
  });

  it('prints one command per finding with relative path, position and rule as title', () => {
    const out = github(
      [
        finding({ endLine: 3, endColumn: 12 }),
        finding({ file: '/repo/guideline/sections/b.yaml', severity: 'warning', ruleId: 'reference-resolves', message: 'unknown role', line: 7, column: 1 }),
      ],
      context,
    );
    expect(out).toBe(
      '::error file=guideline/pedoman.yaml,line=3,col=5,endLine=3,endColumn=12,title=id-unique::duplicate id\n' +
        '::warning file=guideline/sections/b.yaml,line=7,col=1,title=reference-resolves::unknown role\n',
    );
  });

  it('names files relative to the repository root, wherever pedoman runs', () => {
    const out = github([finding()], { ...context, cwd: '/repo/guideline/sections' });
    expect(out).toMatch(/^::error file=guideline\/pedoman\.yaml,line=3,/);
  });

  it('maps error, warning and info to ::error, ::warning and ::notice', () => {
    const out = github([finding(), finding({ severity: 'warning' }), finding({ severity: 'info' })], context);
    expect(out.split('\n').filter(Boolean).map((l) => parseCommand(l).command)).toEqual(['error', 'warning', 'notice']);
  });

  it('drops columns for a range over several lines (GitHub allows them only on one line)', () => {
    const [line] = github([finding({ line: 3, column: 5, endLine: 6, endColumn: 2 })], context).split('\n');
    expect(line).toBe('::error file=guideline/pedoman.yaml,line=3,endLine=6,title=id-unique::duplicate id');
  });

  it('escapes the message as data and property values as properties', () => {
    const message = '100% sure: a, b\r\nsecond line\n<script>&"\'';
    const out = github([finding({ message, file: '/repo/odd dir/a:b,c%.yaml', ruleId: 'x:y,z' })], context);
    const lines = out.split('\n');
    expect(lines).toHaveLength(2); // one command, then the final newline: no raw line breaks leak
    expect(lines[0]).toBe(
      '::error file=odd dir/a%3Ab%2Cc%25.yaml,line=3,col=5,title=x%3Ay%2Cz::100%25 sure: a, b%0D%0Asecond line%0A<script>&"\'',
    );
    const parsed = parseCommand(lines[0]!);
    expect(parsed.data).toBe(message);
    expect(parsed.properties).toEqual({ file: 'odd dir/a:b,c%.yaml', line: '3', col: '5', title: 'x:y,z' });
  });

  it('escape helpers follow @actions/core', () => {
    expect(escapeData('%\r\n:,')).toBe('%25%0D%0A:,');
    expect(escapeProperty('%\r\n:,')).toBe('%25%0D%0A%3A%2C');
    expect(escapeData('%0A')).toBe('%250A'); // an escape-looking text is not decoded later
  });

  it('is deterministic', () => {
    const findings = [finding(), finding({ severity: 'info', file: '/repo/z.yaml' })];
    expect(github(findings, context)).toBe(github(findings, context));
  });
});

describe('githubSummary (job summary Markdown)', () => {
  beforeEach(() => setLanguage('en'));

  it('says there are no problems for an empty list', () => {
    const out = githubSummary([], context);
    expect(out).toBe('## Guideline check\n\n✅ No problems found in guideline.\n\n');
    expect(out).not.toContain('|');
  });

  it('has a heading, counts per severity and one table row per finding', () => {
    const out = githubSummary(
      [
        finding(),
        finding({ file: '/repo/guideline/sections/b.yaml', severity: 'warning', ruleId: 'reference-resolves', message: 'unknown role', line: 7, column: 1 }),
        finding({ file: '/repo/guideline/sections/b.yaml', severity: 'info', message: 'a note', line: 9, column: 2 }),
      ],
      context,
    );
    const lines = out.split('\n');
    expect(lines[0]).toBe('## Guideline check');
    expect(out).toContain('3 finding(s): 1 error(s), 1 warning(s), 1 note(s)');
    expect(out).toContain('| Severity | Count |\n| --- | ---: |\n| error | 1 |\n| warning | 1 |\n| note | 1 |\n');
    expect(out).toContain('| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |\n');
    expect(out).toContain('| guideline/pedoman.yaml:3:5 | error | id-unique | duplicate id |');
    expect(out).toContain('| guideline/sections/b.yaml:7:1 | warning | reference-resolves | unknown role |');
    expect(out).toContain('| guideline/sections/b.yaml:9:2 | note | id-unique | a note |');
    expect(out).not.toContain('more finding(s)');
  });

  it('escapes pipes, HTML, Markdown and line breaks inside cells', () => {
    const out = githubSummary([finding({ message: 'a | b <script>&"\' x_y *z*\r\nnext\nlast', file: '/repo/my_file.yaml' })], context);
    const row = out.split('\n').find((l) => l.startsWith('| my'));
    expect(row).toBe('| my\\_file.yaml:3:5 | error | id-unique | a \\| b &lt;script&gt;&amp;"\' x\\_y \\*z\\*<br>next<br>last |');
    // Four cells, so exactly five unescaped pipes: the message's own pipe does not split it.
    expect(row!.match(/(?<!\\)\|/g)).toHaveLength(5);
    expect(out).not.toContain('<script>');
  });

  it('caps the table and says how many rows were left out', () => {
    const many = Array.from({ length: SUMMARY_MAX_ROWS + 7 }, (_, i) => finding({ line: i + 1 }));
    const out = githubSummary(many, context);
    const rows = out.split('\n').filter((l) => l.startsWith('| guideline/'));
    expect(SUMMARY_MAX_ROWS).toBe(500);
    expect(rows).toHaveLength(500);
    expect(rows.at(-1)).toContain(':500:5 ');
    expect(out).toContain('7 more finding(s) not shown here');
    expect(out).toContain(`${SUMMARY_MAX_ROWS + 7} finding(s)`);
  });

  it('speaks Indonesian when asked', () => {
    setLanguage('id');
    expect(githubSummary([], context)).toContain('## Pemeriksaan pedoman');
    const out = githubSummary([finding({ severity: 'warning' })], context);
    expect(out).toContain('| Lokasi | Tingkat | Aturan | Pesan |');
    expect(out).toContain('| peringatan | 1 |');
  });

  it('is deterministic', () => {
    const findings = [finding(), finding({ severity: 'warning', file: '/repo/z.yaml' })];
    expect(githubSummary(findings, context)).toBe(githubSummary(findings, context));
  });

  it('the format catalogue has the same keys in English and Indonesian', () => {
    expect(Object.keys(formatCatalog.id).sort()).toEqual(Object.keys(formatCatalog.en).sort());
    for (const value of Object.values(formatCatalog.id)) expect(value.trim()).not.toBe('');
  });
});
