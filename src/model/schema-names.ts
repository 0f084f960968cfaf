// The JSON Schemas shipped in schemas/, by name (schemas/<name>.schema.json).
export type SchemaName = 'manifest' | 'narrative' | 'terms' | 'roles' | 'mechanisms' | 'indicators' | 'forms' | 'comment' | 'review';
export const SCHEMA_NAMES: readonly SchemaName[] = ['manifest', 'narrative', 'terms', 'roles', 'mechanisms', 'indicators', 'forms', 'comment', 'review'];
