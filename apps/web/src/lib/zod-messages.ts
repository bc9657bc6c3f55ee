import { i18n } from '../i18n';

/** The part of a zod issue we read (structural, so zod itself need not be imported here). */
export type Issue = {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
};

const CUSTOM_CODES = [
  'invalid_date',
  'kvk_number',
  'sbi_division',
  'manager_needs_unit',
  'end_before_start',
  'esco_uri',
  'passwords_differ',
] as const;
type CustomCode = (typeof CUSTOM_CODES)[number];
const isCustom = (m: string): m is CustomCode => (CUSTOM_CODES as readonly string[]).includes(m);

const num = (issue: Issue, key: 'minimum' | 'maximum'): number | undefined => {
  const v: unknown = (issue as unknown as Record<string, unknown>)[key];
  return typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined;
};
const str = (issue: Issue, key: 'origin' | 'format'): string | undefined => {
  const v: unknown = (issue as unknown as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
};

/** Turns a zod issue into a sentence in the current language. */
export const issueMessage = (issue: Issue): string => {
  const t = i18n.t;
  if (isCustom(issue.message)) return t(`validation.${issue.message}`);
  const origin = str(issue, 'origin');
  switch (issue.code) {
    case 'too_small': {
      const min = num(issue, 'minimum') ?? 0;
      if (origin === 'string')
        return min <= 1 ? t('validation.required') : t('validation.minLength', { count: min });
      return t('validation.minNumber', { min });
    }
    case 'too_big': {
      const max = num(issue, 'maximum') ?? 0;
      if (origin === 'string') return t('validation.maxLength', { count: max });
      return t('validation.maxNumber', { max });
    }
    case 'invalid_format':
      return str(issue, 'format') === 'email' ? t('validation.email') : t('validation.invalid');
    case 'invalid_type':
    case 'invalid_value':
      return t('validation.required');
    default:
      return t('validation.invalid');
  }
};
