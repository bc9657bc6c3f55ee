import { errorText } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { i18n } from '../../i18n';

/**
 * better-auth answers `{ code, message }` in English; known cases get our own sentence,
 * the rest shows what the server said.
 */
export const authErrorMessage = (
  error: unknown,
  context: 'signIn' | 'code' | 'password' | 'other',
): string => {
  if (isApiError(error)) {
    if (error.status === 429) return i18n.t('authErrors.tooMany');
    if (context === 'signIn' && (error.status === 401 || error.code === 'INVALID_EMAIL_OR_PASSWORD')) {
      return i18n.t('authErrors.invalidCredentials');
    }
    if (context === 'code' && (error.status === 401 || /INVALID.*CODE|OTP/i.test(error.code))) {
      return i18n.t('authErrors.invalidCode');
    }
    if (context === 'password' && (error.code === 'INVALID_PASSWORD' || error.status === 401)) {
      return i18n.t('authErrors.invalidPassword');
    }
    if (/INVALID_TOKEN|TOKEN_EXPIRED/i.test(error.code)) return i18n.t('authErrors.invalidToken');
    if (error.code === 'PASSWORD_TOO_SHORT') return i18n.t('validation.minLength', { count: 12 });
    // the server's own sentences per field (a weak or leaked password, a wrong address)
    if (error.fieldErrors.length) return error.fieldErrors.map((f) => f.message).join(' ');
  }
  const { title, message } = errorText(error);
  return message ? `${title}: ${message}` : title;
};
