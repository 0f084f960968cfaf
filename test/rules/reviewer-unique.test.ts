import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'reviewer-unique';
const BUDI = { name: 'Budi Santoso', email: 'budi@kanwil-jabar.example.go.id', unit: 'Kanwil Jawa Barat' };

describe(RULE, () => {
  it('passes without a list and on a list of distinct e-mails', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
    const result = await check(variant((f) => {
      f['pedoman.yaml'].reviewers = [BUDI, { name: 'Maria Lopez', email: 'maria@unodc.example.org', unit: 'UNODC' }];
    }));
    expect(result.of(RULE)).toEqual([]);
  });

  it('reports the same e-mail listed again, in any case, at the later listing', async () => {
    const result = await check(variant((f) => {
      f['pedoman.yaml'].reviewers = [BUDI, { name: 'Sari', email: 'sari@kanwil-jabar.example.go.id', unit: 'Kanwil Jawa Barat' }, { ...BUDI, email: 'Budi@Kanwil-Jabar.example.go.id' }];
    }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: RULE, severity: 'error', path: 'reviewers[2].email' });
    expect(found[0]!.message).toContain('is already listed among the reviewers (no. 1, Budi Santoso, Kanwil Jawa Barat)');
  });
});
