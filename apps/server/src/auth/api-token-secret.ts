import { createHash, randomBytes } from 'node:crypto';

/**
 * An API token's secret: `inz_` + 32 random bytes in base64url (256 bits). With that much entropy a
 * plain SHA-256 is a safe way to store it (nobody can guess their way to a preimage), and unlike a
 * slow password hash it allows the lookup by index on every request.
 */
export const API_TOKEN_PREFIX = 'inz_';
const SECRET = /^inz_[A-Za-z0-9_-]{43}$/;

export const newApiTokenSecret = () => `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
export const isApiTokenSecret = (value: string) => SECRET.test(value);
export const hashApiTokenSecret = (secret: string) =>
  createHash('sha256').update(secret, 'utf8').digest('hex');
/** What the list shows to recognise a token: `inz_` and the next four characters. */
export const apiTokenDisplayPrefix = (secret: string) => secret.slice(0, API_TOKEN_PREFIX.length + 4);

/** The secret of an `Authorization: Bearer …` header; null when the request carries none. */
export function bearerSecret(headers: Headers): string | null {
  const value = headers.get('authorization');
  if (!value) return null;
  const match = /^Bearer\s+(.+)$/i.exec(value.trim());
  return match ? (match[1] as string).trim() : value.trim();
}
