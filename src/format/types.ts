import type { Finding, RuleInfo } from '../core/findings.js';

export type { RuleInfo };

export interface FormatContext {
  /** Folder that file paths in the output are relative to (the current directory). */
  cwd: string;
  /**
   * Folder that the CI formats (github, sarif, junit) name files relative to: the root of the
   * git repository holding the guideline, which is what CI systems map annotations onto,
   * wherever pedoman was run from; the current directory when it is not in a repository.
   */
  repoRoot: string;
  /** --strict: warnings fail the run, so JUnit reports them as failures. */
  strict: boolean;
  /** Absolute path of the guideline root. */
  root: string;
  /** Colour allowed (stylish only). */
  color: boolean;
  /** pedoman's version, for SARIF's tool.driver. */
  toolVersion: string;
  /** Every rule that can report, with its description in the current language. */
  rules: readonly RuleInfo[];
}

/** A formatter is pure: the same findings and context give the same string. */
export type Formatter = (findings: readonly Finding[], context: FormatContext) => string;
