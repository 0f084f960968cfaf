import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from '../rules/run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const TERMS = 'sections/pengertian.yaml';
const NARRATIVE = 'sections/pendahuluan.yaml';

describe('term-avoid', () => {
  const RULE = 'term-avoid';
  const avoiding = (text: string, extra?: (f: Record<string, any>) => void) =>
    variant((f) => {
      f[TERMS].items[0].avoid = ['partisipasi masyarakat'];
      f[NARRATIVE].items[0].text = text;
      extra?.(f);
    });

  it('reports a word to avoid at the word, with the term to use instead', async () => {
    const result = await check(avoiding('Peran Serta Masyarakat diatur dalam Pasal 92.\n\nBentuk Partisipasi\n  masyarakat meliputi usul program.'));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('"Partisipasi masyarakat" is a word to avoid; use the defined term "Peran Serta Masyarakat" (peran-serta-masyarakat)');
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.line).toBe(result.lineOf(NARRATIVE, 'Partisipasi'));
    expect(found[0]!.column).toBe(result.columnOf(NARRATIVE, 'Partisipasi'));
  });

  it('does not report the term itself, its own item, verbatim definitions, inline code or parts of words', async () => {
    const result = await check(avoiding('Peran Serta Masyarakat, bukan `partisipasi masyarakat`; berpartisipasi masyarakatnya.', (f) => {
      f[TERMS].items[0].boundary = 'Istilah ini dipakai sebagai ganti partisipasi masyarakat.';
      f[TERMS].items[1].definition = 'subsistem yang terbuka bagi partisipasi masyarakat.';
    }));
    expect(result.of(RULE)).toEqual([]);
  });
});

describe('term-unused', () => {
  const RULE = 'term-unused';
  const extraTerm = { id: 'bimbingan-teknis', term: 'Bimbingan Teknis', abbreviation: 'Bimtek', definition: 'pelatihan bagi Duta Kerja Sama.', source: { citation: 'Pedoman ini' } };

  it('reports a defined term that no other section uses', async () => {
    const result = await check(variant((f) => f[TERMS].items.push(extraTerm)));
    const found = result.of(RULE);
    expect(found.map((x) => x.message)).toEqual([
      "term 'Bimbingan Teknis' (bimbingan-teknis) is not used outside section pengertian; it may be unnecessary: use it in the text or remove the definition",
    ]);
    expect(found[0]!.line).toBe(result.lineOf(TERMS, 'term: Bimbingan Teknis'));
  });

  it('counts a use in another section, by term or abbreviation, but not in its own section', async () => {
    const used = await check(variant((f) => {
      f[TERMS].items.push(extraTerm);
      f['sections/mekanisme.yaml'].items[0].steps.push('mengikuti Bimtek');
    }));
    expect(used.of(RULE)).toEqual([]);
    const sameSection = await check(variant((f) => {
      f[TERMS].items.push(extraTerm);
      f[TERMS].items[0].definition = 'keikutsertaan masyarakat, didukung Bimbingan Teknis.';
    }));
    expect(sameSection.of(RULE)).toHaveLength(1);
  });

  it('is quiet on the base guideline', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });
});
