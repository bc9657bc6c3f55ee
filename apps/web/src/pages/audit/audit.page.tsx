import { Badge, CloseButton, Group, Paper } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAuditEvents } from '../../api/audit';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import type { AuditSearch } from '../../router-search';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';

export const AuditPage = () => {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/auditlog' });
  const navigate = useNavigate({ from: '/auditlog' });
  const events = useAuditEvents(search);
  const apply = (patch: Partial<AuditSearch>) =>
    void navigate({ search: (prev: AuditSearch) => ({ ...prev, ...patch }) });

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <AuditFilters search={search} onApply={apply} />
      {search.subjectPersonId ? (
        <Group gap={4} mb="sm">
          <Badge
            variant="light"
            size="lg"
            tt="none"
            rightSection={
              <CloseButton
                size="xs"
                aria-label={t('audit.clearSubject')}
                onClick={() => apply({ subjectPersonId: undefined, page: 1 })}
              />
            }
          >
            {t('audit.subjectFilter')}
          </Badge>
        </Group>
      ) : null}
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {events.isPending ? (
          <LoadingState rows={8} />
        ) : events.isError ? (
          <ErrorState error={events.error} onRetry={() => void events.refetch()} />
        ) : events.data.items.length === 0 ? (
          <EmptyState title={t('audit.empty')} description={t('audit.emptyHint')} />
        ) : (
          <>
            <AuditTable events={events.data.items} variant="full" />
            <PaginationBar
              page={events.data.page}
              pageSize={events.data.pageSize}
              total={events.data.total}
              onChange={(page) => apply({ page })}
            />
          </>
        )}
      </Paper>
    </>
  );
};
