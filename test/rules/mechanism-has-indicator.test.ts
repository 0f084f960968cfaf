import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'mechanism-has-indicator';

const unmeasured = {
  id: 'bantu-program',
  name: 'Bantuan Pelaksanaan Program',
  implements: ['pasal-92-b'],
  description: 'Masyarakat membantu pelaksanaan program.',
  steps: ['menyusun jadwal'],
};

describe(RULE, () => {
  it('passes when every mechanism is measured', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('reports a mechanism no metric measures, at its id, with the fix', async () => {
    const result = await check(variant((f) => {
      f['sections/mekanisme.yaml'].items.push(unmeasured);
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: RULE, severity: 'error', path: 'items[1].id' });
    expect(found[0]!.file.endsWith('mekanisme.yaml')).toBe(true);
    expect(found[0]!.line).toBe(result.lineOf('sections/mekanisme.yaml', 'id: bantu-program'));
    expect(found[0]!.message).toContain("mechanism 'bantu-program' (Bantuan Pelaksanaan Program) is not measured");
    expect(found[0]!.message).toContain('`measures: [bantu-program]`');
  });

  it('passes once a metric measures it', async () => {
    const result = await check(variant((f) => {
      f['sections/mekanisme.yaml'].items.push(unmeasured);
      f['sections/indikator.yaml'].items[0].measures.push('bantu-program');
    }));
    expect(result.of(RULE)).toEqual([]);
  });

  it('stays quiet when a metrics section failed to load (no cascade)', async () => {
    const result = await check(variant((f) => {
      f['sections/mekanisme.yaml'].items.push(unmeasured);
      f['sections/indikator.yaml'].items[0].frequency = 'harian'; // schema error
    }));
    expect(result.of('schema').length).toBeGreaterThan(0);
    expect(result.of(RULE)).toEqual([]);
  });

  it('can be turned off or downgraded in the ruleset', async () => {
    const off = await check(variant((f) => {
      f['pedoman.yaml'].rules = { [RULE]: 'off' };
      f['sections/mekanisme.yaml'].items.push(unmeasured);
    }));
    expect(off.of(RULE)).toEqual([]);
    const warning = await check(variant((f) => {
      f['pedoman.yaml'].rules = { [RULE]: { severity: 'warning' } };
      f['sections/mekanisme.yaml'].items.push(unmeasured);
    }));
    expect(warning.of(RULE).map((x) => x.severity)).toEqual(['warning']);
  });
});
