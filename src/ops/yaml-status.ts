// Setting a top-level scalar (a section's `status`; the manifest's `version`, `status`, `date`)
// the way a person would: the value is replaced in place when the key is there, else a new
// line is added after a named key, so every other byte of the file stays as it was. The result
// must read back as exactly the intended data, or nothing is written.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import { dataOf, setScalar, YamlEditError } from './yaml-edit.js';

/**
 * Sets `key: value` at the top level of a YAML mapping. A missing key is inserted on its own
 * line before the first of `before` keys that is present (else at the end).
 */
export function setTopLevel(text: string, key: string, value: string, before: readonly string[] = []): string {
  const data = dataOf(text);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new YamlEditError('not a YAML mapping');
  if ((data as Record<string, unknown>)[key] === value) return text;
  if (key in (data as Record<string, unknown>)) return setScalar(text, [key], value);

  const expected = { ...(data as Record<string, unknown>), [key]: value };
  const doc = parseDocument(text);
  if (isMap(doc.contents)) {
    for (const name of before) {
      const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === name);
      const start = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (start === undefined) continue;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      if (text.slice(lineStart, start).trim() !== '') continue; // not at the start of its line: leave it to the fallback
      const line = stringify({ [key]: value }, { lineWidth: 0 });
      const out = text.slice(0, lineStart) + line + text.slice(lineStart);
      if (readsAs(out, expected)) return out;
    }
  }
  const out = text.endsWith('\n') || text === '' ? `${text}${stringify({ [key]: value }, { lineWidth: 0 })}` : `${text}\n${stringify({ [key]: value }, { lineWidth: 0 })}`;
  if (readsAs(out, expected)) return out;
  throw new YamlEditError('the edited file would not read back as intended; nothing was written');
}

function readsAs(text: string, expected: unknown): boolean {
  try {
    const doc = parseDocument(text);
    return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), expected);
  } catch {
    return false;
  }
}

/** Keys a section's `status` goes before when the file has none (right after `title`). */
export const STATUS_BEFORE = ['intro', 'open_questions', 'items'] as const;
