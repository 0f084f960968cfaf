// A review stamp, as stored: one YAML file per review under
// <guideline>/reviews/<section-id>/<review-id>.yaml, never edited after it is written.
import type { Person } from './comment-types.js';

export interface ReviewRecord {
  /** Lower-case ULID: unique without coordination, sorts by time; the file name. */
  id: string;
  section: string;
  reviewer: Person;
  /** ISO 8601 time, UTC. */
  at: string;
  /** True when the reviewer approved the section as it was. */
  approve: boolean;
  note?: string;
  /** `sha256:<hex>` of the section's content as reviewed (see fingerprint.ts). */
  fingerprint: string;
  /** The commit the draft was at when reviewed, when known. */
  commit?: string;
}
