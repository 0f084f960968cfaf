import { appendFile } from 'node:fs/promises';
import { checkGuideline, ruleInfos } from '../../rules/check.js';
import { loadFormatter } from '../../format/index.js';
import { FORMAT_NAMES } from '../../format/names.js';
import { githubSummary } from '../../format/github.js';
import { t } from '../../i18n/index.js';
import { findGuidelineRoot, repositoryRoot } from '../../model/locate.js';
import type { FormatContext } from '../../format/types.js';
import type { CliContext } from '../context.js';
import { checkOutputFlags } from '../output.js';
import { VERSION } from '../version.js';
import { EXIT_FINDINGS, EXIT_OK, UserError } from '../../core/errors.js';
import { openGuideline } from '../../model/guideline.js';
import { openRepo } from '../../git/repo.js';
import { historyOptions } from '../../tracking/history.js';
import { oneOf } from '../../core/guards.js';

export interface ValidateOptions {
  format: string;
  strict?: boolean;
  dir?: string;
  quiet?: boolean;
  json?: boolean;
}

export async function validateCommand(context: CliContext, path: string | undefined, options: ValidateOptions): Promise<number> {
  checkOutputFlags(options);
  if (options.json && options.format !== 'stylish' && options.format !== 'json') {
    throw new UserError(t('output.jsonAndFormat', { format: options.format }));
  }
  const format = oneOf(FORMAT_NAMES, options.json ? 'json' : options.format);
  if (!format) {
    throw new UserError(t('validate.badFormat', { format: options.format, formats: FORMAT_NAMES.join(', ') }));
  }
  if (path !== undefined && options.dir !== undefined && path !== options.dir) {
    throw new UserError(t('validate.pathAndDir'));
  }
  const root = findGuidelineRoot({ explicit: path ?? options.dir, cwd: context.cwd });
  const model = openGuideline(root);
  const outcome = await checkGuideline(model, await historyOptions(model, await openRepo(root, context.env), root));
  const formatter = await loadFormatter(format);
  const formatContext: FormatContext = {
    cwd: context.cwd,
    repoRoot: repositoryRoot(root) ?? context.cwd,
    strict: options.strict === true,
    root,
    color: context.color,
    toolVersion: VERSION,
    rules: ruleInfos(),
  };
  // --quiet: only what fails the run; a clean human report prints nothing at all.
  const shown = options.quiet
    ? outcome.findings.filter((f) => f.severity === 'error' || (options.strict === true && f.severity === 'warning'))
    : outcome.findings;
  if (!(options.quiet && shown.length === 0 && format === 'stylish')) context.out(formatter(shown, formatContext));

  const summaryFile = context.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile) {
    // GitHub asks for the job summary in this file; it is outside the guideline. The summary is
    // a courtesy: when the file cannot be written, the annotations above still say everything.
    try {
      await appendFile(summaryFile, githubSummary(shown, formatContext));
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
      context.err(`pedoman: ${t('validate.summaryUnwritable', { file: summaryFile, reason })}\n`);
    }
  }
  const failing = outcome.counts.error > 0 || (options.strict === true && outcome.counts.warning > 0);
  return failing ? EXIT_FINDINGS : EXIT_OK;
}
