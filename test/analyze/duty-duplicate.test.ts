import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { checkGuideline } from '../../src/rules/check.js';
import { textSimilarity } from '../../src/analyze/overlap.js';
import { cleanupGuidelines, variant, writeGuideline } from '../helpers/fixture.js';
import { check } from '../rules/run.js';
import { openGuideline } from '../../src/model/guideline.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'duty-duplicate';
const ROLES = 'sections/peran.yaml';

// The same duty, reworded: other affixes (menyusun/disusun, menyampaikan/penyampaian,
// triwulanan/triwulan) and another word order.
const DUTY = 'Menyusun laporan triwulanan pelaksanaan Peran Serta Masyarakat dan menyampaikannya kepada Direktur Jenderal.';
const REWORDED = 'Penyampaian laporan pelaksanaan Peran Serta Masyarakat setiap triwulan kepada Direktur Jenderal, setelah laporan itu disusun.';
// Two unrelated duties that share only stop words (yang, dan, kepada, -nya).
const PRIVACY = 'Menjaga kerahasiaan data pribadi yang diperoleh dari kegiatan tersebut dan tidak membagikannya kepada pihak lain.';
const MEDIA = 'Mengembangkan materi komunikasi publik yang menarik dan menyampaikannya kepada media lokal.';

const withDuties = (pusat: string[], upt: string[], extra?: (f: Record<string, any>) => void) =>
  variant((f) => {
    f[ROLES].items[0].duties = pusat;
    f[ROLES].items[1].duties = upt;
    extra?.(f);
  });

describe(RULE, () => {
  it('reports a near-duplicate duty reworded with other affixes and word order, at the later duty', async () => {
    const result = await check(withDuties([DUTY], ['Melaksanakan program di UPT.', REWORDED]));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', path: 'items[1].duties[1]' });
    expect(found[0]!.line).toBe(result.lineOf(ROLES, 'Penyampaian laporan'));
    expect(found[0]!.message).toMatch(/^duty 2 of 'duta-upt' reads like duty 1 of 'duta-pusat' \(Kantor Pusat \(pusat\)\): similarity 0\.\d\d, shared /);
    expect(found[0]!.message).toContain('"laporan');
    expect(found[0]!.message).toContain('`divides_work_with`');
  });

  it('does not report two unrelated duties that share only stop words', async () => {
    const result = await check(withDuties([PRIVACY], [MEDIA]));
    expect(result.of(RULE)).toEqual([]);
    const { analyses } = await checkGuideline(openGuideline(await writeGuideline(withDuties([PRIVACY], [MEDIA]))));
    expect(textSimilarity(analyses.base, PRIVACY, MEDIA)).toBe(0);
  });

  it('accepts the likeness when either role declares how the work is divided', async () => {
    const note = 'Kantor Pusat menyusun laporan nasional; UPT hanya laporan satuan kerjanya.';
    for (const side of [0, 1]) {
      const result = await check(withDuties([DUTY], [REWORDED], (f) => {
        f[ROLES].items[side].divides_work_with = [{ role: side === 0 ? 'duta-upt' : 'duta-pusat', note }];
      }));
      expect(result.of(RULE), `declared by role ${side}`).toEqual([]);
    }
  });

  it('does not compare duties of the same role', async () => {
    const result = await check(withDuties([DUTY, REWORDED], ['Melaksanakan program di UPT.']));
    expect(result.of(RULE)).toEqual([]);
  });

  it('follows min_similarity from the ruleset, and reports a bad value', async () => {
    const strict = await check(withDuties([DUTY], [REWORDED], (f) => {
      f['pedoman.yaml'].rules = { [RULE]: { options: { min_similarity: 0.99 } } };
    }));
    expect(strict.of(RULE)).toEqual([]);
    const bad = await check(withDuties([DUTY], [REWORDED], (f) => {
      f['pedoman.yaml'].rules = { [RULE]: { options: { min_similarity: 2, threshold: 1 } } };
    }));
    expect(bad.of('ruleset').map((x) => [x.path, x.message])).toEqual([
      [`rules.${RULE}.options.min_similarity`, "'min_similarity' must be at most 1"],
      [`rules.${RULE}.options.threshold`, "unknown field 'threshold'; allowed here: min_similarity"],
    ]);
    expect(bad.of(RULE).filter((x) => x.message.startsWith('duty '))).toHaveLength(1); // the default threshold still applies
  });

  it('reports a division of work with an unknown role or with itself', async () => {
    const result = await check(withDuties([DUTY], [MEDIA], (f) => {
      f[ROLES].items[0].divides_work_with = [{ role: 'duta-utp', note: 'x' }, { role: 'duta-pusat', note: 'y' }];
    }));
    const messages = result.of(RULE).map((x) => x.message);
    expect(messages).toEqual(["a role cannot divide work with itself ('duta-pusat')"]);
    // A role that does not exist is a broken reference, an error like every other.
    const broken = result.of('reference-resolves');
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ severity: 'error', path: 'items[0].divides_work_with[0].role' });
    expect(broken[0]!.message).toBe("unknown role 'duta-utp'; did you mean 'duta-upt'? Known: duta-pusat, duta-upt");
  });
});
