import { AppError } from '../../../platform/http/problem';

const isUniqueViolation = (e: unknown) =>
  (e as { code?: string })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';

/** Run a write; a unique-key violation becomes 409 naming `field` (the transaction rolls back). */
export async function uniqueOr409<T>(work: () => Promise<T>, field: string, code: string): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError(409, code, [{ field, code }]);
    throw e;
  }
}
