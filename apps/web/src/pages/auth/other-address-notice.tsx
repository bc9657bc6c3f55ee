import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSetupStatus } from '../../api/setup';

/** Vite's dev server proxies the API and is an allowed origin outside production. */
const DEV_ORIGIN = 'http://localhost:5173';

/**
 * Opened on another address than BASE_URL (say 127.0.0.1 instead of localhost, or a server's IP
 * instead of its name), sign-in is refused by the origin check: say so before anyone tries, with
 * a link to the right address.
 */
export const OtherAddressNotice = () => {
  const { t } = useTranslation();
  const status = useSetupStatus();
  const baseUrl = status.data?.baseUrl;
  if (!baseUrl) return null;
  const expected = new URL(baseUrl).origin;
  const here = window.location.origin;
  if (here === expected || here === DEV_ORIGIN) return null;
  const target = `${expected}${window.location.pathname}${window.location.search}`;
  return (
    <Alert color="orange" variant="light" role="alert" title={t('login.otherAddressTitle')}>
      {t('login.otherAddress', { here, expected })}{' '}
      <Anchor href={target}>{t('login.otherAddressLink', { expected })}</Anchor>
    </Alert>
  );
};
