// Reading a reviewer's Word copy of the draft: its comments (word/comments.xml, anchored in
// word/document.xml by w:commentRangeStart/End), the replies in Word's threads
// (word/commentsExtended.xml) and its tracked changes (w:ins, w:del), each placed on the item
// whose bookmark is innermost where it starts. The bookmark names come from the map the render
// wrote into the file (customXml, `urn:pedoman:docx:1`), or, when an editor dropped that part on
// saving, from the guideline itself (bookmarkMap). A Word file that is not one of ours has no
// bookmarks: its comments go on the section whose heading they follow, and what cannot be placed
// is said, not imported. Only reads: no write, no git.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { UserError } from '../../core/errors.js';
import { inLanguage, t, type Language } from '../../i18n/index.js';
import { bookmarkMap, type BookmarkTarget } from '../../model/bookmarks.js';
import type { CommentType } from '../../model/comment-types.js';
import { parseType } from '../values.js';
import type { ImportCandidate, ImportPerson, ImportProblem, ImportRead } from './types.js';
import { attr, childrenOf, parseXml, readZip, tagOf, textOf, type XmlNode, type ZipLimits } from './zip.js';

/** What a reader needs of the guideline it imports into. */
export interface ImportGuideline {
  /** The manifest's id, to warn when the file was made from another guideline. */
  id?: string | undefined;
  sections: readonly { id: string; title: string; items: readonly { id: string }[] }[];
  /** The follow-up group (manifest `reviewers`): a reviewer's e-mail and unit, matched by name. */
  reviewers: readonly { name: string; email?: string; unit?: string }[];
  /** `--affiliation`: the unit of every reviewer of the file. */
  affiliation?: string | undefined;
  /** The guideline's language: the words pedoman writes for a tracked change are in it. */
  language: Language;
}

export const DOCX_NAMESPACE = 'urn:pedoman:docx:1';

const PARTS = /^(word\/document\.xml|word\/styles\.xml|word\/comments\.xml|word\/commentsExtended\.xml|customXml\/item\d*\.xml|docProps\/custom\.xml)$/;
/** How many words before a pure insertion stand for where it goes. */
const WORDS_BEFORE = 5;

export async function readDocx(bytes: Buffer, file: string, guideline: ImportGuideline, limits?: ZipLimits): Promise<ImportRead> {
  const parts = await readZip(bytes, file, (name) => PARTS.test(name), limits);
  const document = parts.get('word/document.xml');
  if (!document) throw new UserError(t('import.error.notDocx', { file }));
  const xml = async (name: string) => {
    const data = parts.get(name);
    return data ? parseXml(data, file, name) : undefined;
  };
  const source = { file: basename(file), sha256: createHash('sha256').update(bytes).digest('hex'), format: 'docx' as const };
  const warnings: ImportProblem[] = [];
  // What is stored (notes, the words of a tracked change) is in the guideline's language, as its commit messages are.
  const stored = (key: string, vars?: Record<string, string | number>) => inLanguage(guideline.language, () => t(key, vars));

  // The map of bookmark names: the file's own, else the guideline's.
  let map: Map<string, BookmarkTarget> | undefined;
  for (const [name] of parts) {
    if (!name.startsWith('customXml/')) continue;
    const found = readMap(await xml(name));
    if (found) {
      map = found.map;
      if (guideline.id !== undefined && found.guideline !== undefined && found.guideline !== guideline.id) {
        warnings.push({ location: source.file, message: t('import.warn.otherGuideline', { guideline: found.guideline, current: guideline.id }) });
      }
      break;
    }
  }
  const fromFile = map !== undefined;
  map ??= bookmarkMap(guideline.sections);
  const sectionIds = new Set(guideline.sections.map((s) => s.id));
  const itemIds = new Map<string, string>();
  for (const s of guideline.sections) for (const i of s.items) itemIds.set(i.id, s.id);

  const comments = readComments(await xml('word/comments.xml'));
  const parents = readThreads(await xml('word/commentsExtended.xml'), comments);
  const walk = walkDocument((await xml('word/document.xml'))!, map, guideline.sections, headingStyles(await xml('word/styles.xml')));
  if (!fromFile && walk.bookmarks === 0 && (comments.size > 0 || walk.changes.length > 0)) {
    warnings.push({ location: source.file, message: t('import.warn.foreign') });
  }

  const person = (name: string | undefined): ImportPerson => {
    // "Name <e-mail>" as some set their Office user name; < > and line breaks are not part of a name.
    const given = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec((name ?? '').trim());
    const who = (given ? given[1]! : name ?? '').replace(/[<>\r\n]+/g, ' ').replace(/\s+/g, ' ').trim() || stored('import.docx.unknownAuthor');
    const listed = guideline.reviewers.find((r) => r.name.trim().toLowerCase() === who.toLowerCase());
    const out: ImportPerson = { name: who };
    const email = listed?.email ?? given?.[2];
    if (email) out.email = email;
    const unit = guideline.affiliation ?? listed?.unit;
    if (unit) out.affiliation = unit;
    return out;
  };
  /** The target where something starts, as the current guideline knows it, with notes. */
  const place = (at: Position): { section: string; item?: string; notes: string[] } | undefined => {
    const notes: string[] = [];
    for (const target of at.open) {
      if (target.kind === 'item' && itemIds.get(target.item) === target.section && sectionIds.has(target.section)) return { section: target.section, item: target.item, notes };
      if (target.kind === 'item' && itemIds.has(target.item)) return { section: itemIds.get(target.item)!, item: target.item, notes };
      if (target.kind === 'section' && sectionIds.has(target.section)) {
        notes.push(stored('import.note.outsideItems'));
        return { section: target.section, notes };
      }
    }
    if (at.heading !== undefined) {
      notes.push(stored('import.note.byHeading', { heading: at.headingText ?? at.heading }));
      return { section: at.heading, notes };
    }
    return undefined;
  };

  const candidates: ImportCandidate[] = [];
  const placed = new Map<string, { section: string; item?: string }>();
  const unplaced = (location: string, author: string, text: string) =>
    warnings.push({ location, message: t('import.warn.unplaced', { author, text: short(text) }) });

  // Comments first in the order they start in the document, then replies (their parents are placed).
  const ordered = [...comments.values()].sort((a, b) => (walk.ranges.get(a.id)?.order ?? Infinity) - (walk.ranges.get(b.id)?.order ?? Infinity));
  for (const pass of ['comment', 'reply'] as const) {
    for (const comment of ordered) {
      const parent = parents.get(comment.id);
      if ((parent !== undefined) !== (pass === 'reply')) continue;
      const location = t('import.location.comment', { id: comment.id });
      const author = person(comment.author);
      const created = isoDate(comment.date);
      if (parent !== undefined) {
        const where = placed.get(parent);
        if (!where) {
          unplaced(location, author.name, comment.text);
          continue;
        }
        placed.set(comment.id, where);
        candidates.push({
          sourceId: `comment:${comment.id}`, location, act: 'reply', replyTo: `comment:${parent}`, ...where,
          type: 'umum', text: comment.text, author, ...(created ? { created } : {}), notes: [],
        });
        continue;
      }
      const range = walk.ranges.get(comment.id);
      const where = range ? place(range.start) : undefined;
      if (!where || comment.text.trim() === '') {
        if (comment.text.trim() !== '') unplaced(location, author.name, comment.text);
        continue;
      }
      const { type, text } = typed(comment.text);
      placed.set(comment.id, { section: where.section, ...(where.item ? { item: where.item } : {}) });
      const quote = range ? clean(range.quote) : '';
      candidates.push({
        sourceId: `comment:${comment.id}`, location, act: 'comment', section: where.section, ...(where.item ? { item: where.item } : {}),
        ...(quote !== '' ? { quote } : {}), type, text, author, ...(created ? { created } : {}),
        notes: where.notes,
      });
    }
  }

  for (const change of walk.changes) {
    const location = t('import.location.change', { id: change.id });
    const author = person(change.author);
    const oldText = clean(change.deleted ?? '');
    const newText = clean(change.inserted ?? '');
    const describe = change.deleted !== undefined && change.inserted !== undefined
      ? stored('import.docx.replaced', { old: oldText, new: newText })
      : change.deleted !== undefined
        ? stored('import.docx.deleted', { old: oldText })
        : stored('import.docx.inserted', { new: newText, before: clean(change.before) });
    const where = place(change.start);
    if (!where) {
      unplaced(location, author.name, describe);
      continue;
    }
    const notes = [stored('import.note.trackedChange'), ...where.notes];
    let quote = oldText;
    if (change.deleted === undefined) {
      quote = lastWords(change.before, WORDS_BEFORE);
      notes.push(quote !== '' ? stored('import.note.insertQuote', { count: WORDS_BEFORE }) : stored('import.note.insertAtStart'));
    }
    const proposed = change.inserted !== undefined ? newText : stored('import.docx.deleteProposal', { old: oldText });
    const created = isoDate(change.date);
    candidates.push({
      sourceId: `change:${change.id}`, location, act: 'comment', section: where.section, ...(where.item ? { item: where.item } : {}),
      ...(quote !== '' ? { quote } : {}), type: 'redaksional', text: describe, proposedChange: proposed, author,
      ...(created ? { created } : {}), notes,
    });
  }
  return { source, candidates, problems: [], warnings };
}

// ---------------------------------------------------------------------------------------------
// The parts.

/** The `<pedoman xmlns="urn:pedoman:docx:1">` map of a custom XML part, when this is one. */
function readMap(nodes: XmlNode[] | undefined): { map: Map<string, BookmarkTarget>; guideline: string | undefined } | undefined {
  const root = (nodes ?? []).find((n) => (tagOf(n) ?? '').replace(/^.*:/, '') === 'pedoman');
  if (!root) return undefined;
  const ns = Object.entries(root[':@'] ?? {}).some(([k, v]) => k.startsWith('xmlns') && v === DOCX_NAMESPACE);
  if (!ns) return undefined;
  const map = new Map<string, BookmarkTarget>();
  for (const child of childrenOf(root)) {
    if ((tagOf(child) ?? '').replace(/^.*:/, '') !== 'bookmark') continue;
    const name = attr(child, 'name');
    const section = attr(child, 'section');
    const item = attr(child, 'item');
    if (!name || !section) continue;
    map.set(name, item ? { kind: 'item', section, item } : { kind: 'section', section });
  }
  return { map, guideline: attr(root, 'guideline') };
}

interface WordComment {
  id: string;
  author: string | undefined;
  date: string | undefined;
  text: string;
  paraIds: string[];
}

function readComments(nodes: XmlNode[] | undefined): Map<string, WordComment> {
  const out = new Map<string, WordComment>();
  const root = (nodes ?? []).find((n) => tagOf(n) === 'w:comments');
  if (!root) return out;
  for (const node of childrenOf(root)) {
    if (tagOf(node) !== 'w:comment') continue;
    const id = attr(node, 'w:id');
    if (id === undefined) continue;
    const paragraphs: string[] = [];
    const paraIds: string[] = [];
    for (const p of childrenOf(node)) {
      if (tagOf(p) !== 'w:p') continue;
      const paraId = attr(p, 'w14:paraId');
      if (paraId) paraIds.push(paraId);
      paragraphs.push(plainText(childrenOf(p)));
    }
    out.set(id, { id, author: attr(node, 'w:author'), date: attr(node, 'w:date'), text: paragraphs.join('\n').trim(), paraIds });
  }
  return out;
}

/** Comment id → the id of the comment it replies to, from w15:paraIdParent. */
function readThreads(nodes: XmlNode[] | undefined, comments: Map<string, WordComment>): Map<string, string> {
  const byPara = new Map<string, string>();
  for (const c of comments.values()) for (const p of c.paraIds) byPara.set(p, c.id);
  const out = new Map<string, string>();
  const root = (nodes ?? []).find((n) => tagOf(n) === 'w15:commentsEx');
  if (!root) return out;
  for (const node of childrenOf(root)) {
    if (tagOf(node) !== 'w15:commentEx') continue;
    const own = byPara.get(attr(node, 'w15:paraId') ?? '');
    const parent = byPara.get(attr(node, 'w15:paraIdParent') ?? '');
    if (own !== undefined && parent !== undefined && own !== parent) out.set(own, parent);
  }
  return out;
}

/** The text of runs: w:t, w:delText, tabs and breaks as spaces. */
function plainText(nodes: readonly XmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:t' || tag === 'w:delText') out += childrenOf(node).map((n) => textOf(n) ?? '').join('');
    else if (tag === 'w:tab' || tag === 'w:br' || tag === 'w:cr') out += ' ';
    else if (tag !== undefined && tag !== 'w:instrText') out += plainText(childrenOf(node));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The document, walked in order.

interface Position {
  /** The bookmarks open here, innermost first. */
  open: BookmarkTarget[];
  /** The section whose heading came last (a file without bookmarks). */
  heading: string | undefined;
  headingText: string | undefined;
}

interface Change {
  id: string;
  author: string | undefined;
  date: string | undefined;
  deleted?: string;
  inserted?: string;
  /** The paragraph's text before the change (as the draft read). */
  before: string;
  start: Position;
}

interface Walk {
  /** Comment id → where its range starts, its order, and the text it covers (as the draft read). */
  ranges: Map<string, { start: Position; quote: string; order: number }>;
  changes: Change[];
  /** How many bookmarks of the map the document holds. */
  bookmarks: number;
}

/** Ids of the paragraph styles that are headings: named "heading N" (any language's Word keeps the English name) or with an outline level. */
function headingStyles(nodes: XmlNode[] | undefined): Set<string> {
  const out = new Set<string>();
  const root = (nodes ?? []).find((n) => tagOf(n) === 'w:styles');
  for (const style of root ? childrenOf(root) : []) {
    if (tagOf(style) !== 'w:style' || attr(style, 'w:type') !== 'paragraph') continue;
    const id = attr(style, 'w:styleId');
    if (!id) continue;
    const children = childrenOf(style);
    const name = attr(children.find((n) => tagOf(n) === 'w:name') ?? {}, 'w:val') ?? '';
    const props = children.find((n) => tagOf(n) === 'w:pPr');
    const outline = props ? childrenOf(props).some((n) => tagOf(n) === 'w:outlineLvl') : false;
    if (outline || /^(heading|judul)\s*\d$/i.test(name.trim())) out.add(id);
  }
  return out;
}

function walkDocument(nodes: XmlNode[], map: Map<string, BookmarkTarget>, sections: ImportGuideline['sections'], styles: Set<string>): Walk {
  const open: { id: string; target: BookmarkTarget }[] = [];
  const titles = new Map<string, string>();
  for (const s of sections) titles.set(normalTitle(s.title), s.id);
  let heading: string | undefined;
  let headingText: string | undefined;
  const ranges: Walk['ranges'] = new Map();
  const active = new Map<string, { quote: string }>();
  const changes: Change[] = [];
  let paragraph = '';
  let order = 0;
  let bookmarks = 0;
  const here = (): Position => ({ open: open.map((o) => o.target).reverse(), heading, headingText });
  const addText = (text: string) => {
    paragraph += text;
    for (const range of active.values()) range.quote += text;
  };
  const startRange = (id: string) => {
    if (ranges.has(id)) return;
    const range = { start: here(), quote: '', order: order++ };
    ranges.set(id, range);
    active.set(id, range);
  };

  // A tracked change being gathered: consecutive w:del then w:ins of one author are one change.
  let pending: Change | undefined;
  let inDeletion = 0;
  const flush = () => {
    if (pending && ((pending.deleted ?? '').trim() !== '' || (pending.inserted ?? '').trim() !== '')) changes.push(pending);
    pending = undefined;
  };

  const visit = (node: XmlNode): void => {
    const tag = tagOf(node);
    switch (tag) {
      case undefined:
        return;
      case 'w:p': {
        flush();
        paragraph = '';
        const title = headingOf(node, styles);
        if (title !== undefined) {
          const id = titles.get(normalTitle(title));
          if (id !== undefined) {
            heading = id;
            headingText = title.trim();
          }
        }
        for (const child of childrenOf(node)) visit(child);
        flush();
        paragraph += ' ';
        for (const range of active.values()) range.quote += ' ';
        return;
      }
      case 'w:pPr':
      case 'w:rPr':
      case 'w:sectPr':
      case 'w:trPr':
      case 'w:tblPr':
        return; // properties: a paragraph mark's own w:ins/w:del holds no text
      case 'w:bookmarkStart': {
        const target = map.get(attr(node, 'w:name') ?? '');
        if (target) {
          open.push({ id: attr(node, 'w:id') ?? '', target });
          bookmarks++;
        }
        return;
      }
      case 'w:bookmarkEnd': {
        const id = attr(node, 'w:id');
        const at = open.findIndex((o) => o.id === id);
        if (at >= 0) open.splice(at, 1);
        return;
      }
      case 'w:commentRangeStart':
        startRange(attr(node, 'w:id') ?? '');
        return;
      case 'w:commentRangeEnd':
        active.delete(attr(node, 'w:id') ?? '');
        return;
      case 'w:commentReference':
        startRange(attr(node, 'w:id') ?? ''); // a comment on a point, without a range
        active.delete(attr(node, 'w:id') ?? '');
        return;
      case 'w:ins':
      case 'w:del': {
        const author = attr(node, 'w:author');
        const text = plainText(childrenOf(node));
        if (tag === 'w:del') {
          if (pending && (pending.inserted !== undefined || pending.author !== author)) flush();
          pending ??= { id: attr(node, 'w:id') ?? String(changes.length), author, date: attr(node, 'w:date'), before: paragraph, start: here(), deleted: '' };
          pending.deleted = (pending.deleted ?? '') + text;
          inDeletion++;
          for (const child of childrenOf(node)) visit(child); // the deleted words are the draft's
          inDeletion--;
        } else {
          if (pending && pending.author !== author) flush();
          pending ??= { id: attr(node, 'w:id') ?? String(changes.length), author, date: attr(node, 'w:date'), before: paragraph, start: here() };
          pending.inserted = (pending.inserted ?? '') + text;
          // Inserted words are not the draft's: only the markers inside count.
          for (const child of childrenOf(node)) visitMarkers(child);
        }
        return;
      }
      case 'w:t':
      case 'w:delText':
        addText(childrenOf(node).map((n) => textOf(n) ?? '').join(''));
        return;
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
        addText(' ');
        return;
      case 'w:instrText':
        return;
      default:
        if (tag === 'w:r' && pending && inDeletion === 0) {
          // A run of unchanged text ends the change being gathered.
          if (plainText(childrenOf(node)) !== '') flush();
        }
        for (const child of childrenOf(node)) visit(child);
    }
  };
  /** Inside an insertion: bookmarks and comment marks count, text does not. */
  const visitMarkers = (node: XmlNode): void => {
    const tag = tagOf(node);
    if (tag === 'w:t' || tag === 'w:tab' || tag === 'w:br' || tag === 'w:cr') return;
    if (tag === 'w:bookmarkStart' || tag === 'w:bookmarkEnd' || tag === 'w:commentRangeStart' || tag === 'w:commentRangeEnd' || tag === 'w:commentReference') {
      visit(node);
      return;
    }
    for (const child of childrenOf(node)) visitMarkers(child);
  };
  for (const node of nodes) visit(node);
  flush();
  return { ranges, changes, bookmarks };
}

/** The text of a heading paragraph (a Heading/Judul style or an outline level), or undefined. */
function headingOf(p: XmlNode, styles: Set<string>): string | undefined {
  const props = childrenOf(p).find((n) => tagOf(n) === 'w:pPr');
  if (!props) return undefined;
  const children = childrenOf(props);
  const style = attr(children.find((n) => tagOf(n) === 'w:pStyle') ?? {}, 'w:val') ?? '';
  const outline = children.some((n) => tagOf(n) === 'w:outlineLvl');
  if (!outline && !styles.has(style) && !/^(heading|judul)\d*$/i.test(style.replace(/[\s_-]/g, ''))) return undefined;
  return plainText(childrenOf(p).filter((n) => tagOf(n) !== 'w:pPr'));
}

/** A heading or a section title as compared: no "BAB I" or "1.2" numbering, case or spacing. */
export function normalTitle(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKC')
    .replace(/^\s*(bab|bagian|chapter|section)\s+([ivxlcdm]+|\d+)\b[.:)]?/i, '')
    .replace(/^\s*(([ivxlcdm]+|\d+|[a-z])[.)])+(\d+[.)]?)*\s+/i, '')
    .replace(/^\s*\d+(\.\d+)*\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Words.

/** The type a comment's text starts with ("substansi: …"), and the rest; else umum. */
function typed(text: string): { type: CommentType; text: string } {
  const match = /^\s*([\p{L}]+)\s*:\s*/u.exec(text);
  if (match) {
    const type = parseType(match[1]!);
    const rest = text.slice(match[0].length).trim();
    if (type && rest !== '') return { type, text: rest };
  }
  return { type: 'umum', text };
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function lastWords(text: string, count: number): string {
  const words = clean(text).split(' ').filter((w) => w !== '');
  return words.slice(-count).join(' ');
}

function short(text: string, max = 60): string {
  const line = clean(text);
  const chars = Array.from(line);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}

/** A Word date as stored: ISO 8601 in UTC (a date without a zone is taken as UTC). */
function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const withZone = /(Z|[+-]\d\d:\d\d)$/.test(value) ? value : `${value}Z`;
  const date = new Date(withZone);
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1990) return undefined;
  return date.toISOString();
}
