// Who is acting, in one place: the person a comment, a review or a final text is recorded for,
// and who commits. From the flags first, then GIT_AUTHOR_NAME/EMAIL, then git's configuration
// (user.name, user.email, pedoman.affiliation); what is given is checked.
import { UserError } from '../core/errors.js';
import { globalConfig, type GitRepo, type Identity } from '../git/repo.js';
import { t } from '../i18n/index.js';
import type { Person } from '../model/comment-types.js';

/** An e-mail address as git and the schemas accept it. */
const EMAIL = /^[^\s<>@]+@[^\s<>@]+$/;

/** A name on one line, without < or > (git's ident would break on them). */
export function validName(name: string): boolean {
  return name.trim() !== '' && !/[<>\r\n]/.test(name);
}

export function validEmail(email: string): boolean {
  return EMAIL.test(email);
}

export interface PersonFlags {
  author?: string | undefined;
  email?: string | undefined;
  affiliation?: string | undefined;
}

/**
 * Who is acting, as far as the flags, the environment and git's configuration say. Name, e-mail
 * and affiliation come from the same place, so that --author "Someone Else" never borrows the
 * e-mail of whoever set up git on this computer. Missing parts are for the caller to ask for.
 */
export async function actingPerson(where: { root: string; repo: GitRepo | undefined; env: NodeJS.ProcessEnv }, flags: PersonFlags): Promise<Partial<Person>> {
  const config = async (key: string) =>
    where.repo ? where.repo.config(key).catch(() => undefined) : globalConfig(where.root, where.env, key);
  let name: string | undefined;
  let email: string | undefined;
  let affiliation: string | undefined;
  if (flags.author !== undefined) {
    name = flags.author;
  } else if (nonEmpty(where.env.GIT_AUTHOR_NAME)) {
    name = where.env.GIT_AUTHOR_NAME;
    email = nonEmpty(where.env.GIT_AUTHOR_EMAIL);
  } else {
    name = await config('user.name');
    email = await config('user.email');
    affiliation = await config('pedoman.affiliation');
  }
  email = flags.email ?? email;
  affiliation = flags.affiliation ?? affiliation;
  if (flags.author !== undefined && !validName(flags.author)) throw new UserError(t('comments.error.badAuthorFlag'));
  if (flags.email !== undefined && !validEmail(flags.email.trim())) throw new UserError(t('comments.error.badEmail', { email: flags.email }));
  if (flags.affiliation !== undefined && (/[\r\n]/.test(flags.affiliation) || flags.affiliation.trim() === '')) {
    throw new UserError(t('comments.error.badAffiliation'));
  }
  const person: Partial<Person> = {};
  if (name !== undefined && validName(name)) person.name = name.trim();
  if (email !== undefined && validEmail(email.trim())) person.email = email.trim();
  if (affiliation !== undefined && affiliation.trim() !== '' && !/[\r\n]/.test(affiliation)) person.affiliation = affiliation.trim();
  return person;
}

/** Who commits: git's configured identity (or GIT_AUTHOR_* in the environment); undefined when unknown. */
export async function committer(repo: GitRepo, env: NodeJS.ProcessEnv): Promise<Identity | undefined> {
  const name = env.GIT_AUTHOR_NAME || (await repo.config('user.name'));
  if (!name) return undefined;
  const email = env.GIT_AUTHOR_EMAIL || (await repo.config('user.email'));
  return email ? { name, email } : { name };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}
