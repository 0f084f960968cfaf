// Runs before every test file: tests use the message catalogues from the sources, since the
// built message tables (dist/i18n/messages.*.json) belong to the bundled program.
import { CATALOGS } from '../src/i18n/catalogs.js';
import { useCatalogs } from '../src/i18n/index.js';

useCatalogs(CATALOGS);

// Nothing of the terminal the suite was started from: its width, colour wishes or CI markers.
for (const name of ['COLUMNS', 'LINES', 'FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'EDITOR', 'VISUAL']) {
  delete process.env[name];
}
