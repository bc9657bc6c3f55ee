import { Alert } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export const DemoBanner = () => {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" icon={<IconFlask size={18} aria-hidden />} mb="md" py={6}>
      {t('shell.demoBanner')}
    </Alert>
  );
};
