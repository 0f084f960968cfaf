import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'role-required-per-level';
const MANIFEST = 'pedoman.yaml';

const withOptions = (options: unknown, severity?: string) =>
  variant((f) => {
    f[MANIFEST].rules = { [RULE]: severity ? { severity, options } : { options } };
  });

describe(RULE, () => {
  it('reports nothing without options', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
    expect((await check(variant((f) => { f[MANIFEST].rules = { [RULE]: 'error' }; }))).of(RULE)).toEqual([]);
  });

  it('passes when every required role exists', async () => {
    const result = await check(withOptions({ require: { pusat: ['duta-kerja-sama'], upt: ['duta-kerja-sama'] } }));
    expect(result.findings).toEqual([]);
  });

  it('reports a missing role type at the manifest rules entry', async () => {
    const result = await check(withOptions({ require: { kanwil: ['duta-kerja-sama'] } }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: RULE, severity: 'error', path: `rules.${RULE}.options.require.kanwil[0]` });
    expect(found[0]!.file.endsWith('pedoman.yaml')).toBe(true);
    expect(found[0]!.line).toBe(result.lineOf(MANIFEST, '- duta-kerja-sama'));
    expect(found[0]!.line).toBeGreaterThan(result.lineOf(MANIFEST, `${RULE}:`));
    expect(found[0]!.message).toBe(
      "no role of type 'duta-kerja-sama' at level Kantor Wilayah (kanwil); the ruleset requires one: add a role with `type: duta-kerja-sama` and `level: kanwil`",
    );
  });

  it('suggests a close role type', async () => {
    const result = await check(withOptions({ require: { upt: ['duta-kerjasama'] } }));
    expect(result.of(RULE).map((x) => x.message)).toEqual([
      "no role of type 'duta-kerjasama' at level UPT Pemasyarakatan (upt); did you mean type 'duta-kerja-sama'? Otherwise add a role with `type: duta-kerjasama` and `level: upt`",
    ]);
  });

  it('reports an unknown level id in the options', async () => {
    const result = await check(withOptions({ require: { kanwl: ['duta-kerja-sama'] } }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(result.lineOf(MANIFEST, 'kanwl:'));
    expect(found[0]!.message).toBe("unknown level 'kanwl' in the options; did you mean 'kanwil'? Known levels: pusat, kanwil, upt");
  });

  it('reports options of the wrong shape (the engine checks them against the rule\'s schema) instead of crashing', async () => {
    const cases: [unknown, string, string][] = [
      [{ require: ['upt'] }, 'require', "'require' must be a mapping (key: value lines), but it is a list"],
      [{ require: { upt: 'duta-kerja-sama' } }, 'require.upt', "'upt' must be a list, but it is \"duta-kerja-sama\""],
      [{ require: { upt: [42] } }, 'require.upt[0]', "'upt[0]' must be text, but it is 42"],
      [{ requires: { upt: ['duta-kerja-sama'] } }, 'requires', "unknown field 'requires'; did you mean 'require'?"],
    ];
    for (const [options, path, message] of cases) {
      const result = await check(withOptions(options));
      expect(result.of(RULE), JSON.stringify(options)).toEqual([]);
      const found = result.of('ruleset');
      expect(found, JSON.stringify(options)).toHaveLength(1);
      expect(found[0]!.file.endsWith('pedoman.yaml')).toBe(true);
      expect(found[0]).toMatchObject({ severity: 'error', path: `rules.${RULE}.options.${path}`, message });
    }
  });

  it('follows the ruleset: off disables, a severity override applies', async () => {
    const options = { require: { kanwil: ['duta-kerja-sama'] } };
    expect((await check(withOptions(options, 'off'))).of(RULE)).toEqual([]);
    expect((await check(withOptions(options, 'warning'))).of(RULE).map((x) => x.severity)).toEqual(['warning']);
  });

  it('does not report missing roles while a roles section failed to load', async () => {
    const result = await check(variant((f) => {
      f[MANIFEST].rules = { [RULE]: { options: { require: { kanwil: ['duta-kerja-sama'] } } } };
      f['sections/peran.yaml'].items[0].duties = []; // schema error
    }));
    expect(result.of('schema').length).toBeGreaterThan(0);
    expect(result.of(RULE)).toEqual([]);
  });
});
