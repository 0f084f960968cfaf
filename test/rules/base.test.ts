import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { baseGuideline, cleanupGuidelines } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

describe('baseGuideline()', () => {
  it('is completely clean: no finding of any rule or load check', async () => {
    const { findings } = await check(baseGuideline());
    expect(findings).toEqual([]);
  });
});
