import { t } from '../i18n/index.js';
import { recorder, samePerson } from '../model/threads.js';
import type { Rule } from './types.js';

/**
 * Each act of the review log is by whom it says: the git author of the commit that added its file
 * must be the person who recorded it (`recorded_by`, else its `author`). An act that claims
 * someone else (an acceptance in the commenter's name committed by the drafting team) is an
 * error; an act added by hand rather than by pedoman (no `Comment-Id:` trailer for it) is a
 * warning, to be checked. Files written before the review log, acts not yet committed, and acts
 * a shallow clone cannot date are not checked (the last with a note). An act imported from a
 * reviewer's file (`imported`) is the reviewer's words brought in by someone else: its author
 * must be the commit's git author and its `recorded_by` the commit's committer.
 */
export const actProvenance: Rule = {
  id: 'act-provenance',
  meta: { severity: 'error', messages: ['claims', 'outside', 'shallow', 'importAuthor', 'importRecorder'] },
  check({ guideline, history, report }) {
    const threads = guideline.threads;
    const files = guideline.commentFiles;
    if (!history || !threads || !files) return;
    let unknown = 0;
    let firstUnknown: string | undefined;
    const seen = new Set<string>();
    for (const act of threads.acts) {
      if (act.legacy || seen.has(act.file)) continue;
      seen.add(act.file);
      const file = files.get(act.file);
      const data = file?.data as { act?: unknown; imported?: unknown } | undefined;
      if (!file || data?.act === undefined) continue; // a file written before the review log
      const added = history.added.get(act.file);
      if (!added) continue; // not committed yet
      if (added.shallowBoundary) {
        unknown++;
        firstUnknown ??= act.file;
        continue;
      }
      const committer = { name: added.name, ...(added.email ? { email: added.email } : {}) };
      const short = added.commit.slice(0, 7);
      if (data?.imported !== undefined && act.recorded_by) {
        const gitCommitter = { name: added.committer, ...(added.committerEmail ? { email: added.committerEmail } : {}) };
        const line = (p: { name: string; email?: string }) => (p.email ? `${p.name} <${p.email}>` : p.name);
        if (!samePerson(act.author, committer)) {
          report({ file, path: ['author'], message: t('rule.act-provenance.importAuthor', { claimed: act.author ? line(act.author) : '?', commit: short, author: line(committer) }) });
        } else if (!samePerson(act.recorded_by, gitCommitter)) {
          report({ file, path: ['recorded_by'], message: t('rule.act-provenance.importRecorder', { claimed: line(act.recorded_by), commit: short, committer: line(gitCommitter) }) });
        } else if (!added.byPedoman) {
          report({ file, path: ['act'], severity: 'warning', message: t('rule.act-provenance.outside', { act: act.kind, commit: short, committer: added.name }) });
        }
        continue;
      }
      const who = recorder(act);
      if (who && !samePerson(who, committer)) {
        const claimed = who.email ? `${who.name} <${who.email}>` : who.name;
        report({
          file,
          path: act.recorded_by ? ['recorded_by'] : ['author'],
          message: t('rule.act-provenance.claims', { act: act.kind, claimed, commit: short, committer: added.email ? `${added.name} <${added.email}>` : added.name }),
        });
      } else if (!added.byPedoman) {
        report({ file, path: ['act'], severity: 'warning', message: t('rule.act-provenance.outside', { act: act.kind, commit: short, committer: added.name }) });
      }
    }
    if (unknown > 0 && firstUnknown) {
      const file = files.get(firstUnknown)!;
      report({ file, path: [], severity: 'info', message: t('rule.act-provenance.shallow', { count: unknown }) });
    }
  },
};
