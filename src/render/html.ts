// The HTML rendering: one self-contained page (styles and fonts inline, no scripts, a Content
// Security Policy that forbids them), from templates/document.html.eta. Values are HTML-escaped
// by the template engine; prose goes through the safe Markdown renderer.
import { escapeHtml, safeUrl } from './escape.js';
import { flowchartSvg } from './flowchart.js';
import { fill } from './labels.js';
import { acceptMarks } from './redline.js';
import { fontFaceCss } from './fonts.js';
import type { DocumentModel, MechanismEntry, Ref } from './model.js';
import { proseHtml, proseHtmlInline } from './prose.js';
import { Templates } from './templates.js';
import { type Paper, PAPER } from './paper.js';

export const HTML_TEMPLATE = 'document.html';

export interface HtmlHelpers {
  /** Escapes a value (what `<%= %>` does). */
  e: (value: unknown) => string;
  /** Prose as safe HTML blocks. */
  md: (prose: string) => string;
  /** Prose inside a sentence (a single paragraph without its <p>). */
  inline: (prose: string) => string;
  /** A name, linked to its place in the document when it has one. */
  ref: (ref: Ref) => string;
  /** The @font-face rules with the fonts inline. */
  fontFaces: string;
  /** CSS page size, e.g. "210mm 297mm". */
  pageSize: string;
  /** The same paper turned sideways, for wide tables. */
  pageSizeLandscape: string;
  /** A value as a quoted CSS string, safe inside <style>. */
  cssString: (value: unknown) => string;
  /** "Halaman X dari Y" as the CSS content of a printed page's margin box. */
  pageCounter: string;
  /** A mechanism's steps as an inline SVG flowchart, or '' when flowcharts are off or it has no steps. */
  flowchart: (m: MechanismEntry) => string;
  /** An address as a link when its scheme is safe, else as text. */
  link: (url: string) => string;
}

export function renderHtml(doc: DocumentModel, options: { root: string; paper: Paper; flowcharts?: boolean }): string {
  const templates = new Templates({ root: options.root, escape: escapeHtml });
  const size = PAPER[options.paper];
  const h: HtmlHelpers = {
    e: escapeHtml,
    md: proseHtml,
    inline: proseHtmlInline,
    ref: (ref) => (ref.anchor !== undefined ? `<a href="#${escapeHtml(ref.anchor)}">${escapeHtml(ref.text)}</a>` : escapeHtml(ref.text)),
    fontFaces: fontFaceCss(),
    pageSize: `${size.widthMm}mm ${size.heightMm}mm`,
    pageSizeLandscape: `${size.heightMm}mm ${size.widthMm}mm`,
    cssString,
    pageCounter: pageCounterCss(doc.labels.page),
    flowchart: (m) => {
      if (options.flowcharts === false || m.steps.length === 0) return '';
      const L = doc.labels;
      return flowchartSvg(m.anchor, m.steps, {
        title: fill(L.flowchart, { name: m.name }),
        desc: fill(L.flowchartDesc, { count: m.steps.length }),
      });
    },
    link: (url) => {
      const safe = safeUrl(url);
      return safe === undefined ? escapeHtml(url) : `<a href="${escapeHtml(safe)}">${escapeHtml(url)}</a>`;
    },
  };
  return `${templates.render(HTML_TEMPLATE, { doc, h }).trim()}\n`;
}

/** A CSS string literal: quotes, backslashes, line breaks and "<" (which could close the <style>) as escapes. */
export function cssString(value: unknown): string {
  return `"${acceptMarks(String(value ?? '')).replace(/[\\"<>\n\r\u2028\u2029]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

/** "Halaman {page} dari {pages}" → `"Halaman " counter(page) " dari " counter(pages)`. */
export function pageCounterCss(label: string): string {
  return label
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}
