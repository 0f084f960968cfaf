// Build step (run by scripts/bundle.mjs as `node build/tools/compile.js dist/i18n`): writes one
// message table per language, dist/i18n/messages.<lang>.json, from the catalogues. At run time pedoman parses only the
// table of the language in use, on its first message: loading every catalogue of both
// languages as JavaScript was about a third of the start-up of `pedoman --help`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGS } from './catalogs.js';
import { LANGUAGES, mergeCatalogs, messagesPath } from './index.js';

// The folder to write into is the first argument: this script is built apart from the program
// (into build/, which is not published), so its own location says nothing about dist/.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2];
  for (const lang of LANGUAGES) {
    const target = outDir ? join(outDir, `messages.${lang}.json`) : messagesPath(lang);
    writeFileSync(target, `${JSON.stringify(mergeCatalogs(CATALOGS, lang))}\n`);
  }
}
