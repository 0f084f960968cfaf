// JSON Schema validation with ajv, and errors turned into findings that point at the offending
// key or value. Validators come precompiled from the build (dist/schema/precompiled.cjs, see
// precompile.ts) when the schema file is the one they were compiled from; otherwise (running
// from the sources, or a schema edited since the build) ajv compiles the schema once per process.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { t } from '../i18n/index.js';
import { findingAt } from './finding.js';
import type { SourceFile } from './types.js';
import { closest } from '../util/closest.js';
import { debugLog } from '../util/debug.js';
import { type Finding, type PathSegment } from '../core/findings.js';

export { SCHEMA_NAMES, type SchemaName } from './schema-names.js';

/** The folder holding the JSON Schemas shipped with pedoman. */
export const SCHEMAS_DIR = new URL('../../schemas/', import.meta.url);

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function schemaText(name: string): string {
  return readFileSync(new URL(`${name}.schema.json`, SCHEMAS_DIR), 'utf8');
}

export function loadSchema(name: string): Record<string, unknown> {
  return JSON.parse(schemaText(name)) as Record<string, unknown>;
}

export function validatorFor(name: string): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const text = schemaText(name);
    validate = precompiledValidator(name, text, precompiledModule());
    if (validate) {
      debugLog(`schema ${name}: precompiled validator`);
    } else {
      ajv ??= createAjv();
      validate = ajv.compile(JSON.parse(text) as Record<string, unknown>);
      debugLog(`schema ${name}: compiled now with ajv (${precompiled ? 'the schema file changed since the build' : 'no precompiled validators: running from the sources'})`);
    }
    compiled.set(name, validate);
  }
  return validate;
}

const require = createRequire(import.meta.url);

let defaultsAjv: Ajv2020 | undefined;

/**
 * A validator for a schema given as a value (a rule's options): compiled on first use, filling
 * in the schema's defaults (`useDefaults`) in the data it validates.
 */
export function compileWithDefaults(schema: Record<string, unknown>): ValidateFunction {
  defaultsAjv ??= createDefaultsAjv();
  return defaultsAjv.compile(schema);
}

/** The ajv of rule options (defaults filled in), shared with the build's precompilation of them. */
export function createDefaultsAjv(options: { source?: boolean } = {}): Ajv2020 {
  const settings: Options = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true, useDefaults: true };
  if (options.source) settings.code = { source: true };
  const { Ajv2020: AjvClass } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  return new AjvClass(settings);
}

/**
 * Findings for errors of a value that sits at `at` inside the file (its instance paths are
 * relative to that value), as if the file's own schema had found them there.
 */
export function schemaFindingsAt(errors: readonly ErrorObject[], file: SourceFile, at: readonly PathSegment[]): Finding[] {
  const prefix = at.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  return schemaFindings(errors.map((e) => ({ ...e, instancePath: `${prefix}${e.instancePath}` })), file);
}

/**
 * The one configuration of ajv, shared with the build's precompilation (`source` keeps code
 * for it). ajv itself is loaded here, on first need: with precompiled validators it never is.
 */
export function createAjv(options: { source?: boolean } = {}): Ajv2020 {
  const settings: Options = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true };
  if (options.source) settings.code = { source: true };
  const { Ajv2020: AjvClass } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const instance = new AjvClass(settings);
  instance.addFormat('date', /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
  return instance;
}

/** The build's compiled validators: one function per schema name, and the sha256 of each schema. */
export interface PrecompiledModule {
  __pedoman?: { version: number; hashes: Record<string, string> };
  [name: string]: unknown;
}

let precompiled: PrecompiledModule | null | undefined;

/**
 * Where the build writes the compiled validators (see precompile.ts). Spelled from the parent
 * folder because in the bundled build (scripts/bundle.mjs) this code may sit in dist/chunks/.
 */
export const PRECOMPILED_PATH = '../schema/precompiled.cjs';

function precompiledModule(): PrecompiledModule | undefined {
  if (precompiled === undefined) {
    try {
      precompiled = require(PRECOMPILED_PATH) as PrecompiledModule;
    } catch {
      precompiled = null; // not built (running from the sources): compile with ajv
    }
  }
  return precompiled ?? undefined;
}

/** The precompiled validator of a schema, if there is one for exactly this schema text. */
export function precompiledValidator(name: string, text: string, module: PrecompiledModule | undefined): ValidateFunction | undefined {
  const validate = module?.[name];
  const hash = module?.__pedoman?.hashes[name];
  if (typeof validate !== 'function' || hash === undefined) return undefined;
  if (createHash('sha256').update(text, 'utf8').digest('hex') !== hash) return undefined;
  return validate as ValidateFunction;
}

/** Validates a parsed file against a schema; returns findings (empty when valid). */
export function validateAgainstSchema(name: string, file: SourceFile): Finding[] {
  const validate = validatorFor(name);
  if (validate(file.data)) return [];
  return schemaFindings(validate.errors ?? [], file);
}

export function schemaFindings(errors: readonly ErrorObject[], file: SourceFile): Finding[] {
  const findings: Finding[] = [];
  // A oneOf failure also reports every branch's errors; keep only the oneOf summary.
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  for (const error of errors) {
    if (error.keyword !== 'oneOf' && oneOfPaths.some((p) => error.instancePath === p || error.instancePath.startsWith(`${p}/`)) && error.schemaPath.includes('/oneOf/')) {
      continue;
    }
    // An if/then/else failure ('must match "then" schema') says nothing the error inside the
    // branch does not say better: drop it when that error is there.
    if (error.keyword === 'if' && errors.some((o) => o.keyword !== 'if' && (o.instancePath === error.instancePath || o.instancePath.startsWith(`${error.instancePath}/`)))) {
      continue;
    }
    const path = pointerToPath(error.instancePath, file.data);
    const { message, at, key } = describe(error, path, file.data);
    findings.push(findingAt(file, at, 'schema', 'error', message, { key }));
  }
  return findings;
}

function pointerToPath(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function fieldName(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') {
      const index = path[i + 1];
      return typeof index === 'number' ? `${segment}[${index}]` : segment;
    }
  }
  return t('schema.document');
}

function shown(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return t('schema.aList');
  if (typeof value === 'object') return t('schema.aMapping');
  return String(value);
}

function typeWord(type: string): string {
  return t(`schema.type.${type}`);
}

function valueAt(path: readonly PathSegment[], data: unknown): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function describe(error: ErrorObject, path: PathSegment[], data: unknown): { message: string; at: PathSegment[]; key: boolean } {
  const field = fieldName(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return { message: t('schema.required', { field: missing, where: humanWhere(path, data, field) }), at: path, key: false };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = allowedKeys(error);
      const suggestion = closest(extra, allowed);
      const message = suggestion
        ? t('schema.unknownKeySuggest', { field: extra, suggestion })
        : t('schema.unknownKey', { field: extra, allowed: allowed.join(', ') });
      return { message, at: [...path, extra], key: true };
    }
    case 'type': {
      const expected = String(params.type).split(',').map(typeWord).join(t('schema.or'));
      return { message: t('schema.type', { field, expected, found: shown(valueAt(path, data)) }), at: path, key: false };
    }
    case 'enum':
      return {
        message: t('schema.enum', {
          field,
          allowed: ((params.allowedValues as unknown[]) ?? []).map(String).join(', '),
          found: shown(valueAt(path, data)),
        }),
        at: path,
        key: false,
      };
    case 'const':
      return { message: t('schema.const', { field, expected: String(params.allowedValue) }), at: path, key: false };
    case 'pattern':
      if (String(params.pattern).startsWith('^[a-z0-9]')) {
        return { message: t('schema.slug', { field, found: shown(valueAt(path, data)) }), at: path, key: false };
      }
      return { message: t('schema.pattern', { field }), at: path, key: false };
    case 'format':
      return { message: t('schema.format', { field, format: String(params.format) }), at: path, key: false };
    case 'minItems':
      return { message: t('schema.minItems', { field, limit: Number(params.limit) }), at: path, key: false };
    case 'minLength':
      return { message: t('schema.minLength', { field }), at: path, key: false };
    case 'maxLength':
      return { message: t('schema.maxLength', { field, limit: Number(params.limit) }), at: path, key: false };
    case 'uniqueItems':
      return { message: t('schema.uniqueItems', { field, i: Number(params.j) + 1, j: Number(params.i) + 1 }), at: path, key: false };
    case 'minimum':
    case 'maximum':
      return { message: t(`schema.${error.keyword}`, { field, limit: Number(params.limit) }), at: path, key: false };
    case 'oneOf':
      return { message: t('schema.oneOf', { field }), at: path, key: false };
    case 'false schema':
      return { message: t('schema.notHere', { field }), at: path, key: true };
    default:
      return { message: t('schema.other', { field, detail: error.message ?? error.keyword }), at: path, key: false };
  }
}

/** "item 2 (duta-kerja-sama-upt)" rather than items[1], for people who do not count from 0. */
function humanWhere(path: readonly PathSegment[], data: unknown, field: string): string {
  if (path.length === 0) return t('schema.document');
  const last = path[path.length - 1];
  if (typeof last === 'number' && path[path.length - 2] === 'items') {
    const id = (valueAt(path, data) as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? t('schema.itemWithId', { n: last + 1, id }) : t('schema.item', { n: last + 1 });
  }
  return field;
}

function allowedKeys(error: ErrorObject): string[] {
  const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(parent?.properties ?? {});
}

