#!/usr/bin/env node
// Measures `pedoman analyze` on a guideline made by the benchmark's generator (default 2,000
// items), and how many duty pairs the index lets through compared with all pairs. Run after
// `npm run build`:
//   node scripts/bench-analyze.mjs [items]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { DEFAULT_SEED, generateGuideline } from '../dist/bench/generate.js';
import { run } from '../dist/cli/main.js';
import { checkGuideline } from '../dist/check.js';
import { analysisBase } from '../dist/analyze/base.js';
import { forEachCandidate } from '../dist/analyze/similarity.js';
import { DEFAULT_DUTY_SIMILARITY } from '../dist/analyze/duplicate-duties.js';

const items = Number(process.argv[2] ?? 2000);
const root = await mkdtemp(join(tmpdir(), 'pedoman-bench-'));
try {
  // The benchmark's generator (npm run bench): realistic Indonesian text, Zipf-distributed words.
  await generateGuideline(root, { items, commentsPerItem: 0, seed: DEFAULT_SEED });
  const sink = new PassThrough();
  sink.resume();
  const time = async (argv) => {
    const started = performance.now();
    const code = await run({ argv, cwd: root, env: { NO_COLOR: '1', PEDOMAN_LANG: 'en' }, stdout: sink, stderr: sink });
    return { ms: Math.round(performance.now() - started), code };
  };
  const analyze = await time(['analyze', '--format', 'json', '--dir', root]);
  const validate = await time(['validate', '--format', 'json', '--dir', root]);

  const { guideline, index } = await checkGuideline(root);
  const base = analysisBase(guideline, index);
  const vectors = index.roles.flatMap((r) => r.item.duties.map((d) => base.corpus.vector(base.doc(d))));
  const started = performance.now();
  const pairs = forEachCandidate(vectors, vectors, DEFAULT_DUTY_SIMILARITY, true, () => {});
  const indexMs = Math.round(performance.now() - started);
  const all = (vectors.length * (vectors.length - 1)) / 2;
  console.log(`items: ${items} (${index.roles.length} roles, ${vectors.length} duties, ${index.mechanisms.length} mechanisms, ${index.terms.length} terms)`);
  console.log(`pedoman analyze: ${analyze.ms} ms (exit ${analyze.code}); pedoman validate: ${validate.ms} ms (exit ${validate.code})`);
  console.log(`duty pairs compared: ${pairs} of ${all} (${((100 * pairs) / all).toFixed(2)}%), candidate search ${indexMs} ms`);
} finally {
  await rm(root, { recursive: true, force: true });
}
