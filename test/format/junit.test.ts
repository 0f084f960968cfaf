import { execFileSync, spawnSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { junit } from '../../src/format/junit.js';
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

// ---------------------------------------------------------------------------------------
// A tiny, strict XML 1.0 well-formedness checker (no DTDs, no processing instructions
// besides the declaration). It throws on anything malformed and returns the element tree.

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const LEGAL_CHARS = /^[\t\n\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function parseXml(input: string): XmlElement {
  const s = input.replace(/\r\n?/g, '\n'); // end-of-line handling, XML 1.0 §2.11
  if (!LEGAL_CHARS.test(s)) throw new Error('character not allowed in XML 1.0');
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${pos}: ${JSON.stringify(s.slice(pos, pos + 30))}`);
  };
  const skipSpace = () => {
    while (pos < s.length && ' \t\n'.includes(s[pos]!)) pos++;
  };
  const expectText = (text: string) => {
    if (!s.startsWith(text, pos)) fail(`expected ${JSON.stringify(text)}`);
    pos += text.length;
  };
  const name = (): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(s);
    if (!m) fail('expected a name');
    pos += m![0].length;
    return m![0];
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;&]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) fail('unterminated reference');
      let code: number;
      if (/^#[0-9]+$/.test(ref)) code = Number(ref.slice(1));
      else if (/^#x[0-9a-fA-F]+$/.test(ref)) code = parseInt(ref.slice(2), 16);
      else if (ref in PREDEFINED) return PREDEFINED[ref]!;
      else return fail(`unknown entity &${ref};`);
      if (code > 0x10ffff) fail('character reference out of range');
      const ch = String.fromCodePoint(code);
      if (!/^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]$/u.test(ch)) fail(`illegal character reference &${ref};`);
      return ch;
    });
  const comment = () => {
    const end = s.indexOf('-->', pos + 4);
    if (end === -1 || s.slice(pos + 4, end).includes('--')) fail('bad comment');
    pos = end + 3;
  };

  const element = (): XmlElement => {
    expectText('<');
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    for (;;) {
      const before = pos;
      skipSpace();
      if (s.startsWith('/>', pos)) {
        pos += 2;
        return el;
      }
      if (s[pos] === '>') {
        pos++;
        break;
      }
      if (pos === before) fail('expected space before attribute');
      const attr = name();
      skipSpace();
      expectText('=');
      skipSpace();
      const quote = s[pos];
      if (quote !== '"' && quote !== "'") fail('expected a quoted attribute value');
      const end = s.indexOf(quote!, pos + 1);
      if (end === -1) fail('unterminated attribute value');
      const raw = s.slice(pos + 1, end);
      if (raw.includes('<')) fail("'<' in attribute value");
      if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
      // Literal white space is normalised to spaces; references keep their character.
      el.attrs[attr] = decode(raw.replace(/[\t\n]/g, ' '));
      pos = end + 1;
    }
    for (;;) {
      if (pos >= s.length) fail(`unclosed element <${el.name}>`);
      if (s.startsWith('</', pos)) {
        pos += 2;
        if (name() !== el.name) fail(`mismatched end tag for <${el.name}>`);
        skipSpace();
        expectText('>');
        return el;
      }
      if (s.startsWith('<!--', pos)) comment();
      else if (s.startsWith('<![CDATA[', pos)) {
        const end = s.indexOf(']]>', pos);
        if (end === -1) fail('unterminated CDATA');
        el.text += s.slice(pos + 9, end);
        pos = end + 3;
      } else if (s[pos] === '<') el.children.push(element());
      else {
        const next = s.indexOf('<', pos);
        const raw = s.slice(pos, next === -1 ? s.length : next);
        if (raw.includes(']]>')) fail("']]>' in text");
        if (raw.includes('>')) fail("unescaped '>' in text");
        el.text += decode(raw);
        pos += raw.length;
      }
    }
  };

  if (!/^<\?xml version="1\.0" encoding="UTF-8"\?>/.test(s)) fail('missing XML declaration');
  pos = s.indexOf('?>') + 2;
  skipSpace();
  const root = element();
  skipSpace();
  if (pos !== s.length) fail('content after the root element');
  return root;
}

function all(el: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of el.children) {
    if (child.name === name) found.push(child);
    found.push(...all(child, name));
  }
  return found;
}

const hasXmllint = spawnSync('which', ['xmllint'], { encoding: 'utf8' }).status === 0;

// ---------------------------------------------------------------------------------------

describe('the test XML checker itself', () => {
  it.each([
    ['<a><b></a></b>', 'mismatched'],
    ['<a>&foo;</a>', 'unknown entity'],
    ['<a>& b</a>', 'reference'],
    ['<a x="<"/>', "'<' in attribute"],
    ['<a x="1" x="2"/>', 'duplicate attribute'],
    ['<a/><b/>', 'content after'],
    ['<a>\u0001</a>', 'not allowed'],
    ['<a>&#0;</a>', 'illegal character reference'],
    ['<a x=1/>', 'quoted'],
    ['<a>', 'unclosed'],
  ])('rejects %j', (body, why) => {
    expect(() => parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`)).toThrow(why);
  });

  it('accepts and decodes a good document', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1&amp;&#10;2"><!-- c --><b>t&lt;&#x41;</b></a>\n');
    expect(root.attrs.x).toBe('1&\n2');
    expect(root.children[0]!.text).toBe('t<A');
  });
});

describe('junit formatter', () => {
  beforeEach(() => setLanguage('en'));

  it('emits one passing testcase when there are no findings', () => {
    const out = junit([], context);
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(out.endsWith('</testsuites>\n')).toBe(true);
    const root = parseXml(out);
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toEqual({ name: 'pedoman', tests: '1', failures: '0', errors: '0' });
    const cases = all(root, 'testcase');
    expect(cases).toHaveLength(1);
    expect(cases[0]!.attrs).toEqual({ classname: 'guideline', name: 'no problems found' });
    expect(cases[0]!.children).toEqual([]);
  });

  const mixed = () => [
    finding(),
    finding({ line: 8, column: 1, severity: 'info', message: 'consider a title', ruleId: 'style' }),
    finding({ file: '/repo/guideline/sections/b.yaml', severity: 'warning', ruleId: 'reference-resolves', message: 'unknown role', path: 'items[2].by' }),
  ];

  it('has one testsuite per file and one testcase per finding, with relative paths', () => {
    const root = parseXml(junit(mixed(), context));
    // Without --strict only the error fails the run (exit 0 on warnings), and so the report.
    expect(root.attrs).toEqual({ name: 'pedoman', tests: '3', failures: '1', errors: '0' });
    const suites = all(root, 'testsuite');
    expect(suites.map((s) => s.attrs)).toEqual([
      { name: 'guideline/pedoman.yaml', tests: '2', failures: '1', errors: '0' },
      { name: 'guideline/sections/b.yaml', tests: '1', failures: '0', errors: '0' },
    ]);
    const cases = all(root, 'testcase');
    expect(cases.map((c) => c.attrs)).toEqual([
      { classname: 'guideline/pedoman.yaml', name: 'id-unique 3:5' },
      { classname: 'guideline/pedoman.yaml', name: 'style 8:1' },
      { classname: 'guideline/sections/b.yaml', name: 'reference-resolves 3:5' },
    ]);
    // an error is a failure; the rule id is the failure type
    const error = cases[0]!.children;
    expect(error.map((c) => c.name)).toEqual(['failure']);
    expect(error[0]!.attrs).toEqual({ type: 'id-unique', message: 'duplicate id' });
    expect(error[0]!.text).toBe('error: duplicate id\nguideline/pedoman.yaml:3:5');
    // a warning and a note are passing testcases that carry their message in system-out
    expect(cases[2]!.children.map((c) => c.name)).toEqual(['system-out']);
    expect(cases[2]!.children[0]!.text).toBe('warning: unknown role\nguideline/sections/b.yaml:3:5 (items[2].by)');
    expect(cases[1]!.children.map((c) => c.name)).toEqual(['system-out']);
    expect(cases[1]!.children[0]!.text).toBe('note: consider a title\nguideline/pedoman.yaml:8:1');
    expect(all(root, 'skipped')).toHaveLength(0);
  });

  it('reports warnings as failures with --strict, when they fail the run', () => {
    const root = parseXml(junit(mixed(), { ...context, strict: true }));
    expect(root.attrs).toEqual({ name: 'pedoman', tests: '3', failures: '2', errors: '0' });
    const warning = all(root, 'testcase')[2]!.children[0]!;
    expect(warning.name).toBe('failure');
    expect(warning.text).toBe('warning: unknown role\nguideline/sections/b.yaml:3:5 (items[2].by)');
  });

  it('names files relative to the repository root, wherever pedoman runs', () => {
    const inside = { ...context, cwd: '/repo/guideline/sections' };
    const root = parseXml(junit(mixed(), inside));
    expect(all(root, 'testsuite').map((s) => s.attrs.name)).toEqual(['guideline/pedoman.yaml', 'guideline/sections/b.yaml']);
  });

  it('escapes markup and drops characters XML 1.0 forbids', () => {
    const message = '100% sure: a, b\r\nline two\t<script>&"\' ]]> 🙂\u0000\u0008\u000B\u000C\u001F\uD800\uFFFF end';
    const kept = '100% sure: a, b\r\nline two\t<script>&"\' ]]> 🙂 end';
    const out = junit([finding({ message, ruleId: 'a<b>&"c\'', file: '/repo/x & <y>.yaml' })], context);
    expect(out).not.toContain('<script>');
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const root = parseXml(out);
    const failure = all(root, 'failure')[0]!;
    expect(failure.attrs.message).toBe(kept); // CR, LF and TAB survive as character references
    expect(failure.attrs.type).toBe('a<b>&"c\'');
    expect(failure.text).toBe(`error: ${kept}\nx & <y>.yaml:3:5`);
    expect(all(root, 'testsuite')[0]!.attrs.name).toBe('x & <y>.yaml');
  });

  it('keeps CR and LF in attributes as character references so parsers do not fold them', () => {
    const out = junit([finding({ message: 'a\r\nb\tc' })], context);
    expect(out).toContain('message="a&#13;&#10;b&#9;c"');
    expect(all(parseXml(out), 'failure')[0]!.attrs.message).toBe('a\r\nb\tc');
  });

  it('speaks Indonesian when asked', () => {
    setLanguage('id');
    const root = parseXml(junit([finding()], context));
    expect(all(root, 'failure')[0]!.text.startsWith('galat: ')).toBe(true);
    expect(all(parseXml(junit([], context)), 'testcase')[0]!.attrs.name).toBe('tidak ada masalah');
  });

  it('is deterministic', () => {
    const findings = [finding(), finding({ severity: 'info', file: '/repo/z.yaml' })];
    expect(junit(findings, context)).toBe(junit(findings, context));
  });

  it.skipIf(!hasXmllint)('passes xmllint --noout', () => {
    for (const findings of [[], [finding({ message: '<script>&"\'\u0001' }), finding({ severity: 'info', file: '/repo/b.yaml' })]]) {
      expect(() => execFileSync('xmllint', ['--noout', '-'], { input: junit(findings, context), stdio: ['pipe', 'pipe', 'pipe'] })).not.toThrow();
    }
  });
});
