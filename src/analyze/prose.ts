// Every piece of prose in a guideline, with where it lives, for the term analyses.
import type { Guideline, Section, SourceFile } from '../model/types.js';
import { type PathSegment } from '../core/findings.js';

export interface ProseText {
  file: SourceFile;
  path: PathSegment[];
  text: string;
  /** The section it belongs to; undefined for the manifest. */
  section: Section | undefined;
  /** Id of the item it belongs to, if any. */
  itemId: string | undefined;
  /** A definition quoted verbatim from a regulation: its wording is not the drafters' to change. */
  verbatim: boolean;
}

/** Prose of the manifest (title, stakeholders, existing programmes) and of every loaded section, in order. */
export function proseOf(guideline: Guideline): ProseText[] {
  const out: ProseText[] = [];
  const manifest = guideline.manifest;
  if (manifest) {
    const file = guideline.manifestFile;
    const add = (path: PathSegment[], text: unknown) => {
      if (typeof text === 'string' && text.trim() !== '') out.push({ file, path, text, section: undefined, itemId: undefined, verbatim: false });
    };
    add(['title'], manifest.title);
    add(['subtitle'], manifest.subtitle);
    manifest.stakeholders?.forEach((s, i) => add(['stakeholders', i, 'description'], s.description));
    manifest.existing_programmes?.forEach((p, i) => add(['existing_programmes', i, 'scope'], p.scope));
  }
  for (const section of guideline.sections) out.push(...sectionProse(section));
  return out;
}

export function sectionProse(section: Section): ProseText[] {
  const out: ProseText[] = [];
  const file = section.file;
  const add = (path: PathSegment[], text: unknown, itemId?: string, verbatim = false) => {
    if (typeof text === 'string' && text.trim() !== '') out.push({ file, path, text, section, itemId, verbatim });
  };
  const addAll = (path: PathSegment[], texts: unknown, itemId?: string) => {
    if (Array.isArray(texts)) texts.forEach((text, i) => add([...path, i], text, itemId));
  };
  add(['title'], section.title);
  add(['intro'], section.intro);
  addAll(['open_questions'], section.open_questions);
  section.items.forEach((item, i) => {
    const at: PathSegment[] = ['items', section.fileIndex?.[i] ?? i];
    const id = item.id;
    switch (section.kind) {
      case 'narrative': {
        const n = section.items[i]!;
        add([...at, 'title'], n.title, id);
        add([...at, 'text'], n.text, id);
        break;
      }
      case 'terms': {
        const term = section.items[i]!;
        add([...at, 'definition'], term.definition, id, term.source?.verbatim === true);
        add([...at, 'boundary'], term.boundary, id);
        break;
      }
      case 'roles': {
        const role = section.items[i]!;
        add([...at, 'name'], role.name, id);
        add([...at, 'description'], role.description, id);
        addAll([...at, 'duties'], role.duties, id);
        addAll([...at, 'appointment', 'criteria'], role.appointment?.criteria, id);
        role.relations?.forEach((r, k) => add([...at, 'relations', k, 'note'], r.note, id));
        role.divides_work_with?.forEach((d, k) => add([...at, 'divides_work_with', k, 'note'], d.note, id));
        break;
      }
      case 'mechanisms': {
        const mechanism = section.items[i]!;
        add([...at, 'name'], mechanism.name, id);
        add([...at, 'description'], mechanism.description, id);
        addAll([...at, 'steps'], mechanism.steps, id);
        addAll([...at, 'outputs'], mechanism.outputs, id);
        mechanism.relations?.forEach((r, k) => add([...at, 'relations', k, 'note'], r.note, id));
        break;
      }
      case 'indicators': {
        const metric = section.items[i]!;
        add([...at, 'indicator'], metric.indicator, id);
        add([...at, 'definition'], metric.definition, id);
        break;
      }
      case 'forms': {
        // A format's printed words: its title, its Petunjuk, its fixed text and its blanks' labels.
        const form = section.items[i]!;
        add([...at, 'title'], form.title, id);
        add([...at, 'purpose'], form.purpose, id);
        add([...at, 'body'], form.body, id);
        form.fields?.forEach((entry, k) => {
          if ('heading' in entry) add([...at, 'fields', k, 'heading'], entry.heading, id);
          else {
            add([...at, 'fields', k, 'label'], entry.label, id);
            add([...at, 'fields', k, 'hint'], entry.hint, id);
          }
        });
        break;
      }
    }
    addAll([...at, 'open_questions'], item.open_questions, id);
  });
  return out;
}
