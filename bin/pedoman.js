#!/usr/bin/env node
// Thin binary: all logic lives in dist/cli/main.js so tests can call it in-process (and the
// stored help texts in dist/cli/quick.js).

// With --debug, stack traces name the TypeScript sources, not the bundled files in dist/. Turned
// on before the program is loaded, since it applies to modules loaded after it (and costs
// start-up time, so not otherwise).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
// Node 22.1 and later keep the compiled code of pedoman's modules between runs (in the OS temp
// folder, as Node does for every program that asks; NODE_DISABLE_COMPILE_CACHE=1 turns it off):
// a command starts faster from the second run on. Node 20 has no such cache.
// (node:module through process.getBuiltinModule(), not `import`: on Node 22+ an imported
// built-in costs start-up time, src/cli/quick.ts says why.)
process.getBuiltinModule('node:module').enableCompileCache?.();

// `pedoman … | head` closes the pipe early; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// A help text or the version, as the build stored it (dist/cli/quick.js says when that is
// exactly what the program would write); otherwise the program.
const argv = process.argv.slice(2);
const { helpWidth, quickAnswer } = await import('../dist/cli/quick.js');
const quick = quickAnswer(argv, process.env, { stdout: helpWidth(process.stdout), stderr: helpWidth(process.stderr) });
if (quick) {
  process.exitCode = quick.code;
  process[quick.stream].write(quick.text);
} else {
  const { run } = await import('../dist/cli/main.js');
  process.exitCode = await run({
    argv,
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    // Only a prompt reads stdin; opening it costs start-up time, so only when asked for.
    get stdin() {
      return process.stdin;
    },
  });
}
