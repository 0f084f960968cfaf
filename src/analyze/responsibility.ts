// The responsibility matrix: for each mechanism and each level at which it runs, the roles
// that answer for it. Exactly one is right; none is a gap, several blur accountability.
import type { ModelIndex, TypedRef } from '../model/lookup.js';
import type { Guideline, Mechanism, Role } from '../model/types.js';

export interface MatrixRow {
  mechanism: TypedRef<Mechanism>;
  /** Level ids at which it runs: its `levels`, else the levels of its responsible roles. */
  levels: string[];
  /** Level id → roles answering there. */
  cells: Map<string, TypedRef<Role>[]>;
  /** Responsible roles whose level is not one at which the mechanism runs. */
  outside: TypedRef<Role>[];
  /** Whether `levels` was declared or inferred from the roles. */
  levelsDeclared: boolean;
}

export type GapKind = 'none' | 'several' | 'outside' | 'nobody';

export interface Gap {
  row: MatrixRow;
  kind: GapKind;
  level?: string;
  roles: TypedRef<Role>[];
}

export interface Appointment {
  role: TypedRef<Role>;
  by: string | undefined;
  /** Name and level of whoever appoints, when it resolves. */
  appointer?: { name: string; level: string; kind: 'authority' | 'role' };
}

export interface ResponsibilityResult {
  /** Manifest levels in order (highest first), for the matrix columns. */
  levels: string[];
  rows: MatrixRow[];
  gaps: Gap[];
  appointments: Appointment[];
}

export function analyzeResponsibility(guideline: Guideline, index: ModelIndex): ResponsibilityResult {
  const order = orderedLevels(guideline, index);
  const rank = new Map(order.map((id, i) => [id, i]));
  const rows: MatrixRow[] = [];
  const gaps: Gap[] = [];
  for (const mechanism of index.mechanisms) {
    const responsible = (mechanism.item.responsible ?? [])
      .map((id) => index.rolesById.get(id))
      .filter((r): r is TypedRef<Role> => r !== undefined);
    const declared = Array.isArray(mechanism.item.levels) && mechanism.item.levels.length > 0;
    const levels = declared
      ? unique(mechanism.item.levels!.filter((l) => index.levels.has(l)))
      : unique(responsible.map((r) => r.item.level).filter((l) => index.levels.has(l)));
    levels.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    const cells = new Map<string, TypedRef<Role>[]>(levels.map((l) => [l, []]));
    const outside: TypedRef<Role>[] = [];
    for (const role of responsible) {
      const cell = cells.get(role.item.level);
      if (cell) cell.push(role);
      else if (index.levels.has(role.item.level)) outside.push(role);
    }
    const row: MatrixRow = { mechanism, levels, cells, outside, levelsDeclared: declared };
    rows.push(row);
    const unresolved = (mechanism.item.responsible ?? []).some((id) => !index.rolesById.has(id));
    if (levels.length === 0) {
      if (!unresolved) gaps.push({ row, kind: 'nobody', roles: [] });
      continue;
    }
    for (const level of levels) {
      const roles = cells.get(level)!;
      if (roles.length === 0 && !unresolved) gaps.push({ row, kind: 'none', level, roles });
      if (roles.length > 1) gaps.push({ row, kind: 'several', level, roles });
    }
    for (const role of outside) gaps.push({ row, kind: 'outside', level: role.item.level, roles: [role] });
  }

  const appointments: Appointment[] = index.roles.map((role) => {
    const by = role.item.appointment?.by;
    const authority = by === undefined ? undefined : index.authorities.get(by);
    const appointingRole = by === undefined ? undefined : index.rolesById.get(by)?.item;
    const appointer = authority
      ? { name: authority.name, level: authority.level, kind: 'authority' as const }
      : appointingRole
        ? { name: appointingRole.name, level: appointingRole.level, kind: 'role' as const }
        : undefined;
    return appointer ? { role, by, appointer } : { role, by };
  });
  return { levels: order, rows, gaps, appointments };
}

/** Levels from the top down: roots first, then their children (manifest order among siblings). */
function orderedLevels(guideline: Guideline, index: ModelIndex): string[] {
  const levels = guideline.manifest?.levels ?? [];
  const depth = (id: string) => {
    let d = 0;
    const seen = new Set<string>();
    for (let current = index.levels.get(id)?.parent; current !== undefined && !seen.has(current); current = index.levels.get(current)?.parent) {
      seen.add(current);
      d++;
    }
    return d;
  };
  return levels.map((l, i) => ({ id: l.id, d: depth(l.id), i })).sort((a, b) => a.d - b.d || a.i - b.i).map((l) => l.id);
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}
