import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

export type { components, operations, paths } from './schema';

export type InzetbaarClientOptions = Omit<ClientOptions, 'headers'> & {
  headers?: Record<string, string>;
  /** The address of the installation, e.g. `https://inzetbaar.example.nl`. */
  baseUrl: string;
  /** An API token created by HR (`inz_…`), sent as `Authorization: Bearer`. */
  token?: string;
};

/**
 * A typed client of the Inzetbaar API (openapi-fetch over the generated `paths`):
 * `const api = createInzetbaarClient({ baseUrl, token }); await api.GET('/api/v1/people')`.
 */
export function createInzetbaarClient({ token, headers, ...options }: InzetbaarClientOptions) {
  return createClient<paths>({
    ...options,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
  });
}

export type InzetbaarClient = ReturnType<typeof createInzetbaarClient>;
