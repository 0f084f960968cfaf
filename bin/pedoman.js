#!/usr/bin/env node
// Thin binary: all logic lives in dist/cli/main.js so tests can call it in-process.
import { run } from '../dist/cli/main.js';

process.exitCode = await run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
