import type { z } from 'zod';

/** One bad field of CLI/API input: `field` is a path like `skills[2]`. */
export type EscoInputIssue = {
  field: string;
  code: 'invalid_shape' | 'unknown_occupation' | 'unknown_skill';
  message: string;
};

/** Thrown when search or match input is invalid; lists every bad field. */
export class EscoInputError extends Error {
  override readonly name = 'EscoInputError';
  readonly issues: readonly EscoInputIssue[];
  readonly field: string;

  constructor(issues: readonly EscoInputIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; ') || 'Invalid input');
    this.issues = issues;
    this.field = issues[0]?.field ?? 'input';
  }
}

/** `['skills', 2]` → `skills[2]`; the root is `input`. */
function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? 'input' : out;
}

/** Parse with a zod schema or throw EscoInputError naming each bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new EscoInputError(
    parsed.error.issues.flatMap((issue): EscoInputIssue[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            field: fieldPath([...issue.path, key]),
            code: 'invalid_shape',
            message: 'Unknown field',
          }))
        : [{ field: fieldPath(issue.path), code: 'invalid_shape', message: issue.message }],
    ),
  );
}
