// Ids are slugs: lower-case ASCII letters, digits and single hyphens (the schemas' pattern); every
// check of an id and every id made from a title goes through here.
// Titles are Indonesian or English, so folding accents (NFKD, then dropping marks) is enough.

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_LENGTH = 80;

export function isSlug(value: string): boolean {
  return SLUG.test(value) && value.length <= MAX_LENGTH;
}

/** "Maksud dan Tujuan" → "maksud-dan-tujuan"; "Peran & Tugas (UPT)" → "peran-tugas-upt". */
export function slugify(text: string): string {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_LENGTH) return slug;
  // Cut at a word boundary so the id stays readable.
  const cut = slug.slice(0, MAX_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}
