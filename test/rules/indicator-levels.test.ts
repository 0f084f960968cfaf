import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'indicator-levels';
const MANIFEST = 'pedoman.yaml';
const FILE = 'sections/indikator.yaml';

const withOptions = (options: unknown, mutate: (f: Record<string, any>) => void = () => {}) =>
  variant((f) => {
    f[MANIFEST].rules = { [RULE]: { options } };
    mutate(f);
  });

const outcome = {
  id: 'ind-residivis',
  code: 'IK-02',
  indicator: 'Persentase Klien yang tidak mengulangi tindak pidana dalam 12 bulan',
  level: 'outcome',
};

describe(RULE, () => {
  it('reports nothing with the defaults (no minimum, level not required)', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('accepts the level field on an indicator (schema) and passes when enough outcome indicators exist', async () => {
    const result = await check(withOptions({ min_outcome: 1 }, (f) => { f[FILE].items.push(outcome); }));
    expect(result.of(RULE)).toEqual([]);
    expect(result.findings.filter((x) => x.ruleId === 'schema')).toEqual([]);
  });

  it('reports too few outcome indicators at the min_outcome option of the ruleset', async () => {
    const result = await check(withOptions({ min_outcome: 2 }, (f) => { f[FILE].items.push(outcome); }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', path: `rules.${RULE}.options.min_outcome` });
    expect(found[0]!.file.endsWith('pedoman.yaml')).toBe(true);
    expect(found[0]!.line).toBe(result.lineOf(MANIFEST, 'min_outcome: 2'));
    expect(found[0]!.message).toBe(
      'the ruleset asks for at least 2 outcome indicators (level: outcome) but there are 1 (ind-residivis); add outcome indicators or set `level: outcome` where an indicator measures a result for people rather than an activity',
    );
  });

  it('reports an indicator without a level when require_level is set, at its id', async () => {
    const result = await check(withOptions({ require_level: true }, (f) => { f[FILE].items.push(outcome); }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: 'items[0].id' });
    expect(found[0]!.line).toBe(result.lineOf(FILE, 'id: ind-usul'));
    expect(found[0]!.message).toBe("indicator 'ind-usul' does not state its level; add `level: output`, `outcome` or `impact`");
  });

  it('rejects a level that is not output, outcome or impact (schema)', async () => {
    const result = await check(variant((f) => { f[FILE].items[0].level = 'hasil'; }));
    const schema = result.findings.filter((x) => x.ruleId === 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]!.path).toBe('items[0].level');
  });

  it('reports options of the wrong shape at their place in the ruleset', async () => {
    const cases: [unknown, string][] = [
      [{ min_outcome: -1 }, 'min_outcome'],
      [{ min_outcome: 'dua' }, 'min_outcome'],
      [{ require_level: 'ya' }, 'require_level'],
      [{ min_outcomes: 2 }, 'min_outcomes'],
    ];
    for (const [options, path] of cases) {
      const result = await check(withOptions(options));
      expect(result.of(RULE), JSON.stringify(options)).toEqual([]);
      const found = result.of('ruleset');
      expect(found, JSON.stringify(options)).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'error', path: `rules.${RULE}.options.${path}` });
    }
    expect((await check(withOptions({ min_outcomes: 2 }))).of('ruleset')[0]!.message).toContain("did you mean 'min_outcome'?");
  });

  it('says it in Indonesian too', async () => {
    setLanguage('id');
    try {
      const result = await check(withOptions({ min_outcome: 1, require_level: true }));
      expect(result.of(RULE).map((x) => x.message).sort()).toEqual([
        "indikator 'ind-usul' belum menyebutkan tingkatnya; tambahkan `level: output`, `outcome`, atau `impact`",
        'ruleset meminta paling sedikit 1 indikator hasil (level: outcome), tetapi baru ada 0 (-); tambahkan indikator hasil atau tetapkan `level: outcome` pada indikator yang mengukur hasil bagi orang, bukan kegiatan',
      ].sort());
    } finally {
      setLanguage('en');
    }
  });
});
