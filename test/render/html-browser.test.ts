// The HTML in a real browser: Debian's chromium driven by playwright-core (no browser download),
// at a phone's, a tablet's and a desktop's width. Nothing scrolls sideways (WCAG 2.1, 1.4.10
// reflow), axe-core finds no WCAG 2.1 A/AA violation, and the print stylesheet numbers the
// printed pages. Skips, saying so, where /usr/bin/chromium is not installed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { renderHtml } from '../../src/render/html.js';
import { buildAt, SHIPPED } from './helpers.js';
import { pdfPages, POPPLER } from './poppler.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`HTML browser tests skipped: no ${CHROMIUM}; \`apt-get install chromium\` (.ci/run does).`);

const WIDTHS = [320, 768, 1280] as const;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

describe.skipIf(!HAVE_CHROMIUM)('the HTML of the shipped draft in chromium', () => {
  let browser: BrowserContext;
  let profile: string;
  let html: string;
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  beforeAll(async () => {
    const built = await buildAt(SHIPPED, { comments: { mode: 'table', records: (await buildAt(SHIPPED)).outcome.guideline.comments ?? [] } });
    html = renderHtml(built.doc, { root: SHIPPED, paper: 'a4' });
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'pedoman-chromium-'));
    // A new, empty profile (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      bypassCSP: true,
      locale: 'id-ID',
      timezoneId: 'UTC',
      reducedMotion: 'reduce',
    });
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** The page, laid out at a width; the page's CSP forbids scripts, so axe is injected past it. */
  async function open(width: number): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.setContent(html, { waitUntil: 'load' });
    return page;
  }

  for (const width of WIDTHS) {
    it(`reflows at ${width} px: nothing wider than the window, no WCAG 2.1 A/AA violation`, async () => {
      const page = await open(width);
      try {
        const sizes = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, body: document.body.scrollWidth }));
        expect(sizes.scroll, `scrollWidth at ${width}px`).toBeLessThanOrEqual(width);
        expect(sizes.body).toBeLessThanOrEqual(width);
        // No text cut off at the right edge: every element ends inside the window, except inside a table's own scrolling box.
        const sticking = await page.evaluate((w) => {
          const out: string[] = [];
          for (const el of document.querySelectorAll('main *')) {
            if (el.closest('.table-wrap')) continue;
            const box = el.getBoundingClientRect();
            if (box.width > 0 && box.right > w + 0.5) out.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(box.right)})`);
          }
          return out.slice(0, 10);
        }, width);
        expect(sticking).toEqual([]);
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async (tags) => {
          const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        }, AXE_TAGS);
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60000);
  }

  it('keeps wide tables in their own scrolling box at 320 px, reachable from the keyboard', async () => {
    const page = await open(320);
    try {
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('.table-wrap')].map((box) => ({
          scrolls: box.scrollWidth > box.clientWidth,
          focusable: box.getAttribute('tabindex') === '0',
          label: box.getAttribute('aria-label') ?? '',
        })),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      expect(boxes.some((b) => b.scrolls)).toBe(true);
      for (const box of boxes) expect(box.focusable && box.label !== '').toBe(true);
    } finally {
      await page.close();
    }
  }, 60000);

  it.skipIf(!POPPLER)('prints with "Halaman X dari Y" at the foot of every page but the cover', async () => {
    const page = await open(1280);
    try {
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThan(10);
      expect(pages[0]).not.toContain('Halaman');
      pages.slice(1).forEach((text, i) => expect(text).toContain(`Halaman ${i + 2} dari ${pages.length}`));
      expect(pages[3]).toContain('Pedoman Peran Serta Masyarakat dalam Penyelenggaraan Fungsi Pemasyarakatan');
    } finally {
      await page.close();
    }
  }, 90000);
});
