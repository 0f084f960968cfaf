import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { runCli } from '../helpers/cli.js';
import { baseGuideline, cleanupGuidelines, writeGuideline } from '../helpers/fixture.js';
import { buildAt, SHIPPED } from './helpers.js';

afterAll(cleanupGuidelines);

describe('the same input renders the same bytes', () => {
  it('Markdown and HTML of the shipped draft, twice', async () => {
    const one = await buildAt(SHIPPED);
    const two = await buildAt(SHIPPED);
    expect(renderMarkdown(two.doc, { root: SHIPPED })).toBe(renderMarkdown(one.doc, { root: SHIPPED }));
    expect(renderHtml(two.doc, { root: SHIPPED, paper: 'a4' })).toBe(renderHtml(one.doc, { root: SHIPPED, paper: 'a4' }));
  });

  it('all three files through the CLI, with SOURCE_DATE_EPOCH pinning the PDF', { timeout: 60000 }, async () => {
    const root = await writeGuideline(baseGuideline());
    const env = { SOURCE_DATE_EPOCH: '1790000000' };
    const a = await runCli(['render', root, '--out', join(root, 'a')], { env });
    const b = await runCli(['render', root, '--out', join(root, 'b')], { env });
    expect([a.code, b.code]).toEqual([0, 0]);
    for (const ext of ['md', 'html', 'pdf']) {
      const first = readFileSync(join(root, 'a', `pedoman-uji.${ext}`));
      const second = readFileSync(join(root, 'b', `pedoman-uji.${ext}`));
      expect(second.equals(first), ext).toBe(true);
    }
    // 1790000000 s after 1970 is 2026-09-21 14:13:20 UTC.
    expect(readFileSync(join(root, 'a', 'pedoman-uji.pdf')).toString('latin1')).toContain('(D:20260921141320Z)');
  });

  it('--date pins the PDF too, and a different date gives a different PDF', async () => {
    const root = await writeGuideline(baseGuideline());
    await runCli(['render', root, '--format', 'pdf', '--date', '2026-01-02', '--out', join(root, 'a')]);
    await runCli(['render', root, '--format', 'pdf', '--date', '2026-01-02', '--out', join(root, 'b')]);
    await runCli(['render', root, '--format', 'pdf', '--date', '2026-01-03', '--out', join(root, 'c')]);
    const pdf = (dir: string) => readFileSync(join(root, dir, 'pedoman-uji.pdf'));
    expect(pdf('b').equals(pdf('a'))).toBe(true);
    expect(pdf('c').equals(pdf('a'))).toBe(false);
    expect(pdf('a').toString('latin1')).toContain('(D:20260102000000Z)');
  });
});
