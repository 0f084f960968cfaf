// The review comments a Word rendering shows as Word comments: each thread's first comment,
// anchored on its quote inside its item (or on the item's title), with the thread's replies and
// the drafting team's answer as replies to it. In the thread log's order (oldest first).
import type { Threads } from '../model/threads.js';
import type { WordComment } from './docx.js';

const TEAM = 'Tim penyusun';

export function wordComments(threads: Threads | undefined, labels: { team?: string } = {}): WordComment[] {
  if (!threads) return [];
  const person = (p: { name: string; affiliation?: string } | undefined): string => (p ? (p.affiliation ? `${p.name} (${p.affiliation})` : p.name) : (labels.team ?? TEAM));
  return threads.all().map((th) => {
    const c = th.root;
    const comment: WordComment = {
      section: c.section,
      author: person(c.author),
      date: c.created,
      text: c.proposed_change !== undefined ? `${c.text}\n\n${c.proposed_change}` : c.text,
      replies: threads
        .thread(c)
        .slice(1)
        .map((e) => ({ author: person(e.record.author), date: e.record.created, text: e.record.text })),
    };
    if (c.item !== undefined) comment.item = c.item;
    if (c.quote !== undefined) comment.quote = c.quote;
    const answer = th.state === 'open' || th.state === 'withdrawn' ? undefined : th.answer;
    if (answer && answer.response !== '') comment.replies.push({ author: person(answer.author), date: answer.created, text: answer.response });
    return comment;
  });
}
