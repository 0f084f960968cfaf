import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'id-unique';

describe(RULE, () => {
  it('passes on unique ids', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('reports an item id used twice, at the second use', async () => {
    const result = await check(variant((f) => {
      f['sections/mekanisme.yaml'].items[0].id = 'latar-belakang';
      f['sections/indikator.yaml'].items[0].measures = ['latar-belakang'];
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: RULE, severity: 'error', path: 'items[0].id' });
    expect(found[0]!.file.endsWith('mekanisme.yaml')).toBe(true);
    expect(found[0]!.line).toBe(result.lineOf('sections/mekanisme.yaml', 'id: latar-belakang'));
    expect(found[0]!.message).toContain("id 'latar-belakang' is used 2 times");
    expect(found[0]!.message).toContain('sections/pendahuluan.yaml (pendahuluan)');
  });

  it('reports an item id that is also a section id', async () => {
    const result = await check(variant((f) => {
      f['sections/pendahuluan.yaml'].items[0].id = 'peran';
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error' });
    expect(found[0]!.file.endsWith('pendahuluan.yaml')).toBe(true);
    expect(found[0]!.line).toBe(result.lineOf('sections/pendahuluan.yaml', 'id: peran'));
    expect(found[0]!.message).toContain("item id 'peran' is also a section id");
  });

  it('reports a section id used by two files', async () => {
    const result = await check(variant((f) => {
      f['pedoman.yaml'].sections.push('lampiran');
      f['sections/lampiran.yaml'] = {
        kind: 'narrative',
        id: 'pendahuluan',
        title: 'Lampiran',
        items: [{ id: 'lampiran-satu', title: 'Satu', text: 'Isi lampiran.' }],
      };
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.file.endsWith('lampiran.yaml')).toBe(true);
    expect(found[0]!.line).toBe(result.lineOf('sections/lampiran.yaml', 'id: pendahuluan'));
    expect(found[0]!.message).toContain("section id 'pendahuluan' is already used by sections/pendahuluan.yaml");
  });

  it('reports an indicator code used twice (letter case aside), at the second use', async () => {
    const result = await check(variant((f) => {
      const first = f['sections/indikator.yaml'].items[0];
      f['sections/indikator.yaml'].items.push({ ...structuredClone(first), id: 'ind-usul-dua', code: 'ik-01 ' });
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: RULE, severity: 'error', path: 'items[1].code' });
    expect(found[0]!.line).toBe(result.lineOf('sections/indikator.yaml', 'code: ', 1));
    expect(found[0]!.message).toBe("indicator code 'ik-01' of 'ind-usul-dua' is already the code of 'ind-usul' (sections/indikator.yaml); give this indicator its own code");
  });

  it('passes on distinct indicator codes, and on indicators without one', async () => {
    const result = await check(variant((f) => {
      const first = f['sections/indikator.yaml'].items[0];
      f['sections/indikator.yaml'].items.push({ ...structuredClone(first), id: 'ind-usul-dua', code: 'IK-02' });
      const third = { ...structuredClone(first), id: 'ind-usul-tiga' };
      delete third.code;
      f['sections/indikator.yaml'].items.push(third);
    }));
    expect(result.of(RULE)).toEqual([]);
  });

  it('follows a severity override in the ruleset', async () => {
    const result = await check(variant((f) => {
      f['pedoman.yaml'].rules = { [RULE]: 'warning' };
      f['sections/pendahuluan.yaml'].items[0].id = 'peran';
    }));
    expect(result.of(RULE).map((x) => x.severity)).toEqual(['warning']);
  });
});
