// Build step (run by scripts/bundle.mjs): writes one message table per language,
// dist/i18n/messages.<lang>.json, from the catalogues. At run time pedoman parses only the
// table of the language in use, on its first message: loading every catalogue of both
// languages as JavaScript was about a third of the start-up of `pedoman --help`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOGS } from './catalogs.js';
import { LANGUAGES, mergeCatalogs, messagesPath } from './index.js';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const lang of LANGUAGES) {
    writeFileSync(messagesPath(lang), `${JSON.stringify(mergeCatalogs(CATALOGS, lang))}\n`);
  }
}
