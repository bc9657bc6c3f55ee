import { z } from '@hono/zod-openapi';

/** `YYYY-MM-DD`, a real calendar date. */
export const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date')
  .refine(
    (v) =>
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'invalid_date',
  )
  // PostgreSQL has no year 0 ("0000-01-01" passed JS and failed the insert with 22008, found by
  // the fuzzer); no date of this domain lies before 1900 or after 2199
  .refine((v) => v >= '1900-01-01' && v <= '2199-12-31', 'invalid_date')
  .openapi({ example: '2026-01-31', format: 'date' });

export const ZId = z.string().min(1).max(64).openapi({ example: '0b6f3c52-…' });

export const ZIdParam = z.object({ id: ZId.openapi({ param: { name: 'id', in: 'path' } }) });

/** Optimistic concurrency: the version the client last read; a stale one gets 409. */
export const ZVersion = z.number().int().min(1);
/** The same for a DELETE, which has no body: `?version=3`. */
export const ZVersionQuery = z.object({ version: z.coerce.number().int().min(1) });

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const ZPageMeta = z.object({ page: z.number(), pageSize: z.number(), total: z.number() });

export const page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), ...ZPageMeta.shape });

/** RFC 9457 problem details with per-field errors (messages in the request's language). */
export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    code: z.string(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');
export type TProblem = z.infer<typeof ZProblem>;
