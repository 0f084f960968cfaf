// The Word rendering: the document model as a .docx with Word's own heading styles (numbers as
// printed), list numbering, a table of contents field, page fields in the footer, the DRAF
// watermark on drafts, tracked changes for a redline, Word comments for review, and a bookmark
// around every section and item whose names (src/model/bookmarks.ts) are listed, with the ids
// they stand for, in a custom XML part and custom properties, for the importer to read back.
// Deterministic: the same model and options give the same bytes (fixed ids, dates and zip times).
// renderDocx writes the draft; another document (tables only) can write its body with a
// DocxWriter (docxWriter, docxHeading, grid) and pack it with packDocx.
import {
  AlignmentType,
  BookmarkEnd,
  PageOrientation,
  BookmarkStart,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  InternalHyperlink,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  type ICommentOptions,
  type ILevelsOptions,
  type IParagraphOptions,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  BorderStyle,
  LeaderType,
  TabStopType,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import JSZip from 'jszip';
import type { Token, Tokens } from 'marked';
import { itemBookmark, sectionBookmark } from '../model/bookmarks.js';
import { normaliseQuote } from '../comments/quotes.js';
import { safeUrl } from './escape.js';
import type { Appendix, Chapter, DocumentModel, FormEntry, Prose, Ref, SignatureEntry, SourceEntry } from './model.js';
import { PAPER, type Paper } from './paper.js';
import { proseTokens } from './prose.js';
import { letterDelimiter } from './lettered-list.js';
import { DEL_END, DEL_START, INS_END, INS_START } from './redline.js';

/** The namespace of the bookmark map in customXml/item1.xml (read back by the importer). */
export const DOCX_MAP_NAMESPACE = 'urn:pedoman:docx:1';

/** A review comment shown as a Word comment, anchored on its quote inside its item. */
export interface WordComment {
  section: string;
  item?: string;
  quote?: string;
  author: string;
  /** ISO 8601 time. */
  date: string;
  text: string;
  /** Replies in the thread and the drafting team's answer, shown as replies to the comment. */
  replies: { author: string; date: string; text: string }[];
}

export interface DocxOptions {
  paper: Paper;
  /** The document's creation date: core properties, zip entry times, revision marks. */
  creationDate: Date;
  /** The guideline id and commit for the bookmark map. */
  guideline: { id: string; version: string; commit?: string };
  wordComments?: readonly WordComment[];
  /** Landscape pages (the tabel masukan on its own, with its many columns). */
  landscape?: boolean;
}

type Block = { kind: 'p'; options: Omit<IParagraphOptions, 'children'>; runs: ParagraphChild[] } | { kind: 'table'; table: Table };

interface Style {
  bold?: boolean;
  italics?: boolean;
  code?: boolean;
}

const TWIPS_PER_MM = 1440 / 25.4;
/** The paragraph style of table cells: a smaller size, little spacing. */
const CELL_STYLE = 'TableText';
const MARGIN = { top: 1418, bottom: 1418, left: 1701, right: 1418 };
const REDLINE_AUTHOR = 'pedoman';

/** Builds the body: blocks of paragraphs and tables, with the ids that must be unique in the file. */
export class DocxWriter {
  readonly blocks: Block[] = [];
  readonly bookmarks: { name: string; section: string; item?: string }[] = [];
  readonly comments: ICommentOptions[] = [];
  /** Far above docx's own bookmark ids (the TOC's), so they never meet; renumbered when packed. */
  private bookmarkId = 1_000_000;
  /** Revision ids apart from bookmark and comment ids. */
  private revisionId = 100_000;
  private listInstance = 0;
  /** The kinds of the prose lists around the one being written (ordered, letter, bullet). */
  private listKinds: string[] = [];
  private commentId = 0;
  private mark: 'ins' | 'del' | undefined;
  /** Comments waiting for their quote in the item being written. */
  private pending: WordComment[] = [];

  constructor(
    /** Width of the text on the page, in twips (tables fill it). */
    private readonly textWidth: number,
    private readonly revisionDate: string,
    private readonly wordComments: readonly WordComment[],
  ) {}

  p(runs: ParagraphChild[], options: Omit<IParagraphOptions, 'children'> = {}): Block {
    const block: Block = { kind: 'p', options, runs };
    this.blocks.push(block);
    return block;
  }

  table(table: Table): void {
    this.blocks.push({ kind: 'table', table });
  }

  /** Width of the text on the page, in twips. */
  get width(): number {
    return this.textWidth;
  }

  /** Runs of plain text (which may carry redline marks and hold a comment's quote). */
  text(value: string, style: Style = {}): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    let rest = value.replace(/\s+/g, ' ');
    while (rest !== '') {
      const at = rest.search(/[\uE000-\uE003]/);
      const piece = at < 0 ? rest : rest.slice(0, at);
      if (piece !== '') out.push(...this.quoted(piece, style));
      if (at < 0) break;
      const m = rest[at];
      this.mark = m === INS_START ? 'ins' : m === DEL_START ? 'del' : m === INS_END || m === DEL_END ? undefined : this.mark;
      rest = rest.slice(at + 1);
    }
    return out;
  }

  private quoted(piece: string, style: Style): ParagraphChild[] {
    const lower = piece.toLowerCase();
    // Offsets in the lower-cased text are offsets in the text only when lower-casing kept its length.
    if (lower.length !== piece.length) return piece === '' ? [] : [this.run(piece, style)];
    for (const comment of this.pending) {
      const needle = normaliseQuote(comment.quote ?? '');
      const at = needle === '' ? -1 : lower.indexOf(needle);
      if (at < 0) continue;
      this.pending = this.pending.filter((c) => c !== comment);
      const ids = this.addComment(comment);
      return [
        ...this.quoted(piece.slice(0, at), style),
        ...commentRange(ids, [this.run(piece.slice(at, at + needle.length), style)]),
        ...this.quoted(piece.slice(at + needle.length), style),
      ];
    }
    return piece === '' ? [] : [this.run(piece, style)];
  }

  private run(text: string, style: Style): ParagraphChild {
    const format = { text, ...(style.bold ? { bold: true } : {}), ...(style.italics ? { italics: true } : {}), ...(style.code ? { font: 'Courier New' } : {}) };
    if (this.mark === 'ins') return new InsertedTextRun({ ...format, id: this.revisionId++, author: REDLINE_AUTHOR, date: this.revisionDate });
    if (this.mark === 'del') return new DeletedTextRun({ ...format, id: this.revisionId++, author: REDLINE_AUTHOR, date: this.revisionDate });
    return new TextRun(format);
  }

  /** The comment and its replies (each reply spans the same range, as Word writes them). */
  private addComment(c: WordComment): number[] {
    const id = this.commentId++;
    const ids = [id];
    this.comments.push({ id, author: c.author, initials: initials(c.author), date: new Date(c.date), children: paragraphs(c.text) });
    for (const reply of c.replies) {
      ids.push(this.commentId);
      this.comments.push({
        id: this.commentId++,
        parentId: id,
        author: reply.author,
        initials: initials(reply.author),
        date: new Date(reply.date),
        children: paragraphs(reply.text),
      });
    }
    return ids;
  }

  ref(ref: Ref): ParagraphChild[] {
    const runs = this.text(ref.text);
    // A link holds plain runs only: a name with tracked changes or a comment stays unlinked.
    const plain = runs.every((r) => r instanceof TextRun);
    return ref.anchor !== undefined && plain ? [new InternalHyperlink({ anchor: itemBookmark(ref.anchor), children: runs as TextRun[] })] : runs;
  }

  refs(list: readonly Ref[], separator: string): ParagraphChild[] {
    return list.flatMap((r, i) => [...(i > 0 ? [new TextRun(separator)] : []), ...this.ref(r)]);
  }

  /** A new list numbering instance (each list counts from 1). */
  list(): number {
    return ++this.listInstance;
  }

  /** Wraps the blocks written by `body` in a bookmark; `title` is the first block (a heading). */
  bookmark(name: string, target: { section: string; item?: string }, body: () => void): void {
    const id = ++this.bookmarkId;
    this.bookmarks.push({ name, ...target });
    const first = this.blocks.length;
    const comments = target.item !== undefined
      ? this.wordComments.filter((c) => c.section === target.section && c.item === target.item)
      : this.wordComments.filter((c) => c.section === target.section && c.item === undefined);
    const outer = this.pending;
    this.pending = comments.filter((c) => c.quote !== undefined && c.quote.trim() !== '');
    body();
    // Comments whose quote was not found, or without a quote, anchor on the item's first paragraph (its title).
    const unplaced = comments.filter((c) => c.quote === undefined || c.quote.trim() === '' || this.pending.includes(c));
    this.pending = outer;
    const start = this.blocks.slice(first).find((b) => b.kind === 'p') ?? this.p([]);
    if (start.kind === 'p') {
      const ids = unplaced.flatMap((c) => this.addComment(c));
      start.runs = [new BookmarkStart(name, id) as unknown as ParagraphChild, ...commentRange(ids, start.runs)];
    }
    const last = this.blocks[this.blocks.length - 1];
    if (last?.kind === 'p') last.runs.push(new BookmarkEnd(id) as unknown as ParagraphChild);
    else this.p([new BookmarkEnd(id) as unknown as ParagraphChild], { spacing: { before: 0, after: 0 } });
  }

  // -- Prose (Markdown) -------------------------------------------------------------------

  prose(markdown: Prose, lead: ParagraphChild[] = []): void {
    const tokens = proseTokens(markdown).filter((t) => t.type !== 'space');
    if (tokens.length === 0 && lead.length > 0) this.p(lead);
    tokens.forEach((token, i) => this.block(token, i === 0 ? lead : [], 0));
  }

  private block(token: Token, lead: ParagraphChild[], depth: number, numbering?: IParagraphOptions['numbering']): void {
    switch (token.type) {
      case 'paragraph':
      case 'text': {
        const t = token as Tokens.Paragraph | Tokens.Text;
        this.p([...lead, ...this.inline(t.tokens ?? [{ type: 'text', raw: t.text, text: t.text } as Tokens.Text], {})], numbering ? { numbering } : {});
        return;
      }
      case 'heading': {
        const t = token as Tokens.Heading;
        this.p([...lead, ...this.inline(t.tokens, { bold: true })], { keepNext: true });
        return;
      }
      case 'list': {
        const t = token as Tokens.List;
        const instance = this.list();
        const letter = letterDelimiter(t);
        const kind = letter !== undefined ? 'letter' : t.ordered ? 'ordered' : 'bullet';
        // Numbered lists inside numbered lists number as the PDF does (1. → a. → 1) → a)); a
        // numbered list inside a lettered or bulleted one keeps "1.".
        const nested = kind === 'ordered' && this.listKinds.every((k) => k === 'ordered');
        const reference = letter === ')' ? 'prose-letter-paren' : letter === '.' ? 'prose-letter' : t.ordered ? (nested ? 'prose-nested' : 'prose-ordered') : 'prose-bullet';
        this.listKinds.push(kind);
        for (const item of t.items) {
          const children = item.tokens.filter((x) => x.type !== 'space');
          children.forEach((child, i) => {
            if (child.type === 'list') this.block(child, [], depth + 1);
            else this.block(child, i === 0 ? lead : [], depth, i === 0 ? { reference, level: Math.min(depth, 8), instance } : undefined);
            lead = [];
          });
        }
        this.listKinds.pop();
        return;
      }
      case 'blockquote': {
        const t = token as Tokens.Blockquote;
        for (const child of t.tokens.filter((x) => x.type !== 'space')) {
          const before = this.blocks.length;
          this.block(child, lead, depth);
          for (const b of this.blocks.slice(before)) if (b.kind === 'p') b.options = { ...b.options, indent: { left: 567 } };
          lead = [];
        }
        return;
      }
      case 'table': {
        const t = token as Tokens.Table;
        this.table(
          this.grid(
            t.header.map((cell) => this.inlineCell(cell.tokens, { bold: true })),
            t.rows.map((row) => row.map((cell) => this.inlineCell(cell.tokens, {}))),
          ),
        );
        return;
      }
      case 'code': {
        for (const line of (token as Tokens.Code).text.split('\n')) this.p(this.text(line, { code: true }));
        return;
      }
      case 'hr':
        this.p([], { border: { bottom: { style: 'single', size: 6, color: '999999', space: 1 } } });
        return;
      default:
        if ('text' in token && typeof token.text === 'string') this.p([...lead, ...this.text(token.text)]);
    }
  }

  private inlineCell(tokens: Token[], style: Style): Paragraph[] {
    return [new Paragraph({ style: CELL_STYLE, children: this.inline(tokens, style) })];
  }

  inline(tokens: readonly Token[], style: Style): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const token of tokens) {
      switch (token.type) {
        case 'strong':
          out.push(...this.inline((token as Tokens.Strong).tokens, { ...style, bold: true }));
          break;
        case 'em':
          out.push(...this.inline((token as Tokens.Em).tokens, { ...style, italics: true }));
          break;
        case 'del':
          out.push(...this.inline((token as Tokens.Del).tokens, style));
          break;
        case 'codespan':
          out.push(...this.text(decodeEntities((token as Tokens.Codespan).text), { ...style, code: true }));
          break;
        case 'br':
          out.push(new TextRun({ break: 1 }));
          break;
        case 'link':
        case 'image': {
          const t = token as Tokens.Link;
          const url = safeUrl(t.href);
          const runs = 'tokens' in t && t.tokens ? this.inline(t.tokens, style) : this.text(t.text || t.href, style);
          if (url === undefined || /^#/.test(url) || !runs.every((r) => r instanceof TextRun)) out.push(...runs);
          else out.push(new ExternalHyperlink({ link: url, children: runs as TextRun[] }));
          break;
        }
        case 'text': {
          const t = token as Tokens.Text;
          if (t.tokens && t.tokens.length > 0) out.push(...this.inline(t.tokens, style));
          else out.push(...this.text(decodeEntities(t.text), style));
          break;
        }
        case 'escape':
        case 'html':
        default:
          if ('text' in token && typeof token.text === 'string') out.push(...this.text(decodeEntities(token.text), style));
      }
    }
    return out;
  }

  /** A table whose header row repeats on every page. */
  grid(header: Paragraph[][], rows: Paragraph[][][], weights: readonly number[] = header.map(() => 1)): Table {
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((x) => Math.floor((this.textWidth * x) / total));
    const cell = (children: Paragraph[], i: number): TableCell =>
      new TableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, children: children.length ? children : [new Paragraph({ style: CELL_STYLE })] });
    return new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: header.map(cell) }),
        ...rows.map((r) => new TableRow({ children: r.map(cell) })),
      ],
    });
  }

  /** Paragraphs of a cell from plain text or prose. */
  cellText(value: string, style: Style = {}): Paragraph[] {
    return [new Paragraph({ style: CELL_STYLE, children: this.text(value, style) })];
  }

  cellProse(markdown: string): Paragraph[] {
    const before = this.blocks.length;
    this.prose(markdown);
    const made = this.blocks.splice(before);
    return made.flatMap((b) => (b.kind === 'p' ? [new Paragraph({ ...b.options, style: CELL_STYLE, children: b.runs })] : []));
  }

  cellRefs(list: readonly Ref[], none: string): Paragraph[] {
    if (list.length === 0) return this.cellText(none, { italics: true });
    return list.map((r) => new Paragraph({ style: CELL_STYLE, children: this.ref(r) }));
  }

  children(): (Paragraph | Table)[] {
    return this.blocks.map((b) => (b.kind === 'table' ? b.table : new Paragraph({ ...b.options, children: b.runs })));
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _);
}

/** Runs inside the ranges of comments, each followed by its reference mark. */
function commentRange(ids: readonly number[], runs: ParagraphChild[]): ParagraphChild[] {
  if (ids.length === 0) return runs;
  return [...ids.map((c) => new CommentRangeStart(c)), ...runs, ...ids.flatMap((c) => [new CommentRangeEnd(c), new TextRun({ children: [new CommentReference(c)] })])];
}

/** A comment's text as plain paragraphs (Word comments hold no Markdown). */
function paragraphs(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '')
    .map((t) => new Paragraph({ children: [new TextRun(t)] }));
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .slice(0, 3)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** A heading in Word's Heading 1–4 style (the TOC takes 1 and 2). */
export function docxHeading(w: DocxWriter, level: 1 | 2 | 3 | 4, text: string): void {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
  w.p(w.text(text), { heading: levels[level], keepNext: true });
}

function label(w: DocxWriter, name: string, value: ParagraphChild[]): void {
  w.p([new TextRun({ text: `${name}: `, bold: true }), ...value]);
}

function notes(w: DocxWriter, doc: DocumentModel, list: readonly Prose[]): void {
  if (list.length === 0) return;
  const before = w.blocks.length;
  w.p([new TextRun({ text: doc.labels.openQuestions, bold: true })]);
  for (const note of list) w.prose(note);
  for (const b of w.blocks.slice(before)) {
    if (b.kind === 'p') b.options = { ...b.options, indent: { left: 567 }, border: { left: { style: 'single', size: 12, color: 'C0504D', space: 8 } } };
  }
}

/** A numbered list of prose entries with Word numbering ("1.", "1)", "a."). */
function numbered(w: DocxWriter, reference: 'steps' | 'duties' | 'letters', entries: readonly Prose[], level = 0): void {
  const instance = w.list();
  for (const entry of entries) {
    const before = w.blocks.length;
    w.prose(entry);
    const first = w.blocks[before];
    if (first?.kind === 'p') first.options = { ...first.options, numbering: { reference, level, instance } };
    for (const b of w.blocks.slice(before + 1)) if (b.kind === 'p' && !b.options.numbering) b.options = { ...b.options, indent: { left: 720 * (level + 1) } };
  }
}

function cover(w: DocxWriter, doc: DocumentModel): void {
  const m = doc.meta;
  w.p(w.text(m.title), { heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 240, line: 300, lineRule: LineRuleType.AUTO } });
  if (m.subtitle) w.p(w.text(m.subtitle, { bold: true }), { alignment: AlignmentType.CENTER });
  if (m.issuer) w.p(w.text(m.issuer), { alignment: AlignmentType.CENTER });
  const line = (name: string, value: string): void => void w.p([new TextRun({ text: `${name}: `, bold: true }), ...w.text(value)], { alignment: AlignmentType.CENTER });
  line(doc.labels.version, m.version);
  line(doc.labels.status, m.statusLabel);
  if (m.dateText) line(doc.labels.date, m.dateText);
  line(doc.labels.commit, m.commitText);
  if (m.draftMark) w.p([new TextRun({ text: m.draftMark, bold: true }), new TextRun(` — ${doc.labels.coverDraftNote}`)], { alignment: AlignmentType.CENTER, spacing: { before: 480 } });
  w.p([new PageBreak()]);
}

function chapter(w: DocxWriter, doc: DocumentModel, c: Chapter): void {
  const L = doc.labels;
  w.bookmark(sectionBookmark(c.sectionId), { section: c.sectionId }, () => {
    docxHeading(w, 1, c.heading);
    if (c.intro) w.prose(c.intro);
    notes(w, doc, c.notes);
    const item = (id: string, body: () => void): void => w.bookmark(itemBookmark(id), { section: c.sectionId, item: id }, body);
    switch (c.kind) {
      case 'narrative':
        for (const part of c.parts) {
          item(part.id, () => {
            docxHeading(w, 2, part.heading);
            w.prose(part.text);
            sources(w, doc, part.sources);
            notes(w, doc, part.notes);
          });
        }
        break;
      case 'terms':
        for (const t of c.terms) {
          item(t.id, () => {
            const lead: ParagraphChild[] = [new TextRun(`${t.number}\t`), ...w.text(t.term, { bold: true })];
            if (t.abbreviation) lead.push(...w.text(t.abbreviationLead ?? ''), ...w.text(t.abbreviation, { bold: true }), ...w.text(t.abbreviationEnd ?? ''));
            lead.push(...w.text(L.termIs));
            const before = w.blocks.length;
            w.prose(t.definition, lead);
            if (t.source) w.p(w.text(`${L.termSource}: ${t.source.citation}${t.source.verbatim ? ` (${L.termVerbatim})` : ''}`, { italics: true }));
            if (t.boundary) w.prose(t.boundary);
            sources(w, doc, t.sources);
            notes(w, doc, t.notes);
            w.blocks.slice(before).forEach((b, i) => {
              if (b.kind === 'p') b.options = { ...b.options, indent: { left: 567, hanging: i === 0 ? 567 : 0 }, tabStops: [{ type: 'left', position: 567 }] };
            });
          });
        }
        break;
      case 'roles':
        for (const group of c.groups) {
          docxHeading(w, 2, group.heading);
          for (const role of group.roles) {
            item(role.id, () => {
              docxHeading(w, 3, role.heading);
              if (role.description) w.prose(role.description);
              if (role.appointment) {
                const a = role.appointment;
                docxHeading(w, 4, `${role.partNumbers.appointment} ${L.appointment}`);
                if (a.by) label(w, L.appointedBy, w.text(a.by));
                if (a.instrument) label(w, L.instrument, w.text(a.instrument));
                if (a.term) label(w, L.appointmentTerm, w.text(a.term));
                if (a.criteria.length > 0) {
                  w.p([new TextRun({ text: `${L.criteria}:`, bold: true })]);
                  numbered(w, 'duties', a.criteria);
                }
              }
              if (role.duties.length > 0) {
                docxHeading(w, 4, `${role.partNumbers.duties} ${L.duties}`);
                numbered(w, 'duties', role.duties);
              }
              if (role.reportsTo) {
                docxHeading(w, 4, `${role.partNumbers.reportsTo} ${L.reportsTo}`);
                w.p(w.ref(role.reportsTo));
              }
              sources(w, doc, role.sources);
              notes(w, doc, role.notes);
            });
          }
        }
        break;
      case 'mechanisms':
        for (const m of c.mechanisms) {
          item(m.id, () => {
            docxHeading(w, 2, m.heading);
            w.prose(m.description);
            if (m.implements.length > 0) label(w, L.implements, w.text(m.implements.join('; ')));
            if (m.stakeholders.length > 0) label(w, L.stakeholders, w.text(m.stakeholders.join(', ')));
            if (m.levels.length > 0) label(w, L.levels, w.text(m.levels.join(', ')));
            if (m.responsible.length > 0) label(w, L.responsible, w.refs(m.responsible, ', '));
            w.p([new TextRun({ text: L.steps, bold: true })], { keepNext: true });
            numbered(w, 'steps', m.steps);
            if (m.outputs.length > 0) {
              w.p([new TextRun({ text: L.outputs, bold: true })], { keepNext: true });
              numbered(w, 'letters', m.outputs);
            }
            if (m.indicators.length > 0) label(w, L.measuredBy, w.refs(m.indicators, '; '));
            sources(w, doc, m.sources);
            notes(w, doc, m.notes);
          });
        }
        break;
      case 'indicators':
        docxHeading(w, 2, c.table.heading);
        w.table(
          w.grid(
            [L.colCode, L.colIndicator, L.colUnit, L.colBaseline, L.colTarget, L.colFrequency, L.colDataSource, L.colResponsible].map((h) => w.cellText(h, { bold: true })),
            c.indicators.map((m) => [
              w.cellText(m.code),
              w.cellText(m.indicator),
              w.cellText(m.unit),
              w.cellText(m.baseline),
              m.targets.length ? m.targets.map((x) => new Paragraph({ style: CELL_STYLE, children: w.text(x) })) : w.cellText(''),
              w.cellText(m.frequency),
              w.cellText(m.dataSource),
              [new Paragraph({ style: CELL_STYLE, children: w.ref(m.responsible) })],
            ]),
            [8, 22, 9, 11, 11, 11, 14, 14],
          ),
        );
        docxHeading(w, 2, c.definitions.heading);
        c.indicators.forEach((m) => {
          item(m.id, () => {
            w.p(w.text(`${m.code} ${m.indicator}`, { bold: true }), { keepNext: true });
            if (m.definition) w.prose(m.definition);
            if (m.direction) label(w, L.direction, w.text(m.direction));
            if (m.baselineNote) label(w, L.baselineNote, w.text(m.baselineNote));
            if (m.measures.length > 0) label(w, L.measures, w.refs(m.measures, ', '));
            sources(w, doc, m.sources);
            notes(w, doc, m.notes);
          });
        });
        break;
      case 'forms':
        c.forms.forEach((f, i) => item(f.id, () => form(w, doc, f, i === 0)));
        break;
    }
  });
}

/** The sources of an item, small, after its text: citation, linked address, date read. */
function sources(w: DocxWriter, doc: DocumentModel, list: readonly SourceEntry[]): void {
  if (list.length === 0) return;
  const small = { size: 16, color: '444444' };
  w.p([new TextRun({ text: `${doc.labels.sources}:`, bold: true, ...small })], { keepNext: true, spacing: { before: 60, after: 0 } });
  for (const s of list) {
    const runs: ParagraphChild[] = [new TextRun({ text: `– ${s.citation}`, ...small })];
    const url = s.url !== undefined ? safeUrl(s.url) : undefined;
    if (s.url !== undefined) {
      runs.push(new TextRun({ text: ', ', ...small }));
      runs.push(url !== undefined ? new ExternalHyperlink({ link: url, children: [new TextRun({ text: s.url, style: 'Hyperlink', size: 16 })] }) : new TextRun({ text: s.url, ...small }));
    }
    if (s.accessed !== undefined) runs.push(new TextRun({ text: `, ${s.accessed}`, ...small }));
    w.p(runs, { indent: { left: 284 }, spacing: { before: 0, after: 0 } });
  }
}

/**
 * A format printed to be filled in by hand: its own page (but the first, which follows its
 * annex's heading), the instructions, its text, blanks as dotted tab leaders, tick boxes, ruled
 * Word tables with blank rows, and the signature blocks in a borderless table.
 */
function form(w: DocxWriter, doc: DocumentModel, f: FormEntry, first: boolean): void {
  const L = doc.labels;
  const dotted = { tabStops: [{ type: TabStopType.RIGHT, position: w.width, leader: LeaderType.DOT }] };
  docxHeading(w, 2, f.heading);
  if (!first) {
    const heading = w.blocks[w.blocks.length - 1];
    if (heading?.kind === 'p') heading.options = { ...heading.options, pageBreakBefore: true };
  }
  const purposeStart = w.blocks.length;
  w.prose(f.purpose, [new TextRun({ text: `${L.formPurpose}: `, bold: true })]);
  for (const b of w.blocks.slice(purposeStart)) {
    if (b.kind === 'p') b.options = { ...b.options, shading: { fill: 'F2F2F2', type: 'clear', color: 'auto' }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 6 } } };
  }
  if (f.usedIn.length > 0) label(w, L.formUsedIn, w.refs(f.usedIn, ', '));
  if (f.body) w.prose(f.body);
  for (const x of f.fields) {
    if (x.kind === 'heading') {
      w.p(w.text(x.text, { bold: true }), { keepNext: true, spacing: { before: 200 } });
      continue;
    }
    const label: ParagraphChild[] = [...w.text(x.label), ...(x.required ? [new TextRun(' *')] : []), ...(x.hint ? [new TextRun({ text: ` (${x.hint})`, size: 18, color: '444444' })] : [])];
    switch (x.type) {
      case 'checkbox':
        w.p([new TextRun('☐ '), ...label]);
        break;
      case 'choice':
        w.p([...label, new TextRun(': '), ...x.options.flatMap((o, i) => [new TextRun(`${i > 0 ? '    ' : ''}☐ `), ...w.text(o)])]);
        break;
      case 'table':
        w.p([...label, new TextRun(':')], { keepNext: true });
        w.table(w.grid(x.columns.map((col) => w.cellText(col, { bold: true })), Array.from({ length: x.rows }, () => x.columns.map(() => w.cellText(' ')))));
        break;
      case 'long-text':
        w.p([...label, new TextRun(':')], { keepNext: true });
        for (let k = 0; k < x.lines; k++) w.p([new TextRun('\t')], { ...dotted, spacing: { before: 120 } });
        break;
      case 'date':
      case 'number': {
        const stop = { tabStops: [{ type: TabStopType.LEFT, position: Math.min(w.width, 5000), leader: LeaderType.DOT }] };
        w.p([...label, new TextRun(': \t')], stop);
        break;
      }
      default:
        w.p([...label, new TextRun(': \t')], dotted);
    }
  }
  if (f.fields.some((x) => x.kind === 'field' && x.required)) w.p([new TextRun({ text: `* ${L.formRequired}`, size: 16, color: '444444' })]);
  for (const row of f.signatures) w.table(signatureTable(w, L, row.left, row.right));
  sources(w, doc, f.sources);
  notes(w, doc, f.notes);
}

/** Two signature blocks side by side, in a table without borders (the left or right may be empty). */
function signatureTable(w: DocxWriter, L: DocumentModel['labels'], left: SignatureEntry | undefined, right: SignatureEntry | undefined): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: none, bottom: none, left: none, right: none };
  const half = Math.floor(w.width / 2);
  const block = (s: SignatureEntry | undefined): Paragraph[] => {
    if (!s) return [new Paragraph({})];
    const centre = { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } };
    return [
      ...(s.placeDate ? [new Paragraph({ ...centre, children: [new TextRun(L.formPlaceDate)] })] : []),
      new Paragraph({ ...centre, children: w.text(s.role) }),
      new Paragraph({ ...centre, spacing: { before: 1000, after: 0 }, children: [new TextRun(L.formNameLine)] }),
      ...(s.nip ? [new Paragraph({ ...centre, children: [new TextRun(L.formNip)] })] : []),
    ];
  };
  return new Table({
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [new TableRow({ cantSplit: true, children: [left, right].map((s) => new TableCell({ width: { size: half, type: WidthType.DXA }, borders, verticalAlign: 'bottom', children: block(s) })) })],
  });
}

function appendix(w: DocxWriter, doc: DocumentModel, a: Appendix): void {
  const L = doc.labels;
  docxHeading(w, 1, a.heading);
  switch (a.kind) {
    case 'traceability':
      w.p(w.text(a.intro));
      w.table(
        w.grid(
          [L.colProvision, L.colMechanisms, L.colResponsible, L.colIndicators].map((h) => w.cellText(h, { bold: true })),
          a.rows.map((r) => [
            [new Paragraph({ style: CELL_STYLE, children: [...w.text(`${r.provision.label}${r.provision.basis ? ` ${r.provision.basis}` : ''}`, { bold: true }), ...w.text(`: ${r.provision.text}`)] })],
            w.cellRefs(r.mechanisms, L.none),
            w.cellRefs(r.roles, L.none),
            w.cellRefs(r.indicators, L.none),
          ]),
          [34, 22, 18, 26],
        ),
      );
      break;
    case 'roleMatrix':
      w.p(w.text(a.intro));
      w.table(
        w.grid(
          [L.colMechanism, ...a.levels].map((h) => w.cellText(h, { bold: true })),
          a.rows.map((r) => [[new Paragraph({ style: CELL_STYLE, children: w.ref(r.mechanism) })], ...r.cells.map((cell) => (cell === undefined ? w.cellText(L.notRun, { italics: true }) : w.cellRefs(cell, L.none)))]),
        ),
      );
      break;
    case 'commentSummary':
      if (a.totals.total === 0) {
        w.p(w.text(L.commentsNone));
        break;
      }
      w.p(w.text(a.intro));
      w.table(
        w.grid(
          [L.colSection, L.colComments, L.colOpen, L.colObjected, L.colResolved, ...a.columns].map((h) => w.cellText(h, { bold: true })),
          [...a.rows, a.totals].map((r) => [r === a.totals ? w.cellText(r.section, { bold: true }) : w.cellText(r.section), ...[r.total, r.open, r.objected, r.resolved, ...r.dispositions].map((n) => w.cellText(String(n)))]),
        ),
      );
      break;
    case 'commentTable':
      if (a.rows.length === 0) {
        w.p(w.text(L.commentsNone));
        break;
      }
      {
      // On its own (comment table), the DIM's columns too: the text as drafted and the reason.
      const dim = a.rows.some((r) => r.rumusan !== undefined);
      w.table(
        w.grid(
          [L.colNo, L.colSection, ...(dim ? [L.colRumusan] : []), L.colCommenter, L.colType, L.colComment, L.colProposed, ...(dim ? [L.colReason] : []), L.colResponse, L.colDisposition, L.colVerdict].map((h) => w.cellText(h, { bold: true })),
          a.rows.map((r) => [
            w.cellText(r.number),
            w.cellText(r.section),
            ...(dim ? [r.rumusan ? w.cellText(r.rumusan) : []] : []),
            w.cellText(r.commenter),
            w.cellText(r.type),
            [
              ...(r.quote ? w.cellText(`“${r.quote}”`, { italics: true }) : []),
              ...w.cellProse(r.text),
              ...r.replies.flatMap((x) => [new Paragraph({ style: CELL_STYLE, children: w.text(`${L.reply} — ${x.author}, ${x.date}:`, { bold: true }) }), ...w.cellProse(x.text)]),
            ],
            r.proposedChange ? w.cellProse(r.proposedChange) : [],
            ...(dim ? [r.reason ? w.cellProse(r.reason) : []] : []),
            r.response ? w.cellProse(r.response) : [],
            w.cellText(r.disposition),
            [
              ...w.cellText(r.verdict),
              ...r.history.flatMap((x) => [new Paragraph({ style: CELL_STYLE, children: w.text(`${x.label} — ${x.date}${x.recorded ? ` (${x.recorded})` : ''}:`, { bold: true }) }), ...w.cellProse(x.text)]),
            ],
          ]),
          dim ? [3, 8, 14, 8, 6, 14, 10, 9, 11, 7, 10] : [4, 11, 10, 8, 22, 13, 15, 8, 9],
        ),
      );
      break;
      }
  }
}

const LIST_INDENT = 360;

function levels(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (n: number) => string): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: text(level + 1),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: LIST_INDENT * 2 * (level + 1), hanging: LIST_INDENT } } },
  }));
}

/** Numbered lists within numbered lists, by depth as regulations number them: 1. → a. → 1) → a). */
function nestedLevels(): ILevelsOptions[] {
  const formats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: formats[level % 4]!,
    text: `%${level + 1}${level % 4 < 2 ? '.' : ')'}`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: LIST_INDENT * 2 * (level + 1), hanging: LIST_INDENT } } },
  }));
}

/** The page and properties around a body: what `packDocx` needs besides the blocks. */
export interface DocxFrame {
  language: 'id' | 'en';
  /** Footer text with {page} and {pages}, in the document's language. */
  pageLabel: string;
  /** The watermark on every page, or undefined for none. */
  watermark?: string;
  properties: { title: string; subject: string; creator: string; description: string; keywords: string; revision: number };
}

/** A body writer for `packDocx`, with the page's text width for tables. */
export function docxWriter(options: DocxOptions): DocxWriter {
  const revisionDate = options.creationDate.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const paper = PAPER[options.paper];
  const width = options.landscape ? paper.heightMm : paper.widthMm;
  return new DocxWriter(Math.round(width * TWIPS_PER_MM) - MARGIN.left - MARGIN.right, revisionDate, options.wordComments ?? []);
}

/** The consolidated draft as a .docx file. */
export async function renderDocx(doc: DocumentModel, options: DocxOptions): Promise<Buffer> {
  const L = doc.labels;
  const w = docxWriter(options);
  cover(w, doc);
  w.p(w.text(L.toc), { alignment: AlignmentType.CENTER, spacing: { after: 240 } });
  const front = w.children();
  w.blocks.length = 0;
  w.p([new PageBreak()]);
  if (doc.redline) {
    const r = doc.redline;
    docxHeading(w, 1, r.heading);
    w.p(w.text(r.intro));
    w.p([new TextRun('• '), ...w.text(r.inserted)]);
    w.p([new TextRun('• '), ...w.text(r.deleted)]);
  }
  for (const c of doc.chapters) chapter(w, doc, c);
  for (const a of doc.appendices) appendix(w, doc, a);
  const frame: DocxFrame = {
    language: doc.language,
    pageLabel: L.page,
    ...(doc.meta.draftMark ? { watermark: L.watermark } : {}),
    properties: {
      title: doc.meta.title,
      subject: doc.meta.subtitle ?? doc.meta.title,
      creator: doc.meta.issuer ?? 'pedoman',
      description: `${L.version} ${doc.meta.version} · ${doc.meta.statusLabel} · ${L.commit} ${doc.meta.commitText}`,
      keywords: ['pedoman', doc.meta.id, doc.meta.version].join(', '),
      revision: revisionNumber(doc.meta.version),
    },
  };
  return packDocx(w, frame, options, [...front, new TableOfContents(L.toc, { hyperlink: true, headingStyleRange: '1-2' })]);
}

/**
 * Any body written with a `DocxWriter` (the draft, or a document of tables only) as a .docx:
 * styles, numbering, footer, watermark, properties, the bookmark map, fixed dates. `front`
 * goes before the writer's blocks (a cover and a table of contents).
 */
export async function packDocx(w: DocxWriter, frame: DocxFrame, options: DocxOptions, front: (Paragraph | Table | TableOfContents)[] = []): Promise<Buffer> {
  const paper = PAPER[options.paper];
  const [before, after] = frame.pageLabel.split('{page}') as [string, string];
  const [middle, end] = after.split('{pages}') as [string, string];
  const language = frame.language === 'en' ? 'en-GB' : 'id-ID';
  const run = { font: 'Calibri', size: 22, language: { value: language } };
  const document = new Document({
    ...frame.properties,
    lastModifiedBy: 'pedoman',
    features: { updateFields: true },
    customProperties: [
      { name: 'pedoman-guideline', value: options.guideline.id },
      { name: 'pedoman-version', value: options.guideline.version },
      { name: 'pedoman-commit', value: options.guideline.commit ?? '' },
    ],
    styles: {
      default: {
        document: { run, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { size: 40, bold: true, language: { value: language } } },
        heading1: { run: { size: 28, bold: true, language: { value: language } }, paragraph: { spacing: { before: 360, after: 240 }, outlineLevel: 0 } },
        heading2: { run: { size: 24, bold: true, language: { value: language } }, paragraph: { spacing: { before: 240, after: 120 }, outlineLevel: 1 } },
        heading3: { run: { size: 22, bold: true, language: { value: language } }, paragraph: { spacing: { before: 200, after: 100 }, outlineLevel: 2 } },
        heading4: { run: { size: 22, bold: true, italics: true, language: { value: language } }, paragraph: { spacing: { before: 120, after: 60 }, outlineLevel: 3 } },
      },
      paragraphStyles: [
        { id: CELL_STYLE, name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: 18 }, paragraph: { spacing: { before: 20, after: 40, line: 240 } } },
      ],
    },
    numbering: {
      config: [
        { reference: 'prose-ordered', levels: levels(LevelFormat.DECIMAL, (n) => `%${n}.`) },
        { reference: 'prose-nested', levels: nestedLevels() },
        { reference: 'prose-bullet', levels: levels(LevelFormat.BULLET, (n) => ['•', '◦', '▪'][(n - 1) % 3]!) },
        { reference: 'prose-letter', levels: levels(LevelFormat.LOWER_LETTER, (n) => `%${n}.`) },
        { reference: 'prose-letter-paren', levels: levels(LevelFormat.LOWER_LETTER, (n) => `%${n})`) },
        { reference: 'steps', levels: levels(LevelFormat.DECIMAL, (n) => `%${n}.`) },
        { reference: 'duties', levels: levels(LevelFormat.DECIMAL, (n) => `%${n})`) },
        { reference: 'letters', levels: levels(LevelFormat.LOWER_LETTER, (n) => `%${n}.`) },
      ],
    },
    comments: { children: w.comments },
    sections: [
      {
        properties: {
          page: {
            // Given as portrait; docx swaps width and height for a landscape page.
            size: {
              width: Math.round(paper.widthMm * TWIPS_PER_MM),
              height: Math.round(paper.heightMm * TWIPS_PER_MM),
              ...(options.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}),
            },
            margin: MARGIN,
          },
        },
        headers: { default: new Header({ children: [new Paragraph({ children: frame.watermark !== undefined ? [new TextWatermark({ text: frame.watermark, color: 'C0C0C0', opacity: 0.5 })] : [] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, end].filter((x) => x !== '') })] })],
          }),
        },
        children: [...front, ...w.children()],
      },
    ],
  });
  const packed = await Packer.toBuffer(document);
  return finishZip(packed, options, w.bookmarks);
}

/** Bookmark ids 1, 2, … in the order they start, and the TOC's _Toc names likewise. */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  const toc = new Map<string, string>();
  const tocName = (name: string): string => toc.get(name) ?? (toc.set(name, `_Toc${toc.size + 1}`), toc.get(name)!);
  for (const m of xml.matchAll(/<w:bookmarkStart [^>]*?w:id="(\d+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, ids.size + 1);
  return xml
    .replace(/(<w:bookmark(?:Start|End) [^>]*?w:id=")(\d+)"/g, (m, lead: string, id: string) => (ids.has(id) ? `${lead}${ids.get(id)}"` : m))
    .replace(/_Toc\d+/g, (name) => tocName(name));
}

function revisionNumber(version: string): number {
  const parts = version.split('.').map((p) => Number.parseInt(p, 10));
  return Number.isFinite(parts[0]) ? (parts[0]! * 1000 + (Number.isFinite(parts[1]) ? parts[1]! : 0)) || 1 : 1;
}

function xmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The bookmark map as customXml/item1.xml holds it. */
export function bookmarkMapXml(guideline: DocxOptions['guideline'], bookmarks: readonly { name: string; section: string; item?: string }[]): string {
  const entries = bookmarks.map((b) => `<bookmark name="${xmlAttr(b.name)}" section="${xmlAttr(b.section)}"${b.item !== undefined ? ` item="${xmlAttr(b.item)}"` : ''}/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pedoman xmlns="${DOCX_MAP_NAMESPACE}" guideline="${xmlAttr(guideline.id)}" version="${xmlAttr(guideline.version)}" commit="${xmlAttr(guideline.commit ?? '')}">${entries.join('')}</pedoman>`;
}

/** Renames the relationship ids of external links (random in docx) to rIdLink1, 2, … in document order. */
export function renumberLinks(document: string, rels: string): { document: string; rels: string } {
  const linkIds = new Set<string>();
  for (const m of rels.matchAll(/<Relationship [^>]*>/g)) {
    if (!m[0].includes('/relationships/hyperlink"')) continue;
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    if (id !== undefined) linkIds.add(id);
  }
  if (linkIds.size === 0) return { document, rels };
  const names = new Map<string, string>();
  for (const m of document.matchAll(/\br:id="([^"]+)"/g)) {
    if (linkIds.has(m[1]!) && !names.has(m[1]!)) names.set(m[1]!, `rIdLink${names.size + 1}`);
  }
  for (const id of linkIds) if (!names.has(id)) names.set(id, `rIdLink${names.size + 1}`);
  const rename = (text: string, attr: string): string =>
    text.replace(new RegExp(`\\b${attr}="([^"]+)"`, 'g'), (whole, id: string) => (names.has(id) ? `${attr}="${names.get(id)!}"` : whole));
  // The relationships themselves in the new order, so the file is the same bytes every time.
  const renamedRels = rename(rels, 'Id');
  const entries = [...renamedRels.matchAll(/<Relationship [^>]*\/>/g)].map((m) => m[0]);
  const isLink = (e: string): boolean => /\bId="rIdLink\d+"/.test(e);
  const order = (e: string): number => Number(/\bId="rIdLink(\d+)"/.exec(e)![1]);
  const links = entries.filter(isLink).sort((a, b) => order(a) - order(b));
  let i = 0;
  const sortedRels = renamedRels.replace(/<Relationship [^>]*\/>/g, (e) => (isLink(e) ? links[i++]! : e));
  return { document: rename(document, 'r:id'), rels: sortedRels };
}

/** Adds the custom XML part, fixes the dates of the core properties and the zip entries. */
async function finishZip(packed: Buffer, options: DocxOptions, bookmarks: readonly { name: string; section: string; item?: string }[]): Promise<Buffer> {
  const input = await JSZip.loadAsync(packed);
  const files = new Map<string, string | Uint8Array>();
  for (const [name, entry] of Object.entries(input.files)) {
    if (entry.dir) continue;
    files.set(name, /\.(xml|rels)$/.test(name) ? await entry.async('string') : await entry.async('uint8array'));
  }
  const iso = options.creationDate.toISOString().replace(/\.\d{3}Z$/, 'Z');
  // docx numbers the TOC's bookmarks and the watermark's shape from counters and random ids that
  // differ between renders in one process: renumber them in document order.
  const body = files.get('word/document.xml');
  if (typeof body === 'string') files.set('word/document.xml', renumberBookmarks(body));
  // docx gives each external link a random relationship id: number them in document order.
  const docRels = files.get('word/_rels/document.xml.rels');
  const linked = files.get('word/document.xml');
  if (typeof docRels === 'string' && typeof linked === 'string') {
    const renamed = renumberLinks(linked, docRels);
    files.set('word/document.xml', renamed.document);
    files.set('word/_rels/document.xml.rels', renamed.rels);
  }
  for (const [name, text] of files) {
    if (/^word\/header\d+\.xml$/.test(name) && typeof text === 'string') files.set(name, text.replace(/PowerPlusWaterMarkObject[\w-]+/g, 'PowerPlusWaterMarkObject1'));
  }
  const core = files.get('docProps/core.xml');
  if (typeof core === 'string') files.set('docProps/core.xml', core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`));
  files.set('customXml/item1.xml', bookmarkMapXml(options.guideline, bookmarks));
  files.set(
    'customXml/itemProps1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6F1C2B7E-3D4A-4B8E-9C1F-7A2D5E8B0C31}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${DOCX_MAP_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  files.set(
    'customXml/_rels/item1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
  );
  const rels = files.get('word/_rels/document.xml.rels');
  if (typeof rels === 'string') {
    files.set('word/_rels/document.xml.rels', rels.replace('</Relationships>', `<Relationship Id="rIdPedomanMap" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>`));
  }
  const types = files.get('[Content_Types].xml');
  if (typeof types === 'string') {
    files.set('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`));
  }
  const out = new JSZip();
  // [Content_Types].xml first, as Office expects; the rest in a fixed order.
  const names = [...files.keys()].sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  // JSZip writes the entries' DOS times from the Date's UTC fields: the same in every time zone.
  const date = options.creationDate;
  for (const name of names) out.file(name, files.get(name)!, { date, createFolders: false });
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

