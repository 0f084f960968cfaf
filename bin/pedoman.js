#!/usr/bin/env node
// Thin binary: all logic lives in dist/cli/main.js so tests can call it in-process.
import { run } from '../dist/cli/main.js';

// `pedoman … | head` closes the pipe early; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  // Only a prompt reads stdin; opening it costs start-up time, so only when asked for.
  get stdin() {
    return process.stdin;
  },
});
