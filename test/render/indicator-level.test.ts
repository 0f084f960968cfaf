// The level of an indicator (output, outcome, impact) among its details, in the document's language, in every format.
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { cleanupGuidelines, variant } from '../helpers/fixture.js';
import { build } from './helpers.js';

afterAll(cleanupGuidelines);

const FILE = 'sections/indikator.yaml';

async function indicator(level: string | undefined, language?: string) {
  const built = await build(variant((f) => {
    if (level !== undefined) f[FILE].items[0].level = level;
    if (language !== undefined) f['pedoman.yaml'].language = language;
  }));
  const chapter = built.doc.chapters.find((c) => c.kind === 'indicators');
  if (chapter?.kind !== 'indicators') throw new Error('no indicators chapter');
  return { built, entry: chapter.indicators[0]! };
}

describe('indicator level', () => {
  it('is named in Indonesian (Keluaran, Hasil, Dampak) and in English', async () => {
    expect((await indicator('output')).entry.level).toBe('Keluaran (output)');
    expect((await indicator('outcome')).entry.level).toBe('Hasil (outcome)');
    expect((await indicator('impact')).entry.level).toBe('Dampak (impact)');
    expect((await indicator('outcome', 'en')).entry.level).toBe('Outcome');
    expect((await indicator(undefined)).entry.level).toBeUndefined();
  });

  it('is shown with the indicator in Markdown and HTML, and left out when not set', async () => {
    const { built } = await indicator('outcome');
    expect(renderMarkdown(built.doc, { root: built.root })).toContain('- Tingkat: Hasil (outcome)');
    expect(renderHtml(built.doc, { root: built.root, paper: 'a4' })).toContain('<dt>Tingkat</dt><dd>Hasil (outcome)</dd>');
    const none = (await indicator(undefined)).built;
    expect(renderMarkdown(none.doc, { root: none.root })).not.toContain('- Tingkat: ');
  });
});
