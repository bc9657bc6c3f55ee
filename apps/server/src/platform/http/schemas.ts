import type { z } from '@hono/zod-openapi';
import { ZProblem } from '@inzetbaar/contracts';

/** Shared OpenAPI response entries. */
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ZProblem } },
});

export const errorResponses = {
  401: problem('Not signed in'),
  403: problem('Role may not do this'),
  404: problem('Not found (or outside your scope)'),
  422: problem('Invalid input; `errors` names each field'),
} as const;

export const conflictResponse = { 409: problem('Stale version or conflicting data') } as const;

export const json = <T extends z.ZodTypeAny>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodTypeAny>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const noContent = { 204: { description: 'Done' } } as const;
