import { t } from '../i18n/index.js';
import { closestN } from '../util/closest.js';
import type { Rule } from './types.js';
import { AWAITING_TEAM } from '../model/comment-types.js';
import { listedIds } from '../model/typed.js';

/**
 * Every review comment points at something that exists: its section (error), the comment it
 * replies to (error) and its item (a warning while the drafting team owes an answer, open or
 * objected; a note once answered, since a comment that asked to delete an item is answered by
 * deleting it).
 */
export const commentAnchor: Rule = {
  id: 'comment-anchor',
  meta: { severity: 'error', messages: ['item', 'itemResolved', 'replyNewer', 'replySection', 'replyTo', 'section'] },
  check({ guideline, index, report }) {
    const comments = guideline.comments ?? [];
    const files = guideline.commentFiles;
    if (!files || comments.length === 0) return;
    const byId = new Map(comments.map((c) => [c.id, c]));
    // A listed section whose file failed its schema still exists; its items are in looseIds.
    const listed = new Set(listedIds(guideline.manifest));
    const sectionIds = [...new Set([...index.sections.keys(), ...listed])];
    const rootOf = (id: string) => {
      let current = byId.get(id);
      const seen = new Set<string>();
      while (current?.reply_to !== undefined && byId.has(current.reply_to) && !seen.has(current.id)) {
        seen.add(current.id);
        current = byId.get(current.reply_to);
      }
      return current;
    };

    for (const comment of comments) {
      const file = files.get(comment.id);
      if (!file) continue;
      const section = index.sections.get(comment.section);
      if (!section && !listed.has(comment.section)) {
        const near = closestN(comment.section, sectionIds, 3);
        report({
          file,
          path: ['section'],
          message: t('rule.comment-anchor.section', { section: comment.section, choices: (near.length > 0 ? near : sectionIds).join(', ') }),
        });
      } else if (section && comment.item !== undefined && !index.items.get(comment.item)?.some((ref) => ref.section === section)) {
        const root = rootOf(comment.id);
        const state = root ? guideline.threads?.stateOf(root) : undefined;
        const open = state === undefined || AWAITING_TEAM.includes(state);
        report({
          file,
          path: ['item'],
          severity: open ? 'warning' : 'info',
          message: t(open ? 'rule.comment-anchor.item' : 'rule.comment-anchor.itemResolved', { item: comment.item, section: comment.section }),
        });
      }
      if (comment.reply_to !== undefined) {
        const parent = byId.get(comment.reply_to);
        if (!parent) {
          report({ file, path: ['reply_to'], message: t('rule.comment-anchor.replyTo', { id: comment.reply_to }) });
        } else if (parent.id >= comment.id) {
          // Ids sort by time, so a reply is always newer than what it answers; this also rules out loops.
          report({ file, path: ['reply_to'], message: t('rule.comment-anchor.replyNewer', { id: comment.reply_to }) });
        } else if (parent.section !== comment.section) {
          report({ file, path: ['section'], message: t('rule.comment-anchor.replySection', { section: comment.section, parent: parent.section }) });
        }
      }
    }
  },
};
