import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'provision-implemented';
const MANIFEST = 'pedoman.yaml';

const withOptions = (options: unknown, severity?: string) =>
  variant((f) => {
    f[MANIFEST].rules = { [RULE]: severity ? { severity, options } : { options } };
  });

describe(RULE, () => {
  it('reports nothing without options', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('passes when every listed provision is implemented', async () => {
    expect((await check(withOptions({ provisions: ['pasal-92-a'] }))).findings).toEqual([]);
  });

  it('reports a provision no mechanism implements, at the manifest rules entry', async () => {
    const result = await check(withOptions({ provisions: ['pasal-92-a', 'pasal-92-b'] }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: RULE, severity: 'error', path: `rules.${RULE}.options.provisions[1]` });
    expect(found[0]!.file.endsWith('pedoman.yaml')).toBe(true);
    expect(found[0]!.line).toBe(result.lineOf(MANIFEST, '- pasal-92-b'));
    expect(found[0]!.message).toContain("provision 'pasal-92-b' (Pasal 92 huruf b) is not implemented by any mechanism");
  });

  it('reports an unknown provision id with a suggestion', async () => {
    const result = await check(withOptions({ provisions: ['pasal-92-c'] }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(result.lineOf(MANIFEST, '- pasal-92-c'));
    expect(found[0]!.message).toBe(
      "unknown legal provision 'pasal-92-c' in the options; did you mean 'pasal-92-a'? Known: pasal-92-a, pasal-92-b",
    );
  });

  it('reports options of the wrong shape (the engine checks them against the rule\'s schema) instead of crashing', async () => {
    const cases: [unknown, string, string][] = [
      [{ provisions: 'pasal-92-b' }, 'provisions', "'provisions' must be a list, but it is \"pasal-92-b\""],
      [{ provisions: [{ id: 'pasal-92-b' }] }, 'provisions[0]', "'provisions[0]' must be text, but it is a mapping"],
      [{ provision: ['pasal-92-a'] }, 'provision', "unknown field 'provision'; did you mean 'provisions'?"],
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
    const options = { provisions: ['pasal-92-b'] };
    expect((await check(withOptions(options, 'off'))).of(RULE)).toEqual([]);
    expect((await check(withOptions(options, 'info'))).of(RULE).map((x) => x.severity)).toEqual(['info']);
  });
});
