// The section kinds, described once: what their items are called, which schema checks them,
// what a person recognises an item by, the fields `pedoman item add` fills, and how the kind is
// named in both languages. Everything else (the loader, labels in messages, comment anchors,
// the semantic diff, render, item add) asks here.
import { isRecord } from '../core/guards.js';
import type { SchemaName } from './schema-names.js';

export type SectionKind = 'narrative' | 'terms' | 'roles' | 'mechanisms' | 'indicators' | 'forms';
export const SECTION_KINDS: readonly SectionKind[] = ['narrative', 'terms', 'roles', 'mechanisms', 'indicators', 'forms'];

/** Where a field's choices come from, when it refers to something in the guideline. */
export type FieldSource = 'levels' | 'provisions' | 'appointers' | 'roles' | 'mechanisms';

/** A field that `pedoman item add` fills, from its flag or by asking. */
export interface ItemField {
  /** Where the value goes in the item. */
  path: readonly string[];
  /** The commander attribute of its flag (camelCase). */
  option: string;
  flag: string;
  type: 'text' | 'lines' | 'list' | 'choice' | 'choices';
  /** Required by the schema: asked, or a usage error without a terminal. */
  required: boolean;
  /** Asked on a terminal even though optional (the guideline's rules want it). */
  ask: boolean;
  source?: FieldSource;
}

export interface KindInfo {
  kind: SectionKind;
  /** The JSON Schema of a section of this kind (schemas/<name>.schema.json). */
  schema: SchemaName;
  /** What a person recognises an item by: the field(s) its label is made of. */
  label: (item: Record<string, unknown>) => string | undefined;
  /** Message key of the kind's one-line description (both languages). */
  description: string;
  /** The fields `item add` fills, in the order they are written. */
  fields: readonly ItemField[];
}

const field = (path: string[], option: string, flag: string, type: ItemField['type'], required: boolean, ask: boolean, source?: FieldSource): ItemField => ({
  path, option, flag, type, required, ask, ...(source ? { source } : {}),
});

const text = (item: Record<string, unknown>, key: string): string | undefined =>
  typeof item[key] === 'string' && (item[key] as string).trim() !== '' ? (item[key] as string) : undefined;

export const KINDS: Readonly<Record<SectionKind, KindInfo>> = {
  narrative: {
    kind: 'narrative',
    schema: 'narrative',
    label: (item) => text(item, 'title'),
    description: 'workspace.kind.narrative',
    fields: [field(['title'], 'title', '--title', 'text', true, true), field(['text'], 'text', '--text', 'lines', true, true)],
  },
  terms: {
    kind: 'terms',
    schema: 'terms',
    label: (item) => text(item, 'term'),
    description: 'workspace.kind.terms',
    fields: [
      field(['term'], 'term', '--term', 'text', true, true),
      field(['abbreviation'], 'abbreviation', '--abbreviation', 'text', false, false),
      field(['definition'], 'definition', '--definition', 'lines', true, true),
      field(['source', 'citation'], 'source', '--source', 'text', false, true),
    ],
  },
  roles: {
    kind: 'roles',
    schema: 'roles',
    label: (item) => text(item, 'name'),
    description: 'workspace.kind.roles',
    fields: [
      field(['name'], 'name', '--name', 'text', true, true),
      field(['level'], 'level', '--level', 'choice', true, true, 'levels'),
      field(['appointment', 'by'], 'appointedBy', '--appointed-by', 'choice', false, true, 'appointers'),
      field(['appointment', 'instrument'], 'instrument', '--instrument', 'text', false, true),
      field(['duties'], 'duty', '--duty', 'list', true, true),
    ],
  },
  mechanisms: {
    kind: 'mechanisms',
    schema: 'mechanisms',
    label: (item) => text(item, 'name'),
    description: 'workspace.kind.mechanisms',
    fields: [
      field(['name'], 'name', '--name', 'text', true, true),
      field(['implements'], 'implements', '--implements', 'choices', true, true, 'provisions'),
      field(['description'], 'description', '--description', 'lines', true, true),
      field(['responsible'], 'responsible', '--responsible', 'choices', false, true, 'roles'),
      field(['steps'], 'step', '--step', 'list', true, true),
    ],
  },
  indicators: {
    kind: 'indicators',
    schema: 'indicators',
    label: (item) => {
      const indicator = text(item, 'indicator');
      const code = text(item, 'code');
      return indicator && code ? `${code} ${indicator}` : (indicator ?? code);
    },
    description: 'workspace.kind.indicators',
    fields: [
      field(['indicator'], 'indicator', '--indicator', 'text', true, true),
      field(['responsible'], 'responsible', '--responsible', 'choice', false, true, 'roles'),
      field(['measures'], 'measures', '--measures', 'choices', false, true, 'mechanisms'),
    ],
  },
  forms: {
    kind: 'forms',
    schema: 'forms',
    label: (item) => text(item, 'title'),
    description: 'workspace.kind.forms',
    // A form needs a body or fields; `item add` writes the body, the fields are edited in the file.
    fields: [
      field(['title'], 'title', '--title', 'text', true, true),
      field(['purpose'], 'purpose', '--purpose', 'lines', true, true),
      field(['body'], 'body', '--body', 'lines', true, true),
    ],
  },
};

/**
 * Other spellings of a kind that files may use: `metrics` was the name of the indicators' kind
 * until the words were settled (the field, the headings and the messages all say indicator).
 */
export const KIND_ALIASES: Readonly<Record<string, SectionKind>> = { metrics: 'indicators' };

/** The kind a section file declares (an older spelling too), when it is one pedoman knows. */
export function kindOf(value: unknown): SectionKind | undefined {
  if (typeof value !== 'string') return undefined;
  return SECTION_KINDS.find((k) => k === value) ?? KIND_ALIASES[value];
}

/**
 * A kind as a person types it on the command line (`section add --kind`): the stored word or
 * its Indonesian name, any case (uraian, istilah, peran, mekanisme, indikator, format).
 */
const KIND_WORDS: Readonly<Record<SectionKind, readonly string[]>> = {
  narrative: ['uraian', 'naratif'],
  terms: ['istilah', 'pengertian'],
  roles: ['peran', 'kelembagaan'],
  mechanisms: ['mekanisme'],
  indicators: ['indikator'],
  forms: ['format', 'formulir'],
};

export function parseKind(input: string): SectionKind | undefined {
  const given = input.trim().toLowerCase();
  return kindOf(given) ?? SECTION_KINDS.find((k) => KIND_WORDS[k].includes(given));
}

/**
 * What a person recognises an item by (its title, term, name or indicator), for messages,
 * lists, prompts, the comment table and the diff; the id when it has none. The one labelling
 * of items: with the kind when known, else whichever of those fields the item has.
 */
export function itemLabel(item: unknown, kind?: string): string {
  if (!isRecord(item)) return String(item);
  const known = kindOf(kind);
  const label = known
    ? KINDS[known].label(item)
    : (SECTION_KINDS.map((k) => KINDS[k].label(item)).find((l) => l !== undefined));
  return label ?? (typeof item.id === 'string' ? item.id : '');
}

/** Every value flag of `item add` (over all kinds), for the command's options and "does not apply" messages. */
export function itemFlags(): ItemField[] {
  const seen = new Map<string, ItemField>();
  for (const kind of SECTION_KINDS) for (const f of KINDS[kind].fields) if (!seen.has(f.flag)) seen.set(f.flag, f);
  return [...seen.values()];
}
