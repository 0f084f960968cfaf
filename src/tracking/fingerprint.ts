// The fingerprint of a section: what a review stamp records, so that any later change to the
// section shows. It is the sha256 of the section's data as canonical JSON (keys sorted at
// every level, lists in order), over every field except `status`: `review --approve` itself
// sets the status, and a review must not make its own stamp stale. Because it is computed
// from the parsed data, re-indenting the YAML or editing a `#` comment changes nothing, while
// a changed word, id, reference, number or list order anywhere in the section does.
import { createHash } from 'node:crypto';

/** Section fields the fingerprint leaves out (set by the review itself). */
export const FINGERPRINT_EXCLUDES: readonly string[] = ['status'];

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON has no undefined; YAML data never holds it, but be exact anyway.
    return value === undefined ? 'null' : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** `sha256:<hex>` of a section's data (the parsed YAML of its file). */
export function sectionFingerprint(data: unknown): string {
  let content = data;
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
    for (const key of FINGERPRINT_EXCLUDES) delete copy[key];
    content = copy;
  }
  return `sha256:${createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex')}`;
}
