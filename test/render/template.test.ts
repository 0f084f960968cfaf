import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { Templates, TemplateError } from '../../src/render/templates.js';
import { runCli } from '../helpers/cli.js';
import { baseGuideline, cleanupGuidelines, writeGuideline } from '../helpers/fixture.js';
import { buildAt } from './helpers.js';

afterAll(cleanupGuidelines);

describe('templates', () => {
  it('uses the guideline’s own document.html.eta, which can include pedoman’s partials', async () => {
    const root = await writeGuideline({
      ...baseGuideline(),
      'templates/document.html.eta': '<!DOCTYPE html>\n<title><%= it.doc.meta.title %></title>\n<h1 class="kop">KOP <%= it.doc.meta.issuer ?? "-" %> <%= "<b>" %></h1>\n<%~ include("html/toc", it) %>\n',
    });
    const { doc } = await buildAt(root);
    const html = renderHtml(doc, { root, paper: 'a4' });
    expect(html).toContain('<h1 class="kop">KOP - &lt;b&gt;</h1>');
    expect(html).toContain('<nav class="toc"');
    expect(html).not.toContain('class="cover"');
    // The Markdown still comes from pedoman's template.
    expect(renderMarkdown(doc, { root })).toContain('## DAFTAR ISI');
  });

  it('lets a guideline override a single partial', async () => {
    const root = await writeGuideline({
      ...baseGuideline(),
      'templates/md/cover.eta': '# Naskah <%= it.doc.meta.title %> versi <%= it.doc.meta.version %>\n',
    });
    const { doc } = await buildAt(root);
    const md = renderMarkdown(doc, { root });
    expect(md.startsWith('# Naskah Pedoman Uji versi 0.1.0\n')).toBe(true);
    expect(md).toContain('## BAB I PENDAHULUAN');
    expect(new Templates({ root, escape: String }).overridden('md/cover')).toBe(true);
    expect(new Templates({ root, escape: String }).overridden('md/toc')).toBe(false);
  });

  it('reads no template outside the two template folders', async () => {
    const root = await writeGuideline(baseGuideline());
    const templates = new Templates({ root, escape: String });
    expect(() => templates.find('../package.json')).toThrow(TemplateError);
    expect(() => templates.find('/etc/passwd')).toThrow(TemplateError);
    expect(() => templates.find('html/tidak-ada')).toThrow(TemplateError);
  });

  it('names the broken template file and exits 1', async () => {
    const root = await writeGuideline({ ...baseGuideline(), 'templates/document.md.eta': '# <%= it.doc.meta.title %>\n<% if (true) { %>\n' });
    const out = join(root, 'keluaran');
    const result = await runCli(['render', root, '--format', 'md', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/pedoman: template .*templates\/document\.md\.eta:2: Unexpected end of input\n/);
    expect(() => readFileSync(join(out, 'pedoman-uji.md'))).toThrow();
  });

  it('names the user\'s partial and its line, not the shipped template that includes it', async () => {
    const syntax = await writeGuideline({ ...baseGuideline(), 'templates/html/cover.eta': '<section>\n<p>ok</p>\n<% if (it.doc.meta.title ==) { %>\n<% } %>\n</section>\n' });
    const a = await runCli(['render', syntax, '--format', 'html', '--out', join(syntax, 'o')]);
    expect(a.code).toBe(1);
    expect(a.stderr).toMatch(/pedoman: template .*templates\/html\/cover\.eta:3: Unexpected token '\)'\n/);
    expect(a.stderr).not.toContain('document.html.eta');

    const runtime = await writeGuideline({ ...baseGuideline(), 'templates/md/toc.eta': '## Isi\n\n<%= it.doc.tidakAda.judul %>\n' });
    const b = await runCli(['render', runtime, '--format', 'md', '--out', join(runtime, 'o')]);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/pedoman: template .*templates\/md\/toc\.eta:3: Cannot read properties of undefined \(reading 'judul'\)\n/);

    const tag = await writeGuideline({ ...baseGuideline(), 'templates/md/cover.eta': '# Judul\n\n<%= it.doc.meta.title\n' });
    const c = await runCli(['render', tag, '--format', 'md', '--out', join(tag, 'o')]);
    expect(c.stderr).toMatch(/pedoman: template .*templates\/md\/cover\.eta:3:1: unclosed tag\n/);
  });
});
