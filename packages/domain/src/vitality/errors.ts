/** One invalid field: `path` in the JSON shape (e.g. `respondents[3].unit`), a stable `code`, and a message. */
export type VitalityIssue = { path: string; code: string; message: string };

/** Thrown when survey input (answers, release input, an instrument file) is invalid; lists every issue found. */
export class VitalityInputError extends Error {
  override readonly name = 'VitalityInputError';
  readonly issues: VitalityIssue[];

  constructor(issues: VitalityIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `${i.path}: ${i.message}`);
    const more = issues.length > shown.length ? [`… and ${issues.length - shown.length} more`] : [];
    super(`Invalid survey input:\n${[...shown, ...more].join('\n')}`);
    this.issues = issues;
  }
}

/** Formats a zod-style path (`['respondents', 3, 'unit']`) as `respondents[3].unit`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

export function throwIfIssues(issues: VitalityIssue[]): void {
  if (issues.length > 0) throw new VitalityInputError(issues);
}
