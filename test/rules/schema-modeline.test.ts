import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { findModeline } from '../../src/rules/schema-modeline.js';
import { baseGuideline, cleanupGuidelines, toYaml, variant } from '../helpers/fixture.js';
import { check } from './run.js';

beforeAll(() => setLanguage('en'));
afterEach(cleanupGuidelines);

const RULE = 'schema-modeline';
const ROLES = 'sections/peran.yaml';
const line = (path: string) => `# yaml-language-server: $schema=${path}`;

describe(RULE, () => {
  it('passes when every file names its schema, as init writes them', async () => {
    expect((await check(baseGuideline())).of(RULE)).toEqual([]);
  });

  it('reports a missing modeline at the top of the file, with the line to add', async () => {
    const result = await check(variant((f) => { f[ROLES] = toYaml(f[ROLES]); }));
    const found = result.of(RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', line: 1, column: 1 });
    expect(found[0]!.file.endsWith('peran.yaml')).toBe(true);
    expect(found[0]!.message).toBe(`no schema modeline, so editors do not check this file against roles.schema.json; add this line at the top: ${line('../../schemas/roles.schema.json')}`);
  });

  it('reports a modeline naming another schema or folder, at its line, with the right one', async () => {
    const result = await check(variant((f) => {
      f[ROLES] = `# Peran\n${line('../../schemas/terms.schema.json')}\n${toYaml(f[ROLES])}`;
      f['sections/indikator.yaml'] = `${line('../schemas/indicators.schema.json')}\n${toYaml(f['sections/indikator.yaml'])}`;
      f['pedoman.yaml'] = `${line('../schemas/manifest.schema.json')}\n${toYaml({ ...f['pedoman.yaml'] })}`;
    }));
    const found = result.of(RULE).map((x) => [x.file.replace(/^.*\/(?=sections\/|pedoman)/, ''), x.line, x.message]).sort((a, b) => String(b[0]).localeCompare(String(a[0])));
    expect(found).toEqual([
      ['sections/peran.yaml', 2, `the schema modeline names ../../schemas/terms.schema.json; for this file (roles.schema.json) it should read: ${line('../../schemas/roles.schema.json')}`],
      ['sections/indikator.yaml', 1, `the schema modeline names ../schemas/indicators.schema.json; for this file (indicators.schema.json) it should read: ${line('../../schemas/indicators.schema.json')}`],
    ]);
  });

  it('takes the schemas folder from the manifest, or from options.schemas', async () => {
    const url = 'https://example.org/pedoman/schemas';
    const fromManifest = await check(variant((f) => {
      f['pedoman.yaml'] = `${line(`${url}/manifest.schema.json`)}\n${toYaml(f['pedoman.yaml'])}`;
      for (const rel of Object.keys(f).filter((r) => r.startsWith('sections/'))) f[rel] = `${line(`${url}/${f[rel].kind}.schema.json`)}\n${toYaml(f[rel])}`;
    }));
    expect(fromManifest.of(RULE)).toEqual([]);
    const fromOptions = await check(variant((f) => { f['pedoman.yaml'].rules = { [RULE]: { options: { schemas: 'node_modules/pedoman/schemas/' } } }; }));
    const messages = fromOptions.of(RULE).map((x) => x.message);
    expect(messages).toHaveLength(6);
    expect(messages).toContain(`the schema modeline names ../schemas/manifest.schema.json; for this file (manifest.schema.json) it should read: ${line('node_modules/pedoman/schemas/manifest.schema.json')}`);
    expect(messages).toContain(`the schema modeline names ../../schemas/roles.schema.json; for this file (roles.schema.json) it should read: ${line('../node_modules/pedoman/schemas/roles.schema.json')}`);
    const bad = await check(variant((f) => { f['pedoman.yaml'].rules = { [RULE]: { options: { schemas: '', folder: 'x' } } }; }));
    expect(bad.of('ruleset').map((x) => x.path)).toEqual([`rules.${RULE}.options.schemas`, `rules.${RULE}.options.folder`]);
  });

  it('reads the modeline among the comments a file opens with, after a BOM too', () => {
    expect(findModeline(`\uFEFF# x\n\n${line('a.json')}\nkind: roles\n`)).toMatchObject({ line: 3, schema: 'a.json' });
    expect(findModeline(`kind: roles\n${line('a.json')}\n`)).toBeUndefined();
  });

  it('says it in Indonesian too', async () => {
    setLanguage('id');
    try {
      const result = await check(variant((f) => { f[ROLES] = toYaml(f[ROLES]); }));
      expect(result.of(RULE)[0]!.message).toBe(`tidak ada modeline skema, sehingga penyunting tidak memeriksa berkas ini dengan roles.schema.json; tambahkan baris ini di awal berkas: ${line('../../schemas/roles.schema.json')}`);
    } finally {
      setLanguage('en');
    }
  });
});
