import { loadSchema } from '../model/schema.js';
// Which values of a guideline are text that people read (and so get word-level differences
// and redline marks) and which are ids, references, numbers or codes (compared as values).
// The JSON Schemas say it: a field is prose when it refers to `#/$defs/markdown`, a short
// text when it refers to `#/$defs/text`; `#/$defs/slug` and everything else is a value.

export type TextKind = 'markdown' | 'text';
export type PathSegment = string | number;

type SchemaNode = Record<string, unknown>;

const schemas = new Map<string, SchemaNode>();

function schemaOf(name: string): SchemaNode | undefined {
  let schema = schemas.get(name);
  if (!schema) {
    try {
      schema = loadSchema(name) as SchemaNode;
    } catch {
      return undefined;
    }
    schemas.set(name, schema);
  }
  return schema;
}

function deref(node: SchemaNode | undefined, root: SchemaNode): { node: SchemaNode | undefined; ref?: string } {
  let ref: string | undefined;
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
    ref ??= current.$ref as string;
    const match = /^#\/\$defs\/(.+)$/.exec(current.$ref as string);
    current = match ? ((root.$defs as Record<string, SchemaNode> | undefined)?.[match[1]!]) : undefined;
  }
  return { node: current, ...(ref ? { ref } : {}) };
}

/**
 * Whether the value at `path` in a file of this schema ('manifest', 'terms', …) is prose
 * ('markdown'), a short text ('text'), or neither (undefined).
 */
export function textKindAt(schemaName: string, path: readonly PathSegment[]): TextKind | undefined {
  const root = schemaOf(schemaName);
  if (!root) return undefined;
  let { node, ref } = deref(root, root);
  for (const segment of path) {
    if (!node) return undefined;
    const next = typeof segment === 'number'
      ? (node.items as SchemaNode | undefined)
      : ((node.properties as Record<string, SchemaNode> | undefined)?.[segment]);
    ({ node, ref } = deref(next, root));
  }
  if (ref === '#/$defs/markdown') return 'markdown';
  if (ref === '#/$defs/text') return 'text';
  return undefined;
}
