// The thread's state is derived by replaying its acts in id order: whatever order the files are
// read in, contradictory acts stay a sequence, and only the commenter's own verdict counts.
import { describe, expect, it } from 'vitest';
import type { Person, StoredAct } from '../../src/model/comment-types.js';
import { Threads } from '../../src/model/threads.js';

const SITI: Person = { name: 'Siti Rahma', email: 'siti@kanwil.example.go.id', affiliation: 'Kanwil Jawa Barat' };
const TEAM: Person = { name: 'Tim Penyusun', email: 'tim@ditjenpas.example.go.id' };
const OTHER: Person = { name: 'Budi', email: 'budi@upt.example.go.id' };

/** Ids that sort in the order given: a fixed time part and a counter. */
let n = 0;
const id = () => `01jz3k4m5n${(n++).toString(32).padStart(16, '0')}`;
const at = (i: number) => new Date(Date.UTC(2026, 6, 7, 9, i)).toISOString();

function comment(extra: Partial<StoredAct> = {}): StoredAct {
  return { id: id(), section: 'kelembagaan', act: 'comment', item: 'duta-upt', type: 'substansi', text: 'Perlu jelas siapa yang menunjuk.', author: SITI, created: at(0), ...extra };
}
function act(kind: StoredAct['act'], thread: string, author: Person, extra: Partial<StoredAct> = {}): StoredAct {
  return { id: id(), section: 'kelembagaan', act: kind, thread, author, created: at(1), ...extra };
}

describe('threads replayed from the review log', () => {
  it('goes open → answered → objected → answered → accepted', () => {
    const c = comment();
    const a1 = act('answer', c.id, TEAM, { disposition: 'diterima-sebagian', response: 'Sebagian.' });
    const o = act('object', c.id, SITI, { answer: a1.id, text: 'Belum cukup.' });
    const a2 = act('answer', c.id, TEAM, { disposition: 'diterima', response: 'Sudah.' });
    const ok = act('accept', c.id, SITI, { answer: a2.id });
    const states = [[c], [c, a1], [c, a1, o], [c, a1, o, a2], [c, a1, o, a2, ok]].map((log) => new Threads(log).all()[0]!.state);
    expect(states).toEqual(['open', 'answered', 'objected', 'answered', 'accepted']);
    const thread = new Threads([c, a1, o, a2, ok]).all()[0]!;
    expect(thread.answer?.disposition).toBe('diterima');
    expect(thread.verdict?.kind).toBe('accept');
    expect(thread.events.map((e) => e.act.kind)).toEqual(['answer', 'object', 'answer', 'accept']);
  });

  it('keeps an objection overruled with a rationale, and only an objection in force can be overruled', () => {
    const c = comment();
    const a = act('answer', c.id, TEAM, { disposition: 'tidak-diterima', response: 'Tidak sesuai UU.' });
    const o = act('object', c.id, SITI, { answer: a.id, text: 'Pasal 92 mengaturnya.' });
    const r = act('overrule', c.id, TEAM, { objection: o.id, response: 'Pasal 92 tidak mengatur penunjukan.' });
    const thread = new Threads([c, a, o, r]).all()[0]!;
    expect(thread.state).toBe('overruled');
    expect(thread.overrule?.response).toMatch(/Pasal 92/);
    const early = new Threads([c, a, act('overrule', c.id, TEAM, { objection: o.id, response: 'x' })]).all()[0]!;
    expect(early.state).toBe('answered');
    expect(early.events.at(-1)?.notCounted).toBe('no-objection');
  });

  it('shows a reopening and an acceptance made at the same time as a sequence, never one contradictory state', () => {
    const c = comment();
    const a = act('answer', c.id, TEAM, { disposition: 'diterima', response: 'Ya.' });
    // The lead reopens; the reviewer, not having pulled yet, accepts the answer she saw.
    const reopen = act('reopen', c.id, TEAM, { text: 'Perlu dibahas lagi.' });
    const accept = act('accept', c.id, SITI, { answer: a.id });
    const thread = new Threads([c, a, reopen, accept]).all()[0]!;
    expect(thread.state).toBe('open');
    expect(thread.events.map((e) => [e.act.kind, e.notCounted ?? null])).toEqual([['answer', null], ['reopen', null], ['accept', 'reopened']]);
    expect(thread.events.at(-1)?.after?.kind).toBe('reopen');
    // The other way round: accepted, then reopened by the lead.
    const c2 = comment();
    const a2 = act('answer', c2.id, TEAM, { disposition: 'diterima', response: 'Ya.' });
    const accepted = act('accept', c2.id, SITI, { answer: a2.id });
    const reopened = act('reopen', c2.id, TEAM);
    const later = new Threads([c2, a2, accepted, reopened]).all()[0]!;
    expect(later.state).toBe('open');
    expect(later.events.map((e) => e.notCounted ?? null)).toEqual([null, null, null]);
    expect(later.events.at(-1)?.after?.kind).toBe('accept');
  });

  it("counts an acceptance only when it is the commenter's", () => {
    const c = comment();
    const a = act('answer', c.id, TEAM, { disposition: 'diterima', response: 'Ya.' });
    const forged = act('accept', c.id, OTHER, { answer: a.id });
    const thread = new Threads([c, a, forged]).all()[0]!;
    expect(thread.state).toBe('answered');
    expect(thread.events.at(-1)?.notCounted).toBe('not-commenter');
    // Recorded for her by the team, with a note: hers.
    const recorded = act('accept', c.id, SITI, { answer: a.id, recorded_by: TEAM, note: 'diterima dalam rapat 14 Juli' });
    expect(new Threads([c, a, recorded]).all()[0]!.state).toBe('accepted');
    // Matched by e-mail, whatever the name says.
    const renamed = act('accept', c.id, { name: 'S. Rahma', email: 'SITI@kanwil.example.go.id' }, { answer: a.id });
    expect(new Threads([c, a, renamed]).all()[0]!.state).toBe('accepted');
  });

  it('does not count an acceptance of an answer replaced since', () => {
    const c = comment();
    const a1 = act('answer', c.id, TEAM, { disposition: 'ditunda', response: 'Nanti.' });
    const o = act('object', c.id, SITI, { answer: a1.id, text: 'Sekarang.' });
    const a2 = act('answer', c.id, TEAM, { disposition: 'diterima', response: 'Baik.' });
    const stale = act('accept', c.id, SITI, { answer: a1.id });
    const thread = new Threads([c, a1, o, a2, stale]).all()[0]!;
    expect(thread.state).toBe('answered');
    expect(thread.events.at(-1)?.notCounted).toBe('superseded');
  });

  it('reads a comment file written before the review log as the acts it records', () => {
    const legacy: StoredAct = {
      id: id(), section: 'kelembagaan', type: 'umum', text: 'Lama.', author: SITI, created: at(0),
      status: 'resolved', disposition: 'dicatat', response: 'Dicatat.', resolved_by: TEAM, resolved_at: at(5), accepted: false,
    };
    const log = new Threads([legacy]);
    const thread = log.all()[0]!;
    expect(thread.state).toBe('objected');
    expect(thread.events.map((e) => [e.act.kind, e.act.legacy])).toEqual([['answer', true], ['object', true]]);
    expect(thread.answer?.author).toEqual(TEAM);
    expect(log.fileIds()).toEqual([legacy.id]);
    // Reopened the old way (status open, the answer kept): answer, then reopen.
    const reopened = new Threads([{ ...legacy, status: 'open', accepted: undefined }]).all()[0]!;
    expect(reopened.state).toBe('open');
    expect(reopened.answer?.disposition).toBe('dicatat');
    // A new act on an old thread names the file as the answer.
    const ok = act('accept', legacy.id, SITI, { answer: legacy.id });
    expect(new Threads([{ ...legacy, accepted: undefined }, ok]).all()[0]!.state).toBe('accepted');
  });

  it("applies its author's corrections, shows anyone else's without applying them", () => {
    const c = comment({ text: 'Tertulis salah.' });
    const fix = { ...act('correct', c.id, SITI), thread: undefined, target: c.id, text: 'Tertulis benar.' } as StoredAct;
    const other = { ...act('correct', c.id, OTHER), thread: undefined, target: c.id, text: 'Diubah orang lain.' } as StoredAct;
    const log = new Threads([c, fix, other]);
    expect(log.byId.get(c.id)?.text).toBe('Tertulis benar.');
    expect(log.commentAct(c.id)?.comment.text).toBe('Tertulis salah.');
    const thread = log.all()[0]!;
    expect(thread.corrected.has(c.id)).toBe(true);
    expect(thread.events.map((e) => e.notCounted ?? null)).toEqual([null, 'not-author']);
  });

  it('moves a thread with its renamed item and remembers where it was made', () => {
    const c = comment();
    const reply: StoredAct = { id: id(), section: 'kelembagaan', act: 'reply', reply_to: c.id, item: 'duta-upt', text: 'Setuju.', author: OTHER, created: at(2) };
    const move = act('move', c.id, TEAM, { item: 'duta-kerja-sama-upt' });
    const log = new Threads([c, reply, move]);
    for (const x of [log.byId.get(c.id)!, log.byId.get(reply.id)!]) {
      expect(x.item).toBe('duta-kerja-sama-upt');
      expect(x.origin).toEqual({ section: 'kelembagaan', item: 'duta-upt' });
    }
    expect(log.problems).toEqual([]);
  });

  it('reports acts that name a thread, answer or comment that is not there', () => {
    const c = comment();
    const log = new Threads([
      c,
      act('answer', '01jz3k4m5n9999999999999999', TEAM, { disposition: 'dicatat', response: 'x' }),
      act('accept', c.id, SITI, { answer: '01jz3k4m5n8888888888888888' }),
      { ...act('correct', c.id, SITI), thread: undefined, target: '01jz3k4m5n7777777777777777', text: 'x' } as StoredAct,
    ]);
    expect(log.problems.map((p) => p.message).sort()).toEqual(['unknownAnswer', 'unknownTarget', 'unknownThread']);
  });

  it('finds the first comment of a deep thread, and stops in a circle of replies where it began', () => {
    const first = comment();
    const chain: StoredAct[] = [first];
    for (let k = 0; k < 40; k++) chain.push(comment({ act: 'reply', reply_to: chain[chain.length - 1]!.id }));
    const deep = new Threads(chain);
    for (const c of chain) expect(deep.rootIdOf(c.id)).toBe(first.id);
    expect(deep.thread(deep.byId.get(first.id)!).map((e) => e.depth)).toEqual(chain.map((_, k) => k));
    // A circle (written by hand: pedoman never writes one): each walk stops where it would come back.
    for (const size of [1, 3, 40]) {
      const ids = Array.from({ length: size }, () => id());
      const circle = ids.map((own, k) => comment({ id: own, act: 'reply', reply_to: ids[(k + size - 1) % size] }));
      const log = new Threads(circle);
      ids.forEach((own, k) => expect(log.rootIdOf(own)).toBe(ids[(k + 1) % size]));
    }
  });

  it('gives the same states whatever order the files are read in', () => {
    const c1 = comment();
    const c2 = comment({ text: 'Kedua.' });
    const log: StoredAct[] = [c1, c2];
    const a = act('answer', c1.id, TEAM, { disposition: 'diterima', response: 'Ya.' });
    log.push(a, act('object', c1.id, SITI, { answer: a.id, text: 'Tidak.' }), act('withdraw', c2.id, SITI), act('reopen', c2.id, SITI));
    const states = (acts: StoredAct[]) => new Threads(acts).all().map((th) => `${th.root.id}:${th.state}`).join(' ');
    const expected = states(log);
    expect(expected).toContain(`${c1.id}:objected`);
    expect(expected).toContain(`${c2.id}:open`);
    let seed = 3;
    for (let k = 0; k < 30; k++) {
      const shuffled = [...log].sort(() => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5);
      expect(states(shuffled)).toBe(expected);
    }
  });
});
