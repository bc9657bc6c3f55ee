/*
 * Server errors are logged without the data they carried (issue #9, defect 4: a failing
 * statement was printed with its parameters — names, e-mail addresses — into the log). A
 * drizzle query error prints as its SQL text (placeholders only) and the driver's SQLSTATE and
 * message; PostgreSQL's `detail` ("Key (email)=(…) already exists") and the parameters are left
 * out. Every other error prints its class, message and stack.
 */

type PgLike = { code?: unknown; message?: unknown; severity?: unknown; routine?: unknown };

/** One safe text for `err`: no query parameters, no row values. */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return `non-error thrown: ${typeof err}`;
  const query = (err as { query?: unknown }).query;
  if (typeof query === 'string' && 'params' in err) {
    const cause = err.cause as PgLike | undefined;
    const pg = cause && typeof cause === 'object' ? cause : {};
    const code = typeof pg.code === 'string' ? ` SQLSTATE ${pg.code}` : '';
    const message = typeof pg.message === 'string' ? `: ${firstLine(pg.message)}` : '';
    return `database error${code}${message}\n  query: ${query.slice(0, 2000)}\n${stackOf(err)}`;
  }
  const cause = err.cause instanceof Error ? `\n  caused by: ${describeError(err.cause)}` : '';
  return `${err.name}: ${firstLine(err.message)}\n${stackOf(err)}${cause}`;
}

/**
 * The first line of a message, with a trailing quoted value cut: PostgreSQL's data errors end in
 * the offending input (`invalid input syntax for type uuid: "…"`); constraint names stay.
 */
const firstLine = (text: string) => (text.split('\n')[0] ?? '').replace(/:\s*".*$/, ': "…"').slice(0, 500);

/** The stack without its first line (which repeats the message, parameters and all). */
const stackOf = (err: Error) =>
  (err.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 12)
    .join('\n');

export function logServerError(where: string, err: unknown): void {
  console.error(`[${where}] ${describeError(err)}`);
}
