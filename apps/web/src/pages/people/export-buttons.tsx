import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, redirectIfNeeded } from '../../api/errors';
import { exportPeople, type PeopleFilter } from '../../api/people';

export const ExportButtons = ({ filter }: { filter: Omit<PeopleFilter, 'page' | 'pageSize'> }) => {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    try {
      await exportPeople(format, filter);
    } catch (error) {
      if (!redirectIfNeeded(error)) notifyError(error);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={busy === format}
          onClick={() => void run(format)}
          aria-label={t('people.exportLabel', { format: format.toUpperCase() })}
        >
          {format.toUpperCase()}
        </Button>
      ))}
    </>
  );
};
