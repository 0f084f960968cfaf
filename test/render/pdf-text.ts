// Reads the text back out of a PDF that pdfkit wrote, without any PDF tool: inflate the
// streams with node:zlib, follow each page's fonts to their ToUnicode CMaps, and decode the
// glyph ids shown by Tj/TJ. Enough for pdfkit's output, not a general PDF parser.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

export interface PdfText {
  /** Text of each page, in page order; a line break where the text moves to a new line. */
  pages: string[];
  /** The document's info dictionary, as raw PDF source. */
  info: string;
}

export function extractPdfText(pdf: Buffer): PdfText {
  const objects = parseObjects(pdf);
  const root = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict));
  if (!root) throw new Error('no page tree');
  const kids = refs(/\/Kids\s*\[([^\]]*)\]/.exec(root.dict)?.[1] ?? '');
  const cmaps = new Map<number, Map<number, string>>();
  const pages = kids.map((pageRef) => {
    const page = objects.get(pageRef);
    if (!page) throw new Error(`missing page ${pageRef}`);
    const fonts = pageFonts(page, objects);
    const fontMaps = new Map<string, Map<number, string>>();
    for (const [name, fontRef] of fonts) {
      const font = objects.get(fontRef);
      const toUnicode = font ? /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(font.dict)?.[1] : undefined;
      if (toUnicode === undefined) continue;
      const ref = Number(toUnicode);
      if (!cmaps.has(ref)) cmaps.set(ref, parseCMap(objects.get(ref)?.stream?.toString('latin1') ?? ''));
      fontMaps.set(name, cmaps.get(ref)!);
    }
    const contents = refs(/\/Contents\s+(\[[^\]]*\]|\d+\s+0\s+R)/.exec(page.dict)?.[1] ?? '');
    const source = contents.map((r) => objects.get(r)?.stream?.toString('latin1') ?? '').join('\n');
    return showText(source, fontMaps);
  });
  const infoRef = /\/Info\s+(\d+)\s+0\s+R/.exec(pdf.toString('latin1'))?.[1];
  return { pages, info: infoRef ? (objects.get(Number(infoRef))?.dict ?? '') : '' };
}

/** All text, whitespace collapsed, for "does the PDF say X" checks that survive line wrapping. */
export function flatText(text: PdfText): string {
  return text.pages.join('\n').replace(/\s+/g, ' ');
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+)\s+0\s+obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(source)) !== null) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endobj', start);
    if (end < 0) break;
    const body = source.slice(start, end);
    const streamAt = body.search(/\bstream\r?\n/);
    const object: PdfObject = { dict: streamAt < 0 ? body : body.slice(0, streamAt) };
    if (streamAt >= 0) {
      const dataStart = start + streamAt + (body.slice(streamAt).startsWith('stream\r\n') ? 8 : 7);
      const length = Number(/\/Length\s+(\d+)/.exec(object.dict)?.[1] ?? '-1');
      const dataEnd = length >= 0 ? dataStart + length : source.indexOf('endstream', dataStart);
      const raw = pdf.subarray(dataStart, dataEnd);
      object.stream = /\/FlateDecode/.test(object.dict) ? inflateSync(raw) : raw;
    }
    objects.set(Number(match[1]), object);
    header.lastIndex = end;
  }
  return objects;
}

function refs(text: string): number[] {
  return [...text.matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
}

/** Font resource names of a page (/F1 → object number), following an indirect /Resources. */
function pageFonts(page: PdfObject, objects: Map<number, PdfObject>): Map<string, number> {
  let resources = page.dict;
  const indirect = /\/Resources\s+(\d+)\s+0\s+R/.exec(page.dict);
  if (indirect) resources = objects.get(Number(indirect[1]))?.dict ?? '';
  const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
  const out = new Map<string, number>();
  for (const m of fontDict.matchAll(/\/([^\s/]+)\s+(\d+)\s+0\s+R/g)) out.set(m[1]!, Number(m[2]));
  return out;
}

function hexToString(spaced: string): string {
  const hex = spaced.replace(/\s+/g, '');
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return out;
}

function parseCMap(source: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(Number.parseInt(m[1]!, 16), hexToString(m[2]!));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g)) {
      const lo = Number.parseInt(m[1]!, 16);
      const hi = Number.parseInt(m[2]!, 16);
      const target = m[3]!;
      if (target.startsWith('[')) {
        // A ligature maps to several characters: <0066 0069> is "fi".
        const list = [...target.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((x) => hexToString(x[1]!));
        for (let code = lo; code <= hi; code++) map.set(code, list[code - lo] ?? '');
      } else {
        const base = hexToString(target.slice(1, -1));
        for (let code = lo; code <= hi; code++) {
          map.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (code - lo)));
        }
      }
    }
  }
  return map;
}

const TOKEN = /<([0-9a-fA-F\s]*)>|\((?:\\.|[^\\)])*\)|\/[^\s/[\]()<>]+|-?\d*\.?\d+|\[|\]|[A-Za-z'"*]+/g;

/** Runs a content stream's text operators and returns what they show, a line per baseline. */
function showText(source: string, fonts: Map<string, Map<number, string>>): string {
  let out = '';
  let font: Map<number, string> | undefined;
  let lastY: number | undefined;
  let y = 0;
  let operands: string[] = [];
  let array: string[] | undefined;
  const decode = (token: string): string => {
    if (token.startsWith('<')) {
      const hex = token.slice(1, -1).replace(/\s+/g, '');
      let text = '';
      for (let i = 0; i + 4 <= hex.length; i += 4) text += font?.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? '';
      return text;
    }
    if (token.startsWith('(')) return token.slice(1, -1).replace(/\\([()\\])/g, '$1');
    return '';
  };
  const show = (text: string): void => {
    if (lastY !== undefined && Math.abs(y - lastY) > 0.5) out = `${out.replace(/ +$/, '')}\n`;
    lastY = y;
    out += text;
  };
  for (const m of source.matchAll(TOKEN)) {
    const token = m[0];
    if (token === '[') {
      array = [];
      continue;
    }
    if (token === ']') {
      operands.push(`[${array?.length ?? 0}]`);
      continue;
    }
    if (array && (token.startsWith('<') || token.startsWith('('))) {
      array.push(token);
      continue;
    }
    if (/^[A-Za-z'"*]+$/.test(token)) {
      switch (token) {
        case 'Tf':
          font = fonts.get((operands[operands.length - 2] ?? '').slice(1));
          break;
        case 'Tm':
          y = Number(operands[operands.length - 1]);
          break;
        case 'Td':
        case 'TD':
          y += Number(operands[operands.length - 1]);
          break;
        case 'TJ':
          show((array ?? []).map(decode).join(''));
          break;
        case 'Tj':
        case "'":
          show(decode(operands[operands.length - 1] ?? ''));
          break;
        default:
          break;
      }
      operands = [];
      array = undefined;
      continue;
    }
    if (!array) operands.push(token);
  }
  return out;
}
