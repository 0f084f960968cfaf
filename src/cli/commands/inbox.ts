// `pedoman inbox`: what the review log holds for me (git's identity, or --for someone): answers to
// my comments to accept or object to, replies to me, objections to answers I gave, my comments
// whose item changed since I made them, and my threads still with the drafting team. With
// --team: every thread waiting for the drafting team. Reading never writes.
import { anchorStates } from '../../comments/drift.js';
import { inboxOf, type Inbox } from '../../comments/inbox.js';
import { dispositionLabel, stateLabel, typeLabel } from '../../comments/values.js';
import { displayTime } from '../../comments/view.js';
import { UserError } from '../../core/errors.js';
import { t } from '../../i18n/index.js';
import type { Person } from '../../model/comment-types.js';
import type { Thread } from '../../model/threads.js';
import type { CliContext } from '../context.js';
import { outputMode, paint, type OutputFlags } from '../output.js';
import { anchorText, gitPerson, openComments, parsePersonFlag, summary } from './comment/shared.js';

export interface InboxOptions extends OutputFlags {
  for?: string;
  team?: boolean;
  format: string;
  dir?: string;
}

const FORMATS = ['text', 'json'] as const;

export async function inboxCommand(context: CliContext, options: InboxOptions): Promise<number> {
  const format = outputMode(options, FORMATS, 'text');
  const workspace = await openComments(context, options.dir);
  const me = options.for !== undefined ? personFrom(options.for) : await gitPerson(context, workspace);
  if (me.name === undefined && me.email === undefined) throw new UserError(t('inbox.error.noIdentity'));
  const person: Person = { name: me.name ?? me.email!, ...(me.email ? { email: me.email } : {}) };
  const short = (id: string) => workspace.short.get(id) ?? id;

  if (options.team) {
    const waiting = workspace.threads.all().filter((th) => th.state === 'open' || th.state === 'objected');
    if (format === 'json') {
      context.out(`${JSON.stringify({ format: 'pedoman-inbox', version: 1, team: true, waiting: waiting.map((th) => threadJson(th, short)) }, null, 2)}\n`);
      return 0;
    }
    if (format === 'quiet') {
      context.out(waiting.map((th) => `${th.root.id}\n`).join(''));
      return 0;
    }
    const c = paint(context);
    const lines = [c.bold(t('inbox.team.heading', { count: waiting.length }))];
    for (const th of waiting) lines.push(`  ${threadLine(th, short, c)}`);
    if (waiting.length > 0) lines.push('', t('inbox.team.hint'));
    context.out(`${lines.join('\n')}\n`);
    return 0;
  }

  const inbox = inboxOf(workspace.threads, person);
  // My threads still in play whose item (or section) changed since I commented.
  const live = [...inbox.toAccept, ...inbox.waiting];
  const states = await anchorStates(live.map((th) => th.root), workspace.anchors, workspace.repo);
  const changed = live.filter((th) => states.get(th.root.id)?.drift === 'changed' || states.get(th.root.id)?.drift === 'removed');

  if (format === 'json') {
    context.out(`${JSON.stringify(inboxJson(person, inbox, changed, states, short), null, 2)}\n`);
    return 0;
  }
  if (format === 'quiet') {
    const ids = new Set([...inbox.toAccept.map((th) => th.root.id), ...inbox.replies.map((r) => r.reply.id), ...inbox.objections.map((th) => th.root.id), ...changed.map((th) => th.root.id)]);
    context.out([...ids].map((id) => `${id}\n`).join(''));
    return 0;
  }
  context.out(formatInbox(context, person, inbox, changed, states, short));
  return 0;
}

function personFrom(value: string): Partial<Person> {
  return parsePersonFlag(value, '--for');
}

function formatInbox(
  context: CliContext,
  me: Person,
  inbox: Inbox,
  changed: Thread[],
  states: Map<string, { drift: string }>,
  short: (id: string) => string,
): string {
  const c = paint(context);
  const who = me.email ? `${me.name} <${me.email}>` : me.name;
  const lines = [c.bold(t('inbox.heading', { who }))];
  let any = false;
  if (inbox.toAccept.length > 0) {
    any = true;
    lines.push('', c.bold(t('inbox.toAccept', { count: inbox.toAccept.length })));
    for (const th of inbox.toAccept) {
      lines.push(`  ${threadLine(th, short, c)}`);
      if (th.answer) lines.push(`    ${t('inbox.answer', { who: th.answer.author?.name ?? '?', when: displayTime(th.answer.created), disposition: dispositionLabel(th.answer.disposition) })}`);
      if (th.answer?.response) lines.push(`    “${summary(th.answer.response, 90)}”`);
      lines.push(`    ${c.dim(t('inbox.toAccept.commands', { id: short(th.root.id) }))}`);
    }
  }
  if (inbox.replies.length > 0) {
    any = true;
    lines.push('', c.bold(t('inbox.replies', { count: inbox.replies.length })));
    for (const { thread, reply } of inbox.replies) {
      lines.push(`  ${short(reply.id)}  ${t('inbox.reply', { who: reply.author.name, when: displayTime(reply.created), id: short(thread.root.id), anchor: anchorText(thread.root) })}`);
      lines.push(`    “${summary(reply.text, 90)}”`);
      lines.push(`    ${c.dim(t('inbox.replies.commands', { id: short(reply.id) }))}`);
    }
  }
  if (inbox.objections.length > 0) {
    any = true;
    lines.push('', c.bold(t('inbox.objections', { count: inbox.objections.length })));
    for (const th of inbox.objections) {
      lines.push(`  ${threadLine(th, short, c)}`);
      if (th.verdict?.text) lines.push(`    “${summary(th.verdict.text, 90)}”`);
      lines.push(`    ${c.dim(t('inbox.objections.commands', { id: short(th.root.id) }))}`);
    }
  }
  if (changed.length > 0) {
    any = true;
    lines.push('', c.bold(t('inbox.changed', { count: changed.length })));
    for (const th of changed) {
      const drift = states.get(th.root.id)?.drift === 'removed' ? t('inbox.changed.removed') : t('inbox.changed.changed');
      lines.push(`  ${threadLine(th, short, c)}  ${c.yellow(drift)}`);
      lines.push(`    ${c.dim(t('inbox.changed.commands', { id: short(th.root.id) }))}`);
    }
  }
  if (!any) lines.push('', t('inbox.nothing'));
  const waitingTeam = inbox.waiting.length;
  lines.push('', t('inbox.summary', { waiting: waitingTeam, closed: inbox.closed }));
  return `${lines.join('\n')}\n`;
}

function threadLine(th: Thread, short: (id: string) => string, c: ReturnType<typeof paint>): string {
  const state = th.state === 'objected' ? c.red(stateLabel(th.state)) : stateLabel(th.state);
  return `${short(th.root.id)}  ${anchorText(th.root)}  ${typeLabel(th.root.type)} · ${state}  ${summary(th.root.text, 60)}`;
}

function threadJson(th: Thread, short: (id: string) => string) {
  return {
    id: th.root.id,
    short_id: short(th.root.id),
    section: th.root.section,
    item: th.root.item ?? null,
    type: th.root.type,
    state: th.state,
    author: th.root.author,
    text: th.root.text,
    disposition: th.answer?.disposition ?? null,
    response: th.answer?.response ?? null,
    answered_at: th.answer?.created ?? null,
  };
}

function inboxJson(me: Person, inbox: Inbox, changed: Thread[], states: Map<string, { drift: string }>, short: (id: string) => string) {
  return {
    format: 'pedoman-inbox',
    version: 1,
    person: me,
    to_accept: inbox.toAccept.map((th) => threadJson(th, short)),
    replies: inbox.replies.map(({ thread, reply }) => ({ id: reply.id, short_id: short(reply.id), thread: thread.root.id, author: reply.author, created: reply.created, text: reply.text })),
    objections: inbox.objections.map((th) => ({ ...threadJson(th, short), objection: th.verdict?.text ?? null })),
    changed: changed.map((th) => ({ ...threadJson(th, short), anchor: states.get(th.root.id)?.drift ?? 'unknown' })),
    waiting_for_team: inbox.waiting.map((th) => threadJson(th, short)),
    closed: inbox.closed,
  };
}

