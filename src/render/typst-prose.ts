// Markdown prose as structured content for the Typst template: paragraphs, emphasis, lists,
// links (safe schemes only), quotes, code and tables become JSON nodes that the template turns
// into Typst elements (templates/typst/prose.typ). Nothing here is Typst source: a comment that
// holds `#import` or `$x$` stays text, because the template only ever prints these strings.
// The redline's marks (src/render/redline.ts) become `ins`/`del` nodes, also when a marked run
// spans emphasis or a link.
import type { Token, Tokens } from 'marked';
import { acceptMarks, DEL_END, DEL_START, INS_END, INS_START } from './redline.js';
import { safeUrl } from './escape.js';
import { decodeEntities } from './entities.js';
import { proseTokens } from './prose.js';
import { letterDelimiter } from './lettered-list.js';

/** Text, or a styled run: b(old), i(talic), s(trike), code, link, br, ins, del. */
export type Inline =
  | string
  | { t: 'b' | 'i' | 's' | 'ins' | 'del'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'link'; url: string; c: Inline[] }
  | { t: 'br' };

export type Block =
  | { t: 'par'; c: Inline[] }
  | { t: 'heading'; c: Inline[] }
  | { t: 'list'; ordered: boolean; start: number; depth: number; items: Block[][]; numbering?: 'a.' | 'a)' | '1.' | '1)' }
  | { t: 'quote'; c: Block[] }
  | { t: 'code'; v: string }
  | { t: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { t: 'hr' };

/** Which redline mark is open while the walk goes through a paragraph's tokens. */
interface MarkState {
  mark: 'ins' | 'del' | undefined;
}

/** Markdown prose as blocks. */
export function proseBlocks(markdown: string): Block[] {
  return blocks(proseTokens(markdown), 0, { mark: undefined });
}

/**
 * Prose inside a sentence (a glossary definition, a duty): the runs of its only paragraph, or
 * undefined when it has more than one block (the caller then prints blocks).
 */
export function proseInline(markdown: string): Inline[] | undefined {
  const tokens = proseTokens(markdown).filter((t) => t.type !== 'space');
  const only = tokens[0];
  if (tokens.length === 1 && only?.type === 'paragraph') return inlines((only as Tokens.Paragraph).tokens, { mark: undefined });
  return undefined;
}

/** `inLettered`: the blocks are an item of a lettered list (their numbered lists keep "1." or "1)"). */
function blocks(tokens: readonly Token[], depth: number, state: MarkState, inLettered = false): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    const block = blockOf(token, depth, state, inLettered);
    if (block !== undefined) out.push(block);
  }
  return out;
}

function blockOf(token: Token, depth: number, state: MarkState, inLettered: boolean): Block | undefined {
  switch (token.type) {
    case 'space':
    case 'def':
      return undefined;
    case 'paragraph':
      return { t: 'par', c: inlines((token as Tokens.Paragraph).tokens, state) };
    case 'text': {
      const t = token as Tokens.Text;
      return { t: 'par', c: t.tokens ? inlines(t.tokens, state) : marked(plain(t.text), state) };
    }
    case 'heading':
      return { t: 'heading', c: inlines((token as Tokens.Heading).tokens, state) };
    case 'list': {
      const list = token as Tokens.List;
      const letter = letterDelimiter(list);
      // A lettered source list keeps its own markers, and so does a numbered list inside one
      // (a. → 1.); other ordered lists number by depth, as a regulation does.
      const numbering = letter !== undefined ? (`a${letter}` as const) : list.ordered && inLettered ? numberedMarker(list) : undefined;
      return {
        t: 'list',
        ordered: list.ordered,
        start: typeof list.start === 'number' ? list.start : 1,
        depth,
        items: list.items.map((item) => blocks(item.tokens, depth + 1, state, letter !== undefined)),
        ...(numbering !== undefined ? { numbering } : {}),
      };
    }
    case 'blockquote':
      return { t: 'quote', c: blocks((token as Tokens.Blockquote).tokens, depth, state) };
    case 'code':
      return { t: 'code', v: acceptMarks((token as Tokens.Code).text) };
    case 'table': {
      const table = token as Tokens.Table;
      return {
        t: 'table',
        head: table.header.map((cell) => inlines(cell.tokens, state)),
        rows: table.rows.map((row) => row.map((cell) => inlines(cell.tokens, state))),
      };
    }
    case 'hr':
      return { t: 'hr' };
    case 'html':
      // Shown as the text it is, never interpreted.
      return { t: 'par', c: marked((token as Tokens.HTML).text.trim(), state) };
    default:
      return 'raw' in token && typeof token.raw === 'string' && token.raw.trim() !== '' ? { t: 'par', c: marked(token.raw.trim(), state) } : undefined;
  }
}

/** "1." or "1)", as the numbered list's first item is written. */
function numberedMarker(list: Tokens.List): '1.' | '1)' {
  return /^\s*\d{1,9}\)/.test(list.items[0]?.raw ?? '') ? '1)' : '1.';
}

function inlines(tokens: readonly Token[], state: MarkState): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length > 0) out.push(...inlines(t.tokens, state));
        else out.push(...marked(plain(t.text), state));
        break;
      }
      case 'escape':
        out.push(...marked((token as Tokens.Escape).text, state));
        break;
      case 'strong':
        out.push(styled('b', inlines((token as Tokens.Strong).tokens, state)));
        break;
      case 'em':
        out.push(styled('i', inlines((token as Tokens.Em).tokens, state)));
        break;
      case 'del':
        out.push(styled('s', inlines((token as Tokens.Del).tokens, state)));
        break;
      case 'codespan':
        out.push({ t: 'code', v: acceptMarks(decodeEntities((token as Tokens.Codespan).text)) });
        break;
      case 'br':
        out.push({ t: 'br' });
        break;
      case 'link': {
        const t = token as Tokens.Link;
        const url = safeUrl(acceptMarks(t.href));
        const inner = inlines(t.tokens, state);
        // A safe external link stays clickable; an unsafe one (or an anchor of the Markdown) keeps only its words.
        if (url === undefined || url.startsWith('#')) out.push(...inner);
        else out.push({ t: 'link', url, c: inner });
        break;
      }
      case 'image': {
        const t = token as Tokens.Image;
        out.push(styled('i', marked(t.text || t.href, state)));
        break;
      }
      case 'html':
        out.push(...marked((token as Tokens.HTML).text, state));
        break;
      default:
        if ('raw' in token && typeof token.raw === 'string') out.push(...marked(plain(token.raw), state));
    }
  }
  return merge(out);
}

function styled(t: 'b' | 'i' | 's', c: Inline[]): Inline {
  return { t, c };
}

/** Text split at the redline's marks: runs inside a mark become ins/del nodes; the open mark carries on to the next token. */
function marked(text: string, state: MarkState): Inline[] {
  if (text === '') return [];
  const out: Inline[] = [];
  let buffer = '';
  const flush = (): void => {
    if (buffer === '') return;
    out.push(state.mark ? { t: state.mark, c: [buffer] } : buffer);
    buffer = '';
  };
  for (const ch of text) {
    if (ch === INS_START || ch === DEL_START) {
      flush();
      state.mark = ch === INS_START ? 'ins' : 'del';
    } else if (ch === INS_END || ch === DEL_END) {
      flush();
      state.mark = undefined;
    } else {
      buffer += ch;
    }
  }
  flush();
  return out;
}

/** Neighbouring plain strings joined, so the template sees one run where the source had one. */
function merge(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const item of list) {
    const last = out[out.length - 1];
    if (typeof item === 'string' && typeof last === 'string') out[out.length - 1] = last + item;
    else out.push(item);
  }
  return out;
}

/** Source text of a run: line breaks inside a paragraph are spaces; entities are characters. */
function plain(text: string): string {
  return decodeEntities(text.replace(/\s*\n\s*/g, ' '));
}
