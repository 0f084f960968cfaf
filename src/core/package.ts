// Where pedoman itself is installed, and its version. This file and every bundled file sit one
// folder below the package (src/core/, dist/<folder>/), so the package is two folders up.
import { readFileSync } from 'node:fs';

export const PACKAGE_ROOT = new URL('../../', import.meta.url);
const PACKAGE = JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string };
export const VERSION = PACKAGE.version;

/** The templates shipped with pedoman (render templates, the starter guideline of `init`). */
export const TEMPLATES_DIR = new URL('templates/', PACKAGE_ROOT);
