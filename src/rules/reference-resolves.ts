import { t } from '../i18n/index.js';
import type { SourceFile } from '../model/types.js';
import { closest } from '../util/closest.js';
import { incompleteKinds } from './incomplete.js';
import type { Rule, RuleContext } from './types.js';
import { type PathSegment } from '../core/findings.js';
import { type SectionKind } from '../model/kinds.js';

type Target = 'level' | 'role' | 'appointer' | 'provision' | 'stakeholder' | 'mechanism' | 'term' | 'programme' | 'usage';

/**
 * Every reference by id resolves; when it does not, the message lists the ids that exist. That
 * includes `divides_work_with[].role`, `relations[].to` and the existing programmes' `drawn_from`
 * and `levels`, which the similarity rules used to report as warnings.
 */
export const referenceResolves: Rule = {
  id: 'reference-resolves',
  meta: { severity: 'error', messages: ['more', 'none', 'target.appointer', 'target.level', 'target.mechanism', 'target.programme', 'target.provision', 'target.role', 'target.stakeholder', 'target.term', 'target.usage', 'unknown', 'unknownSuggest'] },
  check(context) {
    const { guideline, index } = context;
    // A section of the target's kind did not load (empty, broken YAML, schema errors): its
    // ids are unknown, so a reference into it is not reported on top of that error. (The ids of
    // items left out for their own schema errors are known: index.looseIds.)
    const incomplete = incompleteKinds(guideline, { leftOutItems: false });
    const check = (file: SourceFile, path: PathSegment[], id: string | undefined, target: Target) => {
      if (id === undefined) return;
      if (resolves(context, id, target)) return;
      const kinds = target === 'usage' ? (['mechanisms', 'roles'] as const) : [ITEM_KIND[target]];
      if (kinds.some((kind) => kind && incomplete.has(kind))) return;
      report(context, file, path, id, target);
    };
    const checkList = (file: SourceFile, base: PathSegment[], ids: string[] | undefined, target: Target) => {
      ids?.forEach((id, i) => check(file, [...base, i], id, target));
    };

    for (const { section, item, index: i } of index.roles) {
      const at: PathSegment[] = ['items', i];
      check(section.file, [...at, 'level'], item.level, 'level');
      check(section.file, [...at, 'appointment', 'by'], item.appointment?.by, 'appointer');
      check(section.file, [...at, 'reports_to'], item.reports_to, 'appointer');
      item.divides_work_with?.forEach((entry, k) => check(section.file, [...at, 'divides_work_with', k, 'role'], entry.role, 'role'));
      item.relations?.forEach((relation, k) => check(section.file, [...at, 'relations', k, 'to'], relation.to, 'programme'));
    }
    for (const { section, item, index: i } of index.mechanisms) {
      const at: PathSegment[] = ['items', i];
      checkList(section.file, [...at, 'implements'], item.implements, 'provision');
      checkList(section.file, [...at, 'stakeholders'], item.stakeholders, 'stakeholder');
      checkList(section.file, [...at, 'levels'], item.levels, 'level');
      checkList(section.file, [...at, 'responsible'], item.responsible, 'role');
      item.relations?.forEach((relation, k) => check(section.file, [...at, 'relations', k, 'to'], relation.to, 'programme'));
    }
    for (const { section, item, index: i } of index.indicators) {
      const at: PathSegment[] = ['items', i];
      check(section.file, [...at, 'responsible'], item.responsible, 'role');
      checkList(section.file, [...at, 'measures'], item.measures, 'mechanism');
    }
    for (const { section, item, index: i } of index.forms) {
      checkList(section.file, ['items', i, 'used_in'], item.used_in, 'usage');
    }
    for (const { section, item, index: i } of index.terms) {
      checkList(section.file, ['items', i, 'distinct_from'], item.distinct_from, 'term');
    }
    const manifest = guideline.manifest;
    if (manifest) {
      manifest.levels.forEach((level, i) => check(guideline.manifestFile, ['levels', i, 'parent'], level.parent, 'level'));
      manifest.authorities?.forEach((a, i) => check(guideline.manifestFile, ['authorities', i, 'level'], a.level, 'level'));
      manifest.existing_programmes?.forEach((p, i) => {
        check(guideline.manifestFile, ['existing_programmes', i, 'drawn_from'], p.drawn_from, 'programme');
        checkList(guideline.manifestFile, ['existing_programmes', i, 'levels'], p.levels, 'level');
      });
    }
  },
};

const ITEM_KIND: Partial<Record<Target, SectionKind>> = {
  role: 'roles',
  appointer: 'roles',
  mechanism: 'mechanisms',
  term: 'terms',
};

function resolves({ guideline, index }: RuleContext, id: string, target: Target): boolean {
  if (index.looseIds.has(id)) return true;
  switch (target) {
    case 'level':
      return index.levels.has(id);
    case 'role':
      return index.rolesById.has(id);
    case 'appointer':
      return index.rolesById.has(id) || index.authorities.has(id);
    case 'provision':
      return index.provisions.has(id);
    case 'stakeholder':
      return index.stakeholders.has(id);
    case 'mechanism':
      return index.mechanismsById.has(id);
    case 'term':
      return index.termsById.has(id);
    case 'programme':
      return programmeIds(guideline).includes(id);
    case 'usage':
      return index.mechanismsById.has(id) || index.rolesById.has(id);
  }
}

function candidates({ guideline, index }: RuleContext, target: Target): string[] {
  switch (target) {
    case 'level':
      return [...index.levels.keys()];
    case 'role':
      return [...index.rolesById.keys()];
    case 'appointer':
      return [...index.authorities.keys(), ...index.rolesById.keys()];
    case 'provision':
      return [...index.provisions.keys()];
    case 'stakeholder':
      return [...index.stakeholders.keys()];
    case 'mechanism':
      return [...index.mechanismsById.keys()];
    case 'term':
      return [...index.termsById.keys()];
    case 'programme':
      return programmeIds(guideline);
    case 'usage':
      return [...index.mechanismsById.keys(), ...index.rolesById.keys()];
  }
}

/** The programmes that already exist (manifest `existing_programmes`), by id. */
function programmeIds(guideline: RuleContext['guideline']): string[] {
  return (guideline.manifest?.existing_programmes ?? []).map((p) => p.id);
}

const SHOWN = 15;

function report(context: RuleContext, file: SourceFile, path: PathSegment[], id: string, target: Target): void {
  const known = candidates(context, target);
  const suggestion = closest(id, known);
  const list = known.length === 0
    ? t('rule.reference-resolves.none')
    : known.slice(0, SHOWN).join(', ') + (known.length > SHOWN ? t('rule.reference-resolves.more', { count: known.length - SHOWN }) : '');
  context.report({
    file,
    path,
    message: t(suggestion ? 'rule.reference-resolves.unknownSuggest' : 'rule.reference-resolves.unknown', {
      id,
      what: t(`rule.reference-resolves.target.${target}`),
      suggestion: suggestion ?? '',
      known: list,
    }),
  });
}
