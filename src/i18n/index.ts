// Message catalogue lookup. Every user-facing string goes through t() so that
// English and Indonesian stay in step (a test fails when a key is missing in one).
import { core } from './catalog/core.js';
import { rules } from './catalog/rules.js';
import { format } from './catalog/format.js';
import { render } from './catalog/render.js';
import { comments } from './catalog/comments.js';
import { analyze } from './catalog/analyze.js';
import { workspace } from './catalog/workspace.js';
import { tracking } from './catalog/tracking.js';

export type Language = 'en' | 'id';
export const LANGUAGES: readonly Language[] = ['en', 'id'];

export interface Catalog {
  en: Record<string, string>;
  id: Record<string, string>;
}

const catalogs: Catalog[] = [];
const merged: Record<Language, Map<string, string>> = { en: new Map(), id: new Map() };
registerCatalog(core);
registerCatalog(rules);
registerCatalog(format);
registerCatalog(render);
registerCatalog(comments);
registerCatalog(analyze);
registerCatalog(workspace);
registerCatalog(tracking);

let current: Language = 'en';

/** Adds a feature's messages; feature modules call this once at import time. */
export function registerCatalog(catalog: Catalog): void {
  if (catalogs.includes(catalog)) return;
  catalogs.push(catalog);
  for (const lang of LANGUAGES) {
    for (const [key, value] of Object.entries(catalog[lang])) merged[lang].set(key, value);
  }
}

export function setLanguage(lang: Language): void {
  current = lang;
}

export function language(): Language {
  return current;
}

/** Picks the language: explicit flag, then PEDOMAN_LANG, then the system locale, else English. */
export function resolveLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language {
  const candidates = [flag, env.PEDOMAN_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const lower = candidate.toLowerCase();
    if (lower === 'id' || lower.startsWith('id_') || lower.startsWith('id-') || lower.startsWith('id.')) return 'id';
    if (candidate === flag || candidate === env.PEDOMAN_LANG) return 'en';
    if (lower !== 'c' && lower !== 'posix' && !lower.startsWith('c.')) return 'en';
  }
  return 'en';
}

/** Looks a message up and fills {placeholders}. Unknown keys fall back to English, then to the key. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  const template = merged[current].get(key) ?? merged.en.get(key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** For tests: every catalogue, to check both languages hold the same keys. */
export function allCatalogs(): readonly Catalog[] {
  return catalogs;
}
