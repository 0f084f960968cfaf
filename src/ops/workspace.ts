// Reads a guideline for editing: the manifest and section files as text plus their plain
// data, leniently (a section that fails its schema can still be renamed or listed), and
// strictly where an edit needs it (a file with YAML syntax errors is never edited).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { inLanguage, t, type Language } from '../i18n/index.js';
import { COMMENTS_DIR, MANIFEST_FILE, SECTIONS_DIR } from '../model/locate.js';
import { UserError } from '../core/errors.js';
import { isRecord } from '../core/guards.js';
import type { SectionKind } from '../model/kinds.js';
import type { SectionList } from '../model/typed.js';
import { openGuideline, type GuidelineModel } from '../model/guideline.js';
import type { RawItem } from '../model/raw.js';

export type { RawItem } from '../model/raw.js';

export interface RawFile {
  path: string;
  /** Relative to the guideline root, with forward slashes. */
  rel: string;
  text: string | undefined;
  data: unknown;
  /** The YAML could not be parsed (or the file could not be read). */
  broken: boolean;
}

export interface RawSection extends RawFile {
  id: string;
  /** Position in the manifest's list, from 0. */
  index: number;
  /** Which of the manifest's lists names it: the body's `sections` or the `annexes`. */
  list: SectionList;
  kind: SectionKind | undefined;
  title: string | undefined;
  items: RawItem[];
  exists: boolean;
}

export interface Workspace {
  root: string;
  /** The model it was read through; comments and the rest come from the same one. */
  model: GuidelineModel;
  manifest: RawFile & { text: string };
  sections: RawSection[];
  /** Section files in sections/ that the manifest does not list. */
  unlisted: string[];
}

/** The guideline as the section and item commands edit it, read through the model. */
export async function readWorkspace(root: string, model: GuidelineModel = openGuideline(root)): Promise<Workspace> {
  const raw = await model.raw();
  const manifestFile = raw.manifestFile;
  if (!raw.manifest) throw new UserError(t('workspace.manifestBroken', { file: MANIFEST_FILE }));
  const sections = raw.sections.map((s): RawSection => ({
    path: join(root, s.rel),
    rel: s.rel,
    text: s.exists ? s.file?.text : undefined,
    data: s.file?.data,
    broken: !s.exists || s.broken,
    id: s.id,
    index: s.index,
    list: s.list,
    kind: s.kind,
    title: s.hasTitle ? s.title : undefined,
    items: s.items,
    exists: s.exists,
  }));
  return {
    root,
    model,
    manifest: { path: manifestFile.path, rel: manifestFile.rel, text: manifestFile.text, data: raw.manifest, broken: false },
    sections,
    unlisted: raw.unlisted,
  };
}

/** The language the guideline is written in (its manifest's `language`), when it says. */
export function guidelineLanguage(workspace: Workspace): Language | undefined {
  const lang = isRecord(workspace.manifest.data) ? workspace.manifest.data.language : undefined;
  return lang === 'id' || lang === 'en' ? lang : undefined;
}

/** A commit message of a section or item edit, in the guideline's language (not the user's). */
export function commitText(workspace: Workspace, key: string, vars: Record<string, string | number>): string {
  return inLanguage(guidelineLanguage(workspace), () => t(key, vars));
}

/** Every id in the shared namespace of sections and items, with where it is used. */
export function usedIds(workspace: Workspace): Map<string, string> {
  const used = new Map<string, string>();
  for (const section of workspace.sections) {
    used.set(section.id, t('workspace.where.section', { file: section.rel }));
    for (const item of section.items) if (!used.has(item.id)) used.set(item.id, t('workspace.where.item', { section: section.id, file: section.rel }));
  }
  for (const id of workspace.unlisted) if (!used.has(id)) used.set(id, t('workspace.where.unlisted', { file: `${SECTIONS_DIR}/${id}.yaml` }));
  return used;
}

export function findSection(workspace: Workspace, id: string): RawSection {
  const section = workspace.sections.find((s) => s.id === id);
  if (!section) {
    throw new UserError(t('workspace.noSection', { id, known: workspace.sections.map((s) => s.id).join(', ') || '-' }));
  }
  return section;
}

/** A section that will be edited: its file exists and parses. */
export function editable(section: RawSection): RawSection & { text: string; data: Record<string, unknown> } {
  if (!section.exists) throw new UserError(t('workspace.sectionFileMissing', { id: section.id, file: section.rel }));
  if (section.broken || !isRecord(section.data)) throw new UserError(t('workspace.fileBroken', { file: section.rel }));
  return section as RawSection & { text: string; data: Record<string, unknown> };
}

/** The comment files of one section folder (names only; the comments module reads them). */
export async function commentFilesOf(root: string, section: string): Promise<string[]> {
  try {
    return (await readdir(join(root, COMMENTS_DIR, section))).filter((n) => n.endsWith('.yaml') && !n.startsWith('.')).sort();
  } catch {
    return [];
  }
}

/** The schema folder prefix for files in sections/, taken from the manifest's modeline when it has one. */
export function sectionModelinePrefix(manifestText: string | undefined): string {
  const match = /^#\s*yaml-language-server:\s*\$schema=(\S*?)manifest\.schema\.json\s*$/m.exec(manifestText ?? '');
  if (!match) return '../../schemas/';
  const prefix = match[1]!;
  if (/^[a-z]+:/i.test(prefix) || prefix.startsWith('/')) return prefix; // a URL or an absolute path
  return `../${prefix.replace(/^\.\//, '')}`;
}
