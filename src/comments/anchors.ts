// What a comment can point at: the sections of the guideline (in manifest order) and their
// items, as the model reads them leniently, so that a reviewer can comment on a section that
// does not validate yet.
import { UserError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import type { GuidelineModel } from '../model/guideline.js';
import { SECTIONS_DIR } from '../model/locate.js';
import { rawSection, type RawItem, type RawSection } from '../model/raw.js';
import { listedSections } from '../model/typed.js';
import type { Guideline, SourceFile } from '../model/types.js';
import { closestN } from '../util/closest.js';

export type ItemAnchor = RawItem;

/** A section a comment can point at: a listed section whose file could be read. */
export interface SectionAnchor extends RawSection {
  /** 1-based position in the manifest's section list. */
  number: number;
  file: SourceFile;
  data: Record<string, unknown>;
}

/** How many choices a "did you mean" message lists before saying "and N more". */
const LISTED = 20;

/** The sections that can be commented on, in manifest order, from the model's raw sections. */
export function anchorsOf(sections: readonly RawSection[]): SectionAnchor[] {
  const out: SectionAnchor[] = [];
  for (const s of sections) {
    if (!s.file || !s.data) continue;
    out.push({ ...s, number: s.index + 1, file: s.file, data: s.data });
  }
  return out;
}

export interface Draft {
  anchors: SectionAnchor[];
  /** The language the guideline is written in (manifest `language`), when it says. */
  language: 'id' | 'en' | undefined;
  /** Listed sections whose file could not be read (YAML errors, missing): id → file (relative). */
  unreadable: Map<string, string>;
  /** The manifest's file (relative) when it could not be read. */
  manifestUnreadable: string | undefined;
  /** The version, when the manifest says the text is final (`status: final`). */
  finalVersion: string | undefined;
}

/**
 * What can be commented on, and what could not be read. With `only`, just that section's file
 * is read (when the manifest lists it), so that `comment add SECTION` starts fast.
 */
export async function draftOf(model: GuidelineModel, only?: string): Promise<Draft> {
  const manifest = await model.rawManifest();
  const one = only !== undefined ? await model.rawSection(only) : undefined;
  const sections = one ? [one] : (await model.raw()).sections;
  const unreadable = new Map<string, string>();
  for (const s of sections) if (!s.data) unreadable.set(s.id, s.rel);
  return {
    anchors: anchorsOf(sections),
    language: manifest.language,
    unreadable,
    manifestUnreadable: manifest.manifest === undefined ? manifest.manifestFile.rel : undefined,
    finalVersion: manifest.manifest?.status === 'final' ? String(manifest.manifest.version ?? '') : undefined,
  };
}

/** The anchors of a typed guideline's files (for the rules, which see the typed model). */
export function sectionAnchors(guideline: Guideline): SectionAnchor[] {
  const byRel = new Map(guideline.files.map((f) => [f.rel, f]));
  return anchorsOf(listedSections(guideline.manifestFile.data).map((l) => {
    const rel = `${SECTIONS_DIR}/${l.id}.yaml`;
    return rawSection(l.id, l.index, rel, byRel.get(rel));
  }));
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
