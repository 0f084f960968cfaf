// Prose fields are Markdown. For HTML they go through marked with a renderer that lets no raw
// HTML through (it is shown as text) and keeps only http, https, mailto and relative links.
import { Marked, type Token, type Tokens } from 'marked';
import { escapeHtml, safeUrl } from './escape.js';
import { letterDelimiter, letteredLists } from './lettered-list.js';

const marked = new Marked({ gfm: true, breaks: false, async: false });
marked.use(letteredLists);
marked.use({
  renderer: {
    list(token: Tokens.List): string | false {
      // A lettered list ("a." or "a)"): type="a" for every reader, the ")" by a class (style.eta).
      const delimiter = letterDelimiter(token);
      if (delimiter === undefined) return false;
      const items = token.items.map((item) => this.listitem(item)).join('');
      return `<ol type="a" class="${delimiter === ')' ? 'lettered lettered-paren' : 'lettered'}">\n${items}</ol>\n`;
    },
    html(token: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link): string {
      const inner = this.parser.parseInline(token.tokens);
      const url = safeUrl(token.href);
      if (url === undefined) return inner;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
      return `<a href="${escapeHtml(url)}"${title}>${inner}</a>`;
    },
    image(token: Tokens.Image): string {
      // The page stays self-contained: an image becomes a link to it, with its description.
      const url = safeUrl(token.href);
      const alt = escapeHtml(token.text || token.href);
      return url === undefined ? alt : `<a href="${escapeHtml(url)}">${alt}</a>`;
    },
    heading(token: Tokens.Heading): string {
      // Headings inside prose sit below the document's own (chapter h2, part h3).
      const level = Math.min(6, token.depth + 3);
      return `<h${level} class="prose-heading">${this.parser.parseInline(token.tokens)}</h${level}>\n`;
    },
  },
});

/** Markdown prose as safe HTML blocks. */
export function proseHtml(markdown: string): string {
  return (marked.parse(markdown) as string).trim();
}

/** Markdown prose for use inside a sentence: a single paragraph loses its <p>. */
export function proseHtmlInline(markdown: string): string {
  const tokens = marked.lexer(markdown).filter((t) => t.type !== 'space');
  const only = tokens[0];
  if (tokens.length === 1 && only?.type === 'paragraph') return (marked.parseInline((only as Tokens.Paragraph).text) as string).trim();
  return proseHtml(markdown);
}

/** Markdown tokens, for renderers that walk them (PDF). */
export function proseTokens(markdown: string): Token[] {
  return marked.lexer(markdown);
}
