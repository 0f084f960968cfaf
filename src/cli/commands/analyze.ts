// `pedoman analyze`: the policy analysis report (overlaps with existing programmes, duplicated
// duties, responsibility matrix, term boundaries). Reads only; writes a file only with --output.
import { resolve } from 'node:path';
import { checkGuideline } from '../../rules/check.js';
import { buildAnalysisReport } from '../../analyze/analysis.js';
import { formatQuiet, formatReport, REPORT_FORMATS } from '../../analyze/report.js';
import { t } from '../../i18n/index.js';
import { findGuidelineRoot } from '../../model/locate.js';
import { writeFileAtomic } from '../../util/atomic.js';
import type { CliContext } from '../context.js';
import { outputMode } from '../output.js';
import { EXIT_FINDINGS, EXIT_OK, UserError } from '../../core/errors.js';
import { countBySeverity } from '../../core/findings.js';
import { openGuideline } from '../../model/guideline.js';
import { oneOf } from '../../core/guards.js';

export interface AnalyzeOptions {
  format: string;
  minSimilarity?: string;
  output?: string;
  strict?: boolean;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export async function analyzeCommand(context: CliContext, path: string | undefined, options: AnalyzeOptions): Promise<number> {
  if (!oneOf(REPORT_FORMATS, options.format)) throw new UserError(t('analyze.badFormat', { format: options.format }));
  const format = outputMode(options, REPORT_FORMATS, 'table');
  const minSimilarity = options.minSimilarity === undefined ? undefined : parseSimilarity(options.minSimilarity);
  if (path !== undefined && options.dir !== undefined && path !== options.dir) throw new UserError(t('validate.pathAndDir'));
  const root = findGuidelineRoot({ explicit: path ?? options.dir, cwd: context.cwd });

  // One check run, its similarity rules at the threshold asked for; the report shows that run.
  const overrides = minSimilarity === undefined ? undefined : {
    'programme-overlap': { options: { min_similarity: minSimilarity } },
    'duty-duplicate': { options: { min_similarity: minSimilarity } },
  };
  const outcome = await checkGuideline(openGuideline(root), overrides ? { overrides } : {});
  const report = buildAnalysisReport(outcome);
  if (report.errorsElsewhere > 0) context.err(`pedoman: ${t('analyze.errorsElsewhere', { count: report.errorsElsewhere })}\n`);

  const reportContext = { cwd: context.cwd, color: context.color && options.output === undefined };
  const text = format === 'quiet' ? formatQuiet(report, reportContext) : formatReport(format, report, reportContext);
  if (options.output !== undefined) {
    await writeFileAtomic(resolve(context.cwd, options.output), text);
    if (format !== 'quiet') context.err(`${t('analyze.written', { file: options.output })}\n`);
  } else {
    context.out(text);
  }
  const counts = countBySeverity(report.findings);
  const failing = counts.error > 0 || report.errorsElsewhere > 0 || (options.strict === true && counts.warning > 0);
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

/** A number from 0 to 1, written with a point or (as Indonesian writes it) a comma. */
function parseSimilarity(raw: string): number {
  const text = raw.trim().replace(',', '.');
  const value = /^\d*\.?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new UserError(t('analyze.badSimilarity', { value: raw }));
  return value;
}
