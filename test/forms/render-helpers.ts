// Renders the annex fixture through the document model, for the renderer tests.
import { openGuideline } from '../../src/model/guideline.js';
import { buildDocument, type DocumentModel } from '../../src/render/model.js';
import { writeGuideline, type Files } from '../helpers/fixture.js';
import { annexGuideline } from './fixture.js';

export async function annexDocument(files: Files = annexGuideline(), language: 'id' | 'en' = 'id'): Promise<{ root: string; doc: DocumentModel }> {
  if (language === 'en') (files['pedoman.yaml'] as Record<string, unknown>).language = 'en';
  const root = await writeGuideline(files);
  const { guideline, index } = await openGuideline(root).typed();
  return { root, doc: buildDocument(guideline, index, { final: false, date: '2026-12-02', commit: {}, comments: { mode: 'none', threads: undefined } }) };
}
