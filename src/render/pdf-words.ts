// pdfmake breaks lines after a hyphen and, in justified text, spreads the line's spare width
// over every break opportunity, so "Undang-Undang" printed as "Undang- Undang". Indonesian
// writes reduplication with hyphens all the time (lembaga-lembaga, perundang-undangan), and
// the font has no non-breaking hyphen, so hyphenated words (and "dan/atau") become unbreakable
// runs instead.

const HYPHENATED = /(\S*\p{L}[-/]\p{L}\S*[ ]?)/u;
const SKIP = new Set(['canvas', 'image', 'svg', 'qr', 'watermark', 'info', 'pageSize', 'pageMargins', 'styles', 'defaultStyle']);

type Piece = string | { text: string; noWrap: true };

function pieces(text: string): Piece[] | undefined {
  if (!HYPHENATED.test(text)) return undefined;
  return text
    .split(HYPHENATED)
    .filter((part) => part !== '')
    .map((part) => (HYPHENATED.test(part) && !/\s/.test(part.trimEnd()) ? { text: part, noWrap: true } : part));
}

/** Rewrites a pdfmake content tree in place so that hyphenated words are never split. */
export function keepHyphenatedWords(node: unknown, inText = false): unknown {
  if (typeof node === 'string') {
    const split = pieces(node);
    if (!split) return node;
    return inText ? split : { text: split };
  }
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    for (const child of node) {
      const next = keepHyphenatedWords(child, inText);
      if (inText && typeof child === 'string' && Array.isArray(next)) out.push(...next);
      else out.push(next);
    }
    return out;
  }
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.noWrap === true) return node;
    for (const [key, value] of Object.entries(record)) {
      if (SKIP.has(key) || typeof value === 'function') continue;
      if (key === 'text') {
        if (typeof value === 'string') {
          const split = pieces(value);
          if (split) record.text = split;
        } else {
          record.text = keepHyphenatedWords(value, true);
        }
      } else if (typeof value === 'object' && value !== null) {
        record[key] = keepHyphenatedWords(value, false);
      }
    }
  }
  return node;
}
