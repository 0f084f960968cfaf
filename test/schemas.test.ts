// The JSON Schemas are draft 2020-12 with an $id, compile under ajv strict mode, share the
// same $defs, and every YAML file of the shipped guideline names its schema for editors.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/cli.js';
import { SCHEMA_NAMES, loadSchema, validatorFor } from '../src/model/schema.js';

describe('schemas', () => {
  it('declare draft 2020-12 and a unique $id', () => {
    const ids = new Set<string>();
    for (const name of SCHEMA_NAMES) {
      const schema = loadSchema(name);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(typeof schema.$id).toBe('string');
      ids.add(schema.$id as string);
      expect(() => validatorFor(name)).not.toThrow();
    }
    expect(ids.size).toBe(SCHEMA_NAMES.length);
  });

  it('share identical common $defs', () => {
    const defs = SCHEMA_NAMES.map((n) => loadSchema(n).$defs as Record<string, unknown>);
    for (const key of Object.keys(defs[0]!)) {
      for (const d of defs) if (key in d) expect(d[key], key).toEqual(defs[0]![key]);
    }
  });

  it('are named by a modeline in every YAML file of the shipped guideline', () => {
    const guideline = join(REPO, 'guideline');
    const files = ['pedoman.yaml', ...readdirSync(join(guideline, 'sections')).map((f) => `sections/${f}`)];
    for (const rel of files) {
      const first = readFileSync(join(guideline, rel), 'utf8').split('\n')[0];
      expect(first, rel).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+schemas\/[a-z]+\.schema\.json$/);
      const kind = /schemas\/([a-z]+)\.schema/.exec(first!)![1]!;
      const text = readFileSync(join(guideline, rel), 'utf8');
      if (rel !== 'pedoman.yaml') expect(text, rel).toMatch(new RegExp(`^kind: ${kind}$`, 'm'));
      else expect(kind).toBe('manifest');
    }
  });
});
