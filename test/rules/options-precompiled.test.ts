// The build compiles the rules' option schemas into standalone validators
// (src/rules/options-precompile.ts). They must judge and fill in defaults exactly as ajv
// compiling the schema at run time does, down to the error objects; and a validator is used only
// for the schema it was compiled from.
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileWithDefaults } from '../../src/model/schema.js';
import { optionsPrecompiledSource } from '../../src/rules/options-precompile.js';
import { precompiledOptionsValidator } from '../../src/rules/options-validators.js';
import { RULES } from '../../src/rules/index.js';

type Module = Parameters<typeof precompiledOptionsValidator>[2];
let module: Module;

beforeAll(() => {
  const cjs = { exports: {} as NonNullable<Module> };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the build's own generated code
  new Function('module', 'exports', 'require', optionsPrecompiledSource())(cjs, cjs.exports, createRequire(import.meta.url));
  module = cjs.exports;
});

function comparable(errors: readonly ErrorObject[] | null | undefined) {
  return (errors ?? []).map((e) => ({
    instancePath: e.instancePath, schemaPath: e.schemaPath, keyword: e.keyword, params: e.params,
    message: e.message, schema: e.schema, parentSchema: e.parentSchema, data: e.data,
  }));
}

const SAMPLES: unknown[] = [
  {},
  { bogus: 1 },
  { max_distance: 9, min_length: 'x' },
  { require: { pusat: ['duta'], kanwil: 'x' } },
  { require: { pusat: [1, 1] } },
  { provisions: ['pasal-92-a', 'pasal-92-a'] },
  { provisions: 'pasal-92-a' },
  { required_topics: ['Bad Topic', 'ok'] },
  { min_outcome: -1 },
  { min_outcome: 3 },
  { max_words: 40 },
];

describe('precompiled validators of rule options', () => {
  it('exist for every rule with options, for its schema only', () => {
    for (const rule of RULES) {
      if (!rule.meta.options) continue;
      expect(precompiledOptionsValidator(rule.id, rule.meta.options, module), rule.id).toBeTypeOf('function');
      expect(precompiledOptionsValidator(rule.id, { ...rule.meta.options, description: 'changed' }, module), rule.id).toBeUndefined();
    }
    expect(precompiledOptionsValidator('no-such-rule', {}, module)).toBeUndefined();
    expect(precompiledOptionsValidator('term-spelling', {}, undefined)).toBeUndefined();
  });

  for (const rule of RULES) {
    if (!rule.meta.options) continue;
    it(`${rule.id}: the same verdict, defaults and errors as ajv at run time`, () => {
      const schema = rule.meta.options!;
      const fresh = compileWithDefaults(schema);
      const built = precompiledOptionsValidator(rule.id, schema, module)!;
      for (const sample of SAMPLES) {
        const a = structuredClone(sample) as Record<string, unknown>;
        const b = structuredClone(sample) as Record<string, unknown>;
        expect(built(b), JSON.stringify(sample)).toBe(fresh(a));
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(comparable(built.errors)).toEqual(comparable(fresh.errors));
      }
    });
  }
});
