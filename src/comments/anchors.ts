// What a comment can point at: the sections of the guideline (in manifest order) and their
// items, read leniently from the section files so that a reviewer can comment on a section
// that does not validate yet.
import { t } from '../i18n/index.js';
import { join } from 'node:path';
import { readSource } from '../model/load.js';
import { MANIFEST_FILE, SECTIONS_DIR } from '../model/locate.js';
import type { Guideline, SourceFile } from '../model/types.js';
import { closestN } from '../util/closest.js';
import { SLUG } from '../util/slug.js';
import { UserError } from '../core/errors.js';
import { type Finding } from '../core/findings.js';

export interface ItemAnchor {
  id: string;
  /** A human label: title, term, name or indicator. */
  label: string;
  data: Record<string, unknown>;
}

export interface SectionAnchor {
  id: string;
  title: string;
  /** 1-based position in the manifest's section list. */
  number: number;
  kind: string | undefined;
  items: ItemAnchor[];
  file: SourceFile;
  data: Record<string, unknown>;
}

/** How many choices a "did you mean" message lists before saying "and N more". */
const LISTED = 20;

/** The anchors of a loaded guideline. */
export function sectionAnchors(guideline: Guideline): SectionAnchor[] {
  return anchorsFrom(guideline.manifestFile, guideline.files);
}

/**
 * The anchors read straight from the files: YAML only, no schema checks, so commands that
 * only need to know what can be commented on start fast. With `only`, just that section
 * (when the manifest lists it).
 */
export async function loadAnchors(root: string, only?: string): Promise<SectionAnchor[]> {
  return (await loadDraft(root, only)).anchors;
}

export interface Draft {
  anchors: SectionAnchor[];
  /** The language the guideline is written in (manifest `language`), when it says. */
  language: 'id' | 'en' | undefined;
  /** Listed sections whose file could not be read (YAML errors, missing): id → file (relative). */
  unreadable: Map<string, string>;
  /** The manifest's file (relative) when it could not be read. */
  manifestUnreadable: string | undefined;
}

/** The anchors, the guideline's language, and what could not be read. */
export async function loadDraft(root: string, only?: string): Promise<Draft> {
  const ignored: Finding[] = [];
  const manifest = await readSource(root, join(root, MANIFEST_FILE), ignored);
  const declared = asRecord(manifest.data)?.language;
  const language = declared === 'id' || declared === 'en' ? declared : undefined;
  const listed = listedSections(manifest.data).filter((id) => SLUG.test(id));
  // One section is enough when the caller knows which; an unknown one needs them all for the hint.
  const ids = only !== undefined && listed.includes(only) ? [only] : listed;
  const files = await Promise.all(ids.map((id) => readSource(root, join(root, SECTIONS_DIR, `${id}.yaml`), ignored)));
  const unreadable = new Map<string, string>();
  files.forEach((file, i) => {
    if (file.data === undefined) unreadable.set(ids[i]!, file.rel);
  });
  return {
    anchors: anchorsFrom(manifest, files),
    language,
    unreadable,
    manifestUnreadable: manifest.data === undefined ? manifest.rel : undefined,
  };
}

function anchorsFrom(manifestFile: SourceFile, files: readonly SourceFile[]): SectionAnchor[] {
  const byId = new Map<string, SourceFile>();
  for (const file of files) {
    const match = /^sections\/([^/]+)\.yaml$/.exec(file.rel);
    if (match) byId.set(match[1]!, file);
  }
  const order = listedSections(manifestFile.data);
  const anchors: SectionAnchor[] = [];
  order.forEach((id, i) => {
    const file = byId.get(id);
    if (!file || file.data === undefined) return;
    const data = asRecord(file.data) ?? {};
    const title = typeof data.title === 'string' && data.title.trim() !== '' ? data.title : id;
    const kind = typeof data.kind === 'string' ? data.kind : undefined;
    const items: ItemAnchor[] = [];
    const seen = new Set<string>();
    for (const raw of Array.isArray(data.items) ? data.items : []) {
      const item = asRecord(raw);
      if (!item || typeof item.id !== 'string' || seen.has(item.id)) continue;
      seen.add(item.id);
      items.push({ id: item.id, label: itemLabel(item), data: item });
    }
    anchors.push({ id, title, number: i + 1, kind, items, file, data });
  });
  return anchors;
}

export function itemLabel(item: Record<string, unknown>): string {
  const text = (key: string) => (typeof item[key] === 'string' ? (item[key] as string) : undefined);
  const indicator = text('indicator');
  if (indicator) return text('code') ? `${text('code')} ${indicator}` : indicator;
  return text('title') ?? text('term') ?? text('name') ?? String(item.id);
}

/** The section with this id; a usage error listing the closest (or all) sections otherwise. */
export function requireSection(anchors: readonly SectionAnchor[], input: string): SectionAnchor {
  const wanted = input.trim();
  const found = anchors.find((s) => s.id === wanted) ?? anchors.find((s) => s.title.toLowerCase() === wanted.toLowerCase());
  if (found) return found;
  throw new UserError(t('comments.error.unknownSection', { section: input, choices: choices(wanted, anchors.map((s) => s.id)) }));
}

/** The item with this id in the section; a usage error with the closest (or all) items otherwise. */
export function requireItem(anchors: readonly SectionAnchor[], section: SectionAnchor, input: string): ItemAnchor {
  const found = section.items.find((i) => i.id === input.trim());
  if (found) return found;
  const elsewhere = anchors.find((s) => s.items.some((i) => i.id === input.trim()));
  if (elsewhere) {
    throw new UserError(t('comments.error.itemElsewhere', { item: input, section: section.id, other: elsewhere.id }));
  }
  if (section.items.length === 0) throw new UserError(t('comments.error.noItems', { item: input, section: section.id }));
  throw new UserError(t('comments.error.unknownItem', { item: input, section: section.id, choices: choices(input, section.items.map((i) => i.id)) }));
}

/** "closest: a, b" when some are close, else the whole list (cut at LISTED). */
export function choices(input: string, ids: readonly string[]): string {
  const near = closestN(input, ids, 5);
  if (near.length > 0) return t('comments.error.closest', { list: near.join(', ') });
  const shown = ids.slice(0, LISTED).join(', ');
  return t('comments.error.valid', { list: ids.length > LISTED ? `${shown}, ${t('comments.error.more', { count: ids.length - LISTED })}` : shown });
}

function listedSections(data: unknown): string[] {
  const record = asRecord(data);
  const list = record?.sections;
  if (!Array.isArray(list)) return [];
  return [...new Set(list.filter((s): s is string => typeof s === 'string'))];
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
