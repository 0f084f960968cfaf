// Message catalogue lookup. Every user-facing string goes through t() so that
// English and Indonesian stay in step (a test fails when a key is missing in one).
// The catalogues are in catalog/ (listed in catalogs.ts); the build turns them into one JSON
// table per language (compile.ts), and t() reads the table of the language in use the first
// time it is asked. Tests, running from the sources, hand the catalogues over with useCatalogs().
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Language = 'en' | 'id';
export const LANGUAGES: readonly Language[] = ['en', 'id'];

export interface Catalog {
  en: Record<string, string>;
  id: Record<string, string>;
}

type Table = Record<string, string>;

const tables: Partial<Record<Language, Table>> = {};
let catalogs: readonly Catalog[] | undefined;

/**
 * Where the build writes a language's table. Spelled from the parent folder because in the
 * bundled build this code may sit in dist/chunks/ (see scripts/bundle.mjs).
 */
export function messagesPath(lang: Language): URL {
  return new URL(`../i18n/messages.${lang}.json`, import.meta.url);
}

/** One table of a language from several catalogues; a key defined twice is a mistake. */
export function mergeCatalogs(list: readonly Catalog[], lang: Language): Table {
  const table: Table = Object.create(null) as Table;
  for (const catalog of list) {
    for (const [key, value] of Object.entries(catalog[lang])) {
      if (key in table) throw new Error(`message '${key}' is defined in two catalogues`);
      table[key] = value;
    }
  }
  return table;
}

/** Uses these catalogues instead of the built tables (tests run from the sources). */
export function useCatalogs(list: readonly Catalog[]): void {
  catalogs = list;
  for (const lang of LANGUAGES) delete tables[lang];
}

function table(lang: Language): Table {
  let found = tables[lang];
  if (!found) {
    if (catalogs) {
      found = mergeCatalogs(catalogs, lang);
    } else {
      const path = messagesPath(lang);
      try {
        found = Object.assign(Object.create(null) as Table, JSON.parse(readFileSync(path, 'utf8')) as Table);
      } catch (error) {
        throw new Error(`cannot read the messages at ${fileURLToPath(path)} (${(error as Error).message}); run \`npm run build\``);
      }
    }
    tables[lang] = found;
  }
  return found;
}

let current: Language = 'en';

export function setLanguage(lang: Language): void {
  current = lang;
}

export function language(): Language {
  return current;
}

/**
 * Runs `fn` with the messages in `lang`, then goes back to the user's language: for what is
 * written in the guideline's own language whoever runs pedoman (commit messages, tag messages,
 * the files init writes). With `lang` undefined (a manifest that does not say), the user's.
 */
export function inLanguage<T>(lang: Language | undefined, fn: () => T): T {
  const before = current;
  if (lang !== undefined) current = lang;
  try {
    return fn();
  } finally {
    current = before;
  }
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
  const template = table(current)[key] ?? (current === 'en' ? undefined : table('en')[key]) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}
