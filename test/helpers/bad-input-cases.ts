// The bad-input corpus of the Foundation issue: each case gives a clear finding or usage error
// with the file (and line), the right exit code, and never a stack trace. Run through the CLI
// by test/cli/bad-input.test.ts and through both YAML parse paths by test/model/fast-yaml.test.ts.
import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { toYaml, variant, type Files } from './fixture.js';

export interface Case {
  name: string;
  files?: Files;
  /** Extra preparation after writing, given the root. */
  prepare?: (root: string) => Promise<void>;
  /** Arguments after `validate`; ROOT is replaced by the folder. */
  args?: string[];
  code: number;
  /** Substrings expected in stdout+stderr. */
  expect: (string | RegExp)[];
}

const section = (extra: string) => `kind: narrative\nid: pendahuluan\ntitle: Pendahuluan\nitems:\n${extra}`;

export const cases: Case[] = [
  { name: 'missing folder', args: ['does-not-exist-anywhere'], code: 2, expect: ['no such folder: does-not-exist-anywhere'] },
  { name: 'folder without manifest', files: { 'readme.txt': 'hi' }, code: 2, expect: ['is not a guideline folder', 'pedoman.yaml'] },
  {
    name: 'empty section file',
    files: variant((f) => { f['sections/pendahuluan.yaml'] = ''; }),
    code: 1,
    expect: ['sections/pendahuluan.yaml', '1:1', 'is empty', 'file-empty'],
  },
  {
    name: 'a file that is not YAML',
    files: variant((f) => { f['sections/pendahuluan.yaml'] = 'kind: narrative\nitems: [unclosed, list\n  - : : :\n'; }),
    code: 1,
    expect: ['sections/pendahuluan.yaml', 'yaml-syntax'],
  },
  {
    name: 'binary file',
    files: variant((f) => { f['sections/pendahuluan.yaml'] = Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe]) as unknown as string; }),
    code: 1,
    expect: ['sections/pendahuluan.yaml', 'not UTF-8', 'file-encoding'],
  },
  {
    name: 'tab indentation',
    files: variant((f) => {
      f['sections/pendahuluan.yaml'] = section('  - id: latar-belakang\n\ttitle: Latar Belakang\n    text: isi\n');
    }),
    code: 1,
    expect: ['sections/pendahuluan.yaml', /\b6:1\b/, 'yaml-syntax'],
  },
  {
    name: 'a tab after spaces in the indentation is named as a tab, at its column',
    files: variant((f) => {
      f['sections/pendahuluan.yaml'] = section('  - id: latar-belakang\n  \ttitle: Latar Belakang\n    text: isi\n');
    }),
    code: 1,
    expect: ['sections/pendahuluan.yaml', /\b6:3\b/, 'a tab is used for indentation', 'yaml-syntax'],
  },
  {
    name: 'BOM is accepted',
    files: variant((f) => { f['sections/pendahuluan.yaml'] = `\uFEFF${toYaml(f['sections/pendahuluan.yaml'], 'sections/pendahuluan.yaml')}`; }),
    code: 0,
    expect: ['no problems found'],
  },
  {
    name: 'CRLF line ends are accepted and lines stay right',
    files: variant((f) => {
      f['sections/pendahuluan.yaml'] = section('  - id: latar-belakang\n    title: Latar Belakang\n    text: isi\n    colour: red\n').replace(/\n/g, '\r\n');
    }),
    code: 1,
    expect: ['sections/pendahuluan.yaml', /\b8:5\b/, "unknown field 'colour'"],
  },
  {
    name: 'YAML alias bomb',
    files: variant((f) => {
      const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 0; i < 8; i++) {
        const prev = String.fromCharCode(97 + i);
        const next = String.fromCharCode(98 + i);
        lines.push(`${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
      }
      f['sections/pendahuluan.yaml'] = `${lines.join('\n')}\n`;
    }),
    code: 1,
    expect: ['sections/pendahuluan.yaml', 'too many YAML aliases'],
  },
  {
    name: 'a 50 MB file',
    files: variant(() => {}),
    prepare: async (root) => truncate(join(root, 'sections/pendahuluan.yaml'), 50 * 1024 * 1024),
    code: 1,
    expect: ['sections/pendahuluan.yaml', 'too large (50.0 MB', 'file-size'],
  },
  {
    name: 'wrong type',
    files: variant((f) => { f['sections/peran.yaml'].items[0].duties = 'satu tugas saja'; }),
    code: 1,
    expect: ['sections/peran.yaml', "'duties' must be a list, but it is \"satu tugas saja\"", 'schema'],
  },
  {
    name: 'unknown key with a suggestion',
    files: variant((f) => { f['sections/peran.yaml'].items[0].dutie = ['x']; }),
    code: 1,
    expect: ['sections/peran.yaml', "unknown field 'dutie'; did you mean 'duties'?"],
  },
  {
    name: 'duplicate ids across files',
    files: variant((f) => { f['sections/mekanisme.yaml'].items[0].id = 'duta-upt'; }),
    code: 1,
    expect: ["id 'duta-upt' is used 2 times", 'id-unique'],
  },
  {
    name: 'an id containing ../',
    files: variant((f) => { f['pedoman.yaml'].sections.push('../../etc/passwd'); }),
    code: 1,
    expect: ['pedoman.yaml', "'sections[5]' is not a valid id"],
  },
  {
    name: 'item id containing ../',
    files: variant((f) => { f['sections/peran.yaml'].items[0].id = '../duta'; }),
    code: 1,
    expect: ['sections/peran.yaml', "'id' is not a valid id"],
  },
  {
    name: 'unknown format is a usage error',
    files: variant(() => {}),
    args: ['ROOT', '--format', 'xml'],
    code: 2,
    expect: ["unknown format 'xml'"],
  },
];

