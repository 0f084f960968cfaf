// Reads PDFs back with poppler (Debian's poppler-utils: pdfinfo, pdftotext, pdftohtml), as a
// reader's tools see them. Tests that need it skip, saying so, where it is not installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Tools run with a fixed, minimal environment: nothing of the user's locale or settings. */
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

export const POPPLER = spawnSync('pdftotext', ['-v'], { env: ENV }).status === 0 && spawnSync('pdfinfo', ['-v'], { env: ENV }).status === 0;

/** Printed once by the suites that skip, so that a skipped run says why. */
export function popplerSkipNote(): void {
  if (!POPPLER) console.warn('PDF tests skipped: poppler-utils (pdfinfo, pdftotext, pdftohtml) is not installed; `apt-get install poppler-utils` (.ci/run does).');
}

function run(tool: string, args: string[], pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'pedoman-pdf-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const result = spawnSync(tool, [...args.map((a) => (a === '{pdf}' ? file : a))], { env: ENV, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
    return result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdfinfo's fields (Title, Tagged, Pages, …). */
export function pdfInfo(pdf: Buffer, extra: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', [...extra, '{pdf}'], pdf).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

/** The XMP metadata packet. */
export function pdfXmp(pdf: Buffer): string {
  return run('pdfinfo', ['-meta', '{pdf}'], pdf);
}

/** The tag tree as pdfinfo -struct prints it. */
export function pdfStruct(pdf: Buffer): string {
  return run('pdfinfo', ['-struct', '{pdf}'], pdf);
}

/** The text of each page, as pdftotext reads it: in reading order, or line by line as laid out (`layout`). */
export function pdfPages(pdf: Buffer, options: { layout?: boolean } = {}): string[] {
  const text = run('pdftotext', ['-enc', 'UTF-8', ...(options.layout ? ['-layout'] : []), '{pdf}', '-'], pdf);
  const pages = text.split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** Page sizes in points, page by page. */
export function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
  const info = run('pdfinfo', ['-f', '1', '-l', '100000', '{pdf}'], pdf);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** pdftohtml's XML: text runs with their links, and the outline (bookmarks). */
export function pdfXml(pdf: Buffer): string {
  return run('pdftohtml', ['-xml', '-i', '-q', '-stdout', '{pdf}'], pdf);
}

/** Bookmarks as "title → page", in order. */
export function pdfBookmarks(pdf: Buffer): { title: string; page: number }[] {
  return [...pdfXml(pdf).matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({ title: decode(m[2]!), page: Number(m[1]) }));
}

/** Texts that are (parts of) links to a page of the document, with that page. */
export function pdfInternalLinks(pdf: Buffer): { text: string; page: number }[] {
  return [...pdfXml(pdf).matchAll(/<a href="[^"#]*#(\d+)">([^<]*)<\/a>/g)].map((m) => ({ text: decode(m[2]!).trim(), page: Number(m[1]) }));
}

function decode(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Whitespace collapsed, for "does the PDF say X" checks that survive line wrapping. */
export function flat(pages: readonly string[]): string {
  return pages.join('\n').replace(/[\s\u2060]+/g, ' ');
}
