// A guideline as plain data at one point of its history (a git revision or the working
// tree), read through the same model as `validate` (another file source for a revision), for
// comparing two versions.
import type { GitRepo } from '../git/repo.js';
import { openGuideline } from '../model/guideline.js';
import { diskSource, type FileSource } from '../model/source.js';
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
  const raw = await openGuideline(root, { source }).raw();
  const sections: SnapshotSection[] = [];
  const unreadable: string[] = [];
  if (raw.manifestFile.data === undefined) unreadable.push(raw.manifestFile.rel);
  for (const section of raw.sections) {
    if (!section.exists) continue; // not there (validate reports it); nothing to compare
    if (!section.data) {
      unreadable.push(section.rel);
      continue;
    }
    sections.push({ id: section.id, kind: section.declaredKind, data: section.data });
  }
  return { rev, commit, date, manifest: raw.manifest, sections, unreadable };
}
