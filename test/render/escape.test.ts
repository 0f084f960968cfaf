import { marked } from 'marked';
import { Threads } from '../../src/model/threads.js';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownCell, neutraliseMarkdownHtml, safeUrl } from '../../src/render/escape.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { proseHtml } from '../../src/render/prose.js';
import { cleanupGuidelines, variant } from '../helpers/fixture.js';
import { build } from './helpers.js';

afterAll(cleanupGuidelines);

/** What a Markdown viewer shows for a line of Markdown. */
function shown(markdown: string): string {
  return marked.parseInline(markdown) as string;
}

describe('escapeMarkdown', () => {
  it('prints Markdown-special characters literally', () => {
    const value = 'a *b* _c_ [d](e) `f` <g> h|i ~j~ \\k';
    expect(shown(escapeMarkdown(value))).toBe('a *b* _c_ [d](e) `f` &lt;g&gt; h|i ~j~ \\k');
  });

  it('escapes block markers only where a line could start with them', () => {
    expect(escapeMarkdown('# bukan judul')).toBe('\\# bukan judul');
    expect(escapeMarkdown('- bukan butir')).toBe('\\- bukan butir');
    expect(escapeMarkdown('1. bukan daftar')).toBe('1\\. bukan daftar');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('0.1.0')).toBe('0.1.0');
    expect(escapeMarkdown('Nomor PAS-06.OT.02.02 #5')).toBe('Nomor PAS-06.OT.02.02 #5');
  });

  it('keeps entities from being decoded and joins lines', () => {
    expect(shown(escapeMarkdown('A &amp; B & C'))).toBe('A &amp;amp; B &amp; C');
    expect(escapeMarkdown('baris\n  satu')).toBe('baris satu');
  });

  it('keeps table cells in one cell', () => {
    expect(markdownCell('a | b\nc')).toBe('a \\| b<br>c');
  });
});

describe('safeUrl', () => {
  it.each(['https://example.org/x?a=1', 'http://example.org', 'mailto:tim@example.org', '#bab-i', 'lampiran/a.pdf', '//example.org/x'])('keeps %s', (url) => {
    expect(safeUrl(url)).toBe(url);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', '&#106;avascript:alert(1)', 'javascript&colon;alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd'])(
    'drops %j',
    (url) => {
      expect(safeUrl(url)).toBeUndefined();
    },
  );
});

describe('prose', () => {
  it('shows raw HTML as text in the HTML rendering', () => {
    const html = proseHtml('Teks <script>alert(1)</script> dan <img src=x onerror=alert(1)>\n\n<div onclick="x()">blok</div>');
    expect(html).not.toMatch(/<script|<img|<div/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;div onclick=&quot;x()&quot;&gt;');
  });

  it('keeps safe links and drops unsafe ones in HTML', () => {
    const html = proseHtml('[aman](https://example.org "judul") [jahat](javascript:alert(1)) <javascript:alert(2)> [ref][r]\n\n[r]: javascript:alert(3)');
    expect(html).toContain('<a href="https://example.org" title="judul">aman</a>');
    expect(html).not.toMatch(/href="[^"]*javascript/i);
    expect(html).toContain('jahat');
  });

  it('neutralises raw HTML and unsafe links in the Markdown file, but not inside code', () => {
    const md = neutraliseMarkdownHtml('a <script>x</script> `<b>kode</b>` [jahat](javascript:alert(1)) [aman](https://example.org)\n\n[r]: javascript:alert(3)\n');
    const rendered = marked.parse(md) as string;
    expect(rendered).not.toMatch(/<script|href="javascript/i);
    expect(rendered).toContain('&lt;script&gt;');
    expect(rendered).toContain('<code>&lt;b&gt;kode&lt;/b&gt;</code>');
    expect(rendered).toContain('jahat');
    expect(rendered).toContain('<a href="https://example.org">aman</a>');
  });
});

describe('a guideline with hostile and Markdown-special values', () => {
  const files = variant((f) => {
    const term = f['sections/pengertian.yaml'].items[0];
    term.term = 'Istilah *_[]#| <b>tebal</b>';
    term.abbreviation = 'IS_*';
    term.definition = 'uji <script>alert(1)</script> [klik](javascript:alert(1)) [aman](https://example.org) <img src=x onerror=alert(2)>.';
    term.source = { citation: '1. Pasal `5` <i>x</i>' };
    f['sections/pendahuluan.yaml'].items[0].title = '# Judul *palsu* | <script>alert(3)</script>';
    f['sections/mekanisme.yaml'].items[0].name = '- Usul [program](javascript:alert(4))';
    f['sections/pengertian.yaml'].items[0].open_questions = ['<script>alert(5)</script> **penting**'];
  });

  it('leaves nothing executable in the HTML', async () => {
    const { doc, root } = await build(files, {
      comments: {
        mode: 'table',
        threads: new Threads([
          {
            id: 'c1',
            section: 'pengertian',
            type: 'umum',
            text: 'Lihat <script>alert(6)</script> [ini](javascript:alert(7))',
            proposed_change: '<iframe src="https://evil.example"></iframe>',
            author: { name: '<b>Rina</b>', affiliation: '"UNODC"' },
            created: '2026-11-20T00:00:00Z',
            status: 'open',
          },
        ]),
      },
    });
    const html = renderHtml(doc, { root, paper: 'a4' });
    expect(html).not.toMatch(/<script|<img|<iframe|<i>|<b>|href="javascript|onerror=alert\(2\)>/i);
    expect(html).toContain('Istilah *_[]#| &lt;b&gt;tebal&lt;/b&gt;');
    expect(html).toContain('&lt;script&gt;alert(6)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;Rina&lt;/b&gt; (&quot;UNODC&quot;)');
    expect(html).toContain('<a href="https://example.org">aman</a>');
  });

  it('keeps the Markdown intact and inert', async () => {
    const { doc, root } = await build(files);
    const md = renderMarkdown(doc, { root });
    const rendered = marked.parse(md) as string;
    expect(rendered).not.toMatch(/<script|<img|<b>tebal|href="javascript/i);
    // The term prints as written, bold, and its list item is not broken by the special characters.
    expect(rendered).toContain('<strong>Istilah *_[]#| &lt;b&gt;tebal&lt;/b&gt;</strong> yang selanjutnya disebut <strong>IS_*</strong> adalah uji');
    expect(rendered).toMatch(/<h3>A\. # Judul \*palsu\* \| &lt;script&gt;alert\(3\)&lt;\/script&gt;<\/h3>/);
    expect(rendered).toContain('<h3>A. - Usul [program](javascript:alert(4))</h3>');
    expect(rendered).toContain('<em>Sumber: 1. Pasal `5` &lt;i&gt;x&lt;/i&gt;</em>');
  });
});
