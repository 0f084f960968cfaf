// The document face: Merriweather (SIL Open Font License 1.1), from @fontsource/merriweather.
// A sturdy, wide serif with a large x-height, the closest freely licensed face on the npm
// registry to the Bookman Old Style of Ditjenpas documents. Embedded in the PDF and the HTML.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_FAMILY = 'Merriweather';
export const FONT_LICENSE = 'SIL Open Font License 1.1';

const require = createRequire(import.meta.url);

export type FontStyle = 'normal' | 'bold' | 'italics' | 'bolditalics';

const FILES: Record<FontStyle, string> = {
  normal: 'merriweather-latin-400-normal',
  bold: 'merriweather-latin-700-normal',
  italics: 'merriweather-latin-400-italic',
  bolditalics: 'merriweather-latin-700-italic',
};

function packageDir(): string {
  return dirname(require.resolve('@fontsource/merriweather/package.json'));
}

/** Paths of the four faces as WOFF (the PDF engine needs them unpacked: fontData). */
export function fontFiles(): Record<FontStyle, string> {
  const dir = join(packageDir(), 'files');
  const out = {} as Record<FontStyle, string>;
  for (const [style, name] of Object.entries(FILES) as [FontStyle, string][]) out[style] = join(dir, `${name}.woff`);
  return out;
}

let sfntCache: Record<FontStyle, Buffer> | undefined;

/** The four faces as TrueType data, unpacked from WOFF with node's zlib: Typst reads TrueType and OpenType only. */
export function fontData(): Record<FontStyle, Buffer> {
  if (sfntCache) return sfntCache;
  const files = fontFiles();
  const out = {} as Record<FontStyle, Buffer>;
  for (const style of Object.keys(files) as FontStyle[]) out[style] = woffToSfnt(readFileSync(files[style]));
  sfntCache = out;
  return out;
}

/** WOFF 1.0 (a zlib-compressed wrapper around an sfnt font) back to the sfnt it wraps. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: Buffer; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error('damaged WOFF table');
    tables.push({ tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data });
  }
  const pad = (n: number): number => (n + 3) & ~3;
  const headerSize = 12 + numTables * 16;
  const size = tables.reduce((sum, t) => sum + pad(t.data.length), headerSize);
  const out = Buffer.alloc(size);
  let power = 1;
  while (power * 2 <= numTables) power *= 2;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(numTables * 16 - power * 16, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(out, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad(t.data.length);
  });
  return out;
}

/** CSS @font-face rules with the WOFF2 files inline, so the HTML page needs nothing else. */
export function fontFaceCss(): string {
  const dir = join(packageDir(), 'files');
  return (Object.entries(FILES) as [FontStyle, string][])
    .map(([style, name]) => {
      const data = readFileSync(join(dir, `${name}.woff2`)).toString('base64');
      const weight = style === 'bold' || style === 'bolditalics' ? 700 : 400;
      const fontStyle = style === 'italics' || style === 'bolditalics' ? 'italic' : 'normal';
      return `@font-face{font-family:"${FONT_FAMILY}";font-style:${fontStyle};font-weight:${weight};font-display:swap;src:url(data:font/woff2;base64,${data}) format("woff2");}`;
    })
    .join('\n');
}

let ranges: [number, number][] | undefined;

/** The code points the embedded (Latin) faces have glyphs for, from the package's unicode.json. */
function coverage(): [number, number][] {
  if (ranges) return ranges;
  const table = JSON.parse(readFileSync(join(packageDir(), 'unicode.json'), 'utf8')) as Record<string, string>;
  ranges = (table.latin ?? 'U+0000-00FF').split(',').map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(lo!, 16);
    return [start, hi === undefined ? start : Number.parseInt(hi, 16)];
  });
  return ranges;
}

/** Characters in the text that the PDF font cannot draw (they would print as blanks), in order of first use. */
export function missingGlyphs(text: string): string[] {
  const table = coverage();
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code === 0x0a || code === 0x0d || code === 0x09) continue;
    if (!table.some(([lo, hi]) => code >= lo && code <= hi)) missing.add(char);
  }
  return [...missing];
}
