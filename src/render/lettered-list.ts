// Lettered lists as Indonesian legal drafting writes them (UU 12/2011 Lampiran II: a. → 1. → a) → 1)).
// Markdown knows only "1." and "1)", so a drafter's "a. …\nb. …" would be one run-on paragraph.
// This marked extension reads such a block as an ordinary ordered list token that carries its
// marker style (`letter`: "." or ")"), so every renderer that walks list tokens (HTML, Typst, DOCX)
// shows it as a real list; the Markdown output keeps the source text, so it round-trips.
//
// A list needs at least two items in order from "a" (a., b. …), lower-case, one delimiter
// throughout, at the start of a line (indented up to 3 spaces). A sentence that begins "a. " alone
// stays a paragraph. Items continue on lines indented to their text and on lazy continuation lines,
// so "1. …\n   a. …\n   b. …" nests under the numbered item.
import type { MarkedExtension, Token, TokenizerExtension, TokenizerThis, Tokens } from 'marked';

/** An ordered list token from a lettered source list. */
export interface LetteredList extends Tokens.List {
  letter: '.' | ')';
}

/** The delimiter of a lettered list ("." or ")"), or undefined for any other token. */
export function letterDelimiter(token: Token): '.' | ')' | undefined {
  if (token.type !== 'list') return undefined;
  const letter = (token as Partial<LetteredList>).letter;
  return letter === '.' || letter === ')' ? letter : undefined;
}

const ITEM = /^( {0,3})([a-z])([.)])([ \t]+)(\S[^\n]*)$/;
/** A line that opens some other block and so ends a lazy continuation. */
const OTHER_BLOCK = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|```|~~~|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|(?:[-*_][ \t]*){3,}$)/;

interface Item {
  lines: string[];
}

/**
 * A line as the list reads it: leading tabs as 4 spaces, and the redline's marks (redline.ts)
 * off the item's letter: a mark around the letter alone is dropped (the item's words carry their
 * own), one that opens before the letter moves after the marker.
 */
function unmarked(line: string): string {
  return line
    .replace(/^[ \t]+/, (lead) => lead.replace(/\t/g, '    '))
    .replace(/^( {0,3})([\uE000\uE002])([a-z])([\uE001\uE003])(?=[.)][ \t])/, '$1$3')
    .replace(/^( {0,3})([\uE000\uE002])([a-z][.)][ \t]+)/, '$1$3$2');
}

/** Where a lettered list may start: "a." or "a)" (possibly inside a redline mark) after 0–3 spaces. */
const START = /^[ \t]{0,3}[\uE000\uE002]?a[\uE001\uE003]?[.)][ \t]/;

function lettered(this: TokenizerThis, src: string): LetteredList | undefined {
  if (!START.test(src)) return undefined; // the common case, cheaply
  const source = src.split('\n');
  const lines = source.map(unmarked);
  const first = ITEM.exec(lines[0] ?? '');
  if (!first || first[2] !== 'a') return undefined;
  const listIndent = first[1]!.length;
  const delimiter = first[3] as '.' | ')';
  const gap = first[4]!.length;
  // Where an item's own text starts: continuation lines indented this far belong to it.
  const contentIndent = listIndent + 2 + (gap <= 4 ? gap : 1);

  const items: Item[] = [{ lines: [first[5]!] }];
  let consumed = 1; // lines taken into the list
  let blank = false; // the line before was blank
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      blank = true;
      items.at(-1)!.lines.push('');
      continue;
    }
    const item = ITEM.exec(line);
    const expected = String.fromCharCode('a'.charCodeAt(0) + items.length);
    if (item && item[1]!.length < contentIndent) {
      if (item[2] !== expected || item[3] !== delimiter) break;
      items.push({ lines: [item[5]!] });
    } else if (line.length - line.trimStart().length >= contentIndent) {
      items.at(-1)!.lines.push(line.slice(contentIndent));
    } else if (!blank && !OTHER_BLOCK.test(line) && !item) {
      items.at(-1)!.lines.push(line.trimStart()); // lazy continuation of the item's paragraph
    } else {
      break;
    }
    blank = false;
    consumed = i + 1;
  }
  if (items.length < 2) return undefined;

  // The raw text is the lines taken, without trailing blank lines (as marked's own list does).
  const raw = source.slice(0, consumed).join('\n') + (consumed < lines.length ? '\n' : '');
  const lexer = this.lexer;
  const top = lexer.state.top;
  const listItems: Tokens.ListItem[] = [];
  let loose = false;
  items.forEach((item, index) => {
    // Blank lines that only trail the last item do not make the list loose.
    while (index === items.length - 1 && item.lines.at(-1) === '') item.lines.pop();
    const text = item.lines.join('\n');
    if (index < items.length - 1 && item.lines.at(-1) === '') loose = true;
    lexer.state.top = false;
    const tokens = lexer.blockTokens(text.trimEnd(), []);
    lexer.state.top = top;
    if (tokens.some((t) => t.type === 'space' && /\n.*\n/.test(t.raw))) loose = true;
    const marker = `${String.fromCharCode('a'.charCodeAt(0) + index)}${delimiter}`;
    listItems.push({ type: 'list_item', raw: `${marker} ${text}`, task: false, loose: false, text: text.trimEnd(), tokens });
  });
  if (loose) {
    for (const item of listItems) {
      item.loose = true;
      for (const t of item.tokens) if (t.type === 'text') (t as Token).type = 'paragraph';
    }
  }
  return { type: 'list', raw, ordered: true, start: 1, loose, items: listItems, letter: delimiter };
}

const tokenizer: TokenizerExtension = {
  name: 'letteredList',
  level: 'block',
  // Where a paragraph may end because a lettered list begins on the next line. A false start
  // (only "a.", no "b.") is harmless: marked joins the paragraph's two halves again.
  start(src: string): number | undefined {
    const match = /\n {0,3}[\uE000\uE002]?a[\uE001\uE003]?[.)][ \t]+\S/.exec(src);
    return match ? match.index + 1 : undefined;
  },
  tokenizer: lettered,
};

/** The marked extension that reads lettered lists. */
export const letteredLists: MarkedExtension = { extensions: [tokenizer] };
