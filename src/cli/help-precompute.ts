// Build step (run by scripts/bundle.mjs as `node build/tools/help-precompute.js dist/help`):
// runs the program on every help request quick.ts answers (each command and subcommand with
// --help and -h, `help <command>`, pedoman and each group alone, --version and -V), in each
// language, and writes what it printed: dist/help/help.<lang>.json. Each text is taken at
// width 80 (what commander wraps to when the output is not a terminal) and unwrapped, with the
// width from which the unwrapped one is what commander writes (checked here at several widths).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { VERSION } from '../core/package.js';
import { CATALOGS } from '../i18n/catalogs.js';
import { LANGUAGES, useCatalogs, type Language } from '../i18n/index.js';
import { run } from './main.js';
import type { HelpTexts } from './quick.js';
import { commandTable, type AnyEntry, type GroupEntry } from './table.js';

/** Every word list a help request can be, from the command table (aliases included, hidden commands left out). */
export function helpRequests(): string[][] {
  const paths: string[][] = [[]];
  const groups: string[][] = [[]];
  const walk = (prefix: string[], entries: readonly (AnyEntry | GroupEntry)[]) => {
    for (const entry of entries) {
      if ('hidden' in entry && entry.hidden) continue;
      const names = [entry.name, ...(('aliases' in entry && entry.aliases) || [])];
      for (const name of names) {
        paths.push([...prefix, name]);
        if ('commands' in entry) {
          groups.push([...prefix, name]);
          walk([...prefix, name], entry.commands);
        }
      }
    }
  };
  walk([], commandTable(() => new Command()));
  const requests = [['--version'], ['-V'], ...groups];
  for (const path of paths) requests.push([...path, '--help'], [...path, '-h'], ['help', ...path]);
  return requests;
}

interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

/** Commander reads the terminal's width from process.stdout and process.stderr; set it for one run. */
async function runAt(argv: string[], lang: Language, width: number | undefined): Promise<Output> {
  const saved = [process.stdout, process.stderr].map((s) => [s, Object.getOwnPropertyDescriptor(s, 'isTTY'), Object.getOwnPropertyDescriptor(s, 'columns')] as const);
  for (const [stream] of saved) {
    Object.defineProperty(stream, 'isTTY', { value: width !== undefined, configurable: true, writable: true });
    Object.defineProperty(stream, 'columns', { value: width, configurable: true, writable: true });
  }
  try {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    stdout.on('data', (c: Buffer) => out.push(c));
    stderr.on('data', (c: Buffer) => err.push(c));
    const code = await run({ argv, cwd: process.cwd(), env: { PEDOMAN_LANG: lang, NO_COLOR: '1' }, stdout, stderr });
    return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
  } finally {
    for (const [stream, isTTY, columns] of saved) {
      delete (stream as { isTTY?: boolean }).isTTY;
      delete (stream as { columns?: number }).columns;
      if (isTTY) Object.defineProperty(stream, 'isTTY', isTTY);
      if (columns) Object.defineProperty(stream, 'columns', columns);
    }
  }
}

const same = (a: Output, b: Output) => a.code === b.code && a.stdout === b.stdout && a.stderr === b.stderr;

export async function helpTexts(lang: Language): Promise<HelpTexts> {
  const texts: string[] = [];
  const index = new Map<string, number>();
  const keep = (text: string) => {
    let i = index.get(text);
    if (i === undefined) index.set(text, (i = texts.push(text) - 1));
    return i;
  };
  const entries: HelpTexts['entries'] = {};
  for (const argv of helpRequests()) {
    const at80 = await runAt(argv, lang, undefined);
    // One stream written, the other silent; anything else stays with the program.
    if ((at80.stdout === '') === (at80.stderr === '')) continue;
    const stream = at80.stdout ? 0 : 1;
    const wide = await runAt(argv, lang, 100_000);
    const text = stream === 0 ? wide.stdout : wide.stderr;
    const wideFrom = Math.max(0, ...text.split('\n').map((line) => line.length));
    let holds = wide.code === at80.code;
    for (const width of [wideFrom, wideFrom + 1, wideFrom + 13, wideFrom + 80, 1000]) {
      if (holds && !same(wide, await runAt(argv, lang, width))) holds = false;
    }
    if (!holds) continue;
    entries[argv.join(' ')] = [at80.code, stream, keep(stream === 0 ? at80.stdout : at80.stderr), keep(text), wideFrom];
  }
  return { version: VERSION, texts, entries };
}

// The folder to write into is the first argument (this script is built into build/, apart from the program).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: help-precompute.js OUTDIR');
  useCatalogs(CATALOGS);
  mkdirSync(outDir, { recursive: true });
  for (const lang of LANGUAGES) {
    writeFileSync(join(outDir, `help.${lang}.json`), `${JSON.stringify(await helpTexts(lang))}\n`);
  }
}
