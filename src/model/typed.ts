// The typed guideline: the manifest and the sections checked against their JSON Schemas, per
// item. An item that fails its schema is left out of what the rules see (so one mistake does
// not cascade), while the rest of its section is kept and checked, so that a second,
// independent mistake in the same file is reported in the same run.
import { join } from 'node:path';
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Finding } from '../core/findings.js';
import { isRecord } from '../core/guards.js';
import { relPath } from '../core/paths.js';
import { t } from '../i18n/index.js';
import { SLUG, slugify } from '../util/slug.js';
import { findingAt } from './finding.js';
import { KINDS, kindOf, SECTION_KINDS } from './kinds.js';
import { MANIFEST_FILE, SECTIONS_DIR } from './locate.js';
import { schemaFindings, validatorFor } from './schema.js';
import type { Manifest, Section, SourceFile } from './types.js';

/** The manifest's two lists of sections: the body's, then the annexes (lampiran). */
export type SectionList = 'sections' | 'annexes';
export const SECTION_LISTS: readonly SectionList[] = ['sections', 'annexes'];

export interface ListedSection {
  id: string;
  /** Position in its manifest list (`sections` or `annexes`), from 0. */
  index: number;
  /** Which list names it. */
  list: SectionList;
}

/**
 * The section ids the manifest lists, each once, in document order (whatever else the manifest
 * holds): the body's `sections`, then the `annexes`. An id in both lists counts where it comes
 * first.
 */
export function listedSections(manifestData: unknown): ListedSection[] {
  if (!isRecord(manifestData)) return [];
  const seen = new Set<string>();
  const out: ListedSection[] = [];
  for (const name of SECTION_LISTS) {
    const list = manifestData[name];
    if (!Array.isArray(list)) continue;
    list.forEach((id, index) => {
      if (typeof id !== 'string' || seen.has(id)) return;
      seen.add(id);
      out.push({ id, index, list: name });
    });
  }
  return out;
}

/** Every section id the manifest lists (body, then annexes), once each. */
export function listedIds(manifestData: unknown): string[] {
  return listedSections(manifestData).map((l) => l.id);
}

/** The manifest against its schema: the typed manifest when it passes. */
export function typedManifest(file: SourceFile): { manifest: Manifest | undefined; findings: Finding[] } {
  if (file.data === undefined) return { manifest: undefined, findings: [] }; // (data is only there when the YAML parsed)
  const validate = validatorFor('manifest');
  if (validate(file.data)) return { manifest: file.data as Manifest, findings: [] };
  return { manifest: undefined, findings: schemaFindings(validate.errors ?? [], file) };
}

export interface TypedSection {
  /** The section as the rules see it, or undefined when it cannot be checked at all. */
  section: Section | undefined;
  findings: Finding[];
  /** Ids of items that exist but failed their schema: references to them are not unknown. */
  looseIds: string[];
}

/**
 * One section file, checked: its kind, its schema (errors under `items/N` leave out only item
 * N; any other schema error leaves out the section) and that its id matches its file name.
 */
export function typedSection(root: string, id: string, file: SourceFile): TypedSection {
  if (file.data === undefined) {
    // The file could not be parsed: take its ids from the text, so that references into it are
    // not reported as unknown on top of the syntax error.
    return { section: undefined, findings: [], looseIds: idsInText(file.text) };
  }
  const data = file.data;
  const declared = isRecord(data) ? data.kind : undefined;
  const kind = kindOf(declared);
  if (!kind) {
    const finding = findingAt(file, declared === undefined ? [] : ['kind'], 'schema', 'error',
      declared === undefined
        ? t('load.kindMissing', { kinds: SECTION_KINDS.join(', ') })
        : t('load.kindUnknown', { kind: String(declared), kinds: SECTION_KINDS.join(', ') }));
    return { section: undefined, findings: [finding], looseIds: itemIds(data) };
  }
  const validate = validatorFor(KINDS[kind].schema);
  const findings: Finding[] = [];
  const badItems = new Set<number>();
  let sectionLevel = false;
  if (!validate(data)) {
    const errors = validate.errors ?? [];
    findings.push(...schemaFindings(errors, file));
    for (const error of errors) {
      const item = itemOf(error);
      if (item === undefined) sectionLevel = true;
      else badItems.add(item);
    }
  }
  const record = data as Record<string, unknown>;
  if (sectionLevel) return { section: undefined, findings, looseIds: itemIds(data) };

  const all = record.items as unknown[];
  const items: unknown[] = [];
  const fileIndex: number[] = [];
  const looseIds: string[] = [];
  all.forEach((item, i) => {
    if (badItems.has(i)) {
      // It exists, so references to it are not unknown; a mistyped id (Duta Pusat) was most
      // likely meant as its slug (duta-pusat), which the references use.
      const itemId = isRecord(item) ? item.id : undefined;
      if (typeof itemId === 'string') looseIds.push(itemId, slugify(itemId));
      return;
    }
    items.push(item);
    fileIndex.push(i);
  });
  // The kind as pedoman names it (a file may use an older spelling: metrics for indicators).
  const section = { ...record, kind, items, fileIndex, file } as unknown as Section;
  if (section.id !== id) {
    findings.push(findingAt(file, ['id'], 'section-id-mismatch', 'error',
      t('load.sectionIdMismatch', { id: section.id, file: relPath(root, file.path), expected: id })));
  }
  return { section, findings, looseIds };
}

/** The index N of an error at or below `/items/N`, else undefined (an error of the section itself). */
function itemOf(error: ErrorObject): number | undefined {
  const match = /^\/items\/(\d+)(?:\/|$)/.exec(error.instancePath);
  // A missing or extra field of an item is reported at the item's own path.
  return match ? Number(match[1]) : undefined;
}

function itemIds(data: unknown): string[] {
  const items = isRecord(data) ? data.items : undefined;
  if (!Array.isArray(items)) return [];
  return items.map((item) => (isRecord(item) ? item.id : undefined)).filter((id): id is string => typeof id === 'string');
}

const ID_LINE = /^[ \t]*(?:-[ \t]+)?id:[ \t]*["']?([a-z0-9]+(?:-[a-z0-9]+)*)["']?[ \t]*$/gm;

function idsInText(text: string): string[] {
  return [...text.matchAll(ID_LINE)].map((m) => m[1]!);
}

/** The path of a listed section's file, or undefined when its id cannot be a file name. */
export function sectionPath(root: string, id: string): string | undefined {
  return SLUG.test(id) ? join(root, SECTIONS_DIR, `${id}.yaml`) : undefined;
}

export function manifestPath(root: string): string {
  return join(root, MANIFEST_FILE);
}
