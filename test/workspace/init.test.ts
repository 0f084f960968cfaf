import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { VERSION } from '../../src/cli/version.js';
import { cleanupTemps, cli, git, initWorkspace, tempDir } from './helpers.js';

afterEach(cleanupTemps);

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !path.includes(`${join(dir, '.git')}`)) out.push(path);
  }
  return out.sort();
}

describe('pedoman init', () => {
  it('creates a workspace that validates clean, takes a comment and renders', async () => {
    const dir = await initWorkspace();
    const validate = await cli(['validate', '--format', 'json'], dir);
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    expect(JSON.parse(validate.stdout).findings).toEqual([]);

    const comment = await cli(
      ['comment', 'add', 'kelembagaan', '--item', 'koordinator-pedoman', '--type', 'substansi',
        '--text', 'Siapa yang menggantikan koordinator bila berhalangan?', '--author', 'Budi Santoso', '--email', 'budi@example.go.id'],
      dir,
    );
    expect(comment.code, comment.stderr).toBe(0);
    const list = await cli(['comment', 'list'], dir);
    expect(list.stdout).toContain('Siapa yang menggantikan koordinator');
    expect((await cli(['validate'], dir)).code).toBe(0);

    const render = await cli(['render', '--format', 'md'], dir);
    expect(render.code, render.stderr).toBe(0);
    const rendered = await readdir(join(dir, 'rendered'));
    const md = rendered.find((name) => name.endsWith('.md'));
    expect(md).toBeDefined();
    const text = await readFile(join(dir, 'rendered', md!), 'utf8');
    expect(text).toContain('Pedoman Uji Coba');
    expect(text).toContain('Koordinator Pelaksanaan Pedoman');
    expect(text).toContain('BAB I PENDAHULUAN'); // headings in the guideline's language
    // Render output is ignored by git.
    expect(git(dir, 'status', '--porcelain', '--', 'rendered')).toBe('');
  });

  it('writes every modeline so that it points at a schema inside the workspace', async () => {
    const dir = await initWorkspace();
    await cli(['comment', 'add', 'pendahuluan', '--type', 'umum', '--text', 'Baik.', '--author', 'Ani', '--email', 'ani@example.go.id'], dir);
    const yamlFiles = (await filesUnder(dir)).filter((p) => p.endsWith('.yaml') && !p.includes('.gitlab-ci'));
    expect(yamlFiles.length).toBeGreaterThanOrEqual(7);
    for (const file of yamlFiles) {
      const first = (await readFile(file, 'utf8')).split('\n')[0]!;
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(match, file).not.toBeNull();
      const schema = resolve(dirname(file), match![1]!);
      expect(existsSync(schema), `${file} → ${schema}`).toBe(true);
      expect(schema.startsWith(dir)).toBe(true);
    }
  });

  it('starts a git repository with one commit of everything it wrote', async () => {
    const dir = await initWorkspace();
    expect(git(dir, 'log', '--format=%s').trim()).toBe('Mulai pedoman Pedoman Uji Coba (pedoman init)');
    expect(git(dir, 'status', '--porcelain')).toBe('');
    const tracked = git(dir, 'ls-files').trim().split('\n');
    expect(tracked).toContain('guideline/pedoman.yaml');
    expect(tracked).toContain('.github/workflows/pedoman.yml');
    expect(tracked).toContain('schemas/roles.schema.json');
  });

  it('does not start a repository inside an existing one, and leaves the commit to the user', async () => {
    const outer = await tempDir();
    git(outer, 'init', '-q');
    const result = await cli(['init', 'docs/pedoman', '--title', 'Pedoman Uji', '--json'], outer);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.git).toEqual({ initialised: false, commit: null, note: null });
    expect(existsSync(join(outer, 'docs', 'pedoman', '.git'))).toBe(false);
    expect(git(outer, 'status', '--porcelain', '--untracked-files=all')).toContain('docs/pedoman/guideline/pedoman.yaml');
  });

  it('refuses to overwrite an existing guideline and never touches existing files', async () => {
    const dir = await initWorkspace();
    const before = await readFile(join(dir, 'guideline', 'pedoman.yaml'), 'utf8');
    const again = await cli(['init', dir, '--title', 'Lain'], process.cwd());
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('guideline/pedoman.yaml');
    expect(again.stderr).toContain('a guideline already exists here');
    expect(await readFile(join(dir, 'guideline', 'pedoman.yaml'), 'utf8')).toBe(before);

    // A folder that is itself a guideline is refused too.
    const flat = await tempDir();
    await writeFile(join(flat, 'pedoman.yaml'), 'id: x\n');
    const refused = await cli(['init', '.', '--title', 'X'], flat);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('pedoman.yaml');

    // Existing repository files are kept, and listed.
    const repo = await tempDir();
    await writeFile(join(repo, '.gitignore'), 'secret.txt\n');
    await writeFile(join(repo, 'README.md'), '# Our repo\n');
    const ok = await cli(['init', '.', '--title', 'Pedoman Uji', '--no-commit'], repo);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/= \.gitignore\s+exists already; kept as it was/);
    expect(await readFile(join(repo, '.gitignore'), 'utf8')).toBe('secret.txt\n');
    expect(await readFile(join(repo, 'README.md'), 'utf8')).toBe('# Our repo\n');

    // A schema file in the way: nothing is written at all.
    const clash = await tempDir();
    await mkdir(join(clash, 'schemas'));
    await writeFile(join(clash, 'schemas', 'roles.schema.json'), '{}');
    const stopped = await cli(['init', '.', '--title', 'X'], clash);
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toContain('schemas/roles.schema.json');
    expect(existsSync(join(clash, 'guideline'))).toBe(false);
  });

  it('writes Indonesian starter text for an Indonesian guideline and English for an English one', async () => {
    const id = await initWorkspace([], { PEDOMAN_LANG: 'id' });
    const manifestId = parse(await readFile(join(id, 'guideline', 'pedoman.yaml'), 'utf8'));
    expect(manifestId.language).toBe('id');
    expect(manifestId.sections).toEqual(['pendahuluan', 'pengertian', 'kelembagaan', 'mekanisme', 'indikator']);
    expect(await readFile(join(id, 'guideline', 'sections', 'pendahuluan.yaml'), 'utf8')).toContain('Latar Belakang');

    const en = await initWorkspace(['--language', 'en']);
    const manifestEn = parse(await readFile(join(en, 'guideline', 'pedoman.yaml'), 'utf8'));
    expect(manifestEn.language).toBe('en');
    expect(manifestEn.sections).toEqual(['introduction', 'definitions', 'roles', 'mechanisms', 'indicators']);
    const validate = await cli(['validate', '--format', 'json'], en);
    expect(JSON.parse(validate.stdout).findings).toEqual([]);
    // The document's headings follow the guideline's language, whatever the messages' language.
    const render = await cli(['--lang', 'id', 'render', '--format', 'md'], en);
    expect(render.code, render.stderr).toBe(0);
    const md = (await readdir(join(en, 'rendered'))).find((n) => n.endsWith('.md'))!;
    const text = await readFile(join(en, 'rendered', md), 'utf8');
    expect(text).toContain('CHAPTER I INTRODUCTION');
    expect(text).not.toContain('BAB I');
  });

  it('makes the id from the title, and needs --title without a terminal', async () => {
    const dir = await initWorkspace(['--title', 'Pedoman Kerja Sama & Kemitraan (2026)']);
    expect(parse(await readFile(join(dir, 'guideline', 'pedoman.yaml'), 'utf8')).id).toBe('pedoman-kerja-sama-kemitraan-2026');
    const missing = await cli(['init', join(await tempDir(), 'x')], process.cwd());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--title');
    const badId = await cli(['init', join(await tempDir(), 'y'), '--title', 'Y', '--id', 'Bukan Slug'], process.cwd());
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain("'Bukan Slug' is not a valid id");
  });

  it('writes CI files whose pedoman commands work in the workspace', async () => {
    const dir = await initWorkspace(['--ci-package', 'git+https://git.example.go.id/ditjenpas/pedoman.git#v0.1.0']);
    const github = parse(await readFile(join(dir, '.github', 'workflows', 'pedoman.yml'), 'utf8'));
    expect(github.jobs.validate.env.PEDOMAN_PACKAGE).toBe('git+https://git.example.go.id/ditjenpas/pedoman.git#v0.1.0');
    const gitlab = parse(await readFile(join(dir, '.gitlab-ci.yml'), 'utf8'));
    expect(gitlab['pedoman-validate'].artifacts.reports.junit).toBe('pedoman-junit.xml');

    const steps: string[] = github.jobs.validate.steps.map((s: { run?: string }) => s.run ?? '');
    const commands = [...steps, ...gitlab['pedoman-validate'].script]
      .flatMap((line: string) => line.split('\n'))
      .map((line: string) => line.trim())
      .filter((line: string) => line.startsWith('pedoman '));
    expect(commands).toContain('pedoman validate guideline --format github');
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const command of commands) {
      const argv = command.replace(/\s*(>|\|\|).*$/, '').split(/\s+/).slice(1);
      const result = await cli(argv, dir);
      expect(result.code, `${command}\n${result.stderr}`).toBe(0);
      if (argv.includes('junit')) expect(result.stdout).toMatch(/^<\?xml/);
    }

    // Without --ci-package, CI installs this pedoman, packed into tools/ and committed with the rest.
    const plain = await initWorkspace();
    const workflow = await readFile(join(plain, '.github', 'workflows', 'pedoman.yml'), 'utf8');
    const tarball = `tools/pedoman-${VERSION}.tgz`;
    expect(parse(workflow).jobs.validate.env.PEDOMAN_PACKAGE).toBe(`./${tarball}`);
    expect(parse(await readFile(join(plain, '.gitlab-ci.yml'), 'utf8'))['pedoman-validate'].variables.PEDOMAN_PACKAGE).toBe(`./${tarball}`);
    expect(git(plain, 'ls-files', 'tools').trim()).toBe(tarball);
    expect(git(plain, 'status', '--porcelain')).toBe('');
    // The tarball holds the built tool, so installing it runs no build step.
    // (Its size, not its bytes: it is larger than a pipe's default buffer.)
    const size = Number(git(plain, 'cat-file', '-s', `HEAD:${tarball}`).trim());
    expect(size).toBeGreaterThan(10_000);
  });

  it('reports in Indonesian with --lang id, and as JSON or nothing on request', async () => {
    const dir = join(await tempDir(), 'ws');
    const result = await cli(['--lang', 'id', 'init', dir, '--title', 'Pedoman Uji'], process.cwd());
    expect(result.stdout).toContain("pedoman 'Pedoman Uji' telah dibuat");
    expect(result.stdout).toContain('repositori git telah dibuat');
    const quiet = await cli(['init', join(await tempDir(), 'q'), '--title', 'Q', '--quiet'], process.cwd());
    expect(quiet.stdout).toBe('');
    const json = await cli(['init', join(await tempDir(), 'j'), '--title', 'J', '--json'], process.cwd());
    const report = JSON.parse(json.stdout);
    expect(report.written).toContain('guideline/pedoman.yaml');
    expect(report.git.initialised).toBe(true);
    expect(report.git.commit).toMatch(/^[0-9a-f]{40}$/);
  });
});
