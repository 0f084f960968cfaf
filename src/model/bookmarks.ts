// Word bookmark names for the guideline's sections and items. Word keeps only names of letters,
// digits and underscores, at most 40 characters, starting with a letter, and drops or renames
// others when it saves; ids here are kebab-case and share one namespace (sections and items), so
// `s_` / `i_` plus the id with `-` as `_` is injective. An id too long for that is cut and given
// a hash of the whole id, so the name stays unique and is the same on every render. A renderer
// writes these names (and the map from name to id inside the document); an importer reads the
// map back, or rebuilds it from the guideline it imports into.
import { createHash } from 'node:crypto';

export const BOOKMARK_MAX = 40;
const VALID = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

export type BookmarkTarget = { kind: 'section'; section: string } | { kind: 'item'; section: string; item: string };

function name(prefix: 's' | 'i', id: string): string {
  const base = `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
  if (base.length <= BOOKMARK_MAX) return base;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 8);
  return `${base.slice(0, BOOKMARK_MAX - hash.length - 1)}_${hash}`;
}

/** The bookmark around a whole section. */
export function sectionBookmark(section: string): string {
  return name('s', section);
}

/** The bookmark around one item. */
export function itemBookmark(item: string): string {
  return name('i', item);
}

/** Whether Word keeps this name as it is. */
export function isValidBookmark(value: string): boolean {
  return VALID.test(value);
}

/** Every bookmark name of a guideline, to what it marks. */
export function bookmarkMap(sections: readonly { id: string; items: readonly { id: string }[] }[]): Map<string, BookmarkTarget> {
  const map = new Map<string, BookmarkTarget>();
  for (const section of sections) {
    map.set(sectionBookmark(section.id), { kind: 'section', section: section.id });
    for (const item of section.items) map.set(itemBookmark(item.id), { kind: 'item', section: section.id, item: item.id });
  }
  return map;
}
