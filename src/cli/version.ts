import { readFileSync } from 'node:fs';

/** The folder of the pedoman package (src/ or dist/ are one level below it, and so is this file's folder). */
export const PACKAGE_ROOT = new URL('../../', import.meta.url);
const PACKAGE = JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string };
export const VERSION = PACKAGE.version;
