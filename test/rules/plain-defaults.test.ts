// Rules whose options are not set get their defaults without compiling the options schema with
// ajv (plainDefaults); the result must be what ajv's useDefaults makes of `{}`.
import { describe, expect, it } from 'vitest';
import { compileWithDefaults } from '../../src/model/schema.js';
import { plainDefaults } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/index.js';

const NO_OPTIONS = { type: 'object', additionalProperties: false, properties: {} };

describe('the defaults of a rule whose options are not set', () => {
  for (const rule of RULES) {
    const schema = (rule.meta.options ?? NO_OPTIONS) as Record<string, unknown>;
    it(`${rule.id}: the same as ajv fills in, in the same order, or left to ajv`, () => {
      const plain = plainDefaults(schema);
      if (plain === undefined) return;
      const data: Record<string, unknown> = {};
      expect(compileWithDefaults(schema)(data)).toBe(true);
      expect(JSON.stringify(plain)).toBe(JSON.stringify(data));
    });
  }

  it('leaves to ajv a schema with anything but plain properties, or a default out of bounds', () => {
    expect(plainDefaults({ type: 'object', properties: { a: { type: 'array', default: [] } } })).toBeUndefined();
    expect(plainDefaults({ type: 'object', required: ['a'], properties: { a: { type: 'integer' } } })).toBeUndefined();
    expect(plainDefaults({ type: 'object', properties: { a: { type: 'integer', maximum: 3, default: 4 } } })).toBeUndefined();
    expect(plainDefaults({ type: 'object', properties: { a: { type: 'integer', default: 1.5 } } })).toBeUndefined();
    expect(plainDefaults({ type: 'object', properties: { a: { type: 'string', enum: ['x'], default: 'y' } } })).toBeUndefined();
    expect(plainDefaults({ type: 'object', properties: { a: { type: 'integer', minimum: 0, default: 2 } } })).toEqual({ a: 2 });
  });

  it('hands out a fresh object every time', () => {
    const schema = { type: 'object', properties: { a: { type: 'integer', default: 2 } } };
    const first = plainDefaults(schema)!;
    first.a = 5;
    expect(plainDefaults(schema)).toEqual({ a: 2 });
  });
});
