// A rule is a value: an id, its metadata (default severity, the JSON Schema of its options, the
// messages it reports with) and a check over the typed model. The engine validates the options
// a ruleset sets against the schema before the rule runs, so a rule only ever sees valid
// options, with the schema's defaults filled in.
import type { Analyses } from '../analyze/analyses.js';
import type { PathSegment, Position, Severity } from '../core/findings.js';
import type { ModelIndex } from '../model/lookup.js';
import type { ActHistory } from '../model/comment-types.js';
import type { Guideline, SourceFile } from '../model/types.js';

export interface Report {
  file: SourceFile;
  path: readonly PathSegment[];
  /** Point at the key of the last path segment instead of its value. */
  key?: boolean;
  message: string;
  /** An exact place (e.g. a word inside a multi-line text) that overrides the located one. */
  position?: Position;
  /**
   * For a rule whose reports differ in weight: this report's severity when the ruleset does
   * not set one for the rule (a severity set there applies to every report).
   */
  severity?: Severity;
}

export interface RuleContext<O = Record<string, never>> {
  guideline: Guideline;
  index: ModelIndex;
  /** The analyses of this run, shared by every rule (and reported by `pedoman analyze`). */
  analyses: Analyses;
  /** The rule's options from the ruleset, valid against `meta.options`, defaults filled in. */
  options: O;
  /** Who added each file of the review log, when the guideline is in git (see tracking/history.ts). */
  history?: ActHistory;
  report(report: Report): void;
}

export interface RuleMeta {
  /** The severity when the ruleset does not set one. */
  severity: Severity;
  /**
   * JSON Schema of the rule's `options` in the ruleset (an object). Without one the rule takes no
   * options, and any option set for it is reported.
   */
  options?: Record<string, unknown>;
  /** The messages it reports with: catalogue keys `rule.<id>.<key>`, in both languages. */
  messages: readonly string[];
}

export interface Rule<O = Record<string, never>> {
  id: string;
  meta: RuleMeta;
  check(context: RuleContext<O>): void;
}

/** A rule whatever its options type (checks are methods, so a rule with narrower options fits): what the registry holds. */
export type AnyRule = Rule<Record<string, unknown>>;
