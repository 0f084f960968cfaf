// Reads a guideline for editing: the manifest and section files as text plus their plain
// data, leniently (a section that fails its schema can still be renamed or listed), and
// strictly where an edit needs it (a file with YAML syntax errors is never edited).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { t } from '../i18n/index.js';
import { COMMENTS_DIR, MANIFEST_FILE, SECTIONS_DIR } from '../model/locate.js';
import { SECTION_KINDS, type SectionKind } from '../model/types.js';
import { UserError } from '../core/errors.js';

export interface RawItem {
  id: string;
  index: number;
  /** Title, term, name or indicator: what a person recognises the item by. */
  label: string;
  data: Record<string, unknown>;
}

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
  kind: SectionKind | undefined;
  title: string | undefined;
  items: RawItem[];
  exists: boolean;
}

export interface Workspace {
  root: string;
  manifest: RawFile;
  sections: RawSection[];
  /** Section files in sections/ that the manifest does not list. */
  unlisted: string[];
}

export async function readWorkspace(root: string): Promise<Workspace> {
  const manifest = await readRaw(root, MANIFEST_FILE);
  if (manifest.broken || !isRecord(manifest.data)) {
    throw new UserError(t('workspace.manifestBroken', { file: MANIFEST_FILE }));
  }
  const listed = Array.isArray(manifest.data.sections) ? manifest.data.sections.filter((s): s is string => typeof s === 'string') : [];
  const sections = await Promise.all(
    listed.map(async (id, index) => {
      const raw = await readRaw(root, `${SECTIONS_DIR}/${id}.yaml`);
      const data = isRecord(raw.data) ? raw.data : {};
      const kind = typeof data.kind === 'string' && (SECTION_KINDS as readonly string[]).includes(data.kind) ? (data.kind as SectionKind) : undefined;
      return {
        ...raw,
        id,
        index,
        kind,
        title: typeof data.title === 'string' ? data.title : undefined,
        items: itemsOf(data),
        exists: raw.text !== undefined,
      } satisfies RawSection;
    }),
  );
  let names: string[] = [];
  try {
    names = (await readdir(join(root, SECTIONS_DIR))).filter((n) => n.endsWith('.yaml'));
  } catch {
    names = [];
  }
  const unlisted = names.map((n) => n.replace(/\.yaml$/, '')).filter((id) => !listed.includes(id)).sort();
  return { root, manifest, sections, unlisted };
}

export async function readRaw(root: string, rel: string): Promise<RawFile> {
  const path = join(root, rel);
  let text: string | undefined;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { path, rel, text: undefined, data: undefined, broken: true };
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { path, rel, text, data: undefined, broken: true };
  return { path, rel, text, data: doc.toJS(), broken: false };
}

function itemsOf(data: Record<string, unknown>): RawItem[] {
  const items = Array.isArray(data.items) ? data.items : [];
  const out: RawItem[] = [];
  items.forEach((item, index) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const label = [item.title, item.term, item.name, item.indicator].find((v) => typeof v === 'string') as string | undefined;
    out.push({ id: item.id, index, label: label ?? item.id, data: item });
  });
  return out;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
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
