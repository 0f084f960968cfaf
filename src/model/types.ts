// The guideline model: one manifest plus one YAML file per section, read once.
import type { Document, LineCounter } from 'yaml';
import type { CommentRecord } from './comment-types.js';
import type { Threads } from './threads.js';
import type { ReviewRecord } from './review-types.js';

import type { SectionKind } from './kinds.js';
import type { Spans } from './spans.js';

export type RuleSetting = 'error' | 'warning' | 'info' | 'off' | { severity?: 'error' | 'warning' | 'info' | 'off'; options?: Record<string, unknown> };

export interface Provision {
  id: string;
  label: string;
  text: string;
  explanation?: string;
}

export interface LegalBasis {
  id: string;
  citation: string;
  short?: string;
  provisions?: Provision[];
}

export interface Level {
  id: string;
  name: string;
  parent?: string;
}

export interface Authority {
  id: string;
  name: string;
  level: string;
}

export interface Stakeholder {
  id: string;
  name: string;
  description?: string;
}

/** A programme or body that already exists outside this guideline (e.g. Pokmas Lipas). */
export interface ExistingProgramme {
  id: string;
  name: string;
  abbreviation?: string;
  /** The instrument it rests on, as cited. */
  legal_basis: string;
  /** Who runs it (e.g. a directorate). */
  owner?: string;
  levels?: string[];
  /** Id of the programme it is drawn from (volunteer probation officers from Pokmas Lipas). */
  drawn_from?: string;
  /** What it does, in the words the overlap analysis compares. */
  scope: string;
}

export type RelationKind = 'complements' | 'coordinates' | 'replaces';
export const RELATION_KINDS: readonly RelationKind[] = ['complements', 'coordinates', 'replaces'];

/** How a role or mechanism stands to an existing programme. */
export interface Relation {
  /** Id of an existing programme (manifest `existing_programmes`). */
  to: string;
  kind: RelationKind;
  note: string;
}

/** A declared division of work with another role whose duties read alike. */
export interface WorkDivision {
  role: string;
  note: string;
}

export interface Manifest {
  id: string;
  title: string;
  subtitle?: string;
  issuer?: string;
  version: string;
  status: 'draft' | 'review' | 'final';
  language: 'id' | 'en';
  date?: string;
  legal_basis: LegalBasis[];
  levels: Level[];
  authorities?: Authority[];
  stakeholders?: Stakeholder[];
  existing_programmes?: ExistingProgramme[];
  /** The follow-up group asked to comment and approve, by unit. */
  reviewers?: Reviewer[];
  sections: string[];
  /** Annex (lampiran) section ids, printed after the body as LAMPIRAN I, II, … */
  annexes?: string[];
  rules?: Record<string, RuleSetting>;
}

/** One person of the follow-up group (manifest `reviewers`). */
export interface Reviewer {
  name: string;
  /** How their comments and review stamps are matched to them. */
  email: string;
  /** Directorate, Kanwil, UPT or organisation. */
  unit: string;
}

/** A published source for the facts an item states. */
export interface Source {
  citation: string;
  url?: string;
  /** Date read, YYYY-MM-DD. */
  accessed?: string;
  /** Which statement of the item it supports. */
  supports?: string;
}

export interface NarrativeItem {
  id: string;
  title: string;
  text: string;
  /** Topics the item covers (kebab-case ids); the rule topic-required checks those the ruleset requires. */
  topics?: string[];
  /** Where the facts the item states come from (beyond the laws in the manifest). */
  sources?: Source[];
  open_questions?: string[];
}

export interface Term {
  id: string;
  term: string;
  abbreviation?: string;
  definition: string;
  source?: { citation: string; verbatim?: boolean };
  boundary?: string;
  distinct_from?: string[];
  avoid?: string[];
  /** Topics the item covers (kebab-case ids); the rule topic-required checks those the ruleset requires. */
  topics?: string[];
  /** Where the facts the item states come from (beyond the laws in the manifest). */
  sources?: Source[];
  open_questions?: string[];
}

export interface Role {
  id: string;
  name: string;
  type?: string;
  level: string;
  description?: string;
  appointment?: { by?: string; instrument?: string; term?: string; criteria?: string[] };
  duties: string[];
  reports_to?: string;
  relations?: Relation[];
  divides_work_with?: WorkDivision[];
  /** Topics the item covers (kebab-case ids); the rule topic-required checks those the ruleset requires. */
  topics?: string[];
  /** Where the facts the item states come from (beyond the laws in the manifest). */
  sources?: Source[];
  open_questions?: string[];
}

export interface Mechanism {
  id: string;
  name: string;
  implements: string[];
  description: string;
  stakeholders?: string[];
  levels?: string[];
  responsible?: string[];
  steps: string[];
  outputs?: string[];
  relations?: Relation[];
  /** Topics the item covers (kebab-case ids); the rule topic-required checks those the ruleset requires. */
  topics?: string[];
  /** Where the facts the item states come from (beyond the laws in the manifest). */
  sources?: Source[];
  open_questions?: string[];
}

export const INDICATOR_LEVELS = ['output', 'outcome', 'impact'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

export interface Indicator {
  id: string;
  code?: string;
  indicator: string;
  /** output (keluaran), outcome (hasil) or impact (dampak). */
  level?: IndicatorLevel;
  definition?: string;
  unit?: string;
  baseline?: { value: number | null; year?: number; note?: string };
  targets?: { year: number; value: number }[];
  direction?: 'naik' | 'turun' | 'tetap';
  frequency?: 'bulanan' | 'triwulanan' | 'semesteran' | 'tahunan';
  data_source?: string;
  responsible?: string;
  measures?: string[];
  /** Topics the item covers (kebab-case ids); the rule topic-required checks those the ruleset requires. */
  topics?: string[];
  /** Where the facts the item states come from (beyond the laws in the manifest). */
  sources?: Source[];
  open_questions?: string[];
}

export const FORM_FIELD_TYPES = ['text', 'long-text', 'date', 'number', 'choice', 'checkbox', 'table'] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

/** A blank of a form to fill in by hand. */
export interface FormField {
  label: string;
  type: FormFieldType;
  required?: boolean;
  hint?: string;
  /** choice only. */
  options?: string[];
  /** long-text only: blank lines (default 3). */
  lines?: number;
  /** table only. */
  columns?: string[];
  /** table only: blank rows (default 5). */
  rows?: number;
}

/** A heading between a form's fields. */
export interface FormHeading {
  heading: string;
}

export type FormEntry = FormField | FormHeading;

/** A signature block at the foot of a form. */
export interface FormSignature {
  /** Who signs. */
  role: string;
  /** A "…………, …… 20……" line (default true). */
  place_date?: boolean;
  /** "NIP. ……" under the name line (default false). */
  nip?: boolean;
  side?: 'left' | 'right';
}

/** A format (Format): a form, letter or decree printed so it can be filled in by hand. */
export interface FormItem {
  id: string;
  title: string;
  /** What it is for, who fills it in, where it goes (printed as the Petunjuk). */
  purpose: string;
  /** Ids of the mechanisms or roles that use it. */
  used_in?: string[];
  /** Fixed text (e.g. a decree), blanks as "……". */
  body?: string;
  fields?: FormEntry[];
  signatures?: FormSignature[];
  /** Topics the item covers (kebab-case ids); the rule topic-required checks those the ruleset requires. */
  topics?: string[];
  /** Where the facts the item states come from (beyond the laws in the manifest). */
  sources?: Source[];
  open_questions?: string[];
}

export function isFormHeading(entry: FormEntry): entry is FormHeading {
  return 'heading' in entry;
}

export interface ItemByKind {
  narrative: NarrativeItem;
  terms: Term;
  roles: Role;
  mechanisms: Mechanism;
  indicators: Indicator;
  forms: FormItem;
}

export type Item = ItemByKind[SectionKind];

export interface SectionBase<K extends SectionKind> {
  kind: K;
  id: string;
  title: string;
  status?: 'draft' | 'review' | 'approved';
  intro?: string;
  open_questions?: string[];
  /** The items that passed their schema (the rules see only these), in file order. */
  items: ItemByKind[K][];
  /** For each of `items`, its index in the file's `items` (items that failed their schema are left out). */
  fileIndex: readonly number[];
  /** The file the section was read from. */
  file: SourceFile;
  /** Listed under the manifest's `annexes` (printed after the body as a LAMPIRAN), not `sections`. */
  annex?: boolean;
}

export type Section =
  | SectionBase<'narrative'>
  | SectionBase<'terms'>
  | SectionBase<'roles'>
  | SectionBase<'mechanisms'>
  | SectionBase<'indicators'>
  | SectionBase<'forms'>;

/** A YAML file as read: text, parsed document and line index for positions. */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the guideline root, with forward slashes. */
  rel: string;
  text: string;
  doc: Document.Parsed | undefined;
  lineCounter: LineCounter;
  /** The plain JavaScript value, or undefined when the file could not be parsed. */
  data: unknown;
  /**
   * Where its scalars and keys stand, read without `yaml`'s document (spans.ts), for a file
   * whose document is not kept; undefined when only the document can tell.
   */
  spans?(): Spans | undefined;
}

/** Where an item lives, for references and positions. */
export interface ItemRef {
  section: Section;
  item: Item;
  index: number;
}

export interface Guideline {
  /** Absolute path of the guideline root (the folder holding pedoman.yaml). */
  root: string;
  manifestFile: SourceFile;
  /** Undefined when the manifest could not be read or is not a mapping. */
  manifest: Manifest | undefined;
  /** Sections that loaded and passed their schema, in manifest order: the body's, then the annexes (`annex: true`). */
  sections: Section[];
  /** Every file read, for the formatters and for positions. */
  files: SourceFile[];
  /** Review comments and replies that passed their schema, as they read now, oldest first (set by `loaded()`). */
  comments?: CommentRecord[];
  /** Their threads, with every act of the review log and each thread's state. */
  threads?: Threads;
  /** The file each of `comments` was read from, by comment id, for positions. */
  commentFiles?: Map<string, SourceFile>;
  /** Review stamps that passed their schema, oldest first (set by checkGuideline). */
  reviews?: ReviewRecord[];
}
