import { t } from '../i18n/index.js';
import { KINDS } from '../model/kinds.js';
import type { SchemaName } from '../model/schema-names.js';
import type { SourceFile } from '../model/types.js';
import type { Rule } from './types.js';

const ID = 'schema-modeline';

/** Where the schemas are when neither the ruleset nor the manifest's modeline says: beside the guideline folder. */
export const DEFAULT_SCHEMAS = '../schemas';

/**
 * Every YAML file of the guideline (the manifest and each section) opens with the modeline that
 * tells an editor's YAML language server which schema checks it:
 * `# yaml-language-server: $schema=<schemas>/<kind>.schema.json`. A missing modeline, or one
 * that points at another schema or another folder, is reported with the exact line to write.
 *
 * The schemas folder, as seen from the guideline folder (the one holding pedoman.yaml), is
 * `options.schemas` when the ruleset sets it (a relative path, an absolute path or a URL);
 * otherwise the folder the manifest's own modeline names when it points at
 * manifest.schema.json; otherwise ../schemas (where `pedoman init` and this repository keep
 * them). Section files sit one folder deeper, so a relative folder gains one `../` for them.
 * Whether the schema file exists is not checked (the rule reads only the guideline).
 */
export const schemaModeline: Rule<{ schemas?: string }> = {
  id: ID,
  meta: {
    severity: 'warning',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        schemas: { type: 'string', pattern: '\\S', description: 'the schemas folder as seen from the guideline folder (a relative path or a URL); by default the manifest\'s modeline\'s, else ../schemas' },
      },
    },
    messages: ['missing', 'wrong'],
  },
  check({ guideline, options, report }) {
    const manifestModeline = findModeline(guideline.manifestFile.text);
    const folder = trimSlash(options.schemas?.trim() ?? fromManifest(manifestModeline?.schema) ?? DEFAULT_SCHEMAS);
    const checkFile = (file: SourceFile, schema: SchemaName, depth: number) => {
      const expected = `${MODELINE_PREFIX}${at(folder, depth)}/${schema}.schema.json`;
      const found = findModeline(file.text);
      if (found && sameSchema(found.schema, expected.slice(MODELINE_PREFIX.length))) return;
      if (found) {
        report({
          file,
          path: [],
          message: t(`rule.${ID}.wrong`, { found: found.schema, line: expected, schema: `${schema}.schema.json` }),
          position: { line: found.line, column: 1, endLine: found.line, endColumn: found.text.length + 1 },
        });
      } else {
        report({ file, path: [], message: t(`rule.${ID}.missing`, { line: expected, schema: `${schema}.schema.json` }), position: { line: 1, column: 1 } });
      }
    };
    if (guideline.manifest) checkFile(guideline.manifestFile, 'manifest', 0);
    for (const section of guideline.sections) checkFile(section.file, KINDS[section.kind].schema, 1);
  },
};

const MODELINE_PREFIX = '# yaml-language-server: $schema=';

interface Modeline {
  /** 1-based line. */
  line: number;
  text: string;
  schema: string;
}

/** The modeline among the comment lines a file opens with (before its first content line). */
export function findModeline(text: string): Modeline | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || /^\s*---\s*$/.test(line)) continue;
    if (!/^\s*#/.test(line)) return undefined;
    const m = /^\s*#\s*yaml-language-server\s*:\s*\$schema=(\S*)\s*$/.exec(line);
    if (m) return { line: i + 1, text: line, schema: m[1]! };
  }
  return undefined;
}

/** The schemas folder the manifest's modeline names, when it points at manifest.schema.json. */
function fromManifest(schema: string | undefined): string | undefined {
  const m = schema === undefined ? null : /^(.*?)\/?manifest\.schema\.json$/.exec(schema);
  return m ? m[1]! || '.' : undefined;
}

/** The folder as seen from `depth` folders below the guideline folder. */
function at(folder: string, depth: number): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(folder) || folder.startsWith('/')) return folder; // a URL or an absolute path
  const relative = folder === '.' ? '' : folder.replace(/^(?:\.\/)+/, '');
  const up = '../'.repeat(depth);
  return relative === '' ? (up.replace(/\/$/, '') || '.') : `${up}${relative}`;
}

function trimSlash(folder: string): string {
  return folder.length > 1 ? folder.replace(/\/+$/, '') : folder;
}

/** The same path, a leading ./ aside. */
function sameSchema(found: string, expected: string): boolean {
  const plain = (p: string) => p.replace(/^(?:\.\/)+/, '');
  return plain(found) === plain(expected);
}
