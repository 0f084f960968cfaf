// Rules that report something as absent ("no metric measures this mechanism") can only be
// sure when every section of the kinds they look at has loaded whole. A section that failed its
// schema (or is missing), or an item left out for failing its own, is already reported; what it
// holds is unknown, so these rules stay quiet about it instead of adding a cascade of false
// findings.
import { SECTIONS_DIR } from '../model/locate.js';
import { isRecord } from '../core/guards.js';
import type { Guideline } from '../model/types.js';
import { SECTION_KINDS, type SectionKind } from '../model/kinds.js';
import { listedIds } from '../model/typed.js';

/**
 * Kinds of which at least one listed section did not load, or loaded without some of its items
 * (unless `leftOutItems: false`: for references, whose left-out items are known by id); a
 * section of unknown kind counts as every kind.
 */
export function incompleteKinds(guideline: Guideline, options: { leftOutItems?: boolean } = {}): ReadonlySet<SectionKind> {
  const out = new Set<SectionKind>();
  const listed = listedIds(guideline.manifest);
  const loaded = new Set(guideline.sections.map((s) => s.file.rel));
  if (options.leftOutItems !== false) {
    for (const section of guideline.sections) {
      const items = isRecord(section.file.data) ? section.file.data.items : undefined;
      if (Array.isArray(items) && items.length > section.items.length) out.add(section.kind);
    }
  }
  const byRel = new Map(guideline.files.map((f) => [f.rel, f]));
  for (const id of listed) {
    const rel = `${SECTIONS_DIR}/${id}.yaml`;
    if (loaded.has(rel)) continue;
    const data = byRel.get(rel)?.data;
    const kind = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>).kind : undefined;
    if (typeof kind === 'string' && (SECTION_KINDS as readonly string[]).includes(kind)) out.add(kind as SectionKind);
    else for (const k of SECTION_KINDS) out.add(k);
  }
  return out;
}
