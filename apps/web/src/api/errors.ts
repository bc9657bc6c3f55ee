import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import { i18n } from '../i18n';
import { navigateTo, PATHS } from '../lib/navigation';
import { isApiError } from './problem';

export const TWO_FACTOR_REQUIRED = 'two_factor_required';
/** Optimistic concurrency: the record changed since it was read. */
export const STALE_VERSION = 'stale_version';

const onPublicPage = (): boolean => {
  const p = window.location.pathname;
  return [PATHS.login, PATHS.setup, PATHS.forgotPassword, PATHS.resetPassword, PATHS.acceptInvitation].some(
    (x) => p.startsWith(x),
  );
};

/** 401 → log-in; 403 two_factor_required → 2FA setup. True when it redirected. */
export const redirectIfNeeded = (error: unknown): boolean => {
  if (!isApiError(error)) return false;
  if (error.status === 401 && !onPublicPage()) {
    const here = window.location.pathname + window.location.search;
    navigateTo(PATHS.login, here && here !== '/' ? { redirect: here } : undefined);
    return true;
  }
  if (error.status === 403 && error.code === TWO_FACTOR_REQUIRED) {
    if (!window.location.pathname.startsWith(PATHS.twoFactor)) navigateTo(PATHS.twoFactor);
    return true;
  }
  return false;
};

/** The text for an error: the server's localised title/detail, or our own for network trouble. */
export const errorText = (error: unknown): { title: string; message: string } => {
  if (isApiError(error)) {
    if (error.status === 0)
      return { title: i18n.t('errors.networkTitle'), message: i18n.t('errors.network') };
    return { title: error.title || i18n.t('errors.title'), message: error.detail ?? '' };
  }
  return { title: i18n.t('errors.title'), message: i18n.t('errors.unexpected') };
};

/** One line for a form: each field error as `field: message`, else the server's title, else our own. */
export const formErrorText = (error: unknown): string =>
  isApiError(error)
    ? error.fieldErrors.map((f) => `${f.field}: ${f.message}`).join(' ') || error.title
    : i18n.t('errors.unexpected');

type Notice = { color: string; title?: string; message: string; autoClose: number };

/** Every notification goes through here so its close button has a translated name. */
export const notify = (n: Notice): void => {
  notifications.show({ ...n, closeButtonProps: { 'aria-label': i18n.t('common.close') } });
};

export const notifyError = (error: unknown): void => {
  const { title, message } = errorText(error);
  notify({ color: 'red', title: message ? title : undefined, message: message || title, autoClose: 8000 });
};

export const notifySuccess = (message: string): void => notify({ color: 'teal', message, autoClose: 4000 });

/**
 * Central handling of a failed mutation. A 409 on a versioned write means someone else saved
 * first: say so and reload, never overwrite. `hasForm` mutations put field errors on the form
 * themselves, so only errors without field details are shown here.
 */
export const handleMutationError = (
  error: unknown,
  queryClient: QueryClient,
  meta: { versioned?: boolean; hasForm?: boolean; silent?: boolean } | undefined,
): void => {
  if (meta?.silent) return;
  if (redirectIfNeeded(error)) return;
  if (
    isApiError(error) &&
    error.status === 409 &&
    (error.code === STALE_VERSION || (meta?.versioned && error.fieldErrors.length === 0))
  ) {
    notify({
      color: 'orange',
      title: i18n.t('errors.staleTitle'),
      message: i18n.t('errors.stale'),
      autoClose: 10000,
    });
    void queryClient.invalidateQueries();
    return;
  }
  if (meta?.hasForm && isApiError(error) && error.fieldErrors.length > 0) return;
  notifyError(error);
};
