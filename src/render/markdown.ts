// The Markdown rendering, for review in git: templates/document.md.eta with plain values
// escaped for Markdown and prose passed through (raw HTML neutralised).
import { escapeMarkdown, markdownCell, markdownProseCell, neutraliseMarkdownHtml } from './escape.js';
import type { DocumentModel, Heading, Ref } from './model.js';
import { letter } from './numbering.js';
import { Templates } from './templates.js';

export const MARKDOWN_TEMPLATE = 'document.md';

export interface MarkdownHelpers {
  /** Escapes a plain value (what `<%= %>` does). */
  e: (value: unknown) => string;
  /** Prose, as Markdown, with raw HTML neutralised. */
  md: (prose: string) => string;
  /** A list item: marker, then prose whose continuation lines are indented under it. */
  item: (marker: string, prose: string, indent?: number) => string;
  /** Text indented by a number of spaces (to sit inside a list item). */
  block: (text: string, indent: number) => string;
  /** Prose as a blockquote. */
  quote: (prose: string) => string;
  /** A plain value in a table cell. */
  cell: (value: unknown) => string;
  /** Prose in a table cell. */
  proseCell: (prose: string) => string;
  /** A name, linked to its heading when it has one. */
  ref: (ref: Ref) => string;
  /** The GitHub-style anchor of a heading. */
  slug: (anchor: string) => string;
  /** 1 → a, 2 → b (the letters of a., b. items). */
  letter: (n: number) => string;
}

export function renderMarkdown(doc: DocumentModel, options: { root: string }): string {
  const templates = new Templates({ root: options.root, escape: escapeMarkdown });
  const slugs = headingSlugs(doc);
  const md = (prose: string): string => neutraliseMarkdownHtml(prose).trim();
  const h: MarkdownHelpers = {
    e: escapeMarkdown,
    md,
    item: (marker, prose, indent = 0) => {
      const pad = ' '.repeat(indent);
      const inner = ' '.repeat(indent + marker.length + 1);
      return `${pad}${marker} ${md(prose).replace(/\n(?=.)/g, `\n${inner}`)}`;
    },
    block: (text, indent) => text.replace(/^(?=.)/gm, ' '.repeat(indent)),
    quote: (prose) =>
      md(prose)
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n'),
    cell: markdownCell,
    proseCell: markdownProseCell,
    ref: (ref) => {
      const slug = ref.anchor !== undefined ? slugs.get(ref.anchor) : undefined;
      return slug ? `[${escapeMarkdown(ref.text)}](#${slug})` : escapeMarkdown(ref.text);
    },
    slug: (anchor) => slugs.get(anchor) ?? anchor,
    letter,
  };
  return tidy(templates.render(MARKDOWN_TEMPLATE, { doc, h }));
}

/**
 * Anchors as GitHub (and most Markdown viewers) make them from heading text, in document order,
 * with -1, -2 for repeats. The built-in template prints exactly these headings.
 */
function headingSlugs(doc: DocumentModel): Map<string, string> {
  const headings: Heading[] = doc.redline ? [doc.redline] : [];
  for (const chapter of doc.chapters) {
    headings.push(chapter);
    switch (chapter.kind) {
      case 'narrative':
        headings.push(...chapter.parts);
        break;
      case 'roles':
        for (const group of chapter.groups) headings.push(group, ...group.roles);
        break;
      case 'mechanisms':
        headings.push(...chapter.mechanisms);
        break;
      case 'indicators':
        headings.push(chapter.table, chapter.definitions);
        break;
      case 'forms':
        headings.push(...chapter.forms);
        break;
      case 'terms':
        break;
    }
  }
  headings.push(...doc.appendices);
  const seen = new Map<string, number>([[githubSlug(doc.meta.title), 1], [githubSlug(doc.labels.toc), 1]]);
  const slugs = new Map<string, string>();
  for (const h of headings) {
    const base = githubSlug(h.heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    slugs.set(h.anchor, count === 0 ? base : `${base}-${count}`);
  }
  return slugs;
}

export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Collapses runs of blank lines left by template logic (outside fenced code); ends with one newline. */
function tidy(text: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  let blank = 0;
  for (const line of text.split('\n')) {
    const marker = /^ {0,3}(```|~~~)/.exec(line)?.[1];
    if (marker && (fence === undefined || marker === fence)) fence = fence === undefined ? marker : undefined;
    // Only whitespace-only lines are emptied: two trailing spaces in prose are a line break.
    const trimmed = fence === undefined && line.trim() === '' ? '' : line;
    if (fence === undefined && trimmed === '') {
      blank += 1;
      if (blank > 1) continue;
    } else blank = 0;
    out.push(trimmed);
  }
  return `${out.join('\n').trim()}\n`;
}
