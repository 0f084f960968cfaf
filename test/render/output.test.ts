import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/model/types.js';
import { escapeHtml, escapeMarkdown } from '../../src/render/escape.js';
import { renderHtml } from '../../src/render/html.js';
import { githubSlug, renderMarkdown } from '../../src/render/markdown.js';
import { baseGuideline, cleanupGuidelines } from '../helpers/fixture.js';
import { build, buildAt, SHIPPED, type Built } from './helpers.js';

afterAll(cleanupGuidelines);

/** What a reader sees as an item's name. */
function itemName(item: Item): string {
  if ('term' in item) return item.term;
  if ('indicator' in item) return item.indicator;
  if ('name' in item) return item.name;
  return item.title;
}

describe.each([
  ['the shipped draft', () => buildAt(SHIPPED)],
  ['a small guideline', () => build(baseGuideline())],
])('Markdown and HTML of %s', (_label, make) => {
  let built: Built;
  let md: string;
  let html: string;

  beforeAll(async () => {
    built = await make();
    md = renderMarkdown(built.doc, { root: built.root });
    html = renderHtml(built.doc, { root: built.root, paper: 'a4' });
  });

  it('print every item of every section', () => {
    const sections = built.outcome.guideline.sections;
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      expect(md).toContain(escapeMarkdown(section.title.toLocaleUpperCase('id')));
      expect(html).toContain(`id="bab-${section.id}"`);
      for (const item of section.items as Item[]) {
        const name = itemName(item);
        expect(md, `${section.id}/${item.id} in Markdown`).toMatch(markdownPlace(section.kind, item, name));
        // The element carrying the item's id shows its name.
        const at = html.indexOf(`id="${item.id}"`);
        expect(at, `${section.id}/${item.id} anchor`).toBeGreaterThan(0);
        expect(html.slice(at, at + 400), `${section.id}/${item.id} in HTML`).toContain(escapeHtml(name));
      }
    }
  });

  it('print every term with its definition and source', () => {
    const terms = built.outcome.index.terms;
    expect(terms.length).toBeGreaterThan(0);
    const text = htmlText(html);
    for (const { item } of terms) {
      expect(md).toContain(`**${escapeMarkdown(item.term)}**`);
      const firstWords = item.definition.replace(/\s+/g, ' ').split(' ').slice(0, 6).join(' ');
      expect(text).toContain(firstWords);
      if (item.source) expect(text).toContain(item.source.citation.replace(/\s+/g, ' '));
    }
  });

  it('link the Markdown table of contents to real headings', () => {
    const headings = new Set([...md.matchAll(/^#{1,6} (.+)$/gm)].map((m) => githubSlug(m[1]!.replace(/\\(.)/g, '$1'))));
    const links = [...md.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(headings, link).toContain(link);
  });

  it('point every HTML link inside the page at an element that exists', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) expect(ids, target).toContain(target);
  });

  it('render as valid Markdown: headings, numbered glossary, no stray escapes', () => {
    const rendered = marked.parse(md) as string;
    expect(rendered).toMatch(/<h2[^>]*>BAB I /);
    expect(rendered).toContain('<ol>');
    expect(htmlText(rendered)).not.toMatch(/\\[.*_[\]]/);
    expect(htmlText(rendered)).toContain(built.doc.meta.version);
  });

  it('make a self-contained page: fonts inline, no scripts, nothing fetched', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Content-Security-Policy');
    expect(html).toMatch(/@font-face\{font-family:"Merriweather";[^}]*src:url\(data:font\/woff2;base64,/);
    expect(html).not.toMatch(/<script|<link\b|src="http|url\(http/i);
  });
});

describe('Markdown and HTML', () => {
  it('mark a draft and leave the mark off the final text', async () => {
    const files = baseGuideline();
    const draft = await build(files);
    expect(renderHtml(draft.doc, { root: draft.root, paper: 'a4' })).toContain('class="watermark"');
    expect(renderMarkdown(draft.doc, { root: draft.root })).toContain('> **DRAF**');
    const final = await build(files, { final: true });
    expect(renderHtml(final.doc, { root: final.root, paper: 'a4' })).not.toContain('class="watermark"');
    expect(renderMarkdown(final.doc, { root: final.root })).not.toContain('DRAF');
  });

  it('set the printed page size of the HTML from --paper', async () => {
    const { doc, root } = await build(baseGuideline());
    expect(renderHtml(doc, { root, paper: 'f4' })).toMatch(/@page \{\n  size: 210mm 330mm;/);
    expect(renderHtml(doc, { root, paper: 'a4' })).toMatch(/@page \{\n  size: 210mm 297mm;/);
  });

  it('show open questions as a box for the follow-up group', async () => {
    const files = baseGuideline();
    (files['sections/pendahuluan.yaml'] as { items: { open_questions?: string[] }[] }).items[0]!.open_questions = ['Apakah **cukup**?'];
    const { doc, root } = await build(files);
    const html = renderHtml(doc, { root, paper: 'a4' });
    expect(html).toMatch(/<aside class="notes">\s*<p class="notes-title">Catatan untuk grup tindak lanjut<\/p>\s*<p>Apakah <strong>cukup<\/strong>\?<\/p>/);
    expect(renderMarkdown(doc, { root })).toContain('> **Catatan untuk grup tindak lanjut**\n>\n> Apakah **cukup**?');
  });
});

/** Where the built-in Markdown template prints an item. */
function markdownPlace(kind: string, item: Item, name: string): RegExp {
  const e = escapeRegExp(escapeMarkdown(name));
  switch (kind) {
    case 'terms':
      return new RegExp(`^\\d+\\. \\*\\*${e}\\*\\*`, 'm');
    case 'roles':
      return new RegExp(`^#### \\d+\\. ${e}$`, 'm');
    case 'indicators':
      return new RegExp(`^\\| ${escapeRegExp(escapeMarkdown((item as { code?: string }).code ?? ''))} \\| ${e} \\|`, 'm');
    default:
      return new RegExp(`^### [A-Z]+\\. ${e}$`, 'm');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
