// The guideline read leniently, as plain data: every listed section with its items, whether or
// not it passes its schema, so that a reviewer can comment on a section that does not validate
// yet, a drafter can rename or list it, and two versions can be compared. Files with YAML
// errors are marked broken and are never edited.
import { asRecord, isRecord } from '../core/guards.js';
import { itemLabel, kindOf, type SectionKind } from './kinds.js';
import type { SourceFile } from './types.js';
import type { SectionList } from './typed.js';

export interface RawItem {
  id: string;
  /** Position in the file's `items`, from 0. */
  index: number;
  /** Title, term, name or indicator: what a person recognises the item by. */
  label: string;
  data: Record<string, unknown>;
}

export interface RawSection {
  id: string;
  /** Position in the manifest's list, from 0. */
  index: number;
  /** Which of the manifest's lists names it: the body's `sections` or the `annexes`. */
  list: SectionList;
  /** The kind the file declares, when pedoman knows it. */
  kind: SectionKind | undefined;
  /** The file's `kind` as written (for messages about an unknown one). */
  declaredKind: string | undefined;
  /** The title, or the id when the file has none. */
  title: string;
  /** Whether the file says its title (`title` falls back to the id). */
  hasTitle: boolean;
  items: RawItem[];
  /** The file; undefined when it does not exist (or its id cannot be a file name). */
  file: SourceFile | undefined;
  /** The file's data when it parsed as a mapping. */
  data: Record<string, unknown> | undefined;
  /** The path relative to the guideline root, with forward slashes. */
  rel: string;
  exists: boolean;
  /** It exists but its YAML could not be read. */
  broken: boolean;
}

export function rawSection(id: string, index: number, rel: string, file: SourceFile | undefined, list: SectionList = 'sections'): RawSection {
  const exists = file !== undefined;
  const data = asRecord(file?.data);
  const declared = data?.kind;
  const title = typeof data?.title === 'string' && data.title.trim() !== '' ? data.title : undefined;
  return {
    id,
    index,
    list,
    kind: kindOf(declared),
    declaredKind: typeof declared === 'string' ? declared : undefined,
    title: title ?? id,
    hasTitle: title !== undefined,
    items: rawItems(data, typeof declared === 'string' ? declared : undefined),
    file,
    data,
    rel,
    exists,
    broken: exists && file?.data === undefined,
  };
}

/** The items of a section's data with an id each (the first of two with one id). */
function rawItems(data: Record<string, unknown> | undefined, kind: string | undefined): RawItem[] {
  const items = Array.isArray(data?.items) ? data.items : [];
  const out: RawItem[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (!isRecord(item) || typeof item.id !== 'string' || seen.has(item.id)) return;
    seen.add(item.id);
    out.push({ id: item.id, index, label: itemLabel(item, kind), data: item });
  });
  return out;
}
