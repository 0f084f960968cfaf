import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'appointer-level';
const FILE = 'sections/peran.yaml';

describe(RULE, () => {
  it('passes when appointers sit at the same level', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('passes when the appointer is a role or authority at a higher level', async () => {
    const result = await check(variant((f) => {
      f[FILE].items[1].appointment.by = 'duta-pusat';
      f['pedoman.yaml'].authorities.push({ id: 'kepala-kanwil', name: 'Kepala Kantor Wilayah', level: 'kanwil' });
      f[FILE].items.push({
        id: 'duta-upt-2',
        name: 'Duta Kerja Sama UPT Kedua',
        level: 'upt',
        appointment: { by: 'kepala-kanwil', instrument: 'Keputusan Kepala Kantor Wilayah' },
        duties: ['membantu program'],
      });
    }));
    expect(result.of(RULE)).toEqual([]);
  });

  it('reports an appointer below the role, at appointment.by', async () => {
    const result = await check(variant((f) => {
      f[FILE].items[0].appointment.by = 'kepala-upt';
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: RULE, severity: 'error', path: 'items[0].appointment.by' });
    expect(found[0]!.file.endsWith('peran.yaml')).toBe(true);
    expect(found[0]!.line).toBe(result.lineOf(FILE, 'by: kepala-upt'));
    expect(found[0]!.message).toBe(
      "role 'duta-pusat' at level Kantor Pusat (pusat) is appointed by 'kepala-upt' at level UPT Pemasyarakatan (upt), which is not the same level or above it; choose an appointer at the role's level or higher",
    );
  });

  it('reports an appointer on a sibling branch of the level tree', async () => {
    const result = await check(variant((f) => {
      f['pedoman.yaml'].levels.push({ id: 'kanwil-lain', name: 'Kantor Wilayah Lain', parent: 'pusat' });
      f['pedoman.yaml'].authorities.push({ id: 'kepala-kanwil-lain', name: 'Kepala Kanwil Lain', level: 'kanwil-lain' });
      f[FILE].items[1].appointment.by = 'kepala-kanwil-lain';
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("is appointed by 'kepala-kanwil-lain' at level Kantor Wilayah Lain (kanwil-lain)");
  });

  it('leaves unknown appointers to reference-resolves', async () => {
    const result = await check(variant((f) => {
      f[FILE].items[0].appointment.by = 'menteri';
    }));
    expect(result.of(RULE)).toEqual([]);
    expect(result.of('reference-resolves')).toHaveLength(1);
  });

  it('can be turned off in the ruleset', async () => {
    const result = await check(variant((f) => {
      f['pedoman.yaml'].rules = { [RULE]: 'off' };
      f[FILE].items[0].appointment.by = 'kepala-upt';
    }));
    expect(result.of(RULE)).toEqual([]);
  });
});
