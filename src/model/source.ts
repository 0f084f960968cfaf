// Reading one YAML file of a guideline, from the disk or from a git revision: the checks every
// file gets (readable, at most 16 MB, UTF-8 with or without a BOM, not empty, YAML syntax, tabs,
// duplicate keys, alias bombs), each problem a finding on the file, never an exception.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Finding } from '../core/findings.js';
import { relPath } from '../core/paths.js';
import { t } from '../i18n/index.js';
import { fastLoad, NOT_FAST } from './fast-yaml.js';
import { buildSpans, type Spans } from './spans.js';
import type { SourceFile } from './types.js';

/** Files above this size are refused rather than parsed (a 50 MB YAML file is a mistake). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** YAML aliases allowed per document, against "billion laughs" alias bombs. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Where files are read from: the disk, or (for `pedoman diff`) a git revision. Paths are
 * absolute, as on disk; a source for a revision maps them into its tree.
 */
export interface FileSource {
  /** Kind and size of a path; rejects with an error carrying a `code` (ENOENT, …) when it cannot. */
  stat(path: string): Promise<{ isFile: boolean; size: number }>;
  readFile(path: string): Promise<Uint8Array>;
  /** Names of the regular files in a folder; empty when the folder is missing. */
  listFiles(dir: string): Promise<string[]>;
  /** Names of the folders in a folder; empty when the folder is missing. */
  listFolders(dir: string): Promise<string[]>;
  /** True for the working tree, whose files worker threads may read by path themselves. */
  readonly onDisk?: boolean;
}

/**
 * The working tree. Reads are synchronous: for the many small files of a guideline (one per
 * comment) fs/promises costs ten times the CPU of readFileSync (measured: 20,000 comment
 * files, 2.6 s against 0.25 s), and nothing else waits on the event loop meanwhile.
 */
export const diskSource: FileSource = {
  onDisk: true,
  async stat(path) {
    const info = statSync(path);
    return { isFile: info.isFile(), size: info.size };
  },
  readFile: async (path) => readFileSync(path),
  listFiles: async (dir) => listDir(dir).filter((e) => e.isFile()).map((e) => e.name),
  listFolders: async (dir) => listDir(dir).filter((e) => e.isDirectory()).map((e) => e.name),
};

function listDir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
export const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true } as const;

export interface ReadOptions {
  /**
   * Keep the parsed YAML document (default). With false, the document is dropped once the
   * data is read and parsed again only if something asks for a position in the file: for
   * thousands of small files (comments) most of which never get a finding, that saves most
   * of the memory and garbage-collection time.
   */
  keepDocument?: boolean;
  /**
   * Read the data with the fast parser when the text allows (default); `yaml`'s document is then
   * made only when asked for. False: always with `yaml` (the differential test compares the two).
   */
  fast?: boolean;
  /**
   * The path was listed as a regular file of its folder (`FileSource.listFiles`): it is read
   * without first asking its kind and size, and the size is checked on the bytes read. The
   * findings are the same; a read that fails is asked again the usual way, which reports it.
   * (For 20,000 comment files the stat cost more than a quarter of reading them.)
   */
  listed?: boolean;
  /** The path relative to the guideline folder, when the caller already has it. */
  rel?: string;
}

/**
 * Reads and parses one YAML file. Problems become findings on the file, never exceptions:
 * missing, too large, not UTF-8, empty, YAML syntax errors, duplicate keys, alias bombs.
 */
export async function readSource(
  root: string,
  path: string,
  findings: Finding[],
  source: FileSource = diskSource,
  options: ReadOptions = {},
): Promise<SourceFile> {
  const rel = options.rel ?? relPath(root, path);
  // Made only when the file is not read by the fast path (which needs neither).
  let made: SourceFile | undefined;
  const fileOf = (): SourceFile => (made ??= { path, rel, text: '', doc: undefined, lineCounter: new LineCounter(), data: undefined });
  const fail = (ruleId: string, message: string, line = 1, column = 1) => {
    findings.push({ ruleId, severity: 'error', message, file: path, line, column });
    return fileOf();
  };
  const tooLarge = (size: number) =>
    fail('file-size', t('load.tooLarge', { file: rel, size: megabytes(size), limit: megabytes(MAX_FILE_BYTES) }));

  let bytes: Uint8Array | undefined;
  if (options.listed) {
    try {
      bytes = await source.readFile(path);
    } catch {
      bytes = undefined; // asked again below, which says why
    }
  }
  if (bytes !== undefined) {
    if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  } else {
    try {
      const info = await source.stat(path);
      if (!info.isFile) return fail('file-read', t('load.notAFile', { file: rel }));
      if (info.size > MAX_FILE_BYTES) return tooLarge(info.size);
      bytes = await source.readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      return fail('file-read', t('load.unreadable', { file: rel, reason: code }));
    }
  }

  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return fail('file-encoding', t('load.notUtf8', { file: rel }));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM is harmless; editors on Windows add it
  if (text.includes('\u0000')) return fail('file-encoding', t('load.binary', { file: rel }));
  if (text.trim() === '' || isOnlyComments(text)) {
    const empty = fail('file-empty', t('load.empty', { file: rel }));
    empty.text = text;
    return empty;
  }

  // The fast path (fast-yaml.ts): the data without a YAML document, which is parsed with `yaml`
  // only if something asks for a position. A text it does not take is read below, as ever.
  if (options.fast !== false) {
    const data = fastLoad(text);
    if (data !== NOT_FAST) return new ReparsedSource(path, rel, text, undefined, data);
  }

  const file = fileOf();
  file.text = text;
  const lineCounter = file.lineCounter;
  const doc = parseDocument(text, { lineCounter, ...PARSE_OPTIONS });
  file.doc = doc;
  const where = (problem: YAMLError) => problem.linePos?.[0] ?? lineCounter.linePos(problem.pos[0]);
  // Report the first syntax error only: what follows a broken line (a tab, a bad indent) is
  // usually the parser losing its way, and a drafter fixes one line and runs validate again.
  // Duplicate keys are independent mistakes and are all reported.
  const errors = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0]);
  const first = errors[0];
  const brokenLine = first ? where(first).line : undefined;
  for (const duplicate of doc.errors.filter((e) => e.code === 'DUPLICATE_KEY')) {
    const pos = where(duplicate);
    if (pos.line === brokenLine) continue; // the broken line read twice, not a second mistake
    findings.push({ ruleId: 'yaml-syntax', severity: 'error', message: yamlMessage(duplicate.code, duplicate.message), file: path, line: pos.line, column: pos.col });
  }
  if (first) {
    const pos = where(first);
    const more = new Set(errors.slice(1).map((e) => where(e).line));
    more.delete(pos.line);
    // The parser calls a tab after spaces a bad indent; the drafter needs to hear "tab", and where.
    const tab = tabInIndent(text, pos.line);
    // An unclosed [ or { reads on until the parser trips over a later line's indent: name the
    // line where the bracket opened, which is where the fix goes.
    const open = tab === undefined && first.code === 'BAD_INDENT' && /^Flow (sequence|mapping)/.test(first.message)
      ? unclosedFlow(text, pos.line, first.message.startsWith('Flow sequence') ? '[' : '{')
      : undefined;
    const message = tab !== undefined
      ? t('yaml.tab')
      : open ? t('yaml.unclosedFlow', { open: open.char, close: open.char === '[' ? ']' : '}' }) : yamlMessage(first.code, first.message);
    if (open) more.delete(open.line);
    findings.push({
      ruleId: 'yaml-syntax',
      severity: 'error',
      message: more.size > 0 ? `${message} ${t('yaml.more', { count: more.size })}` : message,
      file: path,
      line: open?.line ?? pos.line,
      column: open?.column ?? tab ?? pos.col,
    });
  }
  for (const warning of doc.warnings) {
    const pos = where(warning);
    findings.push({ ruleId: 'yaml-syntax', severity: 'warning', message: yamlMessage(warning.code, warning.message), file: path, line: pos.line, column: pos.col });
  }
  if (doc.errors.length > 0) return file;
  try {
    file.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    file.data = undefined;
    const message = error instanceof Error && /alias/i.test(error.message)
      ? t('load.aliasBomb', { file: file.rel })
      : t('load.unreadable', { file: file.rel, reason: error instanceof Error ? error.message : String(error) });
    return fail('yaml-syntax', message);
  }
  if (options.keepDocument === false && doc.errors.length === 0 && doc.warnings.length === 0) return new ReparsedSource(file.path, file.rel, text, lineCounter, file.data);
  return file;
}

/**
 * A source file whose YAML document is parsed again on first use (same text, same nodes and
 * ranges) instead of being kept: positions stay available for findings at a fraction of the
 * memory. Without a line counter (a file parsed in a worker thread) one is made by that parse.
 */
export class ReparsedSource implements SourceFile {
  #doc: Document.Parsed | undefined;
  #lineCounter: LineCounter | undefined;
  #spans: Spans | null | undefined;

  constructor(
    public path: string,
    public rel: string,
    public text: string,
    lineCounter: LineCounter | undefined,
    public data: unknown,
  ) {
    this.#lineCounter = lineCounter;
  }

  get doc(): Document.Parsed {
    if (!this.#doc) {
      const lineCounter = this.#lineCounter ? undefined : new LineCounter();
      this.#doc = parseDocument(this.text, lineCounter ? { ...PARSE_OPTIONS, lineCounter } : PARSE_OPTIONS);
      this.#lineCounter ??= lineCounter;
    }
    return this.#doc;
  }

  set doc(value: Document.Parsed) {
    this.#doc = value;
  }

  get lineCounter(): LineCounter {
    if (!this.#lineCounter) void this.doc;
    return this.#lineCounter!;
  }

  set lineCounter(value: LineCounter) {
    this.#lineCounter = value;
  }

  /** Positions without parsing the document again, while it has not been (spans.ts). */
  spans(): Spans | undefined {
    if (this.#doc) return undefined;
    if (this.#spans === undefined) this.#spans = buildSpans(this.text, this.data) ?? null;
    return this.#spans ?? undefined;
  }
}

/** Only blank lines, `#` comments and `---`; stops at the first line of content. */
function isOnlyComments(text: string): boolean {
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end).trim();
    if (line !== '' && !line.startsWith('#') && line !== '---') return false;
    if (end < 0) return true;
    start = end + 1;
  }
  return true;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The 1-based column of a tab in the indentation of line `line` (1-based), if there is one. */
export function tabInIndent(text: string, line: number): number | undefined {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\t') return i - start + 1;
    if (c !== ' ') return undefined;
  }
  return undefined;
}

/** The nearest line above `line` (1-based) where `char` opens more brackets than it closes. */
function unclosedFlow(text: string, line: number, char: '[' | '{'): { line: number; column: number; char: '[' | '{' } | undefined {
  const close = char === '[' ? ']' : '}';
  const lines = text.split('\n');
  for (let n = Math.min(line - 1, lines.length); n >= 1; n--) {
    const body = (lines[n - 1] ?? '').replace(/\s#.*$/, '');
    let depth = 0;
    let at = -1;
    for (let i = 0; i < body.length; i++) {
      if (body[i] === char) { if (depth === 0) at = i; depth++; }
      else if (body[i] === close && depth > 0) depth--;
    }
    if (depth > 0) return { line: n, column: at + 1, char };
  }
  return undefined;
}

/** Plain-language wording for the YAML errors drafters meet most. */
function yamlMessage(code: string, original: string): string {
  const firstLine = original.split('\n')[0] ?? original;
  switch (code) {
    case 'DUPLICATE_KEY':
      return t('yaml.duplicateKey');
    case 'TAB_AS_INDENT':
      return t('yaml.tab');
    case 'BAD_INDENT':
      return t('yaml.badIndent');
    case 'MISSING_CHAR':
      return t('yaml.missingChar');
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return t('yaml.structure');
    default:
      // Rare parser errors keep the parser's own (English) wording as detail.
      return t('yaml.other', { detail: firstLine });
  }
}

/**
 * A source that reads `files` (absolute path → text) instead of what `base` holds there: the
 * guideline as it will be once those texts are written (finalize checks and renders the final
 * manifest before anything is written).
 */
export function withFiles(base: FileSource, files: ReadonlyMap<string, string>): FileSource {
  const bytes = new Map([...files].map(([path, text]) => [path, Buffer.from(text, 'utf8')]));
  return {
    onDisk: false,
    async stat(path) {
      const own = bytes.get(path);
      return own ? { isFile: true, size: own.length } : base.stat(path);
    },
    readFile: async (path) => bytes.get(path) ?? base.readFile(path),
    listFiles: (dir) => base.listFiles(dir),
    listFolders: (dir) => base.listFolders(dir),
  };
}
