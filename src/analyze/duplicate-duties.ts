// Duplicated duties (the dichotomy risk): duties of different roles that say nearly the same
// thing, at one level or across levels, unless the roles declare how they divide the work.
import type { ModelIndex, TypedRef } from '../model/lookup.js';
import type { Role, WorkDivision } from '../model/types.js';
import type { AnalysisBase } from './base.js';
import { cosine, forEachCandidate, sharedPhrases, type Doc } from './similarity.js';
import { type PathSegment } from '../core/findings.js';

export const DEFAULT_DUTY_SIMILARITY = 0.45;

export interface DutyRef {
  role: TypedRef<Role>;
  /** Index of the duty in the role's `duties`. */
  duty: number;
  text: string;
}

export interface DutyPair {
  /** The earlier duty in document order. */
  a: DutyRef;
  b: DutyRef;
  score: number;
  shared: string[];
  /** The declared division of work that accepts the likeness, if any (from either role). */
  division?: { from: TypedRef<Role>; entry: WorkDivision; entryIndex: number };
}

export interface DivisionProblem {
  role: TypedRef<Role>;
  path: PathSegment[];
  /** (A division with an unknown role is reported by reference-resolves and left out here.) */
  kind: 'self';
  id: string;
}

export interface DutyResult {
  /** Alike above the threshold, no division declared: findings. */
  undeclared: DutyPair[];
  /** Alike above the threshold, accepted by a declared division of work. */
  declared: DutyPair[];
  /** Every declared division, for the report (whether or not any duty pair needed it). */
  divisions: { from: TypedRef<Role>; entry: WorkDivision; entryIndex: number }[];
  problems: DivisionProblem[];
}

export function analyzeDuties(base: AnalysisBase, index: ModelIndex, minSimilarity: number): DutyResult {
  const duties: DutyRef[] = [];
  const docs: Doc[] = [];
  for (const role of index.roles) {
    (role.item.duties ?? []).forEach((text, duty) => {
      if (typeof text !== 'string') return;
      duties.push({ role, duty, text });
      docs.push(base.doc(text));
    });
  }

  const problems: DivisionProblem[] = [];
  const divisions: DutyResult['divisions'] = [];
  const divided = new Map<string, DutyResult['divisions'][number]>();
  for (const role of index.roles) {
    role.item.divides_work_with?.forEach((entry, k) => {
      const path: PathSegment[] = ['items', role.index, 'divides_work_with', k, 'role'];
      if (entry.role === role.item.id) {
        problems.push({ role, path, kind: 'self', id: entry.role });
        return;
      }
      if (!index.rolesById.has(entry.role)) return;
      const division = { from: role, entry, entryIndex: k };
      divisions.push(division);
      const key = pairKey(role.item.id, entry.role);
      if (!divided.has(key)) divided.set(key, division);
    });
  }

  const vectors = docs.map((d) => base.corpus.vector(d));
  const undeclared: DutyPair[] = [];
  const declared: DutyPair[] = [];
  forEachCandidate(vectors, vectors, minSimilarity, true, (i, j) => {
    const a = duties[i]!;
    const b = duties[j]!;
    if (a.role.item.id === b.role.item.id) return;
    const s = cosine(vectors[i]!, vectors[j]!);
    if (s < minSimilarity) return;
    const pair: DutyPair = { a, b, score: s, shared: sharedPhrases(base.corpus, docs[i]!, docs[j]!) };
    const division = divided.get(pairKey(a.role.item.id, b.role.item.id));
    if (division) declared.push({ ...pair, division });
    else undeclared.push(pair);
  });
  const order = (x: DutyPair, y: DutyPair) => y.score - x.score || x.a.role.item.id.localeCompare(y.a.role.item.id) || x.a.duty - y.a.duty;
  return { undeclared: undeclared.sort(order), declared: declared.sort(order), divisions, problems };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
