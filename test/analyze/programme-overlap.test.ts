import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from '../rules/run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'programme-overlap';
const ROLES = 'sections/peran.yaml';

const POKMAS = {
  id: 'pokmas-lipas',
  name: 'Kelompok Masyarakat Peduli Pemasyarakatan',
  abbreviation: 'Pokmas Lipas',
  legal_basis: 'Keputusan Direktur Jenderal Pemasyarakatan Nomor PAS-06.OT.02.02 Tahun 2020',
  scope: 'Kelompok masyarakat pada Bapas yang mendampingi Klien selama pembimbingan, menyediakan pelatihan keterampilan, dan membantu reintegrasi sosial Klien.',
};

const VOLUNTEER = {
  id: 'relawan-upt',
  name: 'Relawan Pendamping',
  type: 'relawan',
  level: 'upt',
  appointment: { by: 'kepala-upt', instrument: 'Keputusan Kepala UPT' },
  duties: [
    'Mendampingi Klien selama masa pembimbingan di Bapas.',
    'Membantu reintegrasi sosial Klien melalui pelatihan keterampilan.',
  ],
};

const withProgramme = (extra?: (f: Record<string, any>) => void) =>
  variant((f) => {
    f['pedoman.yaml'].existing_programmes = [POKMAS];
    f[ROLES].items.push(structuredClone(VOLUNTEER));
    extra?.(f);
  });

describe(RULE, () => {
  it('reports a role whose scope reads like an existing programme, naming both sides and the shared phrases', async () => {
    const result = await check(withProgramme());
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', path: 'items[2].name' });
    expect(found[0]!.line).toBe(result.lineOf(ROLES, 'name: Relawan Pendamping'));
    expect(found[0]!.message).toMatch(/^role 'relawan-upt' \(Relawan Pendamping\) reads like the existing programme 'pokmas-lipas' \(Pokmas Lipas\): similarity 0\.\d\d, shared "/);
    expect(found[0]!.message).toContain('reintegrasi sosial Klien"');
    expect(found[0]!.message).toContain('"pelatihan keterampilan"');
    expect(found[0]!.message).toContain('`relations`');
  });

  it('does not report unrelated roles and mechanisms', async () => {
    const result = await check(variant((f) => {
      f['pedoman.yaml'].existing_programmes = [POKMAS];
    }));
    expect(result.of(RULE)).toEqual([]);
  });

  it('accepts a declared relation', async () => {
    const result = await check(withProgramme((f) => {
      f[ROLES].items[2].relations = [{ to: 'pokmas-lipas', kind: 'complements', note: 'Relawan bekerja di luar Bapas; Pokmas Lipas tetap di Bapas.' }];
    }));
    expect(result.of(RULE)).toEqual([]);
  });

  it('reports relations to unknown programmes, repeated relations and unknown programme fields', async () => {
    const result = await check(withProgramme((f) => {
      f['pedoman.yaml'].existing_programmes = [{ ...POKMAS, drawn_from: 'nowhere', levels: ['upt', 'provinsi'] }];
      f[ROLES].items[2].relations = [
        { to: 'pokmas-lipaz', kind: 'complements', note: 'x' },
        { to: 'pokmas-lipas', kind: 'coordinates', note: 'y' },
        { to: 'pokmas-lipas', kind: 'replaces', note: 'z' },
      ];
    }));
    const messages = result.of(RULE).map((x) => x.message);
    expect(messages).toContain("a relation to 'pokmas-lipas' is already declared for this item; keep one");
    expect(messages.some((m) => m.includes('reads like'))).toBe(false);
    // What points nowhere is a broken reference, an error like every other.
    const broken = result.of('reference-resolves');
    expect(broken.map((x) => [x.severity, x.path, x.message])).toEqual([
      ['error', 'existing_programmes[0].drawn_from', "unknown existing programme 'nowhere'; known: pokmas-lipas"],
      ['error', 'existing_programmes[0].levels[1]', "unknown level 'provinsi'; known: pusat, kanwil, upt"],
      ['error', 'items[2].relations[0].to', "unknown existing programme 'pokmas-lipaz'; did you mean 'pokmas-lipas'? Known: pokmas-lipas"],
    ]);
    expect(messages).toHaveLength(1);
  });

  it('rejects a relation of an unknown kind by schema', async () => {
    const result = await check(withProgramme((f) => {
      f[ROLES].items[2].relations = [{ to: 'pokmas-lipas', kind: 'overlaps', note: 'x' }];
    }));
    expect(result.of('schema').length).toBeGreaterThan(0);
  });

  it('is silent without existing programmes, and can be turned off', async () => {
    expect((await check(variant((f) => f[ROLES].items.push(structuredClone(VOLUNTEER))))).of(RULE)).toEqual([]);
    expect((await check(withProgramme((f) => { f['pedoman.yaml'].rules = { [RULE]: 'off' }; }))).of(RULE)).toEqual([]);
  });
});
