// The one way to read a guideline. `openGuideline(root)` returns a model whose parts load when
// first asked for and are kept: each file is read and parsed once, with the loader's checks,
// whatever asks for it. A git revision is the same call with another file source. Reading never
// writes.
//
//   files     the manifest and the listed section files, with file and YAML findings
//   raw       every listed section and its items as plain data (for editing, anchors, diffs)
//   typed     the manifest and sections checked against their schemas, per item, and an id index
//   comments  the review comments, their threads and short ids
//   reviews   the review stamps
import { join } from 'node:path';
import type { Finding } from '../core/findings.js';
import { isRecord } from '../core/guards.js';
import { relPath } from '../core/paths.js';
import { t, type Language } from '../i18n/index.js';
import type { CommentRecord, StoredAct } from './comment-types.js';
import { findingAt } from './finding.js';
import { shortIds } from './ids.js';
import { MANIFEST_FILE, SECTIONS_DIR } from './locate.js';
import { buildIndex, type ModelIndex } from './lookup.js';
import { rawSection, type RawSection } from './raw.js';
import { commentIdsOnDisk, readCommentFiles, readReviewFiles, type RecordFiles } from './records.js';
import type { ReviewRecord } from './review-types.js';
import { diskSource, readSource, type FileSource } from './source.js';
import { Threads } from './threads.js';
import { listedSections, sectionPath, typedManifest, typedSection, type ListedSection } from './typed.js';
import { isSlug, slugify } from '../util/slug.js';
import type { Guideline, Manifest, Section, SourceFile } from './types.js';

export interface OpenOptions {
  /** Where the files are read from (default: the working tree). */
  source?: FileSource;
}

/** A file as read, with the problems reading it found. */
export interface ReadFile {
  file: SourceFile;
  findings: Finding[];
}

export interface Files {
  manifest: ReadFile;
  /** The sections the manifest lists, in order; `read` is undefined when the file is not there. */
  sections: { listed: ListedSection; read: ReadFile | undefined }[];
  /** Section files in sections/ that the manifest does not list (ids). */
  unlisted: string[];
  /** File and YAML problems, missing and unlisted section files. */
  findings: Finding[];
}

export interface RawDraft {
  manifestFile: SourceFile;
  /** The manifest's data when it parsed as a mapping. */
  manifest: Record<string, unknown> | undefined;
  /** The language the guideline is written in (manifest `language`), when it says. */
  language: Language | undefined;
  sections: RawSection[];
  unlisted: string[];
}

export interface Typed {
  /** The checked guideline as the rules see it (comments and reviews not yet attached). */
  guideline: Guideline;
  index: ModelIndex;
  /** Schema and structure problems (the file problems are in `files().findings`). */
  findings: Finding[];
}

export interface CommentLog {
  /** Every file of the review log that passed its schema and placement, oldest first. */
  entries: RecordFiles<StoredAct>['entries'];
  /** The comments and replies as they read now (corrections applied). */
  records: CommentRecord[];
  /** The threads, their acts and derived states. */
  threads: Threads;
  /** The shortest unique prefix of each id, as printed (at least 8 characters). */
  short: Map<string, string>;
  findings: Finding[];
}

export interface ReviewLog {
  entries: RecordFiles<ReviewRecord>['entries'];
  records: ReviewRecord[];
  findings: Finding[];
}

/** Everything read, checked and found, but the rules (src/rules/check.ts adds those). */
export interface Loaded {
  guideline: Guideline;
  index: ModelIndex;
  findings: Finding[];
}

export class GuidelineModel {
  readonly #parts = new Map<string, Promise<unknown>>();

  constructor(
    /** Absolute path of the guideline folder (the one holding pedoman.yaml). */
    readonly root: string,
    readonly source: FileSource = diskSource,
  ) {}

  #once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let part = this.#parts.get(key) as Promise<T> | undefined;
    if (!part) {
      part = load();
      this.#parts.set(key, part);
    }
    return part;
  }

  /** One file, read and parsed once, however many parts ask for it. */
  read(path: string): Promise<ReadFile> {
    return this.#once(`file:${path}`, async () => {
      const findings: Finding[] = [];
      const file = await readSource(this.root, path, findings, this.source);
      return { file, findings };
    });
  }

  manifestFile(): Promise<ReadFile> {
    return this.read(join(this.root, MANIFEST_FILE));
  }

  /** The section files in sections/, by name (listed once). */
  #present(): Promise<Set<string>> {
    return this.#once('present', async () => new Set((await this.source.listFiles(join(this.root, SECTIONS_DIR))).filter((n) => n.endsWith('.yaml'))));
  }

  /** One listed section's file, without reading the others; undefined when it is not listed or not there. */
  async sectionFile(id: string): Promise<{ listed: ListedSection; read: ReadFile | undefined } | undefined> {
    const manifest = await this.manifestFile();
    const listed = listedSections(manifest.file.data).find((s) => s.id === id);
    if (!listed) return undefined;
    return { listed, read: await this.#readListed(listed) };
  }

  async #readListed(listed: ListedSection): Promise<ReadFile | undefined> {
    const path = sectionPath(this.root, listed.id);
    if (!path || !(await this.#present()).has(`${listed.id}.yaml`)) return undefined;
    return this.read(path);
  }

  files(): Promise<Files> {
    return this.#once('files', async () => {
      const manifest = await this.manifestFile();
      const listed = listedSections(manifest.file.data);
      const [present, sections] = await Promise.all([this.#present(), Promise.all(listed.map(async (l) => ({ listed: l, read: await this.#readListed(l) })))]);
      const findings: Finding[] = [...manifest.findings];
      for (const { listed: l, read } of sections) {
        if (read) findings.push(...read.findings);
        else if (sectionPath(this.root, l.id)) {
          // (An id that cannot be a file name is reported by the manifest's schema.)
          findings.push(findingAt(manifest.file, [l.list, l.index], 'section-missing', 'error',
            t('load.sectionMissing', { id: l.id, file: `${SECTIONS_DIR}/${l.id}.yaml` })));
        }
      }
      const listedNames = new Set(listed.map((l) => `${l.id}.yaml`));
      const unlisted: string[] = [];
      // Without a readable `sections` list every file would look unlisted: the manifest's own
      // finding says what to fix, and the files are judged once it reads.
      const readable = Array.isArray((manifest.file.data as { sections?: unknown } | undefined)?.sections);
      for (const name of readable ? [...present].sort() : []) {
        if (listedNames.has(name)) continue;
        const stem = name.replace(/\.yaml$/, '');
        unlisted.push(stem);
        const path = join(this.root, SECTIONS_DIR, name);
        // The id to propose is the file's name when that is a valid id; otherwise a valid id made
        // from it, with the file renamed to match (a listed id is the file's name).
        const id = isSlug(stem) ? stem : freeId(slugify(stem) || 'section', (n) => listedNames.has(n) || present.has(n));
        findings.push({
          ruleId: 'section-unlisted',
          severity: 'warning',
          message: id === stem
            ? t('load.sectionUnlisted', { file: relPath(this.root, path), manifest: MANIFEST_FILE, id })
            : t('load.sectionUnlistedRename', { file: relPath(this.root, path), manifest: MANIFEST_FILE, id, renamed: `${SECTIONS_DIR}/${id}.yaml` }),
          file: path,
          line: 1,
          column: 1,
        });
      }
      return { manifest, sections, unlisted, findings };
    });
  }

  raw(): Promise<RawDraft> {
    return this.#once('raw', async () => {
      const files = await this.files();
      return {
        ...rawManifest(files.manifest.file),
        sections: files.sections.map(({ listed, read }) => rawSection(listed.id, listed.index, `${SECTIONS_DIR}/${listed.id}.yaml`, read?.file, listed.list)),
        unlisted: files.unlisted,
      };
    });
  }

  /** One listed section as plain data, reading only its file (fast for commands that need one). */
  async rawSection(id: string): Promise<RawSection | undefined> {
    const found = await this.sectionFile(id);
    return found && rawSection(id, found.listed.index, `${SECTIONS_DIR}/${id}.yaml`, found.read?.file, found.listed.list);
  }

  /** The manifest as plain data and its language, reading nothing else. */
  async rawManifest(): Promise<Pick<RawDraft, 'manifestFile' | 'manifest' | 'language'>> {
    return rawManifest((await this.manifestFile()).file);
  }

  typed(): Promise<Typed> {
    return this.#once('typed', async () => {
      const files = await this.files();
      const manifestFile = files.manifest.file;
      const findings: Finding[] = [];
      const { manifest, findings: manifestFindings } = typedManifest(manifestFile);
      findings.push(...manifestFindings);
      const sections: Section[] = [];
      const looseIds = new Set<string>();
      const read: SourceFile[] = [manifestFile];
      for (const { listed, read: section } of files.sections) {
        if (!section) continue;
        read.push(section.file);
        const checked = typedSection(this.root, listed.id, section.file);
        findings.push(...checked.findings);
        for (const id of checked.looseIds) looseIds.add(id);
        if (checked.section) sections.push(listed.list === 'annexes' ? { ...checked.section, annex: true } : checked.section);
      }
      const guideline: Guideline = { root: this.root, manifestFile, manifest: manifest as Manifest | undefined, sections, files: read };
      return { guideline, index: buildIndex(guideline, looseIds), findings };
    });
  }

  comments(): Promise<CommentLog> {
    return this.#once('comments', async () => {
      const { entries, findings } = await readCommentFiles(this.root, this.source);
      const threads = new Threads(entries.map((e) => e.record));
      const files = new Map(entries.map((e) => [e.record.id, e.file]));
      for (const problem of threads.problems) {
        const file = files.get(problem.file);
        if (file) findings.push(findingAt(file, [problem.key], 'comment-file', 'error', t(`comments.file.${problem.message}`, { ref: problem.ref, key: problem.key })));
      }
      return { entries, records: [...threads.comments], threads, short: shortIds(threads.fileIds()), findings };
    });
  }

  /** The ids of the comment files, from their names alone: no comment is read. */
  commentIds(): Promise<string[]> {
    return commentIdsOnDisk(this.root, this.source);
  }

  reviews(): Promise<ReviewLog> {
    return this.#once('reviews', async () => {
      const { entries, findings } = await readReviewFiles(this.root, this.source);
      return { entries, records: entries.map((e) => e.record), findings };
    });
  }

  /**
   * The typed guideline with its comments and reviews attached, and every problem found reading
   * and checking the files (not the rules'), sorted.
   */
  loaded(): Promise<Loaded> {
    return this.#once('loaded', async () => {
      const [files, typed, comments, reviews] = await Promise.all([this.files(), this.typed(), this.comments(), this.reviews()]);
      const guideline: Guideline = {
        ...typed.guideline,
        comments: comments.records,
        threads: comments.threads,
        commentFiles: new Map(comments.entries.map((e) => [e.record.id, e.file])),
        reviews: reviews.records,
      };
      const findings = [...files.findings, ...typed.findings, ...comments.findings, ...reviews.findings];
      return { guideline, index: typed.index, findings };
    });
  }
}

/** The one function that reads a guideline: everything else asks the model it returns. */
export function openGuideline(root: string, options: OpenOptions = {}): GuidelineModel {
  return new GuidelineModel(root, options.source);
}

function rawManifest(file: SourceFile): Pick<RawDraft, 'manifestFile' | 'manifest' | 'language'> {
  const data = isRecord(file.data) ? file.data : undefined;
  const language = data?.language === 'id' || data?.language === 'en' ? data.language : undefined;
  return { manifestFile: file, manifest: data, language };
}

/** `base`, or `base-2`, `base-3` … : the first whose file name (`<id>.yaml`) is not taken. */
function freeId(base: string, taken: (fileName: string) => boolean): string {
  if (!taken(`${base}.yaml`)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}.yaml`)) return `${base}-${n}`;
}
