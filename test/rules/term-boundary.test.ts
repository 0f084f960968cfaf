import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'term-boundary';
const FILE = 'sections/pengertian.yaml';

describe(RULE, () => {
  it('passes on terms without distinct_from', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('passes when a distinguished term has a boundary note', async () => {
    const result = await check(variant((f) => {
      f[FILE].items[0].distinct_from = ['pemasyarakatan'];
      f[FILE].items[0].boundary = 'Peran Serta Masyarakat adalah keikutsertaan; Pemasyarakatan adalah sistemnya.';
    }));
    expect(result.of(RULE)).toEqual([]);
  });

  it('reports a distinguished term without a boundary, at distinct_from', async () => {
    const result = await check(variant((f) => {
      f[FILE].items[0].distinct_from = ['pemasyarakatan'];
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: RULE, severity: 'error', path: 'items[0].distinct_from' });
    expect(found[0]!.file.endsWith('pengertian.yaml')).toBe(true);
    expect(found[0]!.line).toBe(result.lineOf(FILE, 'distinct_from:'));
    expect(found[0]!.message).toContain("term 'Peran Serta Masyarakat' (peran-serta-masyarakat) is distinguished from pemasyarakatan");
    expect(found[0]!.message).toContain('`boundary`');
  });

  it('ignores an empty distinct_from list', async () => {
    const result = await check(variant((f) => {
      f[FILE].items[0].distinct_from = [];
    }));
    expect(result.of(RULE)).toEqual([]);
  });
});
