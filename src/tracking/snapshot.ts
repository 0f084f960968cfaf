// A guideline as plain data at one point of its history (a git revision or the working
// tree), read through the same loader as `validate`, for comparing two versions.
import type { GitRepo } from '../git/repo.js';
import { diskSource, loadGuideline, type FileSource } from '../model/load.js';
import { SECTIONS_DIR } from '../model/locate.js';
import { revisionSource } from './git-tree.js';

export interface SnapshotSection {
  id: string;
  /** The section kind, which names its schema; undefined when the file does not say. */
  kind: string | undefined;
  data: Record<string, unknown>;
}

export interface Snapshot {
  /** What the user named: a tag, a revision, or undefined for the working tree. */
  rev: string | undefined;
  /** The commit, for a revision. */
  commit: string | undefined;
  /** Author date of the commit, for a revision. */
  date: string | undefined;
  manifest: Record<string, unknown> | undefined;
  /** Sections listed in the manifest whose file could be read, in manifest order. */
  sections: SnapshotSection[];
  /** Files listed but unreadable or not valid YAML: their changes cannot be shown. */
  unreadable: string[];
}

export async function workingTreeSnapshot(root: string): Promise<Snapshot> {
  return snapshot(root, diskSource, undefined, undefined, undefined);
}

export async function revisionSnapshot(repo: GitRepo, root: string, rev: string, commit: string, env: NodeJS.ProcessEnv): Promise<Snapshot> {
  const source = await revisionSource(repo, commit, root, env);
  const date = (await repo.raw(['show', '-s', '--format=%aI', commit])).trim();
  return snapshot(root, source, rev, commit, date);
}

async function snapshot(root: string, source: FileSource, rev: string | undefined, commit: string | undefined, date: string | undefined): Promise<Snapshot> {
  const { guideline } = await loadGuideline(root, source);
  const manifest = isRecord(guideline.manifestFile.data) ? guideline.manifestFile.data : undefined;
  const listed = Array.isArray(manifest?.sections) ? (manifest.sections as unknown[]).filter((s): s is string => typeof s === 'string') : [];
  const byRel = new Map(guideline.files.map((f) => [f.rel, f]));
  const sections: SnapshotSection[] = [];
  const unreadable: string[] = [];
  if (guideline.manifestFile.data === undefined) unreadable.push(guideline.manifestFile.rel);
  for (const id of [...new Set(listed)]) {
    const file = byRel.get(`${SECTIONS_DIR}/${id}.yaml`);
    if (!file) continue; // not there (validate reports it); nothing to compare
    if (!isRecord(file.data)) {
      unreadable.push(file.rel);
      continue;
    }
    sections.push({ id, kind: typeof file.data.kind === 'string' ? file.data.kind : undefined, data: file.data });
  }
  return { rev, commit, date, manifest, sections, unreadable };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
