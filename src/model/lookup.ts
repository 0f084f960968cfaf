// Indexes over the model, built once, so that rules look things up by id instead of
// scanning lists inside loops.
import type { Authority, FormItem, Guideline, Item, ItemRef, Level, Mechanism, Indicator, Provision, Role, Section, Stakeholder, Term } from './types.js';

export interface TypedRef<T> {
  section: Section;
  item: T;
  index: number;
}

export interface ModelIndex {
  sections: Map<string, Section>;
  /** Every item id, with every place it occurs (more than one is a duplicate). */
  items: Map<string, ItemRef[]>;
  terms: TypedRef<Term>[];
  roles: TypedRef<Role>[];
  mechanisms: TypedRef<Mechanism>[];
  indicators: TypedRef<Indicator>[];
  forms: TypedRef<FormItem>[];
  rolesById: Map<string, TypedRef<Role>>;
  termsById: Map<string, TypedRef<Term>>;
  mechanismsById: Map<string, TypedRef<Mechanism>>;
  levels: Map<string, Level>;
  authorities: Map<string, Authority>;
  stakeholders: Map<string, Stakeholder>;
  provisions: Map<string, Provision & { basis: string }>;
  /** Ids found in sections that failed their schema: known to exist, so not "unresolved". */
  looseIds: Set<string>;
}

export function buildIndex(guideline: Guideline, looseIds: Set<string> = new Set()): ModelIndex {
  const index: ModelIndex = {
    sections: new Map(),
    items: new Map(),
    terms: [],
    roles: [],
    mechanisms: [],
    indicators: [],
    forms: [],
    rolesById: new Map(),
    termsById: new Map(),
    mechanismsById: new Map(),
    levels: new Map(),
    authorities: new Map(),
    stakeholders: new Map(),
    provisions: new Map(),
    looseIds,
  };
  const manifest = guideline.manifest;
  if (manifest) {
    for (const level of manifest.levels) index.levels.set(level.id, level);
    for (const authority of manifest.authorities ?? []) index.authorities.set(authority.id, authority);
    for (const stakeholder of manifest.stakeholders ?? []) index.stakeholders.set(stakeholder.id, stakeholder);
    for (const basis of manifest.legal_basis) {
      for (const provision of basis.provisions ?? []) index.provisions.set(provision.id, { ...provision, basis: basis.id });
    }
  }
  for (const section of guideline.sections) {
    if (!index.sections.has(section.id)) index.sections.set(section.id, section);
    section.items.forEach((item: Item, k: number) => {
      const i = section.fileIndex?.[k] ?? k; // its place in the file, for positions
      const ref: ItemRef = { section, item, index: i };
      const list = index.items.get(item.id);
      if (list) list.push(ref);
      else index.items.set(item.id, [ref]);
      switch (section.kind) {
        case 'terms':
          add(index.terms, index.termsById, { section, item: item as Term, index: i });
          break;
        case 'roles':
          add(index.roles, index.rolesById, { section, item: item as Role, index: i });
          break;
        case 'mechanisms':
          add(index.mechanisms, index.mechanismsById, { section, item: item as Mechanism, index: i });
          break;
        case 'indicators':
          index.indicators.push({ section, item: item as Indicator, index: i });
          break;
        case 'forms':
          index.forms.push({ section, item: item as FormItem, index: i });
          break;
        default:
          break;
      }
    });
  }
  return index;
}

function add<T extends { id: string }>(list: TypedRef<T>[], byId: Map<string, TypedRef<T>>, ref: TypedRef<T>): void {
  list.push(ref);
  if (!byId.has(ref.item.id)) byId.set(ref.item.id, ref);
}
