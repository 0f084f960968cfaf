import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { isSlug } from '../../src/util/slug.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'section-unlisted';
const EXTRA = { kind: 'narrative', id: 'lampiran', title: 'Lampiran', items: [{ id: 'lampiran-satu', title: 'Satu', text: 'Isi.' }] };

/** The id the message proposes to add to the manifest's list. */
function proposed(message: string): string {
  return /add '([^']*)' to that list/.exec(message)![1]!;
}

describe(RULE, () => {
  it('passes when every section file is listed', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('proposes the file name as the id when it is a valid id', async () => {
    const found = (await check(variant((f) => { f['sections/lampiran.yaml'] = EXTRA; }))).of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', line: 1, column: 1 });
    expect(found[0]!.message).toBe("sections/lampiran.yaml is not listed under 'sections' in pedoman.yaml, so it is not part of the guideline; add 'lampiran' to that list or delete the file");
  });

  it('proposes a valid id made from a file name that is not one, with the file renamed to match', async () => {
    const found = (await check(variant((f) => {
      f['sections/Lampiran A_Formulir.yaml'] = EXTRA;
      f['sections/Pendahuluan.yaml'] = EXTRA; // its slug is taken by a listed section
      f['sections/__.yaml'] = EXTRA; // nothing to make an id from
    }))).of(RULE);
    const byFile = Object.fromEntries(found.map((x) => [x.file.replace(/^.*\/sections\//, ''), x.message]));
    expect(byFile['Lampiran A_Formulir.yaml']).toBe("sections/Lampiran A_Formulir.yaml is not listed under 'sections' in pedoman.yaml, so it is not part of the guideline, and its name is not a valid id; rename it to sections/lampiran-a-formulir.yaml (with id: lampiran-a-formulir inside) and add 'lampiran-a-formulir' to that list, or delete the file");
    expect(proposed(byFile['Pendahuluan.yaml']!)).toBe('pendahuluan-2');
    expect(proposed(byFile['__.yaml']!)).toBe('section');
    for (const message of Object.values(byFile)) expect(isSlug(proposed(message!))).toBe(true);
  });

  it('says it in Indonesian too', async () => {
    setLanguage('id');
    try {
      const found = (await check(variant((f) => { f['sections/Lampiran A.yaml'] = EXTRA; }))).of(RULE);
      expect(found[0]!.message).toContain("ganti namanya menjadi sections/lampiran-a.yaml (dengan id: lampiran-a di dalamnya) lalu tambahkan 'lampiran-a'");
    } finally {
      setLanguage('en');
    }
  });
});
