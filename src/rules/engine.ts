// Runs the semantic rules over a checked guideline. Severity and options of each rule come from
// the manifest's ruleset (like a linter config), the rule's own defaults otherwise; options are
// validated against the rule's schema first, and a wrong or unknown option is a finding at its
// place in the manifest (the rule then runs with its defaults).
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { Analyses } from '../analyze/analyses.js';
import type { ActHistory } from '../model/comment-types.js';
import { sortFindings, type Finding, type Severity } from '../core/findings.js';
import { isRecord } from '../core/guards.js';
import { t } from '../i18n/index.js';
import { findingAt } from '../model/finding.js';
import { buildIndex, type ModelIndex } from '../model/lookup.js';
import { schemaFindingsAt } from '../model/schema.js';
import { optionsValidatorFor } from './options-validators.js';
import type { Guideline, RuleSetting, SourceFile } from '../model/types.js';
import { RENAMED_RULES, RULES } from './index.js';
import type { AnyRule } from './types.js';

export interface RuleConfig {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

export function ruleConfig(rule: AnyRule, setting: RuleSetting | undefined): RuleConfig {
  if (setting === undefined) return { severity: rule.meta.severity, options: {} };
  if (typeof setting === 'string') return { severity: setting, options: {} };
  return { severity: setting.severity ?? rule.meta.severity, options: setting.options ?? {} };
}

export interface RunOptions {
  rules?: readonly AnyRule[];
  /** The analyses of this run (made here when not given). */
  analyses?: Analyses;
  /** Settings that replace the ruleset's for this run (`analyze --min-similarity`); options are merged. */
  overrides?: Record<string, { options: Record<string, unknown> }>;
  /** Who added each file of the review log (from git), for the provenance check; absent outside git. */
  history?: ActHistory;
}

export interface CheckResult {
  findings: Finding[];
  index: ModelIndex;
  analyses: Analyses;
  /** The configuration each rule ran with (severity 'off' for a rule that did not run). */
  configs: Map<string, RuleConfig>;
}

const NO_OPTIONS = { type: 'object', additionalProperties: false, properties: {} };
const validators = new Map<string, ValidateFunction>();

const PLAIN_SCHEMA_KEYS = new Set(['type', 'additionalProperties', 'properties', 'description', 'title']);
const PLAIN_VALUE_TYPES = new Set(['integer', 'number', 'string', 'boolean']);
const plainCache = new Map<object, Record<string, unknown> | null>();

/**
 * No options given and a schema of plain properties only: what ajv's `useDefaults` makes of `{}`
 * (each property's default, in the schema's order), without compiling the schema (a quarter of a
 * second for all rules). Undefined when the schema is anything else, or a default would not pass
 * its own property's type or bounds: ajv validates those as before.
 */
export function plainDefaults(schema: Record<string, unknown>): Record<string, unknown> | undefined {
  let defaults = plainCache.get(schema);
  if (defaults === undefined) {
    defaults = plainDefaultsOf(schema);
    plainCache.set(schema, defaults);
  }
  return defaults === null ? undefined : { ...defaults };
}

function plainDefaultsOf(schema: Record<string, unknown>): Record<string, unknown> | null {
  if (schema.type !== 'object' || !Object.keys(schema).every((k) => PLAIN_SCHEMA_KEYS.has(k))) return null;
  const properties = schema.properties ?? {};
  if (!isRecord(properties)) return null;
  const out: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (!isRecord(property)) return null;
    if (property.default === undefined) continue;
    const value = property.default;
    if (typeof property.type !== 'string' || !PLAIN_VALUE_TYPES.has(property.type)) return null;
    if (!Object.keys(property).every((k) => ['type', 'default', 'description', 'minimum', 'maximum'].includes(k))) return null;
    const ok = property.type === 'integer' ? Number.isInteger(value)
      : property.type === 'number' ? typeof value === 'number' && Number.isFinite(value)
      : typeof value === property.type;
    if (!ok) return null;
    if (typeof value === 'number') {
      if (typeof property.minimum === 'number' && value < property.minimum) return null;
      if (typeof property.maximum === 'number' && value > property.maximum) return null;
    } else if (property.minimum !== undefined || property.maximum !== undefined) return null;
    out[name] = value;
  }
  return out;
}

function optionsValidator(rule: AnyRule): ValidateFunction {
  let validate = validators.get(rule.id);
  if (!validate) {
    validate = optionsValidatorFor(rule.id, rule.meta.options ?? NO_OPTIONS, rule.meta.options !== undefined);
    validators.set(rule.id, validate);
  }
  return validate;
}

/** What is wrong with the options a ruleset sets for a rule, at their place in the manifest. */
function optionFindings(rule: AnyRule, given: unknown, validate: ValidateFunction, manifestFile: SourceFile): Finding[] {
  const at = ['rules', rule.id, 'options'];
  if (!isRecord(given)) return [findingAt(manifestFile, at, 'ruleset', 'error', t('engine.badOptions', { id: rule.id }))];
  if (rule.meta.options === undefined) {
    return Object.keys(given).map((option) => findingAt(manifestFile, [...at, option], 'ruleset', 'error', t('engine.noOptions', { id: rule.id, option }), { key: true }));
  }
  return schemaFindingsAt(validate.errors ?? [], manifestFile, at).map((f) => ({ ...f, ruleId: 'ruleset' }));
}

export function runRules(guideline: Guideline, index: ModelIndex = buildIndex(guideline), run: RunOptions = {}): CheckResult {
  const rules = run.rules ?? RULES;
  const analyses = run.analyses ?? new Analyses(guideline, index);
  const findings: Finding[] = [];
  const manifestFile = guideline.manifestFile;
  const settings: Record<string, RuleSetting> = { ...(guideline.manifest?.rules ?? {}) };
  for (const [old, renamed] of Object.entries(RENAMED_RULES)) {
    if (settings[old] === undefined) continue;
    findings.push(findingAt(manifestFile, ['rules', old], 'ruleset', 'info', t('engine.renamedRule', { old, id: renamed }), { key: true }));
    settings[renamed] ??= settings[old]!;
  }
  const known = new Set(rules.map((r) => r.id));
  if (guideline.manifest) {
    for (const id of Object.keys(settings)) {
      if (!known.has(id) && !RULES.some((r) => r.id === id) && RENAMED_RULES[id] === undefined) {
        findings.push(findingAt(manifestFile, ['rules', id], 'ruleset', 'error',
          t('engine.unknownRule', { id, known: RULES.map((r) => r.id).sort().join(', ') }), { key: true }));
      }
    }
  }
  const configs = new Map<string, RuleConfig>();
  for (const rule of rules) {
    const setting = settings[rule.id];
    const config = ruleConfig(rule, setting);
    const override = run.overrides?.[rule.id];
    const given = override ? { ...config.options, ...override.options } : config.options;
    // A copy: the validator fills in defaults, and the manifest's data must stay as it was read.
    let options: Record<string, unknown>;
    const plain = isRecord(given) && Object.keys(given).length === 0 ? plainDefaults(rule.meta.options ?? NO_OPTIONS) : undefined;
    if (plain) {
      options = plain;
    } else {
      options = structuredClone(given);
      const validate = optionsValidator(rule);
      if (!validate(options)) {
        if (isRecord(setting) && setting.options !== undefined) findings.push(...optionFindings(rule, setting.options, validate, manifestFile));
        options = {};
        validate(options); // the defaults alone
      }
    }
    configs.set(rule.id, { severity: config.severity, options });
    if (config.severity === 'off') continue;
    const severity = config.severity;
    const fixed = typeof setting === 'string' || setting?.severity !== undefined;
    rule.check({
      guideline,
      index,
      analyses,
      options,
      ...(run.history ? { history: run.history } : {}),
      report: (r) => {
        const finding = findingAt(r.file, r.path, rule.id, fixed ? severity : (r.severity ?? severity), r.message, { key: r.key ?? false });
        if (r.position) {
          const { line, column, endLine, endColumn } = r.position;
          Object.assign(finding, { line, column, endLine, endColumn });
          if (endLine === undefined) delete finding.endLine;
          if (endColumn === undefined) delete finding.endColumn;
        }
        findings.push(finding);
      },
    });
  }
  return { findings: sortFindings(findings), index, analyses, configs };
}
