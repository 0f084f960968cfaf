// Worker thread of read-many.ts: reads and parses a share of many small YAML files. A file
// that is in any way unusual (unreadable, too large, not UTF-8, empty, any YAML error or
// warning, not a mapping) comes back as null, and the main thread reads it again with
// readSource, which reports the problem: one place decides what a problem is and says it.
import { readFileSync, statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parseDocument, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { fastLoad, NOT_FAST } from './fast-yaml.js';

export interface ReadWorkerInput {
  paths: string[];
  maxBytes: number;
  maxAliasCount: number;
  parseOptions: ParseOptions & DocumentOptions & SchemaOptions;
}

/** Per path, in order: its text (without a BOM) and parsed data, or null. */
export type ReadWorkerOutput = ({ text: string; data: Record<string, unknown> } | null)[];

const input = workerData as ReadWorkerInput;
const decoder = new TextDecoder('utf-8', { fatal: true });

const out: ReadWorkerOutput = input.paths.map((path) => {
  try {
    const info = statSync(path);
    if (!info.isFile() || info.size > input.maxBytes) return null;
    let text = decoder.decode(readFileSync(path));
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.includes('\u0000')) return null;
    let data = fastLoad(text);
    if (data === NOT_FAST) {
      const doc = parseDocument(text, input.parseOptions);
      if (doc.errors.length > 0 || doc.warnings.length > 0) return null;
      data = doc.toJS({ maxAliasCount: input.maxAliasCount });
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
    return { text, data: data as Record<string, unknown> };
  } catch {
    return null;
  }
});

parentPort?.postMessage(out);
