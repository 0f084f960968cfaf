// Escaping for each output format. Plain values from YAML (names, titles, citations) are
// escaped so that they print as written; prose fields are Markdown by design and pass through,
// with raw HTML neutralised and links limited to safe schemes.
import { Lexer, type Token, type Tokens } from 'marked';

/** Characters that start Markdown syntax anywhere in a line. */
const MD_INLINE = /[\\`*_[\]<>|~]/g;

/**
 * Escapes a plain value for Markdown so that it prints literally: emphasis, links, code, HTML
 * and table pipes anywhere, and block markers (#, >, -, +, =, "1.") where a line could start.
 * Line breaks become spaces: plain values are one line by schema.
 */
export function escapeMarkdown(value: unknown): string {
  let text = String(value ?? '').replace(/\s*\r?\n\s*/g, ' ');
  text = text.replace(MD_INLINE, (c) => `\\${c}`);
  // Entities such as &amp; or &#60; would be decoded by a Markdown renderer.
  text = text.replace(/&(?=#?\w+;)/g, '\\&');
  // Block syntax only matters at the start of a line, where a template may place a value.
  // Markers need a space after them (or repeat, as in "---"), so "0.1.0" and "-an" stay as they are.
  text = text.replace(/^(\s*)([#=+-])(?=\s|$|\2)/, '$1\\$2').replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
  return text;
}

/** A plain value inside a Markdown table cell: escaped, with line breaks kept as <br>. */
export function markdownCell(value: unknown): string {
  return String(value ?? '')
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line.trim()))
    .filter((line) => line !== '')
    .join('<br>');
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A link target that is safe to follow: http, https, mailto, or a relative reference (no
 * scheme). Anything else (javascript:, data:, vbscript:, file:) gives undefined. Entities and
 * control characters are resolved first, as a browser would.
 */
export function safeUrl(href: string): string | undefined {
  const decoded = href
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10) % 0x110000))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '');
  // Browsers drop ASCII whitespace and control characters inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    return name === 'http' || name === 'https' || name === 'mailto' ? href.trim() : undefined;
  }
  // "//host/path" is protocol-relative: http(s), so it is allowed like an absolute http link.
  return href.trim();
}

/**
 * Prose for a Markdown file: passes through, except that raw HTML tags are escaped (outside code)
 * so that a `<script>` written in a comment stays text wherever the file is viewed, and links
 * with unsafe schemes (javascript:, data:) keep only their words.
 */
export function neutraliseMarkdownHtml(markdown: string): string {
  return escapeRawHtml(dropUnsafeLinks(markdown));
}

function dropUnsafeLinks(markdown: string): string {
  if (!/[\]>]\s*\(|<[a-z][a-z0-9+.-]*:/i.test(markdown) && !/^\s*\[[^\]]+\]:/m.test(markdown)) return markdown;
  const unsafe = new Map<string, string>();
  const walk = (tokens: readonly Token[]): void => {
    for (const token of tokens) {
      if ((token.type === 'link' || token.type === 'image') && safeUrl((token as Tokens.Link).href) === undefined) {
        unsafe.set(token.raw, (token as Tokens.Link).text);
      }
      const nested = token as { tokens?: Token[]; items?: Token[] };
      if (nested.tokens) walk(nested.tokens);
      if (nested.items) walk(nested.items);
    }
  };
  walk(Lexer.lex(markdown, { gfm: true }));
  let out = markdown;
  for (const [raw, text] of unsafe) out = out.split(raw).join(text);
  // Reference definitions ("[x]: javascript:...") are not tokens of their own: drop unsafe ones.
  return out.replace(/^ {0,3}\[[^\]]+\]:\s*(\S+).*$/gm, (line, href: string) => (safeUrl(href.replace(/^<|>$/g, '')) === undefined ? '' : line));
}

function escapeRawHtml(markdown: string): string {
  // Split off fenced code blocks and code spans, which show their content literally anyway.
  const pieces = markdown.split(/(^ {0,3}(?:```|~~~)[\s\S]*?^ {0,3}(?:```|~~~)[^\n]*$|(`+)[\s\S]*?\2)/m);
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece === undefined) continue;
    // split() returns [text, match, backticks, text, ...]: every 3rd from 1 is code, every 3rd from 2 its capture.
    if (i % 3 === 1) out += piece;
    // A "<" already escaped by an odd run of backslashes stays as it is.
    else if (i % 3 === 0) out += piece.replace(/(\\*)<(?=[A-Za-z/!?])/g, (m, bs: string) => (bs.length % 2 === 1 ? m : `${bs}\\<`));
  }
  return out;
}

/** Prose inside a Markdown table cell: one line, pipes escaped, line breaks as <br>. */
export function markdownProseCell(markdown: string): string {
  return neutraliseMarkdownHtml(markdown)
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}
