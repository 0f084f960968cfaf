// Small pieces of wording shared by the analysis messages and reports.
import { t } from '../i18n/index.js';
import type { ModelIndex } from '../model/lookup.js';

/** "a", "b", "c" — or a dash when empty. */
export function quoteList(items: readonly string[]): string {
  return items.length === 0 ? '—' : items.map((s) => `"${s}"`).join(', ');
}

/** A level as messages show it: "Kantor Wilayah (kanwil)". */
export function levelName(index: ModelIndex, id: string): string {
  const level = index.levels.get(id);
  return level ? `${level.name} (${id})` : id;
}

/** A long text on one line, cut at `max` characters (whole code points) with an ellipsis. */
export function excerpt(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max).join('').trimEnd()}…` : flat;
}

export function noneWord(): string {
  return t('analyze.none');
}
