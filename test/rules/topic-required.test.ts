import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'topic-required';
const MANIFEST = 'pedoman.yaml';

const withTopics = (required: unknown, mutate: (f: Record<string, any>) => void = () => {}) =>
  variant((f) => {
    f[MANIFEST].rules = { [RULE]: { options: { required_topics: required } } };
    mutate(f);
  });

const declare = (f: Record<string, any>) => {
  f['sections/pendahuluan.yaml'].items[0].topics = ['pengaduan'];
  f['sections/pengertian.yaml'].items[0].topics = ['pelindungan-anak'];
  f['sections/peran.yaml'].items[0].topics = ['anggaran'];
  f['sections/mekanisme.yaml'].items[0].topics = ['pelindungan-data-pribadi', 'pengaduan'];
  f['sections/indikator.yaml'].items[0].topics = ['pelindungan-anak'];
};

describe(RULE, () => {
  it('reports nothing without options', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('passes when every required topic is declared by some item, on every item kind (schema accepts topics)', async () => {
    const result = await check(withTopics(['pelindungan-data-pribadi', 'pelindungan-anak', 'pengaduan', 'anggaran'], declare));
    expect(result.findings).toEqual([]);
  });

  it('reports each missing topic at its line in the ruleset, with the declared topics', async () => {
    const result = await check(withTopics(['pelindungan-data-pribadi', 'pelindungan-korban', 'anggaran'], (f) => {
      f['sections/mekanisme.yaml'].items[0].topics = ['pelindungan-data-pribadi', 'pengaduan'];
    }));
    const found = result.of(RULE);
    expect(found.map((x) => x.path)).toEqual([`rules.${RULE}.options.required_topics[1]`, `rules.${RULE}.options.required_topics[2]`]);
    expect(found[0]).toMatchObject({ severity: 'error' });
    expect(found[0]!.file.endsWith('pedoman.yaml')).toBe(true);
    expect(found[0]!.line).toBe(result.lineOf(MANIFEST, '- pelindungan-korban'));
    expect(found[0]!.message).toBe(
      "no item covers the required topic 'pelindungan-korban'; add `topics: [pelindungan-korban]` to the item that treats it, or write one. Declared topics: pelindungan-data-pribadi, pengaduan",
    );
    expect(found[1]!.message).toContain("'anggaran'");
  });

  it('says none when no item declares a topic, and nothing about declared topics that are not required', async () => {
    const none = await check(withTopics(['anggaran']));
    expect(none.of(RULE)[0]!.message).toContain('Declared topics: none');
    expect((await check(withTopics([], declare))).findings).toEqual([]);
  });

  it('rejects topic ids that are not kebab-case, in items (schema) and in the options (ruleset)', async () => {
    const items = await check(variant((f) => { f['sections/peran.yaml'].items[0].topics = ['Anggaran Daerah']; }));
    expect(items.findings.filter((x) => x.ruleId === 'schema').map((x) => x.path)).toEqual(['items[0].topics[0]']);
    for (const bad of [['Anggaran'], 'anggaran', ['anggaran', 'anggaran']]) {
      const result = await check(withTopics(bad));
      expect(result.of(RULE), JSON.stringify(bad)).toEqual([]);
      expect(result.of('ruleset'), JSON.stringify(bad)).toHaveLength(1);
    }
    expect((await check(variant((f) => { f[MANIFEST].rules = { [RULE]: { options: { topics: ['anggaran'] } } }; }))).of('ruleset')[0]!.message)
      .toContain("unknown field 'topics'");
  });

  it('says it in Indonesian too', async () => {
    setLanguage('id');
    try {
      const result = await check(withTopics(['anggaran'], (f) => { f['sections/peran.yaml'].items[0].topics = ['pengaduan']; }));
      expect(result.of(RULE)[0]!.message).toBe(
        "belum ada butir yang membahas topik wajib 'anggaran'; tambahkan `topics: [anggaran]` pada butir yang membahasnya, atau tulis butirnya. Topik yang dicantumkan: pengaduan",
      );
      expect((await check(withTopics(['anggaran']))).of(RULE)[0]!.message).toContain('Topik yang dicantumkan: tidak ada');
    } finally {
      setLanguage('en');
    }
  });
});
