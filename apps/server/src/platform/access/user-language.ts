import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import type { Lang } from '../http/messages';

/*
 * The recipient's language for mails sent without a request (reminders). There is no language
 * setting: the web app sends the language the user has chosen in `X-Inzetbaar-Language` on every API
 * call, and we remember the last one on the user's person(s). Only that header counts, not
 * Accept-Language: a calendar app or a script would otherwise overwrite the choice made in the app.
 * Someone who never signed in (or an organisation without a default of its own) gets Dutch.
 */
export const LANGUAGE_HEADER = 'x-inzetbaar-language';

export const chosenLanguage = (header: string | undefined | null): Lang | null =>
  header === 'nl' || header === 'en' ? header : null;

/** Remember the language of the request when it differs from the recorded one (one UPDATE per change). */
export async function rememberLanguage(db: DbOrTx, actor: Actor, header: string | undefined | null) {
  const lang = chosenLanguage(header);
  if (!lang || lang === actor.language) return;
  const { persons } = schema;
  await db
    .update(persons)
    .set({ language: lang })
    .where(and(eq(persons.userId, actor.userId), or(isNull(persons.language), ne(persons.language, lang))));
}

/** The mail language of persons by id: their recorded language, else Dutch. */
export async function languagesOf(db: DbOrTx, organizationId: string, personIds: readonly string[]) {
  const { persons } = schema;
  const out = new Map<string, Lang>();
  if (!personIds.length) return out;
  const rows = await db
    .select({ id: persons.id, language: persons.language })
    .from(persons)
    .where(and(eq(persons.organizationId, organizationId), inArray(persons.id, [...personIds])));
  for (const r of rows) out.set(r.id, r.language ?? 'nl');
  return out;
}
