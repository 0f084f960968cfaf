// The registry: adding a rule is adding a file and listing it here.
import type { AnyRule } from './types.js';
import { appointerLevel } from './appointer-level.js';
import { commentAnchor } from './comment-anchor.js';
import { idUnique } from './id-unique.js';
import { mechanismHasIndicator } from './mechanism-has-indicator.js';
import { indicatorMeasurable } from './indicator-measurable.js';
import { openQuestion } from './open-question.js';
import { provisionImplemented } from './provision-implemented.js';
import { referenceResolves } from './reference-resolves.js';
import { roleAppointment } from './role-appointment.js';
import { roleRequiredPerLevel } from './role-required-per-level.js';
import { termBoundary } from './term-boundary.js';
import { termSpelling } from './term-spelling.js';
import { programmeOverlap } from './programme-overlap.js';
import { dutyDuplicate } from './duty-duplicate.js';
import { responsibilityGap } from './responsibility-gap.js';
import { termAvoid } from './term-avoid.js';
import { termUnused } from './term-unused.js';
import { reviewStale } from './review-stale.js';
import { actProvenance } from './act-provenance.js';
import { reviewerUnique } from './reviewer-unique.js';
import { schemaModeline } from './schema-modeline.js';
import { indicatorLevels } from './indicator-levels.js';
import { topicRequired } from './topic-required.js';
import { sentenceLength } from './sentence-length.js';

/** Old ids of renamed rules, still read in a ruleset (with a note to rename them). */
export const RENAMED_RULES: Readonly<Record<string, string>> = {
  'mechanism-has-metric': 'mechanism-has-indicator',
  'metric-measurable': 'indicator-measurable',
};

export const RULES: readonly AnyRule[] = [
  idUnique,
  referenceResolves,
  mechanismHasIndicator,
  indicatorMeasurable,
  indicatorLevels,
  roleAppointment,
  termBoundary,
  termSpelling,
  roleRequiredPerLevel,
  provisionImplemented,
  topicRequired,
  openQuestion,
  appointerLevel,
  commentAnchor,
  actProvenance,
  programmeOverlap,
  dutyDuplicate,
  responsibilityGap,
  termAvoid,
  termUnused,
  sentenceLength,
  reviewStale,
  reviewerUnique,
  schemaModeline,
];
