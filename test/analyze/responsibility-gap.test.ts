import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from '../rules/run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'responsibility-gap';
const MECH = 'sections/mekanisme.yaml';

describe(RULE, () => {
  it('passes when one role answers at each level', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
    const both = await check(variant((f) => {
      f[MECH].items[0].levels = ['pusat', 'upt'];
      f[MECH].items[0].responsible = ['duta-upt', 'duta-pusat'];
    }));
    expect(both.of(RULE)).toEqual([]);
  });

  it('reports a level where nobody answers, at the responsible key', async () => {
    const result = await check(variant((f) => {
      f[MECH].items[0].levels = ['kanwil', 'upt'];
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe("no role answers for mechanism 'usul-program' (Usul Program) at level Kantor Wilayah (kanwil); add one role of that level to `responsible`, or drop the level from `levels`");
    expect(found[0]!.line).toBe(result.lineOf(MECH, 'responsible:'));
  });

  it('reports several roles answering at one level', async () => {
    const result = await check(variant((f) => {
      f['sections/peran.yaml'].items.push({
        id: 'duta-upt-2', name: 'Duta Kedua', type: 'duta-kerja-sama', level: 'upt',
        appointment: { by: 'kepala-upt', instrument: 'Keputusan Kepala UPT' }, duties: ['membantu'],
      });
      f[MECH].items[0].responsible = ['duta-upt', 'duta-upt-2'];
    }));
    expect(result.of(RULE).map((x) => x.message)).toEqual([
      "2 roles answer for mechanism 'usul-program' (Usul Program) at level UPT Pemasyarakatan (upt): duta-upt, duta-upt-2; keep one in `responsible` (the others can still act in the steps) so that it is clear who is accountable",
    ]);
  });

  it('reports a responsible role at a level where the mechanism does not run', async () => {
    const result = await check(variant((f) => {
      f[MECH].items[0].responsible = ['duta-upt', 'duta-pusat'];
    }));
    expect(result.of(RULE).map((x) => x.message)).toEqual([
      "role 'duta-pusat' answers for mechanism 'usul-program' at level Kantor Pusat (pusat), where the mechanism does not run (levels: upt); add the level to `levels` or remove the role",
    ]);
  });

  it('takes the levels from the roles when none are declared, and reports a mechanism nobody answers for', async () => {
    const inferred = await check(variant((f) => {
      delete f[MECH].items[0].levels;
    }));
    expect(inferred.of(RULE)).toEqual([]);
    const nobody = await check(variant((f) => {
      delete f[MECH].items[0].levels;
      delete f[MECH].items[0].responsible;
      f['sections/indikator.yaml'].items[0].responsible = 'duta-upt';
    }));
    const found = nobody.of(RULE);
    expect(found.map((x) => x.message)).toEqual(["no role answers for mechanism 'usul-program' (Usul Program); list one role per level in `responsible`"]);
    expect(found[0]!.line).toBe(nobody.lineOf(MECH, 'id: usul-program'));
  });

  it('leaves unknown role ids to reference-resolves', async () => {
    const result = await check(variant((f) => {
      f[MECH].items[0].responsible = ['duta-utp'];
    }));
    expect(result.of(RULE)).toEqual([]);
    expect(result.of('reference-resolves')).toHaveLength(1);
  });
});
