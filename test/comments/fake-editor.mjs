// Stands in for the user's $EDITOR in prompt tests: "saves" the text the test put in
// PEDOMAN_TEST_EDITOR_TEXT into the file the editor prompt opened.
import { writeFileSync } from 'node:fs';

writeFileSync(process.argv[process.argv.length - 1], process.env.PEDOMAN_TEST_EDITOR_TEXT ?? '');
