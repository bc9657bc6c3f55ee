import type { ParseKeys } from 'i18next';
import { i18n } from '../i18n';

/**
 * For codes that come from the server (audit actions, import fields): our label when the
 * catalogue has one, else the code itself.
 */
export const labelFor = (prefix: string, code: string): string => {
  const key = `${prefix}.${code}`;
  return i18n.exists(key) ? i18n.t(key as ParseKeys) : code;
};
