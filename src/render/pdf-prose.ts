// Markdown prose to pdfmake content, faithfully: paragraphs, emphasis, lists (numbered the
// Indonesian way by depth: 1. a. 1) a)), links (safe schemes only), quotes, code, tables.
// Raw HTML in prose prints as the text it is.
import type { Content, ContentText, OrderedListElement, TableCell } from 'pdfmake/interfaces.js';
import type { Token, Tokens } from 'marked';
import { safeUrl } from './escape.js';
import { proseTokens } from './prose.js';

export const LINK_COLOR = '#1c3d7a';

interface InlineStyle {
  bold?: boolean;
  italics?: boolean;
  decoration?: 'lineThrough' | 'underline';
  color?: string;
  link?: string;
  background?: string;
}

/** Markdown prose as pdfmake blocks. */
export function proseBlocks(markdown: string, options: { paragraphGap?: number } = {}): Content[] {
  return blocks(proseTokens(markdown), 0, options.paragraphGap ?? 5);
}

/** Markdown prose inside a sentence: the runs of a single paragraph, or blocks when there is more. */
export function proseInline(markdown: string): Run[] | undefined {
  const tokens = proseTokens(markdown).filter((t) => t.type !== 'space');
  const only = tokens[0];
  if (tokens.length === 1 && only?.type === 'paragraph') return tidyRuns(inlines((only as Tokens.Paragraph).tokens, {}));
  return undefined;
}

function blocks(tokens: readonly Token[], depth: number, gap: number): Content[] {
  const out: Content[] = [];
  for (const token of tokens) {
    const block = blockOf(token, depth, gap);
    if (block !== undefined) out.push(block);
  }
  return out;
}

function blockOf(token: Token, depth: number, gap: number): Content | undefined {
  switch (token.type) {
    case 'space':
    case 'def':
      return undefined;
    case 'paragraph':
      return { text: tidyRuns(inlines((token as Tokens.Paragraph).tokens, {})), margin: [0, 0, 0, gap] };
    case 'text': {
      const t = token as Tokens.Text;
      return { text: t.tokens ? tidyRuns(inlines(t.tokens, {})) : plain(t.text), margin: [0, 0, 0, gap / 2] };
    }
    case 'heading':
      return { text: inlines((token as Tokens.Heading).tokens, {}), bold: true, margin: [0, gap, 0, gap / 2] };
    case 'list':
      return list(token as Tokens.List, depth, gap);
    case 'blockquote':
      return {
        table: { widths: ['*'], body: [[{ stack: blocks((token as Tokens.Blockquote).tokens, depth, gap), italics: true }]] },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (i: number) => (i === 0 ? 2 : 0),
          vLineColor: () => '#999999',
          paddingLeft: () => 8,
          paddingRight: () => 0,
          paddingTop: () => 0,
          paddingBottom: () => 0,
        },
        margin: [0, 0, 0, gap],
      };
    case 'code':
      return {
        table: { widths: ['*'], body: [[{ text: (token as Tokens.Code).text, preserveLeadingSpaces: true, fontSize: 8.5 }]] },
        layout: 'noBorders',
        fillColor: '#f2f2f2',
        margin: [0, 0, 0, gap],
      } as Content;
    case 'table':
      return table(token as Tokens.Table, gap);
    case 'hr':
      return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 400, y2: 0, lineWidth: 0.5, lineColor: '#888888' }], margin: [0, gap, 0, gap] };
    case 'html':
      // Shown as text, never interpreted.
      return { text: (token as Tokens.HTML).text.trim(), margin: [0, 0, 0, gap] };
    default:
      return 'raw' in token && typeof token.raw === 'string' && token.raw.trim() !== '' ? { text: token.raw.trim(), margin: [0, 0, 0, gap] } : undefined;
  }
}

/** Ordered lists by depth: 1. → a. → 1) → a); bullets stay bullets. */
function list(token: Tokens.List, depth: number, gap: number): Content {
  const items = token.items.map((item) => {
    const content = blocks(item.tokens, depth + 1, gap);
    if (content.length === 1) return content[0]!;
    return { stack: content };
  });
  if (!token.ordered) return { ul: items, margin: [0, 0, 0, gap / 2] };
  const level = depth % 4;
  const start = typeof token.start === 'number' ? token.start : 1;
  return {
    ol: items as OrderedListElement[],
    type: level % 2 === 0 ? 'decimal' : 'lower-alpha',
    separator: level < 2 ? ['', '.'] : ['', ')'],
    start,
    margin: [0, 0, 0, gap / 2],
  } as Content;
}

function table(token: Tokens.Table, gap: number): Content {
  const header: TableCell[] = token.header.map((cell) => ({ text: inlines(cell.tokens, {}), bold: true, fillColor: '#e6e6e6' }));
  const rows: TableCell[][] = token.rows.map((row) => row.map((cell) => ({ text: inlines(cell.tokens, {}) })));
  return {
    table: { headerRows: 1, widths: token.header.map(() => '*'), body: [header, ...rows] },
    fontSize: 8.5,
    margin: [0, 0, 0, gap],
  } as Content;
}

/** A piece of a paragraph: plain text, or text with its style. */
export type Run = string | ContentText;

/**
 * pdfmake justifies by spreading space between its inline pieces, and a run that starts with a
 * space becomes a piece of its own: " adalah" after a bold term would get a double gap. Leading
 * spaces move to the end of the run before (unless that run is a link, to keep its underline short).
 */
export function tidyRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const text = typeof run === 'string' ? run : typeof run.text === 'string' ? run.text : undefined;
    if (text === '') continue;
    const previous = out[out.length - 1];
    const previousText = typeof previous === 'string' ? previous : previous && typeof previous.text === 'string' && !previous.link ? previous.text : undefined;
    if (text !== undefined && previous !== undefined && previousText !== undefined && /^\s+/.test(text) && !/\s$/.test(previousText)) {
      const moved = text.replace(/^\s+/, '');
      out[out.length - 1] = typeof previous === 'string' ? `${previous} ` : { ...previous, text: `${previousText} ` };
      if (moved === '') continue;
      out.push(typeof run === 'string' ? moved : { ...run, text: moved });
    } else {
      out.push(run);
    }
  }
  return out;
}

function inlines(tokens: readonly Token[], style: InlineStyle): Run[] {
  const out: Run[] = [];
  const push = (text: string, s: InlineStyle): void => {
    if (text === '') return;
    out.push(Object.keys(s).length === 0 ? text : { text, ...s });
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length > 0) out.push(...inlines(t.tokens, style));
        else push(plain(t.text), style);
        break;
      }
      case 'escape':
        push((token as Tokens.Escape).text, style);
        break;
      case 'strong':
        out.push(...inlines((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        out.push(...inlines((token as Tokens.Em).tokens, { ...style, italics: true }));
        break;
      case 'del':
        out.push(...inlines((token as Tokens.Del).tokens, { ...style, decoration: 'lineThrough' }));
        break;
      case 'codespan':
        push(decodeEntities((token as Tokens.Codespan).text), { ...style, background: '#eeeeee' });
        break;
      case 'br':
        push('\n', style);
        break;
      case 'link': {
        const t = token as Tokens.Link;
        const url = safeUrl(t.href);
        // A safe external link stays clickable; an unsafe one keeps only its words.
        out.push(...inlines(t.tokens, url === undefined || url.startsWith('#') ? style : { ...style, link: url, color: LINK_COLOR, decoration: 'underline' }));
        break;
      }
      case 'image': {
        const t = token as Tokens.Image;
        push(t.text || t.href, { ...style, italics: true });
        break;
      }
      case 'html':
        push((token as Tokens.HTML).text, style);
        break;
      default:
        if ('raw' in token && typeof token.raw === 'string') push(plain(token.raw), style);
    }
  }
  return out;
}

/** Source text of a run: line breaks inside a paragraph are spaces; entities are characters. */
function plain(text: string): string {
  return decodeEntities(text.replace(/\s*\n\s*/g, ' '));
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', copy: '©', reg: '®', deg: '°',
  times: '×', divide: '÷', sect: '§', para: '¶', middot: '·', bull: '•', euro: '€',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
