import { type ChangeEvent, useCallback, useMemo, useState } from 'react';
import { isApiError } from '../api/problem';
import { type Issue, issueMessage } from './zod-messages';

export type FormValue = string | number | boolean | null;
export type FormValues = Record<string, FormValue>;

type KeysOfType<V, T> = { [K in keyof V]: V[K] extends T ? K : never }[keyof V] & string;

/** What we need of a zod schema. */
export type Schema = {
  parse: (value: unknown) => unknown;
  safeParse: (value: unknown) => { success: boolean; error?: { issues: readonly Issue[] } };
};

/**
 * A small form state holder: values, per-field errors, zod validation (the same schemas the
 * server uses) and mapping of a problem+json `errors` list onto fields.
 * Keys may be dotted paths (`employment.startDate`) so nested payload errors find their field.
 */
export const useForm = <V extends FormValues>(initial: V) => {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof V, string>>>({});

  const setValue = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    setErrors((prev) => (prev[key] ? { ...prev, [key]: undefined } : prev));
  }, []);

  const reset = useCallback((next: V) => {
    setValues(next);
    setErrors({});
  }, []);

  const setFieldError = useCallback((key: keyof V, message: string) => {
    setErrors((prev) => ({ ...prev, [key]: message }));
  }, []);

  /** Finds the form field for an error path: exact, else the longest matching suffix. */
  const fieldFor = useCallback(
    (path: string): keyof V | null => {
      const parts = path.split('.').filter(Boolean);
      for (let i = 0; i < parts.length; i++) {
        const candidate = parts.slice(i).join('.');
        if (candidate in values) return candidate as keyof V;
      }
      return null;
    },
    [values],
  );

  /** Validates a payload; sets field errors and returns null when it is invalid. */
  const validate = <S extends Schema>(schema: S, payload: unknown): ReturnType<S['parse']> | null => {
    const result = schema.safeParse(payload);
    if (result.success) {
      setErrors({});
      return schema.parse(payload) as ReturnType<S['parse']>;
    }
    const next: Partial<Record<keyof V, string>> = {};
    for (const issue of result.error?.issues ?? []) {
      const key = fieldFor(issue.path.map(String).join('.'));
      if (key && !next[key]) next[key] = issueMessage(issue);
    }
    setErrors(next);
    return null;
  };

  /** Puts the server's field errors on the fields; false if there were none it could place. */
  const applyProblem = (error: unknown): boolean => {
    if (!isApiError(error) || error.fieldErrors.length === 0) return false;
    const next: Partial<Record<keyof V, string>> = {};
    let placed = 0;
    for (const fe of error.fieldErrors) {
      const key = fieldFor(fe.field);
      if (key && !next[key]) {
        next[key] = fe.message;
        placed++;
      }
    }
    setErrors(next);
    return placed === error.fieldErrors.length;
  };

  const text = (key: KeysOfType<V, string | null>) => ({
    value: (values[key] as string | null) ?? '',
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValue(key, e.currentTarget.value as V[typeof key]),
    error: errors[key],
  });

  const number = (key: KeysOfType<V, number | string>) => ({
    value: values[key] as number | string,
    onChange: (v: number | string) => setValue(key, v as V[typeof key]),
    error: errors[key],
  });

  const select = (key: KeysOfType<V, string | null>) => ({
    value: (values[key] as string | null) || null,
    onChange: (v: string | null) => setValue(key, v as V[typeof key]),
    error: errors[key],
  });

  const hasErrors = useMemo(() => Object.values(errors).some(Boolean), [errors]);

  return {
    values,
    errors,
    hasErrors,
    setValue,
    reset,
    setFieldError,
    validate,
    applyProblem,
    text,
    number,
    select,
  };
};

export type Form<V extends FormValues> = ReturnType<typeof useForm<V>>;

/** NumberInput gives '' when empty; the API wants a number (or nothing). */
export const toNumber = (v: FormValue): number | undefined =>
  typeof v === 'number'
    ? v
    : typeof v === 'string' && v.trim() !== ''
      ? Number(v.replace(',', '.'))
      : undefined;
