/** Machine-readable reason of an input issue (for nl/en messages in the UI). */
export type TInputIssueCode =
  | 'invalid_shape'
  | 'invalid_date'
  | 'end_before_start'
  | 'open_not_last'
  | 'not_chronological'
  | 'overlap'
  | 'after_as_of'
  | 'unknown_milestone'
  | 'done_before_case'
  | 'out_of_range'
  | 'no_rule_set';

/** One bad field: `field` is a path like `periods[2].end` or `done.probleemanalyse.date`. */
export type TInputIssue = { field: string; code: TInputIssueCode; message: string };

/** Thrown when Poortwachter input is invalid; lists every bad field found. */
export class PoortwachterInputError extends Error {
  override readonly name = 'PoortwachterInputError';
  readonly issues: readonly TInputIssue[];
  /** Path of the first bad field, e.g. `periods[2].end`. */
  readonly field: string;

  constructor(issues: readonly TInputIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; ') || 'Invalid Poortwachter input');
    this.issues = issues;
    this.field = issues[0]?.field ?? 'input';
  }
}

/** Throws a PoortwachterInputError when `issues` is not empty. */
export function throwIfIssues(issues: readonly TInputIssue[]): void {
  if (issues.length > 0) throw new PoortwachterInputError(issues);
}
