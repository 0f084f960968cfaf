// `npm run bench`: generates synthetic guidelines at several sizes, then measures median wall
// time and peak memory of the common pedoman commands against two baselines measured in the
// same run: `node -e 0` (start-up floor) and the floor of reading: the same YAML files read and
// parsed with the fastest parser (js-yaml), nothing else; also the same with `yaml` for reference. Prints a table of ratios and writes everything as JSON. A developer tool,
// not a pedoman command; nothing here is timed inside `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, type Dirent } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateGuideline } from './generate.js';
import { commitHistory } from './history.js';

const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(PACKAGE, 'bin', 'pedoman.js');
const BARE_PARSE = fileURLToPath(new URL('./bare-parse.js', import.meta.url));
/** Bumped when the generator's output changes, so cached guidelines (--work) are regenerated. */
const GENERATOR_VERSION = 3;

/** Written next to the guidelines and loaded with --require: reports the process's peak memory. */
const RSS_PRELOAD = `'use strict';
const out = process.env.PEDOMAN_BENCH_RSS;
if (out) {
  delete process.env.PEDOMAN_BENCH_RSS;
  process.on('exit', () => {
    try { const u = process.resourceUsage(); require('node:fs').writeFileSync(out, u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime)); } catch {}
  });
}
`;

interface Options {
  sizes: number[];
  commentsPerItem: number;
  runs: number;
  runsLargest: number;
  /** Measured runs of `node -e 0` and `pedoman --help` (at least runs). */
  runsStart: number;
  warmup: number;
  pdfAt: number[];
  pdfItems: number;
  /** Sizes at which a guideline without comments is measured too (validate against the floor). */
  bareAt: number[];
  skipLargest: Set<string>;
  only: Set<string> | undefined;
  json: string;
  work: string | undefined;
  seed: number;
  git: boolean;
  timeoutSeconds: number;
}

interface CommandSpec {
  id: string;
  label: string;
  kind: 'baseline' | 'pedoman';
  /** Arguments after `node --require <preload>`. */
  args: (ctx: SizeContext) => string[];
  /** Subcommand words whose `--help` tells whether the command exists yet. */
  probe?: string[];
  /** Checks the output after a successful run; returns a problem, or extra facts to record. */
  inspect?: (ctx: SizeContext) => { problem?: string; facts?: Record<string, number | string> };
}

interface SizeContext {
  items: number;
  root: string;
  out: string;
}

interface Measurement {
  id: string;
  label: string;
  status: 'ok' | 'missing' | 'failed' | 'skipped';
  reason?: string;
  wallMs: number[];
  maxRssKb: number[];
  /** CPU time of the process, all threads (user + system). */
  cpuMs: number[];
  median?: { wallMs: number; rssMb: number; cpuMs?: number };
  facts?: Record<string, number | string>;
}

interface SizeResult {
  items: number;
  comments: number;
  files: number;
  megabytes: number;
  generatedIn?: number;
  /** Time to put the guideline and its review log's history in git (one commit per act). */
  committedIn?: number;
  validation?: string;
  /** The extra guideline sized for a PDF of about 300 pages: only the PDF and the HTML (its time's yardstick) are measured. */
  pdfOnly?: boolean;
  /** The guideline without review comments (only the baselines and validate are measured). */
  bare?: boolean;
  measurements: Measurement[];
}

/** `pedoman render --format FORMAT` into its own folder, its output checked by inspect. */
function render(format: 'md' | 'html' | 'pdf', inspect: CommandSpec['inspect']): CommandSpec {
  return {
    id: `render-${format}`,
    label: `render --format ${format}`,
    kind: 'pedoman',
    args: (c) => [BIN, 'render', c.root, '--format', format, '--out', join(c.out, format), '--force'],
    probe: ['render'],
    inspect,
  };
}

const COMMANDS: CommandSpec[] = [
  { id: 'node', label: 'node -e 0', kind: 'baseline', args: () => ['-e', '0'] },
  { id: 'floor', label: 'floor: read + js-yaml', kind: 'baseline', args: (c) => [BARE_PARSE, c.root] },
  { id: 'parse-yaml', label: 'read + yaml parse', kind: 'baseline', args: (c) => [BARE_PARSE, '--parser', 'yaml', c.root] },
  { id: 'help', label: 'pedoman --help', kind: 'pedoman', args: () => [BIN, '--help'] },
  { id: 'validate', label: 'validate', kind: 'pedoman', args: (c) => [BIN, 'validate', c.root], probe: ['validate'] },
  { id: 'comment-list', label: 'comment list', kind: 'pedoman', args: (c) => [BIN, 'comment', 'list', '--dir', c.root], probe: ['comment', 'list'] },
  { id: 'status', label: 'status', kind: 'pedoman', args: (c) => [BIN, 'status', '--dir', c.root], probe: ['status'] },
  render('md', (c) => outputFacts(join(c.out, 'md'), '.md')),
  render('html', (c) => outputFacts(join(c.out, 'html'), '.html')),
  render('pdf', (c) => pdfFacts(join(c.out, 'pdf'))),
];

/** Measured on the guideline sized for the PDF: the PDF, and the HTML that its time is compared with. */
const PDF_GUIDELINE_IDS = new Set(['render-pdf', 'render-html']);

/** The yardsticks, measured on every guideline. */
const BASELINE_IDS = new Set(['node', 'floor', 'parse-yaml']);

/** Measured on the guideline without comments. */
const BARE_GUIDELINE_IDS = new Set(['validate']);

/** The start-up pair, measured more often (--runs-start). */
const STARTUP_IDS = new Set(['node', 'help']);

const USAGE = `usage: npm run bench -- [options]

Generates synthetic guidelines (fixed seed) and measures median wall time and peak memory of
pedoman commands against \`node -e 0\` and the floor (the same YAML files read and parsed with
js-yaml, nothing else), measured in the same run; prints every ratio and the issue's targets.

  --sizes LIST             items per guideline (default 200,2000,20000)
  --comments-per-item M    review comments per item (default 10)
  --runs N                 measured runs per command (default 5)
  --runs-largest N         measured runs at the largest size (default 3)
  --runs-start N           measured runs of node -e 0 and pedoman --help, the noisiest
                           ratio (default 30; never fewer than the runs above)
  --warmup N               unmeasured runs first (default 1)
  --pdf-at LIST            sizes at which the PDF is rendered (default: the middle size)
  --pdf-items N            also a guideline of N items, for a PDF of about 300 pages, where
                           only the PDF and (for the ratio) the HTML are measured (default 540; 0: none)
  --bare-at LIST           sizes at which a guideline without comments is measured too, for
                           validate (default: the sizes up to 2000)
  --skip-largest LIST      command ids not run at the largest size (default: none besides the PDF)
  --only LIST              measure only these command ids (baselines are always measured)
  --json PATH              where to write the results (default tmp/bench-results.json)
  --work DIR               keep generated guidelines here and reuse them in later runs
  --seed S                 seed of the generator (default ${DEFAULT_SEED})
  --no-git                 do not put each guideline in a git repository (by default it is,
                           as pedoman makes one: the guideline in a first commit, then one
                           commit per act of the review log and per review stamp)
  --timeout SECONDS        give up on one run after this long (default 600)

Command ids: ${COMMANDS.map((c) => c.id).join(', ')}
`;

export async function main(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (!existsSync(BARE_PARSE) || !existsSync(join(PACKAGE, 'dist', 'cli', 'main.js'))) {
    process.stderr.write('bench: build first (npm run build)\n');
    return 2;
  }
  const work = options.work ? resolve(options.work) : await mkdtemp(join(tmpdir(), 'pedoman-bench-'));
  await mkdir(work, { recursive: true });
  const preload = join(work, 'rss-preload.cjs');
  await writeFile(preload, RSS_PRELOAD);

  const machine = machineInfo();
  log(`pedoman bench: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, node ${process.version}, load ${machine.loadStart.join(' ')}`);
  if (machine.loadStart[0]! > machine.cores * 0.5) log(`warning: the machine is busy (load ${machine.loadStart[0]} on ${machine.cores} cores); timings will be noisy`);
  const available = probeCommands();
  const results: SizeResult[] = [];
  const sorted = [...options.sizes].sort((a, b) => a - b);
  const largest = sorted[sorted.length - 1]!;
  try {
    for (const items of sorted) {
      if (options.bareAt.includes(items) && (!options.only || options.only.has('validate'))) results.push(await measureSize(items, 'bare', options, work, preload, available));
      results.push(await measureSize(items, items === largest && sorted.length > 1 ? 'largest' : 'size', options, work, preload, available));
    }
    if (options.pdfItems > 0 && !sorted.includes(options.pdfItems) && (!options.only || options.only.has('render-pdf'))) {
      results.push(await measureSize(options.pdfItems, 'pdf', options, work, preload, available));
    }
  } finally {
    if (!options.work) await rm(work, { recursive: true, force: true });
  }
  machine.loadEnd = loadavg().map((l) => Number(l.toFixed(2)));

  const report = buildReport(results);
  const json = {
    version: 1,
    date: new Date().toISOString(),
    machine,
    options: { ...options, skipLargest: [...options.skipLargest], only: options.only ? [...options.only] : undefined },
    sizes: results,
    targets: report.targets,
  };
  const jsonPath = resolve(options.json);
  await mkdir(dirname(jsonPath), { recursive: true });
  await writeFile(jsonPath, `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`\nmachine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGb} GB, node ${process.version}\n\n${report.text}\n`);
  process.stdout.write(`machine: ${machine.cores} cores, ${machine.cpu}, node ${process.version}, load ${machine.loadStart.join(' ')} → ${machine.loadEnd.join(' ')}\n`);
  process.stdout.write(`results: ${relative(process.cwd(), jsonPath) || jsonPath}\n`);
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Options

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: '200,2000,20000' },
      'comments-per-item': { type: 'string', default: '10' },
      runs: { type: 'string', default: '5' },
      'runs-largest': { type: 'string', default: '3' },
      'runs-start': { type: 'string', default: '30' },
      warmup: { type: 'string', default: '1' },
      'pdf-at': { type: 'string' },
      'pdf-items': { type: 'string', default: '540' },
      'bare-at': { type: 'string' },
      'skip-largest': { type: 'string', default: '' },
      only: { type: 'string' },
      json: { type: 'string', default: join(PACKAGE, 'tmp', 'bench-results.json') },
      work: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'no-git': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '600' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const sizes = list(values.sizes, '--sizes').map((s) => whole(s, '--sizes'));
  if (sizes.length === 0) throw new Error('--sizes needs at least one size');
  const sorted = [...sizes].sort((a, b) => a - b);
  const ids = new Set(COMMANDS.map((c) => c.id));
  const commandIds = (value: string, flag: string) => {
    const out = new Set(list(value, flag));
    for (const id of out) if (!ids.has(id)) throw new Error(`${flag}: unknown command id '${id}' (known: ${[...ids].join(', ')})`);
    return out;
  };
  return {
    sizes,
    commentsPerItem: whole(values['comments-per-item'], '--comments-per-item'),
    runs: Math.max(1, whole(values.runs, '--runs')),
    runsLargest: Math.max(1, whole(values['runs-largest'], '--runs-largest')),
    runsStart: Math.max(1, whole(values['runs-start'], '--runs-start')),
    warmup: whole(values.warmup, '--warmup'),
    pdfAt: values['pdf-at'] !== undefined ? list(values['pdf-at'], '--pdf-at').map((s) => whole(s, '--pdf-at')) : [sorted[Math.floor((sorted.length - 1) / 2)]!],
    pdfItems: whole(values['pdf-items'], '--pdf-items'),
    bareAt: values['bare-at'] !== undefined ? list(values['bare-at'], '--bare-at').map((s) => whole(s, '--bare-at')) : sorted.filter((n) => n <= 2000),
    skipLargest: commandIds(values['skip-largest'], '--skip-largest'),
    only: values.only !== undefined ? commandIds(values.only, '--only') : undefined,
    json: values.json,
    work: values.work,
    seed: whole(values.seed, '--seed'),
    git: !values['no-git'],
    timeoutSeconds: Math.max(1, whole(values.timeout, '--timeout')),
  };
}

function list(value: string, flag: string): string[] {
  const out = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (out.some((s) => /\s/.test(s))) throw new Error(`${flag}: a comma-separated list, without spaces`);
  return out;
}

function whole(value: string, flag: string): number {
  const clean = value.replace(/_/g, '');
  if (!/^\d+$/.test(clean)) throw new Error(`${flag}: '${value}' is not a whole number`);
  return Number(clean);
}

// ---------------------------------------------------------------------------------------------
// One size

/** A size of the series; the largest (fewer runs, --skip-largest); or the extra guideline for the PDF alone. */
type Role = 'size' | 'largest' | 'pdf' | 'bare';

async function measureSize(items: number, role: Role, options: Options, work: string, preload: string, available: Map<string, boolean>): Promise<SizeResult> {
  const isLargest = role === 'largest';
  const folder = join(work, role === 'bare' ? `size-${items}-bare` : `size-${items}`);
  const commentsPerItem = role === 'bare' ? 0 : options.commentsPerItem;
  const root = join(folder, 'guideline');
  const out = join(folder, 'out');
  const ctx: SizeContext = { items, root, out };
  const result: SizeResult = { items, comments: items * commentsPerItem, files: 0, megabytes: 0, measurements: [] };
  if (role === 'pdf') result.pdfOnly = true;
  if (role === 'bare') result.bare = true;

  const meta = { generator: GENERATOR_VERSION, items, commentsPerItem, seed: options.seed, git: options.git };
  const metaPath = join(folder, 'bench-meta.json');
  const cached = await readFile(metaPath, 'utf8').then((t) => t === JSON.stringify(meta), () => false);
  if (!cached) {
    await rm(folder, { recursive: true, force: true });
    log(`generating ${items} items, ${result.comments} comments…`);
    const started = performance.now();
    const generated = await generateGuideline(root, { items, commentsPerItem, seed: options.seed });
    result.generatedIn = Math.round(performance.now() - started);
    log(`  ${generated.files.size} files in ${(result.generatedIn / 1000).toFixed(1)} s`);
    if (options.git) {
      const gitStarted = performance.now();
      const { commits } = await commitHistory(folder, relative(folder, root), generated, childEnv()).catch((error: Error) => {
        throw new Error(`${error.message} (use --no-git to measure without git)`);
      });
      result.committedIn = Math.round(performance.now() - gitStarted);
      log(`  ${commits} commits (one per act and review stamp, as pedoman makes them) in ${(result.committedIn / 1000).toFixed(1)} s`);
    }
    await writeFile(metaPath, JSON.stringify(meta));
  } else {
    log(`reusing ${relative(process.cwd(), folder) || folder}`);
  }
  const size = folderSize(root);
  result.files = size.files;
  result.megabytes = Number((size.bytes / 1e6).toFixed(1));
  result.validation = validationSummary(root);
  log(`  ${result.files} files, ${result.megabytes} MB; validate: ${result.validation}`);

  const runs = isLargest ? options.runsLargest : options.runs;
  const chosen = COMMANDS.filter((c) =>
    c.kind === 'baseline' || (role === 'pdf' ? PDF_GUIDELINE_IDS.has(c.id) : role === 'bare' ? BARE_GUIDELINE_IDS.has(c.id) : !options.only || options.only.has(c.id)));
  const active: { spec: CommandSpec; m: Measurement }[] = [];
  for (const spec of chosen) {
    const m: Measurement = { id: spec.id, label: spec.label, status: 'ok', wallMs: [], maxRssKb: [], cpuMs: [] };
    result.measurements.push(m);
    if (spec.probe && available.get(spec.probe.join(' ')) === false) {
      m.status = 'missing';
      m.reason = 'command missing';
    } else if (spec.id === 'render-pdf' && role !== 'pdf' && !options.pdfAt.includes(items)) {
      m.status = 'skipped';
      m.reason = `PDF at ${options.pdfAt.join(', ')} items only`;
    } else if (isLargest && options.skipLargest.has(spec.id)) {
      m.status = 'skipped';
      m.reason = 'skipped at the largest size';
    } else {
      active.push({ spec, m });
    }
  }

  const total = options.warmup + runs;
  for (let round = 0; round < total; round++) {
    const measured = round >= options.warmup;
    log(`  ${measured ? `run ${round - options.warmup + 1}/${runs}` : `warm-up ${round + 1}/${options.warmup}`}`);
    // Rotate the order each round so that no command always runs right after a heavy one.
    const order = active.map((_, i) => active[(i + round) % active.length]!);
    for (const { spec, m } of order) {
      if (m.status !== 'ok') continue;
      await rm(out, { recursive: true, force: true });
      await mkdir(out, { recursive: true });
      const run = await runOnce(spec.args(ctx), folder, preload, options.timeoutSeconds);
      if (run.problem) {
        m.status = 'failed';
        m.reason = run.problem;
        log(`    ${spec.label}: failed: ${run.problem}`);
        continue;
      }
      if (spec.inspect) {
        const { problem, facts } = spec.inspect(ctx);
        if (problem) {
          m.status = 'failed';
          m.reason = problem;
          continue;
        }
        if (facts) m.facts = facts;
      }
      if (measured) {
        m.wallMs.push(run.wallMs);
        if (run.maxRssKb !== undefined) m.maxRssKb.push(run.maxRssKb);
        if (run.cpuMs !== undefined) m.cpuMs.push(run.cpuMs);
      }
    }
  }
  // The start-up pair is cheap and its ratio is the noisiest (a few milliseconds either way on a
  // busy machine move it by tenths): more samples of both, alternating, until each has runsStart.
  // Only when pedoman --help is measured here (not with --only without it, nor for the PDF guideline).
  const startup = active.some(({ spec }) => spec.id === 'help') ? active.filter(({ spec }) => STARTUP_IDS.has(spec.id)) : [];
  const wanting = () => startup.filter(({ m }) => m.status === 'ok' && m.wallMs.length < options.runsStart);
  for (let round = 0; wanting().length > 0; round++) {
    for (const { spec, m } of round % 2 === 0 ? startup : [...startup].reverse()) {
      if (m.status !== 'ok' || m.wallMs.length >= options.runsStart) continue;
      const run = await runOnce(spec.args(ctx), folder, preload, options.timeoutSeconds);
      if (run.problem) {
        m.status = 'failed';
        m.reason = run.problem;
        continue;
      }
      m.wallMs.push(run.wallMs);
      if (run.maxRssKb !== undefined) m.maxRssKb.push(run.maxRssKb);
      if (run.cpuMs !== undefined) m.cpuMs.push(run.cpuMs);
    }
  }
  for (const m of result.measurements) {
    if (m.status === 'ok' && m.wallMs.length > 0) {
      m.median = { wallMs: round1(median(m.wallMs)), rssMb: round1(median(m.maxRssKb) / 1024), ...(m.cpuMs.length > 0 ? { cpuMs: round1(median(m.cpuMs)) } : {}) };
    }
  }
  return result;
}

interface RunResult {
  wallMs: number;
  maxRssKb?: number;
  cpuMs?: number;
  problem?: string;
}

function runOnce(args: string[], cwd: string, preload: string, timeoutSeconds: number): Promise<RunResult> {
  const rssFile = join(cwd, '.rss');
  rmSync(rssFile, { force: true });
  const stdoutPath = join(cwd, '.stdout');
  const stderrPath = join(cwd, '.stderr');
  const stdout = openSync(stdoutPath, 'w');
  const stderr = openSync(stderrPath, 'w');
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--require', preload, ...args], {
      cwd,
      env: childEnv(rssFile),
      stdio: ['ignore', stdout, stderr],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      closeSync(stdout);
      closeSync(stderr);
      done({ wallMs: 0, problem: error.message });
    });
    child.on('exit', (code, signal) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      closeSync(stdout);
      closeSync(stderr);
      let maxRssKb: number | undefined;
      let cpuMs: number | undefined;
      try {
        const [rss, cpu] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
        maxRssKb = rss;
        cpuMs = cpu === undefined || Number.isNaN(cpu) ? undefined : cpu / 1000;
      } catch {
        maxRssKb = undefined;
      }
      // 0 is clean, 1 is "findings": both are a completed run. 2 and signals are not.
      if (signal || (code !== 0 && code !== 1)) {
        const lines = readFileSync(stderrPath, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
        const why = signal === 'SIGKILL' ? `timed out after ${timeoutSeconds} s` : lines[0] ?? `exit ${code ?? signal}`;
        done({ wallMs, problem: why.length > 160 ? `${why.slice(0, 157)}...` : why });
        return;
      }
      done({ wallMs, ...(maxRssKb !== undefined ? { maxRssKb } : {}), ...(cpuMs !== undefined ? { cpuMs } : {}) });
    });
  });
}

function childEnv(rssFile?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C',
    PEDOMAN_LANG: 'en',
    NO_COLOR: '1',
    GIT_AUTHOR_NAME: 'pedoman bench',
    GIT_AUTHOR_EMAIL: 'bench@example.invalid',
    GIT_COMMITTER_NAME: 'pedoman bench',
    GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  };
  if (rssFile) env.PEDOMAN_BENCH_RSS = rssFile;
  if (process.env.TMPDIR) env.TMPDIR = process.env.TMPDIR;
  return env;
}

/** Which pedoman commands exist in this build (`pedoman <command> --help` exits 0). */
function probeCommands(): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const spec of COMMANDS) {
    if (!spec.probe) continue;
    const key = spec.probe.join(' ');
    if (out.has(key)) continue;
    const r = spawnSync(process.execPath, [BIN, ...spec.probe, '--help'], { env: childEnv(), encoding: 'utf8' });
    out.set(key, r.status === 0);
  }
  return out;
}

/** One line from `validate --format json`: that the generated guideline is what a real draft is. */
function validationSummary(root: string): string {
  const r = spawnSync(process.execPath, [BIN, 'validate', root, '--format', 'json'], { env: childEnv(), encoding: 'utf8', maxBuffer: 1 << 30 });
  try {
    const report = JSON.parse(r.stdout) as { summary: { errors: number; warnings: number; infos: number }; findings: { severity: string; ruleId: string }[] };
    const s = report.summary;
    const rules = [...new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId))];
    return `${s.errors} errors, ${s.warnings} warnings, ${s.infos} notes${rules.length > 0 ? ` (${rules.join(', ')})` : ''}`;
  } catch {
    return `could not validate (exit ${r.status}): ${(r.stderr || r.stdout).split('\n')[0]}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Output checks

function outputFacts(dir: string, ext: string): { problem?: string; facts?: Record<string, number | string> } {
  const files = walk(dir).filter((f) => f.endsWith(ext));
  if (files.length === 0) return { problem: `no ${ext} file written` };
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  return { facts: { outputMb: Number((bytes / 1e6).toFixed(2)) } };
}

function pdfFacts(dir: string): { problem?: string; facts?: Record<string, number | string> } {
  const files = walk(dir).filter((f) => f.endsWith('.pdf'));
  if (files.length === 0) return { problem: 'no .pdf file written' };
  const pages = pdfPageCount(readFileSync(files[0]!));
  return { facts: { pages, outputMb: Number((statSync(files[0]!).size / 1e6).toFixed(2)) } };
}

/** Pages of a PDF: its page tree's /Count (pdfinfo's, where poppler is installed); page objects may sit in compressed object streams. */
function pdfPageCount(pdf: Buffer): number {
  const info = spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
  const fromInfo = info.status === 0 ? /^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] : undefined;
  if (fromInfo) return Number(fromInfo);
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  return counts.length > 0 ? Math.max(...counts) : (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0);
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.isFile()) out.push(p);
    }
  };
  visit(dir);
  return out;
}

function folderSize(dir: string): { files: number; bytes: number } {
  const files = walk(dir);
  return { files: files.length, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) };
}

// ---------------------------------------------------------------------------------------------
// Report

interface Target {
  name: string;
  measured: string;
  limit: string;
  verdict: 'met' | 'missed' | 'n/a';
}

function buildReport(results: readonly SizeResult[]): { text: string; targets: Target[] } {
  const lines: string[] = [];
  const bySize = new Map(results.filter((r) => !r.pdfOnly && !r.bare).map((r) => [r.items, r]));
  for (const size of results) {
    const node = find(size, 'node');
    const floor = find(size, 'floor');
    const smaller = size.pdfOnly || size.bare ? undefined : bySize.get(size.items / 10);
    const purpose = size.pdfOnly ? ', sized for a PDF of about 300 pages' : size.bare ? ', no comments' : '';
    lines.push(`### ${fmt(size.items)} items, ${fmt(size.comments)} comments (${fmt(size.files)} files, ${size.megabytes} MB${purpose})`);
    lines.push('');
    lines.push(`| command | median | CPU | × node -e 0 | × floor | peak RSS |${smaller ? ` time × vs ${fmt(smaller.items)} items |` : ''}`);
    lines.push(`|---|---:|---:|---:|---:|---:|${smaller ? '---:|' : ''}`);
    for (const m of size.measurements) {
      if (!m.median) {
        const why = m.status === 'missing' ? 'n/a (command missing)' : m.status === 'skipped' ? `— (${m.reason})` : `n/a (${m.status}: ${m.reason})`;
        lines.push(`| ${m.label} | ${why} | | | | |${smaller ? ' |' : ''}`);
        continue;
      }
      const facts = m.facts?.pages !== undefined ? ` (${m.facts.pages} pages)` : '';
      const cells = [
        m.label,
        `${ms(m.median.wallMs)}${facts}`,
        m.median.cpuMs !== undefined ? ms(m.median.cpuMs) : '',
        node?.median ? ratio(m.median.wallMs / node.median.wallMs) : '',
        floor?.median ? ratio(m.median.wallMs / floor.median.wallMs) : '',
        `${Math.round(m.median.rssMb)} MB`,
      ];
      if (smaller) {
        const before = smaller.measurements.find((x) => x.id === m.id)?.median;
        cells.push(before ? ratio(m.median.wallMs / before.wallMs) : '');
      }
      lines.push(`| ${cells.join(' | ')} |`);
    }
    if (size.validation) lines.push('', `The generated guideline validates with ${size.validation}.`);
    lines.push('');
  }

  const targets = evaluateTargets(results);
  if (targets.length > 0) {
    lines.push('### Targets', '');
    lines.push('| target | measured | limit | |', '|---|---:|---:|---|');
    for (const t of targets) lines.push(`| ${t.name} | ${t.measured} | ${t.limit} | ${t.verdict} |`);
  }
  return { text: lines.join('\n'), targets };
}

function evaluateTargets(results: readonly SizeResult[]): Target[] {
  const sorted = results.filter((r) => !r.pdfOnly && !r.bare).sort((a, b) => a.items - b.items);
  if (sorted.length === 0) return [];
  // The issue's targets are set on the 2,000-item guideline: take the measured size nearest to it.
  const nearest = (list: readonly SizeResult[]) => list.reduce((best, r) => (Math.abs(Math.log(r.items / 2000)) < Math.abs(Math.log(best.items / 2000)) ? r : best), list[0]!);
  const at = nearest(sorted);
  const out: Target[] = [];
  const wall = (r: SizeResult, id: string) => find(r, id)?.median?.wallMs;
  const versus = (r: SizeResult, name: string, id: string, base: string, limit: number) => {
    const label = `${fmt(r.items)} items${r.comments > 0 ? ` + ${fmt(r.comments)} comments` : ', no comments'}`;
    const a = wall(r, id);
    const b = wall(r, base);
    if (a === undefined || b === undefined) {
      out.push({ name: `${name} (${label})`, measured: 'n/a', limit: `≤ ${limit}`, verdict: 'n/a' });
      return;
    }
    out.push({ name: `${name} (${label})`, measured: `${ratio(a / b)} (${ms(a)} ÷ ${ms(b)})`, limit: `≤ ${limit}`, verdict: a / b <= limit ? 'met' : 'missed' });
  };
  versus(at, 'validate ÷ floor', 'validate', 'floor', 1.5);
  const bare = results.filter((r) => r.bare);
  for (const r of [...bare].sort((a, b) => a.items - b.items)) versus(r, 'validate ÷ floor', 'validate', 'floor', 1.5);
  if (bare.length === 0) out.push({ name: 'validate ÷ floor (no comments)', measured: 'n/a (--bare-at)', limit: '≤ 1.5', verdict: 'n/a' });
  versus(at, 'comment list ÷ floor', 'comment-list', 'floor', 2);
  versus(at, 'status ÷ floor', 'status', 'floor', 2);
  versus(at, 'render --format md ÷ floor', 'render-md', 'floor', 2);
  versus(at, 'render --format html ÷ floor', 'render-html', 'floor', 2);
  versus(at, 'pedoman --help ÷ node -e 0', 'help', 'node', 1.5);

  for (const small of sorted) {
    const big = sorted.find((r) => r.items === small.items * 10);
    if (!big) continue;
    for (const id of ['validate', 'comment-list', 'status', 'render-md', 'render-html']) {
      const a = wall(small, id);
      const b = wall(big, id);
      const name = `${find(small, id)?.label ?? id}: time for ${fmt(big.items)} ÷ ${fmt(small.items)} items`;
      if (a === undefined || b === undefined) out.push({ name, measured: 'n/a', limit: '≤ 11', verdict: 'n/a' });
      else out.push({ name, measured: ratio(b / a), limit: '≤ 11', verdict: b / a <= 11 ? 'met' : 'missed' });
    }
  }
  const largest = sorted[sorted.length - 1]!;
  const peak = Math.max(...largest.measurements.filter((m) => !BASELINE_IDS.has(m.id) && m.median && m.id !== 'render-pdf').map((m) => m.median!.rssMb));
  const largeEnough = largest.items >= 20000;
  out.push({
    name: `peak memory of any command but the PDF (${fmt(largest.items)} items + ${fmt(largest.comments)} comments)`,
    measured: Number.isFinite(peak) ? `${Math.round(peak)} MB` : 'n/a',
    limit: '≤ 1 GB at 20,000 items',
    verdict: !Number.isFinite(peak) || !largeEnough ? 'n/a' : peak <= 1024 ? 'met' : 'missed',
  });

  // The PDF nearest to 300 pages, of every guideline where one was rendered: its time against
  // render --format html of the same guideline in the same run, and its peak memory.
  const pdfs = results
    .map((r) => ({ r, m: find(r, 'render-pdf') }))
    .filter((x): x is { r: SizeResult; m: Measurement & { median: { wallMs: number; rssMb: number } } } => x.m?.median !== undefined)
    .sort((a, b) => Math.abs(Number(a.m.facts?.pages ?? 0) - 300) - Math.abs(Number(b.m.facts?.pages ?? 0) - 300));
  const pdf = pdfs[0];
  if (pdf) {
    const pages = Number(pdf.m.facts?.pages ?? 0);
    const name = `PDF of ${pages} pages (${fmt(pdf.r.items)} items)`;
    // A PDF much shorter than about 300 pages says nothing about the targets.
    const short = pages < 200;
    const html = wall(pdf.r, 'render-html');
    out.push(html === undefined
      ? { name: `${name} ÷ render --format html`, measured: 'n/a', limit: '≤ 2.5', verdict: 'n/a' }
      : { name: `${name} ÷ render --format html`, measured: `${ratio(pdf.m.median.wallMs / html)} (${ms(pdf.m.median.wallMs)} ÷ ${ms(html)})`, limit: '≤ 2.5', verdict: short ? 'n/a' : pdf.m.median.wallMs / html <= 2.5 ? 'met' : 'missed' });
    out.push({ name: `${name}: peak memory`, measured: `${Math.round(pdf.m.median.rssMb)} MB`, limit: '≤ 400 MB', verdict: short ? 'n/a' : pdf.m.median.rssMb <= 400 ? 'met' : 'missed' });
  }
  return out;
}

function find(size: SizeResult, id: string): Measurement | undefined {
  return size.measurements.find((m) => m.id === id);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function machineInfo() {
  const list = cpus();
  return {
    cores: typeof availableParallelism === 'function' ? availableParallelism() : list.length,
    cpu: list[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    loadStart: loadavg().map((l) => Number(l.toFixed(2))),
    loadEnd: [] as number[],
  };
}

function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function ms(value: number): string {
  return value >= 10000 ? `${(value / 1000).toFixed(1)} s` : `${fmt(Math.round(value))} ms`;
}

function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

process.exitCode = await main(process.argv.slice(2));
