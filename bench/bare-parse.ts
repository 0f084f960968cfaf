// The benchmark's floor for reading a guideline: read every YAML file pedoman reads (manifest,
// sections, comments, review stamps) and parse it with the `yaml` package, nothing else.
// Reads are synchronous, one file after the other: for many small files that is the cheapest
// way Node has (fs/promises costs several times the CPU), so the floor is as low as it gets.
// `node build/tools/bare-parse.js <guideline>` prints how many files and bytes it parsed.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

async function yamlFilesOf(root: string): Promise<string[]> {
  const files = [join(root, 'pedoman.yaml')];
  const yamlIn = async (dir: string) =>
    (await readdir(dir, { withFileTypes: true }).catch(() => []))
      .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
      .map((e) => join(dir, e.name));
  files.push(...(await yamlIn(join(root, 'sections'))));
  for (const folder of ['comments', 'reviews']) {
    const base = join(root, folder);
    for (const entry of await readdir(base, { withFileTypes: true }).catch(() => [])) {
      if (entry.isDirectory()) files.push(...(await yamlIn(join(base, entry.name))));
    }
  }
  return files;
}

async function bareParse(root: string): Promise<{ files: number; bytes: number }> {
  const files = await yamlFilesOf(root);
  let bytes = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += text.length;
    parse(text);
  }
  return { files: files.length, bytes };
}

const root = process.argv[2];
if (root === undefined) {
  process.stderr.write('usage: node build/tools/bare-parse.js <guideline folder>\n');
  process.exitCode = 2;
} else {
  const { files, bytes } = await bareParse(root);
  process.stdout.write(`parsed ${files} files, ${bytes} characters\n`);
}
