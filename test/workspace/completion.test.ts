import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { baseGuideline, cleanupGuidelines, writeGuideline } from '../helpers/fixture.js';
import { cleanupTemps, cli, tempDir } from './helpers.js';

afterEach(async () => {
  await cleanupTemps();
  await cleanupGuidelines();
});

const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/** Every command path the program has, read from the root help and each command's help. */
async function commandNames(): Promise<string[]> {
  const names = (help: string) => {
    const block = help.split(/^Commands:$/m)[1] ?? '';
    return [...block.matchAll(/^ {2}([a-z_-]+)/gm)].map((m) => m[1]!).filter((n) => n !== 'help');
  };
  const top = names((await cli(['--help'], process.cwd())).stdout);
  const out: string[] = [];
  for (const name of top) {
    out.push(name);
    for (const sub of names((await cli([name, '--help'], process.cwd())).stdout)) out.push(`${name} ${sub}`);
  }
  return out;
}

describe('pedoman completion', () => {
  it('prints a bash script that parses and names every command', async () => {
    const result = await cli(['completion', 'bash'], process.cwd());
    expect(result.code).toBe(0);
    const dir = await tempDir();
    await writeFile(join(dir, 'c.bash'), result.stdout);
    execFileSync('bash', ['-n', join(dir, 'c.bash')]);
    const commands = await commandNames();
    expect(commands).toEqual(expect.arrayContaining(['init', 'section add', 'item rename', 'comment add', 'completion']));
    for (const path of commands) {
      const [parent, leaf] = path.includes(' ') ? path.split(' ') : ['', path];
      expect(result.stdout, path).toMatch(new RegExp(`'${parent}'\\) echo '[^']*\\b${leaf}\\b`));
    }
    expect(result.stdout).not.toContain('__complete\'');
  });

  it.skipIf(!has('zsh'))('prints a zsh script that parses', async () => {
    const result = await cli(['completion', 'zsh'], process.cwd());
    const dir = await tempDir();
    await writeFile(join(dir, '_pedoman'), result.stdout);
    execFileSync('zsh', ['-n', join(dir, '_pedoman')]);
  });

  it.skipIf(!has('fish'))('prints a fish script that parses', async () => {
    const result = await cli(['completion', 'fish'], process.cwd());
    const dir = await tempDir();
    await writeFile(join(dir, 'pedoman.fish'), result.stdout);
    execFileSync('fish', ['-n', join(dir, 'pedoman.fish')]);
  });

  it('lists commands, options and subcommands in the zsh and fish scripts too', async () => {
    for (const shell of ['zsh', 'fish']) {
      const script = (await cli(['completion', shell], process.cwd())).stdout;
      for (const word of ['validate', 'init', 'section', 'rename', 'remove', 'item', 'comment', 'answer', 'object', 'completion', 'no-commit', 'kind']) {
        expect(script, `${shell}: ${word}`).toContain(word);
      }
    }
    const fish = (await cli(['--lang', 'id', 'completion', 'fish'], process.cwd())).stdout;
    expect(fish).toContain("-d 'menambah bagian");
  });

  it('refuses an unknown shell', async () => {
    const result = await cli(['completion', 'powershell'], process.cwd());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'powershell'");
  });

  it('completes section, item and comment ids from the nearest guideline, silently on errors', async () => {
    const root = await writeGuideline(baseGuideline());
    const sections = await cli(['__complete', 'sections'], join(root, 'sections'));
    expect(sections.stdout).toBe('pendahuluan\npengertian\nperan\nmekanisme\nindikator\n');
    const items = await cli(['__complete', 'items', 'peran'], root);
    expect(items.stdout).toBe('duta-pusat\nduta-upt\n');
    const id = '01k0000000000000000000000a';
    await mkdir(join(root, 'comments', 'peran'), { recursive: true });
    await writeFile(join(root, 'comments', 'peran', `${id}.yaml`), 'id: x\n');
    expect((await cli(['__complete', 'comments'], root)).stdout).toBe(`${id}\n`);
    const nowhere = await tempDir();
    const silent = await cli(['__complete', 'sections'], nowhere);
    expect(silent).toEqual({ code: 0, stdout: '', stderr: '' });
    const help = await cli(['--help'], root);
    expect(help.stdout).not.toContain('__complete');
  });

  it('completes words in a real bash session through the script', async () => {
    const root = await writeGuideline(baseGuideline());
    const dir = await tempDir();
    const bin = join(dir, 'bin');
    await mkdir(bin);
    await writeFile(join(bin, 'pedoman'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    await chmod(join(bin, 'pedoman'), 0o755);
    await writeFile(join(dir, 'c.bash'), (await cli(['completion', 'bash'], process.cwd())).stdout);
    const complete = (...words: string[]) =>
      execFileSync('bash', ['-c', `source c.bash; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; __pedoman_complete; printf '%s\\n' "\${COMPREPLY[@]}"`], {
        cwd: dir,
        env: { PATH: `${bin}:${process.env.PATH}`, HOME: dir, PEDOMAN_LANG: 'en' },
        encoding: 'utf8',
      }).trim().split('\n');
    expect(complete('pedoman', 'sec')).toEqual(['section']);
    expect(complete('pedoman', 'section', 'add', '--kind', 'ro')).toEqual(['roles']);
    expect(complete('pedoman', 'section', 'move', '--dir', root, 'pen')).toEqual(['pendahuluan', 'pengertian']);
    expect(complete('pedoman', 'item', 'rename', '--dir', root, 'peran', '')).toEqual(['duta-pusat', 'duta-upt']);
    expect(complete('pedoman', 'section', 'rename', '--no')).toEqual(['--no-commit', '--no-color']);
  });
});
