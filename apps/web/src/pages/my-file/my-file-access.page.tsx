import { Alert, Paper } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMyFileAccess } from '../../api/audit';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { AuditTable } from '../audit/audit-table';

/** "Wie heeft mijn dossier bekeken of gewijzigd": the person's own view of the audit log. */
export const MyFileAccessPage = () => {
  const { t } = useTranslation();
  const { page } = useSearch({ from: '/app/mijn-dossier' });
  const navigate = useNavigate({ from: '/mijn-dossier' });
  const events = useMyFileAccess(page);

  return (
    <>
      <PageHeader title={t('myFile.title')} description={t('myFile.description')} />
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} mb="md">
        {t('myFile.rights')}
      </Alert>
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {events.isPending ? (
          <LoadingState />
        ) : events.isError ? (
          <ErrorState error={events.error} onRetry={() => void events.refetch()} />
        ) : events.data.items.length === 0 ? (
          <EmptyState title={t('myFile.empty')} description={t('myFile.emptyHint')} />
        ) : (
          <>
            <AuditTable events={events.data.items} variant="own" />
            <PaginationBar
              page={events.data.page}
              pageSize={events.data.pageSize}
              total={events.data.total}
              onChange={(p) => void navigate({ search: { page: p } })}
            />
          </>
        )}
      </Paper>
    </>
  );
};
