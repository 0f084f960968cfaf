// Runs before every test file: tests use the message catalogues from the sources, since the
// built message tables (dist/i18n/messages.*.json) belong to the bundled program.
import { CATALOGS } from '../src/i18n/catalogs.js';
import { useCatalogs } from '../src/i18n/index.js';

useCatalogs(CATALOGS);
