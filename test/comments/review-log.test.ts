// The append-only review log, end to end (issue 15): the story of a comment answered, objected
// to, answered again and accepted across two clones until the text can be finalised; a forged
// acceptance caught by validate; 40 acts from 4 clones merged in all 24 orders without a conflict
// and to the same state; and no comment file ever modified, removed or renamed. Real git (no
// global or system config, fixed identities), the CLI in-process.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { actToYaml } from '../../src/comments/record.js';
import type { StoredAct } from '../../src/model/comment-types.js';
import { newCommentId } from '../../src/model/ids.js';
import { openGuideline } from '../../src/model/guideline.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { baseGuideline, toYaml } from '../helpers/fixture.js';
import { cleanupTemps, git, GIT_ENV, setIdentity, storedComments, tempDir, type Identity } from './helpers.js';

afterEach(cleanupTemps);

/** Many git commands and in-process runs on a small or busy machine; nothing here is timed. */
const SLOW = 180_000;

const TEAM: Identity = { name: 'Tim Penyusun', email: 'tim@ditjenpas.example.go.id' };
const BUDI: Identity = { name: 'Budi Santoso', email: 'budi@kanwil-jabar.example.go.id' };
const SARI: Identity = { name: 'Sari Dewi', email: 'sari@unodc.example.org' };
const RINA: Identity = { name: 'Rina Wulandari', email: 'rina@upt-bandung.example.go.id' };

/** git's author and committer as this person, whatever the repository's config says. */
function as(who: Identity): NodeJS.ProcessEnv {
  return { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
}

/** pedoman in-process in a repository's guideline folder; git's identity is the repository's own unless `who` says. */
function pedoman(top: string, argv: string[], who?: Identity, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return runCli(argv, { cwd: join(top, 'guideline'), env: { ...GIT_ENV, ...(who ? as(who) : {}), ...env } });
}

/** The same, expecting success. */
async function ok(top: string, argv: string[], who?: Identity, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const result = await pedoman(top, argv, who, env);
  expect(result.code, `pedoman ${argv.join(' ')}\n${result.stderr}`).toBe(0);
  return result;
}

function gitAs(cwd: string, who: Identity, ...args: string[]): string {
  return git(cwd, '-c', `user.name=${who.name}`, '-c', `user.email=${who.email}`, ...args);
}

/**
 * A repository holding the guideline under guideline/, committed by the drafting team at a fixed
 * date, every section approved (so that only the review log stands between it and its final text).
 */
async function draftRepo(options: { approve?: boolean } = {}): Promise<string> {
  const top = join(await tempDir(), 'origin');
  for (const [rel, content] of Object.entries(baseGuideline())) {
    const path = join(top, 'guideline', rel);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, typeof content === 'string' ? content : toYaml(content, rel));
  }
  git(top, 'init', '-q', '-b', 'main');
  git(top, 'config', 'commit.gpgsign', 'false');
  git(top, 'config', 'tag.gpgsign', 'false');
  setIdentity(top, TEAM);
  git(top, 'add', '-A');
  git(top, 'commit', '-q', '-m', 'Draf', '--date', '2026-01-05T09:00:00+07:00');
  const manifest = baseGuideline()['pedoman.yaml'] as { sections: string[] };
  if (options.approve !== false) for (const section of manifest.sections) await ok(top, ['review', section, '--approve']);
  return top;
}

/** A bare remote made from the draft, and a clone of it per person, each with that person's git identity. */
async function sharedRemote(people: Identity[], prepare?: (origin: string) => Promise<void>): Promise<{ remote: string; clones: string[] }> {
  const origin = await draftRepo({ approve: prepare === undefined });
  if (prepare) await prepare(origin);
  const dir = join(origin, '..');
  const remote = join(dir, 'remote.git');
  git(dir, 'clone', '-q', '--bare', origin, remote);
  const clones = people.map((who, i) => {
    const clone = join(dir, `clone-${i}-${who.name.split(' ')[0]!.toLowerCase()}`);
    git(dir, 'clone', '-q', remote, clone);
    git(clone, 'config', 'commit.gpgsign', 'false');
    git(clone, 'config', 'tag.gpgsign', 'false');
    git(clone, 'config', 'pull.rebase', 'true');
    git(clone, 'config', 'maintenance.auto', 'false');
    git(clone, 'config', 'gc.auto', '0');
    setIdentity(clone, who);
    return clone;
  });
  return { remote, clones };
}

/** `pedoman sync` (pull --rebase, then push), expecting success. */
async function sync(clone: string): Promise<void> {
  await ok(clone, ['sync']);
}

async function lastAct(top: string): Promise<StoredAct> {
  return (await storedComments(join(top, 'guideline'))).at(-1)!.record;
}

async function statusJson(top: string): Promise<{ ready: boolean; blockers: { kind: string; section?: string; ids?: string[]; message?: string }[] }> {
  return JSON.parse((await ok(top, ['status', '--format', 'json'])).stdout);
}

async function stateOf(top: string, id: string): Promise<string> {
  const listed = JSON.parse((await ok(top, ['comment', 'list', '--format', 'json'])).stdout) as { id: string; state: string }[];
  return listed.find((c) => c.id === id)!.state;
}

describe('two clones, four acts: a comment answered, objected to, answered again and accepted', () => {
  it('blocks the final text while the objection stands and lets it through once the commenter accepts', async () => {
    const { clones } = await sharedRemote([TEAM, BUDI]);
    const [team, budi] = clones as [string, string];

    // Budi comments in his clone and shares it.
    await ok(budi, ['comment', 'add', 'peran', '--item', 'duta-upt', '--type', 'substansi', '--text', 'Masa penugasan Duta UPT tidak diatur.']);
    const comment = await lastAct(budi);
    expect(comment).toMatchObject({ act: 'comment', author: { name: BUDI.name, email: BUDI.email } });
    await sync(budi);

    // 1. The drafting team pulls and answers, with a disposition and its rationale.
    await sync(team);
    expect(await stateOf(team, comment.id)).toBe('open');
    await ok(team, ['comment', 'answer', comment.id, '--disposition', 'tidak diterima', '--response', 'Masa penugasan diatur dalam keputusan pengangkatan.']);
    const answer = await lastAct(team);
    expect(answer).toMatchObject({ act: 'answer', thread: comment.id, disposition: 'tidak-diterima', author: { name: TEAM.name, email: TEAM.email } });
    await sync(team);

    // 2. Budi pulls, finds the answer waiting for him, and objects.
    await sync(budi);
    expect(await stateOf(budi, comment.id)).toBe('answered');
    expect((await ok(budi, ['inbox'])).stdout).toContain(comment.id.slice(0, 12));
    await ok(budi, ['comment', 'object', comment.id, '--reason', 'Keputusan pengangkatan tidak mengikat UPT lain; atur dalam pedoman.']);
    expect(await lastAct(budi)).toMatchObject({ act: 'object', thread: comment.id, answer: answer.id, author: { email: BUDI.email } });
    await sync(budi);

    // The team pulls: the objection blocks the final text, in status and in finalize.
    await sync(team);
    expect(await stateOf(team, comment.id)).toBe('objected');
    const blocked = await statusJson(team);
    expect(blocked.ready).toBe(false);
    expect(blocked.blockers).toEqual([expect.objectContaining({ kind: 'objections', section: 'peran', ids: [comment.id] })]);
    expect((await ok(team, ['status'])).stdout).toContain('Ready to finalise: no.');
    const headBefore = git(team, 'rev-parse', 'HEAD').trim();
    const refused = await pedoman(team, ['finalize', '--version', '1.0']);
    expect(refused.code).toBe(1);
    const lines = refused.stderr.trim().split('\n');
    expect(lines[0]).toBe('pedoman: cannot finalise yet: 1 blocker(s):');
    expect(lines[1]).toMatch(new RegExp(`^ {2}1\\. peran: 1 objection\\(s\\) to the answer \\(${comment.id.slice(0, 12)}[0-9a-z]*\\); answer again`));
    // An objection is not an open comment: --allow-open-comments does not waive it.
    const waived = await pedoman(team, ['finalize', '--version', '1.0', '--allow-open-comments']);
    expect(waived.code).toBe(1);
    expect(waived.stderr).toContain('1 objection(s) to the answer');
    expect(git(team, 'rev-parse', 'HEAD').trim()).toBe(headBefore);
    expect(git(team, 'tag', '-l')).toBe('');

    // 3. The team answers again.
    await ok(team, ['comment', 'answer', comment.id, '--disposition', 'diterima', '--response', 'Masa penugasan dua tahun ditambahkan pada tugas Duta UPT.']);
    const second = await lastAct(team);
    await sync(team);

    // 4. Budi pulls and accepts the new answer.
    await sync(budi);
    expect(await stateOf(budi, comment.id)).toBe('answered');
    await ok(budi, ['comment', 'accept', comment.id]);
    expect(await lastAct(budi)).toMatchObject({ act: 'accept', thread: comment.id, answer: second.id, author: { email: BUDI.email } });
    await sync(budi);

    // The team pulls: nothing blocks, validate is clean (every act by whom it says), finalize succeeds.
    await sync(team);
    expect(await stateOf(team, comment.id)).toBe('accepted');
    expect(await statusJson(team)).toMatchObject({ ready: true, blockers: [] });
    const validated = await pedoman(team, ['validate', '--format', 'json']);
    expect(validated.code, validated.stdout).toBe(0);
    expect(JSON.parse(validated.stdout).findings).toEqual([]);
    const finalised = await pedoman(team, ['finalize', '--version', '1.0', '--date', '2026-03-01'], undefined, { SOURCE_DATE_EPOCH: '1772323200' });
    expect(finalised.stderr).toBe('');
    expect(finalised.code).toBe(0);
    expect(finalised.stdout).toMatch(/^Finalised version 1\.0: commit [0-9a-f]{7}, tag v1\.0\./m);
    expect(git(team, 'tag', '-l').trim()).toBe('v1.0');

    // Four acts, four files, each committed by its author; the two clones hold the same log.
    const acts = (await storedComments(join(team, 'guideline'))).map((s) => s.record);
    expect(acts.map((a) => `${a.act} ${a.author.name}`)).toEqual([
      `comment ${BUDI.name}`, `answer ${TEAM.name}`, `object ${BUDI.name}`, `answer ${TEAM.name}`, `accept ${BUDI.name}`,
    ]);
    const authors = git(team, 'log', '--format=%an', '--diff-filter=A', '--', 'guideline/comments').trim().split('\n').reverse();
    expect(authors).toEqual([BUDI.name, TEAM.name, BUDI.name, TEAM.name, BUDI.name]);
    expect((await storedComments(join(budi, 'guideline'))).map((s) => s.text)).toEqual((await storedComments(join(team, 'guideline'))).map((s) => s.text));
  }, SLOW);
});

describe('acts made at once in two clones meet through pedoman sync', () => {
  it('rebases without a conflict, keeps each act its author\'s, and both clones agree on the state', async () => {
    const { clones } = await sharedRemote([TEAM, BUDI]);
    const [team, budi] = clones as [string, string];
    await ok(budi, ['comment', 'add', 'peran', '--type', 'umum', '--text', 'Perlu bagan.']);
    const comment = await lastAct(budi);
    await sync(budi);
    await sync(team);
    await ok(team, ['comment', 'answer', comment.id, '--disposition', 'dicatat', '--response', 'Bagan di lampiran.']);
    await sync(team);
    await sync(budi);
    // Neither has the other's act: Budi accepts, then the team (not knowing) reopens.
    await ok(budi, ['comment', 'accept', comment.id]);
    await ok(team, ['comment', 'reopen', comment.id, '--reason', 'Lampiran belum final.']);
    await sync(team);
    await sync(budi); // rebases Budi's acceptance onto the team's reopening
    await sync(team);
    expect(git(budi, 'rev-parse', 'HEAD').trim()).toBe(git(team, 'rev-parse', 'HEAD').trim());
    // The log is replayed in the order the acts were made: the reopening came after the acceptance.
    expect(await stateOf(team, comment.id)).toBe('open');
    expect(await stateOf(budi, comment.id)).toBe('open');
    // In git the acceptance now comes after the reopening (rebased), still as Budi's commit.
    expect(git(team, 'log', '--format=%an', '--diff-filter=A', '--', 'guideline/comments').trim().split('\n').reverse()).toEqual([BUDI.name, TEAM.name, TEAM.name, BUDI.name]);
    const validated = await pedoman(team, ['validate', '--format', 'json']);
    expect(JSON.parse(validated.stdout).findings).toEqual([]);
    expect(git(team, 'log', '-M', '--diff-filter=MDR', '--format=%H', '--', 'guideline/comments')).toBe('');
  }, SLOW);
});

describe('provenance: an act is by whom it says', () => {
  /** One repository: Budi comments, the team answers; returns the comment and the answer. */
  async function answered(): Promise<{ top: string; comment: StoredAct; answer: StoredAct }> {
    const top = await draftRepo();
    await ok(top, ['comment', 'add', 'peran', '--item', 'duta-upt', '--type', 'substansi', '--text', 'Masa penugasan tidak diatur.'], BUDI);
    const comment = await lastAct(top);
    await ok(top, ['comment', 'answer', comment.id, '--disposition', 'diterima', '--response', 'Dua tahun.'], TEAM);
    return { top, comment, answer: await lastAct(top) };
  }

  /** The acceptance `comment accept` would write for Budi, written by hand. */
  async function handWrittenAccept(top: string, comment: StoredAct, answer: StoredAct, extra: Partial<StoredAct> = {}): Promise<{ rel: string; id: string }> {
    const id = newCommentId();
    const record: StoredAct = {
      id, section: 'peran', act: 'accept', thread: comment.id, answer: answer.id,
      author: { name: BUDI.name, email: BUDI.email }, created: new Date().toISOString(), commit: git(top, 'rev-parse', 'HEAD').trim(), ...extra,
    };
    const rel = `guideline/comments/peran/${id}.yaml`;
    await writeFile(join(top, rel), actToYaml(record));
    return { rel, id };
  }

  async function provenance(top: string): Promise<{ code: number; findings: { ruleId: string; severity: string; file: string; message: string }[] }> {
    const result = await pedoman(top, ['validate', '--format', 'json']);
    const findings = (JSON.parse(result.stdout) as { findings: { ruleId: string; severity: string; file: string; message: string }[] }).findings;
    return { code: result.code, findings: findings.filter((f) => f.ruleId === 'act-provenance') };
  }

  it('a forged acceptance (the team commits an act in the commenter\'s name) fails validate with an error', async () => {
    const { top, comment, answer } = await answered();
    expect((await provenance(top)).findings).toEqual([]);
    const { rel, id } = await handWrittenAccept(top, comment, answer);
    git(top, 'add', rel);
    // Even a Comment-Id trailer, as pedoman writes, does not make it the commenter's.
    gitAs(top, TEAM, 'commit', '-q', '-m', `Pemberi komentar ${BUDI.name} menerima jawaban`, '-m', `Comment-Id: ${id}`);
    // The forgery does count in the thread's state, which is why validate must catch it.
    expect(await stateOf(top, comment.id)).toBe('accepted');
    const { code, findings } = await provenance(top);
    expect(code).toBe(1);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'act-provenance', severity: 'error', file: expect.stringContaining(`comments/peran/${id}.yaml`) })]);
    expect(findings[0]!.message).toContain(BUDI.name);
    expect(findings[0]!.message).toContain(TEAM.name);
    // And it blocks the final text, as a validation error.
    const status = await statusJson(top);
    expect(status.ready).toBe(false);
    expect(status.blockers.map((b) => b.kind)).toContain('validation');

    // A shallow clone (CI's default checkout) cannot tell who added the acts of its oldest commit:
    // it says so (info) rather than judge them; with two commits of history the forgery shows again.
    const shallow = join(top, '..', 'shallow');
    git(join(top, '..'), 'clone', '-q', '--depth', '1', `file://${top}`, shallow);
    const inShallow = await provenance(shallow);
    expect(inShallow.code).toBe(0);
    expect(inShallow.findings).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringContaining('this clone is shallow') })]);
    const deeper = join(top, '..', 'deeper');
    git(join(top, '..'), 'clone', '-q', '--depth', '2', `file://${top}`, deeper);
    const inDeeper = await provenance(deeper);
    expect(inDeeper.code).toBe(1);
    expect(inDeeper.findings.map((f) => `${f.severity} ${f.file.endsWith(`${id}.yaml`) ? 'forged' : 'older'}`).sort()).toEqual(['error forged', 'info older']);
  }, SLOW);

  it('the same act committed with plain git by the commenter himself is only a warning (added outside pedoman)', async () => {
    const { top, comment, answer } = await answered();
    const { rel, id } = await handWrittenAccept(top, comment, answer);
    git(top, 'add', rel);
    gitAs(top, BUDI, 'commit', '-q', '-m', 'Saya menerima jawaban');
    expect(await stateOf(top, comment.id)).toBe('accepted');
    const { code, findings } = await provenance(top);
    expect(code).toBe(0);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'act-provenance', severity: 'warning', file: expect.stringContaining(`comments/peran/${id}.yaml`) })]);
    // --strict makes warnings fail, as finalize's validation does.
    expect((await pedoman(top, ['validate', '--strict'])).code).toBe(1);
  }, SLOW);

  it('a hand-written acceptance "on behalf of" the commenter without the note saying how it was given fails validate', async () => {
    const { top, comment, answer } = await answered();
    const { rel, id } = await handWrittenAccept(top, comment, answer, { recorded_by: { name: TEAM.name, email: TEAM.email } });
    git(top, 'add', rel);
    gitAs(top, TEAM, 'commit', '-q', '-m', `Atas nama ${BUDI.name}: menerima jawaban`, '-m', `Comment-Id: ${id}`);
    const result = await pedoman(top, ['validate', '--format', 'json']);
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { findings: { ruleId: string; severity: string; file: string; message: string }[] }).findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([expect.objectContaining({ file: expect.stringContaining(`${id}.yaml`), message: expect.stringContaining('note') })]);
  }, SLOW);

  it('an acceptance recorded on the commenter\'s behalf by the team, through pedoman, is no finding at all', async () => {
    const { top, comment } = await answered();
    await ok(top, ['comment', 'accept', comment.id, '--on-behalf-of', `${BUDI.name} <${BUDI.email}>`, '--note', 'diterima dalam rapat 14 Juli'], TEAM);
    expect(await lastAct(top)).toMatchObject({ act: 'accept', author: { email: BUDI.email }, recorded_by: { name: TEAM.name } });
    expect(await provenance(top)).toEqual({ code: 0, findings: [] });
  }, SLOW);
});

/** A small seeded generator (mulberry32): the same acts in the same order on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every permutation of the list. */
function permutations<T>(list: readonly T[]): T[][] {
  if (list.length <= 1) return [[...list]];
  return list.flatMap((x, i) => permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/** What the review log amounts to, per thread: its state and which acts decided it, and every act's effect. */
async function derived(guideline: string): Promise<unknown> {
  const { threads } = await openGuideline(guideline).comments();
  return threads.all().map((th) => ({
    thread: th.root.id,
    section: th.root.section,
    text: th.root.text,
    state: th.state,
    answer: th.answer?.file ?? null,
    verdict: th.verdict ? `${th.verdict.kind} ${th.verdict.file}` : null,
    overrule: th.overrule?.file ?? null,
    withdrawal: th.withdrawal?.file ?? null,
    events: th.events.map((e) => `${e.act.kind} ${e.act.file} -> ${e.state}${e.notCounted ? ` (${e.notCounted})` : ''}`),
    members: threads.thread(th.root).map((entry) => `${entry.depth} ${entry.record.id}`),
  }));
}

describe('40 acts on 5 threads from 4 clones, merged in every order', () => {
  it('merges without a conflict in all 24 orders, to the same files and the same state', async () => {
    const people = [TEAM, BUDI, SARI, RINA];
    // The base: five threads (Budi two, Sari one, Rina two), three of them answered, one of those objected to.
    const roots: { section: string; item?: string; by: Identity }[] = [
      { section: 'peran', item: 'duta-upt', by: BUDI },
      { section: 'pengertian', by: BUDI },
      { section: 'mekanisme', by: SARI },
      { section: 'indikator', by: RINA },
      { section: 'pendahuluan', item: 'latar-belakang', by: RINA },
    ];
    const threadIds: string[] = [];
    const { remote, clones } = await sharedRemote(people, async (origin) => {
      for (const [i, r] of roots.entries()) {
        await ok(origin, ['comment', 'add', r.section, ...(r.item ? ['--item', r.item] : []), '--type', 'substansi', '--text', `Utas ${i + 1}: perlu diperjelas.`], r.by);
        threadIds.push((await lastAct(origin)).id);
      }
      for (const i of [0, 2, 3]) {
        await ok(origin, ['comment', 'answer', threadIds[i]!, '--disposition', 'diterima sebagian', '--response', `Jawaban awal utas ${i + 1}.`], TEAM);
      }
      await ok(origin, ['comment', 'object', threadIds[3]!, '--reason', 'Target belum terukur.'], RINA);
    });
    const base = git(clones[0]!, 'rev-parse', 'HEAD').trim();
    const baseIds = new Set((await storedComments(join(clones[0]!, 'guideline'))).map((s) => s.record.id));
    expect(baseIds.size).toBe(9);
    const commenterOf = (thread: number) => roots[thread]!.by;
    const branches = people.map((who) => `acts-${who.name.split(' ')[0]!.toLowerCase()}`);
    clones.forEach((clone, i) => git(clone, 'checkout', '-q', '-b', branches[i]!));

    // The script: 10 acts per clone, interleaved in a seeded order; each clone sees only the base
    // and its own acts, and picks, seeded, one of the acts its person may make there.
    const random = seeded(15);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const slots = people.flatMap((_, i) => Array.from({ length: 10 }, () => i));
    for (let i = slots.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [slots[i], slots[j]] = [slots[j]!, slots[i]!];
    }
    const dispositions = ['diterima', 'diterima sebagian', 'tidak diterima', 'ditunda', 'dicatat'];
    const made: string[] = [];
    const madeKinds = new Set<string>();
    for (const [n, who] of slots.map((c) => [c, people[c]!] as const).entries()) {
      const [c, person] = who;
      const clone = clones[c]!;
      const { threads } = await openGuideline(join(clone, 'guideline')).comments();
      // By kind first, then by thread, so that replies (always possible) do not crowd out the rest.
      const candidates = new Map<string, { thread: number; argv: string[] }[]>();
      const may = (thread: number, argv: string[]) => {
        const kind = argv[1] === 'accept' && argv.includes('--no') ? 'accept --no' : argv[1]!;
        candidates.set(kind, [...(candidates.get(kind) ?? []), { thread, argv }]);
      };
      threadIds.forEach((id, t) => {
        const thread = threads.all().find((th) => th.root.id === id)!;
        const reply = ['comment', 'reply', id, '--text', `Balasan ${n + 1} dari ${person.name}.`];
        const mine = commenterOf(t).email === person.email;
        if (person === TEAM) {
          if (thread.state !== 'withdrawn') may(t, reply);
          if (thread.state === 'open' || thread.state === 'objected') {
            may(t, ['comment', 'answer', id, '--disposition', pick(dispositions), '--response', `Jawaban ${n + 1}.`]);
          }
          if (thread.state === 'objected') may(t, ['comment', 'overrule', id, '--response', `Jawaban dipertahankan (${n + 1}).`]);
          if (thread.state === 'answered' || thread.state === 'accepted' || thread.state === 'overruled') {
            may(t, ['comment', 'reopen', id, '--reason', `Dibahas lagi (${n + 1}).`]);
          }
        } else if (mine) {
          if (thread.state !== 'withdrawn') {
            may(t, reply);
            may(t, ['comment', 'withdraw', id, '--reason', `Ditarik (${n + 1}).`]);
            may(t, ['comment', 'correct', id, '--text', `Utas ${t + 1}: perlu diperjelas (dikoreksi ${n + 1}).`]);
          }
          if (thread.state === 'answered') {
            may(t, ['comment', 'accept', id]);
            may(t, ['comment', 'object', id, '--reason', `Belum menjawab (${n + 1}).`]);
            may(t, ['comment', 'accept', id, '--no', '--reason', `Tidak setuju (${n + 1}).`]);
          }
          if (thread.state === 'withdrawn') may(t, ['comment', 'reopen', id, '--reason', `Saya buka lagi (${n + 1}).`]);
        } else if (thread.state !== 'withdrawn') {
          may(t, reply);
        }
      });
      // Seeded, with a lean towards kinds not made yet, so the 40 acts cover them all.
      const fresh = [...candidates.keys()].filter((k) => !madeKinds.has(k));
      const kind = fresh.length > 0 && random() < 0.6 ? pick(fresh) : pick([...candidates.keys()]);
      const chosen = pick(candidates.get(kind)!);
      await ok(clone, chosen.argv);
      madeKinds.add(kind);
      made.push(`${person.name.split(' ')[0]} ${kind} ${chosen.thread + 1}`);
    }
    // The script covers every kind of act it was meant to (accept --no is an objection too).
    const branchActs = new Set<string>();
    for (const clone of clones) {
      for (const s of await storedComments(join(clone, 'guideline'))) if (!baseIds.has(s.record.id)) branchActs.add(s.record.act!);
    }
    expect([...branchActs].sort(), made.join('\n')).toEqual(['accept', 'answer', 'correct', 'object', 'overrule', 'reopen', 'reply', 'withdraw']);
    for (const [i, clone] of clones.entries()) {
      expect(Number(git(clone, 'rev-list', '--count', `${base}..HEAD`).trim())).toBe(10);
      git(clone, 'push', '-q', 'origin', branches[i]!);
    }

    // A fresh checkout of the base for every order; each branch merged with its own merge commit.
    const merger = join(remote, '..', 'merger');
    git(join(remote, '..'), 'clone', '-q', remote, merger);
    setIdentity(merger, TEAM);
    git(merger, 'config', 'commit.gpgsign', 'false');
    git(merger, 'config', 'gc.auto', '0');
    git(merger, 'config', 'maintenance.auto', 'false');
    for (const b of branches) git(merger, 'branch', '-q', b, `origin/${b}`);
    const orders = permutations(branches);
    expect(orders).toHaveLength(24);
    const results: { order: string; tree: string; state: unknown }[] = [];
    for (const [k, order] of orders.entries()) {
      git(merger, 'checkout', '-q', '-B', `order-${k}`, base);
      // git() throws unless git exits 0 (a conflict exits 1); status then shows no unmerged path.
      for (const b of order) git(merger, 'merge', '-q', '--no-ff', '--no-edit', b);
      expect(git(merger, 'status', '--porcelain'), order.join(' ')).toBe('');
      results.push({ order: order.join(' '), tree: git(merger, 'rev-parse', 'HEAD^{tree}').trim(), state: await derived(join(merger, 'guideline')) });
    }
    const [first] = results;
    for (const r of results) {
      expect(r.tree, r.order).toBe(first!.tree);
      expect(r.state, r.order).toEqual(first!.state);
    }
    // All 40 acts are there, on the five threads, and nothing else; the CLI reads the same states.
    const acts = (await storedComments(join(merger, 'guideline'))).map((s) => s.record);
    expect(acts).toHaveLength(baseIds.size + 40);
    const states = first!.state as { thread: string; state: string }[];
    expect(states.map((s) => s.thread)).toEqual(threadIds);
    const listed = JSON.parse((await ok(merger, ['comment', 'list', '--format', 'json'])).stdout) as { id: string; thread: string; state: string }[];
    for (const s of states) expect(listed.find((c) => c.id === s.thread)!.state).toBe(s.state);
    expect(new Set(listed.map((c) => c.thread))).toEqual(new Set(threadIds));
    // Merge commits do not muddle who added each act: no act-provenance or comment-file finding.
    const validated = JSON.parse((await pedoman(merger, ['validate', '--format', 'json'])).stdout) as { findings: { ruleId: string }[] };
    expect(validated.findings.filter((f) => f.ruleId === 'act-provenance' || f.ruleId.startsWith('comment'))).toEqual([]);
    // Acts made at once in different clones do meet: at least one no longer counts once merged
    // (e.g. the team overruling an objection its commenter had meanwhile withdrawn), the same in every order.
    const notCounted = states.flatMap((s) => (s as unknown as { events: string[] }).events.filter((e) => e.endsWith(')')));
    expect(notCounted.length, made.join('\n')).toBeGreaterThan(0);
  }, SLOW);
});

describe('no comment file is ever modified', () => {
  it('after every kind of act, renames of an item and a section included, git shows files only added', async () => {
    const top = await draftRepo({ approve: false });
    const add = async (who: Identity, ...argv: string[]) => {
      await ok(top, ['comment', 'add', ...argv], who);
      return (await lastAct(top)).id;
    };
    const c1 = await add(BUDI, 'peran', '--item', 'duta-upt', '--type', 'substansi', '--text', 'Masa penugasan tidak diatur.');
    const c2 = await add(SARI, 'mekanisme', '--item', 'usul-program', '--type', 'umum', '--text', 'Alur usul perlu bagan.');
    const c3 = await add(RINA, 'pengertian', '--item', 'pemasyarakatan', '--type', 'redaksional', '--text', 'Rujuk pasalnya.');
    await ok(top, ['comment', 'reply', c1, '--text', 'Masa penugasan yang mana?'], TEAM);
    await ok(top, ['comment', 'reply', c1, '--text', 'Masa jabatan Duta UPT.'], BUDI);
    await ok(top, ['comment', 'correct', c1, '--text', 'Masa penugasan Duta UPT tidak diatur.'], BUDI);
    await ok(top, ['comment', 'answer', c1, '--disposition', 'tidak diterima', '--response', 'Diatur dalam keputusan pengangkatan.'], TEAM);
    await ok(top, ['comment', 'object', c1, '--reason', 'Tidak mengikat UPT lain.'], BUDI);
    expect((await statusJson(top)).blockers.filter((b) => b.kind === 'objections').map((b) => b.ids)).toEqual([[c1]]);
    await ok(top, ['comment', 'overrule', c1, '--response', 'Keputusan pengangkatan cukup.'], TEAM);
    // Overruled, with the rationale on record: the objection no longer blocks the final text.
    expect((await statusJson(top)).blockers.filter((b) => b.kind === 'objections')).toEqual([]);
    await ok(top, ['comment', 'reopen', c1, '--reason', 'Dibahas lagi dalam rapat.'], TEAM);
    await ok(top, ['comment', 'answer', c1, '--disposition', 'diterima', '--response', 'Dua tahun, ditambahkan.'], TEAM);
    await ok(top, ['comment', 'accept', c1], BUDI);
    await ok(top, ['comment', 'withdraw', c2, '--reason', 'Bagan ada di lampiran.'], SARI);
    await ok(top, ['comment', 'reopen', c2, '--reason', 'Lampiran belum memuatnya.'], SARI);
    await ok(top, ['comment', 'answer', c3, '--disposition', 'diterima', '--response', 'Pasal 1 angka 1 dirujuk.'], TEAM);
    await ok(top, ['comment', 'accept', c3, '--on-behalf-of', `${RINA.name} <${RINA.email}>`, '--note', 'melalui surat 3 Desember'], TEAM);
    // Renames: the threads follow by a move act each; their files stay where and as they were.
    await ok(top, ['item', 'rename', 'peran', 'duta-upt', 'duta-upt-pelaksana'], TEAM);
    await ok(top, ['section', 'rename', 'pengertian', 'istilah'], TEAM);

    const stored = (await storedComments(join(top, 'guideline'))).map((s) => s.record);
    expect(new Set(stored.map((a) => a.act))).toEqual(new Set(['comment', 'reply', 'answer', 'accept', 'object', 'reopen', 'withdraw', 'correct', 'overrule', 'move']));
    expect(stored.filter((a) => a.act === 'move').map((a) => [a.thread, a.section, a.item])).toEqual([
      [c1, 'peran', 'duta-upt-pelaksana'],
      [c3, 'istilah', 'pemasyarakatan'],
    ]);
    expect(git(top, 'status', '--porcelain')).toBe('');
    const log = (filter: string) => git(top, 'log', '-M', `--diff-filter=${filter}`, '--format=%H', '--', 'guideline/comments').trim();
    expect(log('M')).toBe('');
    expect(log('D')).toBe('');
    expect(log('R')).toBe('');
    expect(log('C')).toBe('');
    expect(log('T')).toBe('');
    // Every file added once, by the commit that recorded its act (one act per commit, both moves in their rename's commit).
    const added = git(top, 'log', '--diff-filter=A', '--name-only', '--format=', '--', 'guideline/comments').trim().split('\n').filter(Boolean);
    expect(added).toHaveLength(stored.length);
    expect(new Set(added)).toEqual(new Set(stored.map((a) => `guideline/comments/${a.section}/${a.id}.yaml`)));

    // What the log amounts to: the states, the threads where the renames took them, and a clean validate.
    const listed = JSON.parse((await ok(top, ['comment', 'list', '--format', 'json'])).stdout) as { id: string; section: string; item: string | null; state: string; text: string }[];
    const byId = (id: string) => listed.find((c) => c.id === id)!;
    expect(byId(c1)).toMatchObject({ section: 'peran', item: 'duta-upt-pelaksana', state: 'accepted', text: 'Masa penugasan Duta UPT tidak diatur.' });
    expect(byId(c2)).toMatchObject({ state: 'open' });
    expect(byId(c3)).toMatchObject({ section: 'istilah', item: 'pemasyarakatan', state: 'accepted' });
    const validated = await pedoman(top, ['validate', '--format', 'json']);
    expect(JSON.parse(validated.stdout).findings).toEqual([]);
    expect(validated.code).toBe(0);
  }, SLOW);
});
