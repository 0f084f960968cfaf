// `pedoman __complete sections|items|comments [SECTION]`: the ids a completion script offers.
// Fast (reads only the manifest, the section files or the comment file names) and silent: a
// shell completing a word must never see an error message.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { COMMENTS_DIR, findGuidelineRoot } from '../../model/locate.js';
import { readWorkspace } from '../../ops/workspace.js';
import type { CliContext } from '../context.js';
import { EXIT_OK } from '../../core/errors.js';

export async function completeIds(context: CliContext, what: string, section: string | undefined, dir: string | undefined): Promise<number> {
  let ids: string[] = [];
  try {
    const root = findGuidelineRoot({ explicit: dir, cwd: context.cwd });
    if (what === 'comments') ids = await commentIds(root, section);
    else {
      const workspace = await readWorkspace(root);
      if (what === 'sections') ids = workspace.sections.map((s) => s.id);
      else if (what === 'items') {
        ids = workspace.sections.filter((s) => section === undefined || s.id === section).flatMap((s) => s.items.map((i) => i.id));
      }
    }
  } catch {
    ids = [];
  }
  if (ids.length > 0) context.out(`${ids.join('\n')}\n`);
  return EXIT_OK;
}

async function commentIds(root: string, section: string | undefined): Promise<string[]> {
  const base = join(root, COMMENTS_DIR);
  let folders: string[];
  try {
    folders = section !== undefined ? [section] : (await readdir(base, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
  const ids: string[] = [];
  for (const folder of folders.sort()) {
    try {
      for (const name of (await readdir(join(base, folder))).sort()) {
        if (/^[0-9a-hjkmnp-tv-z]{26}\.yaml$/.test(name)) ids.push(name.slice(0, -'.yaml'.length));
      }
    } catch {
      // no comments on this section
    }
  }
  return ids;
}
