import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'reference-resolves';

describe(RULE, () => {
  it('passes when every reference resolves', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('reports an unknown level with a suggestion', async () => {
    const result = await check(variant((f) => {
      f['sections/peran.yaml'].items[1].level = 'uptt';
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: RULE, severity: 'error', path: 'items[1].level' });
    expect(found[0]!.file.endsWith('peran.yaml')).toBe(true);
    expect(found[0]!.line).toBe(result.lineOf('sections/peran.yaml', 'level: uptt'));
    expect(found[0]!.message).toBe("unknown level 'uptt'; did you mean 'upt'? Known: pusat, kanwil, upt");
  });

  it('reports an unknown appointer and an unknown mechanism without a close match', async () => {
    const result = await check(variant((f) => {
      f['sections/peran.yaml'].items[0].appointment.by = 'menteri';
      f['sections/indikator.yaml'].items[0].measures = ['usul-program', 'pengaduan-layanan'];
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(2);
    const [metric, role] = [found.find((x) => x.file.endsWith('indikator.yaml'))!, found.find((x) => x.file.endsWith('peran.yaml'))!];
    expect(role.line).toBe(result.lineOf('sections/peran.yaml', 'by: menteri'));
    expect(role.message).toContain("unknown authority or role 'menteri'");
    expect(metric.line).toBe(result.lineOf('sections/indikator.yaml', '- pengaduan-layanan'));
    expect(metric.message).toBe("unknown mechanism 'pengaduan-layanan'; known: usul-program");
  });

  it('does not report ids of a section that failed its schema', async () => {
    const result = await check(variant((f) => {
      delete f['sections/mekanisme.yaml'].items[0].steps; // schema error: the mechanism exists but is not loaded
    }));
    expect(result.of('schema').length).toBeGreaterThan(0);
    expect(result.of(RULE)).toEqual([]);
  });
});
