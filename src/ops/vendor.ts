// The copy of pedoman that a new workspace's CI installs: `pedoman init` packs the running
// pedoman with `npm pack` (the package's published files, already built) into tools/ of the
// workspace, to be committed with it. Installing a packed tarball runs no prepare step, so CI
// needs neither the TypeScript compiler nor access to pedoman's git repository: only Node, npm
// and the npm registry for pedoman's dependencies.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const TOOLS_DIR = 'tools';

export type VendorResult =
  /** The tarball, relative to the workspace (tools/pedoman-X.Y.Z.tgz); `written` when new. */
  | { ok: true; path: string; written: boolean }
  | { ok: false; reason: string };

/**
 * Packs the package at `packageRoot` into WORKSPACE/tools/. A tarball of the same name that is
 * there already is kept, never overwritten. The pack goes to a folder of its own first and is
 * then renamed into place, so an interrupted run leaves no half-written tarball.
 */
export async function vendorPedoman(packageRoot: string, workspace: string, env: NodeJS.ProcessEnv): Promise<VendorResult> {
  const tools = join(workspace, TOOLS_DIR);
  await mkdir(tools, { recursive: true });
  const staging = await mkdtemp(join(tools, '.pack-'));
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
    const path = `${TOOLS_DIR}/${name}`;
    if (existsSync(join(workspace, path))) return { ok: true, path, written: false };
    await rename(join(staging, name), join(workspace, path));
    return { ok: true, path, written: true };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ok: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'npm was not found' : message };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
