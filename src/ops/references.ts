// Where one item points at another by id. The same fields the rule reference-resolves checks
// for item targets (roles, mechanisms, terms); levels, authorities, provisions and stakeholders
// live in the manifest and are not items.
import type { YamlPath } from './yaml-edit.js';
import { type RawSection, type Workspace } from './workspace.js';
import { isRecord } from '../core/guards.js';
import { type SectionKind } from '../model/kinds.js';

interface ReferenceField {
  path: readonly string[];
  many: boolean;
}

export const ITEM_REFERENCES: Record<SectionKind, readonly ReferenceField[]> = {
  narrative: [],
  terms: [{ path: ['distinct_from'], many: true }],
  roles: [
    { path: ['appointment', 'by'], many: false },
    { path: ['reports_to'], many: false },
  ],
  mechanisms: [{ path: ['responsible'], many: true }],
  indicators: [
    { path: ['responsible'], many: false },
    { path: ['measures'], many: true },
  ],
  forms: [{ path: ['used_in'], many: true }],
};

export interface Reference {
  section: RawSection;
  /** The id of the item that holds the reference. */
  from: string;
  /** Path of the scalar inside the section file. */
  path: YamlPath;
  /** The id referred to. */
  to: string;
}

/** Every reference from any item to any of `ids`. */
export function referencesTo(workspace: Workspace, ids: ReadonlySet<string>): Reference[] {
  const out: Reference[] = [];
  for (const section of workspace.sections) {
    if (!section.kind) continue;
    for (const item of section.items) {
      for (const field of ITEM_REFERENCES[section.kind]) {
        let value: unknown = item.data;
        for (const key of field.path) value = isRecord(value) ? value[key] : undefined;
        const base: YamlPath = ['items', item.index, ...field.path];
        if (field.many && Array.isArray(value)) {
          value.forEach((entry, j) => {
            if (typeof entry === 'string' && ids.has(entry)) out.push({ section, from: item.id, path: [...base, j], to: entry });
          });
        } else if (!field.many && typeof value === 'string' && ids.has(value)) {
          out.push({ section, from: item.id, path: base, to: value });
        }
      }
    }
  }
  return out;
}
