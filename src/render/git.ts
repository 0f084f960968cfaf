// The git commit the draft was rendered from, printed on the cover. Outside git (or without
// git installed) the commit is unknown, which the cover says.
import { execFile } from 'node:child_process';
import type { CommitInfo } from './model.js';

function git(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', timeout: 10000, windowsHide: true }, (error, stdout) => {
      resolve(error ? undefined : stdout.trim());
    });
  });
}

export async function commitInfo(root: string): Promise<CommitInfo> {
  const hash = await git(['rev-parse', '--short', 'HEAD'], root);
  if (!hash) return {};
  // Uncommitted changes to the draft itself mean the printed text is not exactly that commit.
  const status = await git(['status', '--porcelain', '--', 'pedoman.yaml', 'sections', 'templates'], root);
  return status ? { hash, dirty: true } : { hash };
}
