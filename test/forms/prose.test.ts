// A format's printed words are prose like any other: term spelling and sentence length see them.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { cleanupGuidelines } from '../helpers/fixture.js';
import { check } from '../rules/run.js';
import { annexGuideline } from './fixture.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const LONG = Array.from({ length: 45 }, (_, i) => `kata${i}`).join(' ') + '.';

describe('prose of a forms annex', () => {
  it('is clean in the fixture', async () => {
    const checked = await check(annexGuideline());
    expect(checked.of('term-spelling')).toEqual([]);
    expect(checked.of('sentence-length')).toEqual([]);
  });

  it('term-spelling sees the purpose, body, headings, labels and hints of a format', async () => {
    const checked = await check(annexGuideline((f) => {
      const [form, decree] = f['sections/lampiran-format.yaml'].items;
      form.purpose = 'Diisi untuk program peran serta masyarakat.';
      form.fields[0].heading = 'A. Peran serta masyarakat';
      form.fields[1].label = 'Bentuk peran serta masyarakat';
      form.fields[1].hint = 'pilih peran serta masyarakat';
      decree.body = 'Menetapkan peran serta masyarakat.';
    }));
    const found = checked.of('term-spelling').map((f) => f.path);
    expect(found.sort()).toEqual(['items[0].fields[0].heading', 'items[0].fields[1].hint', 'items[0].fields[1].label', 'items[0].purpose', 'items[1].body'].sort());
  });

  it('sentence-length sees a format body, and each row of a Markdown table is a sentence of its own', async () => {
    const checked = await check(annexGuideline((f) => {
      f['sections/lampiran-format.yaml'].items[1].body = `Menimbang: ${LONG}`;
      const rows = Array.from({ length: 20 }, (_, i) => `| Risiko ${i} | sedang | tinggi | pengendalian ${i} |`).join('\n');
      f['sections/lampiran-risiko.yaml'].items[0].text = `Daftar:\n\n| Risiko | Kemungkinan | Dampak | Pengendalian |\n|---|---|---|---|\n${rows}\n`;
    }));
    const long = checked.of('sentence-length');
    expect(long).toHaveLength(1);
    expect(long[0]!.file).toContain('lampiran-format.yaml');
  });
});
