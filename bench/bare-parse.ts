// The benchmark's floor for reading a guideline: read every YAML file pedoman reads (manifest,
// sections, comments, review stamps) and parse it with the fastest parser there is for it,
// js-yaml with its core schema, nothing else. With `--parser yaml` the same with the `yaml`
// package's parse (what every file cost before pedoman had a fast path; shown for reference).
// Reads are synchronous, one file after the other: for many small files that is the cheapest
// way Node has (fs/promises costs several times the CPU), so the floor is as low as it gets.
// `node build/tools/bare-parse.js [--parser js-yaml|yaml] <guideline>` prints how many files
// and characters it parsed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { parse } from 'yaml';

function yamlFilesOf(root: string): string[] {
  const files = [join(root, 'pedoman.yaml')];
  const list = (dir: string) => {
    try {
      return readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
  };
  const yamlIn = (dir: string) => list(dir).filter((e) => e.isFile() && e.name.endsWith('.yaml')).map((e) => join(dir, e.name));
  files.push(...yamlIn(join(root, 'sections')));
  for (const folder of ['comments', 'reviews']) {
    const base = join(root, folder);
    for (const entry of list(base)) if (entry.isDirectory()) files.push(...yamlIn(join(base, entry.name)));
  }
  return files;
}

function bareParse(root: string, parser: 'js-yaml' | 'yaml'): { files: number; chars: number } {
  const files = yamlFilesOf(root);
  let chars = 0;
  const options = { schema: jsYaml.CORE_SCHEMA };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    chars += text.length;
    if (parser === 'yaml') parse(text);
    else jsYaml.load(text, options);
  }
  return { files: files.length, chars };
}

const args = process.argv.slice(2);
let parser: 'js-yaml' | 'yaml' = 'js-yaml';
if (args[0] === '--parser') {
  const name = args[1];
  if (name !== 'js-yaml' && name !== 'yaml') args.length = 0;
  else parser = name;
  args.splice(0, 2);
}
const root = args[0];
if (root === undefined || args.length !== 1) {
  process.stderr.write('usage: node build/tools/bare-parse.js [--parser js-yaml|yaml] <guideline folder>\n');
  process.exitCode = 2;
} else {
  const { files, chars } = bareParse(root, parser);
  process.stdout.write(`parsed ${files} files, ${chars} characters (${parser})\n`);
}
