// The semantic difference between two versions of a guideline. Sections and items are
// matched by id, never by position or title, so a term renamed under the same id is a change
// of its `term` field, not a removal plus an addition. Order changes are moves (the fewest
// entries that must move: everything outside the longest common subsequence). Fields are
// compared deeply; text fields (per the JSON Schemas) get word-level differences.
import { diffArrays, diffWords } from 'diff';
import { isDeepStrictEqual } from 'node:util';
import { canonicalJson, FINGERPRINT_EXCLUDES } from './fingerprint.js';
import type { Snapshot, SnapshotSection } from './snapshot.js';
import { textKindAt, type PathSegment } from './text-fields.js';
import { itemLabel } from '../model/kinds.js';

export type WordOp = '=' | '+' | '-';

export interface WordPart {
  op: WordOp;
  text: string;
}

export interface FieldChange {
  /** Where, e.g. `term`, `duties[2]`, `appointment.by`. */
  path: string;
  op: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
  /** For a changed text field: the words kept, deleted and inserted. */
  words?: WordPart[];
}

export type EntryStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ItemDiff {
  id: string;
  /** The item's name as printed (term, name, title, code and indicator). */
  label: string;
  /** The section it is in (for a removed item: was in). */
  section: string;
  status: EntryStatus;
  /** Set when the item moved: to another section, or to another place in its section. */
  moved?: { fromSection: string; toSection: string; from: number; to: number };
  fields: FieldChange[];
}

export interface SectionDiff {
  id: string;
  title: string;
  status: EntryStatus;
  /** Set when the section moved in the manifest's order (1-based positions). */
  moved?: { from: number; to: number };
  /** For an added or removed section: how many items it holds (held). */
  itemCount: number;
  /** For an added or removed section: the labels of its items. */
  itemLabels: string[];
  fields: FieldChange[];
  items: ItemDiff[];
}

export interface GuidelineDiff {
  manifest: FieldChange[];
  sections: SectionDiff[];
  summary: {
    sections: Record<'added' | 'removed' | 'changed' | 'moved', number>;
    items: Record<'added' | 'removed' | 'changed' | 'moved', number>;
  };
}

/** Manifest keys shown as section and item changes instead. */
const MANIFEST_SKIP = new Set(['sections']);
/** A section's review status is workflow, not text (`pedoman status` shows it); as in its fingerprint. */
const SECTION_SKIP: ReadonlySet<string> = new Set(FINGERPRINT_EXCLUDES);

export function diffGuidelines(from: Snapshot, to: Snapshot): GuidelineDiff {
  const manifest = diffValue('manifest', [], from.manifest ?? {}, to.manifest ?? {}, MANIFEST_SKIP);

  const fromIds = from.sections.map((s) => s.id);
  const toIds = to.sections.map((s) => s.id);
  const fromById = new Map(from.sections.map((s) => [s.id, s]));
  const toById = new Map(to.sections.map((s) => [s.id, s]));
  const movedSections = movedIds(fromIds.filter((id) => toById.has(id)), toIds.filter((id) => fromById.has(id)));

  // Items are matched across the whole guideline, so an item moved to another section is a move.
  const fromItems = itemPlaces(from.sections);
  const toItems = itemPlaces(to.sections);
  const sameSectionMoves = new Set<string>();
  for (const section of to.sections) {
    const before = fromById.get(section.id);
    if (!before) continue;
    const common = (s: SnapshotSection, other: Map<string, ItemPlace>) =>
      items(s).map((i, index) => keyOf(i, index)).filter((k) => other.get(k)?.section === section.id);
    for (const id of movedIds(common(before, toItems), common(section, fromItems))) sameSectionMoves.add(id);
  }

  const sections: SectionDiff[] = [];
  const summary = {
    sections: { added: 0, removed: 0, changed: 0, moved: 0 },
    items: { added: 0, removed: 0, changed: 0, moved: 0 },
  };

  for (const [position, section] of to.sections.entries()) {
    const before = fromById.get(section.id);
    if (!before) {
      const labels = items(section).map((i) => labelOf(section.kind, i));
      sections.push({ id: section.id, title: titleOf(section), status: 'added', itemCount: labels.length, itemLabels: labels, fields: [], items: [] });
      summary.sections.added++;
      continue;
    }
    const schema = section.kind ?? before.kind ?? 'narrative';
    const fields = diffValue(schema, [], withoutItems(before.data), withoutItems(section.data), SECTION_SKIP);
    const itemDiffs: ItemDiff[] = [];
    for (const [index, item] of items(section).entries()) {
      const key = keyOf(item, index);
      const was = fromItems.get(key);
      if (!was) {
        itemDiffs.push({ id: key, label: labelOf(section.kind, item), section: section.id, status: 'added', fields: [] });
        continue;
      }
      const itemSchema = section.kind === was.kind ? schema : section.kind ?? schema;
      const changes = diffValue(itemSchema, ['items', index], was.item, item);
      const moved = was.section !== section.id || sameSectionMoves.has(key)
        ? { fromSection: was.section, toSection: section.id, from: was.index + 1, to: index + 1 }
        : undefined;
      if (changes.length === 0 && !moved) continue;
      itemDiffs.push({
        id: key,
        label: labelOf(section.kind, item),
        section: section.id,
        status: changes.length > 0 ? 'changed' : 'unchanged',
        ...(moved ? { moved } : {}),
        fields: changes,
      });
    }
    for (const [index, item] of items(before).entries()) {
      const key = keyOf(item, index);
      if (toItems.has(key)) continue;
      itemDiffs.push({ id: key, label: labelOf(before.kind, item), section: before.id, status: 'removed', fields: [] });
    }
    const moved = movedSections.has(section.id) ? { from: fromIds.indexOf(section.id) + 1, to: position + 1 } : undefined;
    if (fields.length === 0 && itemDiffs.length === 0 && !moved) continue;
    sections.push({
      id: section.id,
      title: titleOf(section),
      status: fields.length > 0 || itemDiffs.length > 0 ? 'changed' : 'unchanged',
      ...(moved ? { moved } : {}),
      itemCount: items(section).length,
      itemLabels: [],
      fields,
      items: itemDiffs,
    });
  }

  // Items of a removed section that live on elsewhere are moves, shown at their new place.
  for (const section of from.sections) {
    if (toById.has(section.id)) continue;
    const gone = items(section).filter((item, index) => !toItems.has(keyOf(item, index)));
    sections.push({
      id: section.id,
      title: titleOf(section),
      status: 'removed',
      itemCount: items(section).length,
      itemLabels: gone.map((i) => labelOf(section.kind, i)),
      fields: [],
      items: [],
    });
    summary.sections.removed++;
  }

  for (const section of sections) {
    if (section.status === 'changed') summary.sections.changed++;
    if (section.moved) summary.sections.moved++;
    for (const item of section.items) {
      if (item.status === 'added' || item.status === 'removed' || item.status === 'changed') summary.items[item.status]++;
      if (item.moved) summary.items.moved++;
    }
  }
  return { manifest, sections, summary };
}

export function isEmptyDiff(diff: GuidelineDiff): boolean {
  return diff.manifest.length === 0 && diff.sections.length === 0;
}

interface ItemPlace {
  section: string;
  kind: string | undefined;
  index: number;
  item: unknown;
}

function items(section: SnapshotSection): unknown[] {
  return Array.isArray(section.data.items) ? section.data.items : [];
}

/** An item's id; an item without one (an invalid file) is known by its place. */
function keyOf(item: unknown, index: number): string {
  const id = item && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
  return typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
}

function itemPlaces(sections: readonly SnapshotSection[]): Map<string, ItemPlace> {
  const out = new Map<string, ItemPlace>();
  for (const section of sections) {
    items(section).forEach((item, index) => {
      const key = keyOf(item, index);
      if (key.startsWith('#')) return; // no id: not matched across sections
      if (!out.has(key)) out.set(key, { section: section.id, kind: section.kind, index, item });
    });
  }
  return out;
}

function withoutItems(data: Record<string, unknown>): Record<string, unknown> {
  const { items: _items, ...rest } = data;
  return rest;
}

function titleOf(section: SnapshotSection): string {
  return typeof section.data.title === 'string' ? section.data.title : section.id;
}

/** The item's name as printed: what a reader would call it. */
export function labelOf(kind: string | undefined, item: unknown): string {
  return itemLabel(item, kind);
}

/** Ids present in both orders that must move to turn `before` into `after`: those outside the longest common subsequence. */
export function movedIds(before: readonly string[], after: readonly string[]): Set<string> {
  const n = before.length;
  const m = after.length;
  // Classic LCS table; lists here are short (sections, items of one section).
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = before[i] === after[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m;) {
    if (before[i] === after[j]) {
      kept.add(before[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) {
      i++;
    } else {
      j++;
    }
  }
  return new Set(after.filter((id) => !kept.has(id)));
}

export function formatFieldPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The differences between two values of a file of schema `schema`, at `base` inside it
 * (paths in the result are relative to `base`).
 */
export function diffValue(schema: string, base: readonly PathSegment[], before: unknown, after: unknown, skipKeys: ReadonlySet<string> = new Set()): FieldChange[] {
  const out: FieldChange[] = [];
  walk(schema, base, [], before, after, skipKeys, out);
  return out;
}

function walk(schema: string, base: readonly PathSegment[], path: PathSegment[], before: unknown, after: unknown, skip: ReadonlySet<string>, out: FieldChange[]): void {
  if (isDeepStrictEqual(before, after)) return;
  const at = formatFieldPath(path);
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !(k in after))];
    for (const key of keys) {
      if (path.length === 0 && skip.has(key)) continue;
      if (!(key in before)) out.push({ path: formatFieldPath([...path, key]), op: 'added', after: after[key] });
      else if (!(key in after)) out.push({ path: formatFieldPath([...path, key]), op: 'removed', before: before[key] });
      else walk(schema, base, [...path, key], before[key], after[key], skip, out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const parts = diffArrays(before.map(canonicalJson), after.map(canonicalJson));
    let i = 0; // index in before
    let j = 0; // index in after
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      const count = part.count ?? part.value.length;
      if (!part.added && !part.removed) {
        i += count;
        j += count;
        continue;
      }
      const next = parts[p + 1];
      if (part.removed && next?.added) {
        // A run replaced by another: pair them up as changes, the rest added or removed.
        const added = next.count ?? next.value.length;
        const paired = Math.min(count, added);
        for (let k = 0; k < paired; k++) walk(schema, base, [...path, j + k], before[i + k], after[j + k], skip, out);
        for (let k = paired; k < count; k++) out.push({ path: formatFieldPath([...path, i + k]), op: 'removed', before: before[i + k] });
        for (let k = paired; k < added; k++) out.push({ path: formatFieldPath([...path, j + k]), op: 'added', after: after[j + k] });
        i += count;
        j += added;
        p++;
        continue;
      }
      if (part.removed) {
        for (let k = 0; k < count; k++) out.push({ path: formatFieldPath([...path, i + k]), op: 'removed', before: before[i + k] });
        i += count;
      } else {
        for (let k = 0; k < count; k++) out.push({ path: formatFieldPath([...path, j + k]), op: 'added', after: after[j + k] });
        j += count;
      }
    }
    return;
  }
  const change: FieldChange = { path: at, op: 'changed', before, after };
  if (typeof before === 'string' && typeof after === 'string' && textKindAt(schema, [...base, ...path]) !== undefined) {
    change.words = wordDiff(before, after);
  }
  out.push(change);
}

/** Word-level differences between two texts (whitespace kept with the words around it). */
export function wordDiff(before: string, after: string): WordPart[] {
  const parts: WordPart[] = [];
  for (const change of diffWords(before, after)) {
    const op: WordOp = change.added ? '+' : change.removed ? '-' : '=';
    const last = parts.at(-1);
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}
