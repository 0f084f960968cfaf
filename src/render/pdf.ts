// The print-ready PDF, in pure JavaScript (pdfmake on pdfkit): Merriweather embedded, A4 or F4,
// running header with the title, "Halaman X dari Y" centred at the foot, a table of contents
// with page numbers, a DRAF watermark on every page of a draft, and tables that break across
// pages with their header row repeated. pdfmake is heavy: this module is imported only by
// `pedoman render`.
import type { Content, ContentText, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { keepHyphenatedWords } from './pdf-words.js';
import { fontData, FONT_FAMILY, missingGlyphs } from './fonts.js';
import { fill, type Labels } from './labels.js';
import type { Appendix, Chapter, DocumentModel, Heading, MechanismEntry, MetricEntry, Ref, RoleEntry, TermEntry } from './model.js';
import { number } from './numbering.js';
import { mm, PAPER, type Paper } from './paper.js';
import { LINK_COLOR, proseBlocks, proseInline, tidyRuns } from './pdf-prose.js';

export interface PdfOptions {
  paper: Paper;
  /** Written as the PDF's creation date; pin it (--date, SOURCE_DATE_EPOCH) for identical files. */
  creationDate: Date;
  /** Called with 0..1 while pdfmake lays out and writes pages. */
  onProgress?: (fraction: number) => void;
  /** Flate-compress page streams (default true). */
  compress?: boolean;
  /** Changes the document definition before layout (the redline of --changes-since). */
  transform?: (definition: TDocumentDefinitions) => void;
}

export interface PdfResult {
  pdf: Buffer;
  /** Characters the embedded font has no glyph for (they print blank). */
  missingGlyphs: string[];
}

const FONT = 'Serif';
const BASE = 10.5;
const INDENT = 22;
const MARGIN = { left: mm(25), right: mm(25), top: mm(30), bottom: mm(25) };
const RULE = '#444444';
const HEADER_FILL = '#e6e6e6';
const NOTE_FILL = '#fff8e6';
const NOTE_RULE = '#b7862b';
const DRAFT_RED = '#8b1a1a';

const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
  fillColor: (row: number) => (row === 0 ? HEADER_FILL : null),
};

const NOTE: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: (i: number) => (i === 0 ? 3 : 0),
  vLineColor: () => NOTE_RULE,
  paddingLeft: () => 8,
  paddingRight: () => 6,
  paddingTop: () => 4,
  paddingBottom: () => 2,
  fillColor: () => NOTE_FILL,
};

const FIELDS: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i: number) => (i === 0 ? 0 : 6),
  paddingRight: () => 0,
  paddingTop: () => 1,
  paddingBottom: () => 1,
};

export async function renderPdf(doc: DocumentModel, options: PdfOptions): Promise<PdfResult> {
  const definition = pdfDefinition(doc, options);
  options.transform?.(definition);
  definition.content = keepHyphenatedWords(definition.content) as Content;
  const { default: pdfmake } = await import('pdfmake');
  // Fonts come from pdfmake's in-memory file system; nothing is fetched or read from disk.
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;
  const faces: Record<string, string> = {};
  for (const [style, data] of Object.entries(fontData())) {
    const name = `pedoman-${FONT_FAMILY.toLowerCase()}-${style}.ttf`;
    vfs.writeFileSync(name, data);
    faces[style] = name;
  }
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setFonts({ [FONT]: faces as { normal: string; bold: string; italics: string; bolditalics: string } });
  pdfmake.setProgressCallback((progress: number) => options.onProgress?.(progress));
  // pdfmake annotates the definition in place while laying out: read the text first.
  const missing = missingGlyphs(collectText(definition.content));
  try {
    const pdf = await pdfmake.createPdf(definition).getBuffer();
    return { pdf, missingGlyphs: missing };
  } finally {
    pdfmake.setProgressCallback(() => undefined);
  }
}

/** The pdfmake document definition: pure, so tests can look at it without rendering. */
export function pdfDefinition(doc: DocumentModel, options: Pick<PdfOptions, 'paper' | 'creationDate' | 'compress'>): TDocumentDefinitions {
  const L = doc.labels;
  const paper = PAPER[options.paper];
  const ids = new Set<string>();
  const b = new Builder(doc, ids);
  const content: Content[] = [b.cover(paper.height), b.toc()];
  for (const chapter of doc.chapters) content.push(b.chapter(chapter));
  for (const appendix of doc.appendices) content.push(b.appendix(appendix));

  const definition: TDocumentDefinitions = {
    pageSize: { width: paper.width, height: paper.height },
    pageOrientation: 'portrait',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    compress: options.compress ?? true,
    language: doc.language,
    info: {
      title: doc.meta.title,
      author: doc.meta.issuer ?? '',
      subject: doc.meta.subtitle ?? doc.meta.title,
      keywords: [doc.meta.id, doc.meta.version, doc.meta.statusLabel].join(', '),
      creator: 'pedoman render',
      producer: 'pedoman (pdfmake)',
      creationDate: options.creationDate,
    },
    header: (currentPage, _pageCount, pageSize) => {
      if (currentPage === 1) return null;
      const width = pageSize.width - MARGIN.left - MARGIN.right;
      return {
        margin: [MARGIN.left, mm(14), MARGIN.right, 0],
        stack: [
          { text: doc.meta.title, alignment: 'center', fontSize: 8, color: '#444444' },
          { canvas: [{ type: 'line', x1: 0, y1: 3, x2: width, y2: 3, lineWidth: 0.5, lineColor: '#888888' }] },
        ],
      };
    },
    footer: (currentPage, pageCount) =>
      currentPage === 1
        ? null
        : { text: fill(L.page, { page: currentPage, pages: pageCount }), alignment: 'center', fontSize: 9, margin: [0, mm(10), 0, 0] },
    defaultStyle: { font: FONT, fontSize: BASE, lineHeight: 1.25, alignment: 'justify' },
    styles: {
      chapter: { fontSize: 12.5, bold: true, alignment: 'center' },
      heading: { bold: true, alignment: 'left' },
      tocTitle: { fontSize: 12.5, bold: true, alignment: 'center' },
      cell: { fontSize: 8, lineHeight: 1.15, alignment: 'left' },
      head: { fontSize: 8, bold: true, alignment: 'center', lineHeight: 1.15 },
      small: { fontSize: 8.5, color: '#444444', alignment: 'left' },
      label: { bold: true },
    },
    content,
  };
  if (doc.meta.draftMark) {
    definition.watermark = { text: L.watermark, color: '#a01414', opacity: 0.07, bold: true, font: FONT };
  }
  return definition;
}

/** pdfmake content written loosely (ids, outlines, page orientation) where its types are narrower than pdfmake. */
type Node = Record<string, unknown>;

function node(value: Node): Content {
  return value as unknown as Content;
}

/** Room a heading needs below it on its page (three lines of text); with less it starts the next page. */
const KEEP_WITH_NEXT = 3 * BASE * 1.25;

/**
 * A heading that never ends a page: one unbreakable block of the heading and an invisible strip
 * KEEP_WITH_NEXT high below it, which the next node gives back with a negative margin. When the
 * strip does not fit, the block (so the heading) moves to the next page. This keeps layout to a
 * single pass: pdfmake's pageBreakBefore hook lays the whole document out again for every heading
 * it moves (8 passes for 114 pages, more with every page), which made long PDFs slow out of all
 * proportion.
 */
function keptWithNext(heading: Content): Content[] {
  const strip = { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 0, y2: KEEP_WITH_NEXT, lineWidth: 1, strokeOpacity: 0 }] };
  return [node({ stack: [heading, strip], unbreakable: true }), node({ canvas: [], margin: [0, -KEEP_WITH_NEXT, 0, 0] })];
}

class Builder {
  private readonly L: Labels;

  constructor(
    private readonly doc: DocumentModel,
    private readonly ids: Set<string>,
  ) {
    this.L = doc.labels;
    for (const entry of doc.toc) ids.add(entry.anchor);
    for (const chapter of doc.chapters) {
      if (chapter.kind === 'roles') for (const g of chapter.groups) for (const r of g.roles) ids.add(r.anchor);
      if (chapter.kind === 'metrics') for (const m of chapter.metrics) ids.add(m.anchor);
    }
  }

  cover(pageHeight: number): Content {
    const m = this.doc.meta;
    const L = this.L;
    const parts: Content[] = [{ text: '', margin: [0, mm(20), 0, 0] }];
    if (m.draftMark) {
      parts.push(centred({
        table: { widths: [mm(40)], body: [[{ text: m.draftMark, characterSpacing: 5, alignment: 'center', bold: true, fontSize: 16, color: DRAFT_RED, margin: [0, 4, 0, 2] }]] },
        layout: { hLineWidth: () => 2, vLineWidth: () => 2, hLineColor: () => DRAFT_RED, vLineColor: () => DRAFT_RED },
      }));
      parts.push({ text: '', margin: [0, mm(14), 0, 0] });
    }
    parts.push({ text: upper(m.title, this.doc.language), fontSize: 17, bold: true, alignment: 'center', lineHeight: 1.35, margin: [mm(5), 0, mm(5), mm(6)] });
    if (m.subtitle) parts.push({ text: m.subtitle, italics: true, fontSize: 11.5, alignment: 'center', lineHeight: 1.3, margin: [mm(10), 0, mm(10), mm(14)] });
    const rows: TableCell[][] = [
      [{ text: L.version, bold: true }, m.version],
      [{ text: L.status, bold: true }, m.statusLabel],
    ];
    if (m.dateText) rows.push([{ text: L.date, bold: true }, m.dateText]);
    rows.push([{ text: L.commit, bold: true }, m.commitText]);
    parts.push(centred({
      table: { body: rows },
      fontSize: 10,
      alignment: 'left',
      layout: {
        hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
        vLineWidth: () => 0,
        hLineColor: () => '#bbbbbb',
        paddingLeft: () => 8,
        paddingRight: () => 8,
        paddingTop: () => 3,
        paddingBottom: () => 3,
      },
    }));
    if (m.draftMark) parts.push({ text: L.coverDraftNote, fontSize: 9.5, color: DRAFT_RED, alignment: 'center', margin: [mm(15), mm(10), mm(15), 0] });
    if (m.issuer) {
      parts.push({
        text: [upper(m.issuer, this.doc.language), ...(m.year ? ['\n', m.year] : [])],
        bold: true,
        alignment: 'center',
        fontSize: 11,
        absolutePosition: { x: MARGIN.left, y: pageHeight - MARGIN.bottom - mm(22) },
      });
    }
    return { stack: parts, pageBreak: 'after' };
  }


  toc(): Content {
    const body: TableCell[][] = this.doc.toc.map((entry) => {
      const level1 = entry.level === 1;
      return [
        { text: entry.heading, linkToDestination: entry.anchor, bold: level1, alignment: 'left', margin: [level1 ? 0 : INDENT, level1 ? 5 : 0, 0, 0] },
        { pageReference: entry.anchor, linkToDestination: entry.anchor, bold: level1, alignment: 'right', margin: [0, level1 ? 5 : 0, 0, 0] } as TableCell,
      ];
    });
    return {
      stack: [
        { text: this.L.toc, style: 'tocTitle', margin: [0, 0, 0, mm(8)] },
        { table: { widths: ['*', 'auto'], body, dontBreakRows: true }, layout: 'noBorders', fontSize: 10 },
      ],
    };
  }

  chapter(c: Chapter): Content {
    const parts: Content[] = [this.chapterHeading(c)];
    if (c.intro) parts.push(...proseBlocks(c.intro));
    parts.push(...this.notes(c.notes, 0));
    switch (c.kind) {
      case 'narrative':
        for (const part of c.parts) {
          parts.push(...keptWithNext(node(this.heading(part, c.anchor))));
          parts.push(indented([...proseBlocks(part.text), ...this.notes(part.notes, 0)]));
        }
        break;
      case 'terms':
        parts.push(this.glossary(c.terms));
        break;
      case 'roles':
        for (const group of c.groups) {
          parts.push(...keptWithNext(node(this.heading(group, c.anchor))));
          parts.push(indented(group.roles.map((role) => this.role(role))));
        }
        break;
      case 'mechanisms':
        for (const m of c.mechanisms) {
          parts.push(...keptWithNext(node(this.heading(m, c.anchor))));
          parts.push(indented(this.mechanism(m)));
        }
        break;
      case 'metrics':
        parts.push(node({ ...this.heading(c.table, c.anchor), pageBreak: 'before', pageOrientation: 'landscape' }));
        parts.push(this.metricTable(c.metrics));
        parts.push(node({ ...this.heading(c.definitions, c.anchor), pageBreak: 'before', pageOrientation: 'portrait' }));
        parts.push(indented(this.metricDefinitions(c.metrics)));
        break;
    }
    return { stack: parts };
  }

  private chapterHeading(h: Heading): Content {
    return {
      stack: [
        { text: h.number, style: 'chapter', id: h.anchor, outline: true, outlineText: h.heading, outlineExpanded: false } as ContentText,
        { text: h.title, style: 'chapter', margin: [0, 2, 0, mm(8)] },
      ],
      pageBreak: 'before',
    };
  }

  /** "A.  Title" with the number hanging, linked from the table of contents and the outline. */
  private heading(h: Heading, parent: string | undefined, size = BASE): Node {
    const title: Node = { text: h.title, id: h.anchor, style: 'heading', fontSize: size };
    if (parent !== undefined) Object.assign(title, { outline: true, outlineParentId: parent, outlineText: h.heading });
    return {
      columns: [
        { width: INDENT, text: h.number, style: 'heading', fontSize: size },
        { width: '*', ...title },
      ],
      columnGap: 0,
      margin: [0, 8, 0, 4],
    };
  }

  private notes(notes: readonly string[], indent: number): Content[] {
    if (notes.length === 0) return [];
    const stack: Content[] = [
      { text: this.L.openQuestions, bold: true, fontSize: 9, color: '#6b4a0f', margin: [0, 0, 0, 2] },
      ...notes.flatMap((n) => proseBlocks(n, { paragraphGap: 3 })),
    ];
    // A short box moves to the next page whole rather than leave its title alone at the foot.
    return [{ table: { widths: ['*'], dontBreakRows: true, body: [[{ stack, fontSize: 9 }]] }, layout: NOTE, margin: [indent, 2, 0, 8] }];
  }

  private glossary(terms: readonly TermEntry[]): Content {
    const L = this.L;
    return {
      stack: terms.map((t) => {
        const definition = proseInline(t.definition);
        const sentence = tidyRuns([
          { text: t.term, bold: true },
          ...(t.abbreviation ? [t.abbreviationLead ?? ' ', { text: t.abbreviation, bold: true }, t.abbreviationEnd ?? ''] : []),
          L.termIs,
          ...(definition ?? []),
        ]);
        const body: Content[] = [{ text: sentence, id: t.anchor, margin: [0, 0, 0, 2] } as ContentText];
        if (definition === undefined) body.push(...proseBlocks(t.definition));
        if (t.source) {
          body.push({ text: `${L.termSource}: ${t.source.citation}${t.source.verbatim ? ` (${L.termVerbatim})` : ''}`, style: 'small', italics: true, margin: [0, 0, 0, 3] });
        }
        if (t.boundary) body.push({ stack: proseBlocks(t.boundary, { paragraphGap: 3 }), fontSize: 9.5 });
        body.push(...this.notes(t.notes, 0));
        return numbered(t.number, body, 6);
      }),
    };
  }

  private role(role: RoleEntry): Content {
    const L = this.L;
    const body: Content[] = [];
    if (role.description) body.push(...proseBlocks(role.description));
    let sub = 0;
    if (role.appointment) {
      const a = role.appointment;
      const rows: TableCell[][] = [];
      if (a.by) rows.push([{ text: `${L.appointedBy}`, bold: true }, a.by]);
      if (a.instrument) rows.push([{ text: L.instrument, bold: true }, a.instrument]);
      if (a.term) rows.push([{ text: L.appointmentTerm, bold: true }, a.term]);
      const inner: Content[] = [];
      if (rows.length > 0) inner.push(fields(rows));
      if (a.criteria.length > 0) {
        inner.push({ text: `${L.criteria}:`, bold: true, margin: [0, 2, 0, 1] });
        inner.push(parenList(a.criteria));
      }
      body.push(numbered(number.lower(++sub), [{ text: L.appointment, bold: true, margin: [0, 0, 0, 2] }, ...inner], 4));
    }
    if (role.duties.length > 0) {
      body.push(numbered(number.lower(++sub), [{ text: L.duties, bold: true, margin: [0, 0, 0, 2] }, parenList(role.duties)], 4));
    }
    if (role.reportsTo) {
      body.push(numbered(number.lower(++sub), [{ text: [{ text: `${L.reportsTo}: `, bold: true }, this.ref(role.reportsTo)] }], 4));
    }
    body.push(...this.notes(role.notes, 0));
    return {
      stack: [
        ...keptWithNext({
          columns: [
            { width: INDENT, text: role.number, style: 'heading' },
            { width: '*', text: role.title, id: role.anchor, style: 'heading' },
          ],
          columnGap: 0,
          margin: [0, 6, 0, 3],
        }),
        indented(body),
      ],
    };
  }

  private mechanism(m: MechanismEntry): Content[] {
    const L = this.L;
    const out: Content[] = [...proseBlocks(m.description)];
    const rows: TableCell[][] = [];
    if (m.implements.length > 0) rows.push([{ text: L.implements, bold: true }, m.implements.join('; ')]);
    if (m.stakeholders.length > 0) rows.push([{ text: L.stakeholders, bold: true }, m.stakeholders.join(', ')]);
    if (m.levels.length > 0) rows.push([{ text: L.levels, bold: true }, m.levels.join(', ')]);
    if (m.responsible.length > 0) rows.push([{ text: L.responsible, bold: true }, { text: this.refs(m.responsible, ', ') }]);
    if (rows.length > 0) out.push(fields(rows));
    out.push({ text: `${L.steps}:`, bold: true, margin: [0, 4, 0, 2] });
    out.push({ ol: m.steps.map((s) => proseItem(s)), margin: [0, 0, 0, 4] } as Content);
    if (m.outputs.length > 0) {
      out.push({ text: `${L.outputs}:`, bold: true, margin: [0, 2, 0, 2] });
      out.push({ ol: [...m.outputs], type: 'lower-alpha', margin: [0, 0, 0, 4] } as Content);
    }
    if (m.indicators.length > 0) out.push({ text: [{ text: `${L.measuredBy}: `, bold: true }, ...this.refs(m.indicators, '; ')], margin: [0, 0, 0, 4] });
    out.push(...this.notes(m.notes, 0));
    return out;
  }

  private metricTable(metrics: readonly MetricEntry[]): Content {
    const L = this.L;
    const head = [L.colCode, L.colIndicator, L.colUnit, L.colBaseline, L.colTarget, L.colFrequency, L.colDataSource, L.colResponsible].map(
      (text) => ({ text, style: 'head' }) as TableCell,
    );
    const body: TableCell[][] = metrics.map((m) => [
      { text: m.code, style: 'cell', linkToDestination: m.anchor, noWrap: true },
      { text: m.indicator, style: 'cell' },
      { text: m.unit, style: 'cell' },
      { text: m.baseline, style: 'cell' },
      { stack: m.targets.map((target) => ({ text: target, noWrap: true })), style: 'cell' },
      { text: m.frequency, style: 'cell' },
      { text: m.dataSource, style: 'cell' },
      { text: this.ref(m.responsible), style: 'cell' },
    ]);
    return {
      table: { headerRows: 1, dontBreakRows: true, widths: [34, '*', 66, 58, 62, 56, 132, 92], body: [head, ...body] },
      layout: GRID,
      margin: [0, 4, 0, 8],
    };
  }

  private metricDefinitions(metrics: readonly MetricEntry[]): Content[] {
    const L = this.L;
    return metrics.map((m, i) => {
      const body: Content[] = [{ text: `${m.code} ${m.indicator}`, bold: true, id: m.anchor, alignment: 'left', margin: [0, 0, 0, 2] } as ContentText];
      if (m.definition) body.push(...proseBlocks(m.definition, { paragraphGap: 3 }));
      const rows: TableCell[][] = [];
      if (m.direction) rows.push([{ text: L.direction, bold: true }, m.direction]);
      if (m.baselineNote) rows.push([{ text: L.baselineNote, bold: true }, m.baselineNote]);
      if (m.measures.length > 0) rows.push([{ text: L.measures, bold: true }, { text: this.refs(m.measures, ', ') }]);
      if (rows.length > 0) body.push(fields(rows, 9.5));
      body.push(...this.notes(m.notes, 0));
      return numbered(number.arabic(i + 1), body, 8);
    });
  }

  appendix(a: Appendix): Content {
    const L = this.L;
    // Wide tables get landscape pages; an empty one stays on a portrait page.
    const landscape = (a.kind === 'commentTable' && a.rows.length > 0) || (a.kind === 'commentSummary' && a.totals.total > 0);
    const parts: Content[] = [{ ...(this.chapterHeading(a) as object), ...(landscape ? { pageOrientation: 'landscape' } : {}) } as Content];
    switch (a.kind) {
      case 'traceability': {
        parts.push({ text: a.intro, margin: [0, 0, 0, 6] });
        const none = { text: L.none, italics: true };
        const head = [L.colProvision, L.colMechanisms, L.colResponsible, L.colIndicators].map((text) => ({ text, style: 'head' }) as TableCell);
        const body: TableCell[][] = a.rows.map((r) => [
          {
            stack: [
              { text: [{ text: r.provision.label, bold: true }, r.provision.basis ? ` ${r.provision.basis}` : ''] },
              { text: r.provision.text, color: '#444444', fontSize: 7.5, margin: [0, 2, 0, 0] },
            ],
            style: 'cell',
          },
          { stack: r.mechanisms.length ? r.mechanisms.map((x) => ({ text: this.ref(x), margin: [0, 0, 0, 2] })) : [none], style: 'cell' },
          { stack: r.roles.length ? r.roles.map((x) => ({ text: this.ref(x), margin: [0, 0, 0, 2] })) : [none], style: 'cell' },
          { stack: r.indicators.length ? r.indicators.map((x) => ({ text: this.ref(x), margin: [0, 0, 0, 2] })) : [none], style: 'cell' },
        ] as TableCell[]);
        parts.push({ table: { headerRows: 1, widths: [110, '*', 90, '*'], body: [head, ...body] }, layout: GRID });
        break;
      }
      case 'commentSummary': {
        if (a.totals.total === 0) {
          parts.push({ text: L.commentsNone });
          break;
        }
        parts.push({ text: a.intro, margin: [0, 0, 0, 6] });
        const head = [L.colSection, L.colComments, L.colOpen, L.colResolved, ...a.columns].map((text) => ({ text, style: 'head' }) as TableCell);
        const row = (r: typeof a.totals, bold: boolean): TableCell[] => [
          { text: r.section, style: 'cell', bold },
          ...[r.total, r.open, r.resolved, ...r.dispositions].map((n) => ({ text: String(n), style: 'cell', alignment: 'right', bold }) as TableCell),
        ];
        parts.push({
          table: { headerRows: 1, dontBreakRows: true, widths: ['*', ...a.columns.map(() => 50), 50, 50, 50], body: [head, ...a.rows.map((r) => row(r, false)), row(a.totals, true)] },
          layout: GRID,
        });
        break;
      }
      case 'commentTable': {
        if (a.rows.length === 0) {
          parts.push({ text: L.commentsNone });
          break;
        }
        const head = [L.colNo, L.colSection, L.colCommenter, L.colType, L.colComment, L.colProposed, L.colResponse, L.colDisposition].map(
          (text) => ({ text, style: 'head' }) as TableCell,
        );
        const small = (md: string | undefined): Content[] => (md ? proseBlocks(md, { paragraphGap: 2 }) : []);
        const body: TableCell[][] = a.rows.map((r) => [
          { text: r.number, style: 'cell', alignment: 'right' },
          { text: r.section, style: 'cell' },
          { text: r.commenter, style: 'cell' },
          { text: r.type, style: 'cell' },
          {
            stack: [
              ...(r.quote ? [{ text: `“${r.quote}”`, italics: true, color: '#444444', margin: [0, 0, 0, 2] } as Content] : []),
              ...small(r.text),
              ...r.replies.flatMap((x) => [
                { text: `${L.reply} — ${x.author}, ${x.date}:`, bold: true, margin: [0, 3, 0, 1] } as Content,
                ...small(x.text),
              ]),
            ],
            style: 'cell',
          },
          { stack: small(r.proposedChange), style: 'cell' },
          { stack: small(r.response), style: 'cell' },
          { text: r.disposition, style: 'cell' },
        ]);
        parts.push({ table: { headerRows: 1, widths: [18, 80, 70, 50, '*', '*', '*', 58], body: [head, ...body] }, layout: GRID });
        break;
      }
    }
    return { stack: parts };
  }

  private ref(ref: Ref): ContentText {
    if (ref.anchor !== undefined && this.ids.has(ref.anchor)) return { text: ref.text, linkToDestination: ref.anchor, color: LINK_COLOR };
    return { text: ref.text };
  }

  private refs(refs: readonly Ref[], separator: string): ContentText[] {
    return refs.flatMap((r, i) => (i === 0 ? [this.ref(r)] : [{ text: separator }, this.ref(r)]));
  }
}

/** A table of label: value rows without borders. */
function fields(rows: TableCell[][], fontSize?: number): Content {
  return { table: { widths: [112, '*'], body: rows.map(([label, value]) => [{ ...(label as object), text: `${(label as ContentText).text}:` } as TableCell, value!]) }, layout: FIELDS, margin: [0, 0, 0, 4], ...(fontSize ? { fontSize } : {}) } as Content;
}

/** 1) 2) 3) items from prose. */
function parenList(items: readonly string[]): Content {
  return { ol: items.map((s) => proseItem(s)), separator: ['', ')'], margin: [0, 0, 0, 3] } as Content;
}

function proseItem(markdown: string): Content {
  const inline = proseInline(markdown);
  if (inline !== undefined) return { text: inline, margin: [0, 0, 0, 2] };
  return { stack: proseBlocks(markdown, { paragraphGap: 2 }) };
}

/** A number hanging in its own column, content beside it. */
function numbered(label: string, body: Content[], gap: number): Content {
  return {
    columns: [
      { width: INDENT, text: label },
      { width: '*', stack: body },
    ],
    columnGap: 0,
    margin: [0, 0, 0, gap],
  };
}

function indented(body: Content | Content[]): Content {
  return { stack: Array.isArray(body) ? body : [body], margin: [INDENT, 0, 0, 0] };
}

function centred(inner: Content): Content {
  return node({ columns: [{ width: '*', text: '' }, { width: 'auto', ...(inner as object) }, { width: '*', text: '' }], columnGap: 0 });
}

function upper(text: string, language: string): string {
  return text.toLocaleUpperCase(language === 'en' ? 'en' : 'id');
}

const TEXT_KEYS = new Set(['text', 'stack', 'columns', 'ol', 'ul', 'body', 'outlineText']);

/** Every printed string in a pdfmake content tree, for the glyph check. */
function collectText(node: unknown): string {
  const parts: string[] = [];
  const walk = (value: unknown, textual: boolean): void => {
    if (typeof value === 'string') {
      if (textual) parts.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, textual);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, TEXT_KEYS.has(key));
    }
  };
  walk(node, true);
  return parts.join('\n');
}
