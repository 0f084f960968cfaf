// Who of the follow-up group (manifest `reviewers`) has taken part, unit by unit: who commented,
// who approved (review stamps), who has not responded yet, and what waits for whom (answers
// waiting for the commenter's acceptance or objection; open comments and objections waiting for
// the drafting team). People are matched by e-mail (by name when a record has no e-mail, as the
// review log does). Commenters and reviewers who are not on the list are shown as their own group,
// never dropped. Pure: it works on what was read.
import type { CommentRecord, Person } from '../model/comment-types.js';
import type { ReviewRecord } from '../model/review-types.js';
import { samePerson, type Thread } from '../model/threads.js';
import { compareReviews } from '../model/records.js';
import type { Reviewer } from '../model/types.js';

export interface Participant {
  name: string;
  email: string | undefined;
  /** The roster's unit; for someone not on the list, the affiliation their records give, if any. */
  unit: string | undefined;
  listed: boolean;
  /** Ids of the threads they started. */
  comments: string[];
  replies: number;
  /** Sections whose latest review by them approves; `current` when the section has not changed since. */
  approved: { section: string; at: string; current: boolean }[];
  /** Sections whose latest review by them does not approve. */
  reviewed: { section: string; at: string }[];
  /** Their threads answered by the drafting team, waiting for them to accept or object. */
  awaitingThem: string[];
  /** Their threads waiting for the drafting team: not answered yet, or objected to. */
  awaitingTeam: { open: string[]; objected: string[] };
  /** Commented, replied or reviewed at least once. */
  responded: boolean;
}

export interface Participation {
  /** Units in the order the roster first names them, each with its people in roster order. */
  units: { unit: string; members: Participant[] }[];
  /** People who commented or reviewed but are not on the list, in the order they first did. */
  unlisted: Participant[];
  totals: {
    listed: number;
    responded: number;
    /** Answers waiting for a commenter (listed or not) to accept or object. */
    awaitingReviewers: number;
    /** Open comments waiting for the drafting team's answer. */
    open: number;
    /** Objections waiting for the drafting team. */
    objected: number;
  };
}

export interface ParticipationInput {
  reviewers: readonly Reviewer[];
  comments: readonly CommentRecord[];
  threads: readonly Thread[];
  reviews: readonly ReviewRecord[];
  /** The current fingerprint of each listed section, to tell a current approval from an outdated one. */
  fingerprints: ReadonlyMap<string, string>;
}

export function buildParticipation(input: ParticipationInput): Participation {
  const listed: Participant[] = input.reviewers.map((r) => blank({ name: r.name, email: r.email }, r.unit, true));
  const unlisted: Participant[] = [];
  const find = (person: Person): Participant => {
    const known = listed.find((p) => samePerson(asPerson(p), person)) ?? unlisted.find((p) => samePerson(asPerson(p), person));
    if (known) {
      if (!known.listed && known.unit === undefined && person.affiliation) known.unit = person.affiliation;
      return known;
    }
    const added = blank(person, person.affiliation, false);
    unlisted.push(added);
    return added;
  };

  for (const comment of input.comments) {
    const who = find(comment.author);
    if (comment.reply_to === undefined) who.comments.push(comment.id);
    else who.replies++;
  }
  // The latest review of each person on each section is what they think of it now.
  const latest = new Map<Participant, Map<string, ReviewRecord>>();
  for (const review of [...input.reviews].sort(compareReviews)) {
    const who = find(review.reviewer);
    let bySection = latest.get(who);
    if (!bySection) latest.set(who, (bySection = new Map()));
    bySection.set(review.section, review);
  }
  for (const [who, bySection] of latest) {
    for (const [section, review] of bySection) {
      if (review.approve) who.approved.push({ section, at: review.at, current: input.fingerprints.get(section) === review.fingerprint });
      else who.reviewed.push({ section, at: review.at });
    }
  }

  let awaitingReviewers = 0;
  let open = 0;
  let objected = 0;
  for (const thread of input.threads) {
    const who = find(thread.root.author);
    if (thread.state === 'answered') {
      who.awaitingThem.push(thread.root.id);
      awaitingReviewers++;
    } else if (thread.state === 'open') {
      who.awaitingTeam.open.push(thread.root.id);
      open++;
    } else if (thread.state === 'objected') {
      who.awaitingTeam.objected.push(thread.root.id);
      objected++;
    }
  }
  for (const p of [...listed, ...unlisted]) p.responded = p.comments.length > 0 || p.replies > 0 || p.approved.length > 0 || p.reviewed.length > 0;

  const units: Participation['units'] = [];
  for (const p of listed) {
    const unit = units.find((u) => u.unit === p.unit);
    if (unit) unit.members.push(p);
    else units.push({ unit: p.unit!, members: [p] });
  }
  return {
    units,
    unlisted,
    totals: { listed: listed.length, responded: listed.filter((p) => p.responded).length, awaitingReviewers, open, objected },
  };
}

function blank(person: Person, unit: string | undefined, listed: boolean): Participant {
  return {
    name: person.name,
    email: person.email,
    unit,
    listed,
    comments: [],
    replies: 0,
    approved: [],
    reviewed: [],
    awaitingThem: [],
    awaitingTeam: { open: [], objected: [] },
    responded: false,
  };
}

function asPerson(p: Participant): Person {
  return { name: p.name, ...(p.email !== undefined ? { email: p.email } : {}) };
}
