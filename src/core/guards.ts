// Checks on plain data read from YAML or JSON, where nothing is known until looked at.

/** A mapping (a plain object, not an array or null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value as a mapping, or undefined when it is not one. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

/** A string with something in it other than white space. */
export function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The strings of a list, or [] when it is not a list. */
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The member of `list` equal to `value`, typed as the list's members; undefined when it is none. */
export function oneOf<T extends string>(list: readonly T[], value: string | undefined): T | undefined {
  return list.find((member) => member === value);
}
