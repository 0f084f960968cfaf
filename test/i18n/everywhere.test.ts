// Both languages everywhere: every command's help from the command table in English and
// Indonesian (commander's own words included), every message of the catalogues in both, the
// review log's and the section kinds' words accepted in either language, and the commits a
// command makes written in the guideline's language whatever language the user reads.
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { commandTable, type AnyEntry, type GroupEntry } from '../../src/cli/table.js';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import { language, mergeCatalogs, setLanguage, t, type Language } from '../../src/i18n/index.js';
import { COMMENT_TYPES, DISPOSITIONS, THREAD_STATES } from '../../src/model/comment-types.js';
import { parseKind, SECTION_KINDS } from '../../src/model/kinds.js';
import { dispositionLabel, parseDisposition, parseStateFilter, parseType, stateLabel, typeLabel } from '../../src/comments/values.js';
import { runCli } from '../helpers/cli.js';
import { cleanupTemps, cli, git, initWorkspace } from '../workspace/helpers.js';

const TABLES: Record<Language, Record<string, string>> = { en: mergeCatalogs(CATALOGS, 'en'), id: mergeCatalogs(CATALOGS, 'id') };

type Message = NonNullable<AnyEntry['description']>;

function text(m: Message, lang: Language): string {
  const key = typeof m === 'string' ? m : m.key;
  const vars = typeof m === 'string' ? {} : m.vars;
  const template = TABLES[lang][key];
  if (template === undefined) throw new Error(`no message '${key}' in ${lang}`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A command of the table as a person types it, with what its help must say. */
interface Visible {
  path: string[];
  description: Message | undefined;
  helpAfter: Message | undefined;
  /** Each option's and argument's description. */
  parts: { what: string; message: Message }[];
}

function visibleCommands(): Visible[] {
  const out: Visible[] = [];
  const visit = (entry: AnyEntry | GroupEntry, parent: string[]) => {
    if ('commands' in entry) {
      out.push({ path: [...parent, entry.name], description: entry.description, helpAfter: entry.helpAfter, parts: [] });
      for (const sub of entry.commands) visit(sub, [...parent, entry.name]);
      return;
    }
    if (entry.hidden) return;
    const parts = [
      ...Object.entries(entry.options).flatMap(([name, spec]) => (spec.description === undefined ? [] : [{ what: `option ${name}`, message: spec.description }])),
      ...Object.entries(entry.args).flatMap(([name, spec]) => (spec.description === undefined ? [] : [{ what: `argument ${name}`, message: spec.description }])),
    ];
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      out.push({ path: [...parent, name], description: entry.description, helpAfter: entry.helpAfter, parts });
    }
  };
  for (const entry of commandTable(() => new Command())) visit(entry, []);
  return out;
}

/** Commander's English, which must not appear in Indonesian help or errors. */
const COMMANDER_ENGLISH = /\b(Usage|Options|Commands|Arguments|Global Options):|display help|\[options\]|\[command\]|\((default|choices):|\b(unknown option|unknown command|missing required argument|too many arguments|argument missing|not specified|is invalid|Allowed choices|Did you mean)\b/;

/** Descriptions that are the same words in both languages, on purpose (none so far). */
const SAME_DESCRIPTION = new Set<string>([]);

/** Messages whose Indonesian is the English (codes, column names and words both languages use). */
const SAME_MESSAGE = new Set([
  'schema.other', // '{field}': {detail}
  'comments.list.id', // ID
  'comments.list.status', // STATUS
  'status.value.final', // final
  'analyze.resp.notRun', // ·
  'workspace.prompt.id', // Id
  'workspace.col.id', // id
  'status.col.status', // status
  'diff.md.fieldChanged', // {path}: {before} → {after}
  'log.kind.commit', // commit
  'log.kind.tag', // tag
  'sheet.col.no', // No.
  'sheet.col.email', // E-mail
  'sheet.formSheet', // DIM
]);

describe('help in both languages', () => {
  const commands = visibleCommands();

  it('lists every command of the table', () => {
    const paths = commands.map((c) => c.path.join(' '));
    expect(paths).toEqual(expect.arrayContaining(['validate', 'comment', 'comment add', 'comment resolve', 'section move', 'item rename', 'finalize', 'finalise', 'status']));
    expect(paths).not.toContain('__complete');
  });

  it('runs --help of the program and of every command and subcommand, in English and Indonesian', async () => {
    for (const lang of ['en', 'id'] as const) {
      for (const argv of [['--help'], ['help'], ['help', 'comment'], ...commands.map((c) => [...c.path, '--help'])]) {
        const result = await runCli(['--lang', lang, ...argv]);
        const where = `pedoman --lang ${lang} ${argv.join(' ')}`;
        expect(result.code, where).toBe(0);
        expect(result.stderr, where).toBe('');
        expect(result.stdout, where).toMatch(lang === 'en' ? /^Usage: pedoman/ : /^Penggunaan: pedoman/);
        if (lang === 'id') expect(result.stdout.match(COMMANDER_ENGLISH)?.[0], where).toBeUndefined();
      }
    }
  });

  it("shows each command's description, notes and options in the language asked, differing between the two", async () => {
    for (const command of commands) {
      const help = { en: squeeze((await runCli(['--lang', 'en', ...command.path, '--help'])).stdout), id: squeeze((await runCli(['--lang', 'id', ...command.path, '--help'])).stdout) };
      const where = command.path.join(' ');
      const messages = [
        ...(command.description ? [{ what: 'description', message: command.description }] : []),
        ...(command.helpAfter ? [{ what: 'help text', message: command.helpAfter }] : []),
        ...command.parts,
      ];
      expect(command.description, `${where} has a description`).toBeDefined();
      for (const { what, message } of messages) {
        const [en, id] = [text(message, 'en'), text(message, 'id')];
        expect(help.en, `${where}: ${what} in English`).toContain(squeeze(en));
        expect(help.id, `${where}: ${what} in Indonesian`).toContain(squeeze(id));
        const key = typeof message === 'string' ? message : message.key;
        if (!SAME_DESCRIPTION.has(key)) expect(id, `${where}: ${what} (${key}) is translated`).not.toBe(en);
      }
    }
  });

  it("puts commander's parse errors in Indonesian", async () => {
    const cases = [
      ['validate', '--bogus'],
      ['sectoin'],
      ['completion'],
      ['rules', '--format'],
      ['rules', '--format', 'xml'],
      ['completion', 'tcsh'],
      ['section', 'list', 'extra'],
      ['finalize'],
    ];
    for (const argv of cases) {
      const result = await runCli(['--lang', 'id', ...argv]);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toMatch(/^pedoman: /);
      expect(result.stderr.match(COMMANDER_ENGLISH)?.[0], argv.join(' ')).toBeUndefined();
    }
  });
});

describe('message catalogues in both languages', () => {
  const keys = new Set([...Object.keys(TABLES.en), ...Object.keys(TABLES.id)]);
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('have every key in English and Indonesian, non-empty, with the same placeholders', () => {
    const problems: string[] = [];
    for (const key of keys) {
      const [en, id] = [TABLES.en[key], TABLES.id[key]];
      if (en === undefined || id === undefined) problems.push(`${key}: only in ${en === undefined ? 'id' : 'en'}`);
      else if (en.trim() === '' || id.trim() === '') problems.push(`${key}: empty`);
      else if (placeholders(en).join() !== placeholders(id).join()) problems.push(`${key}: placeholders ${placeholders(en).join()} / ${placeholders(id).join()}`);
    }
    expect(problems).toEqual([]);
  });

  it('say it in Indonesian: no message is the English, but for the listed few', () => {
    const same = [...keys].filter((key) => TABLES.en[key] === TABLES.id[key]);
    expect(same.filter((key) => !SAME_MESSAGE.has(key)), 'untranslated messages').toEqual([]);
    // The list stays honest: a message translated since is taken off it.
    expect([...SAME_MESSAGE].filter((key) => !same.includes(key)), 'listed as the same but translated').toEqual([]);
  });
});

describe('enumerated values in either language', () => {
  const before = language();
  afterAll(() => setLanguage(before));

  it("accept every comment type, disposition and thread state as either language prints it", () => {
    for (const lang of ['en', 'id'] as const) {
      setLanguage(lang);
      for (const type of COMMENT_TYPES) expect(parseType(typeLabel(type)), `${lang} ${type}`).toBe(type);
      for (const d of DISPOSITIONS) expect(parseDisposition(dispositionLabel(d)), `${lang} ${d}`).toBe(d);
      for (const state of THREAD_STATES) expect(parseStateFilter(stateLabel(state)), `${lang} ${state}`).toBe(state);
      expect(parseStateFilter(t('comments.state.resolved'))).toBe('resolved');
    }
    expect(parseDisposition('partly accepted')).toBe('diterima-sebagian');
    expect(parseType('Substance')).toBe('substansi');
  });

  it('accept every section kind by its name in either language', () => {
    for (const lang of ['en', 'id'] as const) {
      setLanguage(lang);
      for (const kind of SECTION_KINDS) expect(parseKind(t(`workspace.kindName.${kind}`)), `${lang} ${kind}`).toBe(kind);
    }
    expect(parseKind('Istilah')).toBe('terms');
    expect(parseKind('bogus')).toBeUndefined();
  });

  it('take the Indonesian words on the command line', async () => {
    const dir = await initWorkspace(['--language', 'id', '--ci-package', 'pedoman']);
    const add = await cli(['--lang', 'en', 'section', 'add', '--kind', 'istilah', '--title', 'Istilah Lain', '--id', 'istilah-lain', '-q'], dir);
    expect(add.code, add.stderr).toBe(0);
    const list = await cli(['--lang', 'id', 'section', 'list'], dir);
    expect(list.stdout).toMatch(/istilah-lain\s+istilah\s/);
    const comment = await cli(['--lang', 'en', 'comment', 'add', 'istilah-lain', '--type', 'pertanyaan', '--text', 'Apa maksudnya?'], dir);
    expect(comment.code, comment.stderr).toBe(0);
    for (const status of ['terbuka', 'open', 'Open']) {
      const listed = await cli(['--lang', 'en', 'comment', 'list', '--status', status, '--type', 'question', '-q'], dir);
      expect(listed.stdout.trim().split('\n'), status).toHaveLength(1);
    }
    const render = await cli(['--lang', 'id', 'render', '--format', 'md', '--comments', 'ringkasan', '-q'], dir);
    expect(render.code, render.stderr).toBe(0);
  });
});

describe('commits in the guideline language', () => {
  afterAll(cleanupTemps);

  const subjects = (dir: string) => git(dir, 'log', '--format=%s').trim().split('\n');

  it("writes init's, section and item edits', reviews' and comments' commits in the manifest's language, not the user's", async () => {
    for (const [guideline, user] of [['en', 'id'], ['id', 'en']] as const) {
      const dir = await initWorkspace(['--language', guideline, '--ci-package', 'pedoman'], { PEDOMAN_LANG: user });
      const run = async (argv: string[]) => {
        const result = await cli(['--lang', user, ...argv], dir);
        expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(0);
      };
      await run(['section', 'add', '--kind', 'narrative', '--title', 'Extra', '--id', 'extra', '-q']);
      await run(['item', 'add', 'extra', '--id', 'extra-a', '--title', 'A', '--text', 'Text.', '-q']);
      await run(['item', 'rename', 'extra', 'extra-a', 'extra-b', '-q']);
      await run(['item', 'remove', 'extra', 'extra-b', '--yes', '-q']);
      await run(['section', 'move', 'extra', '--position', '1', '-q']);
      await run(['comment', 'add', 'extra', '--type', 'umum', '--text', 'Note.']);
      await run(['review', 'extra']);
      await run(['section', 'rename', 'extra', 'extra-2', '-q']);
      const expected = (key: string, vars: Record<string, string | number>) => {
        const before = language();
        setLanguage(guideline);
        try {
          return t(key, vars);
        } finally {
          setLanguage(before);
        }
      };
      const log = subjects(dir);
      expect(log).toEqual([
        expected('workspace.commit.sectionRename', { from: 'extra', to: 'extra-2' }),
        expected('review.commit.review', { section: 'extra', reviewer: 'Tim Penyusun' }),
        expect.stringContaining(expected('comments.commit.add', { anchor: 'extra', author: 'Tim Penyusun', summary: 'Note.' }).split(':')[0]!),
        expected('workspace.commit.sectionMove', { id: 'extra', position: 1 }),
        expected('workspace.commit.itemRemove', { id: 'extra-b', section: 'extra' }),
        expected('workspace.commit.itemRename', { from: 'extra-a', to: 'extra-b' }),
        expected('workspace.commit.itemAdd', { id: 'extra-a', section: 'extra' }),
        expected('workspace.commit.sectionAdd', { id: 'extra', title: 'Extra' }),
        expected('init.commit', { title: 'Pedoman Uji Coba' }),
      ]);
      // And none of them in the user's language.
      const other = (key: string) => TABLES[user][key]!.split('{')[0]!.trim();
      for (const key of ['workspace.commit.sectionAdd', 'workspace.commit.itemAdd', 'init.commit']) {
        if (other(key) !== '') expect(log.some((s) => s.startsWith(other(key))), `${key} in ${user}`).toBe(false);
      }
    }
  });
});
