import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../src/i18n/catalogs.js';
import { mergeCatalogs, resolveLanguage, setLanguage, t } from '../src/i18n/index.js';

describe('message catalogues', () => {
  it('hold the same keys in English and Indonesian, none empty', () => {
    for (const catalog of CATALOGS) {
      const en = Object.keys(catalog.en).sort();
      const id = Object.keys(catalog.id).sort();
      expect(id.filter((k) => !en.includes(k)), 'keys only in Indonesian').toEqual([]);
      expect(en.filter((k) => !id.includes(k)), 'keys only in English').toEqual([]);
      for (const lang of ['en', 'id'] as const) {
        for (const [key, value] of Object.entries(catalog[lang])) expect(value.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const catalog of CATALOGS) {
      for (const [key, en] of Object.entries(catalog.en)) {
        const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(placeholders(catalog.id[key] ?? ''), key).toEqual(placeholders(en));
      }
    }
  });

  it('define each key in one catalogue only', () => {
    for (const lang of ['en', 'id'] as const) expect(() => mergeCatalogs(CATALOGS, lang)).not.toThrow();
    expect(() => mergeCatalogs([{ en: { a: 'x' }, id: {} }, { en: { a: 'y' }, id: {} }], 'en')).toThrow("message 'a' is defined in two catalogues");
  });

  it('fill placeholders and fall back to English', () => {
    setLanguage('id');
    expect(t('load.empty', { file: 'a.yaml' })).toContain('a.yaml kosong');
    setLanguage('en');
    expect(t('load.empty', { file: 'a.yaml' })).toContain('a.yaml is empty');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('choose the language from flag, PEDOMAN_LANG, then locale', () => {
    expect(resolveLanguage('id', { LANG: 'en_US.UTF-8' })).toBe('id');
    expect(resolveLanguage(undefined, { PEDOMAN_LANG: 'en', LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(resolveLanguage(undefined, { LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(resolveLanguage(undefined, { LC_ALL: 'id_ID', LANG: 'en_US' })).toBe('id');
    expect(resolveLanguage(undefined, { LANG: 'C' })).toBe('en');
    expect(resolveLanguage(undefined, {})).toBe('en');
  });
});
