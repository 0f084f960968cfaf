import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'role-appointment';
const FILE = 'sections/peran.yaml';

describe(RULE, () => {
  it('passes when every role names its appointer and instrument', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('reports a role without any appointment at its id, listing both fields', async () => {
    const result = await check(variant((f) => {
      delete f[FILE].items[1].appointment;
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: RULE, severity: 'error', path: 'items[1].id' });
    expect(found[0]!.file.endsWith('peran.yaml')).toBe(true);
    expect(found[0]!.line).toBe(result.lineOf(FILE, 'id: duta-upt'));
    expect(found[0]!.message).toBe("role 'duta-upt' does not say how it is appointed; missing: appointment.by, appointment.instrument");
  });

  it('reports a partial appointment at the appointment key', async () => {
    const result = await check(variant((f) => {
      delete f[FILE].items[0].appointment.instrument;
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe('items[0].appointment');
    expect(found[0]!.line).toBe(result.lineOf(FILE, 'appointment:'));
    expect(found[0]!.message).toContain("role 'duta-pusat'");
    expect(found[0]!.message).toContain('missing: appointment.instrument');
    expect(found[0]!.message).not.toContain('appointment.by');
  });

  it('can be turned off in the ruleset', async () => {
    const result = await check(variant((f) => {
      f['pedoman.yaml'].rules = { [RULE]: 'off' };
      delete f[FILE].items[1].appointment;
    }));
    expect(result.of(RULE)).toEqual([]);
  });
});
