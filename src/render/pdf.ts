// The print-ready PDF, typeset by Typst (the native compiler of @myriaddreamin/typst-ts-node-compiler):
// tagged (headings, lists, tables with header rows, links, language) by default, PDF/A-2b or
// PDF/UA-1 on request, Merriweather embedded, A4 or F4, bookmarks, a table of contents with
// the real page numbers, "Halaman X dari Y" centred at the foot, wide tables on landscape pages,
// and on drafts a DRAF watermark drawn as outlines and marked as an artifact (outside the text layer).
//
// The document model goes to templates/document.typ as JSON data (pdfData, pure); the template
// and its partials (templates/typst/*.typ) can be overridden by a guideline's own templates/
// folder, as the eta templates can. The compiler is a native module of some 50 MB: it is
// imported only when a PDF is rendered.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fontData, FONT_FAMILY, missingGlyphs } from './fonts.js';
import type { Appendix, Chapter, DocumentModel, FormEntry, Heading, IndicatorEntry, Ref, RoleEntry, SourceEntry, TermEntry } from './model.js';
import { fill } from './labels.js';
import { PAPER, type Paper } from './paper.js';
import type { PdfStandard } from './pdf-standards.js';
import { acceptMarks } from './redline.js';
import { BUILTIN_TEMPLATES, TEMPLATES_DIR, TemplateError } from './templates.js';
import { proseBlocks, type Block } from './typst-prose.js';

export const PDF_TEMPLATE = 'document.typ';

export { PDF_STANDARDS, type PdfStandard } from './pdf-standards.js';

export interface PdfOptions {
  /** The guideline root; its `templates/` folder overrides pedoman's Typst templates. */
  root: string;
  paper: Paper;
  /** Written as the PDF's creation date; pin it (--date, SOURCE_DATE_EPOCH) for identical files. */
  creationDate: Date;
  /** PDF/A-2b (archive) or PDF/UA-1 (accessibility); without it, a tagged PDF 1.7. */
  standard?: PdfStandard;
  /** Draw each mechanism's steps as a flowchart too (default true). */
  flowcharts?: boolean;
}

export interface PdfResult {
  pdf: Buffer;
  /** Pages of the PDF. */
  pages: number;
  /** Characters Merriweather has no glyph for (a built-in fallback font draws them, or nothing does). */
  missingGlyphs: string[];
  /** Warnings of the Typst compiler, one line each, with the template file and line. */
  warnings: string[];
}

/** Where the template sees its files: a folder that does not exist, so nothing on disk is read but what is mapped. */
const VIRTUAL_ROOT = join(BUILTIN_TEMPLATES, '.typst-root');
const TEMPLATE_EXTENSIONS = /\.(typ|svg|png|jpe?g|gif)$/i;

export async function renderPdf(doc: DocumentModel, options: PdfOptions): Promise<PdfResult> {
  const data = pdfData(doc, options);
  const missing = missingGlyphs(collectText(data));
  const compiler = await typstCompiler();
  compiler.resetShadow();
  const files = templateFiles(options.root);
  for (const [virtual, real] of files) compiler.mapShadow(virtual, readFileSync(real));
  compiler.mapShadow(join(VIRTUAL_ROOT, 'data.json'), Buffer.from(JSON.stringify(data)));
  if (data.watermark) compiler.mapShadow(join(VIRTUAL_ROOT, 'watermark.svg'), Buffer.from(watermarkSvg(compiler, doc.labels.watermark)));

  const main = join(VIRTUAL_ROOT, TEMPLATES_DIR, PDF_TEMPLATE);
  const compiled = compiler.compile({ mainFilePath: main });
  const warnings = diagnostics(compiler, compiled.takeWarnings(), files).map((w) => w.text);
  const error = compiled.takeError();
  if (error || !compiled.result) throw templateError(diagnostics(compiler, error, files));
  const document = compiled.result;
  // The laid-out document is all the export needs: the compiler's memo of the layout is let go
  // first, so that the export reuses its memory (some 70 MB less at the peak for 250 pages).
  compiler.evictCache(0);
  let pdf: Buffer;
  try {
    pdf = compiler.pdf(document, options.standard ? { pdfStandard: options.standard } : {});
  } catch (failure) {
    // A standard's checks fail as a thrown list of Typst diagnostics ("PDF/A-2b error: …").
    throw new TemplateError(standardMessage(failure), files.get(main));
  }
  return { pdf, pages: document.numOfPages, missingGlyphs: missing, warnings };
}

// ---- data for the template ---------------------------------------------------------------

/** A prose field as the template receives it: blocks of structured content. */
type Prose = Block[];

export interface PdfData {
  language: string;
  paper: { width: number; height: number };
  watermark: boolean;
  pdf: { title: string; author: string; subject: string; keywords: string[]; date: Record<string, number> };
  labels: DocumentModel['labels'];
  meta: DocumentModel['meta'];
  toc: DocumentModel['toc'];
  redline?: Record<string, unknown>;
  chapters: unknown[];
  appendices: unknown[];
}

/** The document model as the Typst template reads it: prose as structured content, links only to places that exist. Pure. */
export function pdfData(doc: DocumentModel, options: Pick<PdfOptions, 'paper' | 'creationDate' | 'flowcharts'>): PdfData {
  const paper = PAPER[options.paper];
  const anchors = placedAnchors(doc);
  const ref = (r: Ref): Ref => (r.anchor !== undefined && anchors.has(r.anchor) ? { text: r.text, anchor: r.anchor } : { text: r.text });
  const refs = (list: readonly Ref[]): Ref[] => list.map(ref);
  const prose = (p: string): Prose => proseBlocks(p);
  const proseList = (list: readonly string[]): Prose[] => list.map(prose);
  const d = options.creationDate;
  const meta = doc.meta;
  const data: PdfData = {
    language: doc.language,
    paper: { width: paper.widthMm, height: paper.heightMm },
    watermark: meta.draftMark !== undefined,
    pdf: {
      title: acceptMarks(meta.title),
      author: acceptMarks(meta.issuer ?? ''),
      subject: acceptMarks(meta.subtitle ?? meta.title),
      keywords: [meta.id, meta.version, meta.statusLabel],
      date: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
    },
    labels: doc.labels,
    meta,
    toc: doc.toc,
    chapters: doc.chapters.map((c) => chapterData(c, { prose, proseList, ref, refs, labels: doc.labels, flowcharts: options.flowcharts !== false })),
    appendices: doc.appendices.map((a) => appendixData(a, { prose, proseList, ref, refs, labels: doc.labels, flowcharts: false })),
  };
  if (doc.redline) data.redline = { ...doc.redline };
  return data;
}

interface Convert {
  prose: (p: string) => Prose;
  proseList: (list: readonly string[]) => Prose[];
  ref: (r: Ref) => Ref;
  refs: (list: readonly Ref[]) => Ref[];
  labels: DocumentModel['labels'];
  flowcharts: boolean;
}

/** Sources as the template prints them: the address only when it is one to link to. */
function sourcesData(list: readonly SourceEntry[]): SourceEntry[] {
  return list.map((s) => ({ ...s }));
}

function chapterData(c: Chapter, x: Convert): unknown {
  const base = { ...heading(c), kind: c.kind, sectionId: c.sectionId, notes: x.proseList(c.notes), ...(c.intro !== undefined ? { intro: x.prose(c.intro) } : {}) };
  switch (c.kind) {
    case 'narrative':
      return { ...base, parts: c.parts.map((p) => ({ ...heading(p), id: p.id, text: x.prose(p.text), notes: x.proseList(p.notes), sources: sourcesData(p.sources) })) };
    case 'terms':
      return { ...base, terms: c.terms.map((t) => termData(t, x)) };
    case 'roles':
      return { ...base, groups: c.groups.map((g) => ({ ...heading(g), levelId: g.levelId, roles: g.roles.map((r) => roleData(r, x)) })) };
    case 'mechanisms':
      return {
        ...base,
        mechanisms: c.mechanisms.map((m) => ({
          ...heading(m),
          id: m.id,
          description: x.prose(m.description),
          implements: m.implements,
          stakeholders: m.stakeholders,
          levels: m.levels,
          responsible: x.refs(m.responsible),
          steps: x.proseList(m.steps),
          outputs: m.outputs,
          indicators: x.refs(m.indicators),
          notes: x.proseList(m.notes),
          sources: sourcesData(m.sources),
          ...(x.flowcharts && m.steps.length > 0
            ? {
                flowchart: {
                  caption: fill(x.labels.flowchart, { name: m.name }),
                  alt: fill(x.labels.flowchartDesc, { count: m.steps.length }),
                },
              }
            : {}),
        })),
      };
    case 'indicators':
      return { ...base, table: heading(c.table), definitions: heading(c.definitions), indicators: c.indicators.map((m) => indicatorData(m, x)) };
    case 'forms':
      return { ...base, forms: c.forms.map((f) => formData(f, x)) };
  }
}

function formData(f: FormEntry, x: Convert): unknown {
  const out: Record<string, unknown> = { ...f, purpose: x.prose(f.purpose), usedIn: x.refs(f.usedIn), notes: x.proseList(f.notes), sources: sourcesData(f.sources) };
  if (f.body !== undefined) out.body = x.prose(f.body);
  return out;
}

function heading(h: Heading): Heading {
  return { anchor: h.anchor, number: h.number, title: h.title, heading: h.heading };
}

function termData(t: TermEntry, x: Convert): unknown {
  const out: Record<string, unknown> = { ...t, definition: x.prose(t.definition), notes: x.proseList(t.notes), sources: sourcesData(t.sources) };
  if (t.boundary !== undefined) out.boundary = x.prose(t.boundary);
  return out;
}

function roleData(r: RoleEntry, x: Convert): unknown {
  const out: Record<string, unknown> = { ...r, duties: x.proseList(r.duties), notes: x.proseList(r.notes), sources: sourcesData(r.sources) };
  if (r.description !== undefined) out.description = x.prose(r.description);
  if (r.appointment) out.appointment = { ...r.appointment, criteria: x.proseList(r.appointment.criteria) };
  if (r.reportsTo) out.reportsTo = x.ref(r.reportsTo);
  return out;
}

function indicatorData(m: IndicatorEntry, x: Convert): unknown {
  const out: Record<string, unknown> = { ...m, responsible: x.ref(m.responsible), measures: x.refs(m.measures), notes: x.proseList(m.notes), sources: sourcesData(m.sources) };
  if (m.definition !== undefined) out.definition = x.prose(m.definition);
  return out;
}

function appendixData(a: Appendix, x: Convert): unknown {
  switch (a.kind) {
    case 'traceability':
      return { ...a, rows: a.rows.map((r) => ({ ...r, mechanisms: x.refs(r.mechanisms), roles: x.refs(r.roles), indicators: x.refs(r.indicators) })) };
    case 'roleMatrix':
      return { ...a, rows: a.rows.map((r) => ({ mechanism: x.ref(r.mechanism), cells: r.cells.map((cell) => (cell === undefined ? null : x.refs(cell))) })) };
    case 'commentSummary':
      return a;
    case 'commentTable':
      return {
        ...a,
        rows: a.rows.map((r) => ({
          ...r,
          text: x.prose(r.text),
          replies: r.replies.map((reply) => ({ ...reply, text: x.prose(reply.text) })),
          ...(r.proposedChange !== undefined ? { proposedChange: x.prose(r.proposedChange) } : {}),
          ...(r.reason !== undefined ? { reason: x.prose(r.reason) } : {}),
          ...(r.response !== undefined ? { response: x.prose(r.response) } : {}),
          history: r.history.map((step) => ({ ...step, text: x.prose(step.text) })),
        })),
      };
  }
}

/** The anchors the built-in template places: headings, roles, terms and indicator definitions. */
function placedAnchors(doc: DocumentModel): Set<string> {
  const ids = new Set(doc.toc.map((e) => e.anchor));
  for (const c of doc.chapters) {
    if (c.kind === 'roles') for (const g of c.groups) for (const r of g.roles) ids.add(r.anchor);
    if (c.kind === 'terms') for (const t of c.terms) ids.add(t.anchor);
    if (c.kind === 'indicators') for (const m of c.indicators) ids.add(m.anchor);
  }
  return ids;
}

/** Every string in the data, for the glyph check. */
function collectText(value: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown, key: string | undefined): void => {
    if (typeof v === 'string') {
      if (key !== 'anchor' && key !== 'url' && key !== 't') parts.push(v);
    } else if (Array.isArray(v)) {
      for (const item of v) walk(item, key);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) if (k !== 'labels' && k !== 'pdf') walk(inner, k);
    }
  };
  walk(value, undefined);
  return parts.join('\n').replace(/[\uE000-\uE003]/g, '');
}

// ---- the compiler --------------------------------------------------------------------------

type TypstModule = typeof import('@myriaddreamin/typst-ts-node-compiler');
type NodeCompiler = InstanceType<TypstModule['NodeCompiler']>;
type NodeError = NonNullable<ReturnType<ReturnType<NodeCompiler['compile']>['takeError']>>;

let cached: NodeCompiler | undefined;

/** One compiler per process, with Merriweather loaded from memory. */
async function typstCompiler(): Promise<NodeCompiler> {
  if (cached) return cached;
  const { NodeCompiler } = (await import('@myriaddreamin/typst-ts-node-compiler')) as TypstModule;
  cached = NodeCompiler.create({ workspace: VIRTUAL_ROOT, fontArgs: [{ fontBlobs: Object.values(fontData()) }] });
  return cached;
}

/** The watermark word as outlines (Typst's SVG draws glyphs as paths), so it adds no text to the PDF. */
function watermarkSvg(compiler: NodeCompiler, word: string): string {
  const source = `#set page(width: auto, height: auto, margin: 0pt, fill: none)\n#set text(font: "${FONT_FAMILY}", weight: "bold", size: 120pt, fill: rgb(160, 20, 20, 18))\n#sys.inputs.word`;
  return compiler.plainSvg({ mainFileContent: source, inputs: { word } });
}

/** pedoman's Typst templates and the guideline's overrides, by their path in the virtual root. */
function templateFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of [BUILTIN_TEMPLATES, join(root, TEMPLATES_DIR)]) {
    for (const file of walk(dir)) {
      const rel = relative(dir, file);
      if (!TEMPLATE_EXTENSIONS.test(rel) || rel.split(sep).some((part) => part.startsWith('.'))) continue;
      files.set(join(VIRTUAL_ROOT, TEMPLATES_DIR, rel), file);
    }
  }
  return files;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile() || (entry.isSymbolicLink() && statSync(path).isFile())) out.push(path);
  }
  return out.sort();
}

interface Diagnostic {
  message: string;
  file?: string;
  line?: number;
  column?: number;
  text: string;
}

interface RawDiagnostic {
  message?: string;
  path?: string;
  range?: { start?: { line?: number; character?: number } } | null;
  severity?: number;
}

/** Typst's diagnostics with the real file (the guideline's override or pedoman's template) and 1-based line. */
function diagnostics(compiler: NodeCompiler, error: NodeError | null, files: Map<string, string>): Diagnostic[] {
  if (!error) return [];
  const raw = compiler.fetchDiagnostics(error) as RawDiagnostic[];
  return raw
    .filter((x) => x.severity === undefined || x.severity <= 2)
    .map((x) => {
      const out: Diagnostic = { message: x.message ?? 'error', text: x.message ?? 'error' };
      const file = x.path ? (files.get(x.path) ?? (x.path.startsWith(VIRTUAL_ROOT) ? undefined : x.path)) : undefined;
      if (file !== undefined) out.file = file;
      const start = x.range?.start;
      if (start?.line !== undefined) {
        out.line = start.line + 1;
        out.column = (start.character ?? 0) + 1;
      }
      out.text = `${file ?? x.path ?? '?'}${out.line !== undefined ? `:${out.line}:${out.column}` : ''}: ${out.message}`;
      return out;
    });
}

function templateError(list: Diagnostic[]): TemplateError {
  const first = list[0];
  if (!first) return new TemplateError('the Typst compiler failed without a message', undefined);
  return new TemplateError(first.message, first.file, first.line, first.column);
}

function standardMessage(failure: unknown): string {
  const text = failure instanceof Error ? failure.message : String(failure);
  const messages = [...text.matchAll(/message: "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
  return messages.length > 0 ? [...new Set(messages)].join('; ') : text.split('\n')[0]!;
}
