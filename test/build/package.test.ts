// What `npm pack` publishes is the tool and nothing else: the program in dist/ (no benchmark,
// no build-only scripts), the schemas, the templates, the binary and the README. A rendered
// draft never lands there, because render writes outside the published folders.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDER_DIR, workspaceRoot } from '../../src/model/locate.js';
import { REPO } from '../helpers/cli.js';

/** Every path a published file may have; anything else in the tarball is a mistake. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^bin\/pedoman\.js$/,
  /^dist\/cli\/(main|quick)\.js(\.map)?$/,
  /^dist\/model\/read-worker\.js(\.map)?$/,
  /^dist\/chunks\/[\w-]+\.js(\.map)?$/,
  /^dist\/i18n\/messages\.(en|id)\.json$/,
  /^dist\/help\/help\.(en|id)\.json$/,
  /^dist\/schema\/precompiled\.cjs$/,
  /^dist\/schema\/rule-options\.cjs$/,
  /^schemas\/[a-z]+\.schema\.json$/,
  /^templates\/[\w/.-]+\.eta$/,
  /^templates\/(typst\/)?[\w.-]+\.typ$/,
];

function packedFiles(): string[] {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--silent'], { cwd: REPO, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
}

describe('the published package', () => {
  it('holds only the tool', () => {
    const files = packedFiles();
    expect(files.filter((path) => !ALLOWED.some((pattern) => pattern.test(path)))).toEqual([]);
    for (const needed of ['bin/pedoman.js', 'dist/cli/main.js', 'dist/cli/quick.js', 'dist/help/help.en.json', 'dist/help/help.id.json', 'dist/model/read-worker.js', 'dist/schema/precompiled.cjs', 'dist/schema/rule-options.cjs', 'dist/i18n/messages.id.json', 'schemas/roles.schema.json', 'templates/document.html.eta', 'templates/document.typ', 'templates/typst/prose.typ']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((path) => /bench|compile\.js|\.(pdf|html|md)$/.test(path))).toEqual(['README.md']);
  });

  it('never holds a draft rendered with the defaults (npm start)', () => {
    const start = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).scripts.start as string;
    expect(start).toBe('node bin/pedoman.js render guideline --comments table');
    const out = join(workspaceRoot(join(REPO, 'guideline')), RENDER_DIR);
    expect(out).toBe(join(REPO, 'rendered'));
    const published = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).files as string[]);
    expect(published).not.toContain(RENDER_DIR);
    expect(published).not.toContain('build');
  });
});
