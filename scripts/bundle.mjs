// Builds dist/ from src/ with esbuild (run by `npm run build`, after `tsc --noEmit` has
// type-checked the sources). Why a bundle rather than tsc's one-file-per-module output: every
// `pedoman` run starts by loading the command-line definitions, and loading ~40 small ES
// modules (plus commander as CommonJS) cost more than the work of `pedoman --help` itself.
// Here the start-up path is a handful of files, and commander is bundled in.
//
// Layout (code relies on it): every entry point and every chunk sits exactly two folders below
// the package (dist/<folder>/<file>.js), so `new URL('../../schemas/', import.meta.url)` and
// `new URL('../model/read-worker.js', import.meta.url)` mean the same file from any of them.
// Code splitting keeps each module in exactly one file, so module state (the language of
// messages, the debug sink) and classes (instanceof UsageError) are never duplicated between
// the start-up code and a lazily imported command.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'dist');
const TOOLS_OUT = join(ROOT, 'build');

/** The program: the CLI and the comment-parsing worker it starts. This is what is published. */
const PROGRAM_ENTRY_POINTS = ['src/cli/main.ts', 'src/model/read-worker.ts'];

/**
 * What bin/pedoman.js loads first: the stored help texts and the version (src/cli/quick.ts).
 * Built on its own into one file (no chunks, no commander): each module more to load was a
 * measurable part of `pedoman --help`. It holds no state and no class the program shares (what
 * it bundles of core/ and i18n/ is a constant and a pure function), so a second copy is harmless.
 */
const QUICK_ENTRY_POINT = 'src/cli/quick.ts';

/**
 * Build-only programs (the two build steps below and the benchmark), bundled apart into build/,
 * which package.json's `files` leaves out: a user of pedoman needs none of them. Same layout
 * rule as dist/ (two folders below the package), so the benchmark finds the package root.
 */
const TOOL_ENTRY_POINTS = [
  'src/model/schema-precompile.ts',
  'src/rules/options-precompile.ts',
  'src/i18n/compile.ts',
  'src/cli/help-precompute.ts',
  'bench/run.ts',
  'bench/generate-cli.ts',
  'bench/bare-parse.ts',
];

/** Bundled in because it is on every command's start-up path; every other package stays a normal import. */
const BUNDLED_PACKAGES = new Set(['commander']);

const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies)
  .filter((name) => !BUNDLED_PACKAGES.has(name))
  .flatMap((name) => [name, `${name}/*`]);

const COMMON = {
  absWorkingDir: ROOT,
  outbase: 'src',
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: true,
  logLevel: 'warning',
  // Bundled CommonJS (commander) calls require() for Node's own modules; ES modules have none.
  banner: { js: "import { createRequire as __pedomanCreateRequire } from 'node:module';\nconst require = __pedomanCreateRequire(import.meta.url);" },
};

// Remove the previous build's code (not whatever else is in dist/, e.g. a draft rendered there
// by an older version of pedoman).
await removeBuiltCode(OUT, OUT);
await rm(TOOLS_OUT, { recursive: true, force: true });

await build({ ...COMMON, entryPoints: PROGRAM_ENTRY_POINTS, outdir: 'dist' });
await build({ ...COMMON, entryPoints: [QUICK_ENTRY_POINT], outdir: 'dist', splitting: false, banner: {} });
// All in build/tools/ (file names are unique), chunks in build/chunks/: two folders below the package.
await build({ ...COMMON, entryPoints: TOOL_ENTRY_POINTS, outdir: 'build', entryNames: 'tools/[name]' });

// Then what is built from the bundled code: the message tables (dist/i18n/messages.<lang>.json,
// without which pedoman cannot say anything, so first) and the schemas' precompiled validators
// (dist/schema/precompiled.cjs, and the rules' options: dist/schema/rule-options.cjs). Each step must leave its files behind.
await mkdir(join(OUT, 'schema'), { recursive: true });
await mkdir(join(OUT, 'i18n'), { recursive: true });
const STEPS = [
  { script: 'build/tools/compile.js', args: ['dist/i18n'], writes: ['dist/i18n/messages.en.json', 'dist/i18n/messages.id.json'] },
  { script: 'build/tools/schema-precompile.js', args: ['dist/schema/precompiled.cjs'], writes: ['dist/schema/precompiled.cjs'] },
  { script: 'build/tools/options-precompile.js', args: ['dist/schema/rule-options.cjs'], writes: ['dist/schema/rule-options.cjs'] },
  { script: 'build/tools/help-precompute.js', args: ['dist/help'], writes: ['dist/help/help.en.json', 'dist/help/help.id.json'] },
];
for (const step of STEPS) {
  execFileSync(process.execPath, [join(ROOT, step.script), ...step.args.map((a) => join(ROOT, a))], { cwd: ROOT, stdio: 'inherit' });
  for (const file of step.writes) {
    if (!existsSync(join(ROOT, file))) throw new Error(`build: ${step.script} did not write ${file}`);
  }
}

async function removeBuiltCode(dir, top) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await removeBuiltCode(path, top);
    else if (/\.(c?js|js\.map)$/.test(entry.name) || /^(messages|help)\.\w+\.json$/.test(entry.name)) await rm(path);
  }
  if (dir !== top && (await readdir(dir)).length === 0) await rm(dir, { recursive: true });
}
