import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { validatorFor } from '../../src/model/schema.js';
import { cleanupGuidelines } from '../helpers/fixture.js';
import { check } from '../rules/run.js';
import { annexGuideline, FORMS_SECTION } from './fixture.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const valid = (section: unknown): boolean => validatorFor('forms')(section) as boolean;
const withItem = (change: (item: Record<string, any>) => void) => {
  const section = structuredClone(FORMS_SECTION) as any;
  change(section.items[0]);
  return section;
};
const withField = (field: Record<string, unknown>) => withItem((item) => { item.fields = [field]; });

describe('forms schema', () => {
  it('accepts the fixture: fields, headings, signatures, a body', () => {
    expect(valid(FORMS_SECTION)).toBe(true);
  });

  it('needs a body or fields', () => {
    expect(valid(withItem((item) => { delete item.fields; }))).toBe(false);
    expect(valid(withItem((item) => { delete item.fields; item.body = 'Isi ……'; }))).toBe(true);
  });

  it('a choice without options is one finding, naming what to add', async () => {
    const checked = await check(annexGuideline((f) => {
      f['sections/lampiran-format.yaml'].items[0].fields = [{ label: 'Jenis', type: 'choice' }];
    }));
    const found = checked.of('schema').map((x) => x.message);
    expect(found).toEqual(["'options' is required in fields[0] but missing; add it"]);
  });

  it('needs a purpose', () => {
    expect(valid(withItem((item) => { delete item.purpose; }))).toBe(false);
  });

  it('a choice needs options, and only a choice has them', () => {
    expect(valid(withField({ label: 'Jenis', type: 'choice' }))).toBe(false);
    expect(valid(withField({ label: 'Nama', type: 'text', options: ['a'] }))).toBe(false);
  });

  it('a table needs columns, and only a table has columns or rows', () => {
    expect(valid(withField({ label: 'Daftar', type: 'table' }))).toBe(false);
    expect(valid(withField({ label: 'Daftar', type: 'table', columns: ['No.'] }))).toBe(true);
    expect(valid(withField({ label: 'Nama', type: 'text', rows: 3 }))).toBe(false);
  });

  it('lines only on a long-text; unknown types and keys are refused', () => {
    expect(valid(withField({ label: 'Nama', type: 'text', lines: 3 }))).toBe(false);
    expect(valid(withField({ label: 'Nama', type: 'signature' }))).toBe(false);
    expect(valid(withField({ label: 'Nama', type: 'text', width: 3 }))).toBe(false);
    expect(valid(withItem((item) => { item.signatures = [{ role: 'Kepala', side: 'middle' }]; }))).toBe(false);
  });
});

describe('forms in the rules', () => {
  it('used_in must name a mechanism or a role (reference-resolves)', async () => {
    const checked = await check(annexGuideline((f) => { f['sections/lampiran-format.yaml'].items[0].used_in = ['usul-progam']; }));
    const found = checked.of('reference-resolves');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('usul-progam');
    expect(found[0]!.message).toContain('mechanism or role');
  });

  it('a form item without body or fields is a schema error at the item, and only it is left out', async () => {
    const checked = await check(annexGuideline((f) => { delete f['sections/lampiran-format.yaml'].items[1].body; }));
    const schema = checked.of('schema');
    expect(schema.length).toBeGreaterThan(0);
    expect(schema.every((x) => x.file.endsWith('lampiran-format.yaml'))).toBe(true);
  });
});
