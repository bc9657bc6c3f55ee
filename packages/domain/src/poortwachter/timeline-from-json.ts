import { z } from 'zod';
import { isIsoDate } from '../dates';
import { buildTimeline } from './build-timeline';
import { PoortwachterInputError, type TInputIssue } from './input-error';
import type { TPoortwachterRuleSet } from './rule-set';
import type { TPoortwachterTimeline } from './types';

const ZIsoDate = z.string().refine(isIsoDate, { message: 'Not a date (YYYY-MM-DD)' });

/**
 * JSON input of the CLI:
 * `{ asOf, periods: [{ start, end, safetyNet?, pregnancyRelated? }], leaves?: [{ start, end }], done?, loonsanctieWeeks?, employmentEnd? }`.
 * `pregnancyRelated: true` (issue 3's contract) means `safetyNet: true`: pregnancy-related sickness
 * is a vangnet case (ZW art. 29b) on the same clock as any other sickness.
 */
export const ZPoortwachterInput = z
  .object({
    asOf: ZIsoDate,
    periods: z
      .array(
        z
          .object({
            start: ZIsoDate,
            // Required, so that a forgotten end is not silently read as "still sick".
            end: ZIsoDate.nullable(),
            safetyNet: z.boolean().optional(),
            pregnancyRelated: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1),
    leaves: z.array(z.object({ start: ZIsoDate, end: ZIsoDate }).strict()).optional(),
    done: z
      .record(z.string(), z.object({ date: ZIsoDate, documentId: z.string().min(1).optional() }).strict())
      .optional(),
    loonsanctieWeeks: z.number().int().positive().optional(),
    /** Last day of the employment (ziek uit dienst when the employee is sick that day). */
    employmentEnd: ZIsoDate.optional(),
  })
  .strict();

export type TPoortwachterInput = z.infer<typeof ZPoortwachterInput>;

/** `['periods', 2, 'end']` → `periods[2].end`; the root is `input`. */
function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? 'input' : out;
}

function toIssues(error: z.ZodError): TInputIssue[] {
  return error.issues.flatMap((issue): TInputIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: fieldPath([...issue.path, key]),
        code: 'invalid_shape',
        message: 'Unknown field',
      }));
    }
    const isDate = issue.code === 'custom' && issue.message.startsWith('Not a date');
    return [
      {
        field: fieldPath(issue.path),
        code: isDate ? 'invalid_date' : 'invalid_shape',
        message: issue.message,
      },
    ];
  });
}

/**
 * JSON entry point (CLI): validates `input` with zod, then builds the timeline (see buildTimeline).
 * Throws PoortwachterInputError listing each bad field, e.g. `periods[2].end`.
 */
export function timelineFromJson(input: unknown, ruleSet?: TPoortwachterRuleSet): TPoortwachterTimeline {
  const parsed = ZPoortwachterInput.safeParse(input);
  if (!parsed.success) throw new PoortwachterInputError(toIssues(parsed.error));
  const { asOf, periods, leaves, done, loonsanctieWeeks, employmentEnd } = parsed.data;
  return buildTimeline(
    periods.map(({ start, end, safetyNet, pregnancyRelated }) => ({
      start,
      end,
      safetyNet: safetyNet === true || pregnancyRelated === true,
    })),
    {
      asOf,
      ...(done ? { done } : {}),
      loonsanctieWeeks,
      ...(leaves ? { leaves } : {}),
      ...(employmentEnd ? { employmentEnd } : {}),
    },
    ruleSet,
  );
}
