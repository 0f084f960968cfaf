// Versions of the text as the manifest writes them (1.0, 1.1, 2.0.1): the one pattern
// finalize and revise accept, their order, and the version that follows a final one.

/** A version `finalize` and `revise` accept: two or three numbers. */
export const VERSION_PATTERN = /^\d+\.\d+(?:\.\d+)?$/;

/** The numbers of a version (a pre-release suffix ignored), or undefined when it has none. */
function parts(version: string): number[] | undefined {
  const match = /^(\d+)\.(\d+)(?:\.(\d+))?(?:-[0-9A-Za-z.-]+)?$/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}

/** Negative, zero or positive as `a` comes before, with or after `b`; undefined when either is not a version. */
export function compareVersions(a: string, b: string): number | undefined {
  const x = parts(a);
  const y = parts(b);
  if (!x || !y) return undefined;
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/** The version after a final one: 1.0 → 1.1, 1.0.2 → 1.1 (what `pedoman revise` takes by default). */
export function nextVersion(version: string): string {
  const match = /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  return match ? `${match[1]}.${Number(match[2]) + 1}` : `${version}.1`;
}
