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

  it('reports options of the wrong shape instead of crashing', async () => {
    const cases: [unknown, string][] = [
      [{ provisions: 'pasal-92-b' }, "'provisions' must be a list of provision ids"],
      [{ provisions: [{ id: 'pasal-92-b' }] }, "'provisions' must be a list of provision ids"],
      [{ provision: ['pasal-92-a'] }, "unknown option 'provision'; this rule takes: provisions"],
    ];
    for (const [options, message] of cases) {
      const found = (await check(withOptions(options))).of(RULE);
      expect(found, JSON.stringify(options)).toHaveLength(1);
      expect(found[0]!.file.endsWith('pedoman.yaml')).toBe(true);
      expect(found[0]!.message).toContain(message);
    }
  });

  it('follows the ruleset: off disables, a severity override applies', async () => {
    const options = { provisions: ['pasal-92-b'] };
    expect((await check(withOptions(options, 'off'))).of(RULE)).toEqual([]);
    expect((await check(withOptions(options, 'info'))).of(RULE).map((x) => x.severity)).toEqual(['info']);
  });
});
