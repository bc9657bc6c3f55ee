import { absenceStats, esco, poortwachter, vitality } from '@inzetbaar/domain';
import { AppError, type FieldError } from './problem';

/**
 * The domain's input errors become 422 problem+json naming every bad field (issue #8 §6). The
 * domain has two shapes of issue — `{ field, code }` (Poortwachter, ESCO) and `{ path, code }`
 * (absence statistics, vitality) — and both land here, so no route has to catch them.
 */
type Issue = { field?: string; path?: string; code: string };

const DOMAIN_INPUT_ERRORS = [
  poortwachter.PoortwachterInputError,
  absenceStats.AbsenceStatsInputError,
  vitality.VitalityInputError,
  esco.EscoInputError,
] as const;

export function domainErrorToProblem(err: unknown): AppError | null {
  if (!DOMAIN_INPUT_ERRORS.some((cls) => err instanceof cls)) return null;
  const issues = (err as { issues: readonly Issue[] }).issues;
  const fields: FieldError[] = issues.map((i) => ({ field: i.field ?? i.path ?? '(body)', code: i.code }));
  return new AppError(422, 'validation_failed', fields);
}
