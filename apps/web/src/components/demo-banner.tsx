import { Alert } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/me';
import { visibleNavItems } from './nav-items';

/** Demo mode: all data is fictitious; the pointer to the outbox only for those who can open it. */
export const DemoBanner = () => {
  const { t } = useTranslation();
  const me = useMe();
  const seesOutbox =
    !!me.data && visibleNavItems(me.data, (key) => key).some((item) => item.key === 'outbox');
  return (
    <Alert color="yellow" variant="light" icon={<IconFlask size={18} aria-hidden />} mb="md" py={6}>
      {t('shell.demoBanner')}
      {seesOutbox ? ` ${t('shell.demoBannerOutbox')}` : ''}
    </Alert>
  );
};
