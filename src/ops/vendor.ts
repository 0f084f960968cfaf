// The copy of pedoman that a new workspace's CI installs: `pedoman init` packs the running
// pedoman with `npm pack` (the package's published files, already built) into tools/ of the
// workspace, to be committed with it. Installing a packed tarball runs no prepare step, so CI
// needs neither the TypeScript compiler nor access to pedoman's git repository: only Node, npm
// and the npm registry for pedoman's dependencies.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { t } from '../i18n/index.js';

const run = promisify(execFile);

export const TOOLS_DIR = 'tools';

export type VendorResult =
  /** The tarball's place in the workspace (tools/pedoman-X.Y.Z.tgz) and its bytes, for init to write. */
  | { ok: true; path: string; bytes: Buffer }
  | { ok: false; reason: string };

/**
 * Packs the package at `packageRoot` (in a temporary folder of the OS, removed after) and returns
 * the tarball for WORKSPACE/tools/; writing it is init's, with the rest of the workspace.
 */
export async function vendorPedoman(packageRoot: string, env: NodeJS.ProcessEnv): Promise<VendorResult> {
  const staging = await mkdtemp(join(tmpdir(), 'pedoman-pack-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const { stdout } = await run(npm, ['pack', packageRoot, '--ignore-scripts', '--json', '--silent', '--pack-destination', staging], {
      env,
      shell: process.platform === 'win32',
      maxBuffer: 64 * 1024 * 1024,
    });
    const packed = (JSON.parse(stdout) as { filename: string }[])[0];
    if (!packed) return { ok: false, reason: 'npm pack wrote nothing' };
    const name = packed.filename.replace(/^.*[\\/]/, '');
    return { ok: true, path: `${TOOLS_DIR}/${name}`, bytes: await readFile(join(staging, name)) };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ok: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? t('init.ci.noNpm') : message };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
