import type { Guideline, SourceFile } from '../model/types.js';
import type { ModelIndex } from '../model/lookup.js';
import type { PathSegment, Position, Severity } from '../core/findings.js';

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

export interface RuleContext {
  guideline: Guideline;
  index: ModelIndex;
  options: Record<string, unknown>;
  report(report: Report): void;
}

/** A rule is a value: id, default severity and a check over the model. */
export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** Message key of the one-line description (catalogue key `rule.<id>`). */
  check(context: RuleContext): void;
}
