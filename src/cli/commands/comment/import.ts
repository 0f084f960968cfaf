// `pedoman comment import FILE`: the comments of a reviewer who works outside git (a Word copy of
// the draft, later a filled DIM form) become acts of the review log. The file is read whole
// first (nothing is written when it cannot be); what would be created is shown; then one commit
// per reviewer, authored by the reviewer and committed by whoever imports, each act saying where
// it came from (`imported`). What an earlier import of the same file recorded (same sha256 and
// source id) is skipped, and so is a comment identical to one the log already holds (a re-saved
// copy of the file has another sha256).
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { UserError } from '../../../core/errors.js';
import { relPath } from '../../../core/paths.js';
import { t } from '../../../i18n/index.js';
import { readImport, type ImportGuideline } from '../../../comments/import/index.js';
import type { ImportCandidate, ImportRead } from '../../../comments/import/types.js';
import { ZIP_LIMITS } from '../../../comments/import/zip.js';
import { typeLabel } from '../../../comments/values.js';
import type { Person, StoredAct } from '../../../model/comment-types.js';
import { newCommentId } from '../../../model/ids.js';
import { samePerson } from '../../../model/threads.js';
import { ApplyError } from '../../../ops/apply.js';
import { newActs, saveAct } from '../../../ops/comments.js';
import type { CliContext } from '../../context.js';
import { createAsk, interactive } from '../../prompts.js';
import { commitMessage, completePerson, draftCommit, gitPerson, now, openComments, summary, type CommentsWorkspace } from './shared.js';

export interface ImportOptions {
  affiliation?: string | undefined;
  dryRun?: boolean | undefined;
  yes?: boolean | undefined;
  /** Import the valid rows of a form and say which were left out, instead of writing nothing. */
  skipInvalid?: boolean | undefined;
  /** False with --no-commit. */
  commit: boolean;
  dir?: string | undefined;
}

/** One act to create, with the candidate it comes from. */
interface Planned {
  candidate: ImportCandidate;
  record: StoredAct;
}

export async function importCommand(context: CliContext, fileArg: string, options: ImportOptions): Promise<number> {
  const workspace = await openComments(context, options.dir);
  if (workspace.manifestUnreadable !== undefined) throw new UserError(t('workspace.manifestBroken', { file: workspace.manifestUnreadable }));
  if (workspace.finalVersion !== undefined) throw new UserError(t('comments.error.final', { version: workspace.finalVersion }));
  if (options.affiliation !== undefined && (options.affiliation.trim() === '' || /[\r\n]/.test(options.affiliation))) {
    throw new UserError(t('comments.error.badAffiliation'));
  }

  const path = resolve(context.cwd, fileArg);
  const shown = relPath(context.cwd, path);
  const size = await stat(path).then((s) => (s.isFile() ? s.size : -1), () => undefined);
  if (size === undefined) throw new UserError(t('import.error.noFile', { file: shown }));
  if (size < 0) throw new UserError(t('import.error.notAFile', { file: shown }));
  if (size > ZIP_LIMITS.fileBytes) {
    throw new UserError(t('import.error.tooLarge', { file: shown, size: `${(size / 1024 / 1024).toFixed(1)} MB`, max: `${ZIP_LIMITS.fileBytes / 1024 / 1024} MB` }));
  }
  const bytes = await readFile(path);
  const { manifest } = await workspace.model.rawManifest();
  const current = typeof manifest?.id === 'string' ? { guideline: manifest.id, version: String(manifest.version ?? '') } : undefined;
  const read = await readImport(bytes, shown, await importGuideline(workspace, options.affiliation), { anchors: workspace.anchors, ...(current ? { current } : {}) });
  for (const w of read.warnings) context.err(`pedoman: ${t('import.warning', { location: w.location, message: w.message })}\n`);
  if (read.problems.length > 0 && options.skipInvalid && read.candidates.length > 0) {
    for (const p of read.problems) context.err(`pedoman: ${shown}: ${t('import.skipped', { location: p.location, column: p.column ? ` (${p.column})` : '', message: p.message })}\n`);
  } else if (read.problems.length > 0) {
    for (const p of read.problems) context.err(`pedoman: ${shown}: ${p.location}${p.column ? ` (${p.column})` : ''}: ${p.message}\n`);
    context.err(`pedoman: ${t('import.error.problems', { file: shown, count: read.problems.length })}\n`);
    return 1;
  }

  const importer = await completePerson(context, await gitPerson(context, workspace), undefined, false).catch(() => {
    throw new UserError(t('import.error.noIdentity'));
  });
  const { planned, skipped, duplicates } = plan(workspace, read, importer, await draftCommit(workspace));
  // Up to ten duplicates are named one by one; more (a Word copy holding the whole log) in one line.
  if (duplicates.length > 10) context.err(`pedoman: ${t('import.skip.duplicates', { count: duplicates.length })}\n`);
  else for (const d of duplicates) context.err(`pedoman: ${t('import.skip.duplicate', { location: d.location, author: d.author.name })}\n`);
  if (skipped > 0) context.out(`${t('import.skip.already', { count: skipped, file: shown })}\n`);
  if (planned.length === 0) {
    context.out(`${t('import.nothing', { file: shown })}\n`);
    return 0;
  }

  const table = formatPlan(planned);
  if (options.dryRun) {
    context.out(`${table}\n${t('import.dryRun', { count: planned.length })}\n`);
    return 0;
  }
  if (interactive(context) && !options.yes) {
    context.out(`${table}\n`);
    const go = await createAsk(context).confirm(t('import.prompt.confirm', { count: planned.length, file: shown }), true);
    if (!go) {
      context.out(`${t('comments.notSaved')}\n`);
      return 0;
    }
  }

  // One commit per reviewer, in the order they first appear in the file.
  const groups: { author: Person; acts: Planned[] }[] = [];
  for (const p of planned) {
    const group = groups.find((g) => samePerson(g.author, p.record.author));
    if (group) group.acts.push(p);
    else groups.push({ author: p.record.author, acts: [p] });
  }
  let code = 0;
  let created = 0;
  for (const group of groups) {
    const records = group.acts.map((a) => a.record);
    const message = commitMessage(
      workspace,
      'import.commit',
      { count: records.length, author: group.author.name, file: basename(read.source.file) },
      records.map((r) => `Comment-Id: ${r.id}`).join('\n'),
    );
    const { change } = newActs(workspace.root, records, message);
    try {
      const saved = await saveAct({ root: workspace.root, env: context.env, repo: workspace.repo }, change, group.author, options.commit, importer);
      created += records.length;
      if (saved.commit) context.out(`${t('import.committed', { count: records.length, author: group.author.name, commit: saved.commit.slice(0, 7) })}\n`);
      else if (saved.reason === 'failed') {
        context.err(`pedoman: ${t('import.commitFailed', { count: records.length, author: group.author.name, error: saved.error ?? '' })}\n`);
        code = 1;
      } else context.out(`${t(saved.reason === 'no-commit' ? 'import.noCommit' : 'import.notRepo', { count: records.length, author: group.author.name })}\n`);
    } catch (error) {
      if (!(error instanceof ApplyError)) throw error;
      context.err(`pedoman: ${t('import.writeFailed', { count: records.length, author: group.author.name, error: error.message })}\n`);
      code = 1;
    }
  }
  context.out(`${t('import.done', { count: created, file: shown })}\n`);
  return code;
}

/** What the readers need of the guideline. */
async function importGuideline(workspace: CommentsWorkspace, affiliation: string | undefined): Promise<ImportGuideline> {
  const { manifest } = await workspace.model.rawManifest();
  const reviewers: { name: string; email?: string; unit?: string }[] = [];
  for (const r of Array.isArray(manifest?.reviewers) ? (manifest.reviewers as unknown[]) : []) {
    if (typeof r !== 'object' || r === null) continue;
    const { name, email, unit } = r as Record<string, unknown>;
    if (typeof name !== 'string') continue;
    reviewers.push({ name, ...(typeof email === 'string' ? { email } : {}), ...(typeof unit === 'string' ? { unit } : {}) });
  }
  return {
    id: typeof manifest?.id === 'string' ? manifest.id : undefined,
    sections: workspace.anchors.map((s) => ({ id: s.id, title: s.title, items: s.items.map((i) => ({ id: i.id })) })),
    reviewers,
    ...(affiliation !== undefined ? { affiliation: affiliation.trim() } : {}),
    language: workspace.language,
  };
}

/** The acts to create: candidates not imported before, replies pointing at their comment's act. */
function plan(workspace: CommentsWorkspace, read: ImportRead, importer: Person, commit: { commit?: string }) {
  const { sha256, format } = read.source;
  // The act names the file as it was sent (its name), not where it happened to lie on this machine.
  const file = basename(read.source.file);
  // Acts of earlier imports of this very file, by source id.
  const bySource = new Map<string, string>();
  for (const { record } of workspace.entries) {
    if (record.imported && record.imported.sha256 === sha256) bySource.set(record.imported.source_id, record.id);
  }
  const same = (a: { author: Person; section: string; item?: string | undefined; quote?: string | undefined; text: string }) =>
    [a.author.name.trim().toLowerCase(), a.section, a.item ?? '', a.quote ?? '', a.text.trim()].join('\u0000');
  const existing = new Map<string, string>();
  for (const c of workspace.comments) existing.set(same(c), c.id);
  // A Word copy rendered with its comments (render --format docx) carries every thread of the log
  // as Word comments: each comment (its text, then its proposed change), its replies and the
  // team's answer. Those come back as the same words by the same person on the same item, not
  // always on the same quote (a revised item anchors them on its title): they are already in the
  // log, and a reviewer's new reply to one of them goes on that thread.
  const words = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const said = (author: string, section: string, item: string | undefined, text: string): string =>
    [author.trim().toLowerCase(), section, item ?? '', words(text)].join('\u0000');
  const logged = new Map<string, string>();
  const byId = new Map(workspace.entries.map(({ record }) => [record.id, record] as const));
  // Where each thread is now (after renames and moves): where the Word copy showed it.
  const current = new Map(workspace.threads.all().map((th) => [th.root.id, th.root] as const));
  const rootOf = (record: StoredAct): string => {
    let at: StoredAct | undefined = record;
    for (let hops = 0; at && hops < 1000; hops++) {
      if (at.act === 'comment' || at.act === undefined) return at.id;
      const up: string | undefined = at.thread ?? at.reply_to;
      if (up === undefined) break;
      at = byId.get(up);
    }
    return record.thread ?? record.reply_to ?? record.id;
  };
  for (const { record } of workspace.entries) {
    const name = record.author?.name;
    const target = rootOf(record);
    const place = current.get(target);
    const section = place?.section ?? record.section;
    if (name === undefined || section === undefined) continue;
    const item = place ? place.item : record.item;
    const texts = [record.text, record.response].filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    if (record.text !== undefined && record.proposed_change !== undefined) texts.push(`${record.text}\n\n${record.proposed_change}`);
    for (const text of texts) {
      const key = said(name, section, item, text);
      if (!logged.has(key)) logged.set(key, target);
    }
  }

  const planned: Planned[] = [];
  const duplicates: ImportCandidate[] = [];
  let skipped = 0;
  for (const candidate of read.candidates) {
    if (bySource.has(candidate.sourceId)) {
      skipped++;
      continue;
    }
    // Word shows an author with an affiliation as "Name (Affiliation)".
    const names = [candidate.author.name, candidate.author.name.replace(/\s*\([^()]*\)$/, '')];
    const twin = existing.get(same(candidate)) ??
      (read.source.format === 'docx'
        ? names.map((n) => logged.get(said(n, candidate.section, candidate.item, candidate.text))).find((x) => x !== undefined)
        : undefined);
    if (twin !== undefined) {
      duplicates.push(candidate);
      bySource.set(candidate.sourceId, twin);
      continue;
    }
    const replyTo = candidate.replyTo !== undefined ? bySource.get(candidate.replyTo) : undefined;
    if (candidate.act === 'reply' && replyTo === undefined) continue; // its comment was not imported (said by the reader)
    const author: Person = { name: candidate.author.name };
    if (candidate.author.email) author.email = candidate.author.email;
    if (candidate.author.affiliation) author.affiliation = candidate.author.affiliation;
    const note = candidate.notes.join('; ');
    const record: StoredAct = {
      id: newCommentId(),
      section: candidate.section,
      act: candidate.act,
      ...(candidate.item !== undefined ? { item: candidate.item } : {}),
      ...(candidate.act === 'comment' && candidate.quote !== undefined ? { quote: candidate.quote } : {}),
      ...(replyTo !== undefined ? { reply_to: replyTo } : {}),
      ...(candidate.act === 'comment' ? { type: candidate.type } : {}),
      text: candidate.text,
      ...(candidate.proposedChange !== undefined && candidate.proposedChange.trim() !== '' ? { proposed_change: candidate.proposedChange } : {}),
      ...(candidate.act === 'comment' && candidate.reason !== undefined && candidate.reason.trim() !== '' ? { reason: candidate.reason } : {}),
      author,
      ...(samePerson(importer, author) ? {} : { recorded_by: importer }),
      ...(note !== '' ? { note } : {}),
      imported: { file, sha256, source_id: candidate.sourceId, format },
      created: candidate.created ?? now(),
      ...commit,
    };
    bySource.set(candidate.sourceId, record.id);
    existing.set(same(candidate), record.id);
    planned.push({ candidate, record });
  }
  return { planned, skipped, duplicates };
}

/** The table of what would be created: where in the file, where in the guideline, type, author, text. */
function formatPlan(planned: readonly Planned[]): string {
  const head = [t('import.col.location'), t('import.col.anchor'), t('import.col.type'), t('import.col.author'), t('import.col.text')];
  const rows = planned.map(({ candidate, record }) => [
    candidate.location,
    record.item ? `${record.section} › ${record.item}` : record.section,
    record.act === 'reply' ? t('import.reply') : typeLabel(record.type!),
    record.author.name,
    summary(record.text!, 40),
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i]! - width(c)))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

function width(text: string): number {
  return Array.from(text).length;
}
