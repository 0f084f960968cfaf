// pedoman render: check the guideline, build the document model once, then write Markdown, HTML
// and PDF next to each other in the out folder (rendered/ in the workspace by default; only the
// files named after the guideline id are written, nothing is removed).
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkGuideline, ruleInfos } from '../../rules/check.js';
import { stylish } from '../../format/stylish.js';
import { t } from '../../i18n/index.js';
import { findGuidelineRoot, RENDER_DIR, workspaceRoot } from '../../model/locate.js';
import type { Guideline } from '../../model/types.js';
import { creationDate, isIsoDate, sourceDateEpoch } from '../../render/dates.js';
import { commitInfo } from '../../render/git.js';
import { buildDocument, type CommentsMode } from '../../render/model.js';
import { PAPERS } from '../../render/paper.js';
import { TemplateError } from '../../render/templates.js';
import { displayPath } from '../../core/paths.js';
import { PDF_STANDARDS, type PdfStandard } from '../../render/pdf-standards.js';
import { writeFileAtomic } from '../../util/atomic.js';
import { SLUG } from '../../util/slug.js';
import type { CliContext } from '../context.js';
import { checkOutputFlags, printJson } from '../output.js';
import { VERSION } from '../version.js';
import { EXIT_FINDINGS, EXIT_OK, UserError } from '../../core/errors.js';
import { openGuideline } from '../../model/guideline.js';
import { oneOf } from '../../core/guards.js';

export interface RenderOptions {
  format: string;
  out?: string;
  paper: string;
  comments?: string;
  final?: boolean;
  date?: string;
  force?: boolean;
  changesSince?: string;
  pdfStandard?: string;
  /** false with --no-flowcharts. */
  flowcharts?: boolean;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export const RENDER_FORMATS = ['md', 'html', 'pdf', 'docx'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];
const COMMENT_MODES: readonly CommentsMode[] = ['none', 'summary', 'table'];
/** --comments in Indonesian as well: tanpa, ringkasan, tabel. */
const COMMENT_MODE_WORDS: Readonly<Record<string, CommentsMode>> = { tanpa: 'none', 'tidak-ada': 'none', ringkasan: 'summary', tabel: 'table' };

function commentsMode(value: string): CommentsMode | undefined {
  const given = value.trim().toLowerCase().replace(/\s+/g, '-');
  return oneOf(COMMENT_MODES, given) ?? COMMENT_MODE_WORDS[given];
}

export async function renderCommand(context: CliContext, path: string | undefined, options: RenderOptions): Promise<number> {
  checkOutputFlags(options);
  const formats = parseFormats(options.format);
  const paper = oneOf(PAPERS, options.paper.toLowerCase());
  if (!paper) throw new UserError(t('render.badPaper', { paper: options.paper }));
  const comments = commentsMode(options.comments ?? (options.final ? 'none' : 'summary'));
  if (!comments) throw new UserError(t('render.badComments', { value: options.comments ?? '' }));
  if (options.date !== undefined && !isIsoDate(options.date)) throw new UserError(t('render.badDate', { date: options.date }));
  const epoch = sourceDateEpoch(context.env.SOURCE_DATE_EPOCH);
  if (epoch === null) throw new UserError(t('render.badEpoch', { value: context.env.SOURCE_DATE_EPOCH ?? '' }));
  if (path !== undefined && options.dir !== undefined && path !== options.dir) throw new UserError(t('validate.pathAndDir'));
  const standard = parsePdfStandard(options.pdfStandard);
  const root = findGuidelineRoot({ explicit: path ?? options.dir, cwd: context.cwd });
  const outDir = options.out !== undefined ? resolve(context.cwd, options.out) : join(workspaceRoot(root), RENDER_DIR);
  if (isFile(outDir)) throw new UserError(t('render.outNotFolder', { path: options.out ?? displayPath(context.cwd, outDir) }));

  const outcome = await checkGuideline(openGuideline(root));
  const { counts } = outcome;
  // --quiet: errors only; --json: the files and counts on stdout, diagnostics still on stderr.
  const files: string[] = [];
  const finish = (code: number): number => {
    if (options.json) printJson(context, { files, findings: { errors: counts.error, warnings: counts.warning, infos: counts.info } });
    return code;
  };
  const shown = outcome.findings.filter((f) => (options.quiet ? f.severity === 'error' : f.severity !== 'info'));
  if (shown.length > 0) {
    context.err(stylish(shown, { cwd: context.cwd, repoRoot: context.cwd, strict: false, root, color: context.color, toolVersion: VERSION, rules: ruleInfos() }));
  }
  const manifest = outcome.guideline.manifest;
  if (!manifest) {
    context.err(`pedoman: ${t('render.noManifest', { path: displayPath(context.cwd, root) || '.' })}\n`);
    return finish(EXIT_FINDINGS);
  }
  if (counts.error > 0 && !options.force) {
    context.err(`pedoman: ${t('render.refused', { count: counts.error })}\n`);
    return finish(EXIT_FINDINGS);
  }
  if (counts.error > 0) context.err(`pedoman: ${t('render.forced', { count: counts.error })}\n`);
  else if (shown.length === 0 && !options.quiet && !options.json) context.err(`${t('render.checked', { errors: counts.error, warnings: counts.warning, infos: counts.info })}\n`);
  if (options.final && !options.quiet) {
    const open = openQuestions(outcome.guideline);
    if (open > 0) context.err(`${t('render.finalOpen', { count: open })}\n`);
  }

  const redline = options.changesSince === undefined
    ? undefined
    : await (await import('./render-redline.js')).prepareRedline(context, root, options.changesSince, outcome.guideline);
  const commit = await commitInfo(root);
  const coverDate = options.date ?? manifest.date;
  const doc = buildDocument(redline?.guideline ?? outcome.guideline, outcome.index, {
    final: options.final === true,
    ...(coverDate !== undefined ? { date: coverDate } : {}),
    commit,
    comments: { mode: comments, threads: outcome.guideline.threads },
    ...(redline ? { redline: redline.since } : {}),
  });

  const progress = new Progress(context, options.quiet === true || options.json === true);
  // The id is a slug by schema; with --force a broken one must not become a path.
  const base = SLUG.test(manifest.id) ? manifest.id : 'pedoman';
  const write = async (format: RenderFormat, data: string | Buffer): Promise<void> => {
    const file = join(outDir, `${base}.${format}`);
    await writeFileAtomic(file, redline ? redline.finish(format, data) : data);
    files.push(displayPath(context.cwd, file));
    progress.done(t('render.written', { file: displayPath(context.cwd, file) }));
  };
  const created = (): Date =>
    creationDate({
      ...(options.date !== undefined ? { date: options.date } : {}),
      ...(epoch !== undefined ? { epoch } : {}),
      ...(manifest.date !== undefined ? { manifestDate: manifest.date } : {}),
      now: () => new Date(),
    });
  try {
    for (const format of formats) {
      progress.status(t(`render.progress.${format}`));
      if (format === 'md') {
        const { renderMarkdown } = await import('../../render/markdown.js');
        await write('md', renderMarkdown(doc, { root }));
      } else if (format === 'html') {
        const { renderHtml } = await import('../../render/html.js');
        await write('html', renderHtml(doc, { root, paper, flowcharts: options.flowcharts !== false }));
      } else if (format === 'docx') {
        const { renderDocx } = await import('../../render/docx.js');
        const wordComments = comments === 'none' ? [] : (await import('../../render/docx-comments.js')).wordComments(outcome.guideline.threads);
        await write('docx', await renderDocx(doc, {
          paper,
          creationDate: created(),
          guideline: { id: manifest.id, version: manifest.version, ...(commit.hash !== undefined ? { commit: commit.hash } : {}) },
          wordComments,
        }));
      } else {
        const { renderPdf } = await import('../../render/pdf.js');
        const result = await renderPdf(doc, {
          root,
          paper,
          creationDate: created(),
          flowcharts: options.flowcharts !== false,
          ...(standard ? { standard } : {}),
        });
        await write('pdf', result.pdf);
        if (!options.quiet) for (const warning of result.warnings) context.err(`pedoman: ${t('render.typstWarning', { warning })}\n`);
        if (result.missingGlyphs.length > 0) {
          context.err(`pedoman: ${t('render.missingGlyphs', { chars: result.missingGlyphs.map((c) => `'${c}' (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ') })}\n`);
        }
      }
    }
  } catch (error) {
    progress.clear();
    if (error instanceof TemplateError) {
      context.err(`pedoman: ${t('render.template', { file: error.where((path) => displayPath(context.cwd, path)), message: error.message })}\n`);
      return finish(EXIT_FINDINGS);
    }
    throw error;
  }
  return finish(EXIT_OK);
}

function parsePdfStandard(value: string | undefined): PdfStandard | undefined {
  if (value === undefined) return undefined;
  const standard = value.trim().toLowerCase();
  if (!(PDF_STANDARDS as readonly string[]).includes(standard)) throw new UserError(t('render.badPdfStandard', { value, standards: PDF_STANDARDS.join(', ') }));
  return standard as PdfStandard;
}

function parseFormats(value: string): RenderFormat[] {
  const wanted = new Set<RenderFormat>();
  for (const part of value.split(',').map((p) => p.trim().toLowerCase())) {
    if (part === 'all') RENDER_FORMATS.forEach((f) => wanted.add(f));
    else if ((RENDER_FORMATS as readonly string[]).includes(part)) wanted.add(part as RenderFormat);
    else throw new UserError(t('render.badFormat', { format: part }));
  }
  return RENDER_FORMATS.filter((f) => wanted.has(f));
}

function openQuestions(guideline: Guideline): number {
  let count = 0;
  for (const section of guideline.sections) {
    count += section.open_questions?.length ?? 0;
    for (const item of section.items) count += item.open_questions?.length ?? 0;
  }
  return count;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * A status line on a terminal (stderr is a TTY), rewritten in place; nothing when output goes to
 * a file or a pipe, where only the "wrote" lines appear; nothing at all when silent (--quiet, --json).
 */
class Progress {
  private readonly tty: boolean;
  private shown = '';

  constructor(private readonly context: CliContext, private readonly silent: boolean) {
    this.tty = !silent && context.stderr.isTTY === true;
  }

  status(text: string): void {
    if (!this.tty || text === this.shown) return;
    this.shown = text;
    this.context.err(`\r\x1b[K${text}`);
  }

  clear(): void {
    if (this.tty && this.shown !== '') this.context.err('\r\x1b[K');
    this.shown = '';
  }

  done(text: string): void {
    this.clear();
    if (!this.silent) this.context.err(`${text}\n`);
  }
}

