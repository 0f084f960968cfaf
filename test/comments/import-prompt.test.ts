// `comment import` in a terminal: the table of what would be created, then a question before
// anything is written (declined: nothing written); --yes writes without asking.
import { screen } from '@inquirer/testing/vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { itemBookmark } from '../../src/model/bookmarks.js';
import { cleanupGuidelines } from '../helpers/fixture.js';
import { bmEnd, bmStart, cEnd, cStart, docx, p, r } from './docx-fixture.js';
import { cleanupTemps, guidelineRepo, runTty, storedComments } from './helpers.js';

afterEach(async () => {
  await cleanupGuidelines();
  await cleanupTemps();
});

const WAIT = { timeout: 15_000, interval: 20 };

async function copy(root: string): Promise<string> {
  const file = join(root, 'tinjauan.docx');
  await writeFile(file, await docx({
    body: [p(bmStart(1, itemBookmark('duta-upt')), r('Setiap UPT menunjuk '), cStart(0), r('Duta Kerja Sama'), cEnd(0), bmEnd(1))],
    comments: [{ id: 0, author: 'Rina Wulandari', text: 'Berapa orang?' }],
  }));
  return file;
}

describe('comment import in a terminal', () => {
  it('shows the table and writes nothing when the question is declined', async () => {
    const root = await guidelineRepo();
    const run = runTty(['comment', 'import', await copy(root)], { cwd: root });
    await vi.waitFor(() => expect(screen.getScreen()).toContain('Create these 1 act(s)'), WAIT);
    expect(run.stdout()).toMatch(/peran › duta-upt\s+general\s+Rina Wulandari\s+Berapa orang\?/);
    screen.type('n');
    screen.keypress('enter');
    const result = await run.result;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nothing was saved.');
    expect(await storedComments(root)).toEqual([]);
  }, 60_000);

  it('writes without asking with --yes', async () => {
    const root = await guidelineRepo();
    const result = await runTty(['comment', 'import', await copy(root), '--yes'], { cwd: root }).result;
    expect(result.code, result.stderr).toBe(0);
    const acts = await storedComments(root);
    expect(acts.map((a) => [a.record.item, a.record.quote, a.record.author.name])).toEqual([['duta-upt', 'Duta Kerja Sama', 'Rina Wulandari']]);
  }, 60_000);
});
