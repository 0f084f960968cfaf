// A mechanism's steps drawn as a top-to-bottom flowchart for the HTML page: numbered boxes
// joined by arrows, as inline SVG made here (no script, no library). The numbered list of steps
// stays in the page as the text alternative; the SVG carries a <title> and a <desc> of its own.
import { escapeHtml } from './escape.js';
import { proseTokens } from './prose.js';

export interface FlowchartText {
  /** Its accessible name, e.g. "Bagan Alir Usul Program". */
  title: string;
  /** The steps in a sentence, for assistive technology. */
  desc: string;
}

const WIDTH = 560;
const BOX_X = 40;
const BOX_WIDTH = WIDTH - 2 * BOX_X;
const LINE_HEIGHT = 16;
const PAD_Y = 8;
const GAP = 26;
const FONT_SIZE = 12;
/** Characters per line inside a box: Merriweather at 12px runs about 6.8px a character. */
const WRAP = 64;

/** A step's words without Markdown marks (emphasis, links, code). */
export function plainStep(markdown: string): string {
  const text = (tokens: readonly unknown[]): string =>
    tokens
      .map((t) => {
        const token = t as { type: string; text?: string; tokens?: unknown[]; items?: { tokens: unknown[] }[] };
        if (token.items) return token.items.map((i) => text(i.tokens)).join(' ');
        if (token.tokens) return text(token.tokens);
        return token.type === 'space' ? ' ' : (token.text ?? '');
      })
      .join('');
  return text(proseTokens(markdown)).replace(/\s+/g, ' ').trim();
}

/** Words wrapped into lines of at most `width` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** The SVG of `steps` (Markdown), its ids made from `id` so several can sit on one page. */
export function flowchartSvg(id: string, steps: readonly string[], text: FlowchartText): string {
  const titleId = `${id}-bagan-judul`;
  const descId = `${id}-bagan-uraian`;
  const parts: string[] = [];
  let y = 4;
  steps.forEach((step, i) => {
    const lines = wrapWords(`${i + 1}. ${plainStep(step)}`, WRAP);
    const height = lines.length * LINE_HEIGHT + 2 * PAD_Y;
    if (i > 0) {
      // The arrow from the box above: a line and its head.
      const top = y - GAP;
      parts.push(`<line x1="${WIDTH / 2}" y1="${top}" x2="${WIDTH / 2}" y2="${y - 7}" class="flow-arrow"/>`);
      parts.push(`<path d="M ${WIDTH / 2 - 5} ${y - 8} L ${WIDTH / 2 + 5} ${y - 8} L ${WIDTH / 2} ${y - 1} Z" class="flow-head"/>`);
    }
    parts.push(`<rect x="${BOX_X}" y="${y}" width="${BOX_WIDTH}" height="${height}" rx="6" class="flow-box"/>`);
    const spans = lines
      .map((line, k) => `<tspan x="${WIDTH / 2}" y="${y + PAD_Y + (k + 1) * LINE_HEIGHT - 4}">${escapeHtml(line)}</tspan>`)
      .join('');
    parts.push(`<text text-anchor="middle" font-size="${FONT_SIZE}" class="flow-text">${spans}</text>`);
    y += height + GAP;
  });
  const height = y - GAP + 4;
  return (
    `<svg class="flowchart" role="img" aria-labelledby="${titleId} ${descId}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${titleId}">${escapeHtml(text.title)}</title><desc id="${descId}">${escapeHtml(text.desc)}</desc>` +
    parts.join('') +
    '</svg>'
  );
}
