// Shared by the render tests: check a guideline and build its document model.
import { checkGuideline } from '../../src/rules/check.js';
import { buildDocument, type DocumentModel, type ModelOptions } from '../../src/render/model.js';
import { writeGuideline, type Files } from '../helpers/fixture.js';
import { openGuideline } from '../../src/model/guideline.js';

export const SHIPPED = new URL('../../guideline/', import.meta.url).pathname.replace(/\/$/, '');

export interface Built {
  root: string;
  doc: DocumentModel;
  outcome: Awaited<ReturnType<typeof checkGuideline>>;
}

export async function buildAt(root: string, options: Partial<ModelOptions> = {}): Promise<Built> {
  const outcome = await checkGuideline(openGuideline(root));
  const doc = buildDocument(outcome.guideline, outcome.index, {
    final: false,
    commit: { hash: 'abc1234' },
    comments: { mode: 'none', records: [] },
    ...options,
  });
  return { root, doc, outcome };
}

export async function build(files: Files, options: Partial<ModelOptions> = {}): Promise<Built> {
  return buildAt(await writeGuideline(files), options);
}

/** A comment file as the comments store writes it. */
export function comment(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'substansi',
    author: { name: 'Rina', affiliation: 'UNODC' },
    created: '2026-11-20T09:00:00Z',
    status: 'open',
    ...fields,
  };
}
