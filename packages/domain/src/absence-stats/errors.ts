/** One invalid field: `path` in the JSON shape (e.g. `absences[3].end`), a stable `code`, and a message. */
export type AbsenceStatsIssue = { path: string; code: string; message: string };

/** Thrown when the input (or an option) is invalid; `issues` lists every bad field, not just the first. */
export class AbsenceStatsInputError extends Error {
  override readonly name = 'AbsenceStatsInputError';
  readonly issues: AbsenceStatsIssue[];

  constructor(issues: AbsenceStatsIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `${i.path}: ${i.message}`);
    const more = issues.length > shown.length ? [`… and ${issues.length - shown.length} more`] : [];
    super(`Invalid absence statistics input:\n${[...shown, ...more].join('\n')}`);
    this.issues = issues;
  }
}

/** Formats a zod-style path (`['absences', 3, 'end']`) as `absences[3].end`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}
