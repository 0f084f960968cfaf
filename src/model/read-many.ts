// Reads many small YAML files (review comments: one file each, tens of thousands in a large
// guideline) as readSource does, sharing the parsing among worker threads when there are
// enough files to pay for starting them. Parsing YAML is most of the cost of reading a
// guideline with many comments; on several cores the files parse side by side, and the main
// thread meanwhile loads the sections. The result is the same as reading each file with
// readSource(…, { keepDocument: false }): files with any problem are read again on the main
// thread by readSource itself, which reports it.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { debugLog } from '../util/debug.js';
import { diskSource, MAX_ALIAS_COUNT, MAX_FILE_BYTES, PARSE_OPTIONS, readSource, ReparsedSource, type FileSource, type ReadOptions } from './source.js';
import type { ReadWorkerInput, ReadWorkerOutput } from './read-worker.js';
import type { SourceFile } from './types.js';
import { type Finding } from '../core/findings.js';
import { relPath } from '../core/paths.js';

/** Below this many files, starting threads costs more than it saves. */
export const PARALLEL_FROM = 1000;
const MAX_THREADS = 4;
/**
 * Fewer cores than this: no threads by default. Since js-yaml reads most files (fast-yaml.ts),
 * parsing no longer outweighs starting threads and sending the data back: on 2 cores
 * `comment list` with 20,000 comments took 5.5 s with two threads and 4.6 s without.
 */
const THREADS_FROM_CORES = 3;

function defaultThreads(): number {
  // PEDOMAN_READ_THREADS=N overrides the default (tests of the built program use it to run the
  // bundled worker on any machine; 1 turns threads off).
  const forced = Number.parseInt(process.env.PEDOMAN_READ_THREADS ?? '', 10);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, MAX_THREADS);
  const cores = availableParallelism();
  return cores < THREADS_FROM_CORES ? 1 : Math.min(cores, MAX_THREADS);
}

export interface ReadManyOptions {
  /** Share the work among threads from this many files on (default PARALLEL_FROM). */
  parallelFrom?: number;
  /** Threads to use at most (default: the cores available, at most 4; none below 3 cores). */
  threads?: number;
  /** The compiled worker module (default: dist/model/read-worker.js; spelled from the parent folder because bundled code may sit in dist/chunks/). */
  workerUrl?: URL;
  /** Where the files are (default: the disk); worker threads read from the disk only. */
  source?: FileSource;
  /** Every path was listed as a regular file of its folder (readSource's `listed`). */
  listed?: boolean;
  /** The paths relative to `root`, in the same order, when the caller has them. */
  rels?: readonly string[];
  /** Told how the files were read: threads started, files parsed by them, files read on the main thread. */
  report?: (stats: { threads: number; parsedInThreads: number; readInline: number }) => void;
}

export interface ReadOne {
  file: SourceFile;
  /** Problems of this file (file, encoding, YAML), as readSource reports them. */
  findings: Finding[];
}

/**
 * Reads every path (absolute), in order. Starts its worker threads before it first waits, so
 * that a caller that goes on to parse other files on the main thread overlaps with them.
 */
export async function readManySources(root: string, paths: readonly string[], options: ReadManyOptions = {}): Promise<ReadOne[]> {
  const workerUrl = options.workerUrl ?? new URL('../model/read-worker.js', import.meta.url);
  const from = Math.max(1, options.parallelFrom ?? PARALLEL_FROM);
  const threads = Math.min(options.threads ?? defaultThreads(), Math.ceil(paths.length / Math.max(1, from / 2)));
  const source = options.source ?? diskSource;
  // Running from the TypeScript sources (tests) there is no compiled worker: read inline.
  if (paths.length < from || threads < 2 || !source.onDisk || !existsSync(fileURLToPath(workerUrl))) {
    const why = paths.length < from ? `fewer than ${from}` : threads < 2 ? `threads pay from ${THREADS_FROM_CORES} cores, ${availableParallelism()} here` : !source.onDisk ? 'not on disk' : `no worker module at ${fileURLToPath(workerUrl)}`;
    if (paths.length > 0) debugLog(`read ${paths.length} file(s) on the main thread (${why})`);
    options.report?.({ threads: 0, parsedInThreads: 0, readInline: paths.length });
    return readInline(root, paths, source, options);
  }

  const size = Math.ceil(paths.length / threads);
  const chunks: string[][] = [];
  for (let i = 0; i < paths.length; i += size) chunks.push(paths.slice(i, i + size));
  const pending = chunks.map((chunk) => parseInWorker(workerUrl, chunk));
  const results = await Promise.all(pending);

  const out: ReadOne[] = [];
  let inline = 0;
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    const parsed = results[c];
    for (let i = 0; i < chunk.length; i++) {
      const path = chunk[i]!;
      const done = parsed?.[i];
      if (done) {
        out.push({ file: new ReparsedSource(path, relPath(root, path), done.text, undefined, done.data), findings: [] });
      } else {
        inline++;
        const findings: Finding[] = [];
        out.push({ file: await readSource(root, path, findings, undefined, { keepDocument: false }), findings });
      }
    }
  }
  debugLog(`read ${paths.length} file(s): ${paths.length - inline} parsed on ${chunks.length} worker thread(s), ${inline} read again on the main thread`);
  options.report?.({ threads: chunks.length, parsedInThreads: paths.length - inline, readInline: inline });
  return out;
}

async function readInline(root: string, paths: readonly string[], source: FileSource, options: ReadManyOptions): Promise<ReadOne[]> {
  const out: ReadOne[] = [];
  const listed = options.listed === true;
  for (let i = 0; i < paths.length; i++) {
    const findings: Finding[] = [];
    const rel = options.rels?.[i];
    const read: ReadOptions = rel === undefined ? { keepDocument: false, listed } : { keepDocument: false, listed, rel };
    out.push({ file: await readSource(root, paths[i]!, findings, source, read), findings });
  }
  return out;
}

/** The worker's results for these paths, or undefined if it failed (then every file is read inline). */
function parseInWorker(url: URL, paths: string[]): Promise<ReadWorkerOutput | undefined> {
  return new Promise((resolve) => {
    const input: ReadWorkerInput = { paths, maxBytes: MAX_FILE_BYTES, maxAliasCount: MAX_ALIAS_COUNT, parseOptions: { ...PARSE_OPTIONS } };
    let settled = false;
    const settle = (value: ReadWorkerOutput | undefined) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    let worker: Worker;
    try {
      worker = new Worker(url, { workerData: input });
    } catch {
      settle(undefined);
      return;
    }
    worker.once('message', (message: ReadWorkerOutput) => settle(Array.isArray(message) && message.length === paths.length ? message : undefined));
    worker.once('error', () => settle(undefined));
    worker.once('exit', () => settle(undefined));
  });
}
