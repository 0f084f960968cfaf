// The build compiles the schemas into standalone validators (src/schema/precompile.ts). They
// must judge exactly as ajv compiling the schema at run time does, down to the error objects
// that schema findings are made of; and a validator is used only for the schema text it was
// compiled from.
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createAjv, loadSchema, precompiledValidator, SCHEMA_NAMES, SCHEMAS_DIR, type PrecompiledModule } from '../../src/model/schema.js';
import { precompiledSource } from '../../src/model/schema-precompile.js';

let module: PrecompiledModule;

// The generated module is evaluated as CommonJS with a require() that resolves from this clone
// (its `require('ajv/dist/runtime/…')` calls), as dist/schema/precompiled.cjs does inside the
// package: a copy written to the OS temp folder would resolve ajv from wherever that is.
beforeAll(() => {
  const cjs = { exports: {} as PrecompiledModule };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the build's own generated code
  new Function('module', 'exports', 'require', precompiledSource())(cjs, cjs.exports, createRequire(import.meta.url));
  module = cjs.exports;
});

const text = (name: string) => readFileSync(new URL(`${name}.schema.json`, SCHEMAS_DIR), 'utf8');

const CASES: [string, unknown][] = [
  ['manifest', {}],
  ['manifest', { id: 'Bad Id', title: '', version: '1', status: 'done', language: 'fr', date: '2026-13-01', legal_basis: [], levels: [{ id: 'pusat' }], sections: ['a', 'a'], rules: { x: 'loud', y: { severity: 'off', extra: 1 } }, foo: 1 }],
  ['roles', { kind: 'roles', id: 'peran', title: 'Peran', items: [{ id: 'a', name: 'A', level: 3, dutie: ['x'], duties: [] }] }],
  ['terms', { kind: 'terms', id: 'p', title: 'P', items: [{ id: 'a', term: 'A', definition: 'd', avoid: ['x', 'x'], source: { verbatim: 'yes' } }] }],
  ['indicators', { kind: 'indicators', id: 'i', title: 'I', items: [{ id: 'm', indicator: 'x', baseline: { year: 1999 }, targets: [{ year: 2026 }], direction: 'up' }] }],
  ['mechanisms', { kind: 'mechanisms', id: 'm', title: 'M', items: [{ id: 'x', name: 'X', implements: ['Pasal 92'], description: 'd', steps: [], relations: [{ to: 'p', kind: 'owns' }] }] }],
  ['narrative', { kind: 'narrative', id: 'n', title: 'N', items: [{ id: 'x', title: 'T', text: '' }] }],
  ['comment', { id: '01jbad', section: 's', type: 'umum', text: ' ', author: { name: 'A <a@b>' }, created: 'yesterday', status: 'resolved' }],
  ['review', { id: '01hz0000000000000000000000', section: 's', reviewer: { name: 'R' }, at: '2026-07-07T09:00:00Z', approve: 'yes', fingerprint: 'sha256:00' }],
  ['manifest', loadSchemaExample()],
];

function loadSchemaExample(): unknown {
  return {
    id: 'pedoman-uji', title: 'Pedoman Uji', version: '0.1.0', status: 'draft', language: 'id',
    legal_basis: [{ id: 'uu', citation: 'UU' }], levels: [{ id: 'pusat', name: 'Pusat' }], sections: ['a'],
  };
}

function comparable(errors: readonly ErrorObject[] | null | undefined) {
  return (errors ?? []).map((e) => ({
    instancePath: e.instancePath, schemaPath: e.schemaPath, keyword: e.keyword, params: e.params,
    message: e.message, schema: e.schema, parentSchema: e.parentSchema, data: e.data,
  }));
}

describe('precompiled validators', () => {
  it('exist for every schema, with the hash of its text', () => {
    for (const name of SCHEMA_NAMES) {
      expect(typeof module[name], name).toBe('function');
      expect(precompiledValidator(name, text(name), module), name).toBeTypeOf('function');
    }
  });

  it('give the same verdict and the same errors as ajv at run time', () => {
    const ajv = createAjv();
    for (const [name, data] of CASES) {
      const runtime = ajv.getSchema(loadSchema(name).$id as string) ?? ajv.compile(loadSchema(name));
      const built = precompiledValidator(name, text(name), module) as ValidateFunction;
      const expected = runtime(data);
      expect(built(data), name).toBe(expected);
      expect(comparable(built.errors), name).toEqual(comparable(runtime.errors));
    }
    expect(CASES.filter(([name, data]) => !(precompiledValidator(name, text(name), module) as ValidateFunction)(data)).length).toBe(CASES.length - 1);
  });

  it('are not used for a schema that changed since the build', () => {
    expect(precompiledValidator('roles', `${text('roles')}\n`, module)).toBeUndefined();
    expect(precompiledValidator('roles', text('roles'), undefined)).toBeUndefined();
    expect(precompiledValidator('roles', text('roles'), { ...module, __pedoman: undefined })).toBeUndefined();
  });
});
