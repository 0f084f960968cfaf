import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'indicator-measurable';
const FILE = 'sections/indikator.yaml';

describe(RULE, () => {
  it('passes on a complete metric', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('passes on a null baseline that has a note', async () => {
    const result = await check(variant((f) => {
      f[FILE].items[0].baseline = { value: null, note: 'belum pernah diukur; ditetapkan setelah survei 2026' };
    }));
    expect(result.of(RULE)).toEqual([]);
  });

  it('lists every missing field in one finding at the metric id', async () => {
    const result = await check(variant((f) => {
      const metric = f[FILE].items[0];
      delete metric.unit;
      metric.targets = [];
      delete metric.direction;
      delete metric.responsible;
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: RULE, severity: 'error', path: 'items[0].id' });
    expect(found[0]!.file.endsWith('indikator.yaml')).toBe(true);
    expect(found[0]!.line).toBe(result.lineOf(FILE, 'id: ind-usul'));
    expect(found[0]!.message).toBe("indicator 'ind-usul' cannot be measured yet; missing: unit, targets, direction, responsible");
  });

  it('reports a metric with only an indicator', async () => {
    const result = await check(variant((f) => {
      f[FILE].items.push({ id: 'ind-kosong', indicator: 'Indikator tanpa rincian' });
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(result.lineOf(FILE, 'id: ind-kosong'));
    expect(found[0]!.message).toContain('missing: unit, baseline, targets, direction, frequency, data_source, responsible');
  });

  it('reports a null baseline without a note at the baseline', async () => {
    const result = await check(variant((f) => {
      f[FILE].items[0].baseline = { value: null, year: 2025 };
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', path: 'items[0].baseline' });
    expect(found[0]!.line).toBe(result.lineOf(FILE, 'value: null'));
    expect(found[0]!.message).toContain("the baseline of indicator 'ind-usul' has no value; add a `note`");
  });

  it('folds a missing baseline note into the list when other fields are missing too', async () => {
    const result = await check(variant((f) => {
      f[FILE].items[0].baseline = { value: null };
      delete f[FILE].items[0].unit;
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe('items[0].id');
    expect(found[0]!.message).toContain('missing: unit, baseline.note');
  });

  it('follows a severity override in the ruleset', async () => {
    const result = await check(variant((f) => {
      f['pedoman.yaml'].rules = { [RULE]: 'warning' };
      delete f[FILE].items[0].unit;
    }));
    expect(result.of(RULE).map((x) => x.severity)).toEqual(['warning']);
  });
});
