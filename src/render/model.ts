// The document model: everything the consolidated draft prints, numbered and resolved, built
// once from the checked guideline. Pure: the same guideline and options give the same model.
// Every renderer (Markdown, HTML, PDF) reads this and nothing else.
import { type CommentRecord, type Disposition, DISPOSITIONS } from '../model/comment-types.js';
import type { ModelIndex } from '../model/lookup.js';
import { isFormHeading, type FormItem, type Guideline, type Item, type Manifest, type Mechanism, type Indicator, type Role, type Section, type Source, type Term } from '../model/types.js';
import { analyzeResponsibility } from '../analyze/responsibility.js';
import { fill, formatDate, formatNumber, labelsFor, lookup, type DocLanguage, type Labels } from './labels.js';
import { number, roman } from './numbering.js';
import { itemLabel } from '../model/kinds.js';
import { itemText } from '../comments/form.js';
import type { Thread, Threads } from '../model/threads.js';
import { DEL_END, DEL_START, INS_END, INS_START } from './redline.js';

/** Markdown text from the guideline (a `markdown` field in the schemas); each renderer converts it. */
export type Prose = string;

export type CommentsMode = 'none' | 'summary' | 'table';

export interface CommitInfo {
  /** Short hash of HEAD, undefined outside git. */
  hash?: string;
  /** The guideline folder has changes that are not committed. */
  dirty?: boolean;
}

export interface ModelOptions {
  final: boolean;
  /** Date printed on the cover (YYYY-MM-DD): --date, else the manifest's date. */
  date?: string;
  commit: CommitInfo;
  comments: { mode: CommentsMode; threads: Threads | undefined };
  /** A redline (--changes-since): the revision compared against and its date (YYYY-MM-DD). */
  redline?: { since: string; date?: string };
  /**
   * Only the table of comments and responses (`pedoman comment table`): a document whose one
   * part is that table, its comments on `section` alone when given.
   */
  tableOnly?: { section?: string };
}

/** A heading: its anchor (HTML id), printed number and title, and the text printed in full. */
export interface Heading {
  anchor: string;
  number: string;
  title: string;
  /** Number and title as printed, e.g. "BAB I PENDAHULUAN" or "A. Latar Belakang". */
  heading: string;
}

/** A name that may point at another place in the document. */
export interface Ref {
  text: string;
  anchor?: string;
}

export interface TocEntry {
  level: 1 | 2;
  anchor: string;
  heading: string;
}

export interface Meta {
  id: string;
  title: string;
  subtitle?: string;
  issuer?: string;
  version: string;
  status: string;
  statusLabel: string;
  date?: string;
  dateText?: string;
  year?: string;
  commitText: string;
  /** "DRAF" on every page and on the cover, unless final. */
  draftMark?: string;
}

/** A published source of an item's facts, as printed under it ("Sumber:"). */
export interface SourceEntry {
  citation: string;
  url?: string;
  /** "diakses 2 Desember 2026", when the date read is given. */
  accessed?: string;
}

export interface Part extends Heading {
  id: string;
  text: Prose;
  notes: Prose[];
  sources: SourceEntry[];
}

/** A blank of a form as printed: a heading between fields, or a field with its blanks. */
export type FormFieldEntry =
  | { kind: 'heading'; text: string }
  | {
      kind: 'field';
      label: string;
      type: 'text' | 'long-text' | 'date' | 'number' | 'choice' | 'checkbox' | 'table';
      required: boolean;
      hint?: string;
      options: string[];
      /** Blank lines to write on (1 but for a long-text). */
      lines: number;
      columns: string[];
      rows: number;
    };

export interface SignatureEntry {
  role: string;
  placeDate: boolean;
  nip: boolean;
}

/** Signature blocks on one line: a left and a right signer side by side, or one on its side. */
export interface SignatureRow {
  left?: SignatureEntry;
  right?: SignatureEntry;
}

/** A format (form, letter, decree) printed to be filled in by hand. */
export interface FormEntry extends Heading {
  id: string;
  purpose: Prose;
  usedIn: Ref[];
  body?: Prose;
  fields: FormFieldEntry[];
  signatures: SignatureRow[];
  notes: Prose[];
  sources: SourceEntry[];
}

export interface TermEntry {
  id: string;
  anchor: string;
  number: string;
  term: string;
  abbreviation?: string;
  /** Words between the term and its abbreviation (" yang selanjutnya disebut "). */
  abbreviationLead?: string;
  abbreviationEnd?: string;
  definition: Prose;
  source?: { citation: string; verbatim: boolean };
  boundary?: Prose;
  notes: Prose[];
  sources: SourceEntry[];
}

export interface RoleEntry extends Heading {
  id: string;
  name: string;
  description?: Prose;
  appointment?: { by?: string; instrument?: string; term?: string; criteria: Prose[] };
  duties: Prose[];
  reportsTo?: Ref;
  /** The letters of the role's parts (a. Penunjukan, b. Tugas, c. Bertanggung jawab kepada), only of the parts it has. */
  partNumbers: { appointment?: string; duties?: string; reportsTo?: string };
  notes: Prose[];
  sources: SourceEntry[];
}

export interface RoleGroup extends Heading {
  levelId: string;
  roles: RoleEntry[];
}

export interface MechanismEntry extends Heading {
  id: string;
  name: string;
  description: Prose;
  implements: string[];
  stakeholders: string[];
  levels: string[];
  responsible: Ref[];
  steps: Prose[];
  outputs: string[];
  indicators: Ref[];
  notes: Prose[];
  sources: SourceEntry[];
}

export interface IndicatorEntry {
  id: string;
  anchor: string;
  number: string;
  code: string;
  indicator: string;
  definition?: Prose;
  unit: string;
  baseline: string;
  baselineNote?: string;
  targets: string[];
  /** The level in the document's language (Keluaran, Hasil, Dampak). */
  level?: string;
  direction?: string;
  frequency: string;
  dataSource: string;
  responsible: Ref;
  measures: Ref[];
  notes: Prose[];
  sources: SourceEntry[];
}

interface ChapterBase extends Heading {
  sectionId: string;
  /** An annex of the guideline (manifest `annexes`): numbered LAMPIRAN, printed after the body. */
  annex?: boolean;
  intro?: Prose;
  notes: Prose[];
}

export type Chapter =
  | (ChapterBase & { kind: 'narrative'; parts: Part[] })
  | (ChapterBase & { kind: 'terms'; terms: TermEntry[] })
  | (ChapterBase & { kind: 'roles'; groups: RoleGroup[] })
  | (ChapterBase & { kind: 'mechanisms'; mechanisms: MechanismEntry[] })
  | (ChapterBase & { kind: 'indicators'; table: Heading; definitions: Heading; indicators: IndicatorEntry[] })
  | (ChapterBase & { kind: 'forms'; forms: FormEntry[] });

export interface TraceRow {
  provision: { id: string; label: string; text: string; basis?: string };
  mechanisms: Ref[];
  roles: Ref[];
  indicators: Ref[];
}

export interface SummaryRow {
  section: string;
  total: number;
  /** Waiting for the drafting team's answer. */
  open: number;
  /** The commenter objected to the answer; waiting for a new answer or an overruling. */
  objected: number;
  /** Answered (accepted, overruled, withdrawn or waiting for the commenter). */
  resolved: number;
  dispositions: number[];
}

export interface CommentReply {
  author: string;
  date: string;
  text: Prose;
}

export interface CommentRow {
  number: string;
  id: string;
  section: string;
  commenter: string;
  type: string;
  quote?: string;
  text: Prose;
  replies: CommentReply[];
  proposedChange?: Prose;
  /** Why the commenter proposes it (the DIM's alasan). */
  reason?: Prose;
  response?: Prose;
  disposition: string;
  /** The commenter's response to the answer: accepts, objects, withdrew, or has not said. */
  verdict: string;
  /** Objections, earlier answers and overrulings, in order, for the verdict column. */
  history: CommentStep[];
  /** The item's text as drafted (DIM "rumusan"): only in the table of `comment table`. */
  rumusan?: string;
  /** The section and item ids commented on (the key columns of the DIM). */
  sectionId: string;
  itemId?: string;
}

export interface CommentStep {
  /** The label: Keberatan, Tanggapan sebelumnya, Tanggapan atas keberatan. */
  label: string;
  date: string;
  text: Prose;
  /** "dicatat oleh …: disampaikan dalam rapat 14 Juli", when recorded for the commenter. */
  recorded?: string;
}

/** One mechanism of the roles × levels matrix: per level, the roles answering there, or undefined where it does not run. */
export interface RoleMatrixRow {
  mechanism: Ref;
  cells: (Ref[] | undefined)[];
}

export type Appendix =
  | (Heading & { kind: 'traceability'; intro: string; rows: TraceRow[] })
  | (Heading & { kind: 'roleMatrix'; intro: string; levels: string[]; rows: RoleMatrixRow[] })
  | (Heading & { kind: 'commentSummary'; intro: string; columns: string[]; rows: SummaryRow[]; totals: SummaryRow })
  | (Heading & { kind: 'commentTable'; rows: CommentRow[] });

/**
 * What a redline compares against: its heading ("Perubahan sejak v0.1 (12 November 2026)") and a
 * legend whose samples carry the redline's own marks, so every renderer styles them as it styles changes.
 */
export interface RedlineInfo extends Heading {
  since: string;
  date?: string;
  intro: string;
  inserted: string;
  deleted: string;
}

export interface DocumentModel {
  language: DocLanguage;
  labels: Labels;
  final: boolean;
  meta: Meta;
  redline?: RedlineInfo;
  toc: TocEntry[];
  chapters: Chapter[];
  appendices: Appendix[];
}

const DISPOSITION_COLUMNS: readonly (Disposition | 'pending')[] = [...DISPOSITIONS, 'pending'];

export function buildDocument(guideline: Guideline, index: ModelIndex, options: ModelOptions): DocumentModel {
  const manifest = guideline.manifest;
  if (!manifest) throw new Error('buildDocument needs a readable manifest');
  const labels = labelsFor(manifest.language);
  const upper = (s: string): string => s.toLocaleUpperCase(manifest.language === 'en' ? 'en' : 'id');
  const notes = (list: readonly string[] | undefined): Prose[] => (options.final ? [] : [...(list ?? [])]);
  const names = new Names(manifest, index);

  // The body's sections are BAB I, II, …; the annexes after them LAMPIRAN I, II, … in the
  // order listed, and the appendices pedoman adds (traceability, comments) continue that count.
  let bodyCount = 0;
  let annexCount = 0;
  const chapters: Chapter[] = guideline.sections.map((section) => {
    const numberText = section.annex ? `${labels.appendix} ${roman(++annexCount)}` : `${labels.chapter} ${roman(++bodyCount)}`;
    const base: ChapterBase = {
      sectionId: section.id,
      anchor: `bab-${section.id}`,
      number: numberText,
      title: upper(section.title),
      heading: `${numberText} ${upper(section.title)}`,
      notes: notes(section.open_questions),
    };
    if (section.annex) base.annex = true;
    if (section.intro !== undefined) base.intro = section.intro;
    return buildChapter(section, base, { labels, names, index, notes, manifest, sources: (list) => sourceEntries(list, labels) });
  });

  const appendices: Appendix[] = [];
  const appendixHeading = (slug: string, title: string): Heading => {
    const numberText = `${labels.appendix} ${roman(annexCount + appendices.length + 1)}`;
    return { anchor: `lampiran-${slug}`, number: numberText, title: upper(title), heading: `${numberText} ${upper(title)}` };
  };
  const rows = options.tableOnly ? [] : traceRows(manifest, index, names);
  if (rows.length > 0) {
    appendices.push({ ...appendixHeading('keterlacakan', labels.traceability), kind: 'traceability', intro: labels.traceabilityIntro, rows });
  }
  const matrix = roleMatrix(guideline, index, names);
  if (matrix.rows.length > 0 && !options.tableOnly) {
    appendices.push({ ...appendixHeading('matriks-peran', labels.roleMatrix), kind: 'roleMatrix', intro: labels.roleMatrixIntro, ...matrix });
  }
  if (options.tableOnly) {
    const comments = new CommentView(options.comments.threads, guideline, chapters, labels, options.tableOnly.section);
    const rows = comments.table().map((row) => {
      const section = guideline.sections.find((s) => s.id === row.sectionId);
      const item = (section?.items as Item[] | undefined)?.find((x) => x.id === row.itemId);
      return item ? { ...row, rumusan: itemText(item as unknown as Record<string, unknown>, itemLabel(item, section?.kind)) } : row;
    });
    const table: Appendix = { anchor: 'tabel-masukan', number: '', title: upper(labels.commentTable), heading: upper(labels.commentTable), kind: 'commentTable', rows };
    appendices.push(table);
  } else if (options.comments.mode !== 'none') {
    const comments = new CommentView(options.comments.threads, guideline, chapters, labels);
    appendices.push({
      ...appendixHeading('ringkasan-masukan', labels.commentSummary),
      kind: 'commentSummary',
      intro: labels.commentSummaryIntro,
      columns: DISPOSITION_COLUMNS.map((d) => lookup(labels, `disposition.${d}`) ?? d),
      ...comments.summary(),
    });
    if (options.comments.mode === 'table') {
      appendices.push({ ...appendixHeading('tabel-masukan', labels.commentTable), kind: 'commentTable', rows: comments.table() });
    }
  }

  const date = options.date ?? manifest.date;
  const meta: Meta = {
    id: manifest.id,
    title: manifest.title,
    version: manifest.version,
    status: manifest.status,
    statusLabel: lookup(labels, `status.${manifest.status}`) ?? manifest.status,
    commitText: options.commit.hash
      ? options.commit.dirty
        ? fill(labels.commitDirty, { commit: options.commit.hash })
        : options.commit.hash
      : labels.commitUnknown,
  };
  if (manifest.subtitle !== undefined) meta.subtitle = manifest.subtitle;
  if (manifest.issuer !== undefined) meta.issuer = manifest.issuer;
  if (date !== undefined) {
    meta.date = date;
    meta.dateText = formatDate(date, labels);
    meta.year = date.slice(0, 4);
  }
  if (!options.final) meta.draftMark = labels.coverDraft;

  const doc: DocumentModel = {
    language: manifest.language === 'en' ? 'en' : 'id',
    labels,
    final: options.final,
    meta,
    toc: [],
    chapters: options.tableOnly ? [] : chapters,
    appendices,
  };
  if (options.redline) doc.redline = redlineInfo(options.redline, labels);
  doc.toc = options.tableOnly ? [] : tableOfContents(doc.redline, chapters, appendices);
  return doc;
}

function redlineInfo(redline: { since: string; date?: string }, labels: Labels): RedlineInfo {
  const title = redline.date !== undefined
    ? fill(labels.redlineHeadingDated, { rev: redline.since, date: formatDate(redline.date, labels) })
    : fill(labels.redlineHeading, { rev: redline.since });
  const info: RedlineInfo = {
    anchor: 'perubahan',
    number: '',
    title,
    heading: title,
    since: redline.since,
    intro: fill(labels.redlineIntro, { rev: redline.since }),
    inserted: `${INS_START}${labels.redlineInserted}${INS_END}`,
    deleted: `${DEL_START}${labels.redlineDeleted}${DEL_END}`,
  };
  if (redline.date !== undefined) info.date = redline.date;
  return info;
}

/** The roles × levels matrix of `pedoman analyze`: each mechanism, the levels where it runs, the roles answering there. */
function roleMatrix(guideline: Guideline, index: ModelIndex, names: Names): { levels: string[]; rows: RoleMatrixRow[] } {
  const result = analyzeResponsibility(guideline, index);
  const rows = result.rows.map((row) => ({
    mechanism: names.mechanism(row.mechanism.item.id),
    cells: result.levels.map((level) => row.cells.get(level)?.map((role) => names.role(role.item.id))),
  }));
  return { levels: result.levels.map((level) => names.level(level)), rows };
}

interface ChapterContext {
  labels: Labels;
  names: Names;
  index: ModelIndex;
  manifest: Manifest;
  notes: (list: readonly string[] | undefined) => Prose[];
  sources: (list: readonly Source[] | undefined) => SourceEntry[];
}

function buildChapter(section: Section, base: ChapterBase, ctx: ChapterContext): Chapter {
  const { labels, names, index, notes, manifest, sources } = ctx;
  switch (section.kind) {
    case 'narrative':
      return {
        ...base,
        kind: 'narrative',
        parts: section.items.map((item, i) => ({
          id: item.id,
          ...heading(item.id, number.upper(i + 1), item.title),
          text: item.text,
          notes: notes(item.open_questions),
          sources: sources(item.sources),
        })),
      };
    case 'terms':
      return { ...base, kind: 'terms', terms: section.items.map((term, i) => termEntry(term, i, labels, ctx)) };
    case 'roles': {
      const levelOrder = manifest.levels.map((l) => l.id);
      const extra = [...new Set(section.items.map((r) => r.level))].filter((l) => !levelOrder.includes(l));
      const groups: RoleGroup[] = [];
      for (const levelId of [...levelOrder, ...extra]) {
        const roles = section.items.filter((r) => r.level === levelId);
        if (roles.length === 0) continue;
        groups.push({
          levelId,
          ...heading(`${section.id}-${levelId}`, number.upper(groups.length + 1), names.level(levelId)),
          roles: roles.map((role, i) => roleEntry(role, i, names, ctx)),
        });
      }
      return { ...base, kind: 'roles', groups };
    }
    case 'mechanisms':
      return {
        ...base,
        kind: 'mechanisms',
        mechanisms: section.items.map((m, i) => mechanismEntry(m, i, names, index, ctx)),
      };
    case 'indicators':
      return {
        ...base,
        kind: 'indicators',
        table: heading(`${section.id}-tabel`, number.upper(1), labels.indicatorTable),
        definitions: heading(`${section.id}-definisi`, number.upper(2), labels.indicatorDefinitions),
        indicators: section.items.map((m, i) => indicatorEntry(m, i, labels, names, ctx)),
      };
    case 'forms':
      return { ...base, kind: 'forms', forms: section.items.map((item, i) => formEntry(item, i, names, ctx)) };
  }
}

function formEntry(form: FormItem, i: number, names: Names, { notes, sources }: ChapterContext): FormEntry {
  const entry: FormEntry = {
    id: form.id,
    ...heading(form.id, number.upper(i + 1), form.title),
    purpose: form.purpose,
    usedIn: (form.used_in ?? []).map((id) => names.mechanismOrRole(id)),
    fields: (form.fields ?? []).map((f): FormFieldEntry => {
      if (isFormHeading(f)) return { kind: 'heading', text: f.heading };
      const field: FormFieldEntry = {
        kind: 'field',
        label: f.label,
        type: f.type,
        required: f.required === true,
        options: [...(f.options ?? [])],
        lines: f.type === 'long-text' ? (f.lines ?? 3) : 1,
        columns: [...(f.columns ?? [])],
        rows: f.type === 'table' ? (f.rows ?? 5) : 0,
      };
      if (f.hint !== undefined) field.hint = f.hint;
      return field;
    }),
    signatures: signatureRows(form),
    notes: notes(form.open_questions),
    sources: sources(form.sources),
  };
  if (form.body !== undefined) entry.body = form.body;
  return entry;
}

/** Signers in order; a left signer and the right one next to it share a line. */
function signatureRows(form: FormItem): SignatureRow[] {
  const rows: SignatureRow[] = [];
  for (const s of form.signatures ?? []) {
    const entry: SignatureEntry = { role: s.role, placeDate: s.place_date !== false, nip: s.nip === true };
    const side = s.side ?? 'right';
    const last = rows[rows.length - 1];
    if (last && last[side] === undefined && (side === 'right' ? last.left : last.right) !== undefined) last[side] = entry;
    else rows.push({ [side]: entry });
  }
  return rows;
}

/** The sources of an item as printed: the date read in the document's words. */
function sourceEntries(list: readonly Source[] | undefined, labels: Labels): SourceEntry[] {
  return (list ?? []).map((s) => {
    const entry: SourceEntry = { citation: s.citation };
    if (s.url !== undefined) entry.url = s.url;
    if (s.accessed !== undefined) entry.accessed = fill(labels.sourceAccessed, { date: formatDate(s.accessed, labels) });
    return entry;
  });
}

function heading(anchor: string, numberText: string, title: string): Heading {
  return { anchor, number: numberText, title, heading: `${numberText} ${title}` };
}

/** "disingkat" for an acronym of capitals (LPKA, PKS), "disebut" for a short name (Rutan, UPT Pemasyarakatan). */
export function abbreviationVerb(abbreviation: string): 'disebut' | 'disingkat' {
  return /^[A-Z]{2,}$/.test(abbreviation) ? 'disingkat' : 'disebut';
}

function termEntry(term: Term, i: number, labels: Labels, { notes, sources }: ChapterContext): TermEntry {
  const entry: TermEntry = {
    id: term.id,
    anchor: term.id,
    number: number.arabic(i + 1),
    term: term.term,
    definition: term.definition,
    notes: notes(term.open_questions),
    sources: sources(term.sources),
  };
  if (term.abbreviation !== undefined) {
    entry.abbreviation = term.abbreviation;
    entry.abbreviationLead = abbreviationVerb(term.abbreviation) === 'disingkat' ? labels.termDisingkat : labels.termDisebut;
    entry.abbreviationEnd = labels.termAbbrevEnd;
  }
  if (term.source) entry.source = { citation: term.source.citation, verbatim: term.source.verbatim === true };
  if (term.boundary !== undefined) entry.boundary = term.boundary;
  return entry;
}

function roleEntry(role: Role, i: number, names: Names, { notes, sources }: ChapterContext): RoleEntry {
  const entry: RoleEntry = {
    id: role.id,
    name: role.name,
    ...heading(role.id, number.arabic(i + 1), role.name),
    duties: [...role.duties],
    partNumbers: {},
    notes: notes(role.open_questions),
    sources: sources(role.sources),
  };
  if (role.description !== undefined) entry.description = role.description;
  if (role.appointment) {
    const a = role.appointment;
    entry.appointment = { criteria: [...(a.criteria ?? [])] };
    if (a.by !== undefined) entry.appointment.by = names.appointer(a.by);
    if (a.instrument !== undefined) entry.appointment.instrument = a.instrument;
    if (a.term !== undefined) entry.appointment.term = a.term;
  }
  if (role.reports_to !== undefined) entry.reportsTo = names.roleOrAuthority(role.reports_to);
  // The parts below a role are lettered (Lampiran II UU 12/2011: 1. → a. → 1)), counting only those it has.
  let part = 0;
  if (entry.appointment) entry.partNumbers.appointment = number.lower(++part);
  if (entry.duties.length > 0) entry.partNumbers.duties = number.lower(++part);
  if (entry.reportsTo) entry.partNumbers.reportsTo = number.lower(++part);
  return entry;
}

function mechanismEntry(m: Mechanism, i: number, names: Names, index: ModelIndex, { notes, sources }: ChapterContext): MechanismEntry {
  return {
    id: m.id,
    name: m.name,
    ...heading(m.id, number.upper(i + 1), m.name),
    description: m.description,
    implements: m.implements.map((p) => names.provision(p)),
    stakeholders: (m.stakeholders ?? []).map((s) => names.stakeholder(s)),
    levels: (m.levels ?? []).map((l) => names.level(l)),
    responsible: (m.responsible ?? []).map((r) => names.role(r)),
    steps: [...m.steps],
    outputs: [...(m.outputs ?? [])],
    indicators: index.indicators.filter(({ item }) => item.measures?.includes(m.id)).map(({ item }) => names.indicator(item)),
    notes: notes(m.open_questions),
    sources: sources(m.sources),
  };
}

function indicatorEntry(m: Indicator, i: number, labels: Labels, names: Names, { notes, sources }: ChapterContext): IndicatorEntry {
  const num = (v: number): string => formatNumber(v, labels);
  // A baseline with no value yet but a year is measured in that year (its note says from what).
  const b = m.baseline;
  const baseline = !b
    ? labels.baselineNone
    : b.value === null
      ? b.year !== undefined ? labels.baselinePending.replace('{year}', String(b.year)) : labels.baselineNone
      : `${num(b.value)}${b.year !== undefined ? ` (${b.year})` : ''}`;
  const entry: IndicatorEntry = {
    id: m.id,
    anchor: m.id,
    number: String(i + 1),
    code: m.code ?? String(i + 1),
    indicator: m.indicator,
    unit: m.unit ?? '',
    baseline,
    targets: (m.targets ?? []).map((t) => `${t.year}: ${num(t.value)}`),
    frequency: m.frequency ? (lookup(labels, `frequency.${m.frequency}`) ?? m.frequency) : '',
    dataSource: m.data_source ?? '',
    responsible: m.responsible !== undefined ? names.role(m.responsible) : { text: '' },
    measures: (m.measures ?? []).map((id) => names.mechanism(id)),
    notes: notes(m.open_questions),
    sources: sources(m.sources),
  };
  if (m.definition !== undefined) entry.definition = m.definition;
  if (m.baseline?.note !== undefined) entry.baselineNote = m.baseline.note;
  if (m.level !== undefined) entry.level = lookup(labels, `level.${m.level}`) ?? m.level;
  if (m.direction !== undefined) entry.direction = lookup(labels, `direction.${m.direction}`) ?? m.direction;
  return entry;
}

/**
 * One row per provision that the guideline must implement (rule provision-implemented) or that
 * a mechanism implements: the required ones first, then the others in the manifest's order.
 */
function traceRows(manifest: Manifest, index: ModelIndex, names: Names): TraceRow[] {
  const required = new Set<string>();
  const setting = manifest.rules?.['provision-implemented'];
  if (typeof setting === 'object' && setting !== null && setting.severity !== 'off') {
    const listed = setting.options?.provisions;
    if (Array.isArray(listed)) for (const id of listed) if (typeof id === 'string') required.add(id);
  }
  const implementedBy = new Map<string, Mechanism[]>();
  for (const { item } of index.mechanisms) {
    for (const id of item.implements) {
      const list = implementedBy.get(id) ?? [];
      list.push(item);
      implementedBy.set(id, list);
    }
  }
  // The provisions the guideline must implement (the forms of Pasal 92) lead, in the rule's order.
  const all = manifest.legal_basis.flatMap((basis) => (basis.provisions ?? []).map((provision) => ({ basis, provision })));
  const order = [...required].map((id) => all.find((x) => x.provision.id === id)).filter((x) => x !== undefined);
  for (const x of all) if (!required.has(x.provision.id)) order.push(x);
  const rows: TraceRow[] = [];
  for (const { basis, provision } of order) {
    const mechanisms = implementedBy.get(provision.id) ?? [];
    if (mechanisms.length === 0 && !required.has(provision.id)) continue;
    const roles = unique(mechanisms.flatMap((m) => m.responsible ?? [])).map((id) => names.role(id));
    const measuring = index.indicators.filter(({ item }) => mechanisms.some((m) => item.measures?.includes(m.id)));
    const row: TraceRow = {
      provision: { id: provision.id, label: provision.label, text: provision.text },
      mechanisms: mechanisms.map((m) => names.mechanism(m.id)),
      roles,
      indicators: measuring.map(({ item }) => names.indicator(item)),
    };
    if (basis.short !== undefined) row.provision.basis = basis.short;
    rows.push(row);
  }
  return rows;
}

function tableOfContents(redline: RedlineInfo | undefined, chapters: readonly Chapter[], appendices: readonly Appendix[]): TocEntry[] {
  const toc: TocEntry[] = [];
  const add = (level: 1 | 2, h: Heading): void => void toc.push({ level, anchor: h.anchor, heading: h.heading });
  if (redline) add(1, redline);
  for (const chapter of chapters) {
    add(1, chapter);
    switch (chapter.kind) {
      case 'narrative':
        chapter.parts.forEach((p) => add(2, p));
        break;
      case 'roles':
        chapter.groups.forEach((g) => add(2, g));
        break;
      case 'mechanisms':
        chapter.mechanisms.forEach((m) => add(2, m));
        break;
      case 'indicators':
        add(2, chapter.table);
        add(2, chapter.definitions);
        break;
      case 'forms':
        chapter.forms.forEach((f) => add(2, f));
        break;
      case 'terms':
        break;
    }
  }
  for (const appendix of appendices) add(1, appendix);
  return toc;
}

/** Resolves ids to the names a reader sees; an id that does not resolve (only with --force) prints as is. */
class Names {
  constructor(
    private readonly manifest: Manifest,
    private readonly index: ModelIndex,
  ) {}

  level(id: string): string {
    return this.index.levels.get(id)?.name ?? id;
  }

  stakeholder(id: string): string {
    return this.index.stakeholders.get(id)?.name ?? id;
  }

  role(id: string): Ref {
    const role = this.index.rolesById.get(id)?.item;
    return role ? { text: role.name, anchor: role.id } : { text: id };
  }

  roleOrAuthority(id: string): Ref {
    const authority = this.index.authorities.get(id);
    return authority ? { text: authority.name } : this.role(id);
  }

  appointer(id: string): string {
    return this.roleOrAuthority(id).text;
  }

  mechanism(id: string): Ref {
    const m = this.index.mechanismsById.get(id)?.item;
    return m ? { text: m.name, anchor: m.id } : { text: id };
  }

  mechanismOrRole(id: string): Ref {
    return this.index.mechanismsById.has(id) ? this.mechanism(id) : this.role(id);
  }

  indicator(m: Indicator): Ref {
    return { text: m.code ? `${m.code} ${m.indicator}` : m.indicator, anchor: m.id };
  }

  provision(id: string): string {
    for (const basis of this.manifest.legal_basis) {
      const p = basis.provisions?.find((x) => x.id === id);
      if (p) return basis.short ? `${p.label} ${basis.short}` : `${p.label} ${basis.citation}`;
    }
    return id;
  }
}

/** Comments grouped for the summary and the table: by chapter order, then item order, then time. */
class CommentView {
  private readonly threads: readonly Thread[];
  private readonly replies = new Map<string, CommentRecord[]>();
  private readonly sectionOrder: Map<string, number>;
  private readonly itemOrder = new Map<string, number>();

  constructor(
    log: Threads | undefined,
    private readonly guideline: Guideline,
    private readonly chapters: readonly Chapter[],
    private readonly labels: Labels,
    only?: string,
  ) {
    this.sectionOrder = new Map(guideline.sections.map((s, i) => [s.id, i]));
    for (const section of guideline.sections) section.items.forEach((item: Item, i: number) => this.itemOrder.set(`${section.id}/${item.id}`, i));
    // The model's threads: every reply under the first comment of its thread, replies to replies
    // too, in reading order; a reply whose parent is missing shows as a comment of its own.
    const threads = (log?.all() ?? []).filter((th) => only === undefined || th.root.section === only);
    for (const th of threads) this.replies.set(th.root.id, log!.thread(th.root).slice(1).map((e) => e.record));
    this.threads = [...threads].sort((a, b) => this.compare(a.root, b.root));
  }

  private compare(a: CommentRecord, b: CommentRecord): number {
    const sa = this.sectionOrder.get(a.section) ?? Number.MAX_SAFE_INTEGER;
    const sb = this.sectionOrder.get(b.section) ?? Number.MAX_SAFE_INTEGER;
    if (sa !== sb) return sa - sb;
    if (a.section !== b.section) return cmp(a.section, b.section);
    const ia = a.item === undefined ? -1 : (this.itemOrder.get(`${a.section}/${a.item}`) ?? Number.MAX_SAFE_INTEGER);
    const ib = b.item === undefined ? -1 : (this.itemOrder.get(`${b.section}/${b.item}`) ?? Number.MAX_SAFE_INTEGER);
    return ia - ib || cmp(a.created, b.created) || cmp(a.id, b.id);
  }

  private sectionName(sectionId: string): string {
    const chapter = this.chapters.find((c) => c.sectionId === sectionId);
    if (!chapter) return sectionId;
    const section = this.guideline.sections.find((s) => s.id === sectionId);
    return `${chapter.number} ${section?.title ?? chapter.title}`;
  }

  private itemName(sectionId: string, itemId: string): string {
    const section = this.guideline.sections.find((s) => s.id === sectionId);
    const item = (section?.items as Item[] | undefined)?.find((x) => x.id === itemId);
    return item ? itemLabel(item, section?.kind) : itemId;
  }

  summary(): { rows: SummaryRow[]; totals: SummaryRow } {
    const rows = new Map<string, SummaryRow>();
    const empty = (section: string): SummaryRow => ({ section, total: 0, open: 0, objected: 0, resolved: 0, dispositions: DISPOSITION_COLUMNS.map(() => 0) });
    const totals = empty(this.labels.total);
    for (const th of this.threads) {
      const c = th.root;
      const row = rows.get(c.section) ?? empty(this.sectionName(c.section));
      rows.set(c.section, row);
      for (const r of [row, totals]) {
        r.total += 1;
        if (th.state === 'open') r.open += 1;
        else if (th.state === 'objected') r.objected += 1;
        else r.resolved += 1;
        const disposition = th.state === 'open' || th.state === 'withdrawn' ? undefined : th.answer?.disposition;
        const col = DISPOSITION_COLUMNS.indexOf(disposition ?? 'pending');
        r.dispositions[col < 0 ? DISPOSITION_COLUMNS.length - 1 : col]! += 1;
      }
    }
    return { rows: [...rows.values()], totals };
  }

  table(): CommentRow[] {
    return this.threads.map((th, i) => {
      const c = th.root;
      const section = this.sectionName(c.section) + (c.item !== undefined ? ` — ${this.itemName(c.section, c.item)}` : '');
      const answer = th.state === 'open' || th.state === 'withdrawn' ? undefined : th.answer;
      const row: CommentRow = {
        number: String(i + 1),
        id: c.id,
        section,
        commenter: person(c.author),
        type: lookup(this.labels, `type.${c.type}`) ?? c.type,
        text: c.text,
        replies: (this.replies.get(c.id) ?? []).map((r) => ({ author: person(r.author), date: r.created.slice(0, 10), text: r.text })),
        disposition: lookup(this.labels, `disposition.${answer?.disposition ?? 'pending'}`) ?? String(answer?.disposition),
        verdict: lookup(this.labels, `verdict.${th.state}`) ?? th.state,
        history: this.history(th),
        sectionId: c.section,
      };
      if (c.item !== undefined) row.itemId = c.item;
      if (c.quote !== undefined) row.quote = c.quote;
      if (c.proposed_change !== undefined) row.proposedChange = c.proposed_change;
      if (c.reason !== undefined) row.reason = c.reason;
      if (answer?.response) row.response = answer.response;
      return row;
    });
  }

  /** What the verdict column shows besides the verdict: objections, earlier answers, overrulings. */
  private history(th: Thread): CommentStep[] {
    const steps: CommentStep[] = [];
    const counted = th.events.filter((e) => !e.notCounted);
    const lastAnswer = th.answer;
    for (const { act } of counted) {
      const recorded = act.recorded_by ? this.labels.recordedFor.replace('{who}', act.recorded_by.name).replace('{note}', act.note ?? '') : undefined;
      const step = (label: string, text: string) => steps.push({ label, date: act.created.slice(0, 10), text, ...(recorded ? { recorded } : {}) });
      if (act.kind === 'object' && act.text) step(this.labels.objection, act.text);
      else if (act.kind === 'overrule') step(this.labels.overruleResponse, act.response);
      else if (act.kind === 'answer' && act !== lastAnswer && act.response !== '') step(this.labels.earlierAnswer, act.response);
    }
    return steps;
  }
}

function person(p: { name: string; affiliation?: string }): string {
  return p.affiliation ? `${p.name} (${p.affiliation})` : p.name;
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
