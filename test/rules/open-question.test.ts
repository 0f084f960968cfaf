import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'open-question';

describe(RULE, () => {
  it('reports nothing when no question is open', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('lists section and item questions as info findings at each entry', async () => {
    const long = `Siapa yang menetapkan Duta Kerja Sama di tingkat Kanwil apabila Kepala Kantor Wilayah berhalangan tetap ${'dan seterusnya '.repeat(5)}`;
    const result = await check(variant((f) => {
      f['sections/peran.yaml'].open_questions = ['Apakah Kanwil perlu Duta sendiri?'];
      f['sections/peran.yaml'].items[1].open_questions = ['Masa jabatan\nberapa tahun?', long];
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(3);
    for (const f of found) {
      expect(f).toMatchObject({ ruleId: RULE, severity: 'info' });
      expect(f.file.endsWith('peran.yaml')).toBe(true);
    }
    const at = (path: string) => found.find((x) => x.path === path)!;
    expect(at('open_questions[0]').message).toBe('open question: Apakah Kanwil perlu Duta sendiri?');
    expect(at('open_questions[0]').line).toBe(result.lineOf('sections/peran.yaml', 'Apakah Kanwil'));
    expect(at('items[1].open_questions[0]').message).toBe('open question: Masa jabatan berapa tahun?');
    expect(at('items[1].open_questions[1]').message).toBe(`open question: ${long.slice(0, 100)}…`);
    expect(at('items[1].open_questions[1]').line).toBe(result.lineOf('sections/peran.yaml', 'Siapa yang menetapkan'));
  });

  it('can be turned off or raised in the ruleset', async () => {
    const open = (rules: unknown) => variant((f) => {
      f['pedoman.yaml'].rules = rules;
      f['sections/pendahuluan.yaml'].items[0].open_questions = ['Perlu contoh?'];
    });
    expect((await check(open({ [RULE]: 'off' }))).of(RULE)).toEqual([]);
    expect((await check(open({ [RULE]: 'warning' }))).of(RULE).map((x) => x.severity)).toEqual(['warning']);
  });
});
