// Overlap with existing programmes: every role and mechanism is compared with the programmes
// the manifest lists (Pokmas Lipas, ...). Where they read alike, the item must say how it
// stands to the programme (a relation); otherwise the pair is a finding.
import type { ExistingProgramme, Relation } from '../model/types.js';
import { roleAndMechanismUnits, type AnalysisBase, type Unit } from './base.js';
import type { ModelIndex } from '../model/lookup.js';
import { cosine, forEachCandidate, makeDoc, sharedPhrases, type Doc, type Vector } from './similarity.js';
import { type PathSegment } from '../core/findings.js';

export const DEFAULT_OVERLAP_SIMILARITY = 0.2;

export interface ProgrammeRef {
  programme: ExistingProgramme;
  /** Position in the manifest's list. */
  index: number;
}

export interface OverlapPair {
  programme: ProgrammeRef;
  unit: Unit;
  score: number;
  shared: string[];
}

export interface DeclaredRelation {
  programme: ProgrammeRef;
  unit: Unit;
  relation: Relation;
  /** Where the relation sits in the item. */
  relationIndex: number;
  score: number;
}

/**
 * A relation declared twice for one item. (A relation, `drawn_from` or level that points
 * nowhere is reported by reference-resolves, like every reference, and left out here.)
 */
export interface OverlapProblem {
  where: 'item';
  unit: Unit;
  path: PathSegment[];
  kind: 'duplicateRelation';
  id: string;
}

export interface OverlapResult {
  programmes: ProgrammeRef[];
  /** Alike above the threshold and no relation declared: findings. */
  undeclared: OverlapPair[];
  /** Every declared relation, with the similarity of the two texts. */
  declared: DeclaredRelation[];
  problems: OverlapProblem[];
}

export function analyzeOverlap(base: AnalysisBase, index: ModelIndex, minSimilarity: number): OverlapResult {
  const guideline = base.guideline;
  const programmes: ProgrammeRef[] = (guideline.manifest?.existing_programmes ?? []).map((programme, i) => ({ programme, index: i }));
  const byId = new Map(programmes.map((p) => [p.programme.id, p]));
  const units = roleAndMechanismUnits(base);
  const programmeDocs: Doc[] = programmes.map(({ programme }) =>
    base.doc([programme.name, programme.abbreviation ?? '', programme.scope].join('\n')),
  );
  const vectors = new Map<Doc, Vector>();
  const vector = (d: Doc) => {
    let v = vectors.get(d);
    if (!v) {
      v = base.corpus.vector(d);
      vectors.set(d, v);
    }
    return v;
  };

  const problems: OverlapProblem[] = [];
  const declaredKeys = new Set<string>();
  const declared: DeclaredRelation[] = [];
  for (const unit of units) {
    const item = unit.kind === 'role' ? index.rolesById.get(unit.id)?.item : index.mechanismsById.get(unit.id)?.item;
    const seen = new Set<string>();
    item?.relations?.forEach((relation, r) => {
      const target = byId.get(relation.to);
      const path: PathSegment[] = ['items', unit.index, 'relations', r, 'to'];
      if (!target) return;
      if (seen.has(relation.to)) {
        problems.push({ where: 'item', unit, path, kind: 'duplicateRelation', id: relation.to });
        return;
      }
      seen.add(relation.to);
      declaredKeys.add(`${unit.kind}\u0000${unit.id}\u0000${relation.to}`);
      const s = cosine(vector(unit.doc), vector(programmeDocs[target.index]!));
      declared.push({ programme: target, unit, relation, relationIndex: r, score: s });
    });
  }

  const undeclared: OverlapPair[] = [];
  forEachCandidate(units.map((u) => vector(u.doc)), programmeDocs.map(vector), minSimilarity, false, (u, p) => {
    const unit = units[u]!;
    const programme = programmes[p]!;
    if (declaredKeys.has(`${unit.kind}\u0000${unit.id}\u0000${programme.programme.id}`)) return;
    const s = cosine(vector(unit.doc), vector(programmeDocs[p]!));
    if (s < minSimilarity) return;
    undeclared.push({ programme, unit, score: s, shared: sharedPhrases(base.corpus, unit.doc, programmeDocs[p]!) });
  });
  undeclared.sort((a, b) => b.score - a.score || a.unit.id.localeCompare(b.unit.id));
  return { programmes, undeclared, declared, problems };
}

/** For tests and tools: the similarity of two free texts against a guideline's corpus. */
export function textSimilarity(base: AnalysisBase, a: string, b: string): number {
  return cosine(base.corpus.vector(makeDoc(a, base.terms)), base.corpus.vector(makeDoc(b, base.terms)));
}
