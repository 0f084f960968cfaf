// The review log's enumerated values, as people type and read them: stored as the slugs of the
// schema (Indonesian words, the guideline's own vocabulary), shown in the user's language, and
// accepted in either language, any case, with spaces or hyphens ("diterima sebagian",
// "partly accepted", "terbuka", "open").
import { t } from '../i18n/index.js';
import {
  COMMENT_TYPES, DISPOSITIONS, THREAD_STATES, type CommentType, type Disposition, type ThreadState,
} from '../model/comment-types.js';

/** A filter word of `comment list --status`: a state, or `resolved` for every state not waiting for the team. */
export type StateFilter = ThreadState | 'resolved';
export const STATE_FILTERS: readonly StateFilter[] = [...THREAD_STATES, 'resolved'];

/** English and Indonesian words for each value (the stored slug always counts). */
const TYPE_WORDS: Record<CommentType, readonly string[]> = {
  umum: ['general'],
  substansi: ['substance', 'substantive'],
  redaksional: ['wording', 'editorial'],
  pertanyaan: ['question'],
};
const DISPOSITION_WORDS: Record<Disposition, readonly string[]> = {
  diterima: ['accepted'],
  'diterima-sebagian': ['partly-accepted', 'partially-accepted'],
  'tidak-diterima': ['not-accepted', 'rejected'],
  ditunda: ['deferred', 'postponed'],
  dicatat: ['noted'],
  dijawab: ['answered'],
};
const STATE_WORDS: Record<StateFilter, readonly string[]> = {
  open: ['terbuka'],
  answered: ['dijawab'],
  accepted: ['disetujui'],
  objected: ['keberatan'],
  overruled: ['ditetapkan'],
  withdrawn: ['ditarik'],
  resolved: ['selesai'],
};

function slug(input: string): string {
  return input.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

function parse<T extends string>(input: string, values: readonly T[], words: Record<T, readonly string[]>): T | undefined {
  const given = slug(input);
  return values.find((v) => v === given || words[v].includes(given));
}

export function parseType(input: string): CommentType | undefined {
  return parse(input, COMMENT_TYPES, TYPE_WORDS);
}

/** Accepts a disposition as stored (diterima-sebagian), as printed (diterima sebagian) or in English. */
export function parseDisposition(input: string): Disposition | undefined {
  return parse(input, DISPOSITIONS, DISPOSITION_WORDS);
}

export function parseStateFilter(input: string): StateFilter | undefined {
  return parse(input, STATE_FILTERS, STATE_WORDS);
}

/** Whether a thread in `state` is kept by the filter. */
export function stateMatches(filter: StateFilter, state: ThreadState): boolean {
  if (filter === 'resolved') return state === 'answered' || state === 'accepted' || state === 'overruled' || state === 'withdrawn';
  return filter === state;
}

/** The disposition's slug as printed: "diterima sebagian". It is the guideline's term, in both languages. */
export function dispositionLabel(disposition: Disposition): string {
  return disposition.replace(/-/g, ' ');
}

/** A thread state in the user's language: "terbuka", "open". */
export function stateLabel(state: ThreadState): string {
  return t(`comments.state.${state}`);
}

/** A comment type in the user's language ("question" in English, "pertanyaan" in Indonesian). */
export function typeLabel(type: CommentType): string {
  return t(`comments.typeName.${type}`);
}

/** The values a user may type, for an error message: "open (terbuka), answered (dijawab), …" in English. */
export function stateChoices(): string {
  return STATE_FILTERS.map((s) => (s === 'resolved' ? t('comments.state.resolved') : stateLabel(s))).join(', ');
}

export function typeChoices(): string {
  return COMMENT_TYPES.map(typeLabel).join(', ');
}

export function dispositionChoices(): string {
  return DISPOSITIONS.map(dispositionLabel).join(', ');
}
