// The redline: `pedoman render --changes-since REV` marks what was inserted and deleted since
// a revision. The guideline is rewritten before the document model is built: every text field
// (per the JSON Schemas) carries invisible marks around the words inserted and deleted since
// REV, items added since are marked inserted, items removed since come back marked deleted.
// The marks are Unicode private-use characters, which nobody types and which pass unchanged
// through escaping, Markdown and templates; each renderer's output then turns them into
// <ins>/<del> (HTML, Markdown) or underlined and struck-through runs (the PDF's data and template).
import { diffArrays, diffWords } from 'diff';
import type { Guideline, Section } from '../model/types.js';
import { canonicalJson } from '../tracking/fingerprint.js';
import type { Snapshot, SnapshotSection } from '../tracking/snapshot.js';
import { textKindAt, type PathSegment } from '../tracking/text-fields.js';

export const INS_START = '\uE000';
export const INS_END = '\uE001';
export const DEL_START = '\uE002';
export const DEL_END = '\uE003';
const ANY_MARK = /[\uE000-\uE003]/;

export interface Redline {
  guideline: Guideline;
  /** Sections that were in REV and are not now (not shown in the redline). */
  removedSections: string[];
  /** Whether anything was marked. */
  changed: boolean;
}

/** The guideline with its changes since `before` marked. The guideline itself is not changed. */
export function redlineGuideline(guideline: Guideline, before: Snapshot): Redline {
  const byId = new Map(before.sections.map((s) => [s.id, s]));
  const nowIds = new Set(guideline.sections.map((s) => s.id));
  const nowItems = new Set(guideline.sections.flatMap((s) => s.items.map((i) => i.id)));
  const oldItems = new Map<string, unknown>();
  for (const s of before.sections) for (const item of itemsOf(s)) if (idOf(item)) oldItems.set(idOf(item)!, item);

  let changed = false;
  const sections = guideline.sections.map((section): Section => {
    const was = byId.get(section.id);
    const { file, items, ...rest } = section;
    const schema = section.kind;
    const { items: _oldItems, ...oldRest } = (was?.data ?? {}) as Record<string, unknown>;
    const head = (was ? markValue(schema, [], oldRest, rest) : markValue(schema, [], undefined, rest)) as Record<string, unknown>;
    // Items: each compared with its earlier self (wherever it was); items removed come back, marked deleted, after their old neighbour.
    const marked: unknown[] = items.map((item, index) => {
      const old = oldItems.get(item.id);
      return markValue(schema, ['items', index], old, item);
    });
    if (was) {
      const oldList = itemsOf(was);
      let insertAt = 0;
      oldList.forEach((item, oldIndex) => {
        const id = idOf(item);
        if (id !== undefined && nowItems.has(id)) {
          const at = marked.findIndex((m) => idOf(m) === id);
          if (at !== -1) insertAt = at + 1;
          return;
        }
        marked.splice(insertAt, 0, markValue(schema, ['items', oldIndex], item, undefined));
        insertAt++;
      });
    }
    const out = { ...head, items: marked, file } as unknown as Section;
    if (canonicalJson({ ...head, items: marked }) !== canonicalJson({ ...rest, items })) changed = true;
    return out;
  });
  const removedSections = before.sections.map((s) => s.id).filter((id) => !nowIds.has(id));
  return { guideline: { ...guideline, sections }, removedSections, changed: changed || removedSections.length > 0 };
}

function itemsOf(section: SnapshotSection): unknown[] {
  return Array.isArray(section.data.items) ? section.data.items : [];
}

function idOf(item: unknown): string | undefined {
  const id = item && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The value as it is now, with its text marked against what it was. `after` undefined: the
 * value was removed (text comes back marked deleted); `before` undefined: it is new.
 */
export function markValue(schema: string, path: readonly PathSegment[], before: unknown, after: unknown): unknown {
  if (after === undefined && before === undefined) return undefined;
  const kind = textKindAt(schema, path);
  if (kind !== undefined && (typeof after === 'string' || after === undefined) && (typeof before === 'string' || before === undefined)) {
    return markWords(before ?? '', after ?? '');
  }
  if (Array.isArray(after) || (after === undefined && Array.isArray(before))) {
    const now = (after ?? []) as unknown[];
    const was = Array.isArray(before) ? before : [];
    if (textKindAt(schema, [...path, 0]) !== undefined) {
      // A list of texts (duties, steps): deleted entries stay in the list, struck through.
      const out: unknown[] = [];
      const parts = diffArrays(was.map(canonicalJson), now.map(canonicalJson));
      let i = 0;
      let j = 0;
      for (let p = 0; p < parts.length; p++) {
        const part = parts[p]!;
        const count = part.count ?? part.value.length;
        const next = parts[p + 1];
        if (!part.added && !part.removed) {
          for (let k = 0; k < count; k++) out.push(now[j + k]);
          i += count;
          j += count;
        } else if (part.removed && next?.added) {
          const added = next.count ?? next.value.length;
          for (let k = 0; k < Math.max(count, added); k++) {
            out.push(markValue(schema, [...path, 0], k < count ? was[i + k] : undefined, k < added ? now[j + k] : undefined));
          }
          i += count;
          j += added;
          p++;
        } else if (part.removed) {
          for (let k = 0; k < count; k++) out.push(markValue(schema, [...path, 0], was[i + k], undefined));
          i += count;
        } else {
          for (let k = 0; k < count; k++) out.push(markValue(schema, [...path, 0], undefined, now[j + k]));
          j += count;
        }
      }
      return out;
    }
    if (after === undefined) return was.map((v, k) => markValue(schema, [...path, k], v, undefined));
    return now.map((v, k) => markValue(schema, [...path, k], was[k], v));
  }
  if (isPlainObject(after) || (after === undefined && isPlainObject(before))) {
    const now = (after ?? {}) as Record<string, unknown>;
    const was = isPlainObject(before) ? before : {};
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(now)) out[key] = markValue(schema, [...path, key], was[key], now[key]);
    for (const key of Object.keys(was)) {
      // A text that is gone is shown struck through; other values that are gone stay gone (unless the whole object is).
      if (key in now) continue;
      if (after === undefined || textKindAt(schema, [...path, key]) !== undefined) out[key] = markValue(schema, [...path, key], was[key], undefined);
    }
    return out;
  }
  return after === undefined ? before : after;
}

/** The new text with the words inserted and deleted since the old one marked. */
export function markWords(before: string, after: string): string {
  if (before === after) return after;
  let out = '';
  for (const change of diffWords(before, after)) {
    if (!change.added && !change.removed) {
      out += change.value;
    } else if (change.added) {
      out += wrap(change.value, INS_START, INS_END, out);
    } else {
      // The lines are those of the new text: a deleted run's line breaks become spaces.
      const gone = change.value.replace(/\s*\n\s*/g, ' ');
      if (gone.trim() !== '') out += wrap(gone, DEL_START, DEL_END, out);
    }
  }
  return out;
}

/**
 * Wraps a changed run line by line, never around the line breaks or the Markdown that opens
 * a line (list markers, lettered ones too, heading hashes, quote signs), so the Markdown structure survives.
 */
function wrap(text: string, start: string, end: string, before: string): string {
  let atLineStart = before === '' || before.endsWith('\n');
  let out = '';
  for (const piece of text.split(/(\n)/)) {
    if (piece === '\n') {
      out += piece;
      atLineStart = true;
      continue;
    }
    if (piece.trim() === '') {
      out += piece;
      continue;
    }
    const prefix = atLineStart ? /^(\s*(?:[-*+]\s+|\d+[.)]\s+|[a-z][.)]\s+|#{1,6}\s+|>\s*)?)/.exec(piece)![1]! : /^(\s*)/.exec(piece)![1]!;
    const trail = /(\s*)$/.exec(piece)![1]!;
    out += `${prefix}${start}${piece.slice(prefix.length, piece.length - trail.length)}${end}${trail}`;
    atLineStart = false;
  }
  return out;
}

/** The text as it now reads: deleted runs dropped, inserted runs unmarked (for attributes, titles, anchors). */
export function acceptMarks(text: string): string {
  return text.replace(/\uE002[^\uE003]*\uE003/g, '').replace(/[\uE000-\uE003]/g, '');
}

// ---- per output ------------------------------------------------------------

const REDLINE_CSS = 'ins.redline{color:#1a5e20;text-decoration:underline;background:#eaf6ea}del.redline{color:#a0141e;text-decoration:line-through;background:#fbeaea}';

/** HTML: marks become <ins>/<del> in text, the plain new text inside tags and the <title>. */
export function redlineHtml(html: string): string {
  if (!ANY_MARK.test(html)) return html;
  let inTitle = false;
  const out = html.split(/(<[^>]*>)/).map((part) => {
    if (part.startsWith('<')) {
      if (/^<title\b/i.test(part)) inTitle = true;
      if (/^<\/title\b/i.test(part)) inTitle = false;
      return acceptMarks(part);
    }
    if (inTitle) return acceptMarks(part);
    return part
      .replaceAll(INS_START, '<ins class="redline">').replaceAll(INS_END, '</ins>')
      .replaceAll(DEL_START, '<del class="redline">').replaceAll(DEL_END, '</del>');
  }).join('');
  return out.replace(/<\/style>/i, `${REDLINE_CSS}\n</style>`);
}

/** Markdown: marks become <ins>/<del> (shown by GitHub and GitLab); link targets get the new text. */
export function redlineMarkdown(markdown: string): string {
  if (!ANY_MARK.test(markdown)) return markdown;
  return markdown
    .replace(/\]\(([^)]*)\)/g, (_whole, target: string) => `](${acceptMarks(target)})`)
    .replaceAll(INS_START, '<ins>').replaceAll(INS_END, '</ins>')
    .replaceAll(DEL_START, '<del>').replaceAll(DEL_END, '</del>');
}
