// Puts a generated guideline in git as pedoman would have made it: the guideline itself
// (manifest, sections) in a first commit by the drafting team, then every file of the review log
// in a commit of its own, authored and committed by the person who recorded it, with the message
// and the `Comment-Id:` trailer pedoman writes (src/cli/commands/comment/*.ts, ops/comments.ts),
// and every review stamp in its own commit with its `Review-Id:` trailer (cli/commands/review.ts),
// all in the order of their dates. One `git fast-import` reads a stream written here: no commit
// hooks, no process per commit. Fixed dates and identities: the same guideline gives the same
// commit ids.
import { spawn, spawnSync } from 'node:child_process';
import { posix } from 'node:path';
import { CATALOGS } from '../src/i18n/catalogs.js';
import { mergeCatalogs, type Language } from '../src/i18n/index.js';
import type { Person, StoredAct } from '../src/model/comment-types.js';
import { shortIds } from '../src/model/ids.js';
import { COMMENTS_DIR, MANIFEST_FILE, SECTIONS_DIR } from '../src/model/locate.js';
import type { ReviewRecord } from '../src/model/review-types.js';
import { ACT_TRAILER } from '../src/ops/comments.js';
import { REVIEWS_DIR } from '../src/tracking/reviews.js';
import { COMMENTS_START, DRAFTING_TEAM, GUIDELINE_LANGUAGE, GUIDELINE_TITLE, type GeneratedGuideline } from './generate.js';

/** The guideline's own commit: a day before the first comment. */
const GUIDELINE_DATE = COMMENTS_START - 86_400_000;

interface Commit {
  at: number;
  /** Author and committer: who recorded it (pedoman commits as the recorder; on the recorder's machine, git's identity is theirs). */
  who: Person;
  message: string;
  files: [string, string][];
}

/** The commits of the generated guideline, oldest first; paths relative to the guideline folder. */
export function historyOf(generated: GeneratedGuideline): Commit[] {
  const table = mergeCatalogs(CATALOGS, GUIDELINE_LANGUAGE as Language);
  const t = (key: string, vars: Record<string, string>) => {
    const template = table[key];
    if (template === undefined) throw new Error(`history: no message '${key}'`);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? vars[name]! : whole));
  };
  const files = generated.files;
  const draft: [string, string][] = [...files].filter(([path]) => path === MANIFEST_FILE || path.startsWith(`${SECTIONS_DIR}/`));
  const commits: Commit[] = [{ at: GUIDELINE_DATE, who: DRAFTING_TEAM, message: t('init.commit', { title: GUIDELINE_TITLE }), files: draft }];

  // Short ids as `comment list` shows them, over the whole log (at least as long as they were when each act was recorded).
  const short = shortIds(generated.acts.map((a) => a.id));
  const byId = new Map(generated.acts.map((a) => [a.id, a]));
  const anchor = (a: StoredAct) => (a.item ? `${a.section} › ${a.item}` : a.section);
  const events: Commit[] = [];
  for (const act of generated.acts) {
    const path = `${COMMENTS_DIR}/${act.section}/${act.id}.yaml`;
    const body = files.get(path);
    if (body === undefined) throw new Error(`history: ${path} was not generated`);
    const author = act.author!;
    const root = act.thread !== undefined ? byId.get(act.thread) : undefined;
    const rootVars = () => {
      if (!root) throw new Error(`history: act ${act.id} names no known thread`);
      return { id: short.get(root.id)!, anchor: anchor(root) };
    };
    let subject: string;
    let trailers = `${ACT_TRAILER}: ${act.id}`;
    switch (act.act) {
      case 'comment':
        subject = t('comments.commit.add', { anchor: anchor(act), author: author.name, summary: summary(act.text!) });
        break;
      case 'reply':
        subject = t('comments.commit.reply', { parent: short.get(act.reply_to!)!, anchor: anchor(act), author: author.name, summary: summary(act.text!) });
        trailers += `\nReply-To: ${act.reply_to}`;
        break;
      case 'answer':
        subject = t('comments.commit.answer', { ...rootVars(), disposition: act.disposition!.replace(/-/g, ' ') });
        trailers += `\nThread: ${act.thread}`;
        break;
      case 'accept':
      case 'object':
        subject = t(`comments.commit.${act.act}`, { ...rootVars(), author: author.name, note: '' });
        trailers += `\nThread: ${act.thread}`;
        break;
      case 'overrule':
        subject = t('comments.commit.overrule', rootVars());
        trailers += `\nThread: ${act.thread}`;
        break;
      default:
        throw new Error(`history: the generator made an act pedoman's history here does not know (${act.act})`);
    }
    events.push({ at: Date.parse(act.created!), who: act.recorded_by ?? author, message: `${subject}\n\n${trailers}`, files: [[path, body]] });
  }
  for (const review of generated.reviews) {
    const path = `${REVIEWS_DIR}/${review.section}/${review.id}.yaml`;
    const body = files.get(path);
    if (body === undefined) throw new Error(`history: ${path} was not generated`);
    events.push({ at: Date.parse(review.at), who: review.reviewer, message: reviewMessage(review, t), files: [[path, body]] });
  }
  // In the order they were recorded (a stable sort: the generator's order breaks ties).
  events.sort((a, b) => a.at - b.at);
  if (events.length > 0 && events[0]!.at <= GUIDELINE_DATE) throw new Error('history: an act is dated before the guideline');
  return [...commits, ...events];
}

function reviewMessage(review: ReviewRecord, t: (key: string, vars: Record<string, string>) => string): string {
  const subject = t(review.approve ? 'review.commit.approve' : 'review.commit.review', { section: review.section, reviewer: review.reviewer.name });
  const body = review.note !== undefined ? `\n\n${review.note.trim()}` : '';
  return `${subject}${body}\n\nReview-Id: ${review.id}`;
}

/** The first line of a text, cut for a commit subject (as cli/commands/comment/shared.ts summary()). */
function summary(text: string, max = 50): string {
  const line = text.trim().split('\n')[0]!.trim();
  const chars = Array.from(line);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}

/**
 * Creates a git repository in `top` (which holds the guideline at `prefix`, already written) with
 * the guideline's history, and an index matching the files on disk. Throws on any git failure.
 */
export async function commitHistory(top: string, prefix: string, generated: GeneratedGuideline, env: NodeJS.ProcessEnv = process.env): Promise<{ commits: number }> {
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: top, env, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.error || r.status !== 0) throw new Error(`git ${args[0]} failed: ${r.error?.message ?? r.stderr.trim()}`);
    return r.stdout;
  };
  git('init', '-q');
  const branch = git('symbolic-ref', 'HEAD').trim();
  const commits = historyOf(generated);
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: top, env, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const chunks: Buffer[] = [];
  let pending = 0;
  const put = (text: string) => {
    const buffer = Buffer.from(text, 'utf8');
    chunks.push(buffer);
    pending += buffer.length;
  };
  const data = (text: string) => put(`data ${Buffer.byteLength(text, 'utf8')}\n${text}\n`);
  const flush = async () => {
    if (pending === 0) return;
    const buffer = Buffer.concat(chunks);
    chunks.length = 0;
    pending = 0;
    if (!child.stdin.write(buffer)) await new Promise<void>((resolve) => child.stdin.once('drain', resolve));
  };
  for (const [i, commit] of commits.entries()) {
    const ident = `${commit.who.name} <${commit.who.email ?? ''}> ${Math.floor(commit.at / 1000)} +0000`;
    put(`commit ${branch}\n`);
    put(`author ${ident}\ncommitter ${ident}\n`);
    // `git commit -m` ends the message with a newline.
    data(`${commit.message}\n`);
    if (i === 0) put(`deleteall\n`);
    for (const [path, text] of commit.files) {
      put(`M 100644 inline ${prefix === '' ? path : posix.join(prefix, path)}\n`);
      data(text);
    }
    put('\n');
    if (pending > 1 << 20) await flush();
  }
  put('done\n');
  await flush();
  child.stdin.end();
  const code = await exited;
  if (code !== 0) throw new Error(`git fast-import failed (exit ${code}): ${stderr.trim()}`);
  // The index, as `git add` would have left it: the files on disk are the last commit's.
  git('reset', '-q');
  return { commits: commits.length };
}
