// The rule engine: rules declare themselves (severity, an options schema, their messages), and
// the options a ruleset sets are checked against the schema before the rule runs.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import { LANGUAGES, mergeCatalogs } from '../../src/i18n/index.js';
import { RULES } from '../../src/rules/index.js';
import { cleanupGuidelines, variant } from '../helpers/fixture.js';
import { check } from './run.js';

afterEach(cleanupGuidelines);

describe('the rule engine', () => {
  it('reports an unknown option of a rule that takes none, at its line in the manifest, and runs the rule anyway', async () => {
    const result = await check(variant((f) => {
      f['pedoman.yaml'].rules = { 'id-unique': { options: { bogus: 1 } } };
      f['sections/peran.yaml'].items[1].id = 'duta-pusat'; // a duplicate id, for the rule to find
    }));
    const [finding, ...more] = result.of('ruleset');
    expect(more).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      path: 'rules.id-unique.options.bogus',
      message: "rule 'id-unique' takes no options; remove 'bogus'",
      line: result.lineOf('pedoman.yaml', 'bogus'),
    });
    expect(result.of('id-unique')).toHaveLength(1);
  });

  it('fills in an option\'s default and leaves the manifest data as read', async () => {
    const result = await check(variant((f) => { f['pedoman.yaml'].rules = { 'duty-duplicate': { options: {} } }; }));
    expect(result.of('ruleset')).toEqual([]);
  });

  it('reads the old id of a renamed rule, and says to rename it', async () => {
    const result = await check(variant((f) => {
      f['pedoman.yaml'].rules = { 'mechanism-has-metric': 'off' };
      f['sections/mekanisme.yaml'].items.push({ ...f['sections/mekanisme.yaml'].items[0], id: 'tanpa-ukuran' });
    }));
    expect(result.of('mechanism-has-indicator')).toEqual([]); // the setting applies under the new id
    expect(result.of('ruleset')).toMatchObject([{ severity: 'info', message: "rule 'mechanism-has-metric' is now called 'mechanism-has-indicator'; its setting applies to 'mechanism-has-indicator', rename it in the ruleset" }]);
  });

  it('reads a section written with the older kind name metrics as indicators', async () => {
    const result = await check(variant((f) => { f['sections/indikator.yaml'].kind = 'metrics'; }));
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('every rule declares its severity, messages that exist in both languages, and uses only those', () => {
    const tables = LANGUAGES.map((lang) => mergeCatalogs(CATALOGS, lang));
    for (const rule of RULES) {
      expect(['error', 'warning', 'info'], rule.id).toContain(rule.meta.severity);
      for (const key of rule.meta.messages) {
        for (const table of tables) expect(table[`rule.${rule.id}.${key}`], `rule.${rule.id}.${key}`).toBeTypeOf('string');
      }
      const source = readFileSync(new URL(`../../src/rules/${rule.id}.ts`, import.meta.url), 'utf8');
      // Keys written out, and keys built at run time (`rule.${ID}.target.${target}`: a declared key must start so).
      const used = [...source.matchAll(/rule\.(?:\$\{ID\}|[a-z-]+)\.([a-zA-Z]+(?:\.[a-zA-Z]+)?)(\.\$\{)?/g)]
        .filter((m) => m[0].startsWith(`rule.${rule.id}.`) || m[0].startsWith('rule.${ID}.'));
      for (const [, key, dynamic] of used) {
        if (dynamic) expect(rule.meta.messages.some((m) => m.startsWith(`${key!}.`)), `${rule.id} builds rule.${rule.id}.${key!}.…`).toBe(true);
        else expect(rule.meta.messages, `${rule.id} uses rule.${rule.id}.${key!}`).toContain(key);
      }
      if (rule.meta.options) expect(rule.meta.options).toMatchObject({ type: 'object', additionalProperties: false });
    }
  });
});
