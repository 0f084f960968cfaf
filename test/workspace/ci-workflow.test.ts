// The CI files `pedoman init` writes work as written on a fresh runner: their steps run in order
// in a fresh clone of a new workspace, with an empty home folder, a global npm prefix of their
// own and nothing installed beforehand but Node and npm. `actions/checkout` is the clone and
// `actions/setup-node` the Node running this test. Installing the packed pedoman takes its
// dependencies from the npm registry, as on a runner; the npm cache is kept in this clone's
// node_modules/.cache so that later runs need not download them again.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../helpers/cli.js';
import { cleanupTemps, git, initWorkspace, tempDir } from './helpers.js';

afterEach(cleanupTemps);

const SLOW = 300_000;
const NPM_CACHE = join(REPO, 'node_modules', '.cache', 'pedoman-ci-test-npm');

interface Runner {
  clone: string;
  env: NodeJS.ProcessEnv;
}

/** A fresh "runner": a clone of the workspace, an empty HOME and a global npm prefix of its own. */
async function runner(workspace: string): Promise<Runner> {
  const dir = await tempDir();
  const clone = join(dir, 'checkout');
  git(dir, 'clone', '-q', workspace, clone);
  const home = join(dir, 'home');
  const prefix = join(dir, 'npm-global');
  await mkdir(home);
  await mkdir(NPM_CACHE, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...machineNetworkSettings(),
    PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
    HOME: home,
    TMPDIR: dir,
    LANG: 'C.UTF-8',
    CI: 'true',
    npm_config_prefix: prefix,
    npm_config_cache: NPM_CACHE,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  return { clone, env };
}

/**
 * How this machine reaches the npm registry (a proxy, a certificate authority), as a runner has
 * its own: npm's global config file is looked up under the npm prefix, which the runner here
 * moves, so it is named explicitly.
 */
function machineNetworkSettings(): NodeJS.ProcessEnv {
  const settings: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|https?_proxy|no_proxy|npm_config_(registry|cafile|proxy|https_proxy|noproxy|strict_ssl))$/i.test(name)) settings[name] = value;
  }
  const globalconfig = spawnSync('npm', ['config', 'get', 'globalconfig'], { encoding: 'utf8' }).stdout?.trim();
  if (globalconfig) settings.npm_config_globalconfig = globalconfig;
  return settings;
}

/** Runs a script as GitHub Actions runs a `run:` step (bash -e -o pipefail). */
function step(r: Runner, script: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: r.clone,
    env: { ...r.env, ...env },
    encoding: 'utf8',
    timeout: SLOW,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('the CI files pedoman init writes', () => {
  it('GitHub Actions: the workflow steps, run in order on a fresh clone, install pedoman and validate the starter', async () => {
    const workspace = await initWorkspace();
    const r = await runner(workspace);
    const workflow = parse(await readFile(join(r.clone, '.github', 'workflows', 'pedoman.yml'), 'utf8'));
    const job = workflow.jobs.validate;
    const summary = join(r.clone, '..', 'step-summary.md');
    await writeFile(summary, '');
    const uses = job.steps.filter((s: { uses?: string }) => s.uses).map((s: { uses: string }) => s.uses.replace(/@.*/, ''));
    expect(uses).toEqual(['actions/checkout', 'actions/setup-node']);
    const runs = job.steps.filter((s: { run?: string }) => s.run);
    expect(runs.map((s: { name: string }) => s.name)).toEqual(['Install pedoman', 'Validate the guideline']);
    for (const s of runs) {
      const result = step(r, s.run, { ...job.env, GITHUB_STEP_SUMMARY: summary });
      expect(result.code, `${s.name}\n${result.stdout}\n${result.stderr}`).toBe(0);
    }
    expect(await readFile(summary, 'utf8')).toContain('No problems found');

    // A mistake pushed to the repository fails the job with an annotation on the file.
    const roles = join(r.clone, 'guideline', 'sections', 'kelembagaan.yaml');
    await writeFile(roles, (await readFile(roles, 'utf8')).replace(/level: upt/, 'level: provinsi'));
    const failed = step(r, runs[1].run, { ...job.env, GITHUB_STEP_SUMMARY: summary });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^::error file=guideline\/sections\/kelembagaan\.yaml,line=\d+/m);
  }, SLOW);

  it('GitLab CI: the job script, run line by line on a fresh clone, installs pedoman and writes the JUnit report', async () => {
    const workspace = await initWorkspace();
    const r = await runner(workspace);
    const job = parse(await readFile(join(r.clone, '.gitlab-ci.yml'), 'utf8'))['pedoman-validate'];
    // GitLab runs the lines in one shell and stops at the first that fails.
    const result = step(r, (job.script as string[]).join('\n'), job.variables);
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    const report = await readFile(join(r.clone, job.artifacts.reports.junit), 'utf8');
    expect(report).toMatch(/^<\?xml/);
    expect(report).toContain('failures="0"');
  }, SLOW);
});
